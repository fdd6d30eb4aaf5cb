"""Corrections in the window, as a reader makes them: hide an uncertain event, correct another in
the Edit event dialog, add a third from words selected in a source passage; then the events
list, the timeline, the PDF (read back with pdftotext) and the CSV export all say so, and Undo
(Ctrl+Z) and Redo put back exactly what was there. The library view lists, filters, opens and
corrects documents; the filters narrow the timeline and the list."""

from __future__ import annotations

import csv
import hashlib
import io
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from relations_desktop.corpus.document import RawDocument
from relations_desktop.corpus.pipeline import process_text
from relations_desktop.store.write import build_database
from tests.library_helpers import EN_NP_IN
from tests.pdf_helpers import pdftotext
from tests.qt_helpers import open_window, when_modal

GH_KE = """Ghana–Kenya relations

Ghana and Kenya established diplomatic relations in March 1964. Kenya opened an embassy in Accra on 4 June 1995.

In 2004 a quarrel over a football match led to protests in Accra, and the Kenyan press wrote about it for weeks.

The presidents of Kenya and Ghana met in Nairobi on 12 May 2018, but signed a trade agreement only later. \
A Kenyan delegation of farmers toured the cocoa farms of Ghana the next year.
"""


def _raw(file: str, text: str) -> RawDocument:
    data = text.encode("utf-8")
    return RawDocument(file, file, hashlib.sha256(data).hexdigest(), "utf-8", text, len(data))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corrections") / "bundled.db"
    build_database([process_text(_raw("gh_ke.txt", GH_KE)), process_text(_raw("np_in.txt", EN_NP_IN))], path)
    return path


@pytest.fixture
def win(qtbot, app_fonts, corpus: Path, qt_settings, tmp_path: Path):
    window = open_window(qtbot, corpus, tmp_path / "user-corpus.db", qt_settings)
    window.load_icons()
    assert window.open_pair("GH", "KE")
    return window


def rows_of(window) -> list[tuple[str, str, str]]:
    """(date, type, marker) of every row of the events list."""
    from relations_desktop.ui.models import marker
    model = window.relationship.events_model
    return [(model.index(r, 0).data(), model.index(r, 1).data(), marker(model.group(r)))
            for r in range(model.rowCount())]


def select(window, year: str | None) -> None:
    pane = window.relationship
    group = next(g for g in pane.dossier.groups if (g.date or "").startswith(year or "")) if year else \
        next(g for g in pane.dossier.groups if not g.date)
    pane.events_view.setCurrentIndex(pane.events_model.index(pane.events_model.row_of(group), 0))
    assert pane.current_group is group


