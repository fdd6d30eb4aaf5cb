"""``relations-desktop --self-test``: prove that this install or bundle works, end to end.

Checks the bundled resources, opens the corpus database read-only, imports a small Kiwix
archive into a throwaway library (with worker processes, as big imports run), builds the main
window offscreen, shows every relationship, switches through the three languages and exports
one PDF; prints one summary line and returns 0, or prints what failed and returns 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from relations_desktop.corpus.document import RawDocument

LANGUAGE_ORDER = ("bn", "hi", "en")
SCRIPT_FONTS = ("Noto Sans", "Noto Sans Bengali", "Noto Sans Devanagari")


class SelfTestFailure(Exception):
    """One check failed; the message says which and why."""


def _check(ok: object, what: str) -> None:
    if not ok:
        raise SelfTestFailure(what)


def check_resources() -> None:
    """Fonts with their licence, compiled catalogs, icons, the manual's pictures and the gazetteer
    table are in place."""
    from relations_desktop import resources
    from relations_desktop.corpus import gazetteer
    from relations_desktop.i18n.catalogs import TRANSLATED
    from relations_desktop.packaging.bundle import ICON_SIZES, manual_pictures

    resources.font_files()
    resources.path("resources", "fonts", "OFL.txt")
    for lang in TRANSLATED:
        resources.path("i18n", f"{lang}.mo")
    resources.path("resources", "icons", "relations-desktop.svg")
    for size in ICON_SIZES:
        resources.path("resources", "icons", f"relations-desktop-{size}.png")
    for name in manual_pictures():
        resources.path("resources", "manual", name)
    _check(len(gazetteer.sovereign_codes()) > 150, "gazetteer: country table is empty")


def database_path(db: str | None) -> Path:
    """The database to test: ``db``, else the bundled one; a bundle without one is a failure."""
    from relations_desktop import resources
    from relations_desktop.seed_corpus import default_database

    if db:
        return Path(db)
    if resources.is_frozen():
        bundled = resources.bundled_database()
        _check(bundled is not None, f"no bundled database at {resources.data_root() / 'data' / 'relations.db'}")
        return bundled  # type: ignore[return-value]
    return default_database()


def check_database(path: Path) -> tuple[int, int]:
    """Integrity and schema version of the database; returns (documents, relationships)."""
    from relations_desktop.store.connection import integrity_ok, open_readonly
    from relations_desktop.store.schema import SCHEMA_VERSION

    conn = open_readonly(path)  # checks PRAGMA user_version against SCHEMA_VERSION
    try:
        _check(integrity_ok(conn), f"database {path}: PRAGMA integrity_check failed")
        stored = dict(conn.execute("SELECT key, value FROM meta").fetchall()).get("schema_version")
        _check(stored == str(SCHEMA_VERSION),
               f"database {path}: meta schema_version {stored}, expected {SCHEMA_VERSION}")
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        relationships = conn.execute("SELECT count(*) FROM relationships").fetchone()[0]
    finally:
        conn.close()
    _check(documents > 0 and relationships > 0, f"database {path}: no documents or relationships")
    return documents, relationships


def check_kiwix_import(database: Path, folder: Path) -> int:
    """Write the sample Kiwix archive (``packaging.sample_zim``), then find and import its
    articles into a throwaway library with two worker processes; every article must be added,
    with its pairs and its attribution. Returns how many articles were imported."""
    from relations_desktop.packaging.sample_zim import EXPECTED_ARTICLES, EXPECTED_PAIRS, write_sample
    from relations_desktop.present.dossier import load_dossier
    from relations_desktop.store import kiwix
    from relations_desktop.store.connection import open_corpus

    archive = write_sample(folder / "self-test.zim")     # libzim's writer is in the bundle too
    scan = kiwix.scan_archive(archive)
    _check(scan.by_language() == EXPECTED_ARTICLES, f"Kiwix scan of {archive.name}: found {scan.by_language()}")
    user_db = folder / "self-test-library.db"
    result = kiwix.import_articles(archive, scan.candidates, user_db, bundled_db=database, workers=2)
    _check(result.ok and len(result.added) == len(scan.candidates),
           f"Kiwix import: {len(result.added)} of {len(scan.candidates)} added; failed: "
           f"{[(f.file, f.reason, f.detail) for f in result.failed]}")
    found = {p for a in result.added for p in a.pairs}
    _check(found >= EXPECTED_PAIRS, f"Kiwix import: relationships {sorted(found)}")
    conn = open_corpus(database, user_db)
    try:
        sources = load_dossier(conn, ("GH", "KE")).sources
    finally:
        conn.close()
    attributed = [d for d in sources if d.meta.licence and d.meta.url and d.meta.archive]
    _check(len(attributed) == 3, f"Kiwix import: {len(attributed)} of 3 sources carry their licence and address")
    return len(result.added)


def in_workers(raw: RawDocument) -> tuple[str | None, bool, list[tuple[int, object]], list[BaseException]]:
    """Process ``raw`` in two worker processes started as an import starts them: how they were
    started, whether they ran, what was staged (parts, signature) and what went wrong."""
    from relations_desktop.store.pool import Handlers, Pipeline
    staged: list[tuple[int, object]] = []
    problems: list[BaseException] = []
    handlers = Handlers(stage=lambda _raw, parts, sig: staged.append((len(list(parts)), sig)),
                        failed=lambda _doc, exc: problems.append(exc), unread=lambda _doc, exc: problems.append(exc),
                        admit=lambda _doc: True)
    with Pipeline(2) as pipeline:
        method, parallel = pipeline.start_method, pipeline.parallel
        pipeline.submit(raw, handlers)
        pipeline.drain(handlers)
    return method, parallel, staged, problems


def check_workers() -> None:
    """Process a document in two worker processes started as an import starts them (forked
    from the warm server where the system has one): the frozen app must be able to start them."""
    from relations_desktop.corpus.document import RawDocument
    from relations_desktop.store.workers import start_methods

    text = "India and Bangladesh signed a trade agreement in Dhaka on 12 March 2015."
    method, _parallel, staged, problems = in_workers(RawDocument(
        file="workers.txt", path="workers.txt", sha256="0" * 64, encoding="utf-8", text=text, size=len(text.encode())))
    _check(method == start_methods()[0], f"worker processes: started by {method}, not {start_methods()[0]}")
    # A signature comes with the rows only from a worker.
    _check(not problems and len(staged) == 1 and staged[0][0] > 0 and staged[0][1] is not None,
           f"worker processes: staged {staged}, problems {problems}")


def check_window(path: Path, settings_dir: Path, pdf_dir: Path) -> int:
    """Build the window offscreen, show each relationship, switch languages, export a PDF.

    Returns the size of the PDF in bytes.
    """
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFontDatabase, QIcon

    from relations_desktop import i18n, resources
    from relations_desktop.export.summary_pdf import export
    from relations_desktop.store import queries
    from relations_desktop.ui.app import create_window, make_application

    app = make_application()  # registers the bundled fonts; raises if one cannot be loaded
    families = set(QFontDatabase.families())
    missing_fonts = [f for f in SCRIPT_FONTS if f not in families]
    _check(not missing_fonts, f"fonts not available to Qt: {', '.join(missing_fonts)}")
    _check(not app.windowIcon().isNull(), "application icon is empty")
    svg = QIcon(str(resources.path("resources", "icons", "relations-desktop.svg")))
    _check(not svg.pixmap(64, 64).isNull(), "the SVG icon cannot be drawn (Qt SVG plugin missing?)")

    # Settings in a throwaway file: the self-test never changes the user's own.
    settings = QSettings(str(settings_dir / "self-test.ini"), QSettings.Format.IniFormat)
    window = create_window(str(path), "en", settings=settings)
    try:
        _check(window.library.conn is not None, f"the window could not open {path}: {window.library.error}")
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        pairs = queries.relationships(window.library.conn)
        for a, b in pairs:
            _check(window.open_pair(a, b), f"the window could not show {a}-{b}")
            _check(window.current_pair == queries.pair_key(a, b), f"selecting {a}-{b} showed {window.current_pair}")
            app.processEvents()
        window.grab()  # paints every pane once, with the last relationship shown

        titles = {}
        size = 0
        for lang in LANGUAGE_ORDER:
            i18n.set_language(lang)
            app.processEvents()
            # the app's name is the same in every language (Latin letters): the menus tell the switch
            titles[lang] = window.commands.menu_file.title()
            _check(titles[lang] == i18n._("&File"), f"{lang}: the menus are not retranslated")
            _check(window.windowTitle() == i18n._("Relations Desktop"), f"{lang}: window title not retranslated")
            _check(not window.grab().isNull(), f"{lang}: the window cannot be drawn")
            if lang == "bn":  # the hardest script for the PDF: conjuncts through HarfBuzz
                size = _check_pdf(export, window.dossier, pdf_dir, window.library.corpus_version())
                _check_timeline_png(window.dossier)
        _check(len(set(titles.values())) == len(LANGUAGE_ORDER),
               f"the menus do not change with the language: {titles}")
    finally:
        window.close()
        i18n.set_language("en")
        window.deleteLater()
        app.processEvents()
    return size


def _check_pdf(export: Callable[..., Path], dossier: object, folder: Path, corpus_version: str) -> int:
    _check(dossier is not None, "no relationship is shown, nothing to export")
    pdf = export(dossier, folder / "self-test.pdf", corpus_version=corpus_version)
    data = pdf.read_bytes()
    _check(data.startswith(b"%PDF-") and len(data) > 1000, f"{pdf} is not a PDF ({len(data)} bytes)")
    _check(b"NotoSansBengali" in data, "the PDF does not embed the bundled Bengali font")
    return len(data)


def _check_timeline_png(dossier: object) -> None:
    """The timeline export's PNG is its SVG drawn by Qt's SVG image plugin: is the plugin there?"""
    from relations_desktop.export.timeline_svg import render_svg
    from relations_desktop.ui.timeline_image import png_bytes
    try:
        data = png_bytes(render_svg(dossier))
    except ValueError as exc:
        raise SelfTestFailure(f"the timeline cannot be drawn as PNG ({exc}): Qt SVG image plugin missing?") from None
    _check(data.startswith(b"\x89PNG"), "the timeline's PNG is not a PNG")


def _collect_qt_messages(messages: list[str]) -> Callable[[], None]:
    """Keep Qt's warnings (offscreen chatter, font fallback notes) for a failure report;
    returns a function that restores the previous handler."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind: object, _context: object, message: str) -> None:
        if message not in messages:
            messages.append(message)

    previous = qInstallMessageHandler(handler)
    return lambda: qInstallMessageHandler(previous)


