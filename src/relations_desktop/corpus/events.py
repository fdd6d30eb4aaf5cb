"""Turn the dates of one sentence into typed events of the right pair, after the bilateral test,
each with a confidence built from how its date, pair and type were decided."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

import regex

from relations_desktop.corpus import bilateral
from relations_desktop.corpus.against import against_member
from relations_desktop.corpus.anaphora import ANAPHORA
from relations_desktop.corpus.confidence import confidence
from relations_desktop.corpus.date_pairs import SentenceContext, pairs_for, secondary
from relations_desktop.corpus.dates import RANGE, UNDATED, DateMention
from relations_desktop.corpus.event_types import (
    classify,
    classify_near,
    named_with_year,
    own_clause,
    tells_after,
    tells_no_outcome,
)
from relations_desktop.corpus.former_states import (
    before_it_existed,
    in_its_time,
    named_as_itself,
    of_the_pair,
    one_pair_in_time,
    won_before_founding,
)
from relations_desktop.corpus.grouping import date_bounds
from relations_desktop.corpus.hubs import BOTH
from relations_desktop.corpus.turns import JOINED
from relations_desktop.textnorm import MARKS

# A date right after these words dates something other than the sentence's main act
# ("established soon after … following the 1991 dissolution").
_BEFORE_SHIFT = re.compile(r"(?i:\b(?:after|following|before|prior to|since the end of)\s+(?:the\s+)?)$")
_AFTER_SHIFT = re.compile(r"^\s*(?:সালের\s+)?(?:পর|পরে|আগে|পূর্বে)(?![\w" + MARKS + r"])|^\s*(?:के बाद|से पहले|के पहले)")
# "a situation like 1989": a comparison with a year is not a dated event.
_COMPARISON = re.compile(r"\s*(?:-?(?:जैसी|जैसा|जैसे|सरीखी|সালের মতো|সালের মত|এর মতো|-এর মতো|এর মত|মতো|মত)"
                         r"(?![\w" + MARKS + "]))")
# "for the 1970 FIFA World Cup", "বিশ্বকাপের আগে", "विश्व कप से पहले": a tournament an act was for or came before.
_TOURNAMENT = re.compile(r"\s*(?:সালের|এর|-এর|के|की|'s)?\s*(?:(?i:FIFA|ICC)\s+|ফিফা\s+|फ़ीफ़ा\s+|फीफा\s+)?"
                         r"(?:(?i:world cup|olympics|olympic games|asian games|commonwealth games)|বিশ্বকাপ|অলিম্পিক|"
                         r"এশিয়ান\s+গেমস|विश्व\s*कप|वर्ल्ड\s*कप|ओलंपिक|एशियाई\s+खेल|राष्ट्रमंडल\s+खेल)"
                         r"(?P<before>\S*\s+(?:আগে|জন্য)|\s+(?:से\s+पहले|के\s+लिए))?")
_FOR_TOURNAMENT = re.compile(r"(?i:\b(?:for|before|ahead\s+of)\s+the\s+)$")
_COMPARISON_BEFORE = re.compile(r"(?i:\b(?:like|unlike|similar to)\s+(?:in\s+|that of\s+)?)$")
_CLAUSE_BREAK = regex.compile(r"[,;:|(]|\s(?:and|but|while|whereas|এবং|ও|আর|কিন্তু|और|तथा|लेकिन)\s")
# (a bracket splits only between two dates: one that restates the date before it, "in 1963 (… his 1963
# speech)", stays a part of its act)
# "and" between two names joins the names ("visited Lomé and Kara in March", "the Fund and the World
# Bank", not "Indonesia and the United Kingdom sent …"), not two clauses.
_NAMES_JOINED = regex.compile(r"(?<=\b\p{Lu}[\w'’.-]*)\s(?:and|&)\s(?=\p{Lu})|"
                              r"(?<=\bthe\s+(?:\p{Lu}[\w'’.-]*\s+){0,4}\p{Lu}[\w'’.-]*)\s(?:and|&)\s(?=the\s+\p{Lu})")
# Dates of one list ("in April 1999, May 2005 and April 2012") share their clause.
_LIST_GAP = regex.compile(r"\s*(?:,|;)?\s*(?:(?i:and|or)|&|ও|এবং|আর|বা|और|तथा|व|एवं|या)?\s*(?:(?i:in|on)\s+)?")
# Types a domestic happening may look like (a civil war, a coup, a state "recognised" when a union ended).
_DOMESTIC_TYPES = frozenset(("other", "conflict", "military", "recognition"))
# Acts whose pair may be a third country's with one member of the document's pair.
DIPLOMATIC = frozenset(("recognition", "relations_established", "embassy"))
# Where the clause of a date ends: punctuation, a bracket, or a word opening another clause
# (not "and", which mostly joins names: "Estonia and Mexico established …").
# (Every break opens with a mark or a space, tried first: the pattern is then tried only there.)
_PAIR_CLAUSE_BREAK = re.compile(
    r"[,;:()\s](?:(?<=[,;:()])|(?<=\s)(?:"
    r"(?:but|while|whereas|which|when|where|although|though|because|after|before|following|"
    r"কিন্তু|যখন|তবে|যদিও|কারণ|যার|लेकिन|जब|क्योंकि|हालांकि|जबकि|जिसमें|जिसके)\s"
    r"|(?:পর|পরে|के बाद|के पश्चात)(?P<c>\s)))")


_GLOSS = re.compile(r"\(\s*[^\s()\d]+(?:\s+[^\s()\d]+){0,2}\s*\)")

# "A and B recognised it in 1972 and 1973 respectively": the dates go to the names in order.
_RESPECTIVELY = re.compile(r"(?i:\brespectively\b)|যথাক্রমে|क्रमशः|क्रमश:")


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
    confidence: float = 0.5    # how likely date, pair and type are all right (0-1)
    evidence: str = ""         # how date, pair and type were decided (for calibration)

    @property
    def bounds(self) -> tuple[str, str] | None:
        return date_bounds(self.date) if self.date else None


def _regions(text: str, s: int, e: int, dates: list[DateMention]) -> list[tuple[int, int]]:
    """Split a sentence between its dates at the last clause break (or table cell border) before
    each next date; dates of one list keep one region between them."""
    cuts = [s]
    for a, b in itertools.pairwise(dates):
        # (a date pointing back, "… and the same year …", lists nothing)
        if b.completed != ANAPHORA and _LIST_GAP.fullmatch(text, a.end, b.start):
            cuts.append(None)
            continue
        cut = b.start
        restated = bool(a.value and b.value and (b.value.startswith(a.value) or a.value.startswith(b.value)))
        for m in _CLAUSE_BREAK.finditer(text, a.end, b.start):
            if not _NAMES_JOINED.match(text, m.start()) and not (restated and m.group() == "("):
                cut = m.start()
        cuts.append(cut)
    cuts.append(e)
    # a list's dates all take the region spanning the whole list
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(dates):
        j = k
        while j + 1 < len(dates) and cuts[j + 1] is None:
            j += 1
        start = cuts[k]
        end = cuts[j + 1]
        out.extend([(start, end)] * (j + 1 - k))
        k = j + 1
    return out


def date_clause(text: str, s: int, e: int, d: DateMention, parties: Callable[[int, int], list[str]]
                ) -> tuple[int, int]:
    """The clause that holds a date; a clause that names no country and only sets the time
    ("In August 1991, …") takes in the clause after it."""
    # a comma inside a list of countries ("Ghana, Togo and Benin recognised …") joins, not splits
    ms = getattr(parties, "index", None)
    joined = []
    if ms is not None:
        named = ms.between(s, e)
        joined = [(a.end, b.start) for a, b in itertools.pairwise(named)
                  if JOINED.fullmatch(text, a.end, b.start)]
    # (a parenthesis of up to three words and no number glosses a name, "the Republic of China (Taiwan)")
    joined += [(m.start(), m.end()) for m in _GLOSS.finditer(text, s, e)]
    breaks = _PAIR_CLAUSE_BREAK.finditer(text, s, e)
    cuts = [s, *((m.start("c") if m.start("c") >= 0 else m.start()) for m in breaks
                 if not joined or not any(a <= m.start() < b for a, b in joined)), e]
    for a, b in itertools.pairwise(cuts):
        if a <= d.start < b:
            if not parties(a, b):
                nxt = next((c for c in cuts if c > b), None)
                if (nxt is not None and text[a:d.start].strip(" ,(") == "") or not text[d.end:b].strip(" ,.;:)"):
                    return a, nxt if nxt is not None else b
            return a, b
    return s, e


_ELLIPSIS_WORDS = 3          # the words before a date in an elliptical part ("and Tunisia on")
_JOINER = re.compile(r"[\s,;]*(?:(?i:and|while|whereas)|ও|এবং|আর|और|तथा|व)\s")


def _not_bilateral(text: str, s: int, e: int, region: tuple[int, int], clause: tuple[int, int], type_: str,
                   pair_source: str, type_source: str = "", at: int = -1) -> bool:
    """The bilateral test (ANNOTATION 3) on the date's region of the sentence (a membership)
    and on its clause (a possibility, a domestic happening). A date whose region tells no act
    of its own in a sentence about a membership ("which A joined in 1995 and B in 1999",
    "…যোগ দেয়, ২০১৬ সালে ত্যাগ করে") belongs to the membership too."""
    cs, ce = clause
    # (a table's column tells its date's act: "| Lesotho | 4 October 1966 | Both are members of SACU |")
    if (not (type_source == "label" and "|" in text[s:e]) and bilateral.is_membership(text, *region)
            and (type_source != "clause" or bilateral.tells_joining(text, *own_clause(text, *region, at)))) \
            or bilateral.is_possible(text, cs, ce):
        return True
    # (a date whose region tells no act of its own, though it may share its neighbour's)
    actless = type_source == "shared" or (type_ == "other" and type_source in ("none", "near"))
    if actless and bilateral.is_membership(text, s, e):
        return True
    if bilateral.is_cut_off(text, s, e):
        return True
    if bilateral.is_non_state_attack(text, cs, ce) or bilateral.is_organisation_act(text, cs, ce):
        return True
    if bilateral.is_personal(text, s, e) or bilateral.dates_domestic_anchor(text, s, at):   # the writer; "after the …"
        return True
    one_side = pair_source in ("one", "unnamed", "passage", "continued")
    if one_side and type_ in _DOMESTIC_TYPES and bilateral.is_domestic(text, cs, ce):
        return True
    # (in a hub, a sentence naming only the partner tells of the partner alone; a union's treaty is theirs)
    # (an act-less date is told by what names a state before it: "• Unification of Yemen: 22 May 1990")
    told = (s, at) if type_source in ("label", "none", "shared") and pair_source == "one" and at > s else (cs, ce)
    if (one_side or pair_source == "own") and type_ != "agreement" and bilateral.is_state_change(text, *told) \
            and not BOTH.search(text, s, e):
        return True
    # "both countries became independent in 1991", "after independence on 15 August 1947 A
    # and B …": no act between the two in the clause, a domestic happening is what is dated
    # (an elliptical part, "… and Tunisia on 20 March 1956", is told by its sentence's predicate)
    rs, re_ = region
    elliptical = at >= rs and len(text[rs:at].split()) <= _ELLIPSIS_WORDS and bool(_JOINER.match(text, rs, at)) \
        and len(text[at:re_].split()) <= _ELLIPSIS_WORDS + 2
    if actless and bilateral.is_domestic(text, *((s, e) if elliptical else (cs, ce))):
        return True
    # a date in an "after …" clause that tells a domestic happening dates that happening, not the
    # act of the other clause ("after the civil war began in 2011, this is his first visit")
    # (not in a table's row, whose date is the row's; nor where a Hindi subject marked "ने" stands
    # between the date and the frame, the main verb's: "३१ जनवरी को X ने पदभार संभालने के बाद … दौरा किया")
    if type_source == "near" and "|" not in text[cs:ce] and bilateral.is_domestic(text, cs, ce):
        a, b = own_clause(text, cs, ce, at)
        if tells_after(text, a, b) and not bilateral.subject_between(text, max(a, at), b):
            return True
    return one_side and bilateral.is_toward_everyone(text, s, e)


def _typed(text: str, s: int, e: int, d: DateMention, region: tuple[int, int], ctx: SentenceContext,
           pairs: list[tuple[str, str]]) -> tuple[str, str]:
    """The type of a date's act and how it was decided. A date in a labelled cell (a table's
    column, a key's value) is typed by its own clause, else by the cell's label (a heading's only
    when the cell's other words tell no act), else by those words, never by another cell. Other
    dates: by their clause ('conflict' if it acts against a member of the pair), else by the act
    pointed back to, else by their block's label (a header row's, a heading's). A date whose own
    part tells no act shares the predicate of its sentence (in a cell, of its part in the cell)."""
    others = _others(ctx.parties, pairs) if pairs else None
    cell = ctx.label.cell_at(d.start) if ctx.label is not None else None
    if cell is not None:
        a, b = max(region[0], cell[0]), min(region[1], cell[1])
        type_, type_source = classify_near(text, a, b, d.start, d.end, (cell[0], cell[1]), others, ctx.topic)
        if cell[2] and type_source in ("none", "near"):        # the column's label outranks a neighbour's cue
            return cell[2], "label"
        if not cell[2] and type_source == "none" and ctx.label.type:      # the heading's, only where none
            return ctx.label.type, "label"
        if type_source == "none" and (shared := _shared(text, (max(s, cell[0]), min(e, cell[1])), (a, b), d,
                                                         others, ctx.topic)):
            return shared
        return type_, type_source
    foreign = _foreign(ctx.parties, pairs) if pairs else None
    type_, type_source = classify_near(text, *region, d.start, d.end, (s, e), others, ctx.topic, foreign)
    if type_ != "conflict" and against_member(text, region, pairs, ctx.parties):
        return "conflict", "clause"
    if type_source == "none" and (framed := ctx.following()):
        return framed, "framed"          # "It was 1975." dates the act told next (4.6)
    if type_source == "none" and (previous := ctx.inherited()):
        return previous, "inherited"
    if type_source == "none" and ctx.label is not None and ctx.label.type:
        return ctx.label.type, "label"
    if type_source == "none" and (shared := _shared(text, (s, e), region, d, others, ctx.topic)):
        return shared
    return type_, type_source


def _shared(text: str, whole: tuple[int, int], part: tuple[int, int], d: DateMention,
            others: Callable[[int, int], bool] | None, topic: Callable[[], str | None]) -> tuple[str, str] | None:
    """For a date whose ``part`` of the sentence tells no act, the type the ``whole`` gives it: the
    predicate next to it ("signed … in 2008, …, and in 2015 an MoU", "a protest, lodged on …",
    "ratified by A in January and by B on 2 February"); None when that tells none either."""
    if part == whole:
        return None
    type_, how = classify_near(text, *whole, d.start, d.end, whole, others, topic)
    return (type_, "shared") if how != "none" else None


def _others(parties: Callable[[int, int], list[str]], pairs: list[tuple[str, str]]) -> Callable[[int, int], bool]:
    """Whether a clause names parties and none of them is a member of ``pairs``."""
    def others(a: int, b: int) -> bool:
        named = parties(a, b)
        return bool(named) and not any(of_the_pair(c, p) for c in named for p in pairs)
    return others


def _foreign(parties: Callable[[int, int], list[str]], pairs: list[tuple[str, str]]) -> Callable[[int, int], bool]:
    """Whether a span names a state outside ``pairs`` (its members and their predecessors)."""
    return lambda a, b: any(not any(of_the_pair(c, p) for p in pairs) for c in parties(a, b))


def _for_a_tournament(text: str, s: int, d: DateMention) -> bool:
    """Whether the year ``d`` names a tournament the sentence's act came before or was for."""
    m = _TOURNAMENT.match(text, d.end)
    return m is not None and (m.group("before") is not None
                              or bool(_FOR_TOURNAMENT.search(text, max(s, d.start - 20), d.start)))


def sentence_events(text: str, s: int, e: int, dates: list[DateMention], ctx: SentenceContext) -> list[Event]:
    """Events of one sentence. A sentence of a passage told in relative terms ("on Wednesday")
    gives an undated event for an act it reports, provided it names a country of the pair."""
    absolute = [d for d in dates if d.is_absolute and not _COMPARISON.match(text, d.end)
                and not _for_a_tournament(text, s, d)
                and not _COMPARISON_BEFORE.search(text[max(s, d.start - 20):d.start])]
    out: list[Event] = []
    if absolute and bilateral.is_fact_line(text, s, e, [(d.start, d.end) for d in absolute]):
        return out
    if absolute:
        seen: set[tuple[str, tuple[str, str], str]] = set()
        regions = _regions(text, s, e, absolute) if len(absolute) > 1 else [(s, e)]
        respectively = len(absolute) > 1 and bool(_RESPECTIVELY.search(text, s, e))
        for k, (d, (rs, re_)) in enumerate(zip(absolute, regions, strict=True)):
            shifted = bool(_BEFORE_SHIFT.search(text[max(s, d.start - 30):d.start])
                           or _AFTER_SHIFT.match(text[d.end:d.end + 20]))
            clause = date_clause(text, rs, re_, d, ctx.parties)
            pairs, pair_source = pairs_for(text, s, e, d, (rs, re_), clause, ctx, len(absolute) > 1)
            if shifted:       # (a war or treaty named with the year is dated by it: "after the 1971 war")
                named = named_with_year(text, d.end, re_)
                type_, type_source = (named, "named") if named else ("other", "shifted")
            else:
                type_, type_source = _typed(text, s, e, d, (rs, re_), ctx, pairs)
            if not pairs and type_ in DIPLOMATIC:
                pairs, pair_source = secondary(s, e, clause, ctx), "secondary"
            if not pairs or _not_bilateral(text, s, e, (rs, re_), clause, type_, pair_source, type_source, d.start) \
                    or bilateral.dates_office_or_independence(text, rs, re_, d.start, d.end) \
                    or (not text[rs:d.start].strip()        # (a date opening its part: the verb before is its own)
                        and bilateral.dates_office_or_independence(text, s, re_, d.start, d.end)):
                continue
            if respectively and len(pairs) == len(absolute):
                pairs = [pairs[k]]
            pairs = _of_its_time(pairs, d.value, clause, (s, e), ctx)
            pairs = [p for p in pairs
                     if not before_it_existed(p, d.value)
                     or won_before_founding(text, s, e, type_, d.value, p, ctx.parties(s, e))]
            if type_ == "other" and pair_source == "one" and not set(ctx.parties(s, e)) & set(ctx.primary or ()):
                continue          # (only a member's predecessor named, and no act with a partner told)
            date_source = d.completed or ("range" if "/" in (d.value or "") else "text")
            for pair in pairs:
                # (one sentence may tell two acts of one date, "recognised it in 1963 and the same
                # year established relations": ANNOTATION 5)
                if (d.value, pair, type_) in seen:
                    continue
                seen.add((d.value, pair, type_))
                conf, evidence = confidence(date_source, pair_source, type_source, type_)
                out.append(Event(pair, d.value, RANGE if "/" in d.value else d.precision, type_, s, e,
                                 d.start, d.end, conf, evidence))
        return out
    relative = [d for d in dates if d.relative]
    pairs = ctx.pairs
    if not pairs and ctx.pair_source == "third" and ctx.primary:
        first = ctx.parties(s, e)[:1]
        pairs = [ctx.primary] if first and first[0] in ctx.primary else []   # the member leads
    named = ctx.parties(s, e)
    if (relative or ctx.narrated_relatively) and pairs and (
            any(c in p for c in named for p in pairs) or BOTH.search(text, s, e)):
        anchor = relative[0] if relative else None
        type_, _how = classify_near(text, s, e, anchor.start, anchor.end) if anchor else (classify(text, s, e), "")
        if type_ != "other":
            out.extend(Event(pair, None, UNDATED, type_, s, e, anchor.start if anchor else None,
                             anchor.end if anchor else None, 0.0, "undated") for pair in pairs)
    return out


def _of_its_time(pairs: list[tuple[str, str]], date: str, clause: tuple[int, int], sentence: tuple[int, int],
                 ctx: SentenceContext) -> list[tuple[str, str]]:
    """The pairs as they were on ``date``, where the passage names a former state (in_its_time)."""
    if not ctx.former:
        return pairs
    named = named_as_itself(ctx.parties, clause, sentence)
    return [q for p in pairs if (q := in_its_time(p, date, ctx.former, named)) is not None]


def carried_events(text: str, s: int, e: int, pointer: tuple[int, int], previous: Event,
                   ctx: SentenceContext, until: int | None = None) -> list[Event]:
    """A sentence without a date of its own that points back to the act told just before
    ("During that visit …", "इस दौरान", "সে সফরে") takes that act's date (ANNOTATION 4.6); so
    does the clause it opens (ending ``until``) when a later clause has a date of its own."""
    # the pointer's own words ("during the visit") type nothing: the act is the rest, all of it
    # one act ("trade, investment and sports MoUs were signed" is an agreement, not trade)
    opens = not text[s:pointer[0]].strip(" ,\"'“‘")
    if opens:
        type_ = classify(text, pointer[1], e if until is None else until)
        type_source = "none" if type_ == "other" else "clause"
    else:
        type_, type_source = classify_near(text, s, e, pointer[0])
    if until is not None and (type_source == "none" or tells_no_outcome(text, pointer[1], until)):
        return []    # (the pointer's clause tells no act, "On that visit, on 20 June, …", or a talk)
    pairs = [previous.pair if one_pair_in_time(p, previous.pair) else p
             for p in _of_its_time(ctx.pairs, previous.date, (s, e), (s, e), ctx)] or [previous.pair]
    pair_source = ctx.pair_source if ctx.pairs else "continued"
    if _not_bilateral(text, s, e, (s, e), (s, e), type_, pair_source):
        return []
    out = []
    for pair in pairs:
        conf, evidence = confidence("anaphora", pair_source, type_source, type_)
        out.append(Event(pair, previous.date, previous.precision, type_, s, e, pointer[0], pointer[1], conf,
                         evidence))
    return out
