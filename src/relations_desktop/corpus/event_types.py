"""Decide an event's type by the predicate of the clause that carries its date.

The cue words of every type (corpus.cues) are found in the sentence once, vetoed cues left
out, and each placed in the clause where it ends (its verb: Bengali and Hindi put it last).
The date's own clause decides, by the priority of ANNOTATION 6.11 among its strong cues, then
its weak ones; a clause that only sets the time ("In 1831, …", "during the visit") leaves the
decision to its neighbours, read outward. Verbs joined by "and" are separate clauses; names
joined by "and" are not ("relations and an embassy were established").
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from functools import cache, lru_cache

from relations_desktop.corpus.cues import CUES, LABEL_CUES, NAMED_WITH_YEAR, NOT_OUTCOME, POINTERS, TYPES, VETOES
from relations_desktop.textnorm import MARKS

_B = rf"(?<![\w{MARKS}])"


def _line(pattern: str) -> str:
    """One cue line as a pattern: anchored at a word start unless it opens with "*"."""
    if pattern.startswith("*"):
        return pattern[1:]
    return _B + pattern


class _Lines:
    """The cue (or veto) lines of some scripts, indexed by the first two characters a match
    can start with: at each word start only the few lines that can match there are tried, and
    each line on its own (two types' cues may begin at the same word). Lines that may start
    inside a word ("*") are searched for."""

    def __init__(self, entries: list[tuple[str, bool, str]]) -> None:
        grouped: dict[str, dict[tuple[str, bool], list[str]]] = {}
        # (with the characters every match opens with: where they are absent, nothing is searched)
        self.anywhere: list[tuple[str, bool, re.Pattern, str]] = []
        for type_, strong, line in entries:
            heads = _heads_of(line)
            if heads is None:                       # can start anywhere, or with anything
                self.anywhere.append((type_, strong, _searched(line), _literal_start(line.lstrip("*"))))
                continue
            for head in heads:
                grouped.setdefault(head, {}).setdefault((type_, strong), []).append(line)
        # one pattern per head, type and strength: a type's lines never hide another type's
        # (compiled when a text first has a word opening with that head: most texts need few)
        self.by_prefix: dict[str, list[tuple[str, bool, tuple[str, ...]]]] = {
            head: [(t, s, tuple(lines)) for (t, s), lines in by_type.items()]
            for head, by_type in grouped.items()}
        # where a cue can begin: its first two characters, searched for in one C scan
        self.heads = _heads_pattern(list(self.by_prefix)) if self.by_prefix else None
        self._tried: dict[str, list[tuple[str, bool, re.Pattern]]] = {}

    def _tried_at(self, head: str) -> list[tuple[str, bool, re.Pattern]]:
        """The lines tried where a word opens with ``head``: those of its three, two and first
        characters, in that order (remembered: the same heads recur)."""
        get = self.by_prefix.get
        tried = self._tried[head] = [(t, s, _alternation(lines)) for key in (head, head[:2], head[:1])
                                     for t, s, lines in get(key, ())]
        return tried

    def find(self, text: str, start: int, end: int) -> list[Cue]:
        out: list[Cue] = []
        tried = self._tried.get
        for h in self.heads.finditer(text, start, end) if self.heads is not None else ():
            p = h.start()
            head = text[p:p + _PREFIX_LEN].lower()
            lines = tried(head)
            for type_, strong, pattern in self._tried_at(head) if lines is None else lines:
                m = pattern.match(text, p, end)
                if m is not None and m.end() > p:
                    out.append((p, m.end(), type_, strong))
        for type_, strong, pattern, opening in self.anywhere:
            if text.find(opening, start, end) >= 0:
                out.extend((m.start(), m.end(), type_, strong) for m in pattern.finditer(text, start, end))
        return out




def _cased(ch: str) -> str:
    return ch + ch.upper() if ch.isascii() and ch.isalpha() else ch


def _heads_pattern(heads: list[str]) -> re.Pattern:
    """A pattern matching any of ``heads`` (a few lower-case characters; Latin letters in either
    case), written as a tree of character sets: far faster than a list of alternatives."""
    tree: dict = {}
    for h in heads:
        node = tree
        for ch in h:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        if "" in node:
            return ""                   # a shorter head ends here: what follows does not matter
        by_rest: dict[str, list[str]] = {}
        for ch, child in node.items():
            by_rest.setdefault(emit(child), []).append(ch)
        parts = [f"[{re.escape(''.join(_cased(c) for c in sorted(chars)))}]{rest}" for rest, chars in sorted(by_rest.items())]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    # at word starts only (far fewer tries), and zero-width: a head holding a space ("a c") must
    # not hide the word start inside it ("opened a consulate")
    return re.compile(_B + "(?=" + emit(tree) + ")")


_PREFIX_LEN = 3
_DIGITS = "0123456789০১২৩৪৫৬৭৮৯०१२३४५६७८९"


@cache
def _alternation(lines: tuple[str, ...]) -> re.Pattern:
    return re.compile(lines[0]) if len(lines) == 1 else re.compile("|".join(f"(?:{x})" for x in lines))


def _heads_of(line: str) -> frozenset[str] | None:
    """The first characters the matches of a cue line can begin with; None for a line that is
    searched for (one opening with "*", or one that can begin with anything). (A line with
    heads is compiled only as part of its head's alternation.)"""
    if line.startswith("*"):
        return None
    heads = _prefixes(line)
    return frozenset(heads) if heads is not None else None


def _searched(line: str) -> re.Pattern:
    """A cue line that is searched for, compiled: anchored at word starts unless it opens with "*"."""
    return re.compile(line[1:]) if line.startswith("*") else re.compile(_B + line)


def _literal_start(line: str) -> str:
    """The characters every match of ``line`` opens with, case and all ("" when it may open
    with more than one character)."""
    import re._constants as c
    import re._parser as parser

    parsed = parser.parse(line)
    if parsed.state.flags & re.I:
        return ""
    out = []
    for op, av in parsed:
        if op != c.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


def _prefixes(line: str) -> set[str] | None:
    """The first characters (lower case, up to three) any match of ``line`` can start with, or
    None when it can start with any character. Where a character class or the like follows
    some literal characters, the prefix stops there."""
    import re._constants as c
    import re._parser as parser

    stop = "\0"                      # marks a prefix that can go no further

    def closed(h: str) -> bool:
        return len(h) >= _PREFIX_LEN or h.endswith(stop)

    def seq(items: list, flags: int, heads: set[str]) -> set[str]:
        for op, av in items:
            if all(closed(h) for h in heads):
                return heads
            done = {h for h in heads if closed(h)}
            open_ = heads - done
            if op == c.LITERAL:
                ch = chr(av).lower() if flags & re.I else chr(av)
                heads = done | {h + ch for h in open_}
            elif op == c.IN:
                chars = []
                for kind, val in av:
                    if kind == c.LITERAL:
                        chars.append(chr(val))
                    elif kind == c.RANGE and val[1] - val[0] < 40:
                        chars.extend(chr(x) for x in range(val[0], val[1] + 1))
                    elif kind == c.CATEGORY and val == c.CATEGORY_DIGIT:
                        chars.extend(_DIGITS)        # (\d in a str pattern: Bengali and Devanagari too)
                    else:
                        chars = None
                        break
                if chars is None:
                    heads = done | {h + stop for h in open_}
                else:
                    chars = [ch.lower() if flags & re.I else ch for ch in chars]
                    heads = done | {h + ch for h in open_ for ch in chars}
            elif op == c.BRANCH:
                heads = set(done)
                for branch in av[1]:
                    heads |= seq(branch, flags, set(open_))
            elif op == c.SUBPATTERN:
                _group, add, _del, items2 = av
                heads = done | seq(items2, flags | add, set(open_))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                lo, _hi, items2 = av
                heads = done | seq(items2, flags, set(open_)) | (open_ if lo == 0 else set())
            elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue
            else:
                heads = done | {h + stop for h in open_}
        return heads

    heads = {h.replace(stop, "") for h in seq(list(parser.parse(line)), 0, {""})}
    if "" in heads:
        return None
    return {h[:_PREFIX_LEN] for h in heads}


_VETO = "veto:"
POINTER = "@pointer"        # a word pointing back to the act told before: no type of its own


@cache
def _cue_lines() -> _Lines:
    """The cue lines and the veto lines (their type marked "veto:") of the three languages, read
    in one scan (a line can only start where its language's letters are)."""
    return _Lines([(t, not p.startswith("~"), p.lstrip("~")) for t in TYPES for lang in _LANGS
                   for p in CUES[t].get(lang, [])]
                  + [(_VETO + t, True, p) for t, langs in VETOES.items() for lang in _LANGS
                     for p in langs.get(lang, [])]
                  + [(POINTER, True, p) for lang in _LANGS for p in POINTERS.get(lang, [])])


_LANGS = ("en", "bn", "hi")


@cache
def _named_patterns() -> dict[str, re.Pattern]:
    # the year, its genitive ending or "of", up to three words, then the noun
    # (possessive: a shorter run of spaces or of a word's letters never lets the noun follow)
    lead = r"\s*+(?:সালের|সালে|-?এর|ের|की|का|के|’s|'s)?\s*+(?:[^\s।.,;:]++\s++){0,3}?"
    return {t: re.compile(lead + f"(?:{p})") for t, p in NAMED_WITH_YEAR.items()}


def named_with_year(text: str, date_end: int, end: int) -> str | None:
    """The type of an instrument or a war named with the year just before it ("the 1994 treaty");
    not a declaration of independence ("১৯৭১ সালের ২৬ মার্চ স্বাধীনতা ঘোষণা")."""
    for t, pat in _named_patterns().items():
        m = pat.match(text, date_end, end)
        if m and not _INDEPENDENCE.search(m.group(0)):
            return t
    return None


_INDEPENDENCE = re.compile(r"(?i:independence)|স্বাধীনতা|स्वतंत्रता|स्वाधीनता|आज़ादी|आजादी")


Cue = tuple[int, int, str, bool]      # start, end, type, strong


def cues(text: str, start: int, end: int) -> list[Cue]:
    """Every cue in text[start:end] that no veto cancels."""
    return _cues_cached(text, start, end)


@lru_cache(maxsize=256)
def _cues_cached(text: str, start: int, end: int) -> list[Cue]:
    found = _cue_lines().find(text, start, end)
    vetoes = [(s, e, t[len(_VETO):]) for s, e, t, _strong in found if t.startswith(_VETO)]
    if vetoes:
        found = [c for c in found if not c[2].startswith(_VETO)
                 and not any(v[2] == c[2] and v[0] < c[1] and c[0] < v[1] for v in vetoes)]
    return found


def _best(found: list[Cue]) -> str | None:
    strong = [t for _s, _e, t, st in found if st and t != POINTER]
    pool = strong or [t for _s, _e, t, _st in found if t != POINTER]
    return min(pool, key=TYPES.index) if pool else None


@cache
def _label_lines() -> _Lines:
    """The cue lines read only in labels: a table's header cells, a line's key."""
    return _Lines([(t, not p.startswith("~"), p.lstrip("~")) for t in TYPES for lang in _LANGS
                   for p in LABEL_CUES.get(t, {}).get(lang, [])])


def label_type(text: str, start: int, end: int) -> str | None:
    """The type a label (a header cell, a key) tells, read with the cues of running text and the
    noun phrases of labels ("Date of establishment of relations"); None if none."""
    return _best(cues(text, start, end) + _label_lines().find(text, start, end))


def classify(text: str, start: int = 0, end: int | None = None) -> str:
    """The type whose cues occur in text[start:end] (priority among strong cues first); 'other'."""
    end = len(text) if end is None else end
    return _best(cues(text, start, end)) or "other"


# Clause breaks: punctuation and the words that open another clause; "and" only where a verb
# comes before it (Bengali, Hindi) or after it (English). (Every break opens with a punctuation
# mark or a space, tried first: the pattern is then tried only there.)
_BREAK = re.compile(
    r"[,;:\s](?:(?<=[,;:])\s|(?<=\s)(?:"
    r"(?:but|while|whereas|which|when|where|after|before|during|although|though|because|"
    r"কিন্তু|যখন|তবে|যদিও|কারণ|যাতে|যার|যেখানে|लेकिन|जब|क्योंकि|हालांकि|जबकि|जिसके|जिसमें|जिससे)\s"
    r"|(?:and|&)\s(?=(?:\w+ly\s+)?(?:\w+ed|took|made|met|held|sent|gave|won|began|became|signed|agreed|"
    r"opened|closed|paid|left|came|went|restored|re-established|established)\b)"
    # after a postposition "after", "during", "for": what precedes frames the act that follows
    r"|(?:পর|পরে|সময়|সময়ে|চলাকালে|কালে|সফরকালে|জন্য|লক্ষ্যে|হলে)(?P<c3>\s)"
    r"|(?:के बाद|के पश्चात|के दौरान|के समय|के लिए|के लिये|होने पर)(?P<c4>\s)))")
_CUT_GROUPS = ("c3", "c4")
# "and" after a verb (the end of a word: "দিয়েছিল এবং"), looked for at the "and" and checked behind
_AND = re.compile(r"\s\s*(?:এবং|ও|আর|और|तथा|एवं)\s")     # (\s\s* rather than \s+: scanned for in C)
# (a verb ends a word: "দিয়েছিল" ends like "ছিল"; the shortest ones must be the whole word, or a
# noun would end like them: "যানবাহন ও …" is a list)
_VERB_BEFORE = re.compile(
    rf"{_B}(?:হন|হল|হয়)$|"
    r"(?:করে|করেন|করেছে|করেছেন|করেছিল|করেছিলেন|করল|করলেন|দেয়|দেন|দিয়েছে|দিয়েছেন|দিল|দিলেন|"
    r"হয়েছে|হয়েছিল|হলো|যান|যায়|গেছে|গেছেন|গিয়েছিলেন|ছিল|ছিলেন|পান|পায়|নেয়|নেন|নিয়েছে|জানায়|জানান|"
    r"জানিয়েছে|পাঠায়|পাঠান|খোলে|খোলেন|আসে|আসেন|এসেছেন|বলে|বলেন|"
    r"किया|किए|किये|की|गया|गई|गए|हुआ|हुई|हुए|है|हैं|था|थी|थे|दी|दिया|दिए|लिया|ली)$")
_VERB_REACH = 14


def _cut(m: re.Match) -> int:
    """Where a clause break cuts: the start of the match, or of the part a postposition before
    it leaves to the next clause."""
    for g in _CUT_GROUPS:
        if m.start(g) >= 0:
            return m.start(g)
    return m.start()


_WORDS = re.compile(rf"[^\W\d_][\w{MARKS}]")
_ONLY_TIME_WORDS = re.compile(r"\W*(?:(?i:in|on|by|from|since|until|during|of|the|early|late|mid|and)\b\W*)*")


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    found = [_cut(m) for m in _BREAK.finditer(text, start, end)]
    found += [m.start() for m in _AND.finditer(text, start, end)
              if _VERB_BEFORE.search(text, max(start, m.start() - _VERB_REACH), m.start())]
    cuts = [start, *sorted(set(found)), end]
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


# A clause that only sets the time of another act, "during" it ("during the visit", "while
# soldiers were patrolling", "সফরের সময়", "यात्रा के दौरान"), or that only states its purpose
# ("to improve relations", "সম্পর্ক উন্নয়নের লক্ষ্যে", "संबंध सुधारने के लिए"), or the means of it ("with
# the reparations agreement, …"), leaves the act to the other clauses. A clause opened by "after"
# tells an act of its own: the act after it is not dated.
_DURING_OPENING = re.compile(r"\W*(?:(?i:during|while|when|in the course of|in order to|so as to|aimed at|with|under|"
                             r"on the (?:\w+\s+)?(?:anniversary|occasion))\b|(?:যখন|जब)\s)")
# (also "when it happened": "চুক্তিটি কার্যকর হলে …", "समझौता लागू होने पर …")
_DURING_CLOSING = re.compile(r"(?:সময়|সময়ে|চলাকালে|কালে|সফরকালে|জন্য|লক্ষ্যে|বার্ষিকীতে|উপলক্ষে|হলে|"
                             r"के दौरान|के समय|के लिए|के लिये|वर्षगांठ पर|के अवसर पर|होने पर)\W*$")
_AFTER_OPENING = re.compile(r"\W*(?i:after|following|before)\b")
_AFTER_CLOSING = re.compile(r"(?:পর|পরে|के बाद|के पश्चात)\W*$")
_CLOSING_REACH = 24


def _is_frame(text: str, a: int, b: int, opening: re.Pattern, closing: re.Pattern) -> bool:
    """Whether the clause text[a:b] opens or closes with one of the words of a frame."""
    return bool(opening.match(text, a, b) or closing.search(text, max(a, b - _CLOSING_REACH), b))


def _frames(text: str, parts: list[tuple[int, int]], by_clause: dict[int, list[Cue]]) -> set[int]:
    """The clauses (of those with cues) that only frame another act. A frame a postposition
    closes ("… सुधार करने और …, खासकर … चर्चा करने के लिए") takes in the clauses before it that
    a comma alone cuts off and that end without a verb of their own."""
    out = {i for i in by_clause if _is_frame(text, *parts[i], _DURING_OPENING, _DURING_CLOSING)}
    for i in range(len(parts) - 1, 0, -1):
        a, b = parts[i]
        if not _DURING_CLOSING.search(text, max(a, b - _CLOSING_REACH), b):
            continue
        j = i - 1
        while j >= 0 and text.startswith(",", parts[j + 1][0]) and not _ends_with_verb(text, *parts[j]):
            out.add(j)
            j -= 1
    return out


def _ends_with_verb(text: str, a: int, b: int) -> bool:
    b = len(text[a:b].rstrip(" ,")) + a
    return bool(_VERB_BEFORE.search(text, max(a, b - _VERB_REACH), b))


def _joined_act(text: str, parts: list[tuple[int, int]], by_clause: dict[int, list[Cue]], k: int,
                frames: set[int], own: str) -> str | None:
    """A weightier act told in a later clause of the same date's region, joined to the date's act:
    what a visit brought about ("met … on 3 May and signed two agreements", "visited …, where a loan
    was announced"), relations established with a recognition ("recognised it on … and established
    relations"), or any act joined to one of no type ("upgraded ties to a partnership on …, during a
    visit": only the frame then): the priority of ANNOTATION 6.4 and 6.11. Only strong cues count,
    and not in a clause that frames another act (but for an act of no type), tells what came before
    or after, or talks, reasons or denies (NOT_OUTCOME)."""
    weightier = _OUTCOMES if own == "visit" else ("relations_established",) if own == "recognition" else \
        TYPES[:-1] if own == "other" else ()
    if not weightier:
        return None
    # an act of no type of its own takes the type of the frame it happens in ("a partnership
    # announced on …, during a visit"), and only that
    framing = frames if own != "other" else set(by_clause) - frames
    outcome = [c for i, cs in by_clause.items() if i > k and i not in framing
               and not _is_frame(text, *parts[i], _AFTER_OPENING, _AFTER_CLOSING)
               and not _not_outcome().search(text, *parts[i])
               for c in cs if c[3] and c[2] in weightier]
    return _best(outcome)


# What a visit brings about (ANNOTATION 6.11 ranks them above it): not a war, trade or exercise it
# happens to speak of.
_OUTCOMES = ("relations_established", "recognition", "aid", "agreement", "embassy")


@cache
def _not_outcome() -> re.Pattern:
    return re.compile("|".join(unicodedata.normalize("NFC", p) for lang in _LANGS for p in NOT_OUTCOME[lang]))


def classify_near(text: str, start: int, end: int, anchor: int, anchor_end: int | None = None,
                  sentence: tuple[int, int] | None = None,
                  others: Callable[[int, int], bool] | None = None,
                  pointed: Callable[[], str | None] | None = None) -> tuple[str, str]:
    """The type of the act dated at ``anchor`` in the region text[start:end] of its sentence,
    and how it was decided: 'named' (an instrument or war named with its year), 'clause' (a
    cue in the date's clause), 'near' (in a clause near it), or 'none' (no cue: 'other'). Cues
    are read in the whole ``sentence`` (a cue may begin before the region: "relations … were
    severed in 1990 but restored in 2004") and count where they end; a word pointing back
    ("the 9th edition") counts as the type ``pointed`` gives, the act told before. ``others``:
    whether a clause tells of other states only (it names a party, neither of the pair): its cues are
    theirs ("with funding from the United States, A and B opened a bridge" is no aid)."""
    ss, se = sentence or (start, end)
    in_sentence = cues(text, ss, se)
    found = [c for c in in_sentence if start < c[1] <= end]
    if anchor_end is not None:
        named = named_with_year(text, anchor_end, end)
        # the named instrument or war, unless the region tells a weightier act of its own ("with the
        # 1956 reparations agreement the two re-established relations")
        if named and not any(c[3] and c[2] in TYPES and TYPES.index(c[2]) < TYPES.index(named) for c in found):
            return named, "named"
    if any(c[2] == POINTER for c in found):
        # a word pointing back ("closed it", "তা বন্ধ করে") points first to the act told earlier in
        # its own sentence ("opened an embassy in 1973 and closed it in 1992"), else to the one before
        at = min(c[0] for c in found if c[2] == POINTER)
        earlier = [c for c in in_sentence if c[1] <= at and c[2] != POINTER and c[3]]
        back = earlier[-1][2] if earlier else pointed() if pointed is not None else None
        found = [c for c in found if c[2] != POINTER] + (
            [(c[0], c[1], back, c[3]) for c in found if c[2] == POINTER] if back else [])
    if not found:
        return "other", "none"
    parts = clauses(text, start, end)
    ends = [b for _a, b in parts]
    by_clause: dict[int, list[Cue]] = {}
    for c in found:
        where = min(bisect_left(ends, c[1]), len(parts) - 1)
        by_clause.setdefault(where, []).append(c)
    k = next((i for i, (a, b) in enumerate(parts) if a <= anchor < b), 0)
    if others is not None:
        by_clause = {i: cs for i, cs in by_clause.items() if i == k or not others(*parts[i])}
        if not by_clause:
            return "other", "none"
    frames = _frames(text, parts, by_clause)
    # the date's own clause decides, unless it only frames another act ("during the visit, …
    # were signed"; "while soldiers were patrolling on …")
    strong_elsewhere = any(c[3] for i, cs in by_clause.items() if i != k for c in cs)
    if k in by_clause and not (k in frames and strong_elsewhere):
        own = _best(by_clause[k])
        return _joined_act(text, parts, by_clause, k, frames, own) or own, "clause"
    # A date that opens its clause ("On 5 May, …") dates what follows; one that closes it
    # ("… doing so on 13 January 1972") dates what came before.
    a, b = parts[k]
    if not _WORDS.search(text, anchor_end or anchor, b):
        forward = False
    elif _ONLY_TIME_WORDS.fullmatch(text, a, anchor):
        forward = True
    else:
        forward = anchor - a <= b - anchor
    order = []
    for d in range(1, len(parts)):
        near = (k + d, k - d) if forward else (k - d, k + d)
        order += [i for i in near if i in by_clause]
    late = frames | {i for i in by_clause if _is_frame(text, *parts[i], _AFTER_OPENING, _AFTER_CLOSING)}
    order = [i for i in order if i not in late] + [i for i in order if i in late] + [k] * (k in by_clause)
    near = _best(by_clause[order[0]])
    if order[0] > k:
        return _joined_act(text, parts, by_clause, order[0], frames, near) or near, "near"
    return near, "near"
