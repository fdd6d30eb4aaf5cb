"""The translation glossary (i18n/glossary.csv) and the access-key groups of the interface.

Read by the catalog tests and the review sheet. A glossary row says which messages it governs
(``msgid_pattern``), the approved Bengali and Hindi words and the variants that must not appear.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import regex

COLUMNS = ("term", "context", "msgid_pattern", "bn", "hi", "forbidden", "note")
LANGS = ("bn", "hi")

# A message key: (msgctxt, msgid).
Key = tuple[str | None, str]

# Messages whose access keys share a window or a menu, so their letters must differ. Each group
# is a tuple of slots; a slot lists the texts one widget shows at different times (same letter).
ACCESS_KEY_GROUPS: dict[str, tuple[tuple[Key, ...], ...]] = {
    "main window: menu bar and list labels": (
        ((None, "&File"),), ((None, "&Edit"),), ((None, "&View"),), ((None, "&Language"),), ((None, "&Help"),),
        ((None, "&Countries"),), ((None, "&Related countries"), (None, "&Relations of {country}")),
    ),
    "File menu": (
        ((None, "&Export PDF…"),), ((None, "Export &timeline…"),), ((None, "Export &sources…"),),
        ((None, "&Import documents…"),), ((None, "Import a &folder…"),), ((None, "Import from a &Kiwix library…"),),
        ((None, "Imported &documents…"),), ((None, "&Library…"),), ((None, "&Quit"),),
    ),
    "Kiwix chooser": (
        ((None, "&Filter articles:"),), ((None, "Check &all shown"),), ((None, "&Uncheck all shown"),),
        ((None, "&Import"),),
    ),
    # (its event commands are also the events' context menu's: their letters differ from those there too)
    "Edit menu": (
        ((None, "&Undo"),), ((None, "&Redo"),), ((None, "&Copy citation"),), ((None, "Copy &source citation"),),
        ((None, "H&ide event"),), ((None, "&Edit event…"),), ((None, "&Note on event…"),), ((None, "&Add event…"),),
        ((None, "Show the e&xtracted event"),), ((None, "C&orrections…"),),
    ),
    "View menu": (
        ((None, "&Filter countries"),), ((None, "Filter &events"),), ((None, "&Search all passages"),),
        ((None, "&Next pane"),),
        ((None, "&Previous pane"),), ((None, "Zoom &in on the timeline"),), ((None, "Zoom &out of the timeline"),),
        ((None, "Show the &whole timeline"),), ((None, "&Appearance"),), ((None, "&Digits"),),
    ),
    "View ▸ Appearance": (((None, "&System"),), ((None, "&Light"),), ((None, "&Dark"),)),
    "View ▸ Digits": (((None, "&Native digits ({digits})"),), ((None, "&Latin digits ({digits})"),)),
    "Help menu": (((None, "&Manual"),), ((None, "&About Relations Desktop"),)),
    # (Copy, when text is selected, is Qt's "&Copy" of the text context menu: C)
    "context menu of an event, a passage or a source": (
        ((None, "Copy &row"),), ((None, "Copy &sentence"),), ((None, "Copy ci&tation"),),
        ((None, "Searc&h for this"),), ((None, "&Open document…"),),
    ),
    "Edit event… and Add event… dialog": (
        ((None, "&Date:"),), ((None, "&Type:"),), ((None, "&Countries:"),), ((None, "&Note:"),),
    ),
    "document details dialog (Library)": (
        ((None, "&Title:"),), ((None, "&Source:"),), ((None, "&Web address:"),), ((None, "A&uthor:"),),
        ((None, "Publication &date:"),),
    ),
    "Library window": (((None, "&Open"),), ((None, "&Edit details…"),), ((None, "&Remove…"),)),
    "Corrections window": (
        ((None, "&Go to event"),), ((None, "&Remove selected…"),), ((None, "&Save to a file…"),),
        ((None, "&Add from a file…"),),
    ),
    "document window (Open document…)": (((None, "◀ &Earlier part"),), ((None, "&Later part ▶"),)),
    "text field and text view context menu (Qt)": (
        (("qt", "&Undo"),), (("qt", "&Redo"),), (("qt", "Cu&t"),), (("qt", "&Copy"),), (("qt", "&Paste"),),
        (("qt", "Copy &Link Location"),),
    ),
    "file dialog (Qt)": (
        (("qt", "&Look in:"),), (("qt", "File &name:"),), (("qt", "Files of &type:"),),
        (("qt", "&Open"), ("qt", "&Save"), ("qt", "&Choose")),
    ),
    "file dialog list context menu (Qt)": (
        (("qt", "&Rename"),), (("qt", "&Delete"),), (("qt", "Show &hidden files"),), (("qt", "&New Folder"),),
    ),
    "message box (Qt)": ((("qt", "&Yes"),), (("qt", "&No"),)),
}

# A translated access key: a Latin capital in parentheses, at the end of the label or before its
# closing colon or ellipsis: "ফাইল (&F)", "অবস্থান (&L):".
LATIN_ACCESS_KEY = re.compile(r" \(&([A-Z])\)(?=(?::|…|\.\.\.)?$)")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_WORD_CHAR = r"[\p{L}\p{M}\p{N}]"


def access_key_positions(text: str) -> list[int]:
    """Positions of mnemonic ampersands in ``text`` (``&&`` is a literal ampersand)."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "&":
            if text[i + 1:i + 2] == "&":
                i += 2
                continue
            out.append(i)
        i += 1
    return out


