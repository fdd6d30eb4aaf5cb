"""Turn dated sentences into typed events, and group events that tell of the same happening."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import regex

from relations_desktop.corpus.dates import RANGE, UNDATED, DateMention, date_bounds
from relations_desktop.corpus.event_types import classify

# A date right after these words dates something other than the sentence's main act
# ("established soon after … following the 1991 dissolution").
_BEFORE_SHIFT = regex.compile(r"(?i:\b(?:after|following|before|prior to|since the end of)\s+(?:the\s+)?)$")
_AFTER_SHIFT = regex.compile(r"^\s*(?:সালের\s+)?(?:পর|পরে|আগে|পূর্বে)(?![\w\p{M}])|^\s*(?:के बाद|से पहले|के पहले)")
_CLAUSE_BREAK = regex.compile(r"[,;:]|\s(?:and|but|while|whereas|এবং|ও|আর|কিন্তু|और|तथा|लेकिन)\s")


@dataclass(frozen=True)
class Event:
    pair: tuple[str, str]
    date: str | None
    precision: str
    type: str
    start: int                 # sentence span
    end: int
    date_start: int | None     # span of the date expression, for highlighting
    date_end: int | None

    @property
    def bounds(self) -> tuple[str, str] | None:
        return date_bounds(self.date) if self.date else None


def _regions(text: str, s: int, e: int, dates: list[DateMention]) -> list[tuple[int, int]]:
    """Split a sentence between its dates at the last clause break before each next date."""
    cuts = [s]
    for a, b in itertools.pairwise(dates):
        cut = b.start
        for m in _CLAUSE_BREAK.finditer(text, a.end, b.start):
            cut = m.start()
        cuts.append(cut)
    cuts.append(e)
    return list(itertools.pairwise(cuts))


def sentence_events(text: str, s: int, e: int, dates: list[DateMention], pair: tuple[str, str],
                    narrated_relatively: bool) -> list[Event]:
    """Events of one sentence. ``narrated_relatively``: its paragraph tells time in relative
    terms ("on Wednesday"), so an act it reports without a date is an undated event."""
    absolute = [d for d in dates if d.is_absolute]
    out: list[Event] = []
    if absolute:
        seen: set[str] = set()
        regions = _regions(text, s, e, absolute) if len(absolute) > 1 else [(s, e)]
        for d, (rs, re_) in zip(absolute, regions, strict=True):
            if d.value in seen:
                continue
            seen.add(d.value)
            shifted = bool(_BEFORE_SHIFT.search(text[max(s, d.start - 30):d.start])
                           or _AFTER_SHIFT.match(text[d.end:d.end + 20]))
            type_ = "other" if shifted else classify(text, rs, re_)
            out.append(Event(pair, d.value, RANGE if "/" in d.value else d.precision, type_, s, e,
                             d.start, d.end))
        return out
    relative = [d for d in dates if d.relative]
    if relative or narrated_relatively:
        type_ = classify(text, s, e)
        if type_ != "other":
            anchor = relative[0] if relative else None
            out.append(Event(pair, None, UNDATED, type_, s, e,
                             anchor.start if anchor else None, anchor.end if anchor else None))
    return out


def compatible(a: str, b: str) -> bool:
    """Two date values can mean the same happening: one's span lies inside the other's."""
    (a0, a1), (b0, b1) = date_bounds(a), date_bounds(b)
    return (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)


def group_events(items: list[tuple[object, tuple[str, str], str, str | None]]) -> list[int]:
    """Group ids for events given as (document, pair, type, date).

    Events from different documents with the same pair and type whose dates are compatible
    tell of the same happening. A link is made only when it is unambiguous: the other
    document holds exactly one compatible event. Undated events stay alone.
    """
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_key: dict[tuple[tuple[str, str], str], list[int]] = {}
    for i, (_doc, pair, type_, date) in enumerate(items):
        if date:
            by_key.setdefault((pair, type_), []).append(i)
    for idxs in by_key.values():
        for i in idxs:
            per_doc: dict[object, list[int]] = {}
            for j in idxs:
                if items[j][0] != items[i][0] and compatible(items[i][3], items[j][3]):
                    per_doc.setdefault(items[j][0], []).append(j)
            for cands in per_doc.values():
                if len(cands) == 1:
                    parent[find(cands[0])] = find(i)
    roots: dict[int, int] = {}
    return [roots.setdefault(find(i), len(roots) + 1) for i in range(len(items))]
