"""Script-aware text normalisation shared by the corpus, the store, search and export: script
detection, folding keys, word patterns. No Qt, no corpus: every layer may import it.

Folding functions here never change the text that is stored: they build keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import regex

from relations_desktop.digits import (  # noqa: F401 (re-exported)
    BENGALI_DIGITS,
    DEVANAGARI_DIGITS,
    fold_digits,
    to_bengali_digits,
    to_devanagari_digits,
)

ZW = "\u200c\u200d"
NUKTAS = "\u093c\u09bc"
# One table for match_key: drop joiners and nukta, unify nasal marks (candrabindu and
# anusvara are written interchangeably), fold digits.
_KEY_TABLE = {**dict.fromkeys(ZW + NUKTAS, ""), "\u0901": "\u0902", "\u0981": "\u0982",
              **{d: str(i) for digits in (BENGALI_DIGITS, DEVANAGARI_DIGITS) for i, d in enumerate(digits)}}
# Replacing the few characters that change is several times faster than str.translate,
# which looks every character of an Indic text up in a dict.
_KEY_CHARS = re.compile("[" + "".join(_KEY_TABLE) + "]")

# Dependent vowel signs and nasal/visarga marks: dropped in the consonant skeleton.
_BN_VOWEL_SIGNS = "".join(chr(c) for c in range(0x09BE, 0x09CD)) + "\u09d7\u0981\u0982\u0983"
_HI_VOWEL_SIGNS = (
    "".join(chr(c) for c in range(0x093E, 0x094D)) + "\u0955\u0956\u0957\u0901\u0902\u0903\u0962\u0963"
)
_SKELETON_DROP = dict.fromkeys(map(ord, _BN_VOWEL_SIGNS + _HI_VOWEL_SIGNS))

# A word: letters, digits, combining marks and the zero-width joiners that Indic text uses.
WORD = regex.compile(r"[\w\p{M}\u200c\u200d]+")
# The combining marks of the three scripts (and the joiners), for patterns compiled with the
# faster standard ``re`` module, whose \w leaves marks out.
MARKS = ("\u0300-\u036f\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
         "\u0981-\u0983\u09bc\u09be-\u09cd\u09d7\u09e2\u09e3\u200c\u200d")
# The start and the end of a word in any of the three scripts (for a pattern): no letter, digit or
# mark precedes, or follows.
WORD_START = rf"(?<![\w{MARKS}])"
WORD_END = rf"(?![\w{MARKS}])"
# A word of a country name (Latin, Bengali or Devanagari), with the faster ``re`` module:
# the same words as WORD in those scripts, for the matcher that reads every word of a text.
NAME_CHAR = rf"[\w{MARKS}]"
NAME_WORD = re.compile(NAME_CHAR + "+")


@cache
def bmp_class(char_class: str) -> str:
    """The body of a character class that holds the characters of the Basic Multilingual Plane
    that ``char_class`` matches, as ranges: tested by a bitmap, a good deal cheaper per character
    than the category and ranges the class is written with. Only for texts without characters
    beyond that plane (``has_astral``)."""
    runs = re.finditer(char_class + "+", "".join(map(chr, range(0x10000))))
    return "".join(re.escape(chr(m.start())) + "-" + re.escape(chr(m.end() - 1)) for m in runs)


def has_astral(text: str) -> bool:
    """Whether ``text`` holds a character beyond the Basic Multilingual Plane (an emoji)."""
    return not text.isascii() and len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


@cache
def name_word_bmp() -> re.Pattern:
    """NAME_WORD for a text without characters beyond the Basic Multilingual Plane."""
    return re.compile("[" + bmp_class(NAME_CHAR) + "]+")


def script_of(ch: str) -> str:
    """'bn', 'hi' (Devanagari), 'latin' or 'other' for one character."""
    o = ord(ch)
    if 0x0980 <= o <= 0x09FF:
        return "bn"
    if 0x0900 <= o <= 0x097F or 0xA8E0 <= o <= 0xA8FF or 0x1CD0 <= o <= 0x1CFF:   # with Vedic extensions
        return "hi"
    if ch.isascii() and ch.isalpha():
        return "latin"
    if 0x00C0 <= o <= 0x024F:
        return "latin"
    return "other"


def word_script(word: str) -> str:
    if word[:1].isascii() and word[:1].isalpha():
        return "latin"
    for ch in word:
        s = script_of(ch)
        if s != "other":
            return s
    return "other"


_LATIN_WITH_MARKS = regex.compile(r"[A-Za-z\u00c0-\u024f]\p{Mn}+")


def strip_latin_accents(text: str) -> str:
    """Drop accents from Latin letters only (a virama or vowel sign in Indic text stays)."""
    decomposed = unicodedata.normalize("NFD", text)
    plain = _LATIN_WITH_MARKS.sub(lambda m: m.group(0)[0], decomposed)
    return unicodedata.normalize("NFC", plain)


_ACCENTED = regex.compile(r"[\u00c0-\u024f]")


def _key_char(m: re.Match) -> str:
    return _KEY_TABLE[m.group()]


def match_key(word: str) -> str:
    """Key under which a word is looked up: nukta, zero-width joiners and Latin accents
    ignored, nasal marks unified, digits folded. Case is kept (English names are proper nouns)."""
    if word.isascii():
        return word
    key = _KEY_CHARS.sub(_key_char, word)
    if _ACCENTED.search(key):
        key = strip_latin_accents(key)
    return key


def skeleton(key: str) -> str:
    """Consonant skeleton of an Indic key: vowel signs and nasal marks dropped.

    Two spellings that differ only in a dropped or changed vowel sign (a common typo)
    share a skeleton.
    """
    return key.translate(_SKELETON_DROP)


def _vowel_slots(key: str) -> list[str]:
    """The vowel signs and nasal marks of a key, grouped by the skeleton character they follow
    (the first group: those before any)."""
    slots = [""]
    for ch in key:
        if ord(ch) in _SKELETON_DROP:
            slots[-1] += ch
        else:
            slots.append("")
    return slots


# Vowel signs a writer confuses most: a short vowel for its long one, "e" for "ai", "o" for "au"
# (a slip of the hand, half a change: "अमरीका" is "अमेरिका", "न्यूजिलेंड" "न्यूज़ीलैंड").
_NEAR_VOWELS = frozenset(frozenset(p) for p in ("িী", "ুূ", "েৈ", "োৌ", "िी", "ुू", "ेै", "ोौ", "ংঁ", "ंँ"))


def vowels_apart(a: str, b: str) -> int:
    """How far apart the vowel signs of two keys of one skeleton are, in half changes: two for a
    sign changed, dropped or added, one for a near one (long for short, "ai" for "e"). A typo or a
    variant spelling is up to three ("अमरीका"); two changes are another word ("আন্ডার" is not "আন্ডোরা")."""
    return sum(0 if x == y else 1 if frozenset((x, y)) in _NEAR_VOWELS else 2
               for x, y in zip(_vowel_slots(a), _vowel_slots(b), strict=True))


def search_fold(text: str) -> str:
    """Fold for full-text search: lower case, digits, nukta, joiners, nasal marks, accents."""
    return match_key(text).lower()
