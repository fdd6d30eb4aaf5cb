"""Guess a document's language from its own text: bn, hi, en, or und."""

from __future__ import annotations

import regex

_EN_FUNCTION_WORDS = frozenset(
    ["the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "as", "by", "are", "from", "at", "an", "it", "were", "has", "have", "which", "this", "be", "its", "their", "between", "been", "also"]
)
_HI_FUNCTION_WORDS = frozenset(["के", "की", "का", "में", "है", "और", "को", "से", "ने", "पर", "हैं", "था", "थी", "किया", "लिए", "यह", "कि"])
_MR_FUNCTION_WORDS = frozenset(["आहे", "आणि", "च्या", "मध्ये", "होते", "केले", "या", "व"])
_NE_FUNCTION_WORDS = frozenset(["छ", "र", "को", "मा", "गरेको", "भएको", "थियो", "हो"])
_AS_LETTERS = ("\u09f0", "\u09f1")  # Assamese ra and wa
# In UTF-8 every Bengali character (U+0980-09FF) starts with E0 A6 or E0 A7, every
# Devanagari one (U+0900-097F) with E0 A4 or E0 A5; counting those byte pairs counts the
# characters of each script several times faster than matching them.
_BENGALI_LEADS = (b"\xe0\xa6", b"\xe0\xa7")
_DEVANAGARI_LEADS = (b"\xe0\xa4", b"\xe0\xa5")
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A))
_LATIN_WORD = regex.compile(r"[A-Za-z]+")
_DEVA_WORD = regex.compile(r"[\u0900-\u097f]+")


def script_counts(text: str) -> dict[str, int]:
    """How many Bengali, Devanagari and ASCII Latin letters ``text`` holds."""
    data = text.encode("utf-8", "surrogatepass")
    return {"bn": sum(map(data.count, _BENGALI_LEADS)),
            "deva": sum(map(data.count, _DEVANAGARI_LEADS)),
            "latin": len(data.translate(None, _NOT_ASCII_LETTER))}


_SCRIPT_OF = {"bn": "bn", "hi": "deva", "en": "latin"}


def detect_language(text: str, declared: str | None = None) -> str:
    """Return 'bn', 'hi', 'en' or 'und' from the dominant script and function words. The language
    a file declares (``declared``: a PDF's or a page's tag) is taken where its script holds at
    least a third of the letters: a Bengali summary that quotes English sources is Bengali."""
    sample = text[:2500]
    counts = script_counts(sample)
    total = sum(counts.values())
    if total < 3:
        return "und"
    if declared in _SCRIPT_OF and 3 * counts[_SCRIPT_OF[declared]] >= total:
        return declared
    script = max(counts, key=counts.get)
    if counts[script] < 0.5 * total:
        return "und"
    if script == "bn":
        if sum(map(sample.count, _AS_LETTERS)) > 3:
            return "und"  # Assamese shares the script
        return "bn"
    if script == "deva":
        words = _DEVA_WORD.findall(sample)
        # (sums of set lookups mapped over the words: the loops run in C)
        hi = sum(map(_HI_FUNCTION_WORDS.__contains__, words))
        other = max(sum(map(_MR_FUNCTION_WORDS.__contains__, words)), sum(map(_NE_FUNCTION_WORDS.__contains__, words)))
        if hi == 0 and len(words) > 20:
            return "und"
        return "hi" if hi >= other else "und"
    words = list(map(str.lower, _LATIN_WORD.findall(sample)))
    if not words:
        return "und"
    share = sum(map(_EN_FUNCTION_WORDS.__contains__, words)) / len(words)
    if len(words) < 8:
        return "en" if share > 0 else "und"
    return "en" if share >= 0.12 else "und"
