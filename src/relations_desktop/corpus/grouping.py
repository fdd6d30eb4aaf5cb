"""Group events from different documents that tell of the same happening; date arithmetic.

Light on purpose (no regex, no Babel): the interface imports it at start.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache


def _days_in_month(y: int, m: int) -> int:
    if m == 2:
        return 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28
    return 30 if m in (4, 6, 9, 11) else 31


@lru_cache(maxsize=65536)     # a long document tells the same dates many times
def date_bounds(value: str) -> tuple[str, str]:
    """Earliest and latest ISO day a date value can mean ('1992' → 1992-01-01 … 1992-12-31)."""
    if "/" in value:
        a, b = value.split("/", 1)
        return date_bounds(a)[0], date_bounds(b)[1]
    parts = value.split("-")
    y = int(parts[0])
    if len(parts) == 1:
        return f"{y:04d}-01-01", f"{y:04d}-12-31"
    mo = int(parts[1])
    if len(parts) == 2:
        return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{_days_in_month(y, mo):02d}"
    return value, value


# Most precise first. A group's lead event and the order in which events join groups follow it.
PRECISION_RANK = {"day": 0, "range": 1, "month": 2, "year": 3, "undated": 4}


def precision_of(value: str) -> str:
    """The precision a date value states: 'range', 'day', 'month' or 'year'."""
    if "/" in value:
        return "range"
    return ("year", "month", "day")[value.count("-")]


def group_events(items: list[tuple[object, tuple[str, str], str, str | None]]) -> list[int]:
    """Group ids for events given as (document, pair, type, date).

    Events from different documents with the same pair and type whose dates are compatible
    tell of the same happening. The most precise date of a group represents it; an event
    joins a group only when exactly one group fits it and that group has nothing from the
    event's own document yet (two happenings in one document are two happenings).
    Undated events stay alone.
    """
    order = sorted((i for i, it in enumerate(items) if it[3]),
                   key=lambda i: (PRECISION_RANK[precision_of(items[i][3])], items[i][3], str(items[i][0])))
    ids = [0] * len(items)
    # group id -> (representative bounds, documents in it); indexed by (pair, type, year)
    groups: list[tuple[tuple[str, str], set]] = []
    by_year: dict[tuple, list[int]] = {}
    # (pair, type, year) -> document -> how many of that year's groups hold the document: when
    # all of them do (one long document's events), no group can take the event, without looking.
    holding: dict[tuple, dict[object, int]] = {}
    # Groups by their exact bounds, and how many groups of a year span more than a day: a day
    # fits only a group of that very day while no wider group exists in its year (days come
    # first), so long documents need not be compared event by event.
    by_bounds: dict[tuple, list[int]] = {}
    wide: dict[tuple, int] = {}
    for i in order:
        doc, pair, type_, date = items[i]
        lo, hi = date_bounds(date)
        keys = [(pair, type_, y) for y in range(int(lo[:4]), int(hi[:4]) + 1)]
        fits: list[int] = []
        if any(holding.get(k, {}).get(doc, 0) < len(by_year.get(k, ())) for k in keys):
            if lo == hi and not wide.get(keys[0]):
                candidates: Iterable[int] = by_bounds.get((pair, type_, lo, hi), ())
            else:
                candidates = {g for k in keys for g in by_year.get(k, ())}
            fits = [g for g in candidates
                    if doc not in groups[g][1] and _contains(groups[g][0], (lo, hi))]
        if len(fits) == 1:
            g = fits[0]
        else:
            g = len(groups)
            groups.append(((lo, hi), set()))
            by_bounds.setdefault((pair, type_, lo, hi), []).append(g)
            for k in keys:
                by_year.setdefault(k, []).append(g)
                if lo != hi:
                    wide[k] = wide.get(k, 0) + 1
        if doc not in groups[g][1]:
            groups[g][1].add(doc)
            bounds = groups[g][0]
            for y in range(int(bounds[0][:4]), int(bounds[1][:4]) + 1):
                counts = holding.setdefault((pair, type_, y), {})
                counts[doc] = counts.get(doc, 0) + 1
        ids[i] = g + 1
    next_id = len(groups)
    for i, it in enumerate(items):
        if not it[3]:
            next_id += 1
            ids[i] = next_id
    return ids


def _contains(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])
