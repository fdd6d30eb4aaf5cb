"""What the window says where there is nothing to show: the first start (what the library holds,
how to add more) and a country filter that matches nothing (and offers to import)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from relations_desktop import i18n
from relations_desktop.i18n.formatting import format_number
from relations_desktop.present import labels
from tests.qt_helpers import type_text


def test_the_first_start_says_what_the_library_holds_and_how_to_add_more(window, qtbot):
    stats = window.library.stats
    assert window.current_pair is None
    assert window.right.currentWidget() is window.welcome and window.welcome.isVisible()
    text = window.welcome.contents.text()
    assert labels.documents_count(sum(stats.documents_by_lang.values())) in text
    assert labels.relationships_count(stats.relationships) in text
    assert labels.events_count(stats.events) in text
    assert all(labels.language_name(lang) in text for lang in stats.documents_by_lang)
    assert "Import documents…" in window.welcome.how_to_add.text()
    # its buttons do what they say: the manual opens, Import asks for files
    from relations_desktop.ui.manual import ManualDialog
    window.welcome.manual_button.click()
    assert window.findChild(ManualDialog).isVisible()
    window.findChild(ManualDialog).close()
    i18n.set_language("bn")
    assert format_number(stats.relationships) in window.welcome.contents.text()
    assert window.welcome.import_button.text() == i18n._("Import documents…")


def test_a_filter_that_matches_nothing_says_so_and_offers_to_import(window, qtbot):
    window.focus_filter()
    type_text(window.filter, "Atlantis")
    assert window.country_model.rowCount() == 0
    assert window.no_match.isVisible() and not window.country_view.isVisible()
    assert "“Atlantis”" in window.no_match.message.text()
    window.lists.import_requested.disconnect()            # (the file chooser is modal: not opened here)
    with qtbot.waitSignal(window.lists.import_requested, timeout=1000):
        window.no_match.import_button.click()
    # Tab reaches the offer from the filter
    qtbot.keyClick(window.filter, Qt.Key.Key_Tab)
    assert window.no_match.import_button.hasFocus()
    i18n.set_language("hi")
    assert "“Atlantis”" in window.no_match.message.text() and window.no_match.message.text() != ""
    window.filter.clear()
    assert not window.no_match.isVisible() and window.country_view.isVisible()


def _one_match_then_none(window) -> tuple[str, str]:
    """A prefix of some country's English name that the filter matches to it alone, and that
    prefix with letters no name goes on with."""
    for code in window.country_model.codes():
        name = window.lists.country_name(code)
        for n in range(1, len(name) + 1):
            window.country_model.set_filter(name[:n])
            if window.country_model.codes() == [code]:
                window.country_model.set_filter("")
                return name[:n], "qzx"
    raise AssertionError("no country is matched alone by a prefix of its name")


def test_a_filter_that_stops_matching_the_chosen_country_clears_it_and_its_relations(window, qtbot):
    prefix, more = _one_match_then_none(window)
    window.focus_filter()
    type_text(window.filter, prefix)
    chosen = window.selected_country()
    assert chosen is not None                              # one match: chosen by itself
    assert window.partner_model.country == chosen and window.partner_model.rowCount() > 0
    type_text(window.filter, more)
    assert window.country_model.rowCount() == 0 and window.no_match.isVisible()
    # nothing chosen, nothing listed as its relations, and the right-hand pane says why
    assert window.selected_country() is None
    assert window.partner_model.country is None and window.partner_model.rowCount() == 0
    assert window.lists.partner_label.text() == "&Related countries"
    assert window.right.currentWidget() is window.welcome
    assert window.welcome.heading.text() == f"No country matches “{prefix + more}”"
    i18n.set_language("bn")
    assert window.welcome.heading.text() == i18n._("No country matches “{text}”").format(text=prefix + more)
    assert window.welcome.heading.text() != f"No country matches “{prefix + more}”"
    i18n.set_language("en")
    # the filter emptied again: every country, none chosen, the usual invitation
    window.filter.clear()
    assert window.country_view.isVisible() and window.country_model.rowCount() > 1
    assert window.welcome.heading.text() == "Choose a country, then one it has relations with"


def test_filtering_out_the_country_of_the_relationship_shown_closes_it(window, qtbot):
    country = window.country_model.codes()[0]
    window.lists.select_country(country)
    window.partner_view.setCurrentIndex(window.partner_model.index(0))
    assert window.current_pair is not None and window.right.currentWidget() is window.relationship
    window.focus_filter()
    type_text(window.filter, "qzx")
    assert window.current_pair is None and window.dossier is None
    assert window.right.currentWidget() is window.welcome
    assert not window.commands.export.isEnabled()
    assert window.partner_model.rowCount() == 0
