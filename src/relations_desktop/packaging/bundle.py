"""Build the standalone app: ``python -m relations_desktop.packaging [--onefile] [--clean]``.

Compiles the catalogs, builds the seed database into ``build/data/``, checks every file
``build.spec`` bundles, runs PyInstaller and prints where the app is and how big it is.
The lists of what goes in and what is left out live here, so the spec, the bench and the
tests share them. Needs a source checkout and the ``build`` extra (PyInstaller).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

APP = "relations-desktop"
ROOT = Path(__file__).resolve().parents[3]
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# CLDR data Babel needs at run time: the three interface languages and their parent.
BABEL_LOCALES = ("root", "en", "bn", "hi")

# Python modules the app never imports; some would otherwise come in through optional imports
# of our dependencies (qtpy tries QtOpenGL; fpdf2 tries Pillow, cryptography and endesive).
EXCLUDED_MODULES = [
    "tkinter", "pydoc", "doctest", "pdb", "xmlrpc", "lib2to3", "IPython", "numpy",
    "cryptography", "endesive", "setuptools", "pkg_resources", "readline",
    # fpdf2 embeds images through Pillow and Babel takes time zones from pytz when present: the
    # app needs neither (Babel falls back to zoneinfo). ssl stays: fpdf2 imports urllib's HTTPS.
    "PIL", "pytz",
    # Build tools: the self-test reads ICON_SIZES from this module, whose build functions
    # import PyInstaller; Babel's catalog tools (extract, update) run at build time only.
    "PyInstaller", "distutils", "babel.messages.frontend", "babel.messages.setuptools_frontend",
    "babel.messages.extract", "babel.messages.checkers", "babel.messages.jslexer",
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets", "PySide6.QtQuickTest", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets",
    "PySide6.QtSql", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus", "PySide6.QtTest", "PySide6.QtUiTools", "PySide6.QtXml", "PySide6.QtConcurrent",
    "PySide6.QtPrintSupport", "PySide6.QtSvg", "PySide6.QtSvgWidgets", "PySide6.QtLabsStyleKit",
    "PySide6.QtQmlFeatures",
    # lxml parts the readers never use (objectify alone is 2.9 MB); python-docx needs etree only.
    "lxml.objectify", "lxml.html.diff", "lxml.html._difflib", "lxml.html.clean", "lxml.isoschematron",
    "lxml.sax", "lxml.cssselect", "lxml.html.html5parser", "lxml.html.soupparser", "lxml.ElementInclude",
    "lxml.builder", "lxml.html.builder", "lxml.doctestcompare", "lxml.usedoctest", "lxml.html.usedoctest",
    "lxml.html._diffcommand",
    # Reached only through features the app never uses: pypdfium2's command line (tabulate),
    # urllib's FTP and cookies, shutil's tar archives, minidom (defusedxml), opening a page in a
    # browser (lxml.html), Python's decimal fallback when _decimal is present. (xml.sax stays:
    # the timeline's SVG export escapes with its saxutils.)
    "tabulate", "ftplib", "netrc", "http.cookiejar", "tarfile", "xml.dom", "webbrowser", "cgi",
    "optparse", "_pydecimal", "statistics", "fractions", "tracemalloc", "py_compile",
]

# Interpreter options of the frozen app: fpdf2 warns at import that Pillow is missing.
PYTHON_OPTIONS = ["W ignore:Pillow could not be imported:UserWarning"]

# Strip debug symbols (most of libpython's size); binutils is there wherever PyInstaller runs on Linux.
STRIP = sys.platform.startswith("linux")

# Modules loaded by name at run time, which PyInstaller cannot see.
HIDDEN_IMPORTS = ["platformdirs.unix", "platformdirs.windows", "platformdirs.macos", "babel.localedata",
                  "babel.plural", "babel.numbers", "babel.dates",
                  # The format readers are imported when a file of their kind is read.
                  "relations_desktop.corpus.formats.html", "relations_desktop.corpus.formats.pdf",
                  "relations_desktop.corpus.formats.docx", "relations_desktop.corpus.formats.zim",
                  # Imported by name in the worker processes' fork server (store.pool).
                  "relations_desktop.store.preload",
                  # libzim is one extension module whose submodules (libzim.reader) the analysis cannot see.
                  "libzim"]
# fontTools imports a font table's module by its tag when fpdf2 reads or subsets a font.
HIDDEN_IMPORT_PACKAGES = ["fontTools.ttLib.tables"]

# Qt plugins kept, by folder; every other plugin and all of Qt's translations are left out
# (Qt's own strings are translated by the app's gettext catalogs). PNG is built into QtGui.
QT_PLUGINS: dict[str, set[str]] = {
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient", "adwaita"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl"},
    "imageformats": {"qsvg", "qico"},
    "iconengines": {"qsvgicon"},
    # compose: dead keys; ibus: how most Linux users type Bengali and Hindi.
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    # The portal theme is DBus only; the GTK3 theme would pull GTK into the bundle.
    "platformthemes": {"qxdgdesktopportal"},
}


# The one qtawesome font the app draws its icons from (ui.icons.ICON_FONT, "mdi6"): its files.
ICON_FONT_FILES = "materialdesignicons6-webfont"


class BuildError(RuntimeError):
    """Something the bundle needs is missing or the build failed."""


def database_path(root: Path = ROOT) -> Path:
    """Where the build writes the seed database the bundle ships (never committed)."""
    return root / "build" / "data" / "relations.db"


def bundled_files(root: Path = ROOT) -> list[tuple[Path, str]]:
    """Every file of ours the bundle ships, as (source, folder inside the bundle).

    The folders mirror the source checkout, so ``resources.data_root()`` finds them the
    same way in both.
    """
    from relations_desktop.i18n.catalogs import TRANSLATED
    from relations_desktop.resources import FONT_FILES

    files = [(root / "resources" / "fonts" / name, "resources/fonts") for name in (*FONT_FILES, "OFL.txt")]
    files += [(root / "resources" / "icons" / f"{APP}-{size}.png", "resources/icons") for size in ICON_SIZES]
    files.append((root / "resources" / "icons" / f"{APP}.svg", "resources/icons"))
    files.append((root / "resources" / f"{APP}.desktop", "resources"))
    files += [(p, "resources/licenses") for p in sorted((root / "resources" / "licenses").glob("*.txt"))]
    files += [(root / "resources" / "manual" / name, "resources/manual") for name in manual_pictures()]
    files += [(root / "i18n" / f"{lang}.mo", "i18n") for lang in TRANSLATED]
    seeds = sorted(p for p in (root / "seeds").glob("*") if p.is_file() and not p.name.startswith("."))
    files += [(p, "seeds") for p in seeds] or [(root / "seeds" / "*.txt", "seeds")]
    files.append((database_path(root), "data"))
    # The gazetteer reads its table next to its module (Path(__file__).with_name("data")).
    files.append((root / "src" / "relations_desktop" / "corpus" / "data" / "countries.json",
                  "relations_desktop/corpus/data"))
    return files


def manual_pictures() -> list[str]:
    """The pictures of the manual (Help ▸ Manual), one per section that has one and language."""
    from relations_desktop.i18n import LANGUAGES
    from relations_desktop.present.manual import PICTURES
    return [f"{name}-{lang}.png" for name in PICTURES for lang in LANGUAGES]


def third_party_files() -> list[tuple[Path, str]]:
    """Data files of dependencies that no PyInstaller hook collects."""
    import pyuca
    from pyuca.collator import Collator

    return [(Path(pyuca.__file__).with_name(f"allkeys-{Collator.UCA_VERSION}.txt"), "pyuca")]


# Installed for the build or the tests, or left out of the bundle (see EXCLUDED_MODULES).
_NOT_BUNDLED = {"relations-desktop", "pip", "pillow", "pytz"}
_LICENCE_NAME = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def bundled_distributions() -> dict[str, importlib.metadata.Distribution]:
    """The Python distributions the app runs on, by normalised name (the app's requirements and
    theirs, installed, less those left out of the bundle); present.credits lists the same."""
    md = importlib.metadata
    found: dict[str, importlib.metadata.Distribution] = {}
    seen: set[str] = set()
    todo = [APP]
    while todo:
        name = re.sub(r"[-_.]+", "-", todo.pop()).lower()
        if name in seen:
            continue
        seen.add(name)
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        todo += [re.split(r"[\s;<>=!~\[(]", req, maxsplit=1)[0] for req in dist.requires or () if "extra ==" not in req]
        if name not in _NOT_BUNDLED:
            found[name] = dist
    return found


def licence_files() -> list[tuple[Path, str]]:
    """Licence texts of Python and of the distributions the app runs on, for ``licenses/<name>/``."""
    from relations_desktop.present.credits import LICENCE_FOLDER
    out: list[tuple[Path, str]] = []
    stdlib = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    for candidate in (stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            out.append((candidate, f"{LICENCE_FOLDER}/python"))
            break
    for name, dist in bundled_distributions().items():
        for f in dist.files or ():
            parts = Path(str(f)).parts
            # Licence files by name, or anywhere under dist-info/licenses/ (PEP 639: pypdfium2
            # names its files after the licence, e.g. LICENSES/Apache-2.0.txt).
            if parts[0].endswith(".dist-info") and (_LICENCE_NAME.search(parts[-1]) or parts[1:2] == ("licenses",)):
                sub = [p for p in parts[1:-1] if p != "licenses"]
                out.append((Path(str(dist.locate_file(f))), "/".join([LICENCE_FOLDER, name, *sub])))
    return out


def missing_files(root: Path = ROOT) -> list[Path]:
    return [src for src, _dest in (*bundled_files(root), *third_party_files()) if not src.is_file()]


def check_inputs(root: Path = ROOT) -> None:
    """Raise BuildError naming every file the spec would bundle but cannot find."""
    missing = missing_files(root)
    if missing:
        listing = "\n  ".join(str(p.relative_to(root) if p.is_relative_to(root) else p) for p in missing)
        raise BuildError(f"cannot build the bundle, missing:\n  {listing}\n"
                         "(run `python -m relations_desktop.packaging`, which makes the catalogs and the database)")


def pyinstaller_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    files = (*bundled_files(root), *third_party_files(), *licence_files())
    return [(str(src), dest) for src, dest in files]


# ----- pruning what the PyInstaller hooks collect

def _plugin_name(filename: str) -> str:
    stem = filename.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_entry(dest: str) -> bool:
    """Whether a file PyInstaller collected (by its path inside the bundle) stays in."""
    parts = dest.replace("\\", "/").split("/")
    if parts[0] == "PySide6":
        if "translations" in parts:
            return False
        if "plugins" in parts:
            i = parts.index("plugins")
            if len(parts) < i + 3:
                return False
            return _plugin_name(parts[-1]) in QT_PLUGINS.get(parts[i + 1], set())
    if parts[:2] == ["babel", "locale-data"]:
        return parts[-1].split(".")[0] in BABEL_LOCALES
    if parts[:2] == ["qtawesome", "fonts"]:
        return parts[-1].startswith(ICON_FONT_FILES)
    # python-docx's templates make new documents; the app only reads them, and the Word reader
    # reads the default template's core properties (corpus.formats.docx._template_properties).
    if parts[:2] == ["docx", "templates"]:
        return parts[-1] == "default.docx"
    return not (parts[0] == "qtawesome" and "tests" in parts)


# Libraries loaded by name at run time (ctypes): no extension module links to them.
LOADED_BY_NAME = ("libpdfium", "pdfium")


def _is_root(dest: str, kind: str) -> bool:
    """Binaries loaded by Python or Qt themselves: extension modules, Qt plugins, libpython,
    and the libraries loaded through ctypes."""
    parts = dest.replace("\\", "/").split("/")
    return (kind != "BINARY" or "plugins" in parts or re.match(r"(lib)?python\d", parts[-1]) is not None
            or parts[-1].split(".")[0] in LOADED_BY_NAME)


def unreachable_libraries(binaries: Iterable[tuple[str, str, str]]) -> set[str]:
    """Shared libraries that no kept extension module or plugin links to, directly or not
    (they came in for a plugin that was dropped: GTK for the GTK theme, Network for TLS...)."""
    from PyInstaller.depend.bindepend import get_imports

    entries = list(binaries)
    by_name = {Path(dest).name: src for dest, src, _kind in entries}
    todo = [Path(dest).name for dest, _src, kind in entries if _is_root(dest, kind)]
    seen = set(todo)
    while todo:
        for needed, _path in get_imports(by_name[todo.pop()]):
            base = Path(needed).name
            if base in by_name and base not in seen:
                seen.add(base)
                todo.append(base)
    return {dest for dest, _src, _kind in entries if Path(dest).name not in seen}


def prune(binaries: list, datas: list) -> tuple[list, list]:
    """Drop unused Qt plugins, Qt translations, CLDR locales, and the libraries only they needed."""
    binaries = [b for b in binaries if keep_entry(b[0])]
    datas = [d for d in datas if keep_entry(d[0])]
    unused = unreachable_libraries(binaries)
    binaries = [b for b in binaries if b[0] not in unused]
    # PyInstaller lists a top-level symlink to some libraries among the data files.
    datas = [d for d in datas if not (d[2] == "SYMLINK" and d[1] in unused)]
    return binaries, datas


# ----- worker processes
#
# PyInstaller's runtime hook for multiprocessing imports it at every start (about 12 ms of CPU
# before the window can paint) to patch freeze_support(). The app needs that only in the
# processes multiprocessing starts: the app's executable again, with "--multiprocessing-fork"
# (spawn) or "-c" and a command (resource tracker, fork server). The hook is kept, but runs only
# when one of these arguments is there; the entry point calls freeze_support() on the same test.

WORKER_ARGUMENTS = ("--multiprocessing-fork", "-c")
_WORKER_HOOK = """# PyInstaller's {name}, run only in worker processes (relations_desktop.packaging.bundle).
import sys as _pyi_sys
if any(_pyi_arg in {arguments!r} for _pyi_arg in _pyi_sys.argv[1:]):
    exec(compile({source!r}, {path!r}, "exec"))
