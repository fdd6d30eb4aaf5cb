"""Years that only bound a span, set a target or name a term ("since 2014", "by 2030", "2030 तक",
"১৯৪৫ সালের পর", "the plan for 2019–2023"): never the date of an act (ANNOTATION 4.4)."""

from __future__ import annotations

import re

from relations_desktop.corpus.cue_rules import NO_RELATIONS_UNTIL_HI
from relations_desktop.corpus.dates import RANGE, YEAR, DateMention
from relations_desktop.textnorm import WORD_END

# What follows a year that is the start of an open interval ("1945 के बाद", "১৯৪৫ সালের পর"), and
# what follows one that is its end ("2022 से पहले", "২০২২ সালের আগে").
_AFTER_YEAR = r"के\s+बाद|(?:সালের|-এর|এর)?\s*(?:পর|পরে)" + WORD_END
_BEFORE_YEAR = r"के\s+पहले|से\s+पहले|(?:সালের|-এর|এর)?\s*আগে(?:র)?" + WORD_END
# A year that only bounds a span ("his first visit since taking office in 2014", "2022 के बाद पहली
# वार्ता", "২০১৪ সালের পর প্রথম") dates no act of the sentence; a day and month there is not of it.
_BOUND_BEFORE = re.compile(r"(?i:\b(?:since|after|before|until|till)\b)[^,;.\d]{0,30}$")
_BOUND_AFTER = re.compile(rf"\s*(?:{_AFTER_YEAR}|{_BEFORE_YEAR})")
# A day and month that comes back every year is no act's date ("every year", "हर साल", "প্রতি বছর").
RECURRING = re.compile(r"(?i:\b(?:every|each)\s+year\b|\bannually\b)|"
                        r"(?:हर|प्रति)\s*(?:साल|वर्ष)|প্রতি\s*(?:বছর|বৎসর|সাল)")
# A year alone may be a target ("trade of $150 billion by 2030", "2030 तक", "২০৩০ সালের মধ্যে").
_TARGET_BEFORE = re.compile(r"(?i:\bby\s+)$")
_DEADLINE = r"तक|(?:সাল(?:ের)?\s*)?নাগাদ"
_TARGET_AFTER = re.compile(rf"\s*(?:{_DEADLINE}|(?:সালের\s*)?মধ্যে){WORD_END}")
# ("1994 तक … संबंध नहीं थे": no relations until then, their start; no flights until then is a state)
_UNTIL_PAST = re.compile(r"\s*" + NO_RELATIONS_UNTIL_HI + WORD_END)
# (only a deadline, not "within the year", is never the date of an act)
_DEADLINE_AFTER = re.compile(rf"\s*(?:{_DEADLINE}){WORD_END}")


def bounds(text: str, d: DateMention) -> bool:
    if d.precision == YEAR and _target(text, d, _TARGET_AFTER):
        return True
    return bool(_BOUND_BEFORE.search(text, max(0, d.start - 40), d.start) or _BOUND_AFTER.match(text, d.end))


# "after 1945", "1945 के बाद", "১৯৪৫ সালের পর", "before 1979", "১৯৭৯ সালের আগের": an open interval,
# never an act's date (ANNOTATION 4.4).
_AFTER_BEFORE = re.compile(r"(?i:\b(?:after|following|before|prior\s+to)\s+)$")
_AFTER_AFTER = re.compile(rf"\s*(?:{_AFTER_YEAR}|{_BEFORE_YEAR})")


# "its first ambassador since 2008": the date bounds a span before the act, dating nothing.
_FIRST_SINCE = re.compile(r"(?i:\bfirst\b[^.;:!?]{0,80}\bsince\s+(?:the\s+)?)$")


def _target(text: str, d: DateMention, after: re.Pattern = _DEADLINE_AFTER) -> bool:
    """Whether a year is a target ("by 2030", "2030 तक", "২০৩০ সাল নাগাদ"): a deadline, never the
    date of an act (``after``: the words after it that make one)."""
    if _UNTIL_PAST.match(text, d.end):
        return False                    # "1994 तक … संबंध नहीं थे": until then, in the past
    return bool(_TARGET_BEFORE.search(text, max(0, d.start - 4), d.start) or after.match(text, d.end))


def _open_after(text: str, d: DateMention) -> bool:
    return bool(_AFTER_BEFORE.search(text, max(0, d.start - 12), d.start) or _AFTER_AFTER.match(text, d.end))


# A span of years that is the term of an instrument or a plan ("a Statement of Partnership for
# 2019–2023", "2019-2023 के लिए एक कार्य योजना", "২০১৯-২০২৩ মেয়াদের কর্মপরিকল্পনা"), not when it was made;
# never a flow's figures for a span ("trade reached $8 billion for 2021-22").
_TERM_BEFORE = re.compile(
    r"(?i:\b(?:plan|programme|program|partnership|statement|agreement|accord|protocol|framework|roadmap|"
    r"memorandum|mou|strategy|arrangement)s?(?:\s+(?:of|on)\s+\w+(?:\s+\w+)?)?\s+for\s+(?:the\s+(?:period|years)\s+)?)$")
_TERM_AFTER = re.compile(
    r"\s*(?:के\s+लिए\s+(?:\S+\s+){0,2}?(?:कार्य\s*योजना|कार्यक्रम|योजना|रूपरेखा|समझौत|साझेदारी|रोडमैप)|"
    r"(?:সালের\s*)?মেয়াদের\s+(?:\S+\s+){0,2}?(?:কর্মপরিকল্পনা|পরিকল্পনা|কর্মসূচি|চুক্তি|সমঝোতা|রূপরেখা|অংশীদারি))")
_TERM_REACH = 60


def not_the_acts(text: str, start: int, d: DateMention) -> bool:
    """Whether the date ``d`` (with a value) of the sentence starting at ``start`` only opens or
    closes a span, sets a target or names a term: the sentence's act has no date of it."""
    if d.precision == YEAR and (_open_after(text, d) or _target(text, d)):
        return True
    if d.precision == RANGE and len(d.value) == len("2019/2023") and (
            _TERM_BEFORE.search(text, max(0, d.start - _TERM_REACH), d.start) or _TERM_AFTER.match(text, d.end)):
        return True
    return bool(_FIRST_SINCE.search(text, start, d.start))
