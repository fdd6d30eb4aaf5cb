"""Zooming and panning the drawn timeline: towards the events, never off their range."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from relations_desktop.store import queries
from relations_desktop.store.connection import open_corpus


def test_zoom_goes_to_the_events_and_panning_stops_at_their_range(window, seed_db, qtbot):
    conn = open_corpus(seed_db)
    pair = max(queries.relationships(conn), key=lambda p: sum(1 for g in queries.event_groups(conn, p) if g.date))
    window.open_pair(*pair)
    tl = window.relationship.timeline
    fit = tl.visible_range()
    starts = sorted(it.start for it in tl._items)
    median = starts[len(starts) // 2]
    # nothing selected: the menu's zoom centres on where the events are (their median)
    window.commands.zoom_in.trigger()
    window.commands.zoom_in.trigger()
    lo, hi = tl.visible_range()
    assert hi - lo < fit[1] - fit[0]
    assert lo <= median <= hi and sum(lo <= s <= hi for s in starts) >= len(starts) // 2
    # an event selected: the zoom keeps it in view, in the middle
    tl.set_current(len(tl._items) - 1)
    window.commands.zoom_in.trigger()
    lo, hi = tl.visible_range()
    last = tl._items[-1]
    assert lo <= last.start <= hi
    # dragging far to the right or left stops at the events' range
    tl.pan(500)
    assert tl.visible_range()[1] <= fit[1] + 1e-9
    tl.pan(-500)
    assert tl.visible_range()[0] >= fit[0] - 1e-9
    x, y = tl.width() // 2, tl.height() // 2
    qtbot.mousePress(tl, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    for dx in range(0, 2000, 50):
        qtbot.mouseMove(tl, QPoint(x - dx, y))
    qtbot.mouseRelease(tl, Qt.MouseButton.LeftButton, pos=QPoint(x - 1950, y))
    assert fit[0] - 1e-9 <= tl.visible_range()[0] and tl.visible_range()[1] <= fit[1] + 1e-9
    # zooming out stops at the whole range
    for _ in range(6):
        window.commands.zoom_out.trigger()
    assert tl.visible_range() == fit
