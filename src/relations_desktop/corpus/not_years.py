"""What a four-digit number that is no year looks like: money, quantities and counted things,
page counters, clock times, telephone numbers, codes, decades, other calendars' years."""

from __future__ import annotations

import re

from relations_desktop.corpus.calendars import not_gregorian
from relations_desktop.textnorm import MARKS

# Words after a number that make it a quantity, not a year.
_QUANTITY_AFTER = (
    r"(?:%|percent|per cent|km|km²|sq|square|kg|tons?|tonnes?|MW|GW|kW|m\b|metres?|meters?|miles?|"
    r"hectares?|acres?|people|persons|troops|soldiers|personnel|students|members|workers|refugees|"
    r"units|vehicles|aircraft|helicopters|dollars|rupees|euros|pounds|million|billion|crore|lakh|"
    r"টি|টা|জন|কোটি|লাখ|লক্ষ|হাজার|মেগাওয়াট|কিলোমিটার|বর্গকিলোমিটার|টন|ডলার|টাকা|রুপি|বিলিয়ন|মিলিয়ন|"
    r"শতাংশ|সেনা|সৈন্য|জনের|জনে|"
    r"लोग|लोगों|करोड़|लाख|हजार|हज़ार|मेगावाट|किलोमीटर|टन|डॉलर|रुपये|रुपए|अरब|मिलियन|बिलियन|सैनिक|"
    r"प्रतिशत|फीसदी|times|বার|बार|"
    # things counted in aid and trade ("২০০০ ল্যাপটপ", "1500 ट्रैक्टर"): Bengali and Hindi put no
    # plural ending on a noun after a number, so these are named one by one
    r"ল্যাপটপ|কম্পিউটার|ট্রাক্টর|বাস|গাড়ি|যানবাহন|অ্যাম্বুলেন্স|ঘর|বাড়ি|শয্যা|আসন|বৃত্তি|চিকিৎসক|ডাক্তার|ডোজ|টিকা|"
    r"কনটেইনার|ট্রাক|মেট্রিক|"
    r"लैपटॉप|कंप्यूटर|कम्प्यूटर|ट्रैक्टर|बस|बसें|वाहन|एम्बुलेंस|एंबुलेंस|घर|मकान|बिस्तर|सीट|सीटें|छात्रवृत्ति|"
    r"छात्रवृत्तियाँ|छात्रवृत्तियां|डॉक्टर|खुराक|टीके|ट्रक|कंटेनर|मीट्रिक)(?![\w" + MARKS + "])"
)
# A Hindi noun in a plural form right after a number is what it counts ("1950 छात्रों", "1200
# गाड़ियाँ"); a year is followed by a postposition ("में" is too short to be a plural).
_HINDI_PLURAL_AFTER = re.compile(r"\s+[\u0900-\u097f]{2,}(?:ों|ें|ियाँ|ियां|ाएँ|ाएं)(?![\w" + MARKS + "])")
_CURRENCY_BEFORE = (r"(?:[$€£¥₹৳]|US\$|USD|Rs\.?|INR|No\.|no\.|#|pp?\.|ISBN|page|Resolution|resolution|টাকা|৳|"
                    # a numbered thing's name: "Route 1856", "Article 370"
                    r"Route|Highway|Flight|Article|Section|"
                    # a page's counters: "Views: 1972", "পাঠক সংখ্যা: ২০১৬", "आगंतुक संख्या: 1975"
                    r"(?i:views?|visits?|visitors|hits|reads|readers)\s*:|ভিউ\s*:|দর্শক\S*\s*:|পাঠক\S*\s*:|সংখ্যা\s*:|"
                    r"संख्या\s*:|व्यूज़?\s*:|दृश्य\S*\s*:|पाठक\S*\s*:)\s?$")


