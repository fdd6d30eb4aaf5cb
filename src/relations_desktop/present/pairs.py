"""A relationship named the way a person writes it: ``TJ-TR``, ``Tajikistan-Turkey``,
``তাজিকিস্তান-তুরস্ক``, ``Guinea-Bissau – Senegal``; codes or names in any of the three languages
(``corpus.gazetteer.country_code``), on either side of a dash, slash, comma or "and"."""

from __future__ import annotations

import regex

from relations_desktop.corpus.gazetteer import country_code
from relations_desktop.store.queries import Pair, pair_key

# Where the two countries may be split. A hyphen can also sit inside a name (Guinea-Bissau),
# so every place is tried and the one where both sides name a country wins.
_SPLIT = regex.compile(r"\s*(?:[-–—‑/,:|+&]|\s(?:and|und|et|ও|এবং|और|तथा|व)\s)\s*|\s+")


class PairError(ValueError):
    """What a person typed does not name two different countries; ``names`` are the parts that
    name none (empty when both name the same one, or there is no second one)."""

    def __init__(self, text: str, names: list[str]) -> None:
        self.text, self.names = text, names
        super().__init__(f"{text!r}: " + (", ".join(names) if names else "not two different countries"))


def parse_pair(text: str) -> Pair:
    """The pair ``text`` names, as the queries take it (``queries.pair_key``). Raises PairError."""
    text = " ".join(text.split())
    unknown: list[str] = []
    for m in _SPLIT.finditer(text):
        left, right = text[:m.start()].strip(), text[m.end():].strip()
        if not left or not right:
            continue
        a, b = country_code(left), country_code(right)
        if a and b:
            if a == b:
                raise PairError(text, [])
            return pair_key(a, b)
        if not unknown:
            unknown = [side for side, code in ((left, a), (right, b)) if code is None]
    if unknown:
        raise PairError(text, unknown)
    raise PairError(text, [text] if text and country_code(text) is None else [])
