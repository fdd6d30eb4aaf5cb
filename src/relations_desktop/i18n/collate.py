"""Locale-aware sort keys (Unicode Collation Algorithm, DUCET) for names in any script."""

from __future__ import annotations

from functools import cache

import pyuca


@cache
def _collator() -> pyuca.Collator:
    return pyuca.Collator()


def sort_key(text: str) -> tuple[int, ...]:
    """Key that sorts Bengali, Devanagari and Latin names in their alphabetical order."""
    return _collator().sort_key(text)
