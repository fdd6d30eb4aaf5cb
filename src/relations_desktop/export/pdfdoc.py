"""Low-level PDF renderer for relationship summaries: shaped Bengali, Devanagari and Latin text
that extracts intact (ActualText per line), wrapped tables, a vector timeline and page numbers."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex
from fpdf import FPDF
from fpdf.enums import Align, TextDirection, XPos, YPos
from fpdf.line_break import Fragment, TextLine

from relations_desktop import resources
from relations_desktop.errors import ResourceError
from relations_desktop.present.timeline import MINOR_STEPS, tick_step

__all__ = ["RGB", "PdfDocument", "TimelineItem"]

RGB = tuple[int, int, int]

_PT = 25.4 / 72  # millimetres per point

# Script of a text run -> (font family, HarfBuzz language).
_LATN, _BENG, _DEVA = "latn", "beng", "deva"
_FAMILY = {_LATN: "NotoSans", _BENG: "NotoSansBengali", _DEVA: "NotoSansDevanagari"}
_HB_LANG = {_LATN: "en", _BENG: "bn", _DEVA: "hi"}
_FONT_FILES = {
    ("NotoSans", ""): "NotoSans-Regular.ttf",
    ("NotoSans", "B"): "NotoSans-Bold.ttf",
    ("NotoSansBengali", ""): "NotoSansBengali-Regular.ttf",
    ("NotoSansBengali", "B"): "NotoSansBengali-Bold.ttf",
    ("NotoSansDevanagari", ""): "NotoSansDevanagari-Regular.ttf",
    ("NotoSansDevanagari", "B"): "NotoSansDevanagari-Bold.ttf",
}

_INK: RGB = (33, 37, 41)
_MUTED: RGB = (96, 102, 112)
_RULE: RGB = (206, 211, 218)
_RULE_STRONG: RGB = (120, 126, 135)
_HEADER_FILL: RGB = (238, 241, 245)
_GRID: RGB = (232, 235, 239)

_MARGIN = 18.0
_FOOTER_ZONE = 22.0  # bottom margin: body text stops here, the page number sits below
_LINE_FACTOR = 1.5  # line height / font size; Indic marks above and below need the room

_SIZE_TITLE = 18.0
_SIZE_HEADING = 12.5
_SIZE_KV = 9.5
_SIZE_TABLE = 8.5
_SIZE_SMALL = 8.0
_SIZE_TIMELINE = 7.0

_HAIRLINE = 0.15
_RULE_W = 0.3

# Labelled years on the timeline axis, at most.
_MAX_TICKS = 10


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _line_height(size_pt: float) -> float:
    return size_pt * _PT * _LINE_FACTOR


def _pdf_utf16(text: str) -> str:
    """A PDF text string as a hex literal: UTF-16BE with a byte order mark."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _script_of(ch: str) -> str | None:
    """Script that decides the font of ``ch``; "" for neutral characters, None for joiners."""
    cp = ord(ch)
    if 0x0980 <= cp <= 0x09FF:
        return _BENG
    if cp in (0x0964, 0x0965, 0x200C, 0x200D, 0x25CC):
        # Dandas are shared by Bengali and Devanagari; ZWJ/ZWNJ must stay inside the
        # run they join or conjunct formation breaks.
        return None
    if 0x0900 <= cp <= 0x097F or 0xA8E0 <= cp <= 0xA8FF or 0x1CD0 <= cp <= 0x1CFF:
        return _DEVA
    if unicodedata.category(ch) in ("Mn", "Mc", "Me"):
        return None
    if ch.isalnum():
        return _LATN
    return ""


def _script_runs(
    text: str, default_indic: str, has_glyph: Callable[[str, str], bool]
) -> Iterator[tuple[str, str]]:
    """Split ``text`` into (run, script) pairs, one font per run.

    Neutral characters (spaces, punctuation) stay in the current run when its font has
    them, so a Bengali sentence is one run rather than one run per word.
    """
    current: str | None = None
    buf: list[str] = []
    for ch in text:
        script = _script_of(ch)
        if script is None:
            if current in (_BENG, _DEVA):
                target = current
            elif current == _LATN and ch not in ("\u0964", "\u0965"):
                target = _LATN
            else:
                target = default_indic if has_glyph(default_indic, ch) else _LATN
        elif script == "":
            target = current if current and has_glyph(current, ch) else _LATN
        else:
            target = script
        if target != current and buf:
            yield "".join(buf), current  # type: ignore[misc]
            buf = []
        current = target
        buf.append(ch)
    if buf:
        yield "".join(buf), current  # type: ignore[misc]


