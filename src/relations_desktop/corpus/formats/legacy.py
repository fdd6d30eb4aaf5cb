"""Text that cannot be read reliably: Bengali and Hindi typed in ASCII for legacy fonts
(Bijoy, Krutidev), and Indic text whose syllables do not hold together (a PDF's broken
character mapping). Both are refused rather than imported as garbage."""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress, repeat

BIJOY, KRUTIDEV = "bijoy", "krutidev"

# Frequent words as they come out of the legacy encodings: Krutidev 010 (Hindi) and
# Bijoy/SutonnyMJ (Bengali), one word per form. None of them is an English word.
_KRUTIDEV_WORDS = frozenset((
    "gS", "gSa", "dk", "dh", "ds", "esa", "vkSj", "ls", "dks", "us", "fd", ";g", ";s", "ij", "Fkk", "Fks",
    "Fkh", "Hkh", "ugha", "rks", "tks", "fy,", "fd;k", "x;k", "Hkkjr", "ljdkj", "}kjk", "dgk", "jgk", "djsa",
    "dj", "gks", "fn;k", "ckn", "lkFk", "vkt", "ns'k", "dqN", "oks", ",d", "rFkk", "dsoy", "ckj"))
_BIJOY_WORDS = frozenset((
    "Ges", "bv", "K‡i", "nq", "n‡q‡Q", "‡_‡K", "Rb¨", "Zvi", "Kiv", "GKwU", "m‡½", "evsjv‡`k", "miKvi",
    "‡`k", "GB", "‡h", "Avi", "wKš‘", "n‡e", "e‡jb", "K‡ib", "Zv", "Zviv", "wZwb", "Av‡Q", "KvR", "‡`‡ki",
    "evsjv", "fviZ", "mv‡_", "ci", "gv‡S", "w`‡q", "K‡i‡Q", "‡bB", "Kg©", "ivR‰bwZK"))
# Characters a Bijoy text uses for e-kar, ai-kar and ya-phala, rare in any other text.
_BIJOY_MARKS = "‡ˆ¨©"
_ENGLISH_WORDS = frozenset(("the", "of", "and", "to", "in", "is", "was", "for", "on", "with", "as", "by",
                            "that", "it", "at", "from", "are", "be", "this", "an", "has", "have", "were"))


def _indic_count(text: str) -> int:
    """How many characters of ``text`` are Devanagari or Bengali (U+0900-U+09FF): in UTF-16 the
    only characters whose high byte is 09, counted in C (a third of the work of counting
    their two UTF-8 lead bytes)."""
    return text.encode("utf-16-le", "surrogatepass")[1::2].count(9)


_PUNCT = ".!?()\"'“”‘’:"
# The Krutidev words, each also with "A" after it.
_KRUTIDEV_FORMS = _KRUTIDEV_WORDS | {w + "A" for w in _KRUTIDEV_WORDS}


def legacy_encoding(text: str) -> str | None:
    """BIJOY or KRUTIDEV when ``text`` is Bengali or Hindi typed for a legacy font; else None."""
    sample = text[:50_000]
    if _indic_count(sample) > len(sample) // 20:
        return None
    tokens = sample.split()
    if len(tokens) < 3:
        return None
    # Each distinct token once, its punctuation stripped; the three counts summed in C.
    counted = Counter(tokens)
    counts = list(counted.values())
    words = list(map(str.strip, counted, repeat(_PUNCT)))
    krutidev = sum(compress(counts, map(_KRUTIDEV_FORMS.__contains__, words)))
    bijoy = sum(compress(counts, map(_BIJOY_WORDS.__contains__, words)))
    n = len(tokens)
    marks = sum(map(sample.count, _BIJOY_MARKS))
    if krutidev < 0.05 * n and bijoy < 0.04 * n and marks < 0.1 * n:
        return None         # neither can win: the English words need not be counted
    english = sum(compress(counts, map(_ENGLISH_WORDS.__contains__, map(str.lower, words))))
    if krutidev >= 0.05 * n and krutidev > english:
        return KRUTIDEV
    if (bijoy >= 0.04 * n or marks >= 0.1 * n) and bijoy + marks > english:
        return BIJOY
    return None


# Orthographic syllables of Bengali and Devanagari: consonant clusters joined by virama with
# at most one vowel sign (NFC composes the two-part ones) and nasal marks, independent vowels
# (Bengali ones may take a ya-phala), and the few signs that stand alone. Text taken from a
# PDF in visual order puts pre-base vowel signs before their consonant: "েদশ" for "দেশ".
_ZW = "[\u200c\u200d]?"
_BN_C = "[\u0995-\u09b9\u09dc\u09dd\u09df\u09f0\u09f1]\u09bc?"
_BN_M = "[\u09be-\u09c4\u09c7\u09c8\u09cb\u09cc\u09d7\u09e2\u09e3]"
_BN = (f"(?:{_BN_C}(?:{_ZW}\u09cd{_ZW}{_BN_C})*(?:{_ZW}\u09cd{_ZW}|{_BN_M})?[\u0981-\u0983]{{0,2}}"
       f"|[\u0985-\u098c\u098f\u0990\u0993\u0994\u09e0\u09e1](?:{_ZW}\u09cd{_ZW}{_BN_C})*{_BN_M}?"
       f"[\u0981-\u0983]{{0,2}}|[\u09ce\u09bd])")
_HI_C = "[\u0915-\u0939\u0958-\u095f\u0978-\u097f]\u093c?"
_HI = (f"(?:{_HI_C}(?:{_ZW}\u094d{_ZW}{_HI_C})*(?:{_ZW}\u094d{_ZW}|[\u093a\u093b\u093e-\u094c\u094e\u094f"
       f"\u0955-\u0957\u0962\u0963])?[\u0900-\u0903]{{0,2}}"
       f"|[\u0904-\u0914\u0960\u0961\u0972-\u0977][\u0900-\u0903]{{0,2}}|[\u093d\u0950\u0970\u0971])")
_VALID_WORD = re.compile(f"(?:{_BN})+|(?:{_HI})+")
# A run of Bengali or Devanagari letters and marks (digits and danda split runs).
_INDIC_WORD = re.compile("[\u0900-\u0963\u0970-\u097f\u0980-\u09e3\u09f0-\u09fe\u200c\u200d]+")


def indic_validity(text: str) -> tuple[int, float]:
    """(number of Bengali/Devanagari words, share of them made of well-formed syllables)."""
    words = [w.replace("\u200c", "").replace("\u200d", "") for w in _INDIC_WORD.findall(text)]
    words = [w for w in words if w]
    if not words:
        return 0, 1.0
    valid = sum(1 for w in words if _VALID_WORD.fullmatch(w))
    return len(words), valid / len(words)
