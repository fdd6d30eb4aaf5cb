"""Structural checks of the general country alias table (corpus/data/countries.json).

The checks work on the parsed data, so the last test can show that they catch broken data.
"""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from pathlib import Path

from babel import Locale

DATA_FILE = (Path(__file__).resolve().parents[1] / "src" / "relations_desktop" / "corpus" / "data"
             / "countries.json")
LANGS = ("en", "bn", "hi")
FIELDS = {"en": ("names", "demonyms", "capitals", "combining"),
          "bn": ("names", "demonyms", "capitals"),
          "hi": ("names", "demonyms", "capitals")}
TOP_KEYS = {"about", "sovereign", "countries", "former", "continuations", "ambiguous", "blockers", "founded"}
# Observers and partially recognised states that the table must cover besides the 193 UN members.
# (the Cook Islands and Niue: in free association with New Zealand, with foreign relations of their own)
EXTRA_STATES = {"VA", "PS", "XK", "TW", "CK", "NU"}

_DROP = dict.fromkeys(map(ord, "\u093c\u09bc\u200c\u200d"))
_NASAL = str.maketrans({"\u0901": "\u0902", "\u0981": "\u0982"})


def _word_char(c: str) -> bool:
    return unicodedata.category(c)[0] in "LMN" or c in "_\u200c\u200d"


def key(alias: str) -> tuple[str, ...]:
    """Words of an alias as the matcher compares them: punctuation splits words; nukta,
    joiners and Latin accents are ignored; candrabindu counts as anusvara; case is kept."""
    words, cur = [], []
    for c in alias:
        if _word_char(c):
            cur.append(c)
        elif cur:
            words.append("".join(cur))
            cur = []
    if cur:
        words.append("".join(cur))
    out = []
    for w in words:
        w = w.translate(_DROP).translate(_NASAL)
        if any("\u00c0" <= c <= "\u024f" for c in w):
            w = "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))
            w = unicodedata.normalize("NFC", w)
        out.append(w)
    return tuple(out)


def _script_ok(lang: str, s: str) -> bool:
    bengali = any("\u0980" <= c <= "\u09ff" for c in s)
    devanagari = any("\u0900" <= c <= "\u097f" for c in s)
    if lang == "en":
        return not bengali and not devanagari and any(c.isalpha() for c in s)
    if lang == "bn":
        return bengali and not devanagari
    return devanagari and not bengali


