"""Digits of the three scripts, converted one character for one (offsets hold). Light on purpose
(no regex): the interface formats numbers with it before its first paint."""

from __future__ import annotations

BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯"
DEVANAGARI_DIGITS = "०१२३४५६७८९"
_TO_BENGALI = str.maketrans("0123456789", BENGALI_DIGITS)
_TO_DEVANAGARI = str.maketrans("0123456789", DEVANAGARI_DIGITS)
_FOLDS = tuple(zip(BENGALI_DIGITS + DEVANAGARI_DIGITS, "0123456789" * 2, strict=True))


def fold_digits(text: str) -> str:
    """Bengali and Devanagari digits to ASCII."""
    # One search in C for each of the twenty digits (most find none) is several times faster
    # than a regex over the text, and far faster than str.translate on non-ASCII text.
    for digit, ascii_digit in _FOLDS:
        if digit in text:
            text = text.replace(digit, ascii_digit)
    return text


def to_bengali_digits(text: str) -> str:
    return text.translate(_TO_BENGALI)


def to_devanagari_digits(text: str) -> str:
    return text.translate(_TO_DEVANAGARI)
