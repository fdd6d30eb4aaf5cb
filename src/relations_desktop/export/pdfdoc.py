"""The summary PDF as a flowing document: title, headings, paragraphs, key-value rows, wrapped
tables with repeated headers, the timeline (pdftimeline) and page numbers; text is shaped by
pdfshaping so that Bengali, Devanagari and Latin render and extract intact."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import regex
from fpdf.enums import Align, XPos, YPos

from relations_desktop import resources
from relations_desktop.export.pdfshaping import ShapedPdf, nfc, unique_subset_tags
from relations_desktop.export.pdfstyle import (
    FOOTER_ZONE,
    HAIRLINE,
    HEADER_FILL,
    INK,
    MARGIN,
    MUTED,
    PT,
    RGB,
    RULE,
    RULE_STRONG,
    RULE_W,
    SIZE_HEADING,
    SIZE_KV,
    SIZE_SMALL,
    SIZE_TABLE,
    SIZE_TITLE,
    line_height,
)
from relations_desktop.export.pdftimeline import TimelineItem, draw_timeline

__all__ = ["RGB", "PdfDocument", "TimelineItem"]


@dataclass(frozen=True)
class _Table:
    """A table's layout, shared by its header and rows (millimetres)."""

    xs: list[float]
    widths: list[float]
    x_end: float
    pad: tuple[float, float]
    lh: float
    size: float
    head: list[list[str]]
    head_h: float


def _default_page_label(n: int, total: int) -> str:
    return f"{n} / {total}"


