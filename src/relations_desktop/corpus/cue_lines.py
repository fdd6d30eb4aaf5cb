"""Find the cue lines (regular expressions, each tagged with a type) of many types in a text in
one scan: each line is indexed by the characters its matches can open with, and only the
few lines that can match at a word start are tried there."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from relations_desktop.textnorm import NAME_WORD, WORD_START

Cue = tuple[int, int, str, bool]      # start, end, type, strong


class CueLines:
    """The cue (or veto) lines of some scripts, indexed by the first (up to three) characters a
    match can start with, and each with the first six where they are fixed: at each word start
    only the few lines that can match there are tried, and each line on its own (two types'
    cues may begin at the same word). Lines that may start inside a word ("*") are searched for."""

    def __init__(self, entries: list[tuple[str, bool, str]]) -> None:
        grouped: dict[str, dict[tuple[str, bool], tuple[list[str], set[str]]]] = {}
        scanned: set[str] = set()
        # (with the characters every match opens with: where they are absent, nothing is searched)
        self.anywhere: list[tuple[str, bool, re.Pattern, str]] = []
        for type_, strong, line in entries:
            line = nukta_optional(line)
            heads = _heads_of(line)
            if heads is None:                       # can start anywhere, or with anything
                self.anywhere.append((type_, strong, _searched(line), _literal_start(line.lstrip("*"))))
                continue
            longer = _longer_heads(line)
            for head in heads:
                lines, openings = grouped.setdefault(head, {}).setdefault((type_, strong), ([], set()))
                lines.append(line)
                openings.update(longer)
            scanned.update(_scanned(heads, longer))
        # one pattern per head, type and strength: a type's lines never hide another type's
        # (compiled when a text first has a word opening with that head: most texts need few),
        # with the longer openings (case folded) one of its lines needs to match
        self.by_prefix: dict[str, list[tuple[str, bool, tuple[str, ...], tuple[str, ...]]]] = {
            head: [(t, s, tuple(lines), tuple(sorted(openings))) for (t, s), (lines, openings) in by_type.items()]
            for head, by_type in grouped.items()}
        # whether a cue can begin at a word: its first characters (tried once per opening)
        self.heads = _heads_pattern(sorted(scanned)) if scanned else None
        self._tried: dict[str, list[tuple[str, bool, re.Pattern]]] = {}
        self._opened: dict[str, list[tuple[str, bool, re.Pattern]]] = {}

    def _tried_at(self, at: str) -> list[tuple[str, bool, re.Pattern]]:
        """The lines tried where a word opens with ``at`` (the text's next _FILTER_LEN
        characters): those of its three, two and first characters (lower case), in that order,
        that have a line whose longer opening ``at`` begins with (remembered: the same words
        recur). Where folding the case changes the length, or a dotless i (which matches "i"
        without folding to it) is in ``at``, the openings do not say: all are tried."""
        get = self.by_prefix.get
        head = at[:_PREFIX_LEN].lower()
        folded = at.casefold()
        sure = len(folded) == len(at) and "\u0131" not in at
        tried = [(t, s, _alternation(lines)) for key in (head, head[:2], head[:1])
                 for t, s, lines, openings in get(key, ()) if not sure or folded.startswith(openings)]
        if len(self._tried) < _TRIED_MAX:
            self._tried[at] = tried
        return tried

    def _opened_at(self, at: str) -> list[tuple[str, bool, re.Pattern]]:
        """The lines tried at a word opening with ``at`` (_FILTER_LEN characters, all a head can
        hold): none where no head opens it (remembered, as the lines are)."""
        lines: list[tuple[str, bool, re.Pattern]] = []
        if self.heads is not None and self.heads.match(at):
            got = self._tried.get(at)
            lines = self._tried_at(at) if got is None else got
        if len(self._opened) < _TRIED_MAX:
            self._opened[at] = lines
        return lines

    def find(self, text: str, start: int, end: int) -> list[Cue]:
        out: list[Cue] = []
        opened = self._opened.get
        # (the words of the span, in one C scan; the one the span may open inside of is no word start)
        inside = start if start > 0 and NAME_WORD.match(text, start - 1, start) else -1
        for w in NAME_WORD.finditer(text, start, end) if self.heads is not None else ():
            p = w.start()
            if p == inside:
                continue
            if p + _FILTER_LEN <= end:
                at = text[p:p + _FILTER_LEN]
                lines = opened(at)
                if lines is None:
                    lines = self._opened_at(at)
            elif self.heads.match(text, p, end):           # (near the end: the head itself)
                at = text[p:p + _FILTER_LEN]
                lines = self._tried.get(at)
                if lines is None:
                    lines = self._tried_at(at)
            else:
                continue
            for type_, strong, pattern in lines:
                m = pattern.match(text, p, end)
                if m is not None and m.end() > p:
                    out.append((p, m.end(), type_, strong))
        for type_, strong, pattern, opening in self.anywhere:
            if text.find(opening, start, end) >= 0:
                out.extend((m.start(), m.end(), type_, strong) for m in pattern.finditer(text, start, end))
        return out


# Hindi writes the consonants of Persian and English words with a nukta or without ("क़ब्ज़ा",
# "कब्ज़ा", "कब्जा"; "फ़ैसला", "फैसला"): in a cue line each of them matches either way.
_NUKTA = "\u093c"
_NUKTA_BASES = frozenset("कखगजडढफ")
_QUANTIFIERS = ("?", "*", "+", "{")


def nukta_optional(line: str) -> str:
    """``line`` with a nukta optional after every Devanagari consonant that takes one (outside
    character classes and look-behinds)."""
    out: list[str] = []
    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        if ch == "\\":
            out.append(line[i:i + 2])
            i += 2
        elif ch == "[":
            j = i + 1 + (line[i + 1:i + 2] == "^")
            j += line[j:j + 1] == "]"
            while j < n and line[j] != "]":
                j += 2 if line[j] == "\\" else 1
            out.append(line[i:j + 1])
            i = j + 1
        elif line.startswith(("(?<=", "(?<!"), i):       # a look-behind keeps its fixed width
            j, depth = i, 0
            while j < n:
                if line[j] == "\\":
                    j += 1
                elif line[j] == "(":
                    depth += 1
                elif line[j] == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            out.append(line[i:j + 1])
            i = j + 1
        elif ch in _NUKTA_BASES:
            i += 1 + (line[i + 1:i + 2] == _NUKTA)
            quantified = line[i:i + 1] in _QUANTIFIERS
            out.append(f"(?:{ch}{_NUKTA}?)" if quantified else f"{ch}{_NUKTA}?")
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _scanned(heads: frozenset[str], longer: set[str]) -> set[str]:
    """What the scan for a line's starts looks for: its longer openings, and its heads where
    none of them is as long (a line opening with \\d: its digits)."""
    out = set()
    for h in longer:
        if any(h.startswith(s.casefold()) for s in heads):
            out.add(h)
        else:
            out.update(s.casefold() for s in heads if s.casefold().startswith(h))
    return out


# What else a Latin letter matches in a cue line that ignores case.
_OTHER_CASES = {"i": "I\u0130\u0131", "k": "K\u212a", "s": "S\u017f"}


def _cased(ch: str, depth: int) -> str:
    """The characters the scan takes for the ``depth``-th character of a head (the first three
    in either ASCII case only, as the heads' lines were always tried)."""
    if not (ch.isascii() and ch.isalpha()):
        return ch
    return ch + (ch.upper() if depth < _PREFIX_LEN else _OTHER_CASES.get(ch, ch.upper()))


def _heads_pattern(heads: list[str]) -> re.Pattern:
    """A pattern matching any of ``heads`` (a few lower-case characters; Latin letters in either
    case), written as a tree of character sets: far faster than a list of alternatives."""
    tree: dict = {}
    for h in heads:
        node = tree
        for ch in h:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict, depth: int) -> str:
        if "" in node:
            return ""                   # a shorter head ends here: what follows does not matter
        by_rest: dict[str, list[str]] = {}
        for ch, child in node.items():
            by_rest.setdefault(emit(child, depth + 1), []).append(ch)
        parts = [f"[{re.escape(''.join(_cased(c, depth) for c in sorted(chars)))}]{rest}"
                 for rest, chars in sorted(by_rest.items())]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    # at word starts only (far fewer tries), and zero-width: a head holding a space ("a c") must
    # not hide the word start inside it ("opened a consulate")
    return re.compile(WORD_START + "(?=" + emit(tree, 0) + ")")


