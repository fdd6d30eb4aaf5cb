"""The relationship summary as a PDF in the interface language: title, key facts, the
timeline, the events table, the sources with the passages used, licence and attribution."""

from __future__ import annotations

import datetime as _dt
import locale
import os
from pathlib import Path

from relations_desktop import __version__
from relations_desktop.export.pdfdoc import PdfDocument, TimelineItem
from relations_desktop.export.pdfstyle import SIZE_SMALL
from relations_desktop.export.writer import write_atomic
from relations_desktop.i18n import _, current_language
from relations_desktop.i18n.formatting import (
    format_date,
    format_number,
    format_percent,
    format_year,
    localize_digits,
)
from relations_desktop.present import labels
from relations_desktop.present.citations import source_citation, source_title
from relations_desktop.present.dossier import Dossier
from relations_desktop.present.event_filter import CONFIDENT, uncertain
from relations_desktop.present.quoting import quoted, shown_sentence
from relations_desktop.present.timeline import POINT, SPAN, legend_types, timeline_places
from relations_desktop.store.queries import EventGroup, SourceDocument

# Territories whose paper is US Letter.
_LETTER_TERRITORIES = frozenset(
    ["US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "SV", "NI", "HN", "PR", "BZ"])
_EXCERPT_CHARS = 110


def preferred_page_size() -> str:
    """US Letter where the system locale's territory uses it, else A4."""
    for var in ("LC_PAPER", "LC_ALL", "LANG"):
        value = os.environ.get(var)
        if value:
            break
    else:
        value = (locale.getlocale()[0] or "") if hasattr(locale, "getlocale") else ""
    territory = value.split(".")[0].partition("_")[2].upper()
    return "Letter" if territory in _LETTER_TERRITORIES else "A4"


def excerpt(text: str, limit: int = _EXCERPT_CHARS) -> str:
    """One line of the source sentence, cut at a word boundary (words stay whole)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    return flat[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"


def _timeline_items(groups: list[EventGroup]) -> list[TimelineItem]:
    items = []
    for place in timeline_places(groups):
        color = labels.type_color(place.group.type)
        end = None if place.kind == POINT else place.end
        items.append(TimelineItem(place.start, end, color, precise=place.kind != SPAN))
    return items


def _timeline(doc: PdfDocument, dated: list[EventGroup], lang: str) -> None:
    doc.heading(_("Timeline"))
    items = _timeline_items(dated)
    lo = min(i.start for i in items)
    hi = max(i.end or i.start for i in items)
    pad = max(1.0, (hi - lo) * 0.04)
    doc.timeline(items, float(int(lo - pad)), float(int(hi + pad) + 1),
                 legend=[(labels.type_color(t), labels.event_type(t)) for t in legend_types(dated)],
                 year_label=lambda y: format_year(y, lang),
                 precision_legend=(_("exact day"), _("month or year")))


# After the date of an event the reader corrected or added (explained under the table).
CORRECTED_MARK = "*"
UNCERTAIN_MARK = "?"


def _corrected(group: EventGroup) -> bool:
    return any(e.state != "extracted" for e in group.events)


def _events(doc: PdfDocument, groups: list[EventGroup], lang: str) -> None:
    doc.heading(_("Events"))
    rows = [[labels.date_or_unstated(g.date, lang) + (f" {CORRECTED_MARK}" if _corrected(g) else "")
             + (f" {UNCERTAIN_MARK}" if uncertain(g) else ""),
             labels.event_type(g.type), excerpt(shown_sentence(quoted(g, lang).text)),
             ", ".join(labels.language_name(x) for x in g.languages)] for g in groups]
    doc.table([_("Date"), _("Type"), _("Source sentence"), _("Source language")], rows,
              col_widths=[0.17, 0.16, 0.52, 0.15])
    if any(_corrected(g) for g in groups):
        doc.small(_("{mark} corrected or added by the reader; events the reader hid are left out.").format(
            mark=CORRECTED_MARK))
    if any(uncertain(g) for g in groups):         # (the list's question mark, as the window shows it)
        doc.small(f"{UNCERTAIN_MARK} " + _("Uncertain: the extraction's confidence is below {percent}; check them "
                                           "first").format(percent=format_percent(CONFIDENT)))


def _notes(doc: PdfDocument, dossier: Dossier, lang: str) -> None:
    """The reader's notes, each after the event it is about."""
    notes = dossier.notes
    if not notes:
        return
    doc.heading(_("Notes"))
    for group, event in notes:
        doc.paragraph(f"{labels.date_or_unstated(group.date, lang)} · {labels.event_type(group.type)}", size=9.5,
                      bold=True)
        doc.paragraph(event.note, size=9.5)


def _licence(doc: PdfDocument, sources: list[SourceDocument]) -> None:
    """Attribution: each source with its title, where it is from, its address and its licence
    (as "Copy citation" writes it), then what the summary itself is under. The section stays whole
    on one page when it can: never a last page of one line."""
    lines = [source_citation(src) for src in sources]
    if any((src.meta.licence or "").upper().startswith("CC BY-SA") for src in sources):
        lines.append(_("Texts under the Creative Commons Attribution-ShareAlike licence (CC BY-SA) are quoted "
                       "under the same licence; so is this summary."))
    if any(not src.meta.licence for src in sources):
        lines.append(_("Texts whose licence is not stated remain their authors'; they are quoted here as sources."))
    lines.append(_("Fonts: Noto Sans, Noto Sans Bengali, Noto Sans Devanagari (SIL Open Font License 1.1)."))
    height = sum(doc.height_of(line, SIZE_SMALL) + 1.2 for line in lines)
    if height < 90:
        doc.ensure_space(height + 14)
    doc.heading(_("Licence and attribution"))
    for line in lines:
        doc.small(line)


def render(dossier: Dossier, *, lang: str | None = None, page_size: str | None = None,
           corpus_version: str = "", exported: _dt.date | None = None) -> bytes:
    """The summary PDF as bytes, in the current interface language."""
    lang = lang or current_language()
    a, b = dossier.pair
    name_a, name_b = dossier.name(a, lang), dossier.name(b, lang)
    title = _("{a} – {b} relations").format(a=name_a, b=name_b)
    doc = PdfDocument(
        title=title, lang=lang, page_size=page_size or preferred_page_size(),
        page_label=lambda n, total: _("Page {n} of {total}").format(n=format_number(n), total=format_number(total)))
    doc.title(title)
    when = format_date(exported or _dt.date.today())
    doc.small(_("Exported on {date} from Relations Desktop {version}, corpus {corpus}.").format(
        date=when, version=localize_digits(__version__, lang), corpus=corpus_version or "—"))

    facts = dossier.facts
    if facts:
        doc.heading(_("Key facts"))
        doc.key_values([(labels.fact_label(f.kind), labels.fact_value(f)) for f in facts])
    if dossier.dated:
        _timeline(doc, dossier.dated, lang)
    if dossier.groups:
        _events(doc, dossier.dated + dossier.undated, lang)
        _notes(doc, dossier, lang)
    if dossier.sources:
        doc.heading(_("Sources"))
        for src in dossier.sources:
            name = source_title(src)
            doc.paragraph(f"{labels.document_kind(src.kind)} · {labels.language_name(src.lang)} · {name}",
                          size=9.5, bold=True)
            for text in src.texts([(p.start, p.end) for p in src.passages]):
                doc.paragraph(" ".join(text.split()), size=9)
    _licence(doc, dossier.sources)
    return doc.to_bytes()


def export(dossier: Dossier, target: str | Path, *, overwrite: bool = False,
           corpus_version: str = "", page_size: str | None = None) -> Path:
    """Render and write atomically; raises ExportError (no partial file on failure)."""
    data = render(dossier, corpus_version=corpus_version, page_size=page_size)
    return write_atomic(target, data, overwrite=overwrite)
