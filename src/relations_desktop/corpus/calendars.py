"""Dates of the calendars a text may use besides the Gregorian one (the Bengali and Vikram
Samvat solar months, the Hijri months and their eras): a year written in them is not ours."""

from __future__ import annotations

import re

from relations_desktop.textnorm import MARKS

# A day and one of these months before a year ("২৮ শ্রাবণ ১৪৩২"), an era before or after it.
_OTHER_MONTHS = (
    "বৈশাখ|জ্যৈষ্ঠ|আষাঢ়|শ্রাবণ|ভাদ্র|আশ্বিন|কার্তিক|অগ্রহায়ণ|পৌষ|মাঘ|ফাল্গুন|চৈত্র|"
    "মহররম|সফর|রবিউল আউয়াল|রবিউস সানি|জমাদিউল আউয়াল|জমাদিউস সানি|রজব|শাবান|"
    "রমজান|শাওয়াল|জিলকদ|জিলহজ|"
    "वैशाख|ज्येष्ठ|आषाढ़|श्रावण|सावन|भाद्रपद|भादों|आश्विन|कार्तिक|मार्गशीर्ष|अगहन|पौष|माघ|फाल्गुन|चैत्र|"
    "मुहर्रम|सफ़र|सफर|रबी उल अव्वल|रबीउल अव्वल|रजब|शाबान|शअबान|रमज़ान|रमजान|रमदान|शव्वाल|ज़िलक़ादा|ज़िलहिज्जा|"
    "जिलहिज्जा|"
    r"Muharram|Safar|Rabi[‘'’ ]?\s?al[- ]awwal|Rajab|Sha[‘'’]?ban|Ramadan|Ramzan|Shawwal|Dhu al-Hijjah|Dhul Hijjah|"
    # the Iranian solar months (not the short ones that are everyday words: Tir, Dey, तीर, दे)
    "ফারভারদিন|ফারওয়ারদিন|ওর্দিবেহেশত|খোরদাদ|মোরদাদ|শাহরিভার|শাহরিবার|আবান|আজার|বাহমান|এসফান্দ|"
    "फ़रवरदीन|फरवरदीन|उर्दिबहिश्त|ख़ोरदाद|खोरदाद|ख़ुरदाद|खुरदाद|मोरदाद|शहरीवर|शाहरिवर|आबान|बहमन|इस्फ़न्द|इस्फंद|"
    r"Farvardin|Ordibehesht|Khordad|Mordad|Shahrivar|Aban|Azar|Bahman|Esfand"
)
# (Nepal reckons by Vikram Samvat: "वि.सं. 2013", "बि.सं.", "नेपाली आर्थिक वर्ष 2079/80")
_OTHER_CALENDAR_BEFORE = re.compile(
    rf"\d{{1,2}}\s*(?:{_OTHER_MONTHS})[,\s]*$|(?:संवत|सम्वत|विक्रमी|বাংলা সন|বঙ্গাব্দ|[वब]ि\.\s?सं\.|"
    r"বি\.\s?সং\.|नेपाली\s+(?:आर्थिक|वित्त|वित्तीय)\s+वर्ष|নেপালি\s+(?:অর্থবছর|অর্থ\s+বছর))\s*$")
_OTHER_ERA_AFTER = re.compile(r"\s*(?:বঙ্গাব্দ|বাংলা সন|হিজরি|হিজরী|শকাব্দ|बंगाब्द|हिजरी|विक्रम संवत|शक संवत|AH\b|A\.H\.)")
# ... or the year first, then a day and one of these months ("১৪০২ সালের ৭ খোরদাদ", "1402 के 7 खोरदाद"), for a
# year these calendars count now (1300-1499), which no Gregorian year of relations between states is
_OTHER_MONTH_AFTER = re.compile(rf"\s*(?:সালের|সনের|साल\s+(?:के|की)|के|की)?\s*\d{{1,2}}\s*(?:{_OTHER_MONTHS})"
                                rf"(?![\w{MARKS}])")
_THEIR_YEARS = range(1300, 1500)


def not_gregorian(folded: str, start: int, end: int) -> bool:
    """Whether the year folded[start:end] (digits folded to ASCII) is of another calendar."""
    return bool(_OTHER_CALENDAR_BEFORE.search(folded, max(0, start - 24), start)
                or _OTHER_ERA_AFTER.match(folded, end)
                or (folded[start:end].isdigit() and int(folded[start:end]) in _THEIR_YEARS
                    and _OTHER_MONTH_AFTER.match(folded, end)))


_D = "[0-9০-৯०-९]"
# A whole date of another calendar, in any digits ("৩ চৈত্র ১৪৩০", "৬ রমজান ১৪৪৫ হিজরি").
OTHER_DATE = re.compile(rf"{_D}{{1,2}}\s*(?:{_OTHER_MONTHS})[,\s]*{_D}{{4}}(?:{_OTHER_ERA_AFTER.pattern})?")