def run_self_test(db: str | None = None) -> int:
    """Run every check; print one summary line (stdout) or what failed (stderr)."""
    from relations_desktop.errors import DatabaseError, ResourceError

    start = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    step = "resources"
    qt_messages: list[str] = []
    restore = _collect_qt_messages(qt_messages)
    try:
        check_resources()
        step = "database"
        path = database_path(db)
        documents, relationships = check_database(path)
        with tempfile.TemporaryDirectory(prefix="relations-desktop-self-test-") as tmp:
            step = "worker processes"
            check_workers()
            step = "Kiwix import"
            check_kiwix_import(path, Path(tmp))
            step = "window"
            pdf_size = check_window(path, Path(tmp), Path(tmp))
    except Exception as exc:  # report any failure, whatever raised it
        detail = str(exc) if isinstance(exc, SelfTestFailure) else f"{step}: {type(exc).__name__}: {exc}"
        print(f"self-test FAILED: {detail}", file=sys.stderr)
        if not isinstance(exc, SelfTestFailure | ResourceError | DatabaseError):
            traceback.print_exc()
        for message in qt_messages:
            print(f"  Qt: {message}", file=sys.stderr)
        return 1
    finally:
        restore()
    # (The line's form is what scripts read; the Kiwix import passed when it is printed.)
    print(f"self-test ok: {documents} documents, {relationships} relationships, {len(LANGUAGE_ORDER)} languages, "
          f"PDF {pdf_size / 1024:.0f} KB in {time.perf_counter() - start:.2f} s", flush=True)
    return 0
