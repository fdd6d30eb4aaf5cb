"""The dossier of one relationship: names, key facts, event groups, sources, citations.

Shared by the relationship pane and the PDF export; no Qt, no formatting (the caller
formats for the interface language).
"""

from __future__ import annotations

import bisect
import itertools
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, partial

from relations_desktop.present.timeline import TimelinePlace, timeline_places
from relations_desktop.store import queries
from relations_desktop.store.anchors import Located
from relations_desktop.store.corrected import corrected_groups
from relations_desktop.store.corrections import EventRef, document_name
from relations_desktop.store.documents import source_document
from relations_desktop.store.queries import Citation, EventGroup, EventRow, Highlights, Pair, Passage, SourceDocument

# Fact kinds, in the order they are shown.
ESTABLISHED, RECOGNITION, FIRST_EMBASSY, LATEST_VISIT, AGREEMENTS, VISITS = (
    "established", "recognition", "first_embassy", "latest_visit", "agreements", "visits")


@dataclass(frozen=True)
class Fact:
    kind: str
    date: str | None = None      # an event date value
    count: int | None = None


@dataclass
class Dossier:
    pair: Pair
    names: dict[str, dict[str, str]]          # code -> lang -> name
    groups: list[EventGroup]
    sources: list[SourceDocument]
    citations: list[Citation]
    cited: dict[int, list[Citation]] = field(default_factory=dict)   # event id -> the references it cites
    # What to mark in a stretch of a document (document id, start, end): read for what is shown.
    highlights: Callable[[int, int, int], Highlights] | None = None
    removed: list[EventRow] = field(default_factory=list)   # hidden by the reader, or moved elsewhere
    located: list[Located] = field(default_factory=list)    # the corrections that concern it, where they are

    def ref(self, event: EventRow) -> EventRef:
        """What a correction of ``event`` needs: its document's content hash (and name) and this pair."""
        doc = self.source(event.document_id)
        if doc is None:
            return EventRef(event, "", self.pair)
        return EventRef(event, doc.sha256, self.pair, document_name(doc))

    @property
    def notes(self) -> list[tuple[EventGroup, EventRow]]:
        """Each event with a note of the reader's, with its group, in the order shown."""
        return [(g, e) for g in self.dated + self.undated for e in g.events if e.note]

    # Computed once (a relationship of 60,000 events takes a while), on the thread that read it
    # when it was read in the background (see prepare): the groups do not change.
    @cached_property
    def dated(self) -> list[EventGroup]:
        return [g for g in self.groups if g.date]

    @cached_property
    def undated(self) -> list[EventGroup]:
        return [g for g in self.groups if not g.date]

    @cached_property
    def places(self) -> list[TimelinePlace]:
        """Where the dated groups sit on a timeline."""
        return timeline_places(self.dated)

    def name(self, code: str, lang: str) -> str:
        return self.names.get(code, {}).get(lang, code)

    def source(self, document_id: int) -> SourceDocument | None:
        """A source of the relationship, or a near-duplicate of one (an alternative source)."""
        for s in self.sources:
            if s.id == document_id:
                return s
            copy = next((c for c in s.copies if c.id == document_id), None)
            if copy is not None:
                return copy
        return None

    @cached_property
    def facts(self) -> list[Fact]:
        return key_facts(self.groups)

    def prepare(self) -> None:
        """Compute what showing it needs (on the thread that read it, not the window's)."""
        for name in ("dated", "undated", "places", "facts"):
            getattr(self, name)

    def read_through(self, conn: sqlite3.Connection) -> None:
        """Read texts and highlights through ``conn`` from now on: a dossier loaded on another
        thread (through a connection of its own) is shown through the window's."""
        for s in self.sources:
            s.read_through(conn)
        self.highlights = partial(queries.highlights, conn)


def _first(groups: list[EventGroup], type_: str) -> EventGroup | None:
    dated = [g for g in groups if g.type == type_ and g.date]
    return min(dated, key=lambda g: (g.lead.date_start, g.lead.date_end), default=None)


def key_facts(groups: list[EventGroup]) -> list[Fact]:
    """Facts the events state; a fact the corpus does not state is left out."""
    out: list[Fact] = []
    for kind, type_ in ((ESTABLISHED, "relations_established"), (RECOGNITION, "recognition"),
                        (FIRST_EMBASSY, "embassy")):
        g = _first(groups, type_)
        if g is not None:
            out.append(Fact(kind, date=g.date))
    visits = [g for g in groups if g.type == "visit"]
    dated_visits = [g for g in visits if g.date]
    if dated_visits:
        latest = max(dated_visits, key=lambda g: (g.lead.date_end, g.lead.date_start))
        out.append(Fact(LATEST_VISIT, date=latest.date))
    agreements = sum(1 for g in groups if g.type == "agreement")
    if agreements:
        out.append(Fact(AGREEMENTS, count=agreements))
    if visits:
        out.append(Fact(VISITS, count=len(visits)))
    return out


def _with_event_sources(conn: sqlite3.Connection, srcs: list[SourceDocument], groups: list[EventGroup]
                        ) -> list[SourceDocument]:
    """The sources, with the documents of events a correction brought here from passages about
    another pair (each such sentence becomes a passage, so that it can be shown)."""
    have = {s.id: s for s in srcs}
    # Per document, its passages' starts and the furthest end reached by then: a passage holds a
    # sentence when one starting at or before it ends at or after it (a bisection, not a scan of
    # 50,000 passages for each of 60,000 events).
    reach: dict[int, tuple[list[int], list[int]]] = {}
    for e in (e for g in groups for e in g.events):
        doc = have.get(e.document_id)
        if doc is None:
            doc = source_document(conn, e.document_id)
            if doc is None:
                continue
            have[doc.id] = doc
            srcs.append(doc)
        if doc.id not in reach:
            reach[doc.id] = ([p.start for p in doc.passages], list(itertools.accumulate(
                (p.end for p in doc.passages), max)))
        starts, ends = reach[doc.id]
        i = bisect.bisect_right(starts, e.start)
        if i == 0 or ends[i - 1] < e.end:
            doc.passages.append(Passage(0, e.start, e.end, None))
            doc.passages.sort(key=lambda p: p.start)
            del reach[doc.id]
    return srcs


def _pair_names(conn: sqlite3.Connection, pair: Pair) -> dict[str, dict[str, str]]:
    names = queries.country_names(conn)
    return {c: names.get(c, {"en": c, "bn": c, "hi": c}) for c in pair}


def names_only(conn: sqlite3.Connection, pair: Pair) -> Dossier:
    """The pair's names and nothing else: what is shown while its events are read."""
    return Dossier(pair=pair, names=_pair_names(conn, pair), groups=[], sources=[], citations=[])


def load_dossier(conn: sqlite3.Connection, pair: Pair) -> Dossier:
    groups, corrected = corrected_groups(conn, pair)
    srcs = _with_event_sources(conn, queries.sources(conn, pair), groups)
    return Dossier(
        pair=pair, names=_pair_names(conn, pair),
        groups=groups, sources=srcs, citations=queries.citations(conn, [s.id for s in srcs]),
        cited=queries.cited_references(conn, [e for g in groups for e in g.events]),
        highlights=partial(queries.highlights, conn), removed=corrected.removed, located=corrected.located)