"""


def workers_only_runtime_hook(scripts: list, workdir: Path) -> list:
    """PyInstaller's scripts (``a.scripts``) with its multiprocessing runtime hook wrapped so it runs
    only in worker processes (see above)."""
    out = []
    for name, path, kind in scripts:
        if name == "pyi_rth_multiprocessing":
            wrapped = workdir / f"{name}.py"
            wrapped.parent.mkdir(parents=True, exist_ok=True)
            wrapped.write_text(_WORKER_HOOK.format(name=name, arguments=WORKER_ARGUMENTS, path=path,
                                                   source=Path(path).read_text(encoding="utf-8")), encoding="utf-8")
            path = str(wrapped)
        out.append((name, path, kind))
    return out


# ----- runtime hooks run when their module is first imported
#
# PyInstaller's runtime hook for pkgutil (there since multiprocessing, hence runpy, is bundled)
# imports pkgutil at every start to teach pkgutil.iter_modules() the bundle's modules: about
# 8 ms before the window can paint, for a module the window never imports. Wrapped, the hook
# runs right after pkgutil's first import instead, so whoever imports it finds it patched.

ON_IMPORT_HOOKS = {"pyi_rth_pkgutil": "pkgutil"}
_ON_IMPORT_HOOK = """# PyInstaller's {name}, run once {module} is first imported (relations_desktop.packaging.bundle).
import sys as _pyi_sys


