"""The window driven by keyboard alone: one Tab order through every pane and back, F6 between
panes, Latin access keys in every interface language, Esc out of the search, context menus
and Ctrl+C on the events list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from relations_desktop import i18n
from relations_desktop.present.citations import (
    copy_event_citation,
    copy_source_citation,
    source_citation,
    source_title,
)
from relations_desktop.store import queries
from relations_desktop.store.connection import open_corpus
from tests.qt_helpers import open_window, type_text


def richest_pair(seed_db) -> tuple[str, str]:
    """The pair whose timeline (its dated groups) is fullest, among those whose sources cite
    references (the citations tab takes the focus only then)."""
    conn = open_corpus(seed_db)

    def richness(p: tuple[str, str]) -> tuple[bool, int]:
        cited = bool(queries.citations(conn, [s.id for s in queries.sources(conn, p)]))
        return cited, sum(1 for g in queries.event_groups(conn, p) if g.date)
    return max(queries.relationships(conn), key=richness)


def name(w: QWidget | None) -> str:
    return f"{type(w).__name__}:{w.objectName()}" if w is not None else "nothing"


def walk(qtbot, start: QWidget, key: Qt.Key, limit: int = 40) -> list[QWidget]:
    """Press Tab (or Shift+Tab) from ``start`` until the focus is back on it; the widgets passed."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus, timeout=2000)
    seen: list[QWidget] = []
    for _ in range(limit):
        here = QApplication.focusWidget()
        seen.append(here)
        modifier = Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_Backtab else Qt.KeyboardModifier.NoModifier
        qtbot.keyClick(here, key, modifier)
        if QApplication.focusWidget() is start:
            return seen
    raise AssertionError(f"the focus never came back to {name(start)}: {[name(w) for w in seen[-12:]]}")


