"""Country names for every sovereign state in English, Bengali and Hindi.

Built from CLDR territory names (through Babel) and the general alias table in
``data/countries.json`` (other names, former names, demonyms, capitals, combining
forms such as "Sino-"). Former states, ambiguous forms and blockers ("Indian Ocean")
are known too, so that they can be recognised and kept out of pairs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from babel import Locale

from relations_desktop.textnorm import NAME_WORD, match_key, skeleton, word_script

LANGS = ("en", "bn", "hi")
DATA_FILE = Path(__file__).with_name("data") / "countries.json"

# What an entry denotes.
NAME, DEMONYM, CAPITAL, COMBINING, FORMER, AMBIGUOUS, BLOCKER = (
    "name", "demonym", "capital", "combining", "former", "ambiguous", "blocker")
# The minimum consonant skeleton length for typo-tolerant matching of an Indic name.
FUZZY_MIN_SKELETON = 5


@dataclass(frozen=True)
class Entry:
    code: str | None       # ISO alpha-2; None for blockers and ambiguous forms
    kind: str
    lang: str
    surface: str           # the alias as written in the table


def alias_key(alias: str) -> tuple[str, ...]:
    return tuple(match_key(w) for w in NAME_WORD.findall(alias))


@cache
def _data() -> dict:
    with DATA_FILE.open(encoding="utf-8") as fh:
        return json.load(fh)


@cache
def sovereign_codes() -> tuple[str, ...]:
    return tuple(_data()["sovereign"])


# Display names where CLDR's form is not what newspapers in that language write. Display only:
# every CLDR form stays in the gazetteer for matching, and each name here is also an alias in
# data/countries.json (tests/test_countries.py finds every country by the name shown).
DISPLAY_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "MM": "Myanmar",                         # CLDR "Myanmar (Burma)": brackets inside a pair title
        "CD": "DR Congo",                        # CLDR "Congo - Kinshasa": a dash inside "{a} – {b}"
        "CG": "Republic of the Congo",           # CLDR "Congo - Brazzaville", likewise
        "PS": "Palestine",                       # CLDR "Palestinian Territories"; as bn and hi below
    },
    "bn": {
        "SC": "সেশেলস",                          # CLDR সিসিলি is Sicily
        "BH": "বাহরাইন",                         # CLDR বাহারিন; papers write বাহরাইন
        "IL": "ইসরায়েল",                        # CLDR ইজরায়েল; Bangladeshi papers and bn Wikipedia
        "JO": "জর্ডান",                          # CLDR জর্ডন
        "DO": "ডোমিনিকান প্রজাতন্ত্র",            # CLDR ডোমেনিকান, unlike ডোমিনিকা
        "SV": "এল সালভাদর",                      # CLDR এল সালভেদর
        "MM": "মিয়ানমার",                        # CLDR মায়ানমার (বার্মা): brackets; Bangladeshi papers
        "CD": "গণতান্ত্রিক কঙ্গো প্রজাতন্ত্র",     # CLDR কঙ্গো-কিনশাসা
        "CG": "কঙ্গো প্রজাতন্ত্র",                # CLDR কঙ্গো - ব্রাজাভিল
        "PS": "ফিলিস্তিন",                       # CLDR ফিলিস্তিনি ভূখণ্ড (Palestinian Territories)
        "CI": "আইভরি কোস্ট",                     # CLDR কোট ডি‘আইভোর, with a stray quotation mark
    },
    "hi": {
        "US": "संयुक्त राज्य अमेरिका",            # CLDR संयुक्त राज्य: "united states" of anything
        "TR": "तुर्की",                          # CLDR तुर्किये; Hindi papers write तुर्की (bn: তুরস্ক)
        "AF": "अफ़ग़ानिस्तान",                    # CLDR अफ़गानिस्तान mixes nukta and none
        "GB": "ब्रिटेन",                         # CLDR यूनाइटेड किंगडम, a transliteration
        "MM": "म्यांमार",                        # CLDR म्यांमार (बर्मा): brackets
        "CD": "कांगो लोकतांत्रिक गणराज्य",         # CLDR कांगो - किंशासा
        "CG": "कांगो गणराज्य",                   # CLDR कांगो – ब्राज़ाविल
        "PS": "फ़िलिस्तीन",                      # CLDR फ़िलिस्तीनी क्षेत्र
    },
}


@cache
def continued_states() -> dict[str, tuple[str, str]]:
    """For a state that continues a former one (Russia the Soviet Union), that former state and
    the last day it existed (ISO): what the state did before then, the former state did."""
    return {v["by"]: (former, v["until"]) for former, v in _data().get("continuations", {}).items()}


@cache
def founded_years() -> dict[str, int]:
    """The year each state that came to be after 1800 was founded or won its independence."""
    return dict(_data().get("founded", {}))


# The one former state the annotation guide gives a code of its own (ANNOTATION 2: "the Soviet
# Union is SU"); the others (Czechoslovakia, Yugoslavia, the two Germanys, South Yemen) are
# predecessors, and their dealings are events of no pair.
_PAIRED_FORMER = frozenset({"SU"})


def predecessor_pair(pair: tuple[str, str]) -> bool:
    """Whether a pair holds a former state that makes no pair of its own."""
    former = _data()["former"]
    return any(c in former and c not in _PAIRED_FORMER for c in pair)


def one_state(a: str, b: str) -> bool:
    """Whether two codes are one state at two times (Russia and the Soviet Union): no pair."""
    continued = continued_states()
    return continued.get(a, ("",))[0] == b or continued.get(b, ("",))[0] == a


@cache
def city_states() -> frozenset[str]:
    """The states one of whose names is also their capital's (Singapore, Monaco, Vatican City):
    "in Singapore" may be where something happens rather than who does it."""
    out = set()
    for code, langs in _data()["countries"].items():
        for fields in langs.values():
            capitals = {alias_key(c) for c in fields.get("capitals", [])}
            if any(alias_key(n) in capitals for n in fields.get("names", [])):
                out.add(code)
    return frozenset(out)


@cache
def country_name(code: str, lang: str) -> str:
    """The name of a country (or former state) in ``lang`` as the interface shows it: CLDR's,
    or the newspapers' form where they differ (DISPLAY_NAMES); the code when unknown."""
    override = DISPLAY_NAMES.get(lang, {}).get(code)
    if override:
        return override
    name = Locale.parse(lang).territories.get(code)
    if name:
        return name
    former = _data().get("former", {}).get(code, {}).get(lang, {}).get("names")
    return former[0] if former else code


