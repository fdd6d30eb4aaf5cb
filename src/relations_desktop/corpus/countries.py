"""Find country mentions in text: names, demonyms, capitals, in all three scripts.

Bengali case endings (তুরস্কের, মালয়েশিয়াতে, জিবুতিতেও) and derived adjectives
(পাকিস্তানি, भारतीय) reduce to the name; Hindi nukta and nasal spellings are folded;
long Indic names also match with one vowel sign dropped or changed (a common typo).
"""

from __future__ import annotations

from dataclasses import dataclass

from relations_desktop.corpus.gazetteer import (
    AMBIGUOUS,
    BLOCKER,
    COMBINING,
    DEMONYM,
    FORMER,
    Entry,
    Gazetteer,
    gazetteer,
)
from relations_desktop.corpus.textnorm import WORD, match_key, skeleton, word_script

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


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    code: str | None      # None for ambiguous forms
    kind: str             # name, demonym, capital, combining, former, ambiguous
    text: str

    @property
    def is_country(self) -> bool:
        return self.code is not None and self.kind not in (FORMER, AMBIGUOUS)


def stems(key: str, script: str) -> list[tuple[str, bool]]:
    """Candidate stems of an inflected word; the flag says a derivational ending was removed."""
    out: list[tuple[str, bool]] = []
    if script == "bn":
        frontier = [key]
        for _ in range(2):
            nxt = []
            for k in frontier:
                for suf in _BN_ENDINGS:
                    if k.endswith(suf) and len(k) - len(suf) >= 2:
                        stem = k[: -len(suf)]
                        out.append((stem, False))
                        nxt.append(stem)
            frontier = nxt
        for suf in _BN_DERIVED:
            if key.endswith(suf) and len(key) - len(suf) >= _MIN_STEM["bn"]:
                out.append((key[: -len(suf)], True))
    elif script == "hi":
        for suf in _HI_DERIVED:
            if key.endswith(suf) and len(key) - len(suf) >= _MIN_STEM["hi"]:
                out.append((key[: -len(suf)], True))
    elif script == "latin" and key.endswith("s") and len(key) > 3:
        out.append((key[:-1], True))   # Tajiks, Afghans: plural demonyms only
    return out


class _Tokens:
    def __init__(self, text: str, start: int, end: int) -> None:
        self.spans: list[tuple[int, int]] = []
        self.keys: list[str] = []
        for m in WORD.finditer(text, start, end):
            self.spans.append((m.start(), m.end()))
            self.keys.append(match_key(m.group(0)))
        self._stem_cache: dict[int, list[tuple[str, bool]]] = {}

    def stems(self, i: int) -> list[tuple[str, bool]]:
        if i not in self._stem_cache:
            key = self.keys[i]
            self._stem_cache[i] = stems(key, word_script(key))
        return self._stem_cache[i]


def find_mentions(text: str, start: int = 0, end: int | None = None,
                  gaz: Gazetteer | None = None) -> list[Mention]:
    """All country mentions in text[start:end], longest match first, left to right."""
    gaz = gaz or gazetteer()
    end = len(text) if end is None else end
    toks = _Tokens(text, start, end)
    out: list[Mention] = []
    i, n = 0, len(toks.keys)
    while i < n:
        hit = _match_at(toks, i, gaz, text)
        if hit is None:
            i += 1
            continue
        length, entry = hit
        s, e = toks.spans[i][0], toks.spans[i + length - 1][1]
        i += length
        if entry.kind == BLOCKER:
            continue
        if _is_money(text, e, entry):
            continue
        if entry.kind == COMBINING and text[e:e + 1] not in _DASHES:
            continue
        code = None if entry.kind == AMBIGUOUS else entry.code
        out.append(Mention(s, e, code, entry.kind, text[s:e]))
    return out


def _is_money(text: str, end: int, entry: Entry) -> bool:
    """``US$`` and ``US dollars`` name a currency, not the country."""
    return text[end:end + 1] == "$" or (entry.code == "US" and text[end:end + 2] in ("$", "D ", "D,"))


def _match_at(toks: _Tokens, i: int, gaz: Gazetteer, text: str) -> tuple[int, Entry] | None:
    keys = toks.keys
    first_ok = keys[i] in gaz.first
    n_max = min(gaz.max_len, len(keys) - i)
    if first_ok:
        for length in range(n_max, 0, -1):
            if length > 1 and not _adjacent(toks, i, length, text):
                continue
            head = tuple(keys[i:i + length - 1])
            entry = gaz.exact.get((*head, keys[i + length - 1]))
            if entry is not None:
                return length, entry
            entry = _stemmed(gaz.exact, head, toks, i + length - 1)
            if entry is not None:
                return length, entry
    else:
        entry = _stemmed(gaz.exact, (), toks, i)
        if entry is not None:
            return 1, entry
    if word_script(keys[i]) in ("bn", "hi"):
        for length in range(min(n_max, 3), 0, -1):
            if length > 1 and not _adjacent(toks, i, length, text):
                continue
            head = tuple(skeleton(k) for k in keys[i:i + length - 1])
            last = keys[i + length - 1]
            for cand in [last] + [s for s, _ in toks.stems(i + length - 1)]:
                entry = gaz.fuzzy.get((*head, skeleton(cand)))
                if entry is not None:
                    return length, entry
    return None


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


def _adjacent(toks: _Tokens, i: int, length: int, text: str) -> bool:
    """Tokens of one multi-word name are separated only by spaces or light punctuation."""
    for k in range(i, i + length - 1):
        gap = text[toks.spans[k][1]:toks.spans[k + 1][0]]
        if len(gap) > 3 or any(c in gap for c in "।॥!?;()[]\n"):
            return False
    return True
