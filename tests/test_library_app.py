"""The window and the command line meet a damaged or newer user library: the window starts, says
what happened and where the file is now, and shows the bundled corpus; the command line prints
one line and exits 1. And document text never becomes rich text in a tooltip."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip

from relations_desktop.store import queries, schema
from relations_desktop.store.userdb import import_documents
from tests.library_helpers import cli, numbered, sha, write
from tests.qt_helpers import open_window
from tests.test_library import DAMAGE


def _library(tmp_path: Path, seed_db: Path) -> Path:
    library = tmp_path / "share" / "relations-desktop" / "user-corpus.db"
    assert import_documents([numbered(tmp_path / "in", "doc", 30, 4)], library, bundled_db=seed_db).ok
    conn = sqlite3.connect(library)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return library


def _newer(p: Path) -> None:
    conn = sqlite3.connect(p)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()


PROBLEMS = {**DAMAGE, "from a newer version": _newer}


@pytest.mark.parametrize("problem", list(PROBLEMS))
def test_the_window_starts_says_what_happened_and_browses_the_bundled_corpus(
        problem, qtbot, app_fonts, seed_db, tmp_path, qt_settings):
    library = _library(tmp_path, seed_db)
    PROBLEMS[problem](library)
    before = sha(library) if library.is_file() else None
    win = open_window(qtbot, seed_db, library, qt_settings)
    qtbot.waitUntil(lambda: win.problem_box is not None and win.problem_box.isVisible(), timeout=5000)
    text = win.problem_box.text()
    if problem == "from a newer version":
        assert "newer version" in text and sha(library) == before       # left exactly as it was
    else:
        (aside,) = [p for p in library.parent.iterdir()
                    if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))]
        assert str(aside) in text and not library.exists()
        if before is not None:
            assert sha(aside) == before
    # The bundled corpus browses.
    pair = queries.relationships(win.library.conn)[0]
    assert win.country_model.rowCount() > 0 and win.open_pair(*pair)
    assert win.dossier is not None and win.dossier.sources


@pytest.mark.parametrize("problem", list(PROBLEMS))
def test_the_command_line_prints_one_line_and_exits_1(problem, seed_db, tmp_path):
    library = _library(tmp_path, seed_db)
    PROBLEMS[problem](library)
    env = {"XDG_DATA_HOME": str(tmp_path / "share"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    out = cli("corpus", "search", "India", "--limit", "5", env=env)
    assert out.returncode == 1
    assert len(out.stderr.strip().splitlines()) == 1 and out.stderr.startswith("error: ")
    assert "Traceback" not in out.stderr and out.stdout == ""


def test_the_window_tells_in_bengali(qtbot, app_fonts, seed_db, tmp_path, qt_settings):
    from relations_desktop import i18n
    library = _library(tmp_path, seed_db)
    DAMAGE["garbage header"](library)
    i18n.set_language("bn")
    win = open_window(qtbot, seed_db, library, qt_settings)
    qtbot.waitUntil(lambda: win.problem_box is not None and win.problem_box.isVisible(), timeout=5000)
    text = win.problem_box.text()
    assert ".damaged-" in text and text != text.encode("ascii", "ignore").decode()


HOSTILE = "<b>x</b><img src=x onerror=alert(1)>"


def _shown_as(tooltip: str) -> str:
    """What a tooltip's label shows: rich text is laid out, plain text is shown as it is."""
    doc = QTextDocument()
    doc.setHtml(tooltip)
    return doc.toPlainText()


def _tip_label():
    return next((w for w in QApplication.topLevelWidgets() if w.metaObject().className() == "QTipLabel"
                 and w.isVisible()), None)


@pytest.mark.qt_log_ignore("This plugin does not support raise")      # the offscreen platform, showing a tooltip
def test_tooltips_show_document_text_as_plain_text(qtbot, app_fonts, tmp_path, qt_settings):
    from relations_desktop.corpus.pipeline import process_all
    from relations_desktop.store.write import build_database
    src = write(tmp_path / "src", "np_bt.txt",
                f"Nepal and Bhutan established diplomatic relations on 8 June 1983 {HOSTILE} in Kathmandu.\n")
    docs, _errors = process_all([src.parent])
    db = build_database(docs, tmp_path / "hostile.db")
    win = open_window(qtbot, db, None, qt_settings)
    assert win.open_pair("NP", "BT")
    # The event's excerpt, in the events table: the view asks for the tooltip and shows it.
    view, model = win.relationship.events_view, win.relationship.events_model
    index = model.index(0, model.EXCERPT)
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert HOSTILE in _shown_as(tip) and "<img" not in tip.replace("&lt;img", "")
    rect = view.visualRect(index)
    QApplication.sendEvent(view.viewport(), QHelpEvent(QHelpEvent.Type.ToolTip, rect.center(),
                                                       view.viewport().mapToGlobal(rect.center())))
    qtbot.waitUntil(lambda: _tip_label() is not None, timeout=3000)
    label = _tip_label()
    assert HOSTILE in _shown_as(label.text())
    QToolTip.hideText()
    # A search hit.
    win.search_field.setText("diplomatic")
    panel = win.search_panel
    qtbot.waitUntil(lambda: bool(panel.model.hits), timeout=5000)
    tip = panel.model.data(panel.model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert HOSTILE in _shown_as(tip) and "<img" not in tip.replace("&lt;img", "")
