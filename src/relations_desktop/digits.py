"""Digits of the three scripts, converted one character for one (offsets hold). Light on purpose
(no regex): the interface formats numbers with it before its first paint."""

from __future__ import annotations

import re

BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯"
DEVANAGARI_DIGITS = "०१२३४५६७८९"
_DIGIT_FOLD = str.maketrans(BENGALI_DIGITS + DEVANAGARI_DIGITS, "0123456789" * 2)
_TO_BENGALI = str.maketrans("0123456789", BENGALI_DIGITS)
_TO_DEVANAGARI = str.maketrans("0123456789", DEVANAGARI_DIGITS)


_INDIC_DIGITS = re.compile("[" + BENGALI_DIGITS + DEVANAGARI_DIGITS + "]+")


def fold_digits(text: str) -> str:
    """Bengali and Devanagari digits to ASCII."""
    # Translating only the digit runs is several times faster than translating the text.
    return _INDIC_DIGITS.sub(lambda m: m.group().translate(_DIGIT_FOLD), text)


def to_bengali_digits(text: str) -> str:
    return text.translate(_TO_BENGALI)


def to_devanagari_digits(text: str) -> str:
    return text.translate(_TO_DEVANAGARI)
