"""What the window tells after a correction: the status bar's totals follow every correction
(hide, edit, move, add, undo), a moved event says where it went, and the events list keeps
readable column widths."""

from __future__ import annotations

from pathlib import Path

import pytest

from relations_desktop.present import labels
from tests.test_ui_corrections import corpus, select, win  # noqa: F401  (fixtures)


def totals(window) -> tuple[str, str]:
    """The relationships and events the status bar says the library holds."""
    *_, relationships, events = window.status_label.text().split("   ·   ")
    return relationships, events


def said(relationships: int, events: int) -> tuple[str, str]:
    return labels.relationships_count(relationships), labels.events_count(events)


def test_the_status_bars_totals_follow_every_correction(win, qtbot, qt_settings, corpus: Path,  # noqa: F811
                                                         tmp_path: Path):
    window = win
    s = window.library.stats
    rels, events = s.relationships, s.events
    assert totals(window) == said(rels, events)
    select(window, "2004")
    assert window.corrector.hide()
    assert totals(window) == said(rels, events - 1)
    window.commands.undo.trigger()
    assert totals(window) == said(rels, events)
    select(window, "1995")
    assert window.corrector.edit({"date": "1996-06-04"})              # edited: still one event
    assert totals(window) == said(rels, events)
    select(window, "2004")
    assert window.corrector.edit({"pair": ("GH", "TG")})              # moved to a pair the corpus lacks
    assert totals(window) == said(rels + 1, events)
    window.commands.undo.trigger()
    assert totals(window) == said(rels, events)
    lead = next(g for g in window.relationship.dossier.groups if g.date == "2018-05-12").lead
    offset = lead.text.index("signed a trade agreement")
    assert window.corrector.select_in_sources(lead.document_id, lead.start + offset, lead.start + offset + 6)
    assert window.corrector.add({"date": "2018-05-12", "type": "agreement", "pair": ("GH", "KE")})
    assert totals(window) == said(rels, events + 1)
    select(window, "2004")
    assert window.corrector.hide()
    assert totals(window) == said(rels, events)
    # the same totals after a restart: they are the library's, as corrected
    from relations_desktop.ui.mainwindow import MainWindow
    again = MainWindow(corpus, tmp_path / "user-corpus.db", settings=qt_settings)
    qtbot.addWidget(again)
    assert totals(again) == said(rels, events)


@pytest.mark.parametrize(("lang", "moved"), [("en", "The event is now listed under Ghana – Togo."),
                                             ("bn", "ঘটনাটি এখন ঘানা – টোগো সম্পর্কের অধীনে তালিকাভুক্ত।"),
                                             ("hi", "घटना अब घाना – टोगो संबंध के अंतर्गत सूचीबद्ध है।")])
def test_an_event_moved_to_another_pair_says_where_it_went(win, lang, moved, tmp_path: Path):  # noqa: F811
    from relations_desktop import i18n
    window = win
    i18n.set_language(lang)
    select(window, "2004")
    assert window.corrector.edit({"pair": ("GH", "TG")})
    assert window.status.message() == moved
    window.grab().save(str(tmp_path / f"moved_{lang}.png"))
    window.status.tell("")
    window.commands.undo.trigger()          # back where it was shown: nothing to tell
    assert window.status.message() == ""
    window.commands.redo.trigger()
    assert window.status.message() == moved
    select(window, "1995")
    assert window.corrector.edit({"date": "1996-06-04"})       # an edit that moves nothing tells nothing
    assert window.status.message() in ("", moved)


FITTED = (0, 1, 2)          # date, type, sources: fitted to their rows (the excerpt takes the rest)


@pytest.mark.parametrize("lang", ["en", "bn", "hi"])
def test_the_events_columns_keep_their_widths_through_a_correction(win, lang, tmp_path: Path):  # noqa: F811
    from relations_desktop import i18n
    window, pane = win, win.relationship
    i18n.set_language(lang)
    header = pane.events_view.horizontalHeader()
    room = pane.events_view.fontMetrics().horizontalAdvance("M")

    def widths() -> list[int]:
        return [header.sectionSize(c) for c in FITTED]
    before = widths()
    # every header word has room around it, however short the column's contents
    assert all(header.sectionSize(c) >= header.sectionSizeHint(c) + room for c in FITTED), (widths(), room)
    select(window, None)                   # the undated event: the widest date cell
    assert window.corrector.hide()
    assert window.corrector.hide()         # and the next one selected
    window.grab().save(str(tmp_path / f"hidden_{lang}.png"))
    assert widths() == before              # the list does not jump
    window.commands.undo.trigger()
    window.commands.undo.trigger()
    assert widths() == before
