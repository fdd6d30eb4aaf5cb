"""Packaging without PyInstaller: what the spec bundles, the self-test, the desktop entry, resources."""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from relations_desktop import APP_ID, resources
from relations_desktop.packaging import bundle as build
from relations_desktop.packaging import icu

ROOT = Path(__file__).resolve().parents[1]
DESKTOP_FILE = ROOT / "resources" / f"{APP_ID}.desktop"
SUMMARY = re.compile(r"^self-test ok: \d+ documents, \d+ relationships, 3 languages, PDF \d+ KB in \d+\.\d\d s$")


def isolated_env(tmp_path: Path) -> dict[str, str]:
    """Offscreen Qt and a throwaway home, so nothing reads or writes the user's own folders."""
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
                XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
                XDG_CACHE_HOME=str(tmp_path / "cache"))


# ----- the spec and what it bundles

def test_spec_is_python_and_uses_the_shared_lists() -> None:
    text = (ROOT / "build.spec").read_text(encoding="utf-8")
    ast.parse(text)
    for needle in ("rd.check_inputs(ROOT)", "rd.pyinstaller_datas(ROOT)", "rd.EXCLUDED_MODULES", "rd.prune(",
                   "icu.trim_icu_data(", "rd.workers_only_runtime_hook(", "--onefile", "RELATIONS_DESKTOP_ONEFILE",
                   "COLLECT(", "__main__.py"):
        assert needle in text


def test_bundle_mirrors_the_checkout_layout() -> None:
    """Every bundled file sits where resources.data_root() finds it in a checkout."""
    files = build.bundled_files()
    dests = {f"{dest}/{src.name}" for src, dest in files}
    for name in (*resources.FONT_FILES, "OFL.txt"):
        assert f"resources/fonts/{name}" in dests
    assert f"resources/icons/{APP_ID}.svg" in dests
    assert {f"resources/icons/{APP_ID}-{size}.png" for size in build.ICON_SIZES} <= dests
    assert f"resources/{APP_ID}.desktop" in dests
    assert {"i18n/bn.mo", "i18n/hi.mo", "data/relations.db"} <= dests
    assert "relations_desktop/corpus/data/countries.json" in dests
    assert {f"seeds/{p.name}" for p in (ROOT / "seeds").iterdir() if p.is_file()} <= dests
    for src, dest in files:
        if src != build.database_path():
            relative = src.parent.relative_to(ROOT)
            assert dest == relative.as_posix().removeprefix("src/"), src


def test_missing_inputs_fail_loudly(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    missing = {p.relative_to(tmp_path).as_posix() for p in build.missing_files(tmp_path) if p.is_relative_to(tmp_path)}
    assert {"build/data/relations.db", "i18n/bn.mo", "resources/fonts/NotoSansBengali-Regular.ttf",
            "resources/fonts/OFL.txt", f"resources/{APP_ID}.desktop", "seeds/*.txt",
            "resources/manual/relationship-bn.png", "resources/manual/search-hi.png"} <= missing
    with pytest.raises(build.BuildError, match=r"build/data/relations\.db"):
        build.check_inputs(tmp_path)


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("babel/locale-data/bn.dat", True),
    ("babel/locale-data/root.dat", True),
    ("babel/locale-data/de.dat", False),
    ("babel/global.dat", True),
    ("qtawesome/fonts/materialdesignicons6-webfont-6.9.96.ttf", True),
    ("qtawesome/fonts/materialdesignicons6-webfont-charmap-6.9.96.json", True),
    ("qtawesome/fonts/fontawesome5-solid-webfont-5.15.4.ttf", False),
    ("docx/templates/default.docx", True),
    ("docx/templates/default-styles.xml", False),
    ("docx/__init__.pyc", True),
])
def test_pruning_keeps_what_the_app_uses(dest: str, kept: bool) -> None:
    assert build.keep_entry(dest) is kept


