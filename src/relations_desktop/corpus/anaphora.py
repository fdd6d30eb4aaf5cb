"""Dates told by pointing back to the date before (ANNOTATION 4.6): "the same year", "later that
month", "in June of that year", "इसी वर्ष", "उसी महीने की 21 तारीख", "একই বছরের জুনে", "সেদিন".
Each takes what it does not say from the last date told before it in its passage."""

from __future__ import annotations

import calendar
import re
from functools import cache
from typing import Protocol, TypeVar

import regex

from relations_desktop.corpus.cue_lines import nukta_optional
from relations_desktop.corpus.date_words import month_number, month_table
from relations_desktop.corpus.dates import DAY, MONTH, YEAR, DateMention
from relations_desktop.textnorm import WORD_END as _E
from relations_desktop.textnorm import WORD_START as _B
from relations_desktop.textnorm import fold_digits

ANAPHORA = "anaphora"           # how such a date was completed (DateMention.completed)

_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])"
# "that", "the same" (en); "একই", "সেই", "সে", "ওই" (bn); "उसी", "उस", and in a text that is not news "इसी"
# ("इसी साल" in a news story is the year it is told in, not the year told before)
_SAME_EN = r"(?i:that|the\s+same|that\s+same)"
_SAME_BN = r"(?:একই|সেই|সে|ওই|ঐ)"
_SAME_HI = r"(?:उसी|उस)"
_SAME_HI_STORY_FREE = r"(?:उसी|उस|इसी)"


@cache
def _patterns(news: bool) -> list[tuple[str, re.Pattern]]:
    months = month_table()[1]
    mon = rf"(?P<month>{months})(?:য়ে|ে|এ|তে|ের|র)?\.?{_E}"
    same_hi = _SAME_HI if news else _SAME_HI_STORY_FREE
    return [(unit, re.compile(p)) for unit, p in (
        # a month or a day of the year or month told before
        ("year", rf"{_B}(?i:(?:in|on)\s+)?(?:{_DAY}(?:st|nd|rd|th)?\s+)?{mon}\s+(?i:of\s+)?{_SAME_EN}\s+(?i:year){_E}"),
        ("month", rf"{_B}(?i:on\s+)?(?i:the\s+)?{_DAY}(?:st|nd|rd|th)?\s+(?i:of\s+){_SAME_EN}\s+(?i:month){_E}"),
        ("year", rf"{_B}{_SAME_BN}\s*(?:বছর|সাল)(?:ের|েরই)?\s+(?:{_DAY}\s*(?:ই|লা|রা|ঠা|\s?শে)?\s+)?{mon}(?:\s*মাসে)?"),
        ("month", rf"{_B}{_SAME_BN}\s*মাস(?:ের|েরই)\s+{_DAY}\s*(?:তারিখে|তারিখ|ই|লা|রা|ঠা|শে)?{_E}"),
        ("year", rf"{_B}{same_hi}\s+(?:वर्ष|साल)\s+(?:{_DAY}\s+)?{mon}\s+(?:माह\s+|महीने\s+)?(?:में|को){_E}"),
        ("month", rf"{_B}{same_hi}\s+(?:महीने|माह)\s+की\s+{_DAY}\s+(?:तारीख़?|तारीख)(?:\s+को)?{_E}"),
        # the year, month or day itself
        ("unit", rf"{_B}(?i:(?:later|earlier)\s+(?:in\s+)?that|that\s+same|the\s+same|that)\s+"
                 rf"(?P<unit>(?i:year|month)){_E}"),
        ("day", rf"{_B}(?i:that\s+same|the\s+same)\s+(?i:day){_E}"),
        ("year", rf"{_B}{_SAME_BN}\s*(?:বছর|সাল)(?:ে|েই|ই|ের)?{_E}"),
        ("month", rf"{_B}{_SAME_BN}\s*মাস(?:ে|েই)?{_E}"),
        ("day", rf"{_B}(?:(?:একই|সেই|ওই|ঐ)\s*দিন(?:ে|েই)?|(?:সেদিন|এদিন)(?:ই|ে|েই)?){_E}"),
        ("year", rf"{_B}{same_hi}\s+(?:वर्ष|साल){_E}"),
        ("month", rf"{_B}{same_hi}\s+(?:महीने|माह){_E}"),
        # ("इसी दिन" points back to the day told before even in news: a news story's own day is "आज")
        ("day", rf"{_B}{_SAME_HI_STORY_FREE}\s+दिन{_E}"),
    )]


