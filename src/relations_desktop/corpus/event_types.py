"""Decide an event's type from cue words in English, Bengali and Hindi.

The clause that holds the date is read first, then its neighbours outward (the act a date
belongs to sits next to it: "… recognised the new state and established relations on
1 November 1965"). Within a clause, types are tried in priority order: an agreement signed
during a visit is an agreement; recognition that led to relations is recognition.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from functools import cache

import regex

from relations_desktop.textnorm import MARKS

TYPES = ("recognition", "relations_established", "agreement", "embassy", "visit", "aid", "trade",
         "conflict", "military", "other")

# Compiled with the standard re module (about twice as fast on these patterns as regex).
_B = rf"(?<![\w{MARKS}])"
_CUES: dict[str, list[str]] = {
    "recognition": [
        r"(?i:recogni(?:[sz]ed|[sz]es|[sz]e|[sz]ing|tions?))",
        r"স্বীকৃতি\s*(?:দে|দি|জানা|প্রদান)", r"স্বীকৃতি প্রদান", r"স্বীকার করে নে",
        r"मान्यता\s*(?:दी|दे|प्रदान)",
    ],
    "relations_established": [
        r"(?i:(?:diplomatic\s+)?relations\s+(?:were|was|have been|had been)?\s*(?:established|began|begun|started|formali[sz]ed|opened)(?!\s+to\b))",
        r"(?i:establish(?:ed|es|ing)?\s+(?:formal\s+|full\s+)?diplomatic\s+(?:relations|ties))",
        r"(?i:relations\s+(?:with|between)\s+[^.;:]{0,60}?\s+(?:were|was|have been|had been)?\s*(?:established|began|begun|started|formali[sz]ed)(?!\s+to\b))",
        r"(?i:relations\s+(?:with|between)\s+[^.;:]{0,60}?\s+date\s+(?:back\s+)?(?:from|to)\b)",
        r"(?i:establishment\s+of\s+(?:formal\s+|full\s+)?diplomatic\s+(?:relations|ties))",
        r"কূটনৈতিক সম্পর্ক\s*(?:স্থাপ|প্রতিষ্ঠ|শুরু)", r"সম্পর্ক\s*(?:স্থাপিত|প্রতিষ্ঠিত)",
        r"(?:राजनयिक|कूटनीतिक|राजनीतिक) (?:संबंध|सम्बन्ध|रिश्ते)[^।]{0,30}(?:स्थापित|कायम|शुरू)",
        r"(?:संबंध|सम्बन्ध) स्थापित",
    ],
    "agreement": [
        r"(?i:agreements?|treat(?:y|ies)|accords?|memorand(?:um|a)|MoUs?|communiqu[eé]s?|protocols?|"
        r"conventions?|pacts?|signed|signing|agreed|deal)\b",
        r"চুক্তি", r"সমঝোতা", r"স্বাক্ষর", r"সাক্ষর", r"প্রটোকল", r"প্রোটোকল",
        r"समझौत", r"संधि", r"करार", r"हस्ताक्षर", r"सौद[ेा]",
    ],
    "embassy": [
        r"(?i:embass(?:y|ies)|consulates?(?:-general)?|high commission|(?:resident|diplomatic|permanent)\s+"
        r"missions?|resident\s+representatives?)\b",
        r"দূতাবাস", r"কনস্যুলেট", r"হাইকমিশন", r"হাই কমিশন", r"(?:আবাসিক|কূটনৈতিক|স্থায়ী) মিশন",
        r"दूतावास", r"वाणिज्य दूतावास", r"उच्चायोग", r"(?:आवासीय|राजनयिक|स्थायी) मिशन",
    ],
    "visit": [
        r"(?i:visit(?:s|ed|ing)?|state visit|official visit|trip|tour(?:ed)?|met with|meets with|"
        r"held talks|talks|summit|attended|swearing-in)\b",
        r"সফর", r"ভ্রমণ", r"সাক্ষাৎ", r"দৌরা", r"যোগ দেন", r"যোগ দিতে",
        r"दौर[ाे]", r"यात्रा", r"मुलाकात", r"मुलाक़ात", r"भेंट", r"शिखर सम्मेलन", r"वार्ता", r"शामिल हु",
    ],
    "aid": [
        r"(?i:aid|assistance|donat(?:ed|ion|ions)|grants?|relief|humanitarian|loans?|gifted|airlift(?:ed|ing)?)\b",
        r"ত্রাণ", r"সাহায্য", r"সহায়তা", r"অনুদান", r"ঋণ",
        r"सहायता", r"मदद", r"अनुदान", r"राहत", r"ऋण",
    ],
    "trade": [
        r"(?i:trade|trading|exports?|imports?|exported|imported|invest(?:ment|ments|or|ors|ed)|"
        r"commerce|commercial|economic cooperation|contracts?)\b",
        r"বাণিজ্য", r"রপ্তানি", r"আমদানি", r"বিনিয়োগ",
        r"व्यापार", r"निर्यात", r"आयात", r"निवेश", r"वाणिज्य",
    ],
    "conflict": [
        r"(?i:wars?(?![-‐]games?)|civil war|conflicts?|massacres?|genocide|invasion|invaded|clashe?s|hostilities|"
        r"attacks?|fighting|occupation|disputes?|tensions?|stand-?off|blockade|exodus|refugees|riots?|"
        r"shelling|insurgency)\b",
        r"যুদ্ধ", r"গণহত্যা", r"সংঘর্ষ", r"আক্রমণ", r"হামলা", r"দখল", r"বিরোধ", r"উত্তেজনা", r"অবরোধ",
        r"দাঙ্গা", r"শরণার্থী",
        r"युद्ध", r"संघर्ष", r"नरसंहार", r"हमल[ाे]", r"आक्रमण", r"जंग", r"विवाद", r"तनाव", r"नाकेबंदी",
        r"दंग[ेा]", r"शरणार्थी",
    ],
    "military": [
        r"(?i:military|troops|army|armed forces|defen[cs]e|weapons|arms|border guards|soldiers|navy|naval|"
        r"(?:air|naval|military) bases?|bases|exercises?|war-games?|alliance|terroris[mt]s?|"
        r"counter-terrorism|security cooperation)\b",
        r"সামরিক", r"সেনা", r"প্রতিরক্ষা", r"অস্ত্র", r"সৈন্য", r"মহড়া", r"জঙ্গি", r"নৌবাহিনী",
        r"सैन्य", r"सेना", r"रक्षा", r"हथियार", r"सैनिक", r"युद्धाभ्यास", r"आतंकवाद", r"नौसेना",
    ],
}


def _script_of_pattern(pattern: str) -> str:
    if regex.search(r"[\u0980-\u09ff]", pattern):
        return "bn"
    if regex.search(r"[\u0900-\u097f]", pattern):
        return "hi"
    return "latin"


_SCRIPT_PROBES = {"bn": re.compile(r"[\u0980-\u09ff]"), "hi": re.compile(r"[\u0900-\u097f]"),
                  "latin": re.compile(r"[A-Za-z]")}


@cache
def _any_cue(scripts: frozenset[str]) -> regex.Pattern:
    """All cues of the given scripts in one pattern, one named group per type in priority
    order: one scan per sentence, over only the cues its scripts can hold."""
    groups = []
    for t, pats in _CUES.items():
        mine = [p for p in pats if _script_of_pattern(p) in scripts]
        if mine:
            groups.append(f"(?P<{t}>{'|'.join(f'(?:{p})' for p in mine)})")
    return re.compile(_B + "(?:" + "|".join(groups) + ")") if groups else re.compile(r"(?!)")
_CLAUSE_BREAK = regex.compile(
    r"[,;:]\s|\s(?:and|but|while|whereas|which|when|after|before|during|এবং|ও|আর|কিন্তু|যখন|और|तथा|लेकिन|जब)\s"
    # after a postposition "after": what precedes is the time frame, not the act
    r"|(?<=\s(?:পর|পরে))\s|(?<=\s(?:के बाद|के पश्चात))\s")


def _cues(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(end, type) of every cue in text[start:end], in one scan with the scripts' cues."""
    scripts = frozenset(k for k, probe in _SCRIPT_PROBES.items() if probe.search(text, start, end))
    return [(m.end(), m.lastgroup) for m in _any_cue(scripts).finditer(text, start, end)]