class _PyiHookAfterImport:
    def __init__(self, loader):
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)
        exec(compile({source!r}, {path!r}, "exec"), {{"__name__": {name!r}}})


class _PyiRunOnImport:
    def find_spec(self, fullname, path=None, target=None):
        if fullname != {module!r}:
            return None
        _pyi_sys.meta_path.remove(self)
        import importlib.util
        spec = importlib.util.find_spec(fullname)
        if spec is not None and spec.loader is not None:
            spec.loader = _PyiHookAfterImport(spec.loader)
        return spec


if {module!r} in _pyi_sys.modules:
    exec(compile({source!r}, {path!r}, "exec"), {{"__name__": {name!r}}})
else:
    _pyi_sys.meta_path.insert(0, _PyiRunOnImport())
"""


def on_import_runtime_hooks(scripts: list, workdir: Path) -> list:
    """PyInstaller's scripts (``a.scripts``) with the runtime hooks of ON_IMPORT_HOOKS wrapped so
    each runs when its module is first imported, not at start (see above)."""
    out = []
    for name, path, kind in scripts:
        if name in ON_IMPORT_HOOKS:
            wrapped = workdir / f"{name}.py"
            wrapped.parent.mkdir(parents=True, exist_ok=True)
            wrapped.write_text(_ON_IMPORT_HOOK.format(name=name, module=ON_IMPORT_HOOKS[name], path=path,
                                                      source=Path(path).read_text(encoding="utf-8")),
                               encoding="utf-8")
            path = str(wrapped)
        out.append((name, path, kind))
    return out


# ----- the build command

def build_seed_database(root: Path = ROOT) -> Path:
    """Build ``build/data/relations.db`` from ``seeds/``; raise BuildError if any seed fails."""
    from relations_desktop.errors import DatabaseError
    from relations_desktop.seed_corpus import build_seed_database as build_from

    try:
        return build_from(root / "seeds", database_path(root))
    except DatabaseError as exc:
        raise BuildError(f"seed documents failed: {exc}") from None


def folder_size(path: Path) -> int:
    """Bytes of the files under ``path`` (or of the file itself)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def output_path(onefile: bool, root: Path = ROOT) -> Path:
    exe = APP + (".exe" if sys.platform == "win32" else "")
    return root / "dist" / "onefile" / exe if onefile else root / "dist" / APP