class PdfDocument:
    """A flowing A4/Letter document: text blocks, tables and a timeline, top to bottom."""

    def __init__(
        self,
        *,
        title: str,
        lang: str,
        page_size: str = "A4",
        author: str = "Relations Desktop",
        page_label: Callable[[int, int], str] | None = None,
        font_dir: Path | None = None,
    ) -> None:
        if page_size not in ("A4", "Letter"):
            raise ValueError(f"page_size must be 'A4' or 'Letter', not {page_size!r}")
        self.lang = lang
        self._page_label = page_label or _default_page_label
        self._data: bytes | None = None
        self._widths: dict[tuple[str, float, bool], float] = {}

        pdf = ShapedPdf(page_size, lang, font_dir or resources.font_dir())
        self._pdf = pdf
        pdf.set_title(nfc(title))
        pdf.set_author(author)
        pdf.set_creator("Relations Desktop")
        pdf.set_lang(lang)
        # Total pages are written by save() (localised digits, ActualText); the built-in
        # alias would also replace "{nb}" in user text.
        pdf.alias_nb_pages(None)  # type: ignore[arg-type]
        pdf.set_margins(MARGIN, MARGIN, MARGIN)
        pdf.set_auto_page_break(True, margin=FOOTER_ZONE)
        pdf.c_margin = 0

        pdf.set_text_shaping(use_shaping_engine=True, direction="ltr")
        pdf.use_font("NotoSans", "")
        self.set_style(10)
        pdf.add_page()

    # ----------------------------------------------------------------- state

    @property
    def pdf(self) -> ShapedPdf:
        """The fpdf document drawn into (for the timeline, which draws on the same pages)."""
        return self._pdf

    @property
    def page_count(self) -> int:
        return self._pdf.pages_count

    @property
    def content_width(self) -> float:
        """Width between the margins, in mm."""
        return self._pdf.epw

    @property
    def remaining_height(self) -> float:
        """Vertical space left on the current page before the footer zone, in mm."""
        return self._pdf.page_break_trigger - self._pdf.y

    def _check_open(self) -> None:
        if self._data is not None:
            raise RuntimeError("the document was already saved; create a new PdfDocument")

    def set_style(self, size: float, bold: bool = False, color: RGB = INK) -> None:
        """Size, weight and colour of the text drawn next (the font follows each script run)."""
        self._pdf.bold = bold
        self._pdf.set_font("NotoSans", "", size)
        self._pdf.set_text_color(*color)

    def ensure_space(self, height: float) -> bool:
        """Start a new page unless ``height`` mm fit on this one; True if it did."""
        if self._pdf.y + height > self._pdf.page_break_trigger:
            self._pdf.add_page()
            return True
        return False

    def at_page_top(self) -> bool:
        """Nothing drawn yet on this page."""
        return self._pdf.y <= self._pdf.t_margin + 0.01

    # ------------------------------------------------------------ text blocks

    def lines_before_break(self, n: int, lh: float) -> int | None:
        """Where a paragraph of ``n`` lines of ``lh`` mm must go on to a new page so that no page
        holds one line of it alone (no orphan at a page's foot, no widow at its top): after that
        many lines (0: all on the next page), or None when it fits here."""
        room = int((self._pdf.page_break_trigger - self._pdf.y) // lh)
        if room >= n or self.at_page_top():
            return None
        if room <= 1:
            return 0
        if n - room == 1:                 # one line would be left over: take another along
            return room - 1 if room - 1 >= 2 else 0
        return room

    def height_of(self, text: str, size: float, bold: bool = False) -> float:
        """The height in mm a paragraph of ``text`` takes (without the space after it)."""
        return len(self._wrap(text, self._pdf.epw, size, bold)) * line_height(size)

    def _flow(self, text: str, size: float, bold: bool, color: RGB, space_after: float) -> None:
        self._check_open()
        pdf = self._pdf
        lh = line_height(size)
        lines = self._wrap(text, pdf.epw, size, bold)
        split = self.lines_before_break(len(lines), lh)
        self.set_style(size, bold, color)
        for i, line in enumerate(lines):
            if i == split:
                pdf.add_page()
            pdf.set_x(pdf.l_margin)
            # An empty cell still advances (and may break the page) for blank lines.
            pdf.cell(pdf.epw, lh, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(space_after)

    def title(self, text: str) -> None:
        """Document title: large, bold, with a rule under it."""
        self._check_open()
        lh = line_height(SIZE_TITLE)
        self.ensure_space(lh * 2)
        self._flow(text, SIZE_TITLE, True, INK, 1.5)
        pdf = self._pdf
        pdf.set_draw_color(*RULE_STRONG)
        pdf.set_line_width(RULE_W)
        pdf.line(pdf.l_margin, pdf.y, pdf.w - pdf.r_margin, pdf.y)
        pdf.ln(5)

    def heading(self, text: str) -> None:
        """Section heading; kept on the same page as the next two body lines."""
        self._check_open()
        lh = line_height(SIZE_HEADING)
        if not self.at_page_top():
            self._pdf.ln(3)
        self.ensure_space(lh + 2 * line_height(10))
        self._flow(text, SIZE_HEADING, True, INK, 1.5)

    def paragraph(self, text: str, size: float = 10, bold: bool = False) -> None:
        """Body text wrapped over lines and pages."""
        self._flow(text, size, bold, INK, size * PT * 0.8)

    def small(self, text: str) -> None:
        """Small grey text, e.g. a source attribution line."""
        self._flow(text, SIZE_SMALL, False, MUTED, 1.2)

    def spacer(self, height: float) -> None:
        """Vertical gap of ``height`` mm (dropped at the top of a page)."""
        self._check_open()
        if not self.at_page_top():
            if self._pdf.y + height > self._pdf.page_break_trigger:
                self._pdf.add_page()
            else:
                self._pdf.ln(height)

    def page_break(self) -> None:
        self._check_open()
        self._pdf.add_page()

    # -------------------------------------------------------- rows and tables

    def _width(self, text: str, size: float, bold: bool) -> float:
        key = (text, size, bold)
        width = self._widths.get(key)
        if width is None:
            self.set_style(size, bold)
            width = self._widths[key] = self._pdf.get_string_width(text)
        return width

    def _wrap(self, text: str, width: float, size: float, bold: bool) -> list[str]:
        """Greedy word wrap of ``text`` into lines at most ``width`` mm wide.

        fpdf's multi_cell re-shapes the whole line for every character it adds, which
        is quadratic; measuring each word once (cached) is exact enough because
        nothing is shaped across a space.
        """
        space = self._width(" ", size, bold)
        lines: list[str] = []
        for para in nfc(text).split("\n"):
            line: list[str] = []
            line_w = 0.0
            for word in para.split():
                w = self._width(word, size, bold)
                if line and line_w + space + w <= width:
                    line.append(word)
                    line_w += space + w
                    continue
                if line:
                    lines.append(" ".join(line))
                if w <= width:
                    line, line_w = [word], w
                    continue
                # A word wider than the column: break it between grapheme clusters.
                chunk = ""
                for cluster in regex.findall(r"\X", word):
                    if chunk and self._width(chunk + cluster, size, bold) > width:
                        lines.append(chunk)
                        chunk = ""
                    chunk += cluster
                line, line_w = [chunk], self._width(chunk, size, bold)
            lines.append(" ".join(line))
        return lines

    def _draw_row(
        self,
        y: float,
        xs: Sequence[float],
        widths: Sequence[float],
        cells: Sequence[Sequence[str]],
        styles: Sequence[tuple[float, bool, RGB]],
        pad: tuple[float, float],
        first: int = 0,
        last: int | None = None,
    ) -> None:
        """Draw lines ``first``..``last`` of every cell, top-aligned from ``y``."""
        pdf = self._pdf
        pad_x, pad_y = pad
        for x, w, lines, (size, bold, color) in zip(xs, widths, cells, styles, strict=True):
            self.set_style(size, bold, color)
            lh = line_height(size)
            for i, line in enumerate(lines[first:last]):
                if not line.strip():
                    continue
                pdf.set_xy(x + pad_x, y + pad_y + i * lh)
                pdf.cell(w - 2 * pad_x, lh, line)

    def _column_widths(self, col_widths: Sequence[float], n: int) -> list[float]:
        if len(col_widths) != n:
            raise ValueError(f"{len(col_widths)} column widths for {n} columns")
        if any(w <= 0 for w in col_widths):
            raise ValueError("column widths must be positive")
        total = float(sum(col_widths))
        avail = self.content_width
        if total <= 1.0 + 1e-6 or total > avail:
            # Fractions are stretched to the full width; mm that would overflow are shrunk.
            return [w / total * avail for w in col_widths]
        return [float(w) for w in col_widths]

    def key_values(self, rows: Sequence[tuple[str, str]], key_width: float = 0.3) -> None:
        """Two-column facts block: bold grey keys, wrapped values; a row never splits."""
        self._check_open()
        pdf = self._pdf
        widths = [self.content_width * key_width, self.content_width * (1 - key_width)]
        xs = [pdf.l_margin, pdf.l_margin + widths[0]]
        styles = [(SIZE_KV, True, MUTED), (SIZE_KV, False, INK)]
        pad = (0.0, 0.6)
        lh = line_height(SIZE_KV)
        for key, value in rows:
            cells = [
                self._wrap(key, widths[0] - 3, SIZE_KV, True),
                self._wrap(value, widths[1], SIZE_KV, False),
            ]
            n = max(len(c) for c in cells)
            self.ensure_space(n * lh + 2 * pad[1])
            y = pdf.y
            self._draw_row(y, xs, [widths[0] - 3, widths[1]], cells, styles, pad)
            pdf.set_xy(pdf.l_margin, y + n * lh + 2 * pad[1])
        pdf.ln(3)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        col_widths: Sequence[float],
        size: float = SIZE_TABLE,
    ) -> None:
        """Table with wrapped cells and hairline rules.

        ``col_widths`` are fractions of the text width (summing to at most 1; they are
        stretched to the full width) or millimetres. A row moves whole to the next page
        when it does not fit, and the header row is repeated on every continuation page;
        only a row taller than a whole page is split.
        """
        self._check_open()
        pdf = self._pdf
        widths = self._column_widths(col_widths, len(header))
        pad = (1.6, 1.1)
        lh = line_height(size)
        head = [self._wrap(h, w - 2 * pad[0], size, True) for h, w in zip(header, widths, strict=True)]
        t = _Table([pdf.l_margin + sum(widths[:i]) for i in range(len(widths))], widths,
                   pdf.l_margin + sum(widths), pad, lh, size, head, max(len(c) for c in head) * lh + 2 * pad[1])
        wrapped = [
            [self._wrap(c, w - 2 * pad[0], size, False) for c, w in zip(row, widths, strict=True)]
            for row in rows
        ]
        first_h = (max(len(c) for c in wrapped[0]) * lh + 2 * pad[1]) if wrapped else 0.0
        if not self.at_page_top():
            pdf.ln(1)
        self.ensure_space(t.head_h + min(first_h, 3 * lh + 2 * pad[1]))
        self._table_header(t)
        for cells in wrapped:
            self._table_row(t, cells)
        pdf.ln(4)

    def _table_header(self, t: _Table) -> None:
        pdf = self._pdf
        y = pdf.y
        pdf.set_fill_color(*HEADER_FILL)
        pdf.rect(pdf.l_margin, y, t.x_end - pdf.l_margin, t.head_h, style="F")
        self._draw_row(y, t.xs, t.widths, t.head, [(t.size, True, INK)] * len(t.xs), t.pad)
        pdf.set_draw_color(*RULE_STRONG)
        pdf.set_line_width(RULE_W)
        pdf.line(pdf.l_margin, y + t.head_h, t.x_end, y + t.head_h)
        pdf.set_xy(pdf.l_margin, y + t.head_h)

    def _table_row(self, t: _Table, cells: list[list[str]]) -> None:
        """One body row: on a new page (under the header again) when it does not fit, split
        over pages only when it is taller than a whole page."""
        pdf = self._pdf
        pad_y, lh = t.pad[1], t.lh
        styles = [(t.size, False, INK)] * len(t.xs)
        page_body = pdf.page_break_trigger - pdf.t_margin - t.head_h
        n = max(len(c) for c in cells)
        row_h = n * lh + 2 * pad_y
        if pdf.y + row_h > pdf.page_break_trigger and (
            row_h <= page_body or pdf.page_break_trigger - pdf.y < 3 * lh + 2 * pad_y
        ):
            pdf.add_page()
            self._table_header(t)
        first = 0
        while True:
            # Lines of this row that fit on the page (all of them unless the row is
            # taller than a whole page).
            fit = max(1, int((pdf.page_break_trigger - pdf.y - 2 * pad_y) // lh))
            last = min(n, first + fit)
            y = pdf.y
            self._draw_row(y, t.xs, t.widths, cells, styles, t.pad, first, last)
            y_end = y + (last - first) * lh + 2 * pad_y
            pdf.set_draw_color(*RULE)
            pdf.set_line_width(HAIRLINE)
            pdf.line(pdf.l_margin, y_end, t.x_end, y_end)
            pdf.set_xy(pdf.l_margin, y_end)
            if last >= n:
                return
            first = last
            pdf.add_page()
            self._table_header(t)

    # ---------------------------------------------------------------- timeline

    def timeline(
        self,
        items: Sequence[TimelineItem],
        start_year: float,
        end_year: float,
        legend: Sequence[tuple[RGB, str]] = (),
        *,
        year_label: Callable[[int], str] = str,
        precision_legend: tuple[str, str] | None = None,
    ) -> None:
        """Vector timeline: a year axis from ``start_year`` to ``end_year`` (year fractions),
        one marker per item in lanes that avoid overlaps, ranges as bars, imprecise items
        hollow with a faint band, then a colour legend.

        ``year_label`` formats axis years (e.g. with Bengali digits); ``precision_legend``
        is the pair of labels (precise, approximate) for the marker styles.
        """
        self._check_open()
        draw_timeline(self, items, start_year, end_year, legend, year_label=year_label,
                      precision_legend=precision_legend)

    # ------------------------------------------------------------------ output

    def _draw_page_numbers(self) -> None:
        pdf = self._pdf
        total = pdf.pages_count
        last = pdf.page
        pdf.in_footer = True  # no automatic page break while writing below the body
        try:
            for n in range(1, total + 1):
                pdf.page = n
                # Going back to a finished page: fpdf's idea of the current colour and
                # font is not that page's, so set them explicitly inside q/Q.
                pdf._out("q")
                pdf.fill_color = None
                pdf.set_fill_color(*MUTED)
                self.set_style(SIZE_SMALL, color=MUTED)
                pdf.current_font_is_set_on_page = False
                lh = line_height(SIZE_SMALL)
                pdf.set_xy(pdf.l_margin, pdf.h - MARGIN + 4 - lh)
                pdf.cell(pdf.epw, lh, nfc(self._page_label(n, total)), align=Align.C)
                pdf._out("Q")
        finally:
            pdf.in_footer = False
            pdf.page = last

    def to_bytes(self) -> bytes:
        """Finish the document (page numbers) and return the PDF; no drawing afterwards."""
        if self._data is None:
            self._draw_page_numbers()
            for font in self._pdf.fonts.values():
                # fpdf drops the layout tables from the embedded subsets anyway (shaping
                # is already done); removing them first spares fontTools parsing them.
                for tag in ("GSUB", "GPOS", "GDEF"):
                    if tag in font.ttfont:  # type: ignore[union-attr]
                        del font.ttfont[tag]  # type: ignore[union-attr]
            self._data = unique_subset_tags(bytes(self._pdf.output()))
        return self._data

    def save(self, path: str | Path) -> None:
        """Finish the document and write it to ``path``."""
        Path(path).write_bytes(self.to_bytes())
