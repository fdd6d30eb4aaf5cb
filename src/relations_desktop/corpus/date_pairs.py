"""The pairs each date of a sentence is about: in a hub, the partners its region or clause names;
in a text about one pair, that pair, a third state's act, or a list of states acting with one
member; and what the passage tells a sentence to decide it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from relations_desktop.corpus.dates import DateMention
from relations_desktop.corpus.former_states import of_the_pair
from relations_desktop.corpus.labels import Label
from relations_desktop.corpus.pairs import pair_of
from relations_desktop.corpus.turns import coordinated_runs, turn_pair

# What joins two actors named together: "and" or a comma, never mere adjacency ("ইসরায়েলকে ইরানের").
_AND = re.compile(r"(?i:\band\b|&)|ও|এবং|আর|और|तथा|व|एवं")
# ... and are the actors, not what a preposition governs ("the kingdoms of Sweden and Norway")
_OBJECT_BEFORE = re.compile(r"(?i:\b(?:of|between|with|to|from|in|by|for|against|on)\s+(?:the\s+)?)$")


@dataclass
class SentenceContext:
    """What the passage tells a sentence: the pairs it is about and how that was decided."""
    pairs: list[tuple[str, str]]
    pair_source: str                  # both, one, phrase, unnamed, own, several, passage, continued, third
    parties: Callable[[int, int], list[str]] = field(default=lambda s, e: [])
    hub: str | None = None
    primary: tuple[str, str] | None = None
    open_frame: bool = False          # the document's pair is not fixed by its title
    headed: bool = False              # the pair is a pair heading's: two other states named are a pair of their own
    rival: str | None = None          # the hub's rival, whose dealings with a partner are told too
    # in a hub, the pairs of the sentence before or of the passage, for a date whose clause names no partner
    fallback: list[tuple[str, str]] = field(default_factory=list)
    fallback_source: str = "none"
    narrated_relatively: bool = False
    # the type of the act told just before when the sentence points back to it ("this was
    # completed", "সেটি …"), for a date with no cue of its own (read when asked)
    inherited: Callable[[], str | None] = field(default=lambda: None)
    label: Label | None = None        # the type a table's header (cell by cell), a key or a heading tells
    topic: Callable[[], str | None] = field(default=lambda: None)   # the act "the 9th edition" points to
    following: Callable[[], str | None] = field(default=lambda: None)  # the act after a year's frame
    former: frozenset[str] = frozenset()   # the former states (the Soviet Union) the passage names


def _in_parentheses(text: str, s: int, d: DateMention) -> tuple[int, int] | None:
    """The parenthesis around a date, if it is inside one."""
    open_ = text.rfind("(", s, d.start)
    if open_ < 0 or text.find(")", open_, d.start) >= 0:
        return None
    close = text.find(")", d.end)
    return (open_, close + 1) if close >= 0 else None


def pairs_for(text: str, s: int, e: int, d: DateMention, region: tuple[int, int],
               clause: tuple[int, int], ctx: SentenceContext, several_dates: bool
               ) -> tuple[list[tuple[str, str]], str]:
    """The pairs of one date. In a hub, the sentence's partners, unless the date's own region
    (when the sentence has several dates, or the date sits in a parenthesis) names its own. In
    a text about one pair, the pair, unless the sentence names only one member and the date's
    clause names a third state: then the act is that third state's (ANNOTATION 3)."""
    if ctx.hub is not None:
        if ctx.pair_source == "between":          # an act between two partners (turns.between_two)
            return [], "third"
        if ctx.rival is not None:                 # a partner's dealings with the hub's rival, not with the hub
            own = ctx.parties(*clause)
            others = [c for c in own if c not in (ctx.hub, ctx.rival)]
            if ctx.rival in own and ctx.hub not in own and len(others) == 1:
                return [pair_of(ctx.rival, others[0])], "own"
        inner = _in_parentheses(text, s, d) or (region if several_dates else None)
        partners = [c for c in ctx.parties(*(inner or clause)) if c != ctx.hub]
        passage = [c for p in ctx.fallback for c in p if c != ctx.hub]
        if passage and not inner and passage[0] in ctx.parties(s, e):
            listed = next((r for r in _lists(text, clause, ctx) if passage[0] in r), [])
            if len(listed) > 1 and ctx.hub not in listed:     # "India and Bhutan recognised it …"
                return [pair_of(ctx.hub, c) for c in listed], "several"
            return [pair_of(ctx.hub, passage[0])], "own"      # the passage's partner, named here too
        if partners:
            return [pair_of(ctx.hub, c) for c in partners], "own" if len(partners) == 1 else "several"
        if ctx.fallback:          # partners named only in another clause ("after China's criticism, …")
            return ctx.fallback, ctx.fallback_source
        return ctx.pairs, ctx.pair_source
    star = _star(text, clause, ctx) if ctx.primary is not None and ctx.pair_source in ("both", "third") else []
    if star:
        return star, "several"
    if several_dates and ctx.pair_source == "both" and ctx.primary is not None:
        # a date's clause where the sentence's subject acts with a third state, not with its partner
        # ("A established relations with C in 1983, but in 2019 recognised B"): C's act (ANNOTATION 3)
        own, named = ctx.parties(*clause), ctx.parties(s, e)
        if named and named[0] in ctx.primary and named[0] in own and len(set(own) & set(ctx.primary)) == 1 \
                and any(c not in ctx.primary for c in own):
            return [], "third"
    if ctx.primary is None or ctx.pair_source in ("both", "phrase"):
        return ctx.pairs, ctx.pair_source
    index = getattr(ctx.parties, "index", None)
    if ctx.open_frame and ctx.pair_source == "third" and index is not None:
        named = ctx.parties(s, e)
        turned = turn_pair(text, [m for m in index.between(s, e) if m.code in named or m.code in ctx.primary],
                           ctx.parties, ctx.primary, s, e)
        if turned:
            return [turned], "turn"
        # "A and C signed …": one member and a third state acting together name their own pair
        own = ctx.parties(*clause)
        for run in coordinated_runs(text, index.between(*clause)):
            codes = list(dict.fromkeys(m.code for m in run))
            if len(codes) == 2 and len(run) == 2 and _AND.search(text, run[0].end, run[1].start) \
                    and not _OBJECT_BEFORE.search(text, max(s, run[0].start - 16), run[0].start) \
                    and set(codes) <= set(own) and len(set(codes) & set(ctx.primary)) == 1:
                return [pair_of(*codes)], "turn"
    own = ctx.parties(*clause)
    if ctx.headed and ctx.pair_source == "third" and len(own) == 2 and set(own) != set(ctx.primary):
        return [pair_of(*own)], "own"         # a bullet naming another pair under a pair heading
    # (a member's predecessor is the member in its time: in_its_time files the act under it)
    # (a member and its predecessor named together tell of the two: "Russia … within the Soviet Union")
    if any(not of_the_pair(c, ctx.primary) for c in own) or (set(own) - set(ctx.primary)
                                                             and set(own) & set(ctx.primary)):
        return [], "third"
    named = ctx.parties(s, e)
    return [ctx.primary], "one" if any(of_the_pair(c, ctx.primary) for c in named) else "unnamed"