class Gazetteer:
    """Lookup tables from token-key tuples to entries."""

    def __init__(self) -> None:
        self.exact: dict[tuple[str, ...], Entry] = {}
        self.fuzzy: dict[tuple[str, ...], Entry] = {}
        self.fuzzy_spellings: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
        self.first: set[str] = set()
        self.max_len = 1
        self.aliases: dict[str, dict[str, list[str]]] = {}   # code -> lang -> surfaces
        self._build()

    def _add(self, surface: str, entry: Entry, conflicts: set[tuple[str, ...]]) -> None:
        key = alias_key(surface)
        if not key:
            return
        old = self.exact.get(key)
        if old is not None and old.code != entry.code:
            if BLOCKER in (old.kind, entry.kind):
                if entry.kind == BLOCKER:
                    return  # a real name wins over a blocker with the same words
            elif old.kind == AMBIGUOUS or entry.kind == AMBIGUOUS:
                entry = Entry(None, AMBIGUOUS, entry.lang, surface)
            else:
                conflicts.add(key)
        elif old is not None and _KIND_RANK[old.kind] <= _KIND_RANK[entry.kind]:
            return
        self.exact[key] = entry
        self.first.add(key[0])
        self.max_len = max(self.max_len, len(key))
        if entry.code and entry.kind != BLOCKER:
            self.aliases.setdefault(entry.code, {}).setdefault(entry.lang, [])
            if surface not in self.aliases[entry.code][entry.lang]:
                self.aliases[entry.code][entry.lang].append(surface)

    def _build(self) -> None:
        data = _data()
        conflicts: set[tuple[str, ...]] = set()
        sovereign = set(data["sovereign"])
        for lang in LANGS:
            territories = Locale.parse(lang).territories
            # Non-sovereign territories and regions swallow the country words inside them
            # ("British Virgin Islands", "South America").
            for code, name in territories.items():
                if code not in sovereign:
                    self._add(name, Entry(None, BLOCKER, lang, name), conflicts)
            for code in sorted(sovereign):
                name = territories.get(code)
                if name:
                    self._add(name, Entry(code, NAME, lang, name), conflicts)
        for code, langs in sorted(data["countries"].items()):
            for lang, fields in langs.items():
                for field, kind in (("names", NAME), ("demonyms", DEMONYM), ("capitals", CAPITAL),
                                    ("combining", COMBINING)):
                    for alias in fields.get(field, []):
                        self._add(alias, Entry(code, kind, lang, alias), conflicts)
        for code, langs in sorted(data.get("former", {}).items()):
            for lang, fields in langs.items():
                for alias in fields.get("names", []) + fields.get("demonyms", []):
                    self._add(alias, Entry(code, FORMER, lang, alias), conflicts)
        for lang, items in data.get("ambiguous", {}).items():
            for alias in items:
                self.exact.pop(alias_key(alias), None)
                self._add(alias, Entry(None, AMBIGUOUS, lang, alias), conflicts)
        for lang, items in data.get("blockers", {}).items():
            for alias in items:
                self._add(alias, Entry(None, BLOCKER, lang, alias), conflicts)
        for key in conflicts:   # a form two countries claim names neither
            e = self.exact[key]
            self.exact[key] = Entry(None, AMBIGUOUS, e.lang, e.surface)
        self._build_fuzzy()
        # Lengths (in words) of the names starting with each word, longest first.
        self.lengths: dict[str, tuple[int, ...]] = {}
        for key in self.exact:
            self.lengths[key[0]] = (*self.lengths.get(key[0], ()), len(key))
        self.lengths = {k: tuple(sorted(set(v), reverse=True)) for k, v in self.lengths.items()}
        self.fuzzy_lengths: dict[str, tuple[int, ...]] = {}
        for key in self.fuzzy:
            self.fuzzy_lengths[key[0]] = (*self.fuzzy_lengths.get(key[0], ()), len(key))
        self.fuzzy_lengths = {k: tuple(sorted(set(v), reverse=True)) for k, v in self.fuzzy_lengths.items()}
        self.fuzzy_first = frozenset(self.fuzzy_lengths)
        # Every proper prefix of a multi-word name: a longer match is tried only if it can exist.
        self.heads = frozenset(key[:n] for key in self.exact for n in range(1, len(key)))
        # Memos of countries._match_at: a word's answer when the next words cannot change it;
        # for a word that may start a longer name, how many words decide it, and the answer
        # for each such run of words.
        self.single_cache: dict[str, Entry | None] = {}
        self.context_span: dict[str, int] = {}
        self.context_cache: dict[tuple, tuple[int, Entry] | None] = {}

    @cached_property
    def candidates(self) -> dict[tuple[str, ...], tuple[tuple[str, str], ...]]:
        """For each ambiguous form, the countries (and the kind of form) one of whose longer names
        or demonyms holds it word for word: "Congo" in "DR Congo" and "Republic of the Congo",
        "Korean" in "South Korean" and "North Korean". (Worked out when a text first names an
        ambiguous form: a tenth of the gazetteer's build, which every process pays at start.)"""
        out: dict[tuple[str, ...], tuple[tuple[str, str], ...]] = {}
        for key, entry in self.exact.items():
            if entry.kind != AMBIGUOUS:
                continue
            n = len(key)
            found = {(e.code, e.kind) for k, e in self.exact.items()
                     if e.code and e.kind in (NAME, DEMONYM) and len(k) > n
                     and any(k[i:i + n] == key for i in range(len(k) - n + 1))}
            if found:
                out[key] = tuple(sorted(found))
        return out

    def _build_fuzzy(self) -> None:
        seen: dict[tuple[str, ...], Entry | None] = {}
        spelled: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        for key, entry in self.exact.items():
            if entry.code is None or word_script(key[0]) not in ("bn", "hi"):
                continue
            skel = tuple(skeleton(k) for k in key)
            if sum(len(s) for s in skel) < FUZZY_MIN_SKELETON:
                continue
            prev = seen.get(skel, entry)
            seen[skel] = entry if prev is not None and prev.code == entry.code else None
            spelled.setdefault(skel, []).append(key)
        self.fuzzy = {k: v for k, v in seen.items() if v is not None}
        # the names spelled with each skeleton: a word is matched by its skeleton only when its
        # vowel signs differ from one of them in at most one place
        self.fuzzy_spellings = {k: tuple(spelled[k]) for k in self.fuzzy}


