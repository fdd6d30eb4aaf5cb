"""The text a reader copies out of the app: an event as one row, a sentence with the document it
comes from (a citation to paste into notes). In the interface language; the source text as is."""

from __future__ import annotations

from relations_desktop.present import labels
from relations_desktop.store.queries import DocumentInfo, EventGroup


def one_line(text: str) -> str:
    """A sentence as one line (the line breaks of the source are layout, not content)."""
    return " ".join(text.split())


def event_row_text(group: EventGroup) -> str:
    """An event as the list shows it, tab-separated: date, type, the sources' languages, sentence."""
    languages = ", ".join(labels.language_name(lang) for lang in group.languages)
    return "\t".join((labels.date_or_unstated(group.date), labels.event_type(group.type), languages,
                      one_line(group.lead.text)))


def document_reference(doc: DocumentInfo) -> str:
    """Where a document comes from, on one line: title, author, source, date; then its address
    (or its kind, language and file) and its licence."""
    head = ". ".join(p.strip() for p in (doc.title or doc.file, doc.author, doc.source, doc.published)
                     if p and p.strip())
    where = doc.url or ", ".join([labels.document_kind(doc.kind), labels.language_name(doc.lang),
                                  *([doc.file] if doc.title else [])])
    return "; ".join([head, where, *([doc.licence] if doc.licence else [])])


def citation_text(sentence: str, doc: DocumentInfo) -> str:
    """A quoted sentence and where it comes from: “…” — Title. Source. Date; URL."""
    return f"“{one_line(sentence)}” — {document_reference(doc)}"
