"""Whether a span tells what is yet to happen: future verb forms and the words of what is due,
in the three languages (a day and month told as future keeps the stamp's year); and whether a span
steps back to an earlier story."""

from __future__ import annotations

import re

from relations_desktop.textnorm import WORD_END, WORD_START

# Future tense by its endings: Bengali "-বেন" and "-বে" of common verbs (করবেন, পৌঁছাবেন, দেবে),
# Hindi "-ेंगे/-ेंगी/-ेगा/-ेगी" (करेंगी, पहुंचेंगे, जाएगा, होगा; not -ोगी: सहयोगी, उपयोगी).
_FUTURE = re.compile(
    r"(?i:\bwill\b|\bwould\b|\bshall\b|\bto be held\b|\bscheduled\b|\bis due\b|\bnext\b|"
    r"\b(?:is|are) (?:expected|set) to\b)|"
    # what is due ("সাক্ষাৎ করার কথা রয়েছে", "मिलने का कार्यक्रम है")
    r"আগামী|কথা\s+(?:রয়েছে|আছে)|(?:का|की)\s+कार्यक्रम\s+है|"
    r"[\u0980-\u09ff]বেন" + WORD_END + r"|" + WORD_START + r"(?:কর|হ|যা|আস|দে|নে|থাক|পা|চল|বস|পৌঁছা|খুল|রাখ)বে"
    + WORD_END + r"|(?:[\u0900-\u097f][ेएू]|हो)[ंँ]?(?:गे|गी|गा)" + WORD_END + r"|आगामी|अगले")


def is_future(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a future verb form or a word of what is due."""
    return bool(_FUTURE.search(text, start, end))


# A sentence that steps back from the story to an earlier one ("এর আগে ২০২২ সালের ১৬ সেপ্টেম্বর …",
# "इससे पहले 3 मार्च 2021 को …", "Earlier, on 3 March 2021, …"): its date is not the story's year.
_FLASHBACK = re.compile(r"(?:এর|তার|এরও)\s+আগে|ইতিপূর্বে|(?:इससे|इसके|उससे|उसके)\s+(?:पहले|पूर्व)|"
                        r"(?i:\b(?:earlier|previously|before that|prior to (?:this|that))\s*,)")


# (words every such phrase holds, looked for first: most sentences hold none)
_FLASHBACK_WORDS = ("আগে", "ইতিপূর্বে", "पहले", "पूर्व", "arlier", "ARLIER", "reviously", "REVIOUSLY", "efore that",
                    "rior to")


def steps_back(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] tells of an earlier story than the one told around it."""
    span = text[start:end]
    return any(w in span for w in _FLASHBACK_WORDS) and _FLASHBACK.search(text, start, end) is not None
