"""Pages of independent pairs (study notes, quiz pages, digests): headings that each name a pair
("Argentina–Chile", "ভারত ও নেপাল", "== भारत–भूटान =="), short list items that do ("1. Peru –
Ecuador (Cenepa war)", "২. পেরু-ইকুয়েডর (…)") and short lines ending in a colon ("Peru –
Ecuador:"). What follows a pair heading is about its pair up to the next heading that names
other states (ANNOTATION 2). A quiz's question with its answer names the pair of the question's
explanation ("Which country first recognised Ukraine? … Answer: (b) Poland"); a question states no
act, its answer may."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import regex

from relations_desktop.corpus.countries import CountryIndex
from relations_desktop.corpus.dates import DateMention, find_dates
from relations_desktop.corpus.sentences import ANSWER, CHOICE, CHOICE_LINE, answer_after
from relations_desktop.corpus.structure import BODY, HEADING, LIST_ITEM, NAV, PARA, TABLE_ROW, Block
from relations_desktop.corpus.textrows import cells
from relations_desktop.corpus.turns import JOINED

# Besides the two names, a pair heading holds at most this many words ("relations", "talks";
# a bracket's words and a list's number are not counted).
_PAIR_HEADING_WORDS = 2
# ... or, when the pair opens it as a label ("• Egypt–Libya: the four-day war (1977)"), this many.
_PAIR_LABEL_WORDS = 6
# The words of a place a section is named for, before its parties in brackets ("Lake Nyasa/Malawi").
_PLACE_WORDS = 4
# A heading or list item longer than this tells something; it heads nothing.
_HEADING_CHARS = 120
_BRACKETED = regex.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]")
_ITEM_MARK = regex.compile(r"\s*(?:[-*•·▪–—]|\d{1,2}[.)])\s+")
_WORD_SPLIT = regex.compile(r"[\s\p{P}\p{S}]+")


def pair_heading(text: str, b: Block, index: CountryIndex,
                 parties: Callable[[int, int], list[str]], brackets: bool = False) -> tuple[str, str] | None:
    """The pair a heading or a short list item is made of: its two states and little else
    ("Argentina–Chile", "ভারত ও নেপাল সম্পর্ক", "1. Peru – Ecuador (1995 war)"), not a heading
    that mentions two states in passing."""
    if b.end - b.start > _HEADING_CHARS:
        return None
    lo, hi = index.span_indices(b.start, b.end)
    if hi - lo < 2:
        return None
    mark = _ITEM_MARK.match(text, b.start, b.end)          # ("2. Iran–Iraq" may head its section)
    start = mark.end() if mark else b.start
    # the heading without its brackets: what it names there is a note on the pair
    outside: list[tuple[int, int]] = []
    pos = start
    for m in _BRACKETED.finditer(text, start, b.end):
        outside.append((pos, m.start()))
        pos = m.end()
    outside.append((pos, b.end))
    rest: list[str] = []
    for s, e in outside:
        p = s
        for m in index.between(s, e):
            rest.append(text[p:m.start])
            p = m.end
        rest.append(text[p:e])
    words = [w for w in _WORD_SPLIT.split(" ".join(rest)) if w and not JOINED.fullmatch(f" {w} ")]
    codes: list[str] = []
    for s, e in outside:
        codes.extend(c for c in parties(s, e) if c not in codes)
    if len(codes) < 2 and brackets:   # the pair in brackets after a place: "1. Hans Island (Canada vs Denmark)"
        versus = next((found for m in _BRACKETED.finditer(text, start, b.end)
                       if len(found := _versus(text, m.start() + 1, m.end() - 1, index, parties)) == 2), [])
        if versus and set(codes) <= set(versus) and len(words) <= _PLACE_WORDS:
            return (versus[0], versus[1]) if versus[0] < versus[1] else (versus[1], versus[0])
    named = index.between(start, b.end)
    label = len(named) >= 2 and not text[start:named[0].start].strip() \
        and text[named[1].end:b.end].lstrip().startswith(":")
    if len(words) > (_PAIR_LABEL_WORDS if label else _PAIR_HEADING_WORDS) or len(codes) != 2:
        return None
    a, c = codes
    return (a, c) if a < c else (c, a)


# What joins two parties to a dispute: "vs", "versus", "বনাম", "बनाम", a dash, "and".
_VERSUS = regex.compile(r"[\s\-–—/]*(?:(?i:vs\.?|versus|v\.|and)|বনাম|ও|बनाम|और|[\-–—/])[\s\-–—/]*")


def _versus(text: str, s: int, e: int, index: CountryIndex, parties: Callable[[int, int], list[str]]) -> list[str]:
    """The two states a bracket opposes and nothing else ("Canada vs Denmark", "কানাডা বনাম ডেনমার্ক")."""
    names = index.between(s, e)
    if len(names) != 2 or text[s:names[0].start].strip() or text[names[1].end:e].strip() \
            or not _VERSUS.fullmatch(text, names[0].end, names[1].start):
        return []
    return list(dict.fromkeys(parties(s, e)))


def pair_sections(text: str, blocks: list[Block], index: CountryIndex,
                  parties: Callable[[int, int], list[str]], brackets: bool = False) -> dict[int, tuple[str, str]]:
    """Each body block under a pair heading, with the heading's pair. A heading naming other
    states ends the section; one naming none ("Background") does not, unless the pairs are named
    in brackets after places (``brackets``: a page of disputes), where the next numbered heading
    does. Needs two pair headings naming different pairs."""
    heads: dict[int, tuple[str, str]] = {}
    for i, b in enumerate(blocks):
        if b.kind in (HEADING, LIST_ITEM) or (b.kind == PARA and text[b.end - 1] == ":"):
            pair = pair_heading(text, b, index, parties, brackets)
            if pair is not None:
                heads[i] = pair
    if len(set(heads.values())) < 2:
        return {}
    out: dict[int, tuple[str, str]] = {}
    current: tuple[str, str] | None = None
    for i, b in enumerate(blocks):
        pair = heads.get(i)
        if pair is not None:
            current = pair
            if b.kind in BODY:          # a list item that heads its bullets is about its pair too
                out[i] = pair
        elif b.kind == HEADING:
            codes = parties(b.start, b.end)
            if (codes and current is not None and not set(codes) <= set(current)) \
                    or (brackets and not codes and _ITEM_MARK.match(text, b.start, b.end)):
                current = None
        elif b.kind in BODY and current is not None:
            out[i] = current
    return out


def pair_rows(text: str, blocks: list[Block], index: CountryIndex,
              parties: Callable[[int, int], list[str]]) -> dict[int, tuple[str, str]]:
    """The rows of a table each about its own pair, with it: a cell naming two states and little
    else ("| Ghana–Togo Border Agreement | Ghana–Togo | 1985 |"). Needs two rows naming different
    pairs."""
    out: dict[int, tuple[str, str]] = {}
    for i, b in enumerate(blocks):
        lo, hi = index.span_indices(b.start, b.end) if b.kind == TABLE_ROW else (0, 0)
        if hi - lo >= 2:
            pair = next((p for a, c in cells(text, b.start, b.end)
                         if (p := pair_heading(text, Block(PARA, a, c), index, parties)) is not None), None)
            if pair is not None:
                out[i] = pair
    return out if len(set(out.values())) >= 2 else {}


def quiz_sections(text: str, blocks: list[Block],
                  parties: Callable[[int, int], list[str]]) -> dict[int, tuple[str, str]]:
    """Each body block of a quiz unit (a question with its answer, and what follows up to the
    next question) whose question and answer name two states, with their pair; the choices
    offered are left out ("(a) Canada (b) Poland"). Needs two units naming different pairs."""
    units: dict[int, tuple[str, str] | None] = {}
    for i, b in enumerate(blocks):
        if b.kind in (PARA, LIST_ITEM):          # a numbered question is a list item
            asked = asked_and_answered(text, b)
            if asked is not None:
                opens = i
                if not _WORDS.search(text, *asked[0]):
                    # (an answer on a line of its own answers the question above its choices)
                    q = _question_above(text, blocks, i)
                    if q is not None:
                        opens, asked = q, [(blocks[q].start, blocks[q].end), asked[1]]
                codes = [c for s, e in asked for c in parties(s, e)]
                if len(set(codes)) < 2 and i + 1 < len(blocks) and blocks[i + 1].kind in BODY:
                    # (a question naming one state or none, explained in the line after it)
                    codes = list({*codes, *parties(blocks[i + 1].start, blocks[i + 1].end)})
                units[opens] = (min(codes), max(codes)) if len(set(codes)) == 2 else None
    if len({p for p in units.values() if p}) < 2:
        return {}
    out: dict[int, tuple[str, str]] = {}
    current: tuple[str, str] | None = None
    for i, b in enumerate(blocks):
        if i in units:
            current = units[i]
        if current is not None and b.kind in BODY:
            out[i] = current
    return out


_WORDS = regex.compile(r"[\p{L}\p{M}]{2}")
_CHOICES_MAX = 6


def _question_above(text: str, blocks: list[Block], i: int) -> int | None:
    """The block of the question that an answer block ``i`` answers: the one right above it, or
    above its few choices, that asks ("…?")."""
    for j in range(i - 1, max(-1, i - 2 - _CHOICES_MAX), -1):
        b = blocks[j]
        if b.kind in (PARA, LIST_ITEM) and (_ASKED.search(text, b.start, b.end)
                                           or _QUESTION_LABEL.match(text, b.start, b.end)):
            return j
        if b.end - b.start > _CHOICE_LENGTH or b.kind not in (HEADING, LIST_ITEM, PARA, NAV) \
                or not CHOICE_LINE.match(text, b.start, b.end):
            return None
    return None



# An answer opens a line, follows the question mark ("…? Answer: Poland") or the last choice
# ("… (d) Hungary Answer: (b) Poland"): it is tried only right after one (searching every position
# of every paragraph took a twentieth of the pipeline).
_ANSWER_OPENS_AFTER = re.compile("[\n?？)]")


def _answer(text: str, start: int, end: int) -> regex.Match | None:
    """The first answer in text[start:end] that opens a line or follows a question mark."""
    for opener in _ANSWER_OPENS_AFTER.finditer(text, max(0, start - 1), end - 1):
        found = ANSWER.match(text, opener.end(), end)
        if found is not None:
            return found
    return None


def asked_and_answered(text: str, b: Block) -> list[tuple[int, int]] | None:
    """The question's own words and the answer's line, if the block is a question answered."""
    answer = _answer(text, b.start, b.end)
    if answer is None:
        return None
    choice = CHOICE.search(text, b.start, answer.start())
    stem_end = choice.start() if choice else answer.start()
    line_end = text.find("\n", answer.end(), b.end)
    return [(b.start, stem_end), (answer.end(), b.end if line_end < 0 else line_end)]


# A quiz question ("Q3. In which year …?", "প্রশ্ন: …?", "प्रश्न: …?") asks; it states nothing.
_QUESTION_LABEL = re.compile(r"\W*(?:(?i:q(?:uestion|s)?\s*\.?\s*\d*\s*[.:)\-])|প্রশ্ন\s*[০-৯\d]*\s*[:.ঃ)\-]|"
                             r"प्रश्न\s*[०-९\d]*\s*[:.)\-])")


# "…? – M. Venkaiah Naidu": an answer given after a dash on the question's line.
_DASH_ANSWER = re.compile(r"[ \t]*[–—-][ \t]+(?=\S)")
# Choices are short ("(a) 1971", "(b) the Simla Agreement"); lettered clauses of a statement are not.
_CHOICE_LENGTH = 40
# A question mark that ends a question, not one inside an address ("…/treaty.htm?dtl=12").
_ASKED = re.compile(r"[?？](?![^\s\"'”’)\]])")


_ANSWER_WORDS = 8


def answers(text: str, s: int, e: int, before: tuple[int, int] | None) -> bool:
    """Whether the sentence answers the question told just before it: that one ends with its
    question mark, and this one opens with an answer's mark or is a few words."""
    if before is None or not text[before[0]:before[1]].rstrip().endswith(("?", "？")):
        return False
    return bool(ANSWER.match(text, s, e)) or \
        len(text[s:e].split()) <= _ANSWER_WORDS


