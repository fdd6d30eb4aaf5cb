"""A story about one pair that turns to another partner: a trip on to a third state ("After
Uganda, the president travelled on to Rwanda", "উগান্ডা সফর শেষে প্রেসিডেন্ট রুয়ান্ডা যান",
"युगांडा के बाद राष्ट्रपति रवांडा गए") is an act of the traveller's state with that state."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from relations_desktop.corpus.countries import Mention
from relations_desktop.corpus.gazetteer import DEMONYM
from relations_desktop.textnorm import MARKS

_E = rf"(?![\w{MARKS}])"
# Words right before a destination (en) or right after it (bn, hi).
_TO_BEFORE = re.compile(r"(?i:\b(?:on to|onward to|onwards to|went to|travel(?:l?ed)? to|flew to|headed to|"
                        r"left for|arrived in|proceeded to|moved on to)\s+(?:the\s+)?)$")
_TO_AFTER = re.compile(r"(?:-?তে|-?এ|য়|ে)?\s*(?:যান|গেলেন|পৌঁছান|পৌঁছেন|রওনা|সফরে\s*যান)" + _E + "|"
                       r"\s*(?:गए|गईं|गई|पहुंचे|पहुँचे|रवाना\s+हुए|के\s+लिए\s+रवाना)" + _E)
# A mention owning the traveller ("Kenya's president", "কেনিয়ার প্রেসিডেন্ট", "केन्या के राष्ट्रपति").
_OWNER_EN = re.compile(r"['’]s\b")
_OWNER_HI = re.compile(r"\s+(?:के|की|का)\s+(?!बाद|पहले|बजाय|साथ|खिलाफ|ख़िलाफ़|लिए)")


def _is_destination(text: str, m: Mention) -> bool:
    return bool(_TO_BEFORE.search(text, max(0, m.start - 24), m.start) or _TO_AFTER.match(text, m.end))


def _owns(text: str, m: Mention) -> bool:
    return (m.kind == DEMONYM or bool(_OWNER_EN.match(text, m.end)) or bool(_OWNER_HI.match(text, m.end))
            or (m.text.endswith("র") and not _TO_AFTER.match(text, m.end)))


def turn_pair(text: str, mentions: Sequence[Mention], parties: Callable[[int, int], list[str]],
              pair: tuple[str, str], s: int, e: int) -> tuple[str, str] | None:
    """The pair of a sentence of a text about ``pair`` that sends the traveller on to one other
    state: the member that owns the traveller, or the member the trip came from ("after A")
    leaves the other one as the traveller. None when the sentence is no such turn."""
    named = parties(s, e)
    others = [c for c in named if c not in pair]
    if len(others) != 1:
        return None
    dest = [m for m in mentions if m.code == others[0]]
    if not dest or not all(_is_destination(text, m) for m in dest):
        return None
    members = [m for m in mentions if m.code in pair]
    owners = {m.code for m in members if _owns(text, m)}
    if len(owners) == 1:
        traveller = owners.pop()
    elif not owners and len({m.code for m in members}) == 1:
        traveller = pair[1] if members[0].code == pair[0] else pair[0]
    else:
        return None
    a, b = traveller, others[0]
    return (a, b) if a < b else (b, a)
