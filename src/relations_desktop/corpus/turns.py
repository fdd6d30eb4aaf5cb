"""A story about one pair that turns to another partner: a trip on to a third state ("After
Uganda, the president travelled on to Rwanda", "উগান্ডা সফর শেষে প্রেসিডেন্ট রুয়ান্ডা যান",
"युगांडा के बाद राष्ट्रपति रवांडा गए") is an act of the traveller's state with that state. A tour
of several states ("visits Chile and Peru", "ফিনল্যান্ড ও সুইডেন সফর", "केन्या और घाना की यात्रा")
pairs the traveller's state with each of them, never the destinations with each other."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import regex

from relations_desktop.corpus.countries import Mention
from relations_desktop.corpus.gazetteer import DEMONYM
from relations_desktop.textnorm import WORD_END as _E

# Words right before a destination (en) or right after it (bn, hi).
_TO_BEFORE = re.compile(r"(?i:\b(?:on to|onward to|onwards to|went to|travel(?:l?ed)? to|flew to|headed to|"
                        r"left for|arrived in|proceeded to|moved on to)\s+(?:the\s+)?)$")
_TO_AFTER = re.compile(r"(?:-?তে|-?এ|য়|ে)?\s*(?:যান|গেলেন|পৌঁছান|পৌঁছেন|রওনা|সফরে\s*যান)" + _E + "|"
                       r"\s*(?:गए|गईं|गई|पहुंचे|पहुँचे|रवाना\s+हुए|के\s+लिए\s+रवाना)" + _E)
# A mention owning the traveller ("Kenya's president", "কেনিয়ার প্রেসিডেন্ট", "केन्या के राष्ट्रपति").
_OWNER_EN = re.compile(r"['’]s\b")
_OWNER_HI = re.compile(r"\s+(?:के|की|का)\s+(?!बाद|पहले|बजाय|साथ|खिलाफ|ख़िलाफ़|लिए)")


# "between X and Y", "X ও Y-এর মধ্যে", "X और Y के बीच": a pair, not a list of partners.
_BETWEEN_BEFORE = regex.compile(r"(?i:\bbetween\s+(?:the\s+)?)$")
_BETWEEN_AFTER = regex.compile(r"\s*(?:-?এর|-?র|ের)?\s*(?:মধ্যে|মাঝে|মধ্যকার)|\s*(?:के|की)\s+(?:बीच|मध्य)")
# (with a noun of the two between: "ভারতীয় ও চীনা সৈন্যদের মধ্যে", "भारतीय और चीनी सैनिकों के बीच")
_NOUNS_THEN_BETWEEN = regex.compile(r"(?:\s+[\w\p{M}]+){0,2}?(?:" + _BETWEEN_AFTER.pattern + ")")
# What joins the names of a list: commas, brackets, "and". (With re, three times faster per call
# than regex, the one engine that tests every pair of successive names; its whitespace is
# regex's \s, spelled out: re's \s also takes the separators \x1c-\x1f.)
_SPACE = "\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# (the second name may come with its kind of state: "Comoros and the West African state of Sierra
# Leone", "কোমোরোস ও পশ্চিম আফ্রিকার দেশ সিয়েরা লিওন", "कोमोरोस और पश्चिम अफ्रीकी देश सिएरा लियोन")
_KIND_OF_STATE = (rf"(?:(?i:the)[{_SPACE}]+)?(?:[^{_SPACE},.;।]+[{_SPACE}]+){{0,3}}?"
                  rf"(?:(?i:(?:state|country|nation|kingdom|republic)[{_SPACE}]+of)[{_SPACE}]+(?:(?i:the)[{_SPACE}]+)?|"
                  rf"(?:देश|राष्ट्र|দেশ|রাষ্ট্র)[{_SPACE}]+)")
JOINED = re.compile(rf"[{_SPACE}(),]*(?:(?:(?i:and)|&|ও|এবং|আর|और|तथा|व|एवं)[{_SPACE}(),]+(?:{_KIND_OF_STATE})?)?")
# Words of a trip right before its destinations (en) or right after them (bn, hi).
_TOUR_BEFORE = re.compile(
    r"(?i:\b(?:visit(?:s|ed|ing)?(?:\s+to)?|tour(?:s|ed|ing)?(?:\s+(?:of|to))?|trips?\s+to|journey\s+to|"
    r"travel(?:s|led|ed|ling|ing)?\s+to|head(?:s|ed|ing)?\s+to|fl(?:y|ies|ew|ying)\s+to|(?:leaves?|left)\s+for)"
    r"\s+(?:the\s+)?)$")
# "his Ghana and Kenya visit": the stops before the noun, after an owner (not "A and B visit C").
_TOUR_OWNER_EN = re.compile(r"(?i:(?:['’]s|\b(?:his|her|their|the|a|an|upcoming|planned|forthcoming))\s+)$")
_TOUR_NOUN_EN = re.compile(r"(?i:\s+(?:(?:state|official)\s+)?(?:visits?|tours?|trips?)\b)")
_TOUR_AFTER = re.compile(
    r"(?:-?(?:তে|এ|য়|ে))?\s*(?:সফর(?:ে|ের|কালে)?|ভ্রমণ(?:ে|ের)?|যাবেন|যাচ্ছেন|গেছেন|গেলেন|যান)" + _E + "|"
    r"\s*(?:(?:की\s+(?:\S+\s+){0,2})?यात्रा|(?:के\s+(?:\S+\s+){0,2})?(?:दौरे|सफ़र|सफर)|(?:का\s+(?:\S+\s+){0,2})?दौरा|"
    r"जाएंगे|जाएँगे|जाएंगी|जाएँगी|जा\s+रहे|जा\s+रही|गए|गईं|गई)" + _E)


def coordinated_runs(text: str, ms: Sequence[Mention]) -> list[list[Mention]]:
    """Runs of country mentions joined only by commas and "and" ("the UAE and Bahrain"),
    leaving out those framed by "between" (a pair, not a list)."""
    runs: list[list[Mention]] = []
    k = 0
    while k < len(ms):
        j = k
        while j + 1 < len(ms) and JOINED.fullmatch(text, ms[j].end, ms[j + 1].start):
            j += 1
        if j == k:                  # a run of one country, most of them, is never a list
            k += 1
            continue
        run = list(ms[k:j + 1])
        # (a run of one country named twice neither: "between" is not looked for)
        if len({m.code for m in run}) > 1 and not _framed_by_between(text, run[0], run[-1], _BETWEEN_AFTER):
            runs.append(run)
        k = j + 1
    return runs


def tour(text: str, mentions: Sequence[Mention], named: Sequence[str]) -> tuple[str | None, list[str]] | None:
    """A span that sends one traveller to several states at once: (the traveller's state, when
    the span names exactly one other party, else None; the destinations). ``mentions``: the
    span's country mentions; ``named``: the parties among them. None when there is no such trip."""
    for run in coordinated_runs(text, mentions):
        dest = list(dict.fromkeys(m.code for m in run))
        if not set(dest) <= set(named):
            continue
        before = max(0, run[0].start - 30)
        if _TOUR_BEFORE.search(text, before, run[0].start) or _TOUR_AFTER.match(text, run[-1].end) or (
                _TOUR_OWNER_EN.search(text, before, run[0].start) and _TOUR_NOUN_EN.match(text, run[-1].end)):
            rest = [c for c in named if c not in dest]
            return (rest[0] if len(rest) == 1 else None), dest
    return None


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