def access_key(text: str) -> str | None:
    """The letter a label's access key presses, upper-cased; None without one."""
    positions = access_key_positions(text)
    return text[positions[0] + 1].upper() if positions and positions[0] + 1 < len(text) else None


def strip_access_key(text: str) -> str:
    """The label as read: without " (&X)" and without the mnemonic ampersand."""
    text = LATIN_ACCESS_KEY.sub("", text)
    marks = set(access_key_positions(text))
    return "".join(ch for i, ch in enumerate(text) if i not in marks).replace("&&", "&")


def script_language(word: str) -> str | None:
    """'bn' for Bengali script, 'hi' for Devanagari, None for anything else (Latin: both)."""
    for ch in word:
        if "\u0980" <= ch <= "\u09ff":
            return "bn"
        if "\u0900" <= ch <= "\u097f":
            return "hi"
    return None


@dataclass(frozen=True)
class Term:
    """One glossary row."""

    term: str
    context: str
    pattern: re.Pattern[str]
    approved: dict[str, tuple[str, ...]]    # lang → accepted forms (the first is the headword)
    forbidden: dict[str, tuple[str, ...]]   # lang → variants; a trailing * matches any ending
    note: str

    def governs(self, msgid: str) -> bool:
        """Whether a message (its English, placeholders and access keys removed) uses this term."""
        return bool(self.pattern.search(source_text(msgid)))

    def problems(self, lang: str, translation: str) -> list[str]:
        """What is wrong with ``translation`` (a message this term governs) in ``lang``."""
        text = strip_access_key(translation)
        out = []
        if not any(form in text for form in self.approved[lang]):
            out.append(f"{self.term!r}: expected {' or '.join(self.approved[lang])}")
        out += [f"{self.term!r}: forbidden variant {variant!r}"
                for variant in self.forbidden[lang] if forbidden_match(variant, text)]
        return out


def source_text(msgid: str) -> str:
    """The English as a term search sees it: no placeholders, no access-key ampersand."""
    return strip_access_key(PLACEHOLDER.sub(" ", msgid))


def forbidden_match(variant: str, text: str) -> bool:
    """Whether ``variant`` occurs in ``text`` as a whole word (as a word start with a trailing *)."""
    prefix = variant.endswith("*")
    core = regex.escape(variant.rstrip("*"))
    tail = "" if prefix else f"(?!{_WORD_CHAR})"
    return regex.search(f"(?<!{_WORD_CHAR}){core}{tail}", text) is not None


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def read_glossary(path: Path) -> list[Term]:
    """The rows of glossary.csv, validated enough to use (the tests check the rest)."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise ValueError(f"{path}: columns must be {','.join(COLUMNS)}, not {reader.fieldnames}")
        rows = list(reader)
    terms = []
    for row in rows:
        variants = _split(row["forbidden"])
        forbidden = {lang: tuple(v for v in variants if script_language(v) in (lang, None)) for lang in LANGS}
        terms.append(Term(
            term=row["term"], context=row["context"], pattern=re.compile(row["msgid_pattern"]),
            approved={lang: _split(row[lang]) for lang in LANGS}, forbidden=forbidden, note=row["note"]))
    return terms


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)