class _ShapedPdf(FPDF):
    """FPDF that picks a font per script run and wraps every text line in ActualText."""

    def __init__(self, page_size: str, default_indic: str, font_dir: Path) -> None:
        super().__init__(orientation="P", unit="mm", format=page_size)
        self._default_indic = default_indic
        self._font_dir = font_dir
        # Bold is tracked here, not in fpdf's font style, so that the Latin bold font is
        # only registered (and embedded) when bold Latin text occurs.
        self.bold = False
        self._cmaps: dict[str, set[int]] = {}
        for filename in _FONT_FILES.values():
            if not (font_dir / filename).is_file():
                raise ResourceError(f"missing font: {font_dir / filename}")

    def use_font(self, family: str, style: str) -> str:
        """Font key of a bundled font, registering it on first use.

        fpdf embeds every registered font, used or not, so fonts are added lazily.
        """
        key = family.lower() + style
        if key not in self.fonts:
            self.add_font(family, style, str(self._font_dir / _FONT_FILES[family, style]))
        return key

    def header(self) -> None:
        pass

    def footer(self) -> None:
        # Page numbers are drawn by PdfDocument once the page total is known.
        pass

    def _has_glyph(self, script: str, ch: str) -> bool:
        cmap = self._cmaps.get(script)
        if cmap is None:
            font = self.fonts[self.use_font(_FAMILY[script], "")]
            cmap = self._cmaps[script] = set(font.cmap)  # type: ignore[union-attr]
        return ord(ch) in cmap

    def _parse_chars(
        self,
        text: str,
        markdown: bool,
        *,
        _initial_emphasis: tuple[bool, bool, bool, bool] | None = None,
    ) -> Iterator[Fragment]:
        if markdown or not self.text_shaping:
            yield from super()._parse_chars(text, markdown, _initial_emphasis=_initial_emphasis)
            return
        style = "B" if self.bold else ""
        for run, script in _script_runs(text, self._default_indic, self._has_glyph):
            key = self.use_font(_FAMILY[script], style)
            gstate = self._get_current_graphics_state()
            gstate.font_family = _FAMILY[script].lower()
            gstate.font_style = style
            gstate.current_font = self.fonts[key]
            gstate.text_shaping = {
                **self.text_shaping,
                "language": _HB_LANG[script],
                "paragraph_direction": TextDirection.LTR,
                "fragment_direction": TextDirection.LTR,
            }
            yield Fragment(run, gstate, self.k)

    def _preload_bidirectional_text(self, text: str, markdown: bool) -> Sequence[Fragment]:
        # All bundled scripts are left-to-right; the bidi pass would cost a sixth of
        # the build time for nothing.
        return tuple(self._parse_chars(text, markdown))

    def _render_styled_text_line(
        self, text_line: TextLine, h: float | None = None, *args: Any, **kwargs: Any
    ) -> bool:
        text = "".join(frag.string for frag in text_line.fragments)
        if not text.strip():
            return super()._render_styled_text_line(text_line, h, *args, **kwargs)
        # The base method may break the page before drawing; doing it here first keeps
        # BDC and its EMC on the same page.
        needed = h if h is not None else max(f.font_size for f in text_line.fragments)
        broke = self._perform_page_break_if_need_be(needed)
        # Shaped glyphs (conjuncts, reordered vowel signs) do not map back to the text
        # one to one; ActualText gives extractors (poppler, PDFium) the real string.
        self._out(f"/Span <</ActualText {_pdf_utf16(text)}>> BDC")
        broke_inside = super()._render_styled_text_line(text_line, h, *args, **kwargs)
        self._out("EMC")
        return broke or broke_inside


