"""Turn dated sentences into typed events, and group events that tell of the same happening."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

import regex

from relations_desktop.corpus.dates import RANGE, UNDATED, DateMention
from relations_desktop.corpus.event_types import classify, classify_near
from relations_desktop.corpus.grouping import date_bounds
from relations_desktop.textnorm import MARKS

# A date right after these words dates something other than the sentence's main act
# ("established soon after … following the 1991 dissolution").
_BEFORE_SHIFT = re.compile(r"(?i:\b(?:after|following|before|prior to|since the end of)\s+(?:the\s+)?)$")
_AFTER_SHIFT = re.compile(r"^\s*(?:সালের\s+)?(?:পর|পরে|আগে|পূর্বে)(?![\w" + MARKS + r"])|^\s*(?:के बाद|से पहले|के पहले)")
# "a situation like 1989": a comparison with a year is not a dated event.
_COMPARISON = re.compile(r"\s*(?:-?(?:जैसी|जैसा|जैसे|सरीखी|সালের মতো|সালের মত|এর মতো|-এর মতো|এর মত|মতো|মত)"
                         r"(?![\w" + MARKS + "]))")
_COMPARISON_BEFORE = re.compile(r"(?i:\b(?:like|unlike|similar to)\s+(?:in\s+|that of\s+)?)$")
_CLAUSE_BREAK = regex.compile(r"[,;:]|\s(?:and|but|while|whereas|এবং|ও|আর|কিন্তু|और|तथा|लेकिन)\s")


@dataclass(frozen=True)
class Event:
    pair: tuple[str, str]
    date: str | None
    precision: str
    type: str
    start: int                 # sentence span
    end: int
    cue_start: int | None      # span of the date expression (the cue), for highlighting
    cue_end: int | None

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
                    narrated_relatively: bool, names_pair: bool | Callable[[], bool] = True) -> list[Event]:
    """Events of one sentence. ``narrated_relatively``: its paragraph tells time in relative
    terms ("on Wednesday"), so an act it reports without a date is an undated event, provided
    the sentence names a country of the pair (``names_pair``, a flag or a function computing it)."""
    absolute = [d for d in dates if d.is_absolute and not _COMPARISON.match(text, d.end)
                and not _COMPARISON_BEFORE.search(text[max(s, d.start - 20):d.start])]
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
            type_ = "other" if shifted else classify_near(text, rs, re_, d.start)
            out.append(Event(pair, d.value, RANGE if "/" in d.value else d.precision, type_, s, e,
                             d.start, d.end))
        return out
    relative = [d for d in dates if d.relative]
    if (relative or narrated_relatively) and (names_pair() if callable(names_pair) else names_pair):
        type_ = classify(text, s, e)
        if type_ != "other":
            anchor = relative[0] if relative else None
            out.append(Event(pair, None, UNDATED, type_, s, e,
                             anchor.start if anchor else None, anchor.end if anchor else None))
    return out