def _strings(obj, path=""):
    if isinstance(obj, str):
        yield path, obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield path + "/key", k
            yield from _strings(v, f"{path}/{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _strings(v, f"{path}[{i}]")


def problems(data: dict) -> list[str]:
    out: list[str] = []
    if set(data) != TOP_KEYS:
        return [f"top-level keys {sorted(data)}"]
    if not isinstance(data["about"], str) or len(data["about"]) < 20:
        out.append("about is not a sentence")

    # Every string NFC, trimmed, non-empty.
    for path, s in _strings(data):
        if unicodedata.normalize("NFC", s) != s:
            out.append(f"not NFC: {path} {s!r}")
        if not s or s != s.strip() or "  " in s:
            out.append(f"bad spacing: {path} {s!r}")

    # Sovereign codes.
    cldr = {lang: Locale.parse(lang).territories for lang in LANGS}
    sovereign = data["sovereign"]
    if sovereign != sorted(set(sovereign)):
        out.append("sovereign is not sorted and unique")
    if len(set(sovereign)) != 193 + len(EXTRA_STATES):
        out.append(f"{len(set(sovereign))} sovereign codes, expected 193 UN members + {sorted(EXTRA_STATES)}")
    if not set(sovereign) >= EXTRA_STATES:
        out.append(f"missing {sorted(EXTRA_STATES - set(sovereign))}")
    for code in sovereign:
        if not (len(code) == 2 and code.isascii() and code.isupper() and code in cldr["en"]):
            out.append(f"sovereign code {code!r} unknown to CLDR")
    former_codes = set(data["former"])
    if former_codes & set(sovereign):
        out.append(f"former states listed as sovereign: {sorted(former_codes & set(sovereign))}")
    for former, cont in data["continuations"].items():
        if former not in former_codes or cont.get("by") not in sovereign or \
                not re.fullmatch(r"\d{4}-\d{2}-\d{2}", cont.get("until", "")):
            out.append(f"continuation of {former}: {cont}")

    # Country entries: every sovereign code, three languages, all fields, a capital each.
    if set(data["countries"]) != set(sovereign):
        out.append(f"countries vs sovereign differ: {sorted(set(data['countries']) ^ set(sovereign))}")
    owners: dict[tuple[str, tuple[str, ...]], set[str]] = {}

    def claim(lang: str, alias: str, code: str) -> None:
        owners.setdefault((lang, key(alias)), set()).add(code)

    for code, langs in data["countries"].items():
        if set(langs) != set(LANGS):
            out.append(f"{code}: languages {sorted(langs)}")
            continue
        for lang in LANGS:
            block = langs[lang]
            if set(block) != set(FIELDS[lang]):
                out.append(f"{code}/{lang}: fields {sorted(block)}")
                continue
            if not block["capitals"]:
                out.append(f"{code}/{lang}: no capital")
            for field, items in block.items():
                if not isinstance(items, list) or not all(isinstance(a, str) for a in items):
                    out.append(f"{code}/{lang}/{field}: not a list of strings")
                    continue
                keys = [key(a) for a in items]
                if len(set(keys)) != len(keys):
                    out.append(f"{code}/{lang}/{field}: duplicates {items}")
                for alias in items:
                    if not key(alias):
                        out.append(f"{code}/{lang}/{field}: no words in {alias!r}")
                    if not _script_ok(lang, alias):
                        out.append(f"{code}/{lang}/{field}: wrong script {alias!r}")
                    if lang == "en" and alias == alias.lower():
                        out.append(f"{code}/en/{field}: lower-case alias {alias!r}")
                    claim(lang, alias, code)
    for code, langs in data["former"].items():
        for lang, block in langs.items():
            if lang not in LANGS or not block.get("names"):
                out.append(f"former {code}/{lang}: no names")
                continue
            for alias in block.get("names", []) + block.get("demonyms", []):
                if not _script_ok(lang, alias):
                    out.append(f"former {code}/{lang}: wrong script {alias!r}")
                claim(lang, alias, code)
    cldr_names = {}
    for lang in LANGS:
        for code in sovereign:
            if code in cldr[lang]:
                claim(lang, cldr[lang][code], code)
                cldr_names[(lang, key(cldr[lang][code]))] = code

    # No alias (CLDR names included) belongs to two countries.
    for (lang, k), codes in owners.items():
        if len(codes) > 1:
            out.append(f"{lang} {' '.join(k)!r} claimed by {sorted(codes)}")

    # Ambiguous forms and blockers are nobody's alias; ambiguous forms are no CLDR name.
    for kind in ("ambiguous", "blockers"):
        lists = data[kind]
        if set(lists) != set(LANGS):
            out.append(f"{kind}: languages {sorted(lists)}")
        for lang, items in lists.items():
            keys = [key(a) for a in items]
            if len(set(keys)) != len(keys):
                out.append(f"{kind}/{lang}: duplicates")
            for alias in items:
                if not _script_ok(lang, alias):
                    out.append(f"{kind}/{lang}: wrong script {alias!r}")
                if (lang, key(alias)) in owners:
                    out.append(f"{kind}/{lang}: {alias!r} is an alias of "
                               f"{sorted(owners[(lang, key(alias))])}")
    # Each founding year is a sovereign state's, after 1775 and not in the future.
    for code, year in data.get("founded", {}).items():
        if code not in sovereign or not isinstance(year, int) or not 1775 < year <= 2030:
            out.append(f"founded {code}: {year!r}")
    amb = {(lang, key(a)) for lang, items in data["ambiguous"].items() for a in items}
    blk = {(lang, key(a)) for lang, items in data["blockers"].items() for a in items}
    for lang, k in amb & blk:
        out.append(f"{lang} {' '.join(k)!r} is both ambiguous and a blocker")
    return out


def _load() -> dict:
    with DATA_FILE.open(encoding="utf-8") as fh:
        return json.load(fh)


def test_file_is_pretty_printed_and_sorted():
    text = DATA_FILE.read_text(encoding="utf-8")
    data = json.loads(text)
    assert "\\u" not in text, "write with ensure_ascii=False"
    assert text.startswith("{\n ")
    assert list(data) == sorted(data)
    assert list(data["countries"]) == sorted(data["countries"])
    assert list(data["former"]) == sorted(data["former"])


def test_country_table_has_no_problems():
    found = problems(_load())
    assert not found, "\n".join(found[:50])


def test_checks_catch_broken_data():
    good = _load()
    assert not problems(good)

    def broken(change) -> list[str]:
        data = copy.deepcopy(good)
        change(data)
        return problems(data)

    def steal_name(d):      # a second country claims India's name
        d["countries"]["PK"]["en"]["names"].append("India")

    def drop_capital(d):
        d["countries"]["TJ"]["bn"]["capitals"] = []

    def decompose(d):       # "Côte" with a combining circumflex
        d["countries"]["CI"]["en"]["names"].append(unicodedata.normalize("NFD", "Côte d'Ivoire"))

    def block_alias(d):
        d["blockers"]["en"].append("Burma")

    def ambiguous_cldr(d):
        d["ambiguous"]["en"].append("Guinea")

    def drop_country(d):
        del d["countries"]["TV"]

    def bad_founding(d):
        d["founded"]["QQ"] = 1960

    def bad_code(d):
        d["sovereign"] = sorted([*d["sovereign"], "QQ"])

    def duplicate(d):
        d["countries"]["FR"]["en"]["capitals"].append("Paris")

    for change in (steal_name, drop_capital, decompose, block_alias, ambiguous_cldr, drop_country,
                   bad_code, duplicate, bad_founding):
        assert broken(change), change.__name__
