"""Whether a clause tells an act against a member of the pair ("against Togo", "টোগোর বিরুদ্ধে",
"टोगो के खिलाफ") or its defeat ("defeated the Togolese army"): a hostile act between the two
(ANNOTATION 6.9)."""

from __future__ import annotations

import re
from collections.abc import Callable

from relations_desktop.corpus.countries import Mention
from relations_desktop.corpus.cue_rules import AGAINST, DEFEATED
from relations_desktop.corpus.gazetteer import CAPITAL

_AGAINST = [(word, side) for words, side in AGAINST.values() for word in words]
_DEFEATED = [(word, side) for words, side in DEFEATED for word in words]
_AGAINST_REACH = 40
# What may stand between "against" and the state it governs: an article, a case ending, a postposition,
# its forces ("টোগোলিজ প্রতিরক্ষা বাহিনীর বিরুদ্ধে", "टोगो की सेना के खिलाफ").
_GAP_HEAD = r"\s*(?:(?i:the)|[\u0980-\u09ff]{1,3}|के|की|का)?\s*"
_FORCES = "বাহিনী|সেনা|সৈন্য|सेना|सैनिकों|फ़ौज|फौज|बलों"
_AGAINST_GAP = re.compile(_GAP_HEAD + rf"(?:(?:\S+\s+)?(?:{_FORCES})\S*\s*(?:के|की)?\s*)?")
# (and the side a defeat or a surrender names: "the Italian army", "ইতালীয় বাহিনীর কাছে", "इतालवी सेना को")
_DEFEATED_GAP = re.compile(_GAP_HEAD + rf"(?:(?:\S+\s+)?(?i:{_FORCES}|army|armies|forces|troops|navy|fleet|garrison)"
                           r"\S*\s*)?(?:কাছে|के\s+(?:सामने|आगे)|को|से|ने)?\s*"
                           # (and a word of manner before a Bengali or Hindi verb: "চূড়ান্তভাবে", "निर्णायक रूप से")
                           r"(?:\S+ভাবে\s+|(?:\S+\s+)?(?:रूप\s+से|तरह(?:\s+से)?)\s+)?")
# Defeats that are no clash: in an election, a vote or a game ("defeated Pakistan in the vote", "चुनाव में हराया")
_CONTEST = re.compile(r"(?i:\b(?:elections?|vote[sd]?|voting|ballot|resolution|race|seat|bid|candidacy|"
                      r"match(?:es)?|cup|tournament|final|series|cricket|football|hockey|olympics?)\b)|"
                      r"নির্বাচন|ভোট|প্রস্তাব|আসন|প্রার্থিতা|ম্যাচ|খেলা|ক্রিকেট|ফুটবল|"
                      r"चुनाव|निर्वाचन|मतदान|वोट|प्रस्ताव|सीट|दौड़|उम्मीदवारी|मैच|खेल|क्रिकेट|फ़ुटबॉल|फुटबॉल|हॉकी")
# The side a surrender is made to: named after "surrendered to", or before "কাছে" / "के सामने"
_SURRENDERED_TO = frozenset(["surrendered to", "capitulated to"])
_TO_WHOM = re.compile(r"কাছে|सामने|आगे")
# Two states named as one side ("Indian and Bangladeshi forces", "ভারত ও বাংলাদেশের", "भारत और बांग्लादेश की")
_ONE_SIDE = re.compile(r"\S{0,4}\s*(?:,|(?i:and)|ও|এবং|और|तथा|व)\s*")


def against_member(text: str, region: tuple[int, int], pairs: list[tuple[str, str]],
                   parties: Callable[[int, int], list[str]]) -> bool:
    """Whether the region tells an act against a member of the pair: the state named right
    after "against" (right before বিরুদ্ধে, खिलाफ) is one of them; or its defeat, where no
    state outside the pair takes part."""
    if _named_with(text, region, pairs, parties, _AGAINST, _AGAINST_GAP) is not None:
        return True
    span = text[region[0]:region[1]]
    if not any(word in span for word, _side in _DEFEATED) or _CONTEST.search(text, *region):
        return False
    members = {c for p in pairs for c in p}
    if not all(c in members for c in parties(*region)):
        return False
    found = _named_with(text, region, pairs, parties, _DEFEATED, _DEFEATED_GAP)
    if found is None:
        return False
    named, word, gap = found
    if not (word in _SURRENDERED_TO or _TO_WHOM.search(gap)):
        return True                   # a member defeated or surrendering: the clash is with the other
    # the side surrendered to is a member: the other must be named apart from it, as the side that
    # surrendered (not "… to Indian and Bangladeshi forces"; a capital there is where it happened)
    return any(o.code in members and o.code != named.code and o.kind != CAPITAL
               and not _ONE_SIDE.fullmatch(text, min(o.end, named.end), max(o.start, named.start))
               for o in parties.index.between(*region))      # type: ignore[attr-defined]


def _named_with(text: str, region: tuple[int, int], pairs: list[tuple[str, str]],
                parties: Callable[[int, int], list[str]], words: list[tuple[str, str]], gaps: re.Pattern
                ) -> tuple[Mention, str, str] | None:
    """The member of the pair one of ``words`` governs in the region, the word and the words
    between them, if one does."""
    index = getattr(parties, "index", None)
    if index is None or not pairs:
        return None
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
                    return named[0], word, gap
            at = text.find(word, end, re_)
    return None
