"""A relationship's events with the reader's corrections applied: hidden ones and ones moved to
another relationship set apart, corrected ones with their corrected date, type and pair (and the
extracted event kept beside them), added ones and ones moved in from another relationship
among them. Everything that shows events (the window, the exports) reads them from here."""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from relations_desktop.corpus.grouping import date_bounds
from relations_desktop.store import queries
from relations_desktop.store.anchors import EVENT_GONE, Located, locate
from relations_desktop.store.corrections import ADDED, all_corrections, corrections_of_pair
from relations_desktop.store.queries import EventRow, Pair, event_order
from relations_desktop.store.texts import text_slices


class CorrectedEvents(NamedTuple):
    events: list[EventRow]       # the events to show, in date order
    removed: list[EventRow]      # hidden by the reader, or moved to another relationship
    located: list[Located]       # every correction that concerns the relationship, where it is now


def _dated(e: EventRow, date: str | None, precision: str) -> EventRow:
    lo, hi = date_bounds(date) if date else (None, None)
    return e._replace(date=date, date_start=lo, date_end=hi, precision=precision)


def _corrected(e: EventRow, where: Located) -> EventRow:
    c = where.correction
    return _dated(e._replace(type=c.corrected_type, correction=c, original=e), *c.corrected_date)


def _stated(conn: sqlite3.Connection, where: Located) -> EventRow:
    """The event a correction states by itself: an added one, or an edited one the extraction
    no longer finds (the reader's word stands). Its id is the correction's, negated."""
    c = where.correction
    assert where.document_id is not None
    (text,) = text_slices(conn, where.document_id, [(where.start, where.end)])
    e = EventRow(-c.id, where.document_id, None, None, None, "undated", c.corrected_type, where.start, where.end,
                 text, where.cue_start, where.cue_end, where.lang, where.file, None, c, None)
    return _dated(e, *c.corrected_date)


def corrected_events(conn: sqlite3.Connection, pair: Pair) -> CorrectedEvents:
    rows = queries.events(conn, pair)
    located = locate(conn, corrections_of_pair(conn, pair))
    if not located:
        return CorrectedEvents(rows, [], [])
    by_event = {w.event.id: w for w in located if w.event is not None}
    shown: list[EventRow] = []
    removed: list[EventRow] = []
    mine = set()
    for e in rows:
        where = by_event.get(e.id)
        if where is None:
            shown.append(e)
            continue
        mine.add(e.id)
        row = _corrected(e, where)
        (removed if where.correction.hidden or where.correction.corrected_pair != pair else shown).append(row)
    for where in located:
        c = where.correction
        if (where.event is not None and where.event.id in mine) or c.hidden or c.corrected_pair != pair:
            continue
        if where.event is not None:                       # moved here from another relationship
            shown.append(_corrected(where.event, where))
        elif where.found and (c.kind == ADDED or (where.status == EVENT_GONE and c.edited)):
            shown.append(_stated(conn, where))
    shown.sort(key=event_order)
    return CorrectedEvents(shown, removed, located)


def corrected_groups(conn: sqlite3.Connection, pair: Pair) -> tuple[list[queries.EventGroup], CorrectedEvents]:
    """The corrected events grouped (``queries.group_rows``), with what was set apart."""
    corrected = corrected_events(conn, pair)
    return queries.group_rows(corrected.events, pair), corrected


def review(conn: sqlite3.Connection) -> list[Located]:
    """Every correction of the corpus, where it is now (the review list, the command line)."""
    return locate(conn, all_corrections(conn))


def partners(conn: sqlite3.Connection, code: str) -> list[queries.Partner]:
    """The relationships of one country with their counts as the reader sees them: events hidden
    or moved away are not counted, ones moved in or added are, and a relationship only the
    reader's corrections make is listed (its documents: those of its corrections)."""
    code = code.upper()
    out = {p.code: p for p in queries.partners(conn, code)}
    shift: dict[str, int] = {}
    made: dict[str, set[str]] = {}
    # A correction counts while its document is in the corpus (a removed one's wait for its return).
    for kind, a, b, hidden, new_a, new_b, sha in conn.execute(
            "SELECT kind, a, b, hidden, new_a, new_b, sha256 FROM all_corrections c "
            "WHERE (a = ?1 OR b = ?1 OR new_a = ?1 OR new_b = ?1) "
            "AND EXISTS (SELECT 1 FROM all_documents d WHERE d.sha256 = c.sha256)", (code,)):
        before = None if kind == ADDED else (a, b)
        after = None if hidden else ((new_a, new_b) if new_a is not None else (a, b))
        if before == after:
            continue
        if before is not None and code in before:
            partner = before[1] if before[0] == code else before[0]
            shift[partner] = shift.get(partner, 0) - 1
        if after is not None and code in after:
            partner = after[1] if after[0] == code else after[0]
            shift[partner] = shift.get(partner, 0) + 1
            made.setdefault(partner, set()).add(sha)
    for partner, n in shift.items():
        if partner in out:
            out[partner] = out[partner]._replace(events=max(0, out[partner].events + n))
        elif n > 0 and (made_here := queries.partner(conn, partner, n, len(made[partner]))) is not None:
            out[partner] = made_here
    return sorted(out.values(), key=lambda p: p.code)