# A word of time and a word pointing back, each somewhere in the sentence: else no pattern can match.
# (tested with str's substring search, several times faster than a regex's scan: the words of
# time in the lower-cased sentence, as "(?i:year)" finds them)
_HINT = ("year", "month", "day", "বছর", "সাল", "মাস", "দিন", "वर्ष", "साल", "महीने", "माह", "दिन")
_POINTING = ("that", "That", "same", "Same", "একই", "সে", "ওই", "ঐ", "এদিন", "उसी", "उस", "इसी")


def find_anaphors(text: str, start: int, end: int, news: bool) -> list[tuple[int, int, str, int, int]]:
    """The dates that point back in text[start:end]: (start, end, unit pointed to: year, month or
    day, month told, day told); the first pattern that matches at a place wins."""
    span = text[start:end]
    if not (any(map(span.__contains__, _POINTING)) and any(map(span.lower().__contains__, _HINT))):
        return []
    folded = fold_digits(text[start:end])
    out: list[tuple[int, int, str, int, int]] = []
    taken: list[tuple[int, int]] = []
    for unit, pattern in _patterns(news):
        for m in pattern.finditer(folded):
            a, b = m.start() + start, m.end() + start
            if any(a < y and x < b for x, y in taken):
                continue
            g = m.groupdict()
            told = (g["unit"] or "").lower() if unit == "unit" else unit
            month = (month_number(g["month"]) or 0) if g.get("month") else 0
            day = int(g["day"]) if g.get("day") else 0
            out.append((a, b, told, month, day))
            taken.append((a, b))
    return sorted(out)


_RESTATED = 12       # how far after an anaphor a date told in full makes it only a lead-in
_JOINED = 8          # how far after a year pointed back to a day and month are that year's


def resolve(found: list[DateMention], anaphors: list[tuple[int, int, str, int, int]],
            told: DateMention | None) -> list[DateMention]:
    """``found`` with each anaphor in place of what it overlaps, dated from the last date told
    before it (in its sentence, else ``told``, the passage's last); one that cannot be dated
    (nothing before, or a day pointing to a year) is left out, as the words it overlaps are."""
    if not anaphors:
        return found
    out = []
    for a, b, unit, month, day in anaphors:
        if any(d.value and b <= d.start <= b + _RESTATED for d in found):
            continue                      # "একই বছর ২০১৪ সালের ৬ সেপ্টেম্বর": the date is told again
        before = [d for d in found if d.value and d.end <= a]
        antecedent = before[-1] if before else told
        value = _value(antecedent, unit, month, day) if antecedent is not None else None
        found = [d for d in found if not (d.start < b and a < d.end)]
        then = _day_after(found, b) if value is not None and unit == "year" and not month else None
        if then is not None:              # "that same year, on 10 September": one date, the day
            found.remove(then)
            value, b = _value(antecedent, unit, then.month, then.day), then.end
        if value is not None and "-" not in value and any(d.value and d.start >= b and d.value[:4] == value
                                                           for d in found):
            continue                      # "Later that year, … in August 2023": the sentence tells it in full
        if value is not None:
            precision = DAY if value.count("-") == 2 else MONTH if "-" in value else YEAR
            out.append(DateMention(a, b, value, precision, completed=ANAPHORA))
    return sorted([*found, *out], key=lambda d: d.start)


def _day_after(found: list[DateMention], pos: int) -> DateMention | None:
    """A day and month without a year told right after a year pointed back to ("that same year,
    on 10 September"): the day of that year."""
    return next((d for d in found if d.value is None and d.month and d.day and not d.end_month
                 and pos <= d.start <= pos + _JOINED), None)


def _value(antecedent: DateMention, unit: str, month: int, day: int) -> str | None:
    value = _pointed(antecedent, unit, month, day)
    if value is not None and value.count("-") == 2:
        y, m, d = map(int, value.split("-"))
        if d > calendar.monthrange(y, m)[1]:
            return None
    return value


