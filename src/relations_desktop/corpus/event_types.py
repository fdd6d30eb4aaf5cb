"""Decide an event's type from cue words in English, Bengali and Hindi.

Types are tried in priority order: the first whose cue occurs in the event's clause wins
(an agreement signed during a visit is an agreement; recognition that led to relations
is recognition).
"""

from __future__ import annotations

import regex

TYPES = ("recognition", "relations_established", "agreement", "embassy", "visit", "aid", "trade",
         "military", "conflict", "other")

_B = r"(?<![\w\p{M}])"
_CUES: dict[str, list[str]] = {
    "recognition": [
        r"(?i:recogni(?:[sz]ed|[sz]es|[sz]e|[sz]ing|tions?))",
        r"স্বীকৃতি\s*(?:দে|দি|জানা|প্রদান)", r"স্বীকৃতি প্রদান", r"স্বীকার করে নে",
        r"मान्यता\s*(?:दी|दे|प्रदान)",
    ],
    "relations_established": [
        r"(?i:(?:diplomatic\s+)?relations\s+(?:were|was|have been|had been)?\s*(?:established|began|begun|started|formali[sz]ed|opened))",
        r"(?i:establish(?:ed|es|ing)?\s+(?:formal\s+|full\s+)?diplomatic\s+(?:relations|ties))",
        r"(?i:relations\s+(?:with|between)\s+[^.;:]{0,60}?\s+(?:were|was|have been|had been)?\s*(?:established|began|begun|started|formali[sz]ed))",
        r"(?i:establishment\s+of\s+(?:formal\s+|full\s+)?diplomatic\s+(?:relations|ties))",
        r"কূটনৈতিক সম্পর্ক\s*(?:স্থাপ|প্রতিষ্ঠ|শুরু)", r"সম্পর্ক\s*(?:স্থাপিত|প্রতিষ্ঠিত)",
        r"(?:राजनयिक|कूटनीतिक|राजनीतिक) (?:संबंध|सम्बन्ध|रिश्ते)\s*(?:स्थापित|कायम|शुरू)",
        r"(?:संबंध|सम्बन्ध) स्थापित",
    ],
    "agreement": [
        r"(?i:agreements?|treat(?:y|ies)|accords?|memorand(?:um|a)|MoUs?|communiqu[eé]s?|protocols?|"
        r"conventions?|pacts?|signed|signing|agreed|deal)\b",
        r"চুক্তি", r"সমঝোতা", r"স্বাক্ষর", r"সাক্ষর", r"প্রটোকল", r"প্রোটোকল",
        r"समझौत", r"संधि", r"करार", r"हस्ताक्षर", r"सौद[ेा]",
    ],
    "embassy": [
        r"(?i:embass(?:y|ies)|consulates?(?:-general)?|high commission)\b",
        r"দূতাবাস", r"কনস্যুলেট", r"হাইকমিশন", r"হাই কমিশন",
        r"दूतावास", r"वाणिज्य दूतावास", r"उच्चायोग",
    ],
    "visit": [
        r"(?i:visit(?:s|ed|ing)?|state visit|official visit|trip|tour(?:ed)?|met with|meets with|"
        r"held talks|summit)\b",
        r"সফর", r"ভ্রমণ", r"সাক্ষাৎ", r"বৈঠক", r"দৌরা",
        r"दौर[ाे]", r"यात्रा", r"मुलाकात", r"मुलाक़ात", r"भेंट", r"शिखर सम्मेलन",
    ],
    "aid": [
        r"(?i:aid|assistance|donat(?:ed|ion|ions)|grants?|relief|humanitarian|loan)\b",
        r"ত্রাণ", r"সাহায্য", r"সহায়তা", r"অনুদান", r"ঋণ",
        r"सहायता", r"मदद", r"अनुदान", r"राहत", r"ऋण",
    ],
    "trade": [
        r"(?i:trade|trading|exports?|imports?|exported|imported|invest(?:ment|ments|or|ors|ed)|"
        r"commerce|commercial|economic cooperation)\b",
        r"বাণিজ্য", r"রপ্তানি", r"আমদানি", r"বিনিয়োগ",
        r"व्यापार", r"निर्यात", r"आयात", r"निवेश", r"वाणिज्य",
    ],
    "military": [
        r"(?i:military|troops|army|armed forces|defen[cs]e|weapons|arms|border guards|soldiers|"
        r"(?:air|naval|military) bases?|bases|exercises?|war-games?|alliance|terroris[mt]s?|"
        r"counter-terrorism|security cooperation)\b",
        r"সামরিক", r"সেনা", r"প্রতিরক্ষা", r"অস্ত্র", r"সৈন্য", r"মহড়া", r"জঙ্গি",
        r"सैन्य", r"सेना", r"रक्षा", r"हथियार", r"सैनिक", r"युद्धाभ्यास", r"आतंकवाद",
    ],
    "conflict": [
        r"(?i:wars?|civil war|conflicts?|massacres?|genocide|invasion|invaded|clashe?s|hostilities|"
        r"attacks?|fighting|occupation|border dispute)\b",
        r"যুদ্ধ", r"গণহত্যা", r"সংঘর্ষ", r"আক্রমণ", r"হামলা", r"দখল",
        r"युद्ध", r"संघर्ष", r"नरसंहार", r"हमल[ाे]", r"आक्रमण", r"जंग",
    ],
}
_COMPILED = [(t, regex.compile("|".join(f"{_B}(?:{p})" for p in pats))) for t, pats in _CUES.items()]


def classify(text: str, start: int = 0, end: int | None = None) -> str:
    """The event type whose cue words occur in text[start:end]; 'other' if none."""
    end = len(text) if end is None else end
    for type_, pattern in _COMPILED:
        if pattern.search(text, start, end):
            return type_
    return "other"