_CURRENCY_RE = re.compile(_CURRENCY_BEFORE)
_QUANTITY_RE = re.compile(r"\s*" + _QUANTITY_AFTER)
_CLOCK_AFTER = re.compile(r"\s*[:/]\d")
_CLOCK_BEFORE = re.compile(r"\d[:/]\s*$")
_DECADE = re.compile(r"s\b|'s\b|’s\b|\s*(?:-?\s*(?:এর|ের|র)\s*)?দশক|\s*(?:के|की)?\s*दशक")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_PHONE_BEFORE = re.compile(r"(?:\+\d{1,4}|\(\d{1,5}\))[\s.-]?$")
_CODE_BEFORE = re.compile(rf"(?<![Mm]i)[\w{MARKS}][-/]$")      # (but "mid-1998" is a year)
# A number a value fell or rose from, or to: a rate or a count, not a year.
_CHANGE_AFTER = re.compile(r"\s*(?:থেকে|হতে)\s+(?:নেমে|বেড়ে|কমে|উঠে)|\s*से\s+(?:घटकर|बढ़कर|गिरकर)")
_CHANGE_BEFORE = re.compile(r"(?:নেমে|বেড়ে|কমে|উঠে|घटकर|बढ़कर|गिरकर)\s+$")


# Years past the middle of the century are of another calendar (Nepal's Bikram Sambat: "आर्थिक
# वर्ष 2080/81") or a far target, never the date of an act.
_LAST_YEAR = 2060


def year_ok(folded: str, s: int, e: int) -> bool:
    """A bare four-digit number is a year unless money, a quantity or part of a code."""
    if int(folded[s:s + 4]) > _LAST_YEAR:
        return False
    before = folded[max(0, s - 12):s]
    if _CURRENCY_RE.search(before):
        return False
    after = folded[e:e + 24]
    if _QUANTITY_RE.match(after) or _HINDI_PLURAL_AFTER.match(after):
        return False
    if _CLOCK_AFTER.match(after) or _CLOCK_BEFORE.search(before):
        return False                      # clock times, 9/11, numeric dates
    if _PHONE_BEFORE.search(before):
        return False                      # a telephone number: "+880 1711 202219"
    if before[-1:] == "_" or (before[-1:].isascii() and before[-1:].isalpha()):
        return False                      # part of a name: "wikipedia_en_all_maxi_2024-01", "v2024"
    if _DECADE.match(after):
        return False                      # the 1990s, 1950 के दशक, ১৯৯০-এর দশকে
    if _CHANGE_AFTER.match(after) or _CHANGE_BEFORE.search(before):
        return False                      # a value that changed: "১৪০০ থেকে নেমে ১৪৫০", "80 से बढ़कर 1200"
    if not_gregorian(folded, s, e):
        return False                      # ২৮ শ্রাবণ ১৪৩২, १२ रमज़ान १४४५, संवत 2080
    if _ABOUT_BEFORE_BH.search(before) and not _YEAR_AFTER_BH.match(after):
        return False                      # "প্রায় ২০০০ বাংলাদেশি …", "लगभग 2000 ज़ाम्बियाई छात्र" (not "लगभग 2000 में")
    m = _NEXT_WORD.match(after) or (_NAMED_NEXT.match(after) if _ABOUT_BEFORE.search(before) else None)
    if m and m.group(1).endswith("s") and m.group(1) not in _NOT_PLURAL:
        return False                      # "2000 soldiers", "about 1600 Somali students"
    return not _CODE_BEFORE.search(before)   # codes like A-2005, F/1990


# "about 1600 Somali students": after a word of quantity, a capitalised word may come before what is
# counted ("In 1990 Somali students …" stays a year).
_ABOUT_BEFORE = re.compile(r"(?i:\b(?:about|around|some|nearly|almost|over|approximately|roughly|than|up to))\s+$")
# The same in Bengali and Hindi, where a year is followed by its word or a postposition.
_ABOUT_BEFORE_BH = re.compile(r"(?:প্রায়|আনুমানিক|অন্তত|লগভগ|लगभग|करीब|क़रीब|तकरीबन|तक़रीबन|अनुमानित|कम\s+से\s+कम)\s+$")
_YEAR_AFTER_BH = re.compile(r"\s*(?:-?\s*(?:সাল|সন|এর|ের|এ|তে|র|খ্রি(?:স্|ষ্)টাব্দ|পর্যন্ত|থেকে|নাগাদ|অবধি)|"
                            r"\s(?:में|के|की|का|को|से|तक|ई))|\s*[,।.]")
_NAMED_NEXT = re.compile(r"\s+[A-Z][a-z]+\s+([a-z]+)")
_NOT_PLURAL = frozenset(["as", "was", "is", "has", "this", "its", "his", "has", "us", "thus", "has", "gives", "makes", "ss"])
