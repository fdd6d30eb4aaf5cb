"""File ▸ Export timeline… / Export sources… in the window: reachable from the menu and the
keyboard, a file type per format that sets the name's suffix, the Documents folder the first
time, and real files written."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QKeySequence

from tests import cited_corpus


@pytest.fixture
def cited_window(qtbot, app_fonts, cited_db, qt_settings):
    from tests.qt_helpers import open_window
    win = open_window(qtbot, cited_db, None, qt_settings)
    assert win.open_pair(*cited_corpus.PAIR)
    return win


def test_the_file_menu_has_the_exports_with_their_keys(cited_window):
    c = cited_window.commands
    actions = c.menu_file.actions()
    assert c.export_timeline in actions and c.export_sources in actions
    assert c.export_timeline.shortcut() == QKeySequence("Ctrl+Shift+E")
    assert c.export_timeline.text() == "Export &timeline…" and c.export_sources.text() == "Export &sources…"
    assert c.export_timeline.isEnabled() and c.export_sources.isEnabled()


def test_the_timeline_dialog_offers_each_format_and_the_type_sets_the_suffix(cited_window, tmp_path, monkeypatch):
    from relations_desktop.ui.export_action import Exporter
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    dlg = cited_window.exporter.save_dialog(cited_window.current_pair, "timeline")
    assert dlg.nameFilters() == ["CSV table, for spreadsheets (*.csv)", "JSON data (*.json)", "SVG drawing (*.svg)",
                                 "PNG image (*.png)"]
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(documents) == home / "Documents"
    assert Path(dlg.directory().absolutePath()) == home / "Documents"      # nothing exported yet
    dlg.selectNameFilter("SVG drawing (*.svg)")
    dlg.filterSelected.emit("SVG drawing (*.svg)")
    assert Exporter.format_of_filter(dlg, "timeline") == "svg"
    assert Path(dlg.selectedFiles()[0]).name == "NP-PT_timeline.svg"
    sources = cited_window.exporter.save_dialog(cited_window.current_pair, "sources")
    assert [f.split(" (")[0] for f in sources.nameFilters()] == [
        "RIS, for Zotero, Mendeley and EndNote", "BibTeX, for LaTeX", "CSL-JSON, for pandoc and Zotero"]


@pytest.mark.parametrize(("fmt", "name"), [("svg", "t.svg"), ("png", "t.png"), ("json", "t.json"),
                                           ("csljson", "s.json"), ("bibtex", "s.bib")])
def test_the_window_writes_each_format_and_remembers_the_folder(cited_window, tmp_path, fmt, name):
    from relations_desktop.ui.settings import EXPORT_FOLDER
    out = tmp_path / "out"
    out.mkdir()
    path = cited_window.exporter.export_to(cited_window.dossier, out / name, "test", fmt=fmt)
    assert path == out / name and path.stat().st_size > 0
    data = path.read_bytes()
    if fmt == "svg":
        assert len(ET.fromstring(data).findall(".//{http://www.w3.org/2000/svg}g[@class='event']")) == 2
    elif fmt == "png":
        from PySide6.QtGui import QImage
        assert not QImage(str(path)).isNull()
    elif fmt == "json":
        assert json.loads(data)["format"] == "relations-desktop-timeline"
    elif fmt == "csljson":
        assert {i["title"] for i in json.loads(data)} == set(cited_corpus.TITLES.values())
    else:
        assert data.decode().count("@online{") == 3
    assert EXPORT_FOLDER.read(cited_window.settings) == str(out)
    assert cited_window.exporter.suggested_path(cited_window.current_pair, "ris").parent == out


def test_a_saved_export_says_where_it_went_in_the_status_bar(cited_window, tmp_path):
    from relations_desktop import i18n
    from relations_desktop.i18n import _
    window = cited_window
    assert window.status.message() == ""
    path = window.export_pdf_to(tmp_path / "summary.pdf")
    assert path is not None and window.status.message() == f"Saved {path}"
    assert window.statusBar().isVisible() and window.status_label.isHidden()   # the news covers the summary
    i18n.set_language("bn")
    path = window.exporter.export_to(window.dossier, tmp_path / "t.csv", "test", fmt="csv")
    assert window.status.message() == _("Saved {path}").format(path=path) != f"Saved {path}"


def test_the_first_start_leaves_room_for_the_window_frame(qtbot, app_fonts, cited_db, qt_settings):
    """The size given is the window's inside: with a desktop's title bar and borders around it,
    the status bar (where 'Saved …' is said) must still be on the screen."""
    from PySide6.QtWidgets import QApplication

    from relations_desktop.ui.mainwindow import MainWindow
    from relations_desktop.ui.settings import FRAME_ALLOWANCE
    window = MainWindow(cited_db, None, settings=qt_settings)       # no size remembered yet
    qtbot.addWidget(window)
    room = QApplication.primaryScreen().availableGeometry().size()
    assert window.width() + FRAME_ALLOWANCE[0] <= room.width()
    assert window.height() + FRAME_ALLOWANCE[1] <= room.height()
    assert FRAME_ALLOWANCE[1] >= 40 and window.width() <= 1280 and window.height() <= 800


def _save_as(window, kind: str, name: str, qtbot) -> Path | None:
    """Run the export dialog of ``kind`` as a person does: the first file type left chosen, a
    name typed in the name field, then Save."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

    def type_and_save() -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, QFileDialog)
        field = dlg.findChild(QLineEdit, "fileNameEdit")
        field.selectAll()
        qtbot.keyClicks(field, name)
        dlg.accept()
    QTimer.singleShot(0, type_and_save)
    return window.export_as(kind)


@pytest.mark.parametrize(("kind", "name", "fmt"), [("timeline", "t.png", "png"), ("timeline", "t.svg", "svg"),
                                                   ("timeline", "t.json", "json"), ("sources", "s.bib", "bibtex"),
                                                   ("sources", "s.json", "csljson")])
def test_a_typed_suffix_chooses_the_format_over_the_file_type_left_as_it_was(cited_window, tmp_path, qtbot,
                                                                            kind, name, fmt):
    """A name typed with the suffix of another format of the dialog is written in that format: a
    PNG named t.png, not the CSV table the first file type would write."""
    from relations_desktop.ui.settings import EXPORT_FOLDER
    EXPORT_FOLDER.write(cited_window.settings, str(tmp_path))
    path = _save_as(cited_window, kind, name, qtbot)
    assert path == tmp_path / name
    data = path.read_bytes()
    if fmt == "png":
        assert data.startswith(b"\x89PNG")
    elif fmt == "svg":
        assert ET.fromstring(data).tag == "{http://www.w3.org/2000/svg}svg"
    elif fmt == "json":
        assert json.loads(data)["format"] == "relations-desktop-timeline"
    elif fmt == "bibtex":
        assert data.decode().count("@online{") == 3
    else:
        assert {i["title"] for i in json.loads(data)} == set(cited_corpus.TITLES.values())


def test_a_name_without_a_suffix_of_the_dialog_keeps_the_chosen_file_type(cited_window, tmp_path, qtbot):
    from relations_desktop.ui.settings import EXPORT_FOLDER
    EXPORT_FOLDER.write(cited_window.settings, str(tmp_path))
    path = _save_as(cited_window, "timeline", "events.txt", qtbot)
    assert path == tmp_path / "events.txt"
    assert path.read_bytes().lstrip(b"\xef\xbb\xbf").startswith(b"group,event_id,")       # CSV, the type chosen
    path = _save_as(cited_window, "timeline", "events", qtbot)
    assert path == tmp_path / "events.csv"