def classify(text: str, start: int = 0, end: int | None = None) -> str:
    """The event type whose cue words occur in text[start:end]; 'other' if none."""
    end = len(text) if end is None else end
    found = {t for _e, t in _cues(text, start, end)}
    return min(found, key=TYPES.index) if found else "other"


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start]
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        cuts.append(m.start())
    cuts.append(end)
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


# A clause that only frames the time of another act ("during the visit", "সফরের সময়",
# "यात्रा के दौरान") is read after the others.
_FRAME = re.compile(r"(?i:\bduring\b|\bin the course of\b|^\W*(?:after|following|before)\b)|সময়|সময়ে|কালে|"
                       r"চলাকালে|के दौरान|के समय|\s(?:পর|পরে|के बाद|के पश्चात)\s*$")


def classify_near(text: str, start: int, end: int, anchor: int) -> tuple[str, str]:
    """The type of the act dated at ``anchor``: cue matches are placed in the clause where
    they end (their verb), and read from the date's own clause outward (the clause after
    before the clause before, as Bengali and Hindi put the verb last); clauses that only
    frame the time of another act come last."""
    cues = _cues(text, start, end)
    if not cues:
        return "other", "none"
    parts = clauses(text, start, end)
    ends = [b for _a, b in parts]
    found: dict[int, list[str]] = {}
    for end_, type_ in cues:
        where = min(bisect_left(ends, end_), len(parts) - 1)
        found.setdefault(where, []).append(type_)
    k = next((i for i, (a, b) in enumerate(parts) if a <= anchor < b), 0)
    if k in found:                          # the date's own clause
        return min(found[k], key=TYPES.index), "clause"
    if len(found) == 1:                     # the only clause with cues
        return min(next(iter(found.values())), key=TYPES.index), "near"
    # A date that opens its clause ("On 5 May, …") dates what follows; one that closes it
    # ("… doing so on 13 January 1972") dates what came before.
    a, b = parts[k]
    forward = anchor - a <= b - anchor
    order = [k]
    for d in range(1, len(parts)):
        near = (k + d, k - d) if forward else (k - d, k + d)
        order += [i for i in near if i in found]
    frames = {i for i in found if _FRAME.search(text[parts[i][0]:parts[i][1]])}   # its ^ and $ are the clause's
    order = [i for i in order if i not in frames] + [i for i in order if i in frames]
    for i in order:
        if i in found:
            return min(found[i], key=TYPES.index), "near"
    return "other", "none"
