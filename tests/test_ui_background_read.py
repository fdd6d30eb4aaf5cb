"""A relationship with many events is read on a thread of its own: the pane shows its names at
once and its events, sources and facts when they are read; a later choice wins; a failure is
said. Real windows offscreen on the seed database (the threshold lowered so a seed pair counts
as large)."""

from __future__ import annotations

import shutil
from pathlib import Path

from relations_desktop.present.dossier import load_dossier
from relations_desktop.store import queries
from relations_desktop.store.connection import open_corpus
from tests.qt_helpers import open_window


def by_events(seed_db: Path) -> list[tuple[str, str]]:
    conn = open_corpus(seed_db)
    try:
        return sorted(queries.relationships(conn), key=lambda p: -queries.event_count(conn, p))
    finally:
        conn.close()


def wait_read(window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.dossier is not None and not window.reader.busy, timeout=20000)


def test_a_large_relationship_shows_its_names_at_once_and_the_rest_when_read(window, seed_db, qtbot):
    pair = by_events(seed_db)[0]
    conn = open_corpus(seed_db)
    expected = load_dossier(conn, pair)
    window.reader.threshold = 0
    assert window.open_pair(*pair)
    pane = window.relationship
    # At once: the names and how many events are being read; nothing to export yet.
    assert pane.reading == queries.event_count(conn, pair) == sum(len(g.events) for g in expected.groups)
    names = queries.country_names(conn)
    assert names[pair[0]]["en"] in pane.title.text() and names[pair[1]]["en"] in pane.title.text()
    assert pane.facts.text() == f"Reading {pane.reading} events…" == pane.sources.text.toPlainText() == \
        pane.timeline.note
    assert window.dossier is None and not window.commands.export.isEnabled()
    wait_read(window, qtbot)
    assert pane.reading is None and pane.timeline.note is None and window.commands.export.isEnabled()
    assert [[e.id for e in g.events] for g in window.dossier.groups] == \
        [[e.id for e in g.events] for g in expected.groups]
    assert window.dossier.facts == expected.facts and "Reading" not in pane.facts.text()
    assert len(pane.timeline.groups()) == len(expected.dated)
    # Texts and highlights are read through the window's connection (the thread's is closed).
    text = pane.sources.text.toPlainText().replace("\u2028", "\n")
    first = window.dossier.sources[0]
    assert first.texts([first.passages[0][1:3]])[0][:30] in text
    pane.select_group(window.dossier.dated[0])
    marked = pane.sources.current_event()
    assert marked is not None and pane.sources.selected_text().split() == marked.text.split()
    conn.close()


def test_a_sentence_asked_for_while_reading_is_shown_once_read(window, seed_db, qtbot):
    pair = by_events(seed_db)[0]
    conn = open_corpus(seed_db)
    event = queries.events(conn, pair)[-1]
    conn.close()
    window.reader.threshold = 0
    assert window.open_pair(*pair)
    window.relationship.select_sentence(event.document_id, event.start, event.end)
    wait_read(window, qtbot)
    pane = window.relationship
    assert pane.current_group is not None and event.id in [e.id for e in pane.current_group.events]
    assert pane.sources.current_target() is not None


def test_a_relationship_chosen_while_another_is_read_is_the_one_shown(window, seed_db, qtbot):
    large, small = by_events(seed_db)[:2]
    window.reader.threshold = 0
    assert window.open_pair(*large)
    assert window.open_pair(*small)          # read in the background too; the first read is dropped
    wait_read(window, qtbot)
    for thread in window.reader.threads:
        thread.join(20)
    qtbot.wait(100)                          # any late delivery of the first read
    assert window.current_pair == small and window.dossier.pair == small
    assert window.open_pair(*large)
    window.reader.threshold = 10 ** 9
    assert window.open_pair(*small)          # read at once: the pending read is cancelled
    assert window.dossier.pair == small
    for thread in window.reader.threads:
        thread.join(20)
    qtbot.wait(100)
    assert window.dossier.pair == small and window.relationship.reading is None


def test_a_read_that_fails_is_said_and_nothing_is_left_half_shown(qtbot, app_fonts, seed_db, qt_settings,
                                                                   tmp_path):
    db = tmp_path / "seeds.db"
    shutil.copy(seed_db, db)
    win = open_window(qtbot, db, None, qt_settings)
    db.unlink()                              # the open connection still reads; a new one cannot
    win.reader.threshold = 0
    assert win.open_pair(*by_events(seed_db)[0])
    qtbot.waitUntil(lambda: win.problem_box is not None, timeout=20000)
    assert win.current_pair is None and win.dossier is None
    assert win.right.currentWidget() is win.welcome
    assert str(db) in win.problem_box.text() + win.problem_box.informativeText()


def test_the_timeline_planned_on_the_reading_thread_is_the_one_the_window_draws(window, seed_db, qtbot):
    pair, other = by_events(seed_db)[:2]
    window.reader.threshold = 0
    assert window.open_pair(*other)          # the pane shown and laid out, as when one was open
    wait_read(window, qtbot)
    assert window.open_pair(*pair)
    timeline = window.relationship.timeline
    planned: list = []
    window.reader.read.connect(lambda _pair, _dossier, plan: planned.append(plan))
    wait_read(window, qtbot)
    # Laid out and drawn on the thread, for the size the timeline has: the window keeps it.
    (plan,) = planned
    assert plan.laid_out is not None and plan.laid_out.layer is not None
    assert plan.laid_out.size == (timeline.width(), timeline.height())
    assert timeline._laid is plan.laid_out and timeline.groups() == [g for g in window.dossier.dated]
    background = timeline.grab().toImage()
    assert timeline._laid is plan.laid_out                 # painting it did not lay it out again
    window.clear_relationship()
    window.reader.threshold = 10 ** 9
    assert window.open_pair(*pair)                         # read and laid out on the window's thread
    assert timeline._laid is not plan.laid_out
    assert timeline.grab().toImage() == background
