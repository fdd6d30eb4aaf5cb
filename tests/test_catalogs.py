"""The Bengali and Hindi catalogs (i18n/bn.po, i18n/hi.po) against the template.

Read with Babel as the build reads them. Every message of the template must be translated
(every plural form too), nothing fuzzy or left over, and each translation must keep what the
code relies on: the same ``{placeholders}``, one mnemonic ``&`` where the source has one (the
English letter, Latin, in parentheses: "ফাইল (&F)", different within each menu), shortcut hints,
file patterns and the closing ellipsis. Translations must not be the English text again, language
badges must be short and carry no Latin letters, and the Plural-Forms header must agree with CLDR.
Text is NFC; GNU msgfmt's checks and translate-toolkit's (placeholders, access keys, punctuation)
pass. The glossary is kept in tests/test_glossary.py.
"""

from __future__ import annotations

import gettext
import os
import re
import shutil
import string
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from babel import Locale
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from relations_desktop.i18n.glossary import ACCESS_KEY_GROUPS, LATIN_ACCESS_KEY, access_key, read_glossary

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
TEMPLATE = I18N / "relations_desktop.pot"
LANGS = ("bn", "hi")

# The app's name, kept in Latin letters in every language (glossary.csv, its first row).
BRAND = "Relations Desktop"
# Translations that may stay exactly as the English source.
SAME_AS_SOURCE = {"PDF", BRAND,
                  "{file}: {reason}"}     # a frame of punctuation: a message so a language may reorder it
# The short badges shown next to a source document's language.
BADGES = ("BN", "HI", "EN", "??")
# Latin words a translation may keep: proper names (fonts, licences, libraries), key names, PDF.
LATIN_ALLOWED = {
    "PDF", "pdf",
    "Noto", "Sans", "Bengali", "Devanagari", "SIL", "Open", "Font", "License", "Google",
    "MIT", "LGPL", "Qt", "PySide6", "Babel", "CLDR", "Unicode", "CC", "BY", "SA",
    "qtawesome", "Material", "Design", "Icons", "Apache",
    "UTF",                                         # encoding names: UTF-8, UTF-16
    "Relations", "Desktop", "Kiwix", "ZIM",       # product names (glossary.csv)
    "Word", "docx", "ASCII",                      # format names in import messages
    "CSV", "JSON", "PNG", "SVG", "RIS", "BibTeX", "CSL", "LaTeX",     # export formats
    "Zotero", "Mendeley", "EndNote", "pandoc",    # the programs that read them
    "Markdown", "zim",                            # format names in the manual
    "Tab", "Alt", "Esc", "Enter", "F1", "F2", "F6",    # key names, as the keys are labelled
    "Debian", "Ubuntu", "Fedora",                 # the systems a missing library is installed on
}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
SHORTCUT = re.compile(r"\b(?:Ctrl|Alt|Shift|Meta)(?:\+(?:[A-Za-z0-9]+|[-=+]))+")
FILE_PATTERN = re.compile(r"\(\*[^)]*\)")
VIRAMAS = {"\u094d", "\u09cd"}  # Devanagari and Bengali hasanta
DANDA = "\u0964"
HEADER_PLACEHOLDERS = ("PROJECT", "FIRST AUTHOR", "FULL NAME", "EMAIL@ADDRESS", "YEAR-MO-DA", "ORGANIZATION",
                       "LL@li.org", "LANGUAGE <")
# Mnemonics that share a window must differ: the menu bar and the two list labels.
MAIN_WINDOW_MNEMONICS = ("&File", "&View", "&Language", "&Help", "&Countries", "&Related countries")


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as fh:
        return read_po(fh, locale=locale)


def _key(message: Message) -> tuple[str, str | None]:
    msgid = message.id[0] if isinstance(message.id, (list, tuple)) else message.id
    return msgid, message.context


@pytest.fixture(scope="module")
def template() -> dict[tuple[str, str | None], Message]:
    return {_key(m): m for m in _read(TEMPLATE) if m.id}