def check_output(out: Path, root: Path = ROOT) -> None:
    """Raise BuildError if the one-folder bundle lacks the executable or any bundled file."""
    exe = out / (APP + (".exe" if sys.platform == "win32" else ""))
    internal = out / "_internal"
    expected = [exe] + [internal / dest / src.name for src, dest in bundled_files(root)]
    missing = [p for p in expected if not p.is_file()]
    if missing:
        raise BuildError("the bundle lacks:\n  " + "\n  ".join(str(p) for p in missing))


def run_pyinstaller(onefile: bool, clean: bool, root: Path = ROOT) -> Path:
    spec = root / "build.spec"
    if not spec.is_file():
        raise BuildError(f"{spec} not found: the build needs a source checkout")
    out = output_path(onefile, root)
    distpath = out.parent if onefile else root / "dist"
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--workpath", str(root / "build" / "pyinstaller"), "--distpath", str(distpath)]
    if clean:
        cmd.append("--clean")
    cmd.append(str(spec))
    if onefile:
        cmd += ["--", "--onefile"]
    proc = subprocess.run(cmd, cwd=root)
    if proc.returncode != 0:
        raise BuildError(f"PyInstaller failed (exit {proc.returncode})")
    return out


def build(onefile: bool = False, clean: bool = False, root: Path = ROOT) -> Path:
    """Everything ``python -m relations_desktop.packaging`` does; returns the app's path."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise BuildError("PyInstaller is not installed: pip install -e '.[build]'") from None
    if clean:
        shutil.rmtree(root / "build", ignore_errors=True)
        shutil.rmtree(output_path(onefile, root), ignore_errors=True)
    from relations_desktop.i18n.catalogs import compile_catalogs
    for mo in compile_catalogs(root / "i18n"):
        print(f"catalog   {mo.relative_to(root)}")
    db = build_seed_database(root)
    print(f"database  {db.relative_to(root)} ({db.stat().st_size / 1024:.0f} KB)")
    check_inputs(root)
    out = run_pyinstaller(onefile, clean, root)
    if not onefile:
        check_output(out, root)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m relations_desktop.packaging", description=__doc__.splitlines()[0])
    ap.add_argument("--onefile", action="store_true", help=f"one executable, dist/onefile/{APP}")
    ap.add_argument("--clean", action="store_true", help="start from an empty build/ and PyInstaller cache")
    args = ap.parse_args(argv)
    start = time.perf_counter()
    os.environ.setdefault("PYTHONHASHSEED", "0")  # the same sources give the same bundle
    try:
        out = build(onefile=args.onefile, clean=args.clean)
    except BuildError as exc:
        print(f"build FAILED: {exc}", file=sys.stderr)
        return 1
    exe = out if args.onefile else out / (APP + (".exe" if sys.platform == "win32" else ""))
    print(f"built     {out} ({folder_size(out) / 1e6:.1f} MB) in {time.perf_counter() - start:.0f} s")
    print(f"run       {exe}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