# Words opening a paragraph on another matter ("Separately, …", "এদিকে …", "इसी बीच …").
_ASIDE = regex.compile(
    r"\W*(?:(?i:separately|meanwhile|elsewhere|in other news|on the other hand|in addition|besides|"
    r"in (?:a |an )?(?:separate|another|other|unrelated|related) (?:development|move|matter|story|news)|"
    r"in a development)\b|"
    r"এদিকে|অন্যদিকে|অপরদিকে|পৃথকভাবে|আলাদাভাবে|অন্য এক ঘটনায়|এছাড়া|এ ছাড়া|"
    r"इसी बीच|इस बीच|वहीं|दूसरी ओर|दूसरी तरफ|अलग से|उधर|इसके अलावा|इसके अतिरिक्त)")


def passage_turns(text: str, paragraphs: Sequence[tuple[int, int, int, tuple[int, int]]],
                  mentions: Callable[[int, int], Sequence[Mention]], parties: Callable[[int, int], list[str]],
                  pair: tuple[str, str], asides: frozenset[int] | set[int] = frozenset()
                  ) -> dict[int, tuple[str, str]]:
    """In a news story about ``pair``, the paragraphs that turn to another pair (ANNOTATION 2:
    a passage's own words name its partner): one after the lead whose first sentence names two
    states of its own, and that does not name both of the story's, in the story's second half
    (a news item tells its story first); or one that opens with a word of another matter
    ("Separately", "এদিকে", "इसी बीच") or stands under a subheading naming a third state (``asides``,
    block indices), and names two states of its own anywhere in it. The paragraphs after it that
    name nobody or only its states go on with it. ``paragraphs``: (block index, start, end, span
    of the first sentence) of the story's body blocks. A trip onward ("After Uganda, the
    president went to Rwanda") is left to ``turn_pair``."""
    out: dict[int, tuple[str, str]] = {}
    if len(paragraphs) < 2:
        return out
    half = (paragraphs[0][1] + paragraphs[-1][2]) // 2
    current: tuple[str, str] | None = None
    for i, s, e, (fs, fe) in paragraphs[1:]:
        aside = i in asides or _ASIDE.match(text, s, e) is not None
        # parties (each mention's role) only where a turn may start or go on
        if current is None and not ((s >= half or aside) and (
                len(mentions(fs, fe)) >= 2 or (aside and len(mentions(s, e)) >= 2))):
            continue
        named = parties(s, e)
        if pair[0] in named and pair[1] in named:
            current = None
            continue
        opening = parties(fs, fe)
        # the new pair in the first sentence; after a word of another matter, in the paragraph
        own = opening if len(opening) == 2 else named if aside and len(named) == 2 else []
        if (own and set(own) != set(pair) and (s >= half or aside)
                and turn_pair(text, mentions(fs, fe), parties, pair, fs, fe) is None):
            a, b = own
            current = (a, b) if a < b else (b, a)
        elif current is None or not set(named) <= set(current):
            current = None
            continue
        out[i] = current
    return out


def between_two(text: str, mentions: Sequence[Mention]) -> tuple[str, str] | None:
    """The two states an act is between when a span names two, joined and framed by "between"
    ("clashes between Indian and Chinese troops", "ভারতীয় ও চীনা সৈন্যদের মধ্যে", "भारत और चीन के बीच")."""
    if len(mentions) != 2 or mentions[0].code == mentions[1].code:
        return None
    a, b = mentions
    if JOINED.fullmatch(text, a.end, b.start) and _framed_by_between(text, a, b, _NOUNS_THEN_BETWEEN):
        return (a.code, b.code)
    return None


def _framed_by_between(text: str, first: Mention, last: Mention, after: regex.Pattern) -> bool:
    """Whether "between" comes before ``first`` or ``after`` ("… মধ্যে", "… के बीच") after ``last``."""
    return bool(_BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start) or after.match(text, last.end))
