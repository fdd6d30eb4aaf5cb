"""What makes one country the hub of a page: a title or first line saying that its
relations with many countries are told ("Foreign relations of X", "X's bilateral relations", "X's relations with various
countries", "X-এর সঙ্গে বিভিন্ন দেশের সম্পর্ক", "X के अन्य देशों से संबंध"), for whichever
country the line names; a quiz whose questions are mostly about it; a lead pairing it with a list of
others; and the words of relations and of the pair named as such that they rely on."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import regex

from relations_desktop.corpus.countries import CountryIndex
from relations_desktop.corpus.sections import asked_and_answered
from relations_desktop.corpus.structure import Block
from relations_desktop.corpus.turns import coordinated_runs

# Words of relations (the Latin ones in any case), found by substring search: far faster than
# a case-blind regex scan of every position.
_RELATION_LATIN = ("relation", "ties")
_RELATION_INDIC = ("সম্পর্ক", "সম্বন্ধ", "संबंध", "सम्बन्ध", "रिश्त")
_RELATION_CUE = regex.compile("(?i:" + "|".join(_RELATION_LATIN) + ")|" + "|".join(_RELATION_INDIC))


def tells_relations(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has a word of relations ("relations", "ties", সম্পর্ক, संबंध)."""
    span = text[start:end]
    if "\u0130" in span or "\u017f" in span:     # (İ, ſ: matched case-blind as i, s, lower-cased to others)
        return _RELATION_CUE.search(text, start, end) is not None
    low = span.lower()
    return any(map(low.__contains__, _RELATION_LATIN)) or any(map(span.__contains__, _RELATION_INDIC))


# The pair named without naming its states ("both" or "the two" with a plural, দুই দেশ, दोनों देश).
BOTH = regex.compile(
    r"(?i:\b(?:both|the two) (?:countries|nations|sides|leaders|governments|states|prime ministers|"
    r"presidents|ministers|delegations|neighbours|neighbors)\b)|"
    r"উভয় (?:দেশ|পক্ষ|নেতা|সরকার)|দুই (?:দেশ|পক্ষ|নেতা|সরকার|প্রতিবেশী)|দু[’']দেশ|দেশ দুটি|"
    r"दोनों (?:देश|पक्ष|नेता|सरकार|प्रधानमंत्रि|राष्ट्र)")
# "Foreign relations of X", "X-এর পররাষ্ট্রনীতি", "X के विदेश संबंध"
_FOREIGN = regex.compile(
    r"(?i:foreign relations|foreign policy|international relations|diplomatic missions|bilateral (?:relations|ties))|"
    r"বৈদেশিক সম্পর্ক|পররাষ্ট্র সম্পর্ক|পররাষ্ট্রনীতি|পররাষ্ট্র নীতি|বিদেশ নীতি|বৈদেশিক নীতি|দ্বিপাক্ষিক সম্পর্ক|"
    r"विदेश संबंध|विदेशी संबंध|वैदेशिक संबंध|विदेश नीति|विदेशी नीति|द्विपक्षीय (?:संबंध|सम्बन्ध|रिश्ते)")
# Many countries at once: "various countries", "other nations", "বিভিন্ন দেশ",
# "দেশগুলোর", "अन्य देशों", "पड़ोसियों" (a plural or a word of many, never "the two countries").
_MANY = regex.compile(
    r"(?i:(?<!\bunited\s)\b(?:countries|nations|states)\b|\bneighbou?rs\b|\bthe world\b)|"
    r"(?:বিভিন্ন|অন্যান্য|অন্য|প্রধান|বহু|নানা|বিশ্বের|প্রতিবেশী|সকল|সব|বিদেশি|বিদেশী|অনেক|কয়েকটি|"
    r"গুরুত্বপূর্ণ|বড়|উল্লেখযোগ্য)\s+(?:দেশ|রাষ্ট্র)|(?:দেশ|রাষ্ট্র)(?:গুলো|গুলি|সমূহ)|"
    r"(?:দেশ|রাষ্ট্র)(?:ের)?\s+তালিকা|প্রতিবেশীদের|বিশ্বের\s+(?:সঙ্গে|সাথে)|"
    r"देशों|राष्ट्रों|पड़ोसियों|(?:विश्व|दुनिया)\s+के\s+साथ|"
    r"(?:विभिन्न|अन्य|प्रमुख|कई|अनेक|पड़ोसी|सभी)\s+(?:देश|राष्ट्र)")


def hub_of_line(text: str, s: int, e: int, parties: Callable[[int, int], list[str]], many: bool = True) -> str | None:
    """The country a title or first line makes the hub: the one party it names, when it speaks
    of that country's foreign relations or (``many``) of its relations with many countries."""
    if not (_FOREIGN.search(text, s, e) or (many and tells_relations(text, s, e) and _MANY.search(text, s, e)
                                            and not BOTH.search(text, s, e))):
        return None
    codes = parties(s, e)
    return codes[0] if len(codes) == 1 else None


_QUIZ_SHARE = 0.6


def hub_of_quiz(text: str, blocks: list[Block], body: list[int],
                parties: Callable[[int, int], list[str]]) -> str | None:
    """A quiz or study page of questions with their answers: the country most of its questions
    are about is the hub, the others its partners (not the pair the first answer names)."""
    units = [[c for s, e in asked for c in parties(s, e)] for i in body
             if (asked := asked_and_answered(text, blocks[i])) is not None]
    if len(units) < 2:
        return None
    presence = Counter(c for codes in units for c in codes)
    if not presence:
        return None
    hub, n = presence.most_common(1)[0]
    partners = {c for codes in units for c in codes if c != hub}
    return hub if n >= _QUIZ_SHARE * len(units) and len(partners) >= 2 else None


def hub_of_lead(text: str, lead: list[tuple[int, int]], parties: Callable[[int, int], list[str]],
                index: CountryIndex) -> str | None:
    """A lead pairing one country with a list of others ("Modi's visit to the UAE and Bahrain
    will strengthen India's ties …"): the one is the hub. ``lead``: the first sentences."""
    for s, e in lead:
        found = parties(s, e)
        if len(found) < 3:
            continue
        for run in coordinated_runs(text, index.between(s, e)):
            listed = {m.code for m in run}
            if not listed <= set(found):
                continue
            others = [c for c in found if c not in listed]
            if len(others) == 1 and tells_relations(text, s, e):
                return others[0]
    return None