def _lists(text: str, clause: tuple[int, int], ctx: SentenceContext) -> list[list[str]]:
    """The lists of two or more parties in a clause ("Egypt, Jordan and Kuwait"), in order."""
    index = getattr(ctx.parties, "index", None)
    if index is None:
        return []
    named = ctx.parties(*clause)
    runs: list[list[str]] = []
    for run in coordinated_runs(text, index.between(*clause)):
        part = [run[0]]
        for a, b in itertools.pairwise(run):
            if text[a.end:b.start].strip():
                part.append(b)
            else:                     # "চীন বাংলাদেশকে": names side by side are subject and object
                runs.append([m.code for m in part])
                part = [b]
        runs.append([m.code for m in part])
    return [r for r in ([c for c in dict.fromkeys(r) if c in named] for r in runs) if len(r) >= 2]


def _star(text: str, clause: tuple[int, int], ctx: SentenceContext) -> list[tuple[str, str]]:
    """A clause where a list of states acts with one member of the document's pair ("Egypt,
    Jordan and Kuwait recognised Bangladesh"): one pair per listed state, in the list's order."""
    named = ctx.parties(*clause)
    if len(named) < 3:
        return []
    runs = _lists(text, clause, ctx)
    if len(runs) != 1:
        return []
    rest = [c for c in named if c not in runs[0]]
    if len(rest) != 1 or rest[0] not in ctx.primary:
        return []
    return [pair_of(rest[0], c) for c in runs[0]]


def secondary(s: int, e: int, region: tuple[int, int], ctx: SentenceContext) -> list[tuple[str, str]]:
    """In a text whose pair its title does not fix (a news story, a quiz answer), a diplomatic
    act of one member of the pair with other states, told in the date's own clause ("… after
    Bhutan established relations with Germany on 25 November"; "Jordan recognised it on …")."""
    if ctx.primary is None or not ctx.open_frame:
        return []
    named = ctx.parties(*region)
    members = [c for c in named if c in ctx.primary] or [c for c in ctx.parties(s, e) if c in ctx.primary]
    others = [c for c in named if c not in ctx.primary]
    if len(set(members)) == 1 and others:
        return [pair_of(members[0], c) for c in others]
    return []
