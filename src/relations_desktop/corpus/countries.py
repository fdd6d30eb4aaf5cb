"""Find country mentions in text: names, demonyms, capitals, in all three scripts.

Bengali case endings (তুরস্কের, মালয়েশিয়াতে, জিবুতিতেও) and derived adjectives
(পাকিস্তানি, भारतीय) reduce to the name; Hindi nukta and nasal spellings are folded;
long Indic names also match with one vowel sign dropped or changed (a common typo).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import cache
from itertools import accumulate, compress, repeat
from operator import is_not
from typing import NamedTuple

from relations_desktop.corpus.gazetteer import (
    AMBIGUOUS,
    BLOCKER,
    CAPITAL,
    COMBINING,
    DEMONYM,
    FORMER,
    Entry,
    Gazetteer,
    alias_key,
    gazetteer,
)
from relations_desktop.textnorm import (
    NAME_WORD,
    has_astral,
    match_key,
    name_word_bmp,
    skeleton,
    vowels_apart,
    word_script,
)

# Inflectional endings of Bengali nouns, stripped up to twice (জিবুতিতেও → জিবুতিতে → জিবুতি).
_BN_ENDINGS = sorted(
    ["এর", "ের", "র", "কে", "তে", "য়", "এ", "ে", "ও", "ই", "টি", "টির", "রা", "দের", "য়ের", "স্থ",
     "গুলো", "গুলোর", "কার", "েরা"],
    key=len, reverse=True)
# Derivational endings that turn a name into an adjective (পাকিস্তানি, ভারতীয়, पाकिस्तानी, मलेशियाई).
_BN_DERIVED = ("ীয়", "িয়", "ি", "ী", "ীয়দের", "িদের")
_HI_DERIVED = sorted(("ी", "ीय", "ई", "ियों", "ियाई", "ाई", "ों", "वासी", "ीयों"), key=len, reverse=True)
_MIN_STEM = {"bn": 4, "hi": 3}
_DASHES = "-–‑"


class Mention(NamedTuple):
    """One country mention (a named tuple: a document has many, and they are made fast)."""

    start: int
    end: int
    code: str | None      # None for ambiguous forms
    kind: str             # name, demonym, capital, combining, former, ambiguous
    text: str

    @property
    def is_country(self) -> bool:
        return self.code is not None and self.kind not in (FORMER, AMBIGUOUS)

    @property
    def is_state(self) -> bool:
        """A country or a former state with a code of its own (the Soviet Union is SU)."""
        return self.code is not None and self.kind != AMBIGUOUS


# (as lookup keys: the words they are cut from are keys, without nukta: "ঢাকায়" is "ঢাকায")
_BN_SUFFIXES = frozenset(map(match_key, _BN_ENDINGS))
_BN_SUFFIX_LENGTHS = sorted({len(x) for x in _BN_SUFFIXES}, reverse=True)


_BN_DERIVED_KEYS = tuple(dict.fromkeys(map(match_key, _BN_DERIVED)))


def stems(key: str, script: str) -> list[tuple[str, bool]]:
    """Candidate stems of an inflected word; the flag says a derivational ending was removed."""
    out: list[tuple[str, bool]] = []
    if script == "bn":
        frontier = [key]
        for _ in range(2):
            nxt = []
            for k in frontier:
                for n in _BN_SUFFIX_LENGTHS:
                    if len(k) - n >= 2 and k[-n:] in _BN_SUFFIXES:
                        stem = k[:-n]
                        out.append((stem, False))
                        nxt.append(stem)
            frontier = nxt
        for suf in _BN_DERIVED_KEYS:
            if key.endswith(suf) and len(key) - len(suf) >= _MIN_STEM["bn"]:
                out.append((key[: -len(suf)], True))
    elif script == "hi":
        for suf in _HI_DERIVED:
            if key.endswith(suf) and len(key) - len(suf) >= _MIN_STEM["hi"]:
                out.append((key[: -len(suf)], True))
    elif script == "latin" and key.endswith("s") and len(key) > 3:
        out.append((key[:-1], True))   # Tajiks, Afghans: plural demonyms only
    return out


class CountryIndex:
    """The mentions of states (countries and former states) of a document, sorted, for fast
    lookup by span."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = [m for m in mentions if m.is_state]
        self.starts = [m.start for m in self.mentions]

    def between(self, start: int, end: int) -> list[Mention]:
        return self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def span_indices(self, start: int, end: int) -> tuple[int, int]:
        """The slice of ``mentions`` that starts inside [start, end)."""
        return bisect_left(self.starts, start), bisect_left(self.starts, end)