@dataclass(frozen=True)
class TimelineItem:
    """One event on the timeline.

    ``start``/``end`` are year fractions (2015.5 is mid-2015); ``end`` makes it a range.
    ``precise`` is False for year- or month-precision dates: give the period's start and
    end (e.g. 2015.0 and 2016.0) to draw a faint band over it.
    """

    start: float
    end: float | None
    color: RGB
    precise: bool = True
    label: str | None = None


_SUBSET_TAG = re.compile(rb"/MPDFAA\+([A-Za-z0-9_.-]+)")


def _unique_subset_tags(data: bytes) -> bytes:
    """Give each embedded subset its own six-letter tag, as the PDF spec requires.

    fpdf tags every subset "MPDFAA+". The replacement has the same length, so the
    cross-reference offsets stay valid.
    """

    def retag(match: re.Match[bytes]) -> bytes:
        name = match.group(1)
        digest = hashlib.sha1(name).digest()
        return b"/" + bytes(65 + b % 26 for b in digest[:6]) + b"+" + name

    return _SUBSET_TAG.sub(retag, data)


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

        pdf = _ShapedPdf(
            page_size, _BENG if lang.startswith("bn") else _DEVA, font_dir or resources.font_dir()
        )
        self._pdf = pdf
        pdf.set_title(_nfc(title))
        pdf.set_author(author)
        pdf.set_creator("Relations Desktop")
        pdf.set_lang(lang)
        # Total pages are written by save() (localised digits, ActualText); the built-in
        # alias would also replace "{nb}" in user text.
        pdf.alias_nb_pages(None)  # type: ignore[arg-type]
        pdf.set_margins(_MARGIN, _MARGIN, _MARGIN)
        pdf.set_auto_page_break(True, margin=_FOOTER_ZONE)
        pdf.c_margin = 0

        pdf.set_text_shaping(use_shaping_engine=True, direction="ltr")
        pdf.use_font("NotoSans", "")
        self._font(10)
        pdf.add_page()

    # ----------------------------------------------------------------- state

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

    def _font(self, size: float, bold: bool = False, color: RGB = _INK) -> None:
        self._pdf.bold = bold
        self._pdf.set_font("NotoSans", "", size)
        self._pdf.set_text_color(*color)

    def _ensure_space(self, height: float) -> bool:
        """Start a new page unless ``height`` mm fit on this one; True if it did."""
        if self._pdf.y + height > self._pdf.page_break_trigger:
            self._pdf.add_page()
            return True
        return False

    def _at_page_top(self) -> bool:
        return self._pdf.y <= self._pdf.t_margin + 0.01

    # ------------------------------------------------------------ text blocks

    def _flow(self, text: str, size: float, bold: bool, color: RGB, space_after: float) -> None:
        self._check_open()
        pdf = self._pdf
        lh = _line_height(size)
        lines = self._wrap(text, pdf.epw, size, bold)
        self._font(size, bold, color)
        for line in lines:
            pdf.set_x(pdf.l_margin)
            # An empty cell still advances (and may break the page) for blank lines.
            pdf.cell(pdf.epw, lh, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(space_after)

    def title(self, text: str) -> None:
        """Document title: large, bold, with a rule under it."""
        self._check_open()
        lh = _line_height(_SIZE_TITLE)
        self._ensure_space(lh * 2)
        self._flow(text, _SIZE_TITLE, True, _INK, 1.5)
        pdf = self._pdf
        pdf.set_draw_color(*_RULE_STRONG)
        pdf.set_line_width(_RULE_W)
        pdf.line(pdf.l_margin, pdf.y, pdf.w - pdf.r_margin, pdf.y)
        pdf.ln(5)

    def heading(self, text: str) -> None:
        """Section heading; kept on the same page as the next two body lines."""
        self._check_open()
        lh = _line_height(_SIZE_HEADING)
        if not self._at_page_top():
            self._pdf.ln(3)
        self._ensure_space(lh + 2 * _line_height(10))
        self._flow(text, _SIZE_HEADING, True, _INK, 1.5)

    def paragraph(self, text: str, size: float = 10, bold: bool = False) -> None:
        """Body text wrapped over lines and pages."""
        self._flow(text, size, bold, _INK, size * _PT * 0.8)

    def small(self, text: str) -> None:
        """Small grey text, e.g. a source attribution line."""
        self._flow(text, _SIZE_SMALL, False, _MUTED, 1.2)

    def spacer(self, height: float) -> None:
        """Vertical gap of ``height`` mm (dropped at the top of a page)."""
        self._check_open()
        if not self._at_page_top():
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
            self._font(size, bold)
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
        for para in _nfc(text).split("\n"):
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
            self._font(size, bold, color)
            lh = _line_height(size)
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
        styles = [(_SIZE_KV, True, _MUTED), (_SIZE_KV, False, _INK)]
        pad = (0.0, 0.6)
        lh = _line_height(_SIZE_KV)
        for key, value in rows:
            cells = [
                self._wrap(key, widths[0] - 3, _SIZE_KV, True),
                self._wrap(value, widths[1], _SIZE_KV, False),
            ]
            n = max(len(c) for c in cells)
            self._ensure_space(n * lh + 2 * pad[1])
            y = pdf.y
            self._draw_row(y, xs, [widths[0] - 3, widths[1]], cells, styles, pad)
            pdf.set_xy(pdf.l_margin, y + n * lh + 2 * pad[1])
        pdf.ln(3)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        col_widths: Sequence[float],
        size: float = _SIZE_TABLE,
    ) -> None:
        """Table with wrapped cells and hairline rules.

        ``col_widths`` are fractions of the text width (summing to at most 1; they are
        stretched to the full width) or millimetres. A row moves whole to the next page
        when it does not fit, and the header row is repeated on every continuation page;
        only a row taller than a whole page is split.
        """
        self._check_open()
        pdf = self._pdf
        n_cols = len(header)
        widths = self._column_widths(col_widths, n_cols)
        xs = [pdf.l_margin + sum(widths[:i]) for i in range(n_cols)]
        x_end = pdf.l_margin + sum(widths)
        pad = (1.6, 1.1)
        lh = _line_height(size)
        head_cells = [self._wrap(h, w - 2 * pad[0], size, True) for h, w in zip(header, widths, strict=True)]
        head_h = max(len(c) for c in head_cells) * lh + 2 * pad[1]
        head_styles = [(size, True, _INK)] * n_cols
        body_styles = [(size, False, _INK)] * n_cols

        def draw_header() -> None:
            y = pdf.y
            pdf.set_fill_color(*_HEADER_FILL)
            pdf.rect(pdf.l_margin, y, x_end - pdf.l_margin, head_h, style="F")
            self._draw_row(y, xs, widths, head_cells, head_styles, pad)
            pdf.set_draw_color(*_RULE_STRONG)
            pdf.set_line_width(_RULE_W)
            pdf.line(pdf.l_margin, y + head_h, x_end, y + head_h)
            pdf.set_xy(pdf.l_margin, y + head_h)

        def rule_below(y: float) -> None:
            pdf.set_draw_color(*_RULE)
            pdf.set_line_width(_HAIRLINE)
            pdf.line(pdf.l_margin, y, x_end, y)

        def new_page() -> None:
            pdf.add_page()
            draw_header()

        wrapped = [
            [self._wrap(c, w - 2 * pad[0], size, False) for c, w in zip(row, widths, strict=True)]
            for row in rows
        ]
        first_h = (max(len(c) for c in wrapped[0]) * lh + 2 * pad[1]) if wrapped else 0.0
        if not self._at_page_top():
            pdf.ln(1)
        self._ensure_space(head_h + min(first_h, 3 * lh + 2 * pad[1]))
        draw_header()
        page_body = pdf.page_break_trigger - pdf.t_margin - head_h
        for cells in wrapped:
            n = max(len(c) for c in cells)
            row_h = n * lh + 2 * pad[1]
            if pdf.y + row_h > pdf.page_break_trigger and (
                row_h <= page_body or pdf.page_break_trigger - pdf.y < 3 * lh + 2 * pad[1]
            ):
                new_page()
            first = 0
            while True:
                # Lines of this row that fit on the page (all of them unless the row is
                # taller than a whole page).
                fit = max(1, int((pdf.page_break_trigger - pdf.y - 2 * pad[1]) // lh))
                last = min(n, first + fit)
                y = pdf.y
                self._draw_row(y, xs, widths, cells, body_styles, pad, first, last)
                y_end = y + (last - first) * lh + 2 * pad[1]
                rule_below(y_end)
                pdf.set_xy(pdf.l_margin, y_end)
                if last >= n:
                    break
                first = last
                new_page()
        pdf.ln(4)

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
        if end_year <= start_year:
            raise ValueError("end_year must be after start_year")
        pdf = self._pdf
        x0 = pdf.l_margin + 2.5
        x1 = pdf.w - pdf.r_margin - 2.5
        span = end_year - start_year

        def x_of(year: float) -> float:
            year = min(max(year, start_year), end_year)
            return x0 + (year - start_year) / span * (x1 - x0)

        r = 1.15
        lane_h = 5.2
        bar_h = 1.8
        max_lanes = 14
        label_lh = _line_height(_SIZE_TIMELINE)

        # Lane packing: each item (with its label) takes the first lane that is free at its x.
        self._font(_SIZE_TIMELINE)
        placed: list[tuple[TimelineItem, int, float, float, bool]] = []
        lane_ends: list[float] = []
        for item in sorted(items, key=lambda it: (it.start, it.end or it.start)):
            xs_ = x_of(item.start)
            xe_ = x_of(item.end) if item.end is not None and item.end > item.start else xs_
            left, right = xs_ - r, xe_ + r
            label_left = False
            if item.label:
                lw = pdf.get_string_width(_nfc(item.label)) + 1.5
                if right + lw > x1 + 2.5:
                    label_left = True
                    left -= lw
                else:
                    right += lw
            lane = next((i for i, end in enumerate(lane_ends) if end + 1.0 <= left), None)
            if lane is None:
                if len(lane_ends) < max_lanes:
                    lane = len(lane_ends)
                    lane_ends.append(right)
                else:
                    lane = min(range(max_lanes), key=lambda i: lane_ends[i])
            lane_ends[lane] = max(lane_ends[lane], right)
            placed.append((item, lane, xs_, xe_, label_left))

        n_lanes = max(1, len(lane_ends))
        plot_h = n_lanes * lane_h + 2.0
        axis_h = 1.8 + label_lh
        legend_entries = [(c, _nfc(t)) for c, t in legend]
        legend_h = 0.0
        if legend_entries or precision_legend:
            legend_h = (label_lh + 1.5) * (1 + len(legend_entries) // 6) + 3
        if not self._at_page_top():
            pdf.ln(1.5)
        self._ensure_space(min(plot_h + axis_h + legend_h, pdf.page_break_trigger - pdf.t_margin))
        top = pdf.y
        axis_y = top + plot_h

        # Ticks: a "nice" step giving at most ~10 labelled years.
        step = tick_step(span, _MAX_TICKS)
        minor = MINOR_STEPS.get(step)
        first_major = int(-(-start_year // step) * step)
        majors = list(range(first_major, int(end_year) + 1, step))

        pdf.set_line_width(_HAIRLINE)
        pdf.set_draw_color(*_GRID)
        for year in majors:
            pdf.line(x_of(year), top, x_of(year), axis_y)

        pdf.set_draw_color(*_RULE_STRONG)
        pdf.set_line_width(_RULE_W)
        pdf.line(x0, axis_y, x1, axis_y)
        pdf.set_line_width(_HAIRLINE)
        if minor:
            first_minor = int(-(-start_year // minor) * minor)
            for year in range(first_minor, int(end_year) + 1, minor):
                if year % step:
                    pdf.line(x_of(year), axis_y, x_of(year), axis_y + 0.8)
        self._font(_SIZE_TIMELINE, color=_MUTED)
        for year in majors:
            x = x_of(year)
            pdf.line(x, axis_y, x, axis_y + 1.5)
            label = year_label(year)
            w = pdf.get_string_width(label)
            pdf.set_xy(min(max(x - w / 2, pdf.l_margin), pdf.w - pdf.r_margin - w), axis_y + 1.8)
            pdf.cell(w, label_lh, label)

        for item, lane, xs_, xe_, label_left in placed:
            cy = top + 1.0 + lane * lane_h + lane_h / 2
            color = tuple(item.color)
            faint = tuple(round(c * 0.28 + 255 * 0.72) for c in color)
            pdf.set_draw_color(*color)
            if xe_ > xs_:
                if item.precise:
                    pdf.set_fill_color(*color)
                    pdf.rect(xs_, cy - bar_h / 2, xe_ - xs_, bar_h, style="F")
                else:
                    pdf.set_fill_color(*faint)
                    pdf.set_line_width(_HAIRLINE)
                    pdf.rect(xs_, cy - bar_h / 2, xe_ - xs_, bar_h, style="FD")
            if item.precise:
                pdf.set_fill_color(*color)
                pdf.circle(xs_, cy, r, style="F")
            else:
                pdf.set_fill_color(255, 255, 255)
                pdf.set_line_width(0.35)
                pdf.circle(xs_, cy, r - 0.1, style="FD")
            if item.label:
                label = _nfc(item.label)
                self._font(_SIZE_TIMELINE, color=_INK)
                w = pdf.get_string_width(label)
                lx = xs_ - r - 1.2 - w if label_left else xe_ + r + 1.2
                pdf.set_xy(lx, cy - label_lh / 2)
                pdf.cell(w, label_lh, label)

        y = axis_y + axis_h + 2.5
        if legend_entries or precision_legend:
            self._legend(y, legend_entries, precision_legend, label_lh)
        else:
            pdf.set_xy(pdf.l_margin, y)
        pdf.ln(3)

    def _legend(
        self,
        y: float,
        entries: Sequence[tuple[RGB, str]],
        precision_legend: tuple[str, str] | None,
        lh: float,
    ) -> None:
        pdf = self._pdf
        self._font(_SIZE_TIMELINE, color=_INK)
        swatch = 2.6
        x = pdf.l_margin
        items: list[tuple[str, Any, str]] = [("swatch", c, t) for c, t in entries]
        if precision_legend:
            items += [("dot", True, precision_legend[0]), ("dot", False, precision_legend[1])]
        for kind, arg, text in items:
            w = swatch + 1.5 + pdf.get_string_width(text)
            if x > pdf.l_margin and x + w > pdf.w - pdf.r_margin:
                x = pdf.l_margin
                y += lh + 1.2
            if y + lh > pdf.page_break_trigger:
                pdf.add_page()
                y = pdf.y
            cy = y + lh / 2
            if kind == "swatch":
                pdf.set_fill_color(*arg)
                pdf.rect(x, cy - swatch / 2, swatch, swatch, style="F")
            else:
                pdf.set_draw_color(*_MUTED)
                if arg:
                    pdf.set_fill_color(*_MUTED)
                    pdf.circle(x + swatch / 2, cy, 1.1, style="F")
                else:
                    pdf.set_fill_color(255, 255, 255)
                    pdf.set_line_width(0.35)
                    pdf.circle(x + swatch / 2, cy, 1.0, style="FD")
            self._font(_SIZE_TIMELINE, color=_INK)
            pdf.set_xy(x + swatch + 1.5, y)
            pdf.cell(pdf.get_string_width(text), lh, text)
            x += w + 5
        pdf.set_xy(pdf.l_margin, y + lh + 1)

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
                pdf.set_fill_color(*_MUTED)
                self._font(_SIZE_SMALL, color=_MUTED)
                pdf.current_font_is_set_on_page = False
                lh = _line_height(_SIZE_SMALL)
                pdf.set_xy(pdf.l_margin, pdf.h - _MARGIN + 4 - lh)
                pdf.cell(pdf.epw, lh, _nfc(self._page_label(n, total)), align=Align.C)
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
            self._data = _unique_subset_tags(bytes(self._pdf.output()))
        return self._data

    def save(self, path: str | Path) -> None:
        """Finish the document and write it to ``path``."""
        Path(path).write_bytes(self.to_bytes())
