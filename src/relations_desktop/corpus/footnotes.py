"""The reference numbers a sentence cites through its footnote markers: ``[26]``, ``[২৬]``,
``[२६]``, ``[3][4]`` or ``[3, 4]`` (digits of any script), in the order they first appear."""

from __future__ import annotations

import regex

# \d is any decimal digit here (Bengali and Devanagari included); three digits at most, so a
# year in brackets ("[1992]") is not taken for a marker.
_MARKER = regex.compile(r"\[\s*(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\s*\]")
_NUMBER = regex.compile(r"\d{1,3}")


def cited_numbers(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """The reference numbers cited by the markers in ``text[start:end]``, each once."""
    out: list[int] = []
    for m in _MARKER.finditer(text, start, len(text) if end is None else end):
        for n in _NUMBER.findall(m.group(1)):
            value = int(n)          # int() reads every script's decimal digits
            if value not in out:
                out.append(value)
    return out