class _Tokens:
    """The words of a text; their lookup keys, scripts, stems and skeletons are computed on
    first use (most words are settled by the per-word cache before any of that)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        span = text[start:end]
        # The words and the gaps between them in one C split (no match objects), and where each
        # word starts and ends summed from their lengths, in C too.
        parts = _splitter(NAME_WORD if has_astral(span) else name_word_bmp()).split(span)
        self.words: list[str] = parts[1::2]
        bounds = list(accumulate(map(len, parts), initial=start))
        self.starts = bounds[1::2]          # (one more than there are words: the last gap's)
        self.ends = bounds[2::2]
        self._keys: dict[int, str] = {}
        self._stem_cache: dict[int, list[tuple[str, bool]]] = {}
        self._skel_cache: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self.words)

    def key(self, i: int) -> str:
        k = self._keys.get(i)
        if k is None:
            k = self._keys[i] = match_key(self.words[i])
        return k

    def script(self, i: int) -> str:
        return word_script(self.words[i])

    def stems(self, i: int) -> list[tuple[str, bool]]:
        if i not in self._stem_cache:
            self._stem_cache[i] = stems(self.key(i), self.script(i))
        return self._stem_cache[i]

    def skeleton(self, i: int) -> str:
        if i not in self._skel_cache:
            self._skel_cache[i] = skeleton(self.key(i))
        return self._skel_cache[i]

    def _joined(self, k: int) -> bool:
        """Words k and k+1 are separated only by spaces or light punctuation."""
        gap = self.text[self.ends[k]:self.starts[k + 1]]
        return len(gap) <= 3 and _HARD_BREAK.isdisjoint(gap)

    def adjacent(self, i: int, length: int) -> bool:
        """Words i … i+length-1 are separated only by spaces or light punctuation."""
        return all(self._joined(k) for k in range(i, i + length - 1))

    def context(self, i: int, length: int) -> tuple:
        """Words i … i+length-1 (fewer at the end) and whether each gap joins them: all that
        a match starting at word i and at most ``length`` words long depends on."""
        j = min(i + length, len(self.words))
        return (*self.words[i:j], *[self._joined(k) for k in range(i, j - 1)])


_HARD_BREAK = frozenset("।॥!?;()[]\n")


@cache
def _splitter(words: re.Pattern) -> re.Pattern:
    """``words`` as the one group of a pattern: its split keeps the words between the gaps."""
    return re.compile(f"({words.pattern})", words.flags)


def find_mentions(text: str, start: int = 0, end: int | None = None,
                  gaz: Gazetteer | None = None) -> list[Mention]:
    """All country mentions in text[start:end], longest match first, left to right."""
    gaz = gaz or gazetteer()
    end = len(text) if end is None else end
    toks = _Tokens(text, start, end)
    out: list[Mention] = []
    ambiguous: list[tuple[int, Entry]] = []
    cache = gaz.single_cache
    # Most words are known not to be names: filter them out in C (map and compress), and
    # look at the others one by one.
    cached = list(map(cache.get, toks.words, repeat(_MISSING)))
    starts, ends = toks.starts, toks.ends
    after = 0                          # the first word not yet inside a match
    for i in compress(range(len(toks)), map(is_not, cached, repeat(None))):
        if i < after:
            continue
        entry = cached[i]
        length = 1
        if entry is _MISSING:
            hit = _match_at(toks, i, gaz, text)
            if hit is None:
                continue
            length, entry = hit
        s, e = starts[i], ends[i + length - 1]
        after = i + length
        kind = entry.kind
        if kind == BLOCKER:
            continue
        if _is_money(text, e, entry):
            continue
        if kind == COMBINING and text[e:e + 1] not in _DASHES:
            continue
        if kind in (DEMONYM, CAPITAL) and s > 1 and text[s - 1] in _DASHES and not (out and out[-1].end == s - 1) \
                and NAME_WORD.match(text, s - 2, s - 1):
            # "Ibero-American", "Afro-Asian": a region's or a people's, no state's; "Baarle-Nassau",
            # "বার্লে-নাসাউ": a town's name, not the capital's ("Dhaka-Delhi" names two capitals)
            continue
        if kind == AMBIGUOUS:
            ambiguous.append((len(out), entry))
        out.append(Mention(s, e, None if kind == AMBIGUOUS else entry.code, kind, text[s:e]))
    if ambiguous:
        _resolve(out, ambiguous, gaz)
    return out


def _resolve(mentions: list[Mention], ambiguous: list[tuple[int, Entry]], gaz: Gazetteer) -> None:
    """Ambiguous forms read as the one country of theirs the text names plainly: after "DR Congo"
    (and no "Republic of the Congo"), "Congo" is DR Congo; after "South Korea", "Korea" is South Korea.
    When the text names several of them plainly, the one it names far most often (a page on DR
    Congo that once gives the other Congo's name)."""
    named = Counter(m.code for m in mentions if m.code)
    for i, entry in ambiguous:
        fits = {code: kind for code, kind in gaz.candidates.get(alias_key(entry.surface), ()) if code in named}
        ranked = sorted(fits, key=named.__getitem__, reverse=True)
        if len(ranked) == 1 or (len(ranked) > 1 and named[ranked[0]] >= _DOMINANT * named[ranked[1]]):
            mentions[i] = mentions[i]._replace(code=ranked[0], kind=fits[ranked[0]])


_DOMINANT = 4        # how many times more often the text must name one reading than the next


def _is_money(text: str, end: int, entry: Entry) -> bool:
    """``US$`` and ``US dollars`` name a currency, not the country."""
    return text[end:end + 1] == "$" or (entry.code == "US" and text[end:end + 2] in ("$", "D ", "D,"))


_MISSING = object()
_CACHE_MAX = 500_000


def _match_at(toks: _Tokens, i: int, gaz: Gazetteer, text: str) -> tuple[int, Entry] | None:
    word = toks.words[i]
    # Most words are not names. When the answer cannot depend on the next words (the word
    # starts no multi-word name), it depends on the word alone and is remembered.
    cached = gaz.single_cache.get(word, _MISSING)
    if cached is not _MISSING:
        return None if cached is None else (1, cached)
    # A word that may start a longer name depends on the next few words and the gaps between
    # them; frequent names ("United States", "সোভিয়েত ইউনিয়ন") recur word for word.
    span = gaz.context_span.get(word)
    if span is not None:
        hit = gaz.context_cache.get(toks.context(i, span), _MISSING)
        if hit is not _MISSING:
            return hit
    hit = _match_at_uncached(toks, i, gaz)
    if len(gaz.single_cache) + len(gaz.context_cache) >= _CACHE_MAX:
        return hit
    # The longest name (exact, or by skeleton for Indic words) that can start at this word.
    longest = gaz.lengths.get(toks.key(i), (1,))[0]
    if toks.script(i) in ("bn", "hi"):
        longest = max(longest, gaz.fuzzy_lengths.get(toks.skeleton(i), (1,))[0])
    if hit is not None:
        longest = max(longest, hit[0])
    if longest == 1:
        gaz.single_cache[word] = None if hit is None else hit[1]
    else:
        gaz.context_span[word] = longest
        gaz.context_cache[toks.context(i, longest)] = hit
    return hit


def _match_at_uncached(toks: _Tokens, i: int, gaz: Gazetteer) -> tuple[int, Entry] | None:
    remaining = len(toks) - i
    key = toks.key(i)
    for length in gaz.lengths.get(key, ()):
        if length > remaining:
            continue
        head = tuple(toks.key(k) for k in range(i, i + length - 1))
        if length > 1 and (head not in gaz.heads or not toks.adjacent(i, length)):
            continue
        entry = gaz.exact.get((*head, toks.key(i + length - 1)))
        if entry is None:
            entry = _stemmed(gaz.exact, head, toks, i + length - 1)
        if entry is not None:
            return length, entry
    # Endings are at most eight characters: only a word that starts with a known name
    # (or, for typos, a known skeleton) is worth stemming.
    if key not in gaz.first and any(key[:-n] in gaz.first for n in range(1, min(9, len(key) - 1))):
        entry = _stemmed(gaz.exact, (), toks, i)
        if entry is not None:
            return 1, entry
    if toks.script(i) in ("bn", "hi"):
        first = toks.skeleton(i)
        if not any(first[:len(first) - n] in gaz.fuzzy_first for n in range(0, min(7, len(first) - 1))):
            return None
        for length in gaz.fuzzy_lengths.get(first, ()):
            if length > remaining or (length > 1 and not toks.adjacent(i, length)):
                continue
            head = tuple(toks.skeleton(k) for k in range(i, i + length - 1))
            skel = (*head, toks.skeleton(i + length - 1))
            entry = gaz.fuzzy.get(skel)
            if entry is not None and _alike(tuple(toks.key(k) for k in range(i, i + length)), skel, entry, gaz):
                return length, entry
        # a single inflected word: its stems' skeletons
        for stem, _derived in toks.stems(i):
            entry = gaz.fuzzy.get((skeleton(stem),))
            if entry is not None and _alike((stem,), (skeleton(stem),), entry, gaz):
                return 1, entry
        if len(toks) > i + 1 and toks.adjacent(i, 2):
            for stem, _derived in toks.stems(i + 1):
                skel = (first, skeleton(stem))
                entry = gaz.fuzzy.get(skel)
                if entry is not None and _alike((key, stem), skel, entry, gaz):
                    return 2, entry
    return None


_VOWEL_SIGN = re.compile(r"[\u09be-\u09cc\u0940-\u094c\u093e\u0962\u0963\u09e2\u09e3]")


_VOWELS_APART_MAX = 3        # one vowel sign changed and one near slip (in half changes)


def _alike(words: tuple[str, ...], skel: tuple[str, ...], entry: Entry, gaz: Gazetteer) -> bool:
    """Whether words matched by their consonants alone are the name: their vowel signs differ
    from one spelling of it by one change and one slip at most ("গ্রেনেড", a grenade, is not "গ্রেনাডা"), and a
    capital's last vowel sign is its own ("কাস্ত্রো" is Castro, not the capital written "কাস্ত্রি")."""
    if not any(sum(vowels_apart(w, k) for w, k in zip(words, spelling, strict=True)) <= _VOWELS_APART_MAX
               for spelling in gaz.fuzzy_spellings[skel]):
        return False
    if entry.kind != CAPITAL:
        return True
    last = _VOWEL_SIGN.findall(words[-1])[-1:]
    return last == _VOWEL_SIGN.findall(alias_key(entry.surface)[-1])[-1:]


def _stemmed(table: dict[tuple[str, ...], Entry], head: tuple[str, ...], toks: _Tokens,
             j: int) -> Entry | None:
    for stem, derived in toks.stems(j):
        entry = table.get((*head, stem))
        if entry is None:
            continue
        if entry.kind in (BLOCKER, AMBIGUOUS):
            return entry          # an inflected blocker still blocks (ভারত মহাসাগরে)
        if word_script(stem) == "latin" and entry.kind != DEMONYM:
            continue
        if derived and entry.kind == DEMONYM and word_script(stem) != "latin":
            continue
        return entry
    return None