def not_asked(text: str, s: int, e: int, found: list[DateMention]) -> list[DateMention]:
    """The dates of a sentence that are not asked about: a question states no act (ANNOTATION
    3), nor do the choices offered after it. A question answered right after by an answer
    without a date ("Q: Which state signed a treaty with A in 1998? Answer: B.") is read with
    its answer, which completes it; an answer with its own date is the statement."""
    if not found:
        return found
    asked = max((m.start() for m in _ASKED.finditer(text, s, e)), default=-1)
    if asked < 0:
        if not _QUESTION_LABEL.match(text, s, e):
            if text.find(")", s, e) < 0:
                return found                    # no choices: each closes with a bracket
            choices = [m.start() for m in CHOICE.finditer(text, s, e)]
            opens = len(choices) >= 2 and not text[s:choices[0]].strip() and \
                all(b - a <= _CHOICE_LENGTH for a, b in itertools.pairwise([*choices, e]))
            return [d for d in found if d.start < choices[0]] if opens else found   # the choices alone
        asked = e
    after = min(asked + 1, e)
    answer = answer_after(text, after, len(text)) or ANSWER.match(text, e) or _DASH_ANSWER.match(text, after)
    offered = answer.start() if answer is not None and answer.start() < e else e
    choices = [m.start() for m in CHOICE.finditer(text, after, offered)]
    if len(choices) >= 2:             # the choices offered state nothing; the answer after them does
        found = [d for d in found if not choices[0] <= d.start < offered]
    if answer:
        line_end = text.find("\n", answer.end())
        if not any(d.value for d in find_dates(text, answer.end(), len(text) if line_end < 0 else line_end)):
            return found          # the answer names who; the question's date says when
    return [d for d in found if d.start > asked]