_PREFIX_LEN = 3
# How many characters of a word decide which of its head's lines are tried there (a cue
# starting "the" is not tried at "then"), and how many such openings are remembered.
_FILTER_LEN = 6
_TRIED_MAX = 50_000
_MAX_OPENINGS = 2_000
_DIGITS = "0123456789০১২৩৪৫৬৭৮৯०१२३४५६७८९"


# English cue words match in any case ("recalled Ambassador X", "a Treaty of Friendship"): a line's
# (?i:…) group would otherwise end before the words after it.
_CASE = re.IGNORECASE


@cache
def _alternation(lines: tuple[str, ...]) -> re.Pattern:
    return re.compile(lines[0], _CASE) if len(lines) == 1 else re.compile("|".join(f"(?:{x})" for x in lines), _CASE)


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
    return re.compile(line[1:], _CASE) if line.startswith("*") else re.compile(WORD_START + line, _CASE)


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


def _longer_heads(line: str) -> set[str]:
    """The first _FILTER_LEN characters (case folded) any match of ``line`` can start with,
    shorter where what follows is not a fixed set of characters; {""} when there are too many."""
    heads = _prefixes(line, _FILTER_LEN, folded=True)
    return {""} if heads is None or len(heads) > _MAX_OPENINGS else heads


@lru_cache(maxsize=4)
def _parsed(line: str) -> list:
    """A cue line parsed (its heads and its longer openings are read from one parse)."""
    import re._parser as parser

    return list(parser.parse(line))