_KIND_RANK = {NAME: 0, FORMER: 1, COMBINING: 2, DEMONYM: 3, CAPITAL: 4, AMBIGUOUS: 5, BLOCKER: 6}


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer()


def aliases_for(code: str) -> dict[str, list[str]]:
    """Every alias of a country, per language (for filters and search expansion)."""
    return gazetteer().aliases.get(code, {})


@cache
def _names_folded() -> dict[tuple[str, ...], str | None]:
    """Country names by their case-folded key; None where two countries share one."""
    out: dict[tuple[str, ...], str | None] = {}
    for key, entry in gazetteer().exact.items():
        if entry.code and entry.kind == NAME:
            folded = tuple(k.casefold() for k in key)
            out[folded] = entry.code if out.get(folded, entry.code) == entry.code else None
    return out


def country_code(name: str) -> str | None:
    """The sovereign country that ``name`` names: an ISO code, or a name (CLDR's or an alias) in
    English, Bengali or Hindi, in any case; None when it names none, or more than one."""
    text = name.strip()
    if len(text) == 2 and text.isascii() and text.upper() in sovereign_codes():
        return text.upper()
    key = alias_key(text)
    if not key:
        return None
    entry = gazetteer().exact.get(key)
    if entry is not None and entry.kind == NAME and entry.code in sovereign_codes():
        return entry.code
    code = _names_folded().get(tuple(k.casefold() for k in key))
    return code if code in sovereign_codes() else None
