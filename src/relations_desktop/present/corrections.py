"""The reader's corrections in words: what one changed ("date 1992 → 1993"), where it stands now
(its sentence found, moved, gone) and how a corrected event differs from the extracted one. For
the review list, the window's note under the events, and the command line."""

from __future__ import annotations

from relations_desktop.i18n import N_, _
from relations_desktop.present import labels
from relations_desktop.store.anchors import APPLIED, DOCUMENT_GONE, EVENT_GONE, MOVED, SENTENCE_GONE
from relations_desktop.store.corrections import ADDED, EDITED, Correction, DocumentName
from relations_desktop.store.queries import EventGroup, EventRow

STATUS = {
    APPLIED: N_("applied"),
    MOVED: N_("applied (the sentence moved in its document)"),
    EVENT_GONE: N_("the extraction no longer finds this event in its sentence"),
    SENTENCE_GONE: N_("its sentence is no longer in the document"),
    DOCUMENT_GONE: N_("its document is not in the library"),
}


def restorable(group: EventGroup | None) -> bool:
    """Whether Show the extracted event has something to show: a correction changed an event of
    ``group`` (a note alone changes nothing; an added event has no extracted one)."""
    return group is not None and any(e.state == EDITED for e in group.events)


def status_text(status: str) -> str:
    return _(STATUS.get(status, STATUS[DOCUMENT_GONE]))


def document_text(name: DocumentName, sha256: str = "") -> str:
    """A correction's document as a person knows it: its title (else its file name) and where it
    comes from; its content hash only when nothing else names it."""
    title = name.title or name.file or sha256[:12]
    return " · ".join(p for p in (title, name.source) if p)


def pair_text(pair: tuple[str, str], names: dict[str, dict[str, str]] | None = None, lang: str | None = None) -> str:
    """A pair by its countries' names where they are known, else by codes."""
    from relations_desktop.i18n import current_language
    lang = lang or current_language()
    names = names or {}
    a, b = pair
    return labels.pair_name(names.get(a, {}).get(lang, a), names.get(b, {}).get(lang, b))


def changes(c: Correction, names: dict[str, dict[str, str]] | None = None) -> list[str]:
    """What the correction does, one phrase per change."""
    if c.kind == ADDED:
        date, _precision = c.corrected_date
        return [_("added: {date}, {type}").format(date=labels.date_or_unstated(date),
                                                  type=labels.event_type(c.corrected_type))]
    out = []
    if c.hidden:
        out.append(_("hidden"))
    if c.new_precision is not None:
        out.append(_("date {old} → {new}").format(old=labels.date_or_unstated(c.date),
                                                  new=labels.date_or_unstated(c.new_date)))
    if c.new_type is not None:
        out.append(_("type {old} → {new}").format(old=labels.event_type(c.type or "other"),
                                                  new=labels.event_type(c.new_type)))
    if c.new_a and c.new_b:
        out.append(_("pair {old} → {new}").format(old=pair_text(c.pair, names), new=pair_text(c.corrected_pair, names)))
    if c.note:
        out.append(_("note: {note}").format(note=" ".join(c.note.split())))
    return out


def describe(c: Correction, names: dict[str, dict[str, str]] | None = None) -> str:
    return "; ".join(changes(c, names))


def extracted_text(e: EventRow, names: dict[str, dict[str, str]] | None = None) -> str:
    """How the extraction had an event the reader corrected: "Extracted: 1992 · Conflict · A – B"."""
    o, c = e.original, e.correction
    if o is None or c is None:
        return ""
    return _("Extracted: {date} · {type} · {pair}").format(
        date=labels.date_or_unstated(o.date), type=labels.event_type(o.type), pair=pair_text(c.pair, names))