def _prefixes(line: str, length: int = _PREFIX_LEN, folded: bool = False) -> set[str] | None:
    """The first characters (lower case, up to ``length``) any match of ``line`` can start with,
    or None when it can start with any character. Where a character class or the like follows
    some literal characters, the prefix stops there. ``folded``: every character case folded,
    and a prefix stops at a class of characters (\\d, \\w) or a repeat: a match of the line
    then surely begins with one of them (the openings that decide which lines are tried)."""
    import re._constants as c

    stop = "\0"                      # marks a prefix that can go no further

    def closed(h: str) -> bool:
        return len(h) >= length or h.endswith(stop)

    def seq(items: list, flags: int, heads: set[str]) -> set[str]:
        for op, av in items:
            if all(closed(h) for h in heads):
                return heads
            done = {h for h in heads if closed(h)}
            open_ = heads - done
            if folded and len(heads) > _MAX_OPENINGS:     # (too many to be of use: no longer ones)
                return {h if closed(h) else h + stop for h in heads}
            if op == c.LITERAL:
                ch = chr(av).casefold() if folded else chr(av).lower() if flags & re.I else chr(av)
                heads = done | {h + ch for h in open_}
            elif op == c.IN:
                chars = []
                for kind, val in av:
                    if kind == c.LITERAL:
                        chars.append(chr(val))
                    elif kind == c.RANGE and val[1] - val[0] < 40:
                        chars.extend(chr(x) for x in range(val[0], val[1] + 1))
                    elif kind == c.CATEGORY and val == c.CATEGORY_DIGIT and not folded:
                        chars.extend(_DIGITS)        # (\d in a str pattern: Bengali and Devanagari too)
                    else:
                        chars = None
                        break
                if chars is None:
                    heads = done | {h + stop for h in open_}
                else:
                    chars = [ch.casefold() if folded else ch.lower() if flags & re.I else ch for ch in chars]
                    heads = done | {h + ch for h in open_ for ch in chars}
            elif op == c.BRANCH:
                heads = set(done)
                for branch in av[1]:
                    heads |= seq(branch, flags, set(open_))
            elif op == c.SUBPATTERN:
                _group, add, _del, items2 = av
                heads = done | seq(items2, flags | add, set(open_))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                lo, hi, items2 = av
                once = seq(items2, flags, set(open_))
                if folded and hi > 1:           # (it may repeat: what follows is not known)
                    once = {h if closed(h) else h + stop for h in once}
                heads = done | once | (open_ if lo == 0 else set())
            elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue
            else:
                heads = done | {h + stop for h in open_}
        return heads

    heads = {h.replace(stop, "") for h in seq(_parsed(line), 0, {""})}
    if "" in heads:
        return None
    return {h[:length] for h in heads}
