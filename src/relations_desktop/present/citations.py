"""Citations as a person reads and copies them: a reference-list entry without wiki debris, the
references an event's sentence cites, and the plain-text citation of a source or of an event.

Cleaning happens here, when shown: the database keeps each entry as the slice of the document it
was read from, so every stored offset stays valid and a better cleaning rule needs no rebuild.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import unquote_to_bytes

import regex

from relations_desktop.digits import to_bengali_digits, to_devanagari_digits
from relations_desktop.i18n import _
from relations_desktop.i18n.formatting import format_event_date
from relations_desktop.present import labels
from relations_desktop.present.quoting import quoted, shown_sentence
from relations_desktop.store.queries import Citation, EventGroup, EventRow, SourceDocument

if TYPE_CHECKING:
    from relations_desktop.present.dossier import Dossier

# The error and maintenance messages citation templates print into the text, with their "(help)".
_HELP = r"\((?:help|সাহায্য|मदद)\)"
_TEMPLATE_MESSAGE = regex.compile(
    r"(?:(?:Check|Cite|Missing|Invalid|Unknown|Empty|Unsupported|External link|Text)\b[^()]{0,160}?"
    r"|[^()।.]{0,120}?(?:পরীক্ষা করুন|অজানা|খালি|অনুপস্থিত|जाँचें|जांचें|अज्ञात|अनुपस्थित|खाली)[^()]{0,40}?)?"
    + _HELP)
_MAINTENANCE = regex.compile(
    r"\s*(?:CS1 maint|CS1 errors?|সিএস১ রক্ষণাবেক্ষণ|সিএস১ ত্রুটি|सीएस1 रखरखाव|सीएस१ रखरखाव)\s*:[^.।]*[.।]?",
    regex.IGNORECASE)
# Leading numbering and backlinks: "26.", "[26]", "^", "^ a b c", "↑ ক খ", "↑ अ आ".
_LEADING = regex.compile(
    r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)])?\s*(?:[\^↑]\s*(?:(?:[a-z]|[\p{Bengali}\p{Devanagari}]\p{M}*)"
    r"(?=\s)\s*)*)?")
_TEMPLATE = regex.compile(r"\{\{\s*(?:cite|citation|সংবাদ উদ্ধৃতি|ওয়েব উদ্ধৃতি|বই উদ্ধৃতি|"
                          r"साइट वेब|साइट समाचार|साइट पुस्तक)[^{}]*\}\}?", regex.IGNORECASE)
_TEMPLATE_RESIDUE = regex.compile(r"\{\{[^{}]*\}\}|\{\{|\}\}")
_PARAMETER = regex.compile(r"\|\s*([\w\p{M}-]+)\s*=\s*([^|}]*)")
_WIKILINK = regex.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")
_EXTERNAL_LINK = regex.compile(r"\[(https?://\S+)\s+([^\]]+)\]")
_MARKUP = regex.compile(r"'{2,}|</?ref[^>]*>|&nbsp;")
_SPACE_BEFORE_PUNCTUATION = regex.compile(r"\s+([.,;:।])")
_REPEATED_STOP = regex.compile(r"([.।])(?:\s+[.।])+")
_EMPTY_BRACKETS = regex.compile(r"\(\s*\)|\[\s*\]")

# Citation-template parameters worth keeping, in the order a reference is written.
_TEMPLATE_FIELDS = ("author", "last", "first", "title", "work", "website", "newspaper", "publisher", "date",
                    "url", "archive-url", "archive-date", "access-date", "accessdate")

# Licences the app can link to by name.
LICENCE_URLS = {
    "CC BY-SA 4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "CC BY-SA 3.0": "https://creativecommons.org/licenses/by-sa/3.0/",
    "CC BY 4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC0 1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
}


def _template_text(m: regex.Match) -> str:
    """A citation template written out as its parts: title, work, publisher, date, URL."""
    params = {k.strip().lower(): v.strip() for k, v in _PARAMETER.findall(m.group(0)) if v.strip()}
    parts = [params[k] for k in _TEMPLATE_FIELDS if k in params and k not in ("first",)]
    if "last" in params and "first" in params:
        parts[0] = f"{params['last']}, {params['first']}"
    return ". ".join(parts) + ("." if parts else "")


def clean_reference(text: str) -> str:
    """A reference-list entry without its numbering, backlinks and wiki debris ("Check date
    values in: |date= (help)", "CS1 maint: …", template residue); what it says is kept, the
    archive and retrieval dates included."""
    out = _LEADING.sub("", text.strip(), count=1)
    out = _TEMPLATE.sub(_template_text, out)
    out = _TEMPLATE_RESIDUE.sub(" ", out)
    out = _MAINTENANCE.sub(" ", out)
    out = _TEMPLATE_MESSAGE.sub(" ", out)
    out = _WIKILINK.sub(r"\1", out)
    out = _EXTERNAL_LINK.sub(r"\2 \1", out)
    out = _MARKUP.sub(" ", out)
    out = _EMPTY_BRACKETS.sub(" ", out)
    out = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", " ".join(out.split()))
    return _REPEATED_STOP.sub(r"\1", out).strip(" |")


# The label a stored reference entry starts with, as its document writes it: "[১]", "২৬.", "26)".
_OWN_LABEL = regex.compile(r"\s*\[?\s*(\d{1,3})\s*[\].)]")


def reference_mark(n: int | None, lang: str, text: str = "") -> str:
    """An entry's number as its document writes it: the label its stored ``text`` starts with
    when that is its number ([১] in an English page, [1] in a Hindi one stay so), else in the
    digits of the document's language: [26], [২৬], [२६]."""
    if n is None:
        return "•"
    own = _OWN_LABEL.match(text)
    if own is not None and int(own.group(1)) == n:        # (int() reads every script's digits)
        return f"[{own.group(1)}]"
    digits = str(n)
    digits = to_bengali_digits(digits) if lang == "bn" else to_devanagari_digits(digits) if lang == "hi" else digits
    return f"[{digits}]"


def group_references(group: EventGroup | None, cited: dict[int, list[Citation]]) -> list[Citation]:
    """The references the sentences of an event group cite, each once, the sentence shown for
    the group (``quoting.quoted``) first."""
    if group is None:
        return []
    out: list[Citation] = []
    lead = quoted(group)
    for e in sorted(group.events, key=lambda e: (e is not lead, e.document_id, e.start)):
        for c in cited.get(e.id, []):
            if c not in out:
                out.append(c)
    return out


def source_title(doc: SourceDocument) -> str:
    """The title a source is cited by: its own, or (a cut or missing title) its file name."""
    return doc.title or doc.meta.title or doc.file


def licence_text(licence: str | None) -> str:
    """"CC BY-SA 4.0 (https://…)" for a licence the app knows the address of."""
    if not licence:
        return ""
    url = LICENCE_URLS.get(licence.strip())
    return f"{licence} ({url})" if url else licence


def source_citation(doc: SourceDocument) -> str:
    """A source as one line of plain text: title, author, where from, date, URL and licence, in
    the interface language (the PDF's attribution and "Copy citation" write it the same way)."""
    meta = doc.meta
    parts = [source_title(doc)]
    if meta.author:
        parts.append(meta.author)
    where = meta.source or (labels.document_kind(doc.kind) if not meta.url else "")
    if where:
        parts.append(f"{where} ({labels.language_name(doc.lang)})")
    else:
        parts.append(labels.language_name(doc.lang))
    if meta.published:
        parts.append(format_event_date(meta.published))
    elif meta.archive_date:
        parts.append(_("as of {date}").format(date=format_event_date(meta.archive_date)))
    if meta.url:
        parts.append(meta.url)
    if meta.licence:
        parts.append(_("Licence: {licence}").format(licence=licence_text(meta.licence)))
    return ". ".join(p.rstrip(". ") for p in parts if p) + "."


def source_where(doc: SourceDocument) -> str:
    """Where a source comes from: its site or publisher, and for an article of a Kiwix archive
    that archive and its date ("Wikipedia (wikipedia_bn_all_maxi, as of 1 May 2024)")."""
    meta = doc.meta
    archive = meta.archive or ""
    if archive and meta.archive_date:
        archive = f"{archive}, " + _("as of {date}").format(date=format_event_date(meta.archive_date))
    if meta.source and archive:
        return f"{meta.source} ({archive})"
    return meta.source or archive


def source_details(doc: SourceDocument, kind: bool = True) -> str:
    """The line under a source's title in the sources pane: what it is (with ``kind``), where
    it comes from, its author, date, address and licence, and the file it was read from."""
    meta = doc.meta
    parts = [labels.document_kind(doc.kind), labels.language_name(doc.lang)] if kind else []
    parts += [p for p in (source_where(doc), meta.author, format_event_date(meta.published) if meta.published else "",
                          display_url(meta.url)) if p]
    if meta.licence:
        parts.append(_("Licence: {licence}").format(licence=meta.licence))
    if not meta.archive:            # an archive's article is known by its title and address
        parts.append(doc.file)
    return " · ".join(parts)


# A run of escaped bytes that are not ASCII: the letters of a Bengali, Hindi (or any non-Latin) title.
_ESCAPED_RUN = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")


def display_url(url: str | None) -> str:
    """An address as a browser's address bar shows it: escaped non-ASCII letters decoded
    ("…/wiki/ঘানা–কেনিয়া_সম্পর্ক", not "…/wiki/%E0%A6%98…"); escaped ASCII ("%2F", "%20") and
    bytes that are not UTF-8 stay as they are. Exports and citations keep the stored address."""
    if not url:
        return ""

    def decode(m: re.Match[str]) -> str:
        try:
            return unquote_to_bytes(m.group()).decode("utf-8")
        except UnicodeDecodeError:
            return m.group()
    return _ESCAPED_RUN.sub(decode, url)


def copies_text(doc: SourceDocument) -> str:
    """The near-duplicates of a source, as alternative sources of its text ("" when none)."""
    if not doc.copies:
        return ""
    names = [" — ".join(p for p in (source_title(c), source_where(c) or display_url(c.meta.url)) if p)
             for c in doc.copies]
    return _("Nearly the same text also in: {sources}").format(sources="; ".join(names))


def quoted_sentence(event: EventRow) -> str:
    """An event's sentence on one line, in quotation marks."""
    return f"“{shown_sentence(event.text)}”"


def reader_lines(event: EventRow, names: dict[str, dict[str, str]] | None = None) -> list[str]:
    """What the reader made of an event, for a citation: a date or type of theirs (which the
    sentence does not state) said as such, with what the document gave; their note."""
    from relations_desktop.present.corrections import extracted_text
    from relations_desktop.store.corrections import ADDED, EDITED
    lines = []
    if event.state == ADDED:
        lines.append(_("Added by the reader."))
    elif event.state == EDITED:
        lines.append(" ".join(p for p in (_("Corrected by the reader."), extracted_text(event, names)) if p))
    if event.note:
        lines.append(_("Note: {note}").format(note=" ".join(event.note.split())))
    return lines


def event_citation(event: EventRow, doc: SourceDocument | None, references: Sequence[Citation] = (),
                   names: dict[str, dict[str, str]] | None = None) -> str:
    """An event as plain text to paste: its date and type, the sentence it was read from, what
    the reader corrected or noted, the source, and the references that sentence cites."""
    lines = [f"{labels.date_or_unstated(event.date)} · {labels.event_type(event.type)}", quoted_sentence(event),
             *reader_lines(event, names)]
    if doc is not None:
        lines.append(_("Source: {citation}").format(citation=source_citation(doc)))
    lang = doc.lang if doc is not None else event.lang
    for c in references:
        lines.append(_("Cited there: {reference}").format(
            reference=f"{reference_mark(c.n, lang, c.text)} {clean_reference(c.text)}"))
    return "\n".join(lines)


def copy_event_citation(dossier: Dossier, event: EventRow) -> str:
    """What "Copy citation" on an event puts on the clipboard."""
    return event_citation(event, dossier.source(event.document_id), dossier.cited.get(event.id, []), dossier.names)


def copy_source_citation(dossier: Dossier, document_id: int) -> str:
    """What "Copy citation" on a source puts on the clipboard ("" for a document not in the dossier)."""
    doc = dossier.source(document_id)
    return source_citation(doc) if doc is not None else ""