def _pointed(antecedent: DateMention, unit: str, month: int, day: int) -> str | None:
    value = antecedent.value or ""
    first, _, last = value.partition("/")
    if last and first[:4] != last[:4]:
        return None                       # a span of years: which year is meant is not told
    if last and unit != "year":
        return None
    year, _, rest = first.partition("-")
    known_month = rest[:2]
    if unit == "year":
        return year if not month else f"{year}-{month:02d}" if not day else f"{year}-{month:02d}-{day:02d}"
    if not known_month:
        return None
    if unit == "month":
        return f"{year}-{known_month}" if not day else f"{year}-{known_month}-{day:02d}"
    return first if len(first) == 10 else None


def last_told(dates: list[DateMention], told: DateMention | None) -> DateMention | None:
    """The last date with a value among ``dates`` (a sentence's), else ``told``."""
    return next((d for d in reversed(dates) if d.value), told)


# Phrases that carry the date of the act told before to the act of their sentence ("during the
# visit", "সে সফরে", "इस दौरान"); a Hindi word with a nukta or without ("मुलाक़ात", "मुलाकात").
_DATE_POINTER = re.compile(nukta_optional(
    r"(?i:\b(?:during|in the course of|on the occasion of|at the time of)\s+(?:that|this|the|their|his|her|its|"
    r"these|those)\s+(?:[\w’'-]+\s+){0,3}?(?:visit|trip|tour|meeting|talks|summit|stay|occasion|ceremony|period|"
    r"session)\b|\bon (?:that|this|the same) occasion\b|"
    r"\bon (?:that|this|the same|their|his|her) (?:visit|trip|tour)\b|"
    r"\bat (?:that|this|the same|their) (?:meeting|summit|ceremony|session|talks)\b|\bat that time\b|\bthe same day\b)|"
    r"(?:এ|এই|সে|সেই|ওই|উক্ত|একই)\s*(?:সময়|সময়ে|সফরে|বৈঠকে|সাক্ষাতে|সম্মেলনে|উপলক্ষে)|"
    r"(?:(?:এ|এই|সে|সেই|ওই|উক্ত)\s*)?(?:সফরকালে|সফরের সম(?:য়)|বৈঠককালে|সাক্ষাৎকালে|সাক্ষাতকালে)|"
    # ("इस समय" is "at present", not "at that time")
    r"(?:इस|उस|इसी|उसी)\s+(?:दौरान|दौरे\s+(?:में|पर)|यात्रा\s+में|मुलाकात\s+में|बैठक\s+में|(?:अवसर|मौके)\s+पर|"
    r"समारोह\s+में)|"
    r"(?:उस|इसी|उसी)\s+समय|"
    # (not another one: "अगली मुलाक़ात के दौरान", "पहले की एक बैठक में")
    r"(?<!अगली )(?<!अगले )(?<!पिछली )(?<!पिछले )(?<!एक )(?<!किसी )(?<!अन्य )(?<!आगामी )"
    r"(?:यात्रा|दौरे|मुलाकात|बैठक|वार्ता)\s+के\s+(?:दौरान|(?:अंत|आखिर|समापन)\s+(?:में|पर))|"
    # right after the meeting told before: "मुलाक़ात के बाद …", "বৈঠক শেষে …", "After the talks, …"
    r"(?:मुलाकात|बैठक|वार्ता)\s+के\s+(?:बाद|पश्चात)|(?:বৈঠক|সাক্ষাৎ|আলোচনা)(?:ের|\s*)\s*(?:পর|শেষে)|"
    r"(?<!পরবর্তী )(?<!আগামী )(?<!পরের )(?<!আগের )(?<!পূর্ববর্তী )(?<!একটি )সফর(?:ের)?\s*শেষে(?!\s+দেশে\s+ফির)|"
    r"(?i:\b(?:after|following)\s+(?:the|their|that|these)\s+(?:meeting|talks|discussions)\b)|"
    # at its end: "At the end of the visit, …", "इस यात्रा के अंत में …", "সফর শেষে …"
    r"(?i:\bat the (?:end|close|conclusion) of (?:the|that|this|their|his|her) "
    r"(?:visit|trip|tour|meeting|talks|summit)\b)|"
    # by the instrument told before: "By the same treaty Britain recognised …", "इसी संधि के साथ …"
    r"(?i:\b(?:by|with|under|through)\s+(?:this|that|the same)\s+(?:treaty|agreement|accord|pact)\b)|"
    r"(?:इसी|उसी|इस|उस)\s+(?:संधि|समझौते)\s+(?:के\s+(?:साथ|तहत|ज़रिए|जरिए|अंतर्गत)|से)|"
    r"(?:এই|সেই|ওই|একই)\s*(?:চুক্তি|সন্ধি)(?:র)?\s*(?:মাধ্যমে|অধীনে|আওতায়)"))

