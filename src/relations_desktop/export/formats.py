"""Every export format, by name: what it holds (the summary, the timeline as a table or a
drawing, the sources), its file suffix, and the function that renders it. The window's export
dialogs and the command line's ``export --format`` both read this table.

PNG is the SVG drawing rasterised, which needs Qt: ``write_export`` takes the rasteriser from
its caller (the interface's ``ui.timeline_image.png_bytes``), so this layer stays without Qt.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from relations_desktop.errors import ExportError
from relations_desktop.export.writer import write_atomic
from relations_desktop.present.dossier import Dossier

# What a format holds: the File menu has one command for each.
SUMMARY, TIMELINE, SOURCES = "summary", "timeline", "sources"


@dataclass(frozen=True)
class ExportFormat:
    name: str          # as the command line spells it
    kind: str          # SUMMARY, TIMELINE or SOURCES
    suffix: str


FORMATS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("pdf", SUMMARY, ".pdf"),
    ExportFormat("csv", TIMELINE, ".csv"),
    ExportFormat("json", TIMELINE, ".json"),
    ExportFormat("svg", TIMELINE, ".svg"),
    ExportFormat("png", TIMELINE, ".png"),
    ExportFormat("ris", SOURCES, ".ris"),
    ExportFormat("bibtex", SOURCES, ".bib"),
    ExportFormat("csljson", SOURCES, ".json"),
)}


def formats_of(kind: str) -> list[ExportFormat]:
    return [f for f in FORMATS.values() if f.kind == kind]


def format_for_path(path: str | Path, default: str = "pdf") -> str:
    """The format a file name asks for by its suffix (.json is the timeline's JSON)."""
    suffix = Path(path).suffix.lower()
    return next((f.name for f in FORMATS.values() if f.suffix == suffix), default)


def suggested_name(pair: tuple[str, str], fmt: str, lang: str) -> str:
    """"NP-PT_en.pdf", "NP-PT_timeline.csv", "NP-PT_sources.bib"."""
    f = FORMATS[fmt]
    stem = f"{pair[0]}-{pair[1]}"
    what = {SUMMARY: lang, TIMELINE: "timeline", SOURCES: "sources"}[f.kind]
    return f"{stem}_{what}{'-csl' if fmt == 'csljson' else ''}{f.suffix}"


def render(dossier: Dossier, fmt: str, *, corpus_version: str = "", page_size: str | None = None,
           rasterise: Callable[[bytes], bytes] | None = None) -> bytes:
    """The file's bytes in the current interface language."""
    if fmt == "pdf":
        from relations_desktop.export.summary_pdf import render as render_pdf
        return render_pdf(dossier, corpus_version=corpus_version, page_size=page_size)
    if fmt in ("csv", "json"):
        from relations_desktop.export import timeline_table
        if fmt == "csv":
            return timeline_table.to_csv(dossier)
        return timeline_table.to_json(dossier, corpus_version=corpus_version, exported=_dt.date.today().isoformat())
    if fmt in ("svg", "png"):
        from relations_desktop.export.timeline_svg import render_svg
        svg = render_svg(dossier)
        if fmt == "svg":
            return svg
        if rasterise is None:
            raise ValueError("PNG needs a rasteriser (ui.timeline_image.png_bytes)")
        return rasterise(svg)
    from relations_desktop.export import bibliography
    writers = {"ris": bibliography.to_ris, "bibtex": bibliography.to_bibtex, "csljson": bibliography.to_csl_json}
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r}")
    return writers[fmt](dossier)


def write_export(dossier: Dossier, fmt: str, target: str | Path, *, overwrite: bool = False,
                 corpus_version: str = "", page_size: str | None = None,
                 rasterise: Callable[[bytes], bytes] | None = None) -> Path:
    """Render and write atomically; raises ExportError (nothing partial is left on failure)."""
    target = Path(target)
    if target.exists() and not overwrite:       # before the work, not after it
        raise ExportError(target, "exists")
    try:
        data = render(dossier, fmt, corpus_version=corpus_version, page_size=page_size, rasterise=rasterise)
    except ValueError as exc:
        raise ExportError(target, "failed", str(exc)) from None
    return write_atomic(target, data, overwrite=overwrite)