@pytest.mark.parametrize(("item", "kept"), [
    ("icudt73l/root.res", True), ("icudt73l/pool.res", True), ("icudt73l/bn.res", True),
    ("icudt73l/en_IN.res", True), ("icudt73l/de.res", False), ("icudt73l/coll/root.res", True),
    ("icudt73l/coll/ucadata.icu", True), ("icudt73l/coll/hi.res", True), ("icudt73l/coll/zh.res", False),
    ("icudt73l/coll/de_.res", False), ("icudt73l/zone/bn.res", True), ("icudt73l/zone/fr.res", False),
    ("icudt73l/brkitr/cjdict.dict", False), ("icudt73l/brkitr/line.brk", True),
    ("icudt73l/ibm-1390_P110-2003.cnv", False), ("icudt73l/cnvalias.icu", True),
    ("icudt73l/translit/root.res", False), ("icudt73l/supplementalData.res", True),
    ("icudt73l/zoneinfo64.res", True), ("icudt73l/uts46.nrm", True),
])
def test_icu_data_filter(item: str, kept: bool) -> None:
    assert icu.keep_icu_item(item) is kept


def common_data(items: dict[str, bytes]) -> bytes:
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0) + b"CmnD"
    header += b"\x01\x00\x00\x00" + b"\x00" * (32 - len(header) - 4)
    names = [f"icudt73l/{n}".encode() + b"\0" for n in items]
    body_start = -(-(4 + 8 * len(items) + sum(map(len, names))) // 16) * 16
    toc, name_pos, data_pos, blobs = struct.pack("<I", len(items)), 4 + 8 * len(items), body_start, b""
    for name, data in zip(names, items.values(), strict=True):
        toc += struct.pack("<II", name_pos, data_pos + len(blobs))
        name_pos += len(name)
        blobs += data + b"\0" * (-len(data) % 16)
    toc += b"".join(names)
    return header + toc + b"\0" * (body_start - len(toc)) + blobs


def read_common_data(blob: bytes) -> dict[str, bytes]:
    toc = blob[struct.unpack_from("<H", blob)[0]:]
    count = struct.unpack_from("<I", toc)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [d for _n, d in entries[1:]] + [len(toc)]
    return {toc[n:toc.index(b"\0", n)].decode().split("/", 1)[1]: toc[d:e] for (n, d), e in zip(entries, ends,
                                                                                                 strict=True)}


def test_icu_data_is_rebuilt_with_only_the_kept_items() -> None:
    items = {"bn.res": b"B" * 20, "coll/de.res": b"D" * 7, "coll/root.res": b"R" * 33, "de.res": b"d" * 5,
             "ibm-37_P100-1995.cnv": b"C" * 9, "root.res": b"r" * 16}
    filtered = icu.filter_icu_data(common_data(items))
    out = read_common_data(filtered)
    assert list(out) == ["bn.res", "coll/root.res", "root.res"]  # still sorted: ICU searches by name
    for name, data in out.items():
        assert data.rstrip(b"\0") == items[name]
    toc = filtered[32:]
    assert all(struct.unpack_from("<II", toc, 4 + 8 * i)[1] % 16 == 0 for i in range(3))


# ----- the self-test

@pytest.mark.slow
def test_self_test_passes_from_the_source_checkout(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    env.pop("QT_QPA_PLATFORM")  # the self-test defaults to offscreen by itself
    proc = subprocess.run([sys.executable, "-m", "relations_desktop", "--self-test"], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 1 and SUMMARY.match(lines[0]), proc.stdout
    # It never writes the user's settings or data.
    assert not (tmp_path / "config" / "relations-desktop").exists()
    assert not (tmp_path / "data" / "relations-desktop").exists()


def test_self_test_names_what_failed(tmp_path: Path) -> None:
    missing = tmp_path / "no-such.db"
    proc = subprocess.run([sys.executable, "-m", "relations_desktop", "--self-test", "--db", str(missing)],
                          capture_output=True, text=True, encoding="utf-8", env=isolated_env(tmp_path), timeout=120)
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.startswith("self-test FAILED: ")
    assert "no-such.db" in proc.stderr and "missing" in proc.stderr


# ----- the desktop entry

def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_keys() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == APP_ID
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == APP_ID  # Qt's WM_CLASS is the application name, APP_ID
    assert entry["Categories"].startswith("Education;") and entry["Categories"].endswith(";")
    for key in ("Name", "Comment", "GenericName"):
        for lang in ("", "[bn]", "[hi]"):
            assert entry[f"{key}{lang}"].strip(), f"{key}{lang}"
    assert (ROOT / "resources" / "icons" / f"{APP_ID}.svg").is_file()


def test_desktop_entry_name_matches_the_window_title() -> None:
    from relations_desktop import i18n
    entry = desktop_entry()
    for lang in ("bn", "hi"):
        i18n.set_language(lang)
        assert entry[f"Name[{lang}]"] == i18n._("Relations Desktop")
    i18n.set_language("en")
    assert entry["Name"] == "Relations Desktop"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_validates() -> None:
    proc = subprocess.run(["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


# ----- the resource helper

def test_missing_resource_raises() -> None:
    with pytest.raises(resources.ResourceError, match=r"resources/fonts/NoSuchFont\.ttf"):
        resources.path("resources", "fonts", "NoSuchFont.ttf")
    assert not resources.path("resources", "fonts", "NoSuchFont.ttf", must_exist=False).exists()


def test_everything_the_self_test_checks_is_found_in_the_checkout() -> None:
    from relations_desktop.selftest import check_resources
    check_resources()


def test_icu_data_of_the_installed_qt_is_filtered() -> None:
    import PySide6
    libs = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not libs or not sys.platform.startswith("linux"):
        pytest.skip("this PySide6 does not ship ICU")
    version = libs[0].name.rsplit(".", 1)[1]
    blob, _machine = icu.elf_symbol(libs[0].read_bytes(), f"icudt{version}_dat")
    before, after = read_common_data(blob), read_common_data(icu.filter_icu_data(blob))
    assert {"root.res", "bn.res", "hi.res", "en.res", "coll/root.res", "coll/bn.res", "coll/ucadata.icu"} <= set(after)
    assert list(after) == sorted(after) and list(before) == sorted(before)
    assert len(after) < len(before) / 3


# libzim as the bundle ships it: its own ICU data cut, run through the Python binding.
LIBZIM_WITH_CUT_DATA = """
import ctypes, sys
sys.path.insert(0, sys.argv[1])
from libzim.reader import Archive
from libzim.search import Query, Searcher
from libzim.suggestion import SuggestionSearcher
from libzim.writer import Creator, Hint, Item, StringProvider
maps = open("/proc/self/maps").read()
assert sys.argv[1] + "/libzim/" in maps and "site-packages/libzim/" not in maps, "not the cut library"
lib = ctypes.CDLL(sys.argv[1] + "/libzim/" + sys.argv[2])
loaded = ctypes.string_at(ctypes.addressof(ctypes.c_char.in_dll(lib, sys.argv[3])), int(sys.argv[4]))
assert loaded == open(sys.argv[5], "rb").read(), "the data symbol does not hold the filtered data"
archive = Archive(sys.argv[6])
print("read", archive.entry_count, bytes(archive.get_metadata("Title")).decode())
class Page(Item):
    def __init__(self, path, title, text):
        super().__init__()
        self.path, self.title, self.text = path, title, text
    def get_path(self): return self.path
    def get_title(self): return self.title
    def get_mimetype(self): return "text/html"
    def get_contentprovider(self): return StringProvider(f"<html><body><p>{self.text}</p></body></html>")
    def get_hints(self): return {Hint.FRONT_ARTICLE: True}
with Creator(sys.argv[7]).config_indexing(True, "ben") as creator:
    creator.set_mainpath("a")
    creator.add_metadata("Language", "ben")
    creator.add_item(Page("a", "Éire–Ghana relations", "Ireland and Ghana exchanged envoys."))
    creator.add_item(Page("b", "ঘানা–কেনিয়া সম্পর্ক", "ঘানা ও কেনিয়া কূটনৈতিক সম্পর্ক স্থাপন করে।"))
written = Archive(sys.argv[7])
print("found", list(SuggestionSearcher(written).suggest("eire").getResults(0, 5)),
      list(Searcher(written).search(Query().set_query("কেনিয়া")).getResults(0, 5)))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle cuts libzim's ICU data on Linux")
def test_libzim_with_its_icu_data_cut_reads_writes_and_searches(tmp_path: Path) -> None:
    import libzim
    extension = Path(libzim.__file__)
    libraries = sorted((extension.parent / "libzim").glob("libzim.so.*"))
    if not libraries:
        pytest.skip("this libzim wheel has no separate libzim.so")
    data = libraries[0].read_bytes()
    cut, symbol, expected = icu.cut_builtin_icu(data)
    blob, _machine = icu.elf_symbol(data, symbol)
    filtered = icu.filter_icu_data(blob)
    assert expected == filtered + b"\0" * (len(blob) - len(filtered))
    assert {"root.res", "bn.res", "hi.res", "en.res"} <= set(read_common_data(filtered))
    assert len(filtered) < len(blob) / 5
    assert len(cut) < len(data) - 8_000_000  # the 11 MB of data, less root/en/bn/hi
    package = tmp_path / "package"
    (package / "libzim").mkdir(parents=True)
    shutil.copy(extension, package)
    (package / "libzim" / libraries[0].name).write_bytes(cut)
    (tmp_path / "expected").write_bytes(expected)
    proc = subprocess.run([sys.executable, "-c", LIBZIM_WITH_CUT_DATA, str(package), libraries[0].name, symbol,
                           str(len(expected)), str(tmp_path / "expected"),
                           str(ROOT / "tests" / "data" / "zim" / "wikibooks_be_all_nopic_2017-02.zim"),
                           str(tmp_path / "written.zim")], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.startswith(("read ", "found "))]
    _read, count, title = lines[0].split(" ", 2)
    assert title == "Wikibooks" and int(count) > 10
    assert lines[1] == "found ['a'] ['b']"  # accents folded through ICU; Bengali words indexed


def test_replaced_symbol_data_must_fit() -> None:
    import libzim
    libraries = sorted((Path(libzim.__file__).parent / "libzim").glob("libzim.so.*"))
    if not libraries or not sys.platform.startswith("linux"):
        pytest.skip("this libzim wheel has no separate libzim.so")
    data = libraries[0].read_bytes()
    _cut, symbol, expected = icu.cut_builtin_icu(data)
    with pytest.raises(build.BuildError, match="larger"):
        icu.replace_symbol_data(data, symbol, expected + b"x")


# The app's run-time paths in one process, with the modules the bundle leaves out made
# unimportable as in the frozen app: the self-test (window, three languages, PDF export), every
# reader on real files, the ZIM reader, a worker process.
RUN_TIME_PATHS = """
import sys
from relations_desktop.packaging.bundle import EXCLUDED_MODULES

def left_out(name):
    return any(name == m or name.startswith(m + ".") for m in EXCLUDED_MODULES)

class LeftOut:
    def find_spec(self, name, path=None, target=None):
        if left_out(name):
            raise ModuleNotFoundError(f"No module named {name!r} (left out of the bundle)", name=name)

assert not [m for m in sys.modules if left_out(m)]
sys.meta_path.insert(0, LeftOut())
import multiprocessing, tempfile
from pathlib import Path
from relations_desktop.cli import main as cli
from relations_desktop.corpus.formats.zim import open_zim
from relations_desktop.packaging.smoke import first_pair, write_samples
from relations_desktop.seed_corpus import default_database
folder = Path(tempfile.mkdtemp())
assert cli(["--self-test"]) == 0
pdf = folder / "summary-bn.pdf"
assert cli(["export", "--pair", first_pair(default_database()), "--lang", "bn", "-o", str(pdf)]) == 0
files = [*write_samples(folder), pdf]
assert cli(["corpus", "import", "--user-db", str(folder / "user.db"), *map(str, files)]) == 0
for name in ("wikibooks_be_all_nopic_2017-02.zim", "small.zim"):
    with open_zim(Path(sys.argv[1]) / name) as zim:
        list(zim.documents(zim.scan()[:3]))
with multiprocessing.get_context("spawn").Pool(1) as pool:
    assert pool.map(len, ["ab"]) == [2]
print("MODULES", " ".join(sorted(sys.modules)))
"""


@pytest.mark.slow
def test_the_app_runs_without_the_modules_left_out_of_the_bundle(tmp_path: Path) -> None:
    """EXCLUDED_MODULES may only name modules the app never needs: leaving out ssl, unittest or
    asyncio, for instance, would break fpdf2's import in the frozen app."""
    proc = subprocess.run([sys.executable, "-c", RUN_TIME_PATHS, str(ROOT / "tests" / "data" / "zim")],
                          capture_output=True, text=True, encoding="utf-8", env=isolated_env(tmp_path),
                          timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    loaded = set(next(line for line in proc.stdout.splitlines() if line.startswith("MODULES ")).split()[1:])
    # (the HTML reader parses with lxml's own tree, lxml.etree; lxml.html is not loaded)
    assert {"relations_desktop.corpus.formats.pdf", "docx", "relations_desktop.corpus.formats.html", "lxml.etree",
            "libzim", "fpdf", "PySide6.QtWidgets", "charset_normalizer"} <= loaded
    assert "multiprocessing" not in build.EXCLUDED_MODULES  # the library import uses worker processes


def test_multiprocessing_runtime_hook_runs_only_in_worker_processes(tmp_path: Path) -> None:
    hook = tmp_path / "pyi_rth_multiprocessing.py"
    hook.write_text('print("hook ran", __file__ if "__file__" in dir() else "")\n', encoding="utf-8")
    scripts = [("pyi_rth_inspect", str(tmp_path / "other.py"), "PYSOURCE"), ("pyi_rth_multiprocessing", str(hook),
                                                                           "PYSOURCE")]
    wrapped = build.workers_only_runtime_hook(scripts, tmp_path / "work")
    assert wrapped[0] == scripts[0] and wrapped[1][0] == "pyi_rth_multiprocessing"
    for argv, runs in ((["--version"], False), ([], False), (["--multiprocessing-fork", "pipe_handle=5"], True),
                       (["-c", "from multiprocessing.resource_tracker import main;main(3)"], True)):
        out = subprocess.run([sys.executable, wrapped[1][1], *argv], capture_output=True, text=True, check=True).stdout
        assert out.startswith("hook ran") is runs, argv


def test_the_pkgutil_runtime_hook_runs_when_pkgutil_is_first_imported(tmp_path: Path) -> None:
    """Not at start (the window never imports pkgutil), but before anyone can use pkgutil."""
    hook = tmp_path / "pyi_rth_pkgutil.py"
    hook.write_text("import pkgutil\nprint('hook ran', pkgutil.iter_modules.__name__)\npkgutil.patched = True\n",
                    encoding="utf-8")
    scripts = [("pyi_rth_inspect", str(tmp_path / "other.py"), "PYSOURCE"), ("pyi_rth_pkgutil", str(hook), "PYSOURCE")]
    wrapped = build.on_import_runtime_hooks(scripts, tmp_path / "work")
    assert wrapped[0] == scripts[0] and wrapped[1][0] == "pyi_rth_pkgutil" and wrapped[1][1] != str(hook)
    script = (f"import sys\nassert 'pkgutil' not in sys.modules\nexec(open({wrapped[1][1]!r}).read())\n"
              "print('started', 'pkgutil' in sys.modules)\nimport pkgutil\nprint('patched', pkgutil.patched)\n"
              "import pkgutil\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["started False", "hook ran iter_modules", "patched True"]
    # A module already imported (by an earlier hook) is patched at once.
    script = f"import pkgutil\nexec(open({wrapped[1][1]!r}).read())\nprint('patched', pkgutil.patched)\n"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["hook ran iter_modules", "patched True"]


def test_the_frozen_entry_point_imports_multiprocessing_only_in_workers(tmp_path: Path) -> None:
    """Run as the frozen app runs it (sys.frozen set): a worker's arguments reach freeze_support(),
    a plain start does not import multiprocessing."""
    script = ("import atexit, runpy, sys\n"
              "sys.frozen = True\n"
              "atexit.register(lambda: print('multiprocessing' in sys.modules))\n"
              "runpy.run_module('relations_desktop', run_name='__main__')\n")
    for argv, imported in ((["--version"], False), (["--multiprocessing-fork", "pipe_handle=5"], True),
                           (["-c", "pass"], True)):
        proc = subprocess.run([sys.executable, "-c", script, *argv], capture_output=True, text=True,
                              env=isolated_env(tmp_path), timeout=60)
        assert proc.stdout.strip().splitlines()[-1] == str(imported), (argv, proc.stdout, proc.stderr)
    assert {"--multiprocessing-fork", "-c"} == set(build.WORKER_ARGUMENTS)


def test_plain_launch_options_are_read_without_argparse():
    from relations_desktop.cli import _plain_launch
    assert _plain_launch([]) == {"db": None, "lang": None, "pair": None, "screenshot": None, "dark": False}
    assert _plain_launch(["--lang", "bn", "--pair", "TJ-TR", "--dark"])["lang"] == "bn"
    for other in (["corpus", "dump"], ["--help"], ["--lang", "xx"], ["--lang"], ["--self-test"], ["--version"]):
        assert _plain_launch(other) is None, other


def _empty_fontconfig(folder: Path) -> Path:
    """A fontconfig file that lists no font: a machine without any installed."""
    conf = folder / "fonts.conf"
    conf.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
                    f"<fontconfig><cachedir>{folder}</cachedir></fontconfig>\n", encoding="utf-8")
    return conf


def test_first_paint_fonts_are_regular_faces_then_all(tmp_path):
    # In a fresh process: the font database is global to it.
    script = (
        "import sys\n"
        "from PySide6.QtGui import QFontDatabase\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from relations_desktop.ui.fonts import register_fonts\n"
        "app = QApplication(sys.argv[:1])\n"
        "first = register_fonts(('bn',))\n"
        "styles = lambda f: sorted(s for s in QFontDatabase.styles(f) if s in ('Regular', 'Bold'))\n"
        "print(sorted(set(first)), styles('Noto Sans Bengali'))\n"
        "rest = register_fonts()\n"
        "print(sorted(set(rest)), styles('Noto Sans Bengali'), styles('Noto Sans Devanagari'))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FONTCONFIG_FILE=str(_empty_fontconfig(tmp_path)))
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True).stdout
    first, rest = out.splitlines()
    assert first == "['Noto Sans', 'Noto Sans Bengali'] ['Regular']"
    assert rest == ("['Noto Sans', 'Noto Sans Bengali', 'Noto Sans Devanagari'] ['Bold', 'Regular'] "
                    "['Bold', 'Regular']")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rule is read directly on Linux only")
@pytest.mark.parametrize("xdg", [None, "", "  ", "{tmp}/data home"])
def test_user_data_dir_is_where_platformdirs_puts_it(tmp_path, monkeypatch, xdg):
    import platformdirs
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg.format(tmp=tmp_path))
    assert resources.user_data_dir() == Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
    assert resources.user_data_dir().is_dir()


def test_the_about_box_lists_every_bundled_part_with_its_licence(qapp) -> None:
    """One list (present.credits) for the About box, checked against what the build collects
    licence texts for: a dependency added to the app must be listed with its licence."""
    from relations_desktop import i18n
    from relations_desktop.packaging.bundle import bundled_distributions
    from relations_desktop.present import credits
    from relations_desktop.ui.dialogs import about_text
    assert credits.distributions() == set(bundled_distributions())
    text = about_text(None)
    for part in credits.PARTS:
        assert f"{part.name}: {part.licence}" in text
    for name, licence in (("libzim", "GPL-3.0-or-later"), ("PDFium", "BSD-3-Clause"), ("lxml", "BSD-3-Clause"),
                          ("python-docx", "MIT"), ("Qt 6", "LGPL-3.0-only"), ("Babel", "BSD-3-Clause")):
        assert any(line.strip().startswith(name) and licence in line for line in text.splitlines()), name
    assert "distributed under the terms of that licence" in text and "GPL-3.0-or-later licence" in text
    i18n.set_language("bn")
    bengali = about_text(None)
    assert "libzim: GPL-3.0-or-later" in bengali
    assert "distributed under" not in bengali and "GPL-3.0-or-later" in bengali.split("libzim:")[0]
