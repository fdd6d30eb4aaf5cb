"""The catalogs follow the glossary (i18n/glossary.csv), and one translation means one thing.

Every message whose English holds a glossary term must use the approved Bengali and Hindi word
and none of its forbidden variants; one translation may serve two different English messages only
where the allow-list below says why. The glossary itself must be usable: patterns that compile,
words in the right script, no forbidden variant inside an approved one, no row that matches no
message unless it is for a coming feature.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from relations_desktop.i18n.glossary import (
    COLUMNS,
    LANGS,
    Term,
    forbidden_match,
    read_glossary,
    script_language,
    source_text,
    strip_access_key,
)

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
GLOSSARY = I18N / "glossary.csv"

# Messages that may break a glossary row, with the reason: (lang, msgid, term) → why.
TERM_EXCEPTIONS: dict[tuple[str, str, str], str] = {
    ("bn", "date range", "date"): "a precision, read after 'Precision:' beside the date: a span of dates is a "
                                  "সময়কাল, as the date field's hint says; তারিখের সময়কাল was 'the period of the date'.",
    ("hi", "date range", "date"): "a precision, read after 'Precision:' beside the date: a span of dates is an "
                                  "अवधि, as the date field's hint says; तारीख़ की अवधि was 'the period of the date'.",
}

# One translation for two different English messages, allowed because they mean the same thing
# in that language: (lang, translation as read) → why. Case, access keys and a closing … or :
# are ignored when comparing the English ("Import documents" = "Import documents…").
SHARED_TRANSLATIONS: dict[tuple[str, str], str] = {
    ("bn", "ফাইল"): "Qt's 'File' (a column value) and 'Files' (a sidebar heading): Bengali marks no plural "
                   "on a label.",
    ("bn", "ফোল্ডার"): "Qt says 'Directories' and 'Folder' for the same thing; the glossary has one word for "
                      "folder and directory.",
    ("hi", "फ़ोल्डर"): "Qt says 'Directories' and 'Folder' for the same thing; the glossary has one word for "
                      "folder and directory.",
    ("bn", "ফোল্ডার:"): "'Folder:' (ours) and Qt's 'Directory:' label the same field.",
    ("hi", "फ़ोल्डर:"): "'Folder:' (ours) and Qt's 'Directory:' label the same field.",
    ("bn", "নতুন ফোল্ডার তৈরি করুন"): "Qt's 'Create New Folder' and 'Create a New Folder' are one command.",
    ("hi", "नया फ़ोल्डर बनाएँ"): "Qt's 'Create New Folder' and 'Create a New Folder' are one command.",
    ("bn", "ফাইলের ধরন:"): "'File type:' (ours) and Qt's 'Files of &type:' label the same field.",
    ("hi", "फ़ाइल का प्रकार:"): "'File type:' (ours) and Qt's 'Files of &type:' label the same field.",
    ("hi", "अन्य"): "the badge '??' (a language not identified) and the event type 'Other' both say 'other'; "
                   "they never stand side by side.",
    ("bn", "সম্পর্ক"): "'Relationship' (the pane) and 'Relationships' (a column of the library): a label marks no "
                      "plural.",
    ("hi", "संबंध"): "'Relationship' (the pane) and 'Relationships' (a column of the library): संबंध is both.",
    ("bn", "উৎস"): "'Sources' (the tab) and 'Source' (a column of the library: where a document is from): a label "
                  "marks no plural.",
    ("hi", "स्रोत"): "'Sources' (the tab) and 'Source' (a column of the library): स्रोत is both.",
}


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as fh:
        return read_po(fh, locale=locale)


def _msgid(message: Message) -> str:
    return message.id[0] if isinstance(message.id, (list, tuple)) else message.id


def _english(message: Message) -> list[str]:
    return list(message.id) if message.pluralizable else [message.id]


@pytest.fixture(scope="module")
def glossary() -> list[Term]:
    return read_glossary(GLOSSARY)


@pytest.fixture(scope="module")
def template() -> list[Message]:
    return [m for m in _read(I18N / "relations_desktop.pot") if m.id]


@pytest.fixture(scope="module", params=LANGS)
def lang(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def catalog(lang: str) -> Catalog:
    return _read(I18N / f"{lang}.po", lang)


def _translations(catalog: Catalog, message: Message) -> list[str]:
    msg = catalog.get(_msgid(message), message.context)
    if msg is None:
        return []
    return [s for s in (msg.string if msg.pluralizable else [msg.string]) if s]


# ----- the glossary itself


def test_glossary_rows_are_well_formed():
    text = GLOSSARY.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text), "glossary.csv is not NFC"
    assert text.splitlines()[0] == ",".join(COLUMNS)
    terms = read_glossary(GLOSSARY)
    assert len(terms) >= 60
    names = [t.term for t in terms]
    assert len(names) == len(set(names)), f"terms listed twice: {sorted({n for n in names if names.count(n) > 1})}"
    for t in terms:
        for lang in LANGS:
            assert t.approved[lang], f"{t.term!r}: no {lang} translation"
            for form in t.approved[lang]:
                assert script_language(form) in (lang, None), f"{t.term!r}: {form!r} is not in {lang}'s script"
                # a variant that occurs inside the approved word could never be avoided
                clash = [v for v in t.forbidden[lang] if forbidden_match(v, form)]
                assert not clash, f"{t.term!r}: approved {form!r} contains forbidden {clash}"


def test_every_row_governs_a_message_or_is_for_a_coming_feature(glossary, template):
    idle = [t.term for t in glossary
            if "(coming)" not in t.context and not any(t.governs(e) for m in template for e in _english(m))]
    assert not idle, f"glossary rows that match no message (fix msgid_pattern, or mark the context (coming)): {idle}"


def test_patterns_read_the_english_as_shown():
    assert source_text("&Relations of {country}") == "Relations of  "
    assert strip_access_key("ফাইল (&F)") == "ফাইল"
    assert strip_access_key("অবস্থান (&L):") == "অবস্থান:"
    assert strip_access_key("R&&D (&R)") == "R&D"
    # whole words, or word starts with a trailing *: দৌরান (during) is not दौरा (a tour)
    assert forbidden_match("दौरा", "दौरा रद्द") and not forbidden_match("दौरा", "इस दौरान")
    assert forbidden_match("আমদানি*", "নথি আমদানির সারসংক্ষেপ")
    assert not forbidden_match("সূত্র", "তথ্যসূত্র")
    assert not forbidden_match("तारीख", "तारीख़")           # the nukta is part of the word


# ----- the catalogs against it


def test_terms_use_the_approved_translation(glossary, template, catalog, lang):
    bad, used = [], set()
    for message in template:
        english = _english(message)
        for term in glossary:
            if not any(term.governs(e) for e in english):
                continue
            for text in _translations(catalog, message):
                for problem in term.problems(lang, text):
                    key = (lang, _msgid(message), term.term)
                    if key in TERM_EXCEPTIONS:
                        used.add(key)
                        continue
                    bad.append(f"{_msgid(message)!r} → {text!r}: {problem}")
    assert not bad, f"{lang}: translations that break the glossary:\n" + "\n".join(bad)
    stale = {k for k in TERM_EXCEPTIONS if k[0] == lang} - used
    assert not stale, f"{lang}: exceptions nothing needs any more: {stale}"


def _same_english(msgid: str) -> str:
    return re.sub(r"(…|\.\.\.|:)$", "", strip_access_key(msgid)).casefold()


def test_one_translation_means_one_thing(template, catalog, lang):
    by_translation: dict[str, set[str]] = defaultdict(set)
    for message in template:
        for text in _translations(catalog, message):
            if not message.pluralizable:
                by_translation[strip_access_key(text)].add(_same_english(_msgid(message)))
    shared = {text: sorted(ids) for text, ids in by_translation.items() if len(ids) > 1}
    unexplained = {text: ids for text, ids in shared.items() if (lang, text) not in SHARED_TRANSLATIONS}
    assert not unexplained, (
        f"{lang}: one translation for different English messages (say why in SHARED_TRANSLATIONS, or "
        f"tell them apart): {unexplained}")
    stale = [text for (code, text) in SHARED_TRANSLATIONS if code == lang and text not in shared]
    assert not stale, f"{lang}: SHARED_TRANSLATIONS entries no message shares any more: {stale}"
