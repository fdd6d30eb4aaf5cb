"""The text a reader copies out of the app beyond what present/citations writes: an event as one
row of the events list, a passage's sentence with its source, a reference-list entry with the
source that lists it. In the interface language; the source text as it is."""

from __future__ import annotations

from relations_desktop.i18n import _
from relations_desktop.present import labels
from relations_desktop.present.citations import clean_reference, source_citation
from relations_desktop.present.quoting import one_line, quoted, shown_sentence
from relations_desktop.store.queries import Citation, EventGroup, SourceDocument


def event_row_text(group: EventGroup) -> str:
    """An event as the list shows it, tab-separated: date, type, the sources' languages, sentence."""
    languages = ", ".join(labels.language_name(lang) for lang in group.languages)
    return "\t".join((labels.date_or_unstated(group.date), labels.event_type(group.type), languages,
                      shown_sentence(quoted(group).text)))


def sentence_citation(sentence: str, doc: SourceDocument) -> str:
    """A sentence of a passage (not an event's: see citations.event_citation), quoted, and its source."""
    return f"“{one_line(sentence)}”\n" + _("Source: {citation}").format(citation=source_citation(doc))


def reference_citation(reference: Citation, doc: SourceDocument) -> str:
    """An entry of a source's reference list, cleaned, and the source that lists it."""
    return f"{clean_reference(reference.text)}\n" + _("Source: {citation}").format(citation=source_citation(doc))