@pytest.fixture(scope="module", params=LANGS)
def lang(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def catalog(lang: str) -> Catalog:
    return _read(I18N / f"{lang}.po", lang)


@pytest.fixture(scope="module")
def pairs(template, catalog) -> list[tuple[str, str, str]]:
    """(source, translation, what) for every translated text, plural forms included."""
    out = []
    for key, src in template.items():
        msg = catalog.get(*key)
        if msg is None:
            continue
        sources = list(src.id) if src.pluralizable else [src.id]
        strings = list(msg.string) if msg.pluralizable else [msg.string]
        for i, text in enumerate(strings):
            source = sources[min(i, len(sources) - 1)]     # form 0 ~ msgid, the others ~ msgid_plural
            what = repr(key[0]) if key[1] is None else f"{key[1]}|{key[0]!r}"     # msgctxt|msgid
            out.append((source, text or "", f"{what}[{i}]" if src.pluralizable else what))
    return out


def _fields(text: str) -> Counter[str]:
    """The replacement fields of a str.format string, by name (a malformed string raises)."""
    return Counter(field for _, field, _, _ in string.Formatter().parse(text) if field is not None)


def _mnemonics(text: str) -> list[int]:
    """Positions of mnemonic ampersands (``&&`` is a literal ampersand)."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "&":
            if text[i + 1:i + 2] == "&":
                i += 2
                continue
            out.append(i)
        i += 1
    return out


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch).startswith("L")


# ----- completeness


def test_template_is_not_empty(template):
    assert len(template) > 100


def test_every_template_message_is_translated(template, catalog, lang):
    missing, empty = [], []
    for key, src in template.items():
        msg = catalog.get(*key)
        if msg is None:
            missing.append(key[0])
            continue
        if src.pluralizable:
            forms = list(msg.string) if msg.pluralizable else []
            if len(forms) != catalog.num_plurals or not all(f.strip() for f in forms):
                empty.append(key[0])
        elif msg.pluralizable or not (msg.string or "").strip():
            empty.append(key[0])
    assert not missing, f"{lang}: not in the catalog (run `catalogs update`): {missing}"
    assert not empty, f"{lang}: untranslated or missing plural forms: {empty}"


def test_nothing_fuzzy_obsolete_or_stale(template, catalog, lang):
    assert not catalog.fuzzy, f"{lang}: the header is marked fuzzy"
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert not fuzzy, f"{lang}: fuzzy entries: {fuzzy}"
    assert not catalog.obsolete, f"{lang}: obsolete entries: {list(catalog.obsolete)}"
    stale = [_key(m)[0] for m in catalog if m.id and _key(m) not in template]
    assert not stale, f"{lang}: entries the template no longer has: {stale}"


def test_header_is_filled_in(catalog, lang):
    headers = dict(catalog.mime_headers)
    assert headers["Project-Id-Version"].startswith("Relations Desktop")
    assert headers["Last-Translator"].startswith("Relations Desktop developers")
    assert headers["Language"] == lang
    assert headers["Language-Team"].strip()
    raw = (I18N / f"{lang}.po").read_text(encoding="utf-8").split('\nmsgid "', 2)
    header_block = raw[0] + raw[1]       # the comment block and the header entry
    left = [p for p in HEADER_PLACEHOLDERS if p in header_block]
    assert not left, f"{lang}: placeholder text left in the header: {left}"


def test_plural_forms_follow_cldr(catalog, lang):
    text = (I18N / f"{lang}.po").read_text(encoding="utf-8")
    match = re.search(r'"Plural-Forms: *nplurals=(\d+); *plural=([^;"]+);?\\n"', text)
    assert match, f"{lang}: no Plural-Forms header"
    nplurals, expr = int(match.group(1)), match.group(2)
    choose = gettext.c2py(expr)
    cldr = Locale.parse(lang).plural_form
    seen = {(choose(n), cldr(n)) for n in range(1001)}
    indices = {i for i, _ in seen}
    assert indices <= set(range(nplurals)), f"{lang}: {expr} gives forms outside 0..{nplurals - 1}"
    assert len(indices) == nplurals, f"{lang}: {expr} never uses some of the {nplurals} forms"
    by_index = Counter(i for i, _ in seen)
    by_category = Counter(c for _, c in seen)
    assert all(v == 1 for v in by_index.values()) and all(v == 1 for v in by_category.values()), (
        f"{lang}: {expr} does not match the CLDR plural categories {sorted(seen)}")


# ----- what the code relies on


def test_placeholders_are_kept(pairs, lang):
    bad = []
    for source, text, what in pairs:
        try:
            if _fields(text) != _fields(source):
                bad.append((what, text))
        except ValueError as exc:  # unbalanced braces
            bad.append((what, f"{text} ({exc})"))
    assert not bad, f"{lang}: placeholders differ from the source: {bad}"


def test_mnemonics_are_kept_and_render(pairs, lang):
    bad = []
    for source, text, what in pairs:
        want = 1 if _mnemonics(source) else 0
        got = _mnemonics(text)
        if len(got) != want:
            bad.append((what, text, f"{len(got)} mnemonic(s), source has {want}"))
            continue
        for i in got:
            nxt = text[i + 1:i + 2]
            after = text[i + 2:i + 3]
            before = text[i - 1:i] if i else ""
            if not nxt or not _is_letter(nxt):
                bad.append((what, text, "& is not followed by a letter"))
            elif (after and unicodedata.category(after).startswith("M")) or before in VIRAMAS:
                # Qt draws the underline by splitting the text after that one character; a vowel
                # sign, nukta, virama or anusvara cut off from its letter shows a dotted circle.
                bad.append((what, text, "& cuts a syllable in two"))
    assert not bad, f"{lang}: {bad}"


def test_main_window_mnemonics_differ(catalog, lang):
    letters = {}
    for msgid in MAIN_WINDOW_MNEMONICS:
        msg = catalog.get(msgid)
        if msg is None or not msg.string:
            continue
        positions = _mnemonics(msg.string)
        if positions:
            letters.setdefault(msg.string[positions[0] + 1].casefold(), []).append(msgid)
    clashes = {k: v for k, v in letters.items() if len(v) > 1}
    assert not clashes, f"{lang}: the same mnemonic letter for {clashes}"


def test_shortcuts_patterns_and_ellipsis_are_kept(pairs, lang):
    bad = []
    for source, text, what in pairs:
        for hint in SHORTCUT.findall(source) + FILE_PATTERN.findall(source):
            if hint not in text:
                bad.append((what, f"lost {hint!r}"))
        if source.endswith("…") != text.endswith("…"):
            bad.append((what, "the closing … of a command that opens a dialog"))
        if source != source.strip() or text != text.strip():
            bad.append((what, "leading or trailing space"))
    assert not bad, f"{lang}: {bad}"


# ----- how it reads


def test_translations_are_not_english(pairs, lang):
    same = [what for source, text, what in pairs if text == source and source not in SAME_AS_SOURCE]
    assert not same, f"{lang}: still the English text: {same}"
    latin = []
    for _source, text, what in pairs:
        # placeholders, key names and file patterns (which must be kept, see above) stay
        bare = FILE_PATTERN.sub("", SHORTCUT.sub("", re.sub(r"\{[^{}]*\}", "", text)))
        bare = LATIN_ACCESS_KEY.sub("", bare)      # access keys are Latin letters: "ফাইল (&F)"
        words = set(LATIN_WORD.findall(bare)) - LATIN_ALLOWED
        if words:
            latin.append((what, sorted(words)))
    assert not latin, f"{lang}: Latin words left in translations: {latin}"


def test_sentences_end_with_a_danda(pairs, lang):
    bad = [(what, text) for source, text, what in pairs
           if source.endswith(".") and not source.endswith("..") and not text.endswith(DANDA)]
    assert not bad, f"{lang}: a sentence should end with । : {bad}"


def test_language_badges_are_short_and_native(catalog, lang):
    badges = {}
    for msgid in BADGES:
        msg = catalog.get(msgid)
        assert msg is not None and msg.string, f"{lang}: badge {msgid!r} untranslated"
        text = msg.string
        assert not re.search(r"[A-Za-z]", text), f"{lang}: badge {msgid!r} → {text!r} has Latin letters"
        assert sum(_is_letter(c) for c in text) <= 3, f"{lang}: badge {msgid!r} → {text!r} is not short"
        badges[msgid] = text
    assert len(set(badges.values())) == len(badges), f"{lang}: two badges look the same: {badges}"


def test_app_name_is_used_consistently(template, catalog, lang):
    name = catalog.get("Relations Desktop")
    brand = next(t for t in read_glossary(I18N / "glossary.csv") if t.term == BRAND)
    assert name is not None and name.string == brand.approved[lang][0] == BRAND
    bad = [key[0] for key in template
           if "Relations Desktop" in key[0] and name.string not in (catalog.get(*key).string or "")]
    assert not bad, f"{lang}: not called {name.string!r} in {bad}"


# ----- access keys


def _groups() -> list[tuple[str, list[list[tuple[str | None, str]]]]]:
    return [(name, [list(slot) for slot in slots]) for name, slots in ACCESS_KEY_GROUPS.items()]


def test_every_access_key_belongs_to_a_menu(template):
    """A new label with an access key must be placed in ACCESS_KEY_GROUPS, so its letter is checked."""
    grouped = [(ctx, msgid) for _name, slots in _groups() for slot in slots for ctx, msgid in slot]
    assert len(grouped) == len(set(grouped)), "a message is in two access-key groups"
    with_key = {(ctx, msgid) for msgid, ctx in template if _mnemonics(msgid)}
    assert with_key - set(grouped) == set(), f"access keys in no group of ACCESS_KEY_GROUPS: {with_key - set(grouped)}"
    assert set(grouped) - with_key == set(), f"ACCESS_KEY_GROUPS lists messages without one: {set(grouped) - with_key}"


def test_access_keys_are_the_english_latin_letter(template, catalog, lang):
    """"ফাইল (&F)", "অবস্থান (&L):": pressed the same way with any keyboard layout and in every language."""
    bad = []
    for msgid, ctx in template:
        if not _mnemonics(msgid):
            continue
        text = catalog.get(msgid, ctx).string
        match = LATIN_ACCESS_KEY.search(text)
        if match is None or len(_mnemonics(text)) != 1:
            bad.append((msgid, text, "not one ' (&X)' at the end (before a closing : or …)"))
        elif match.group(1) != access_key(msgid):
            bad.append((msgid, text, f"the English key is {access_key(msgid)}"))
    assert not bad, f"{lang}: {bad}"


@pytest.mark.parametrize("language", ("en", *LANGS))
def test_access_keys_differ_within_each_menu(language):
    catalog = None if language == "en" else _read(I18N / f"{language}.po", language)
    clashes = []
    for name, slots in _groups():
        # a slot's texts are one widget at different times (Open / Save / Choose): never side by side
        letters: dict[str, list[str]] = {}
        for slot in slots:
            keys = {access_key(msgid if catalog is None else catalog.get(msgid, ctx).string) for ctx, msgid in slot}
            for key in keys:
                letters.setdefault(key, []).append(slot[0][1])
        clashes += [(name, letter, ids) for letter, ids in letters.items() if len(ids) > 1]
    assert not clashes, f"{language}: the same access key twice in a menu: {clashes}"


# ----- text and tools


def test_text_is_nfc(lang):
    text = (I18N / f"{lang}.po").read_text(encoding="utf-8")
    bad = [line for line in text.splitlines() if not unicodedata.is_normalized("NFC", line)]
    assert not bad, f"{lang}: lines not in NFC (normalise them): {bad}"


def _msgfmt() -> str:
    found = shutil.which("msgfmt")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("GNU gettext's msgfmt is not installed (.ci/run installs the gettext package)")
        pytest.skip("GNU gettext's msgfmt is not installed")
    return found


def test_msgfmt_checks_pass(lang, tmp_path):
    """GNU msgfmt: format strings (python-brace-format), headers, plural forms and access keys."""
    result = subprocess.run(
        [_msgfmt(), "--check", "--check-accelerators=&", "-o", str(tmp_path / f"{lang}.mo"), str(I18N / f"{lang}.po")],
        capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stderr.strip(), f"{lang}: msgfmt says:\n{result.stderr}"


# translate-toolkit's checks (pofilter's): placeholders, access keys, brackets, punctuation, spacing.
# Its "variables" check is replaced by "pythonbraceformat": it flags {a}…{b} written in another order.
POFILTER_CHECKS = ("pythonbraceformat", "accelerators", "brackets", "endpunc", "startpunc", "doublespacing",
                   "startwhitespace", "endwhitespace", "newlines", "escapes", "doublequoting")
# (lang, msgid, check) → why the check does not apply.
POFILTER_EXCEPTIONS = {
    ("bn", "??", "endpunc"): "the badge for an unidentified language is a word (অন্য), not question marks",
    ("bn", "??", "startpunc"): "the badge for an unidentified language is a word (অন্য), not question marks",
    ("hi", "??", "endpunc"): "the badge for an unidentified language is a word (अन्य), not question marks",
    ("hi", "??", "startpunc"): "the badge for an unidentified language is a word (अन्य), not question marks",
}


def test_translate_toolkit_checks_pass(lang, monkeypatch):
    from translate.filters import checks
    from translate.lang import factory as lang_factory
    from translate.storage import factory as store_factory

    # Hindi ends a sentence with the danda too; the toolkit knows that only for Bengali.
    config = checks.CheckerConfig(targetlanguage=lang, accelmarkers=["&"], varmatches=[("{", "}")],
                                  endpunctuation="।!?…")
    language = type(lang_factory.getlanguage(lang))
    monkeypatch.setattr(language, "puncdict", {**language.puncdict, ". ": "। ", ".\n": "।\n"})
    checker = checks.StandardChecker(checkerconfig=config, limitfilters=list(POFILTER_CHECKS))
    store = store_factory.getobject(str(I18N / f"{lang}.po"))
    failures, used = [], set()
    for unit in store.units:
        if unit.isheader() or not unit.istranslated():
            continue
        # " (&X)" is an access key, not a bracketed aside: the checks see it as "&X"
        if not unit.hasplural() and LATIN_ACCESS_KEY.search(unit.target):
            unit.target = LATIN_ACCESS_KEY.sub(lambda m: " &" + m.group(1), unit.target)
        msgid = unit.source.strings[0] if unit.hasplural() else unit.source
        for check, detail in checker.run_filters(unit).items():
            key = (lang, str(msgid), check)
            if key in POFILTER_EXCEPTIONS:
                used.add(key)
                continue
            failures.append((str(msgid), check, detail.get("message", detail) if isinstance(detail, dict) else detail))
    assert not failures, f"{lang}: translate-toolkit finds: {failures}"
    stale = {k for k in POFILTER_EXCEPTIONS if k[0] == lang} - used
    assert not stale, f"{lang}: POFILTER_EXCEPTIONS nothing needs any more: {stale}"


# ----- the review sheet


def test_review_sheet_shows_the_whole_interface(template, tmp_path):
    """`catalogs review` writes one page: every plural for n = 0…100000 in each language's digits,
    every date precision, every event type, in bn and hi beside English."""
    import html as html_lib
    import sys

    out = tmp_path / "review.html"
    result = subprocess.run([sys.executable, "-m", "relations_desktop.i18n.catalogs", "review", "-o", str(out)],
                            capture_output=True, text=True, check=False, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    page = html_lib.unescape(re.sub(r"<[^>]+>", "", out.read_text(encoding="utf-8")))
    catalogs = {code: _read(I18N / f"{code}.po", code) for code in LANGS}
    plurals = [m for m in template.values() if m.pluralizable]
    assert plurals
    for message in plurals:
        assert f"{message.id[0]} / {message.id[1]}" in page
        for code, cat in catalogs.items():
            forms = cat.get(message.id[0]).string
            one = forms[0].replace("{n}", "১" if code == "bn" else "1")
            many = forms[-1].replace("{n}", "১,০০,০০০" if code == "bn" else "1,00,000")
            assert one in page and many in page, f"{code}: {message.id[0]!r} not shown for n = 1 and 100000"
    for code, cat in catalogs.items():
        for (msgid, ctx) in template:
            if ctx == "event type":
                assert cat.get(msgid, ctx).string in page, f"{code}: event type {msgid!r} missing"
        assert cat.get("date not stated").string in page
    for precision in ("day:", "month:", "year:", "range: days of one month", "range: years", "undated:"):
        assert precision in page
    assert "১৬ ডিসেম্বর ১৯৯১" in page and "16 दिसंबर 1991" in page and "১৯–২২ জানুয়ারি ২০০৬" in page
