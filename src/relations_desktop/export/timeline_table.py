"""The relationship's timeline as a table: one row per event (each source sentence), written as
CSV (what a spreadsheet opens) or JSON. The row's fields are the columns, in order."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from dataclasses import dataclass

from relations_desktop import __version__
from relations_desktop.i18n import current_language
from relations_desktop.present import labels
from relations_desktop.present.citations import source_title
from relations_desktop.present.dossier import Dossier
from relations_desktop.store.queries import EventRow

# What a row says of the event: as extracted, or as the reader corrected it ("hidden",
# "edited", "added", and ``note``); a reader of the file can tell them apart without the app.
EXTRACTED, HIDDEN = "extracted", "hidden"
FORMAT_NAME = "relations-desktop-timeline"
FORMAT_VERSION = 1          # (hidden events, whose group is empty, and the correction columns are additions)


@dataclass(frozen=True)
class TimelineRow:
    group: int | None          # events that tell of the same happening share it (1, 2, … in date order);
                               # None for an event the reader hid (it is not shown)
    event_id: int | None       # None for an event the reader added (see ``correction``)
    date: str | None           # YYYY, YYYY-MM, YYYY-MM-DD or START/END; None when the text gives none
    date_text: str             # the date as the export's language writes it
    date_start: str | None
    date_end: str | None
    precision: str             # year, month, day, range or undated
    type: str                  # recognition, relations_established, embassy, … other
    type_label: str
    pair: str                  # "NP-PT": two ISO 3166-1 codes, sorted
    country_a: str
    country_b: str
    sentence: str
    language: str              # of the source: bn, hi, en
    source_title: str
    source_url: str | None
    source_file: str
    licence: str | None
    document_id: int
    start: int                 # offsets of the sentence in the source's text
    end: int
    confidence: float | None
    state: str = EXTRACTED     # extracted, hidden, edited or added
    note: str = ""             # the reader's
    correction: int | None = None        # the correction's id (relations-desktop events …)
    extracted_date: str | None = None    # an edited event's values as extracted
    extracted_type: str | None = None
    extracted_pair: str | None = None


COLUMNS = tuple(f.name for f in dataclasses.fields(TimelineRow))


def _row(dossier: Dossier, e: EventRow, group: int | None, lang: str, state: str) -> TimelineRow:
    a, b = dossier.pair
    doc = dossier.source(e.document_id)
    c, o = e.correction, e.original
    edited = state == "edited" and o is not None
    return TimelineRow(
        group=group, event_id=e.id if e.id > 0 else None, date=e.date, date_text=labels.date_or_unstated(e.date, lang),
        date_start=e.date_start, date_end=e.date_end, precision=e.precision, type=e.type,
        type_label=labels.event_type(e.type), pair=f"{a}-{b}", country_a=dossier.name(a, lang),
        country_b=dossier.name(b, lang), sentence=e.text, language=e.lang,
        source_title=source_title(doc) if doc else e.file, source_url=doc.meta.url if doc else None,
        source_file=e.file, licence=doc.meta.licence if doc else None, document_id=e.document_id,
        start=e.start, end=e.end, confidence=e.confidence, state=state, note=e.note,
        correction=c.id if c is not None else None, extracted_date=o.date if edited else None,
        extracted_type=o.type if edited else None, extracted_pair="-".join(c.pair) if edited else None)


def timeline_rows(dossier: Dossier, lang: str | None = None) -> list[TimelineRow]:
    """Every event of the relationship, dated ones first in date order, then the undated, then
    those the reader hid."""
    lang = lang or current_language()
    rows = []
    for n, group in enumerate(dossier.dated + dossier.undated, start=1):
        for e in sorted(group.events, key=lambda e: (e is not group.lead, e.lang, e.file, e.start)):
            rows.append(_row(dossier, e, n, lang, e.state))
    for e in dossier.removed:
        if e.correction is not None and e.correction.hidden:
            rows.append(_row(dossier, e, None, lang, HIDDEN))
    return rows


def to_csv(dossier: Dossier) -> bytes:
    """CSV (RFC 4180) in UTF-8 with a byte order mark, so spreadsheets read Bengali and Hindi."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in timeline_rows(dossier):
        writer.writerow("" if v is None else v for v in dataclasses.astuple(row))
    return out.getvalue().encode("utf-8-sig")


def to_json(dossier: Dossier, *, corpus_version: str = "", exported: str = "") -> bytes:
    lang = current_language()
    a, b = dossier.pair
    doc = {
        "format": FORMAT_NAME, "version": FORMAT_VERSION, "app_version": __version__, "corpus": corpus_version,
        "exported": exported, "language": lang, "pair": [a, b],
        "names": {a: dossier.name(a, lang), b: dossier.name(b, lang)},
        "columns": list(COLUMNS),
        "events": [dataclasses.asdict(row) for row in timeline_rows(dossier, lang)],
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

