"""Locale-aware sort keys (Unicode Collation Algorithm, DUCET) for names in any script."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import pyuca
from pyuca.collator import COLL_ELEMENT_PATTERN

_HEX_DIGITS = frozenset("0123456789ABCDEFabcdef")


class _Collator(pyuca.Collator):
    """pyuca's collator, loading only the table entries made of the given characters.

    Parsing the whole table takes a quarter of a second; a list of names needs a few
    hundred of its 30,000 lines. An entry whose characters all occur in the texts is kept,
    so the keys are exactly those of the full table.
    """

    def __init__(self, chars: frozenset[int]) -> None:
        self._chars = chars
        super().__init__()

    def load(self, filename: str) -> None:
        chars = self._chars
        with open(filename, encoding="utf-8") as keys_file:
            for raw in keys_file:
                # Most entries start with a character no name has: that is seen from the first
                # code point alone, before the line is parsed.
                semi = raw.find(";")
                if semi > 0 and raw[0] in _HEX_DIGITS:
                    first = raw[:semi].split(None, 1)[0]
                    if "#" not in first and int(first, 16) not in chars:
                        continue
                line = raw.split("#", 1)[0].rstrip()
                if not line or line.startswith("@version"):
                    continue
                if line.startswith("@implicitweights"):
                    ch_range, base = line[len("@implicitweights"):].split(";")
                    lo, hi = ch_range.split("..")
                    self.implicit_weights.append([int(lo, 16), int(hi, 16), int(base, 16)])
                    continue
                head, weights = line.split(";", 1)
                key = [int(h, 16) for h in head.split()]
                if not chars.issuperset(key):
                    continue
                self.table.add(key, [[int(w, 16) for w in m.groups()]
                                     for m in COLL_ELEMENT_PATTERN.finditer(weights.strip())])


def sort_keys(texts: Iterable[str]) -> list[tuple[int, ...]]:
    """Keys that sort Bengali, Devanagari and Latin names in their alphabetical order,
    one per text, from one collator loaded for these texts' characters."""
    texts = list(texts)
    chars = frozenset(ord(ch) for t in texts for ch in unicodedata.normalize("NFD", t))
    collator = _Collator(chars)
    return [collator.sort_key(t) for t in texts]
