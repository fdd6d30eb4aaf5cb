"""Build the standalone app: ``python -m relations_desktop.packaging [--onefile] [--clean]``.

Compiles the catalogs, builds the seed database into ``build/data/``, checks every file
``build.spec`` bundles, runs PyInstaller and prints where the app is and how big it is.
The lists of what goes in and what is left out live here, so the spec, the bench and the
tests share them. Needs a source checkout and the ``build`` extra (PyInstaller).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import struct
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
    # Only reachable through asyncio's process pool; PyInstaller's runtime hook for it would import
    # it at every start (~15 ms).
    "multiprocessing",
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


def licence_files() -> list[tuple[Path, str]]:
    """Licence texts of Python and of the distributions the app runs on, for ``licenses/<name>/``."""
    import importlib.metadata as md

    out: list[tuple[Path, str]] = []
    stdlib = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    for candidate in (stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            out.append((candidate, "licenses/python"))
            break
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
        if name in _NOT_BUNDLED:
            continue
        for f in dist.files or ():
            parts = Path(str(f)).parts
            if parts[0].endswith(".dist-info") and _LICENCE_NAME.search(parts[-1]):
                sub = [p for p in parts[1:-1] if p != "licenses"]
                out.append((Path(str(dist.locate_file(f))), "/".join(["licenses", name, *sub])))
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
    # python-docx's templates make new documents; the app only reads them.
    if parts[:2] == ["docx", "templates"]:
        return False
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


# ----- a smaller ICU data library (Linux)
#
# The PySide6 wheels for Linux ship ICU, and its data library (32 MB) is a quarter of the
# bundle. Qt uses ICU for collation (QCollator, the file dialog's sort), time-zone names and
# legacy text codecs; it has its own tables for locales, case and text boundaries. The data
# is rebuilt with root, English, Bengali and Hindi only, without converters, transliterators
# and the CJK/South-East Asian word dictionaries; other locales fall back to root.

ICU_LANGUAGES = frozenset({"en", "bn", "hi"})
_LOCALE = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]*)*$")
_ELF_MACHINES = {62: ("elf64-x86-64", "i386:x86-64"), 183: ("elf64-littleaarch64", "aarch64")}


def keep_icu_item(name: str) -> bool:
    """Whether an item of ICU's common data (e.g. ``icudt73l/coll/de.res``) stays in."""
    parts = name.split("/")[1:]
    folder, filename = ("/".join(parts[:-1]), parts[-1]) if parts else ("", name)
    stem, _dot, suffix = filename.rpartition(".")
    if folder == "translit" or suffix in ("cnv", "dict"):
        return False
    locale = _LOCALE.match(stem)
    return not (suffix == "res" and locale and locale.group(1) not in ICU_LANGUAGES)


def filter_icu_data(blob: bytes) -> bytes:
    """ICU common data ("CmnD", offset table of contents) with only the items keep_icu_item keeps."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise BuildError("ICU data: not a common data package")
    toc = blob[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [offset for _name, offset in entries[1:]] + [len(toc)]
    items = []
    for (name_offset, data_offset), end in zip(entries, ends, strict=True):
        name = toc[name_offset:toc.index(b"\0", name_offset)]
        if keep_icu_item(name.decode("ascii")):
            items.append((name, toc[data_offset:end]))
    # Same layout as ICU's own packager: count, (name, data) offsets, names, 16-byte aligned items.
    names_start = 4 + 8 * len(items)
    name_offsets, names = [], b""
    for name, _data in items:
        name_offsets.append(names_start + len(names))
        names += name + b"\0"
    position = -(-(names_start + len(names)) // 16) * 16
    data_offsets, body = [], b""
    for _name, data in items:
        data_offsets.append(position + len(body))
        body += data + b"\0" * (-len(data) % 16)
    out = struct.pack("<I", len(items))
    out += b"".join(struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    out += names
    out += b"\0" * (position - len(out))
    return blob[:header_size] + out + body


def elf_symbol(data: bytes, symbol: str) -> tuple[bytes, int]:
    """The bytes of an exported symbol of a 64-bit little-endian ELF file, and its e_machine."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise BuildError("not a 64-bit little-endian ELF file")
    machine = struct.unpack_from("<H", data, 0x12)[0]
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    # (name, type, flags, addr, offset, size, link, info, addralign, entsize)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    for sec in sections:
        if sec[1] != 11 or not sec[9]:  # SHT_DYNSYM
            continue
        strings = sections[sec[6]][4]
        for j in range(sec[5] // sec[9]):
            name, _info, _other, shndx, value, size = struct.unpack_from("<IBBHQQ", data, sec[4] + j * sec[9])
            if data[strings + name:data.index(b"\0", strings + name)] == symbol.encode() and size:
                target = sections[shndx]
                start = target[4] + value - target[3]
                return data[start:start + size], machine
    raise BuildError(f"symbol {symbol} not found")


def trim_icu_data(binaries: list, workdir: Path) -> list:
    """Replace libicudataNN with a rebuilt, smaller one (see above); other platforms: unchanged.

    Needs objcopy and ld (binutils, which PyInstaller needs on Linux anyway).
    """
    import ctypes

    found = [b for b in binaries if re.fullmatch(r"libicudata\.so\.\d+", Path(b[0]).name)]
    if not found or not sys.platform.startswith("linux"):
        return binaries
    dest, src, kind = found[0]
    soname = Path(dest).name
    version = soname.rsplit(".", 1)[1]
    symbol = f"icudt{version}_dat"
    blob, machine = elf_symbol(Path(src).read_bytes(), symbol)
    if machine not in _ELF_MACHINES:
        print(f"note: ICU data kept whole (no rule for ELF machine {machine})")
        return binaries
    fmt, arch = _ELF_MACHINES[machine]
    work = workdir / "icu"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    dat = f"icudt{version}l.dat"
    (work / dat).write_bytes(filter_icu_data(blob))
    mangled = re.sub(r"\W", "_", dat)
    for cmd in (["objcopy", "-I", "binary", "-O", fmt, "-B", arch,
                 "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
                 "--set-section-alignment", ".data=16", f"--redefine-sym=_binary_{mangled}_start={symbol}",
                 f"--strip-symbol=_binary_{mangled}_end", f"--strip-symbol=_binary_{mangled}_size",
                 dat, "icudata.o"],
                ["ld", "-shared", "-soname", soname, "-z", "noexecstack", "-o", soname, "icudata.o"]):
        try:
            subprocess.run(cmd, cwd=work, check=True, capture_output=True, text=True)
        except (OSError, subprocess.CalledProcessError) as exc:
            raise BuildError(f"rebuilding the ICU data library: {' '.join(cmd[:1])} failed: "
                             f"{getattr(exc, 'stderr', '') or exc}") from None
    # Load it and compare: a wrong symbol or layout would only show when Qt starts.
    expected = (work / dat).read_bytes()
    lib = ctypes.CDLL(str(work / soname))
    address = ctypes.addressof(ctypes.c_char.in_dll(lib, symbol))
    if address % 16 or ctypes.string_at(address, len(expected)) != expected:
        raise BuildError(f"the rebuilt {soname} does not hold the filtered data")
    print(f"ICU data  {len(blob) / 1e6:.1f} MB -> {len(expected) / 1e6:.1f} MB")
    return [(dest, str(work / soname), kind) if b[0] == dest else b for b in binaries]


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
