"""Whether a span tells what is yet to happen: future verb forms and the words of what is due,
in the three languages (a day and month told as future keeps the stamp's year)."""

from __future__ import annotations

import re

from relations_desktop.textnorm import MARKS

# Future tense by its endings: Bengali "-বেন" and "-বে" of common verbs (করবেন, পৌঁছাবেন, দেবে),
# Hindi "-ेंगे/-ेंगी/-ेगा/-ेगी" (करेंगी, पहुंचेंगे, जाएगा, होगा; not -ोगी: सहयोगी, उपयोगी).
NOT_IN_WORD = r"(?![\w" + MARKS + r"])"
_FUTURE = re.compile(
    r"(?i:\bwill\b|\bwould\b|\bshall\b|\bto be held\b|\bscheduled\b|\bis due\b|\bnext\b|"
    r"\b(?:is|are) (?:expected|set) to\b)|"
    # what is due ("সাক্ষাৎ করার কথা রয়েছে", "मिलने का कार्यक्रम है")
    r"আগামী|কথা\s+(?:রয়েছে|আছে)|(?:का|की)\s+कार्यक्रम\s+है|"
    r"[\u0980-\u09ff]বেন" + NOT_IN_WORD + r"|(?<![\w" + MARKS + r"])(?:কর|হ|যা|আস|দে|নে|থাক|পা|চল|বস|পৌঁছা|খুল|রাখ)বে"
    + NOT_IN_WORD + r"|(?:[\u0900-\u097f][ेएू]|हो)[ंँ]?(?:गे|गी|गा)" + NOT_IN_WORD + r"|आगामी|अगले")


def is_future(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a future verb form or a word of what is due."""
    return bool(_FUTURE.search(text, start, end))


# A word that points from the text's own day to one ahead ("আগামী ২০ আগস্ট", "आगामी 20 अगस्त को", "next
# March"): the date it opens is reckoned from the text's date, not from the story told before it.
_UPCOMING = re.compile(r"(?:আগামী|आगामी|अगले|(?i:\bnext|\bthis\s+coming|\bcoming))\s+$")
_UPCOMING_REACH = 16


def upcoming(text: str, start: int) -> bool:
    """Whether the date at ``start`` is opened by a word that counts ahead from the text's day."""
    return bool(_UPCOMING.search(text, max(0, start - _UPCOMING_REACH), start))
