"""Whether a clause tells an act against a member of the pair ("against Togo", "টোগোর বিরুদ্ধে",
"टोगो के खिलाफ") or its defeat ("defeated the Togolese army"): a hostile act between the two
(ANNOTATION 6.9)."""

from __future__ import annotations

import re
from collections.abc import Callable

from relations_desktop.corpus.cue_rules import AGAINST, DEFEATED

_AGAINST = [(word, side) for words, side in AGAINST.values() for word in words]
_DEFEATED = [(word, side) for words, side in DEFEATED.values() for word in words]
_AGAINST_REACH = 40
# What may stand between "against" and the state it governs: an article, a case ending, a postposition,
# its forces ("টোগোলিজ প্রতিরক্ষা বাহিনীর বিরুদ্ধে", "टोगो की सेना के खिलाफ").
_AGAINST_GAP = re.compile(r"\s*(?:(?i:the)|[\u0980-\u09ff]{1,3}|के|की|का)?\s*"
                          r"(?:(?:\S+\s+)?(?:বাহিনী|সেনা|সৈন্য|सेना|सैनिकों|फ़ौज|फौज|बलों)\S*\s*(?:के|की)?\s*)?")
# (and the side a defeat or a surrender names: "the Italian army", "ইতালীয় বাহিনীর কাছে", "इतालवी सेना को")
_DEFEATED_GAP = re.compile(r"\s*(?:(?i:the)|[\u0980-\u09ff]{1,3}|के|की|का)?\s*"
                           r"(?:(?:\S+\s+)?(?i:বাহিনী|সেনা|সৈন্য|सेना|सैनिकों|फ़ौज|फौज|बलों|army|armies|forces|"
                           r"troops|navy|fleet)\S*\s*)?(?:কাছে|के\s+(?:सामने|आगे)|को|से)?\s*"
                           # (and a word or two of manner before a Bengali or Hindi verb: "চূড়ান্তভাবে", "निर्णायक रूप से")
                           r"(?:[\u0900-\u09ff]+\s+){0,3}?")


def against_member(text: str, region: tuple[int, int], pairs: list[tuple[str, str]],
                   parties: Callable[[int, int], list[str]]) -> bool:
    """Whether the region tells an act against a member of the pair: the state named right
    after "against" (right before বিরুদ্ধে, खिलाफ) is one of them; or its defeat, where no
    state outside the pair takes part."""
    if _named_with(text, region, pairs, parties, _AGAINST, _AGAINST_GAP):
        return True
    if not any(word in text[region[0]:region[1]] for word, _side in _DEFEATED):
        return False
    members = {c for p in pairs for c in p}
    return all(c in members for c in parties(*region)) and \
        _named_with(text, region, pairs, parties, _DEFEATED, _DEFEATED_GAP)


def _named_with(text: str, region: tuple[int, int], pairs: list[tuple[str, str]],
                parties: Callable[[int, int], list[str]], words: list[tuple[str, str]], gaps: re.Pattern) -> bool:
    """Whether a member of the pair is the state one of ``words`` governs in the region."""
    index = getattr(parties, "index", None)
    if index is None or not pairs:
        return False
    rs, re_ = region
    members: set[str] | None = None
    for word, side in words:
        at = text.find(word, rs, re_)
        while at >= 0:
            end = at + len(word)
            if not (text[at - 1:at].isalpha() or text[end:end + 1].isalpha()):     # a whole word
                members = members if members is not None else {c for p in pairs for c in p}
                if side == "after":
                    named = index.between(end, min(re_, end + _AGAINST_REACH))[:1]
                    gap = text[end:named[0].start] if named else ""
                else:
                    named = index.between(max(rs, at - _AGAINST_REACH), at)[-1:]
                    gap = text[named[0].end:at] if named else ""
                # the state is the word "against" governs ("against the Soviet Union", ভারতের
                # বিরুদ্ধে, भारत के खिलाफ), not one further on ("against groups active in X")
                if named and named[0].code in members and gaps.fullmatch(gap):
                    return True
            at = text.find(word, end, re_)
    return False