# Fragments every pointer holds: a sentence without any is not searched.
_POINTER_HINTS = ("uring", "ourse", "ccasion", "time", "same day", "fter the", "fter their", "fter that", "সময়",
                  "সফর", "বৈঠক", "সাক্ষা", "সম্মেলন", "উপলক্ষ", "আলোচনা", "दौरान", "दौरे", "यात्रा", "मुलाकात",
                  "मुलाक़ात", "बैठक", "वार्ता", "अवसर", "समय", "मौके", "मौक़े", "same meeting", "that meeting",
                  "this meeting", "same summit", "that summit", "same ceremony", "that ceremony", "same session",
                  "that session", "same talks", "that talks", "their meeting", "their summit", "their talks",
                  "visit", "trip", "tour", "ollowing the", "ollowing their", "treaty", "agreement", "accord", "pact",
                  "संधि",
                  "समझौते", "চুক্তি", "সন্ধি", "समारोह")


def act_pointer(text: str, s: int, e: int) -> re.Match | None:
    """Where a sentence points back to the act told before (ANNOTATION 4.6), if it does."""
    if not any(map(text[s:e].__contains__, _POINTER_HINTS)):
        return None
    return _DATE_POINTER.search(text, s, e)


# The words of a meeting a pointer may name ("at their meeting", "সে সফরে", "इस यात्रा में"), and
# those the sentence before may tell it with ("met", "মিলিত", "मिले")
_MEETING = ("visit", "trip", "tour", "meeting", "talks", "summit", "stay", "সফর", "বৈঠক", "সাক্ষা", "সম্মেলন",
            "यात्रा", "दौर", "मुलाकात", "मुलाक़ात", "बैठक", "वार्ता")
_MET = regex.compile(r"(?i:\b(?:visit(?:s|ed)?|trips?|tours?|meetings?|talks|summits?|stay|met|meets?)\b)|"
                     r"(?<![\w\p{M}])(?:" + "|".join(w for w in _MEETING if not w.isascii()) + r"|মিলিত|मिले|मिलीं)")


class _Act(Protocol):
    type: str
    start: int
    end: int
    cue_start: int | None


_A = TypeVar("_A", bound=_Act)


def pointed_act(text: str, pointer: re.Match, anchors: list[_A], anchor: _A | None) -> _A | None:
    """The act a pointer naming a meeting points back to: of the sentence before's dated acts, the
    one dated nearest the last word telling a meeting there ("… met on March 12 and said the deal
    takes effect on April 1. At their meeting, …"); else the last act told. None for "after the
    talks" when no meeting was told before ("… a border clash on 5 May. Following the talks, …")."""
    if _AFTER_TALKS.search(pointer.group(0)) and not any(ev.type == "visit" for ev in (*anchors, anchor) if ev):
        return None
    if len(anchors) < 2 or not any(w in pointer.group(0) for w in _MEETING):
        return anchor
    told = [m.start() for m in _MET.finditer(text, anchors[0].start, anchors[0].end)]
    if not told:
        return anchor
    return min(anchors, key=lambda ev: abs((ev.cue_start if ev.cue_start is not None else ev.start) - told[-1]))


# A pointer to what followed a meeting ("After the talks", "बैठक के बाद", "বৈঠক শেষে")
_AFTER_TALKS = re.compile(r"(?i:after|following|at the (?:end|close|conclusion) of)\s|के\s+(?:अंत|आखिर|समापन)\s|"
                          r"के\s+(?:बाद|पश्चात)|(?:পর|শেষে)$")