@pytest.fixture
def reading(window, seed_db, qtbot):
    """The window active, showing the richest relationship with an event selected."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    assert window.open_pair(*richest_pair(seed_db))
    pane = window.relationship
    pane.select_group(pane.timeline.groups()[1])
    return window


@pytest.mark.parametrize("lang", ["en", "bn"])
def test_tab_and_shift_tab_go_round_every_pane(reading, qtbot, lang):
    window = reading
    i18n.set_language(lang)
    pane = window.relationship
    every_pane = [window.search_field, window.filter, window.country_view, window.partner_view, pane.timeline,
                  pane.events_view, pane.tabs.tabBar(), pane.sources.text]
    forward = walk(qtbot, window.filter, Qt.Key.Key_Tab)
    assert [w for w in every_pane if w not in forward] == [], [name(w) for w in forward]
    # a sensible order: the lists, then the relationship from top to bottom
    order = [forward.index(w) for w in every_pane[1:]]
    assert order == sorted(order), [name(w) for w in forward]
    assert len(forward) == len(set(forward))              # no widget twice: no trap, no loop inside
    backward = walk(qtbot, window.filter, Qt.Key.Key_Backtab)
    assert [w for w in every_pane if w not in backward] == []
    assert backward[1:] == list(reversed(forward[1:]))
    # the citations are reached too, once their tab is shown
    pane.tabs.setCurrentWidget(pane.citations)
    assert pane.citations in walk(qtbot, window.filter, Qt.Key.Key_Tab)


def test_the_events_table_does_not_trap_tab(reading, qtbot):
    pane = reading.relationship
    pane.events_view.setFocus()
    qtbot.keyClick(pane.events_view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not pane.events_view
    pane.events_view.setFocus()
    qtbot.keyClick(pane.events_view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is pane.timeline


def test_home_and_end_go_to_the_first_and_the_last_event(reading, qtbot):
    """The events list is a list of rows: Home and End go to its first and last event (in a
    table they only went to the first and last column of the same row)."""
    pane = reading.relationship
    view, model = pane.events_view, pane.events_model
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().row() == model.rowCount() - 1 > 1
    assert pane.current_group is model.group(model.rowCount() - 1)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.currentIndex().row() == 0 and pane.current_group is model.group(0)


def test_f6_cycles_the_panes(reading, qtbot):
    window = reading
    pane = window.relationship
    window.filter.setFocus()
    visited = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        visited.append(QApplication.focusWidget())
    assert visited == [window.partner_view, pane.timeline, pane.events_view, pane.sources.text, window.filter]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is pane.sources.text


@pytest.mark.parametrize("lang", ["bn", "hi"])
def test_latin_access_keys_open_the_menus_in_every_language(reading, qtbot, lang):
    window = reading
    window.commands.language[lang].trigger()
    assert i18n.current_language() == lang
    c = window.commands
    assert c.menu_file.title().endswith("(&F)") and not c.menu_file.title().startswith("File")
    for key, menu in ((Qt.Key.Key_F, c.menu_file), (Qt.Key.Key_V, c.menu_view), (Qt.Key.Key_L, c.menu_language),
                      (Qt.Key.Key_H, c.menu_help)):
        window.filter.setFocus()
        qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda m=menu: QApplication.activePopupWidget() is m, timeout=2000)
        qtbot.keyClick(menu, Qt.Key.Key_Escape)
    # a menu item by its Latin letter: View ▸ Appearance ▸ Dark, then ▸ System
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(c.menu_view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is c.menu_appearance, timeout=2000)
    qtbot.keyClick(c.menu_appearance, Qt.Key.Key_D)
    assert window.appearance.choice == "dark"
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(c.menu_view, Qt.Key.Key_A)
    qtbot.keyClick(c.menu_appearance, Qt.Key.Key_S)
    assert window.appearance.choice == "system"
    # the list labels' keys move the focus
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert window.filter.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert window.partner_view.hasFocus()


def test_escape_closes_the_search_and_it_stays_closed(reading, qtbot):
    window = reading
    window.search.focus()
    type_text(window.search_field, window.dossier.groups[0].lead.text.split()[0])
    qtbot.waitUntil(lambda: window.search_panel.isVisible(), timeout=3000)
    assert window.countries_pane.isHidden()                 # the results take the lists' place
    window.search_panel.view.setFocus()
    qtbot.keyClick(window.search_panel.view, Qt.Key.Key_Escape)
    assert not window.search_panel.isVisible()
    assert window.countries_pane.isVisible() and window.partners_pane.isVisible()
    assert window.relationship.events_view.hasFocus()
    # Esc in the field empties it once the results are closed
    window.search.focus()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    window.library.reload()                                  # a library change does not reopen it
    assert not window.search_panel.isVisible()


def _menu_texts(menu: QMenu) -> dict[str, bool]:
    return {a.text(): a.isEnabled() for a in menu.actions() if not a.isSeparator()}


def test_context_menu_of_an_event_and_ctrl_c_copies_the_row(reading, qtbot):
    window = reading
    pane = window.relationship
    view = pane.events_view
    view.setFocus()
    view.setCurrentIndex(pane.events_model.index(0, 0))
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    group = pane.events_model.group(0)
    row = QGuiApplication.clipboard().text()
    cells = row.split("\t")
    assert len(cells) == 4                         # date, type, languages, the whole sentence
    assert cells[0] == pane.events_model.index(0, 0).data()
    assert cells[1] == pane.events_model.index(0, 1).data()
    assert cells[3] == " ".join(group.lead.text.split())
    menus = window._menus
    rect = view.visualRect(pane.events_model.index(2, 3))
    menu = menus._event_menu(rect.center())
    texts = _menu_texts(menu)
    corrected = any(e.correction is not None for e in pane.events_model.group(2).events)
    assert texts == {"Copy &row": True, "Copy &sentence": True, "Copy ci&tation": True,
                     "Searc&h for this": bool(menus.event_target(2).search), "&Open document…": True,
                     # the corrections, as the Edit menu has them (issue 13)
                     "H&ide event": True, "&Edit event…": True, "&Note on event…": True,
                     "Show the e&xtracted event": corrected, "&Undo": False}
    target = menus.event_target(2)
    lead = pane.events_model.group(2).lead
    menus.copy_sentence(target)
    assert QGuiApplication.clipboard().text() == " ".join(lead.text.split())
    menus.copy_citation(target)
    citation = QGuiApplication.clipboard().text()
    # as Edit ▸ Copy citation writes it: date and type, the sentence quoted, its source
    assert citation == copy_event_citation(window.dossier, lead)
    assert "“" + " ".join(lead.text.split()) + "”" in citation
    assert source_title(window.dossier.source(lead.document_id)) in citation
    menu.close()


def test_context_menu_of_a_passage_copies_its_sentence_and_searches_a_word(reading, qtbot):
    window = reading
    pane = window.relationship
    sources = pane.sources
    group = pane.timeline.groups()[1]
    lead = group.lead
    # a point inside the event's sentence, as shown
    position = sources.position_of(lead.document_id, lead.start + 3)
    target = window._menus.passage_target(position)
    assert target.document_id == lead.document_id
    assert target.span == (lead.start, lead.end)
    window._menus.copy_sentence(target)
    assert QGuiApplication.clipboard().text() == " ".join(lead.text.split())
    assert target.event is lead
    assert target.search and target.search in lead.text
    window._menus.search(target.search)
    assert window.search_panel.isVisible() and window.search_field.text() == target.search
    assert window.search_panel.model.hits
    # on a document's heading: the document, no sentence
    heading = sources.text.document().firstBlock().position() + 1
    target = window._menus.passage_target(heading)
    assert target.document_id == window.dossier.sources[0].id and target.span is None
    window._menus.copy_citation(target)
    assert QGuiApplication.clipboard().text() == copy_source_citation(window.dossier, target.document_id)
    # a menu opened by the mouse lists the commands, enabled by what is under it
    cursor_rect = sources.text.cursorRect()
    menu = window._menus._passage_menu(QPoint(cursor_rect.x() + 2, cursor_rect.y() + 2))
    assert "Copy ci&tation" in _menu_texts(menu)
    menu.close()


def test_open_document_shows_it_whole_at_the_sentence(reading, qtbot):
    from relations_desktop.ui.document_view import DocumentDialog
    window = reading
    lead = window.relationship.timeline.groups()[1].lead
    doc = window.dossier.source(lead.document_id)
    dialog = DocumentDialog(window, doc, (lead.start, lead.end))
    qtbot.addWidget(dialog)
    # (Qt's plain text gives no-break spaces back as spaces)
    assert dialog.text.toPlainText() == doc.text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    assert dialog.marked_text().strip() == lead.text.strip()
    assert dialog.reference.text() == source_citation(doc)


def test_context_menu_of_a_reference_copies_it_with_its_source(qtbot, app_fonts, cited_db, qt_settings):
    from relations_desktop.present.clipboard import reference_citation
    from tests import cited_corpus
    window = open_window(qtbot, cited_db, None, qt_settings)
    assert window.open_pair(*cited_corpus.PAIR)
    pane = window.relationship
    pane.tabs.setCurrentWidget(pane.citations)
    view = pane.citations
    line = next(i for i in range(view.document().blockCount())
                if (entry := view.entry_at(i)) is not None and entry[1] is not None)
    doc, reference = view.entry_at(line)
    block = view.document().findBlockByNumber(line)
    cursor = view.textCursor()
    cursor.setPosition(block.position() + 3)
    point = view.cursorRect(cursor).center()
    menu = window._menus._citation_menu(point)
    assert _menu_texts(menu)["Copy ci&tation"] and _menu_texts(menu)["&Open document…"]
    target = window._menus.last_target
    assert target.reference == reference and target.document_id == doc.id
    window._menus.copy_citation(target)
    assert QGuiApplication.clipboard().text() == reference_citation(reference, doc)
    assert block.text().strip().endswith(QGuiApplication.clipboard().text().splitlines()[0][-20:])
    menu.close()
