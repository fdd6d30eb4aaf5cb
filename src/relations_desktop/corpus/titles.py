"""Titles of articles about relations between countries, in English, Bengali and Hindi:
"X–Y relations", "Foreign relations of X", "X–Y সম্পর্ক", "X-এর বৈদেশিক সম্পর্ক",
"X–Y संबंध", "X के विदेश संबंध", for every country the gazetteer knows."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from relations_desktop.corpus.gazetteer import COMBINING, DEMONYM, FORMER, NAME, alias_key, gazetteer

_KINDS = frozenset((NAME, FORMER, COMBINING, DEMONYM))
_DASHES = "–—‐‑−-"
_SPLIT = re.compile(rf"\s*[{_DASHES}]\s*")
_HINDI_RELATIONS = "(?:संबंध|सम्बन्ध|संबन्ध|सम्बंध)"
# (language, is a hub, pattern whose group 1 holds the country or the pair)
_PATTERNS = (
    ("en", True, re.compile(r"(?i:foreign relations of) (?:the )?(.+)")),
    ("en", False, re.compile(r"(.+?) (?i:relations)")),
    ("bn", True, re.compile(r"(.+?)\s*(?:বৈদেশিক|পররাষ্ট্র) সম্পর্ক")),
    ("bn", False, re.compile(r"(.+?)\s*সম্পর্ক")),
    ("hi", True, re.compile(rf"(.+?) (?:के|का) (?:विदेश|विदेशी|वैदेशिक) {_HINDI_RELATIONS}")),
    ("hi", False, re.compile(rf"(.+?)\s*{_HINDI_RELATIONS}")),
)
# How every such title ends or starts: a test in two C calls before the patterns.
_ENDINGS = ("relations", "Relations", "সম্পর্ক", "संबंध", "सम्बन्ध", "संबन्ध", "सम्बंध")
_STARTS = ("Foreign relations", "foreign relations")
# Bengali genitive endings of a hub's country ("ভারতের", "কানাডার", "বাংলাদেশ-এর").
_BN_GENITIVE = re.compile(r"(?:\s*-?\s*এর|ের|র)$")


@dataclass(frozen=True)
class RelationTitle:
    lang: str                   # language of the title's words: en, bn or hi
    codes: tuple[str, ...]      # two sorted codes for a bilateral article, one for a hub
    hub: bool                   # "Foreign relations of X"


def may_be_relation_title(title: str) -> bool:
    """False for almost every title, cheaply; True for every title match_title may accept."""
    return title.endswith(_ENDINGS) or title.startswith(_STARTS)


def _country(name: str) -> str | None:
    name = name.strip()
    if name[:4].lower() == "the ":
        name = name[4:]
    entry = gazetteer().exact.get(alias_key(name))
    if entry is None or entry.code is None or entry.kind not in _KINDS:
        return None
    return entry.code


def _pair(text: str) -> tuple[str, str] | None:
    """Split "X–Y" at the dash (any dash; names may hold hyphens) where both sides are countries."""
    for m in _SPLIT.finditer(text):
        a, b = _country(text[:m.start()]), _country(text[m.end():])
        if a and b and a != b:
            return (a, b) if a < b else (b, a)
    return None


def match_title(title: str) -> RelationTitle | None:
    """What a title says about relations between countries; None for any other title."""
    if not may_be_relation_title(title):
        return None
    title = " ".join(unicodedata.normalize("NFC", title.replace("_", " ")).split())
    for lang, hub, pattern in _PATTERNS:
        m = pattern.fullmatch(title)
        if not m:
            continue
        subject = m.group(1)
        if hub:
            forms = [subject]
            if lang == "bn":
                forms.append(_BN_GENITIVE.sub("", subject))
            code = next((c for c in map(_country, forms) if c), None)
            if code:
                return RelationTitle(lang, (code,), True)
            continue
        pair = _pair(subject)
        if pair:
            return RelationTitle(lang, pair, False)
    return None
