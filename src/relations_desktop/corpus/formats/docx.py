"""Word documents (.docx): paragraphs, headings and list items from their styles, tables
row by row, and the title, author and date of the document's properties."""

from __future__ import annotations

import functools
import hashlib
import io
import re
import zipfile

from relations_desktop.corpus.document import DocumentMeta, RawDocument
from relations_desktop.corpus.formats.render import CAPTION, HEADING, LIST_ITEM, PARA, TABLE_ROW, TITLE, TextBuilder
from relations_desktop.corpus.formats.tables import carried_below, row_text
from relations_desktop.errors import DocumentError

_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|titolo|encabezado)\s*(\d)$", re.IGNORECASE)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes, name: str, path: str) -> RawDocument:
    """Read one Word document. Raises DocumentError (docx_invalid)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml.etree import XMLSyntaxError
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError) as exc:
        raise DocumentError(name, "docx_invalid", str(exc) or type(exc).__name__) from None
    props = document.core_properties
    out = TextBuilder()
    title = (props.title or "").strip() or None
    blocks: list[tuple[str, str, int]] = []
    for child in document.element.body.iterchildren():
        if child.tag == f"{_W}p":
            paragraph = Paragraph(child, document)
            kind, level = _kind(paragraph)
            blocks.append((kind, paragraph.text, level))
        elif child.tag == f"{_W}tbl":
            for row in Table(child, document).rows:
                blocks.append((TABLE_ROW, row_text(_grid_cells(row)), 0))
    if not any(kind == TITLE for kind, _text, _level in blocks) and title:
        out.add(TITLE, title)
    for kind, text, level in blocks:
        out.add(kind, text, level=level)
    if not out.text.strip():
        raise DocumentError(name, "empty", "the document has no text")
    template = _template_properties()
    when = next((d for d in (props.created, props.modified) if d is not None and d not in template), None)
    author = (props.author or "").strip()
    meta = DocumentMeta(title=title or next((t for k, t, _l in blocks if k == TITLE), None),
                        author=author if author and author not in template else None,
                        published=when.date().isoformat() if when else None)
    return RawDocument(file=name, path=path, sha256=hashlib.sha256(data).hexdigest(), encoding="docx",
                       text=out.text, size=len(data), meta=meta, layout=tuple(out.layout))


@functools.cache
def _template_properties() -> frozenset[object]:
    """The dates and author of the core properties of python-docx's default template
    (2013-12-23T23:15Z, 'python-docx'). A document made from it and never given its own keeps
    them, and they say nothing of the document: a date or author equal to one of them is left
    out. So a document made by python-docx and later saved by an editor is dated by its
    modification; one never given a date of its own has none. (Word and LibreOffice write the
    time a document is made from a template, so only this template's stamp is known to lie.)"""
    import docx
    props = docx.Document().core_properties
    return frozenset(v for v in (props.created, props.modified, props.author) if v)


def _grid_cells(row) -> list[str]:
    """The text of each grid column of a row: a cell merged across columns once, then empty
    cells for the other columns it covers; a cell merged down from a row above (python-docx
    gives the top cell) as ``tables.carried_below`` says; the grid columns a row skips before or
    after it empty."""
    out = [""] * row.grid_cols_before
    previous = None
    for cell in row.cells:
        text = "" if cell._tc is previous else " ".join(cell.text.split())
        out.append(carried_below(text) if cell._tc.getparent() is not row._tr else text)
        previous = cell._tc
    return out + [""] * row.grid_cols_after


def _kind(paragraph) -> tuple[str, int]:
    style = paragraph.style
    names = [n for n in ((style.name or ""), (style.style_id or "")) if n] if style is not None else []
    for n in names:
        key = n.replace(" ", "").lower()
        if key in ("title",):
            return TITLE, 0
        if key == "caption":
            return CAPTION, 0
        m = _HEADING_STYLE.match(n.replace("Heading", "Heading ").replace("  ", " "))
        if m:
            return HEADING, int(m.group(1))
        if key.startswith("listparagraph") or key.startswith("listbullet") or key.startswith("listnumber"):
            return LIST_ITEM, 0
    ppr = paragraph._p.pPr
    if ppr is not None:
        outline = ppr.find(f"{_W}outlineLvl")
        if outline is not None and outline.get(f"{_W}val", "").isdigit():
            return HEADING, int(outline.get(f"{_W}val")) + 1
        if ppr.find(f"{_W}numPr") is not None:
            return LIST_ITEM, 0
    return PARA, 0