def library_rows(user: Path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{user}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT * FROM corrections ORDER BY id").fetchall()
    finally:
        conn.close()


def test_hide_correct_and_add_then_every_view_and_export_says_so(win, qtbot, tmp_path: Path):
    window, pane = win, win.relationship
    c = window.commands
    before_pdf = window.export_pdf_to(tmp_path / "before.pdf", confirm_replace=False)
    assert "Conflict" in pdftotext(before_pdf)
    assert rows_of(window) == [("March 1964", "Relations established", ""), ("June 4, 1995", "Embassy", ""),
                               ("2004", "Conflict", "uncertain"), ("May 12, 2018", "Visit", ""),
                               ("date not stated", "Visit", "uncertain")]
    # uncertain ones are drawn dashed on the timeline and can be looked at alone
    assert [(it.group.date, it.doubtful) for it in pane.timeline._items] == [
        ("1964-03", False), ("1995-06-04", False), ("2004", True), ("2018-05-12", False)]
    pane.filters.certainty.setCurrentIndex(pane.filters.certainty.findData("uncertain"))
    assert [r[0] for r in rows_of(window)] == ["2004", "date not stated"]
    pane.filters.reset()

    # 1. hide the uncertain conflict (Delete in the events list, as Edit ▸ Hide event)
    select(window, "2004")
    assert c.hide_event.isEnabled() and not c.restore_event.isEnabled()
    pane.events_view.setFocus()
    qtbot.keyClick(pane.events_view, Qt.Key.Key_Delete)
    assert [r[1] for r in rows_of(window)] == ["Relations established", "Embassy", "Visit", "Visit"]
    assert "2004" not in [g.date for g in pane.timeline.groups()]
    assert (tmp_path / "user-corpus.db").exists()

    # 2. correct the undated visit in the Edit event dialog: a date and another type
    select(window, None)

    def fill_edit() -> None:
        dialog = window.corrector.dialog
        assert dialog.date.text() == "" and dialog.type.currentData() == "visit"
        dialog.date.setText("2019")
        assert dialog.precision.text() == "year" and dialog.ok.isEnabled()
        dialog.type.setCurrentIndex(dialog.type.findData("trade"))
        dialog.accept()
    QTimer.singleShot(0, fill_edit)
    c.edit_event.trigger()
    assert pane.current_group is not None and pane.current_group.date == "2019"
    assert pane.about_event.text().startswith("Corrected by you") and "Extracted: date not stated · Visit" in \
        pane.about_event.text() and pane.restore_button.isVisible() and c.restore_event.isEnabled()

    # 3. add an event from words selected in the 2018 sentence: date, type and pair proposed
    lead = next(g for g in pane.dossier.groups if g.date == "2018-05-12").lead
    offset = lead.text.index("signed a trade agreement")
    assert window.corrector.select_in_sources(lead.document_id, lead.start + offset,
                                              lead.start + offset + len("signed a trade agreement"))

    def fill_add() -> None:
        dialog = window.corrector.dialog
        assert (dialog.date.text(), dialog.type.currentData(), dialog.chosen_pair()) == (
            "2018-05-12", "agreement", ("GH", "KE"))
        dialog.note.setPlainText("The agreement is the second half of the sentence.")
        dialog.accept()
    QTimer.singleShot(0, fill_add)
    c.add_event.trigger()
    expected = [("March 1964", "Relations established", ""), ("June 4, 1995", "Embassy", ""),
                ("May 12, 2018", "Agreement", "added"), ("May 12, 2018", "Visit", ""), ("2019", "Trade", "corrected")]
    assert rows_of(window) == expected
    model = pane.events_model
    assert model.index(2, 0).data(Qt.ItemDataRole.DecorationRole) is not None      # a marker, not a colour
    assert "Added by you" in model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert [(it.group.date, it.group.type, it.corrected) for it in pane.timeline._items] == [
        ("1964-03", "relations_established", False), ("1995-06-04", "embassy", False),
        ("2018-05-12", "agreement", True), ("2018-05-12", "visit", False), ("2019", "trade", True)]

    # the PDF: the hidden one left out, corrected values, the note; read back as text
    text = pdftotext(window.export_pdf_to(tmp_path / "after.pdf", confirm_replace=False))
    assert "Conflict" not in text
    assert "2019 *" in text and "Trade" in text and "Agreement" in text
    assert "The agreement is the second half of the sentence." in " ".join(text.split())
    assert "corrected or added by the reader" in " ".join(text.split())
    # the CSV: every event with its state, read with the csv module
    out = window.exporter.export_to(window.dossier, tmp_path / "t.csv", "", fmt="csv", confirm_replace=False)
    table = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert [(r["date"], r["type"], r["state"], r["note"], r["extracted_type"]) for r in table] == [
        ("1964-03", "relations_established", "extracted", "", ""), ("1995-06-04", "embassy", "extracted", "", ""),
        ("2018-05-12", "agreement", "added", "The agreement is the second half of the sentence.", ""),
        ("2018-05-12", "visit", "extracted", "", ""),
        ("2019", "trade", "edited", "", "visit"), ("2004", "conflict", "hidden", "", "")]

    # Undo (Ctrl+Z) takes the added event away, exactly; Redo brings it back
    user = tmp_path / "user-corpus.db"
    with_add = library_rows(user)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    pane.events_view.setFocus()
    qtbot.keyClick(pane.events_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(library_rows(user)) == len(with_add) - 1 and rows_of(window) == [
        r for r in expected if r[2] != "added"]
    assert c.redo.isEnabled() and "Add event" in c.redo.toolTip()
    c.redo.trigger()
    assert library_rows(user) == with_add and rows_of(window) == expected
    for _ in range(3):
        c.undo.trigger()
    assert not c.undo.isEnabled() and library_rows(user) == []
    assert [r[2] for r in rows_of(window)] == ["", "", "uncertain", "", "uncertain"]


def test_show_the_extracted_event_is_one_click_away(win, qtbot):
    window, pane = win, win.relationship
    select(window, "1995")
    window.corrector.edit({"date": "1995", "type": "visit"})
    assert rows_of(window)[1] == ("1995", "Visit", "corrected")
    assert "Extracted: June 4, 1995 · Embassy" in pane.about_event.text()
    qtbot.mouseClick(pane.restore_button, Qt.MouseButton.LeftButton)
    assert rows_of(window)[1] == ("June 4, 1995", "Embassy", "")
    assert not pane.about_row.isVisible()


def test_filters_by_type_and_years_and_zoom_to_fit(win):
    pane = win.relationship
    bar = pane.filters
    bar.type_actions["visit"].setChecked(False)
    bar.type_actions["conflict"].setChecked(False)
    assert [r[1] for r in rows_of(win)] == ["Relations established", "Embassy"]
    assert bar.shown.text() == "2 of 5 events"
    bar.reset()
    bar.first.setValue(1990)
    bar.last.setValue(2010)
    assert [r[0] for r in rows_of(win)] == ["June 4, 1995", "2004"]
    pane.timeline.zoom(4)
    bar.zoom_fit.click()
    lo, hi = pane.timeline.visible_range()
    assert 1993 <= lo < 1995.5 and 2004 < hi <= 2006
    bar.reset()
    assert len(rows_of(win)) == 5 and bar.shown.text() == ""


def test_the_library_view_lists_filters_opens_and_corrects_documents(win, qtbot):
    from relations_desktop.ui.library_view import EVENTS, ORIGIN, TITLE, LibraryDialog
    window = win
    dialog = LibraryDialog.show_for(window)
    qtbot.addWidget(dialog)
    proxy = dialog.proxy
    titles = sorted(proxy.index(r, TITLE).data() for r in range(proxy.rowCount()))
    assert titles == ["Ghana–Kenya relations", "Nepal–India relations"]
    assert {proxy.index(r, ORIGIN).data() for r in range(proxy.rowCount())} == {"Comes with the app"}
    dialog.view.sortByColumn(EVENTS, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, EVENTS).data() for r in range(proxy.rowCount())] == ["5", "2"]
    qtbot.keyClicks(dialog.filter, "nepal")
    assert proxy.rowCount() == 1
    dialog.view.setCurrentIndex(proxy.index(0, 0))
    assert not dialog.remove_button.isEnabled()          # bundled documents cannot be removed
    opened = dialog.open_document()
    qtbot.addWidget(opened)
    assert opened.text.toPlainText().startswith("Nepal–India relations")
    assert len(opened.text.extraSelections()) >= 4       # its countries and dates highlighted
    # a bundled document's details are corrected in the user's library, and Undo takes them back
    assert dialog.edit_details({"title": "India and Nepal", "source": "", "url": "", "author": "A. Student",
                                "published": "2015"})
    dialog.filter.clear()
    assert "India and Nepal" in [proxy.index(r, TITLE).data() for r in range(proxy.rowCount())]
    window.commands.undo.trigger()
    assert "Nepal–India relations" in [proxy.index(r, TITLE).data() for r in range(proxy.rowCount())]


def test_a_long_document_opens_one_part_at_a_time(win, qtbot):
    from relations_desktop.ui.document_view import DocumentDialog
    pane = win.relationship
    doc = pane.dossier.sources[0]
    lead = pane.dossier.groups[-1].lead
    dialog = DocumentDialog(win, doc, (lead.start, lead.end), pane.dossier.highlights, part_chars=120)
    qtbot.addWidget(dialog)
    assert not dialog.later.isHidden() and len(dialog.text.toPlainText()) <= 120
    assert dialog.marked_text().strip() == lead.text.strip()[:len(dialog.marked_text().strip())]
    start = dialog.part[0]
    dialog.earlier.click()
    assert dialog.part[0] < start
    while dialog.later.isEnabled():
        dialog.later.click()
    assert dialog.part[1] == doc.chars


def test_the_corrections_window_reviews_saves_removes_and_shares_them(win, qtbot, corpus: Path, qt_settings,
                                                                       tmp_path: Path):
    import json

    from relations_desktop.ui.corrections_view import CorrectionsDialog
    window = win
    select(window, "1995")
    assert window.corrector.edit({"type": "visit"})
    select(window, "2004")
    assert window.corrector.hide()
    corrected = rows_of(window)
    assert [r[1] for r in corrected] == ["Relations established", "Visit", "Visit", "Visit"]
    dialog = CorrectionsDialog.show_for(window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2 and dialog.summary.text() == "2 corrections."
    assert [dialog.table.item(r, 2).text() for r in range(2)] == ["applied", "applied"]
    saved = dialog.export(tmp_path / "shared.json")
    assert saved is not None
    entries = json.loads(saved.read_text(encoding="utf-8"))["corrections"]
    assert len(entries) == 2 and {e["document"]["file"] for e in entries} == {"gh_ke.txt"}

    # removing them shows the extraction again; Undo brings them back, exactly
    dialog.table.selectAll()
    assert dialog.remove(confirmed=True)
    assert dialog.table.rowCount() == 0 and [r[1] for r in rows_of(window)] == [
        "Relations established", "Embassy", "Conflict", "Visit", "Visit"]
    window.commands.undo.trigger()
    assert dialog.table.rowCount() == 2 and rows_of(window) == corrected

    # another library (a classmate's) takes them from the file and shows the same events
    other = open_window(qtbot, corpus, tmp_path / "classmate.db", qt_settings)
    assert other.open_pair("GH", "KE")
    theirs = CorrectionsDialog.show_for(other)
    qtbot.addWidget(theirs)
    assert theirs.summary.text() == "You have not corrected any event yet."
    assert theirs.import_file(saved)
    assert rows_of(other) == corrected and theirs.table.rowCount() == 2
    # a file that is not one is refused in words, and changes nothing
    (tmp_path / "bad.json").write_text('{"format": "something else"}', encoding="utf-8")
    assert not theirs.import_file(tmp_path / "bad.json")
    assert theirs.last_message.text() and rows_of(other) == corrected


def test_the_library_view_removes_an_imported_document(win, qtbot, tmp_path: Path):
    from relations_desktop.store.userdb import import_documents
    from relations_desktop.ui.library_view import ORIGIN, TITLE, LibraryDialog
    from tests.library_helpers import EN_BT_BD, write
    window = win
    assert import_documents([write(tmp_path / "mine", "bt_bd.txt", EN_BT_BD)], tmp_path / "user-corpus.db").ok
    window.library.reload()
    dialog = LibraryDialog.show_for(window)
    qtbot.addWidget(dialog)
    proxy = dialog.proxy

    def titles() -> dict[str, str]:
        return {proxy.index(r, TITLE).data(): proxy.index(r, ORIGIN).data() for r in range(proxy.rowCount())}
    assert titles()["Bangladesh–Bhutan relations"] == "Added by you"
    assert dialog.summary.text() == "3 documents · 1 added by you"
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, TITLE).data() == "Bangladesh–Bhutan relations")
    dialog.view.setCurrentIndex(proxy.index(row, 0))
    assert dialog.remove_button.isEnabled()
    assert dialog.remove(confirmed=True)
    qtbot.waitUntil(lambda: "Bangladesh–Bhutan relations" not in titles(), timeout=30_000)
    assert sorted(titles()) == ["Ghana–Kenya relations", "Nepal–India relations"]
    assert dialog.summary.text() == "2 documents · none added by you"     # words for none, not "0 added"
    conn = sqlite3.connect(f"file:{tmp_path / 'user-corpus.db'}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    finally:
        conn.close()


def test_an_event_moved_to_another_pair_takes_the_lists_with_it(win):
    window, pane = win, win.relationship

    def partners() -> list[str]:
        model = window.partner_model
        return [model.index(r).data(CodeRole) for r in range(model.rowCount())]
    def counts() -> list[int]:
        model = window.partner_model
        return [int(model.index(r).data(CountRole)) for r in range(model.rowCount())]
    from relations_desktop.ui.models import CodeRole, CountRole
    assert partners() == ["KE"] and window.current_pair == ("GH", "KE")
    (before,) = counts()
    select(window, "2004")
    assert window.corrector.edit({"pair": ("GH", "TG")})           # a pair the corpus does not relate
    assert window.current_pair == ("GH", "KE") and partners() == ["KE", "TG"]
    assert counts() == [before - 1, 1]                             # the event counted where it now is
    assert "2004" not in [g.date for g in pane.dossier.groups]
    assert window.open_pair("GH", "TG")
    assert [(g.date, g.type) for g in window.relationship.dossier.groups] == [("2004", "conflict")]
    assert window.relationship.sources.text.toPlainText().count("football match") == 1   # its sentence shown
    window.commands.undo.trigger()
    # the pair is gone with its only event: the window goes where the event is back, selected
    assert partners() == ["KE"] and window.current_pair == ("GH", "KE")
    assert "2004" in [g.date for g in window.relationship.dossier.groups]
    assert counts() == [before]
    assert (window.relationship.current_group.date or "").startswith("2004")


def test_a_large_relationship_is_read_again_on_its_thread_after_a_correction(win, qtbot):
    window, pane = win, win.relationship
    select(window, "2004")
    assert window.corrector.hide()             # makes the library: it is opened again
    qtbot.waitUntil(lambda: not window.reader.busy and window.dossier is not None, timeout=20000)
    window.reader.threshold = 0                # from now on GH-KE counts as large
    pane.timeline.zoom(2.0)
    view = pane.timeline.visible_range()
    select(window, "1995")
    before, shown = [r[2] for r in rows_of(window)], window.dossier
    assert window.corrector.note("Seen in the embassy's own list")
    # Read on a thread: meanwhile the pane shows the relationship as it was, and answers.
    assert window.reader.busy and pane.reading is None and [r[2] for r in rows_of(window)] == before
    assert window.dossier is shown is pane.dossier
    qtbot.waitUntil(lambda: window.dossier is not shown and window.dossier is pane.dossier, timeout=20000)
    assert "noted" in [r[2] for r in rows_of(window)]
    assert [r[:2] for r in rows_of(window)] == [("March 1964", "Relations established"),
                                                 ("June 4, 1995", "Embassy"), ("May 12, 2018", "Visit"),
                                                 ("date not stated", "Visit")]
    assert pane.current_group is not None and pane.current_group.date == "1995-06-04"
    assert pane.about_event.text().startswith("Note: Seen in the embassy's own list")
    assert pane.timeline.visible_range() == view and window.dossier is pane.dossier


def test_enter_in_the_countries_field_of_edit_event_is_ok_at_once(win, qtbot):
    """F2, to Countries by Tab (which selects its text), Enter: one press corrects."""
    window, pane = win, win.relationship
    select(window, "1995")
    seen: dict[str, object] = {}

    def press_enter() -> None:
        dialog = window.corrector.dialog
        dialog.date.setText("1996")
        dialog.pair.setFocus(Qt.FocusReason.TabFocusReason)
        dialog.pair.lineEdit().selectAll()           # as Tab leaves it
        qtbot.keyClick(dialog.pair, Qt.Key.Key_Return)
        QTimer.singleShot(200, still_open)

    def still_open() -> None:
        dialog = window.corrector.dialog
        seen["open after one Enter"] = dialog is not None and dialog.isVisible()
        if seen["open after one Enter"]:
            dialog.reject()
    QTimer.singleShot(0, press_enter)
    pane.events_view.setFocus()
    qtbot.keyClick(pane.events_view, Qt.Key.Key_F2)
    qtbot.wait(300)
    assert seen == {"open after one Enter": False}
    assert rows_of(window)[1] == ("1996", "Embassy", "corrected")


def test_show_the_extracted_event_is_offered_only_for_a_changed_event(win, qtbot):
    """A note alone changes nothing of the event, an added one has no extracted event: neither
    offers Show the extracted event; an edit does."""
    window, pane, c = win, win.relationship, win.commands

    def write_note() -> None:
        window.corrector.dialog.text.setPlainText("Check the day in the embassy's own list.")
        window.corrector.dialog.accept()
    select(window, "1995")
    QTimer.singleShot(0, write_note)
    c.note_event.trigger()
    assert rows_of(window)[1] == ("June 4, 1995", "Embassy", "noted")
    assert pane.about_row.isVisible() and "Check the day" in pane.about_event.text()
    assert not pane.restore_button.isVisible() and not c.restore_event.isEnabled()
    assert c.note_event.isEnabled() and c.edit_event.isEnabled()
    # an added event: no extracted one to show
    lead = next(g for g in pane.dossier.groups if g.date == "2018-05-12").lead
    offset = lead.text.index("signed a trade agreement")
    assert window.corrector.select_in_sources(lead.document_id, lead.start + offset,
                                              lead.start + offset + len("signed a trade agreement"))
    window.corrector.add({"date": "2018-05-12", "type": "agreement", "pair": ("GH", "KE")})
    assert ("May 12, 2018", "Agreement", "added") in rows_of(window)
    select(window, "2018-05-12")
    assert pane.current_group.lead.state == "added"
    assert pane.about_row.isVisible() and not pane.restore_button.isVisible() and not c.restore_event.isEnabled()
    # edited: offered, and it shows the extracted event (the note goes with the correction)
    select(window, "1995")
    window.corrector.edit({"date": "1995", "type": "embassy"})
    assert pane.restore_button.isVisible() and c.restore_event.isEnabled()
    qtbot.mouseClick(pane.restore_button, Qt.MouseButton.LeftButton)
    assert rows_of(window)[1] == ("June 4, 1995", "Embassy", "")


def test_the_whole_timeline_stays_in_view_after_a_correction_and_its_undo(win, qtbot):
    """Hiding the first event narrows the timeline to the rest; Undo brings it back and every
    event is in view again (the view of the narrower timeline was kept, and selecting the
    restored event slid the later ones out of it). A view the reader zoomed is kept."""
    window, pane = win, win.relationship

    def out_of_view() -> list[str]:
        lo, hi = pane.timeline.visible_range()
        return [it.group.date for it in pane.timeline._items if it.start < lo or it.end > hi]
    select(window, "2018")
    assert window.corrector.note("made before, so that the library exists")
    qtbot.waitUntil(lambda: not window.reader.busy and window.dossier is not None, timeout=20000)
    assert out_of_view() == []
    select(window, "1964")
    assert window.corrector.hide()
    assert "1964-03" not in [g.date for g in pane.timeline.groups()] and out_of_view() == []
    window.commands.undo.trigger()
    assert (pane.current_group.date or "").startswith("1964")
    assert out_of_view() == []
    select(window, "1995")
    pane.timeline.zoom(2.0)
    view = pane.timeline.visible_range()
    assert window.corrector.note("the view is the reader's")
    assert pane.timeline.visible_range() == view


def test_a_copied_citation_says_what_the_reader_corrected_added_or_noted(win, qtbot):
    """The citation of a corrected event gives the corrected date and type, which its sentence
    does not state: it says they are the reader's, and what the document gave."""
    from PySide6.QtWidgets import QApplication
    window, pane = win, win.relationship
    select(window, "1995")
    plain = pane.copy_citation()
    assert plain.startswith("June 4, 1995 · Embassy\n“Kenya opened an embassy in Accra on 4 June 1995.”")
    assert "reader" not in plain and "Extracted" not in plain
    assert window.corrector.edit({"date": "1996", "type": "visit"})
    text = pane.copy_citation()
    assert QApplication.clipboard().text() == text
    lines = text.split("\n")
    assert lines[0] == "1996 · Visit" and lines[1] == "“Kenya opened an embassy in Accra on 4 June 1995.”"
    assert "Corrected by the reader. Extracted: June 4, 1995 · Embassy · Ghana – Kenya" in lines
    assert window.corrector.note("Seen in the embassy's own list")
    assert "Note: Seen in the embassy's own list" in pane.copy_citation().split("\n")
    from relations_desktop import i18n
    i18n.set_language("bn")
    assert "পাঠক সংশোধন করেছেন। নথি থেকে পাওয়া: ৪ জুন ১৯৯৫ · দূতাবাস · ঘানা – কেনিয়া" in pane.copy_citation()
    i18n.set_language("en")
    lead = next(g for g in pane.dossier.groups if g.date == "2018-05-12").lead
    offset = lead.text.index("signed a trade agreement")
    assert window.corrector.select_in_sources(lead.document_id, lead.start + offset, lead.start + offset + 24)
    assert window.corrector.add({"date": "2018-05-12", "type": "agreement", "pair": ("GH", "KE")})
    added = next(g for g in pane.dossier.groups if g.type == "agreement")
    pane.select_group(added)
    assert "Added by the reader." in pane.copy_citation().split("\n")


def test_hiding_an_event_counts_it_out_of_the_partner_list_at_once(win):
    """The partner list says how many events a relationship has, as corrected: hiding one takes
    it from the count shown beside the partner (not only after the next start), Undo puts it back,
    and the partner stays selected."""
    from relations_desktop.ui.models import CodeRole, CountRole
    window = win
    model, view = window.partner_model, window.partner_view

    def shown() -> list[tuple[str, int]]:
        return [(model.index(r).data(CodeRole), int(model.index(r).data(CountRole))) for r in range(model.rowCount())]
    ((code, before),) = shown()
    select(window, "2004")
    assert window.corrector.hide()
    assert shown() == [(code, before - 1)]
    assert view.currentIndex().data(CodeRole) == "KE" and window.current_pair == ("GH", "KE")
    window.commands.undo.trigger()
    assert shown() == [(code, before)]
    assert view.currentIndex().data(CodeRole) == "KE"


def test_ctrl_enter_is_ok_in_the_note_field(win, qtbot):
    """In the note's field Enter starts a new line; Ctrl+Enter says OK, as in a chat or mail
    program (the Note and Add event dialogs), without reaching for Tab."""
    from relations_desktop.ui.event_dialogs import EventDialog, NoteDialog
    dialog = NoteDialog(win, "A sentence.", "")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    qtbot.keyClicks(dialog.text, "first line")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.text, "second")
    assert dialog.isVisible() and dialog.note() == "first line\nsecond"
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.note() == "first line\nsecond"
    add = EventDialog(win, "Add event", "A sentence.", date="2001", type_="visit", pairs=[("GH", "KE")],
                      names={}, with_note=True)
    qtbot.addWidget(add)
    add.show()
    add.activateWindow()
    qtbot.waitUntil(add.isActiveWindow, timeout=3000)
    qtbot.keyClicks(add.note, "why")
    qtbot.keyClick(add.note, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert add.result() == add.DialogCode.Accepted and add.values()["note"] == "why"


def test_the_corrections_window_by_keyboard_delete_removes_and_a_save_is_told(win, qtbot, tmp_path: Path):
    """Delete on the selected corrections asks, as Remove selected… does, then removes them; a
    save says where it went in the window's status bar, which shows beside the dialog."""
    from PySide6.QtWidgets import QMessageBox

    from relations_desktop.ui.corrections_view import CorrectionsDialog
    window = win
    select(window, "1995")
    assert window.corrector.edit({"type": "visit"})
    dialog = CorrectionsDialog.show_for(window)
    qtbot.addWidget(dialog)
    saved = dialog.export(tmp_path / "mine.json")
    assert saved is not None and window.status.message() == f"Saved {saved}"
    asked: list[str] = []

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Remove").click()
    when_modal(QMessageBox, answer)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert asked and asked[0].startswith("Remove 1 correction?")
    assert dialog.table.rowCount() == 0 and rows_of(window)[1][1] == "Embassy"
