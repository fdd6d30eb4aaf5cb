"""Where event groups sit on a timeline, and which years are labelled: one rule for the drawn
timeline and the PDF's. No Qt; positions are year fractions (1992.19 is early March 1992)."""

from __future__ import annotations

import datetime as _dt
import functools
import heapq
import itertools
from dataclasses import dataclass

from relations_desktop.present.labels import EVENT_TYPES
from relations_desktop.store.queries import EventGroup

# How a dated event group is drawn on a timeline.
POINT, SPAN, RANGE = "point", "span", "range"     # exact day; month or year; from … to


@dataclass(frozen=True)
class TimelinePlace:
    group: EventGroup
    start: float          # year fractions: 1992.19 is early March 1992
    end: float
    kind: str             # POINT, SPAN or RANGE


@functools.lru_cache(maxsize=65536)     # a long document tells the same days many times
def year_fraction(iso: str, end: bool = False) -> float:
    """'1992-03-11' → 1992.19…; with ``end`` the value is the end of that day."""
    y, m, d = (int(x) for x in iso.split("-"))
    start = _dt.date(y, 1, 1)
    days = (_dt.date(y + 1, 1, 1) - start).days
    return y + ((_dt.date(y, m, d) - start).days + (1 if end else 0)) / days


def timeline_places(groups: list[EventGroup]) -> list[TimelinePlace]:
    """Where each dated group sits on a timeline (the drawn one and the PDF's)."""
    places = []
    for g in groups:
        lead = g.lead
        if not (lead.date_start and lead.date_end):
            continue
        kind = RANGE if lead.precision == "range" else POINT if lead.precision == "day" else SPAN
        places.append(TimelinePlace(g, year_fraction(lead.date_start),
                                    year_fraction(lead.date_end, end=True), kind))
    return places


# Years between labelled ticks, smallest first, and the unlabelled step drawn under each.
TICK_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)
MINOR_STEPS = {2: 1, 5: 1, 10: 2, 20: 5, 25: 5, 50: 10, 100: 20, 200: 50, 250: 50, 500: 100, 1000: 200}


def tick_step(span: float, max_ticks: float) -> int:
    """The smallest step of TICK_STEPS that labels at most ``max_ticks`` years over ``span`` years."""
    return next((s for s in TICK_STEPS if span / s <= max_ticks), TICK_STEPS[-1])


def legend_types(groups: list[EventGroup]) -> list[str]:
    """The event types among ``groups``, in the order of the legend (that of EVENT_TYPES)."""
    present = {g.type for g in groups}
    return [t for t in EVENT_TYPES if t in present]


def pack_lanes(extents: list[tuple[float, float]], gap: float = 0.0) -> list[int]:
    """A lane for each drawn extent (left, right, in drawing units), in the given order: the
    first lane free at its left edge, lanes counted from 0. Draw in (start, end) order.

    In that order a lane once free stays free until it is taken, so two heaps (the lanes in
    use by their end, the free ones by number) find it without scanning every lane: a
    relationship with 25,000 events has thousands of lanes."""
    if any(b[0] < a[0] for a, b in itertools.pairwise(extents)):
        return _pack_lanes_scanning(extents, gap)
    busy: list[tuple[float, int]] = []
    free: list[int] = []
    lanes = 0
    out = []
    for left, right in extents:
        while busy and busy[0][0] + gap < left:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            lane = heapq.heappop(free)
        else:
            lane, lanes = lanes, lanes + 1
        out.append(lane)
        heapq.heappush(busy, (right, lane))
    return out


def _pack_lanes_scanning(extents: list[tuple[float, float]], gap: float) -> list[int]:
    lane_ends: list[float] = []
    out = []
    for left, right in extents:
        lane = next((i for i, end in enumerate(lane_ends) if end + gap < left), None)
        if lane is None:
            lane = len(lane_ends)
            lane_ends.append(right)
        lane_ends[lane] = right
        out.append(lane)
    return out
