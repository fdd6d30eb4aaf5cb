"""The timeline of the summary PDF: a year axis (ticks by present.timeline's rule), one marker
per event in lanes that avoid overlaps, ranges as bars, imprecise dates hollow over a faint
band, and a colour legend."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from fpdf import FPDF

from relations_desktop.export.pdfshaping import nfc
from relations_desktop.export.pdfstyle import (
    GRID,
    HAIRLINE,
    INK,
    MUTED,
    RGB,
    RULE_STRONG,
    RULE_W,
    SIZE_TIMELINE,
    line_height,
)
from relations_desktop.present.timeline import MINOR_STEPS, tick_step

_MAX_TICKS = 10          # labelled years on the axis, at most
_MARKER_R = 1.15
_LANE_H = 5.2
_BAR_H = 1.8
_MAX_LANES = 14


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


class Page(Protocol):
    """What the timeline needs of the document it is drawn into (PdfDocument)."""

    @property
    def pdf(self) -> FPDF: ...

    def set_style(self, size: float, bold: bool = False, color: RGB = INK) -> None: ...

    def ensure_space(self, height: float) -> bool: ...

    def at_page_top(self) -> bool: ...


@dataclass(frozen=True)
class _Axis:
    x0: float
    x1: float
    start: float
    end: float

    def x(self, year: float) -> float:
        year = min(max(year, self.start), self.end)
        return self.x0 + (year - self.start) / (self.end - self.start) * (self.x1 - self.x0)


@dataclass(frozen=True)
class _Placed:
    item: TimelineItem
    lane: int
    xs: float
    xe: float
    label_left: bool


def draw_timeline(page: Page, items: Sequence[TimelineItem], start_year: float, end_year: float,
                  legend: Sequence[tuple[RGB, str]] = (), *, year_label: Callable[[int], str] = str,
                  precision_legend: tuple[str, str] | None = None) -> None:
    """Draw the timeline from ``start_year`` to ``end_year`` (year fractions) at the current
    position; see PdfDocument.timeline."""
    if end_year <= start_year:
        raise ValueError("end_year must be after start_year")
    pdf = page.pdf
    axis = _Axis(pdf.l_margin + 2.5, pdf.w - pdf.r_margin - 2.5, start_year, end_year)
    label_lh = line_height(SIZE_TIMELINE)
    page.set_style(SIZE_TIMELINE)
    placed, n_lanes = _pack_lanes(pdf, items, axis)
    plot_h = n_lanes * _LANE_H + 2.0
    axis_h = 1.8 + label_lh
    legend_entries = [(c, nfc(t)) for c, t in legend]
    legend_h = 0.0
    if legend_entries or precision_legend:
        legend_h = (label_lh + 1.5) * (1 + len(legend_entries) // 6) + 3
    if not page.at_page_top():
        pdf.ln(1.5)
    page.ensure_space(min(plot_h + axis_h + legend_h, pdf.page_break_trigger - pdf.t_margin))
    top = pdf.y
    axis_y = top + plot_h
    _draw_axis(page, axis, top, axis_y, year_label, label_lh)
    for p in placed:
        _draw_marker(page, p, top + 1.0 + p.lane * _LANE_H + _LANE_H / 2, label_lh)
    y = axis_y + axis_h + 2.5
    if legend_entries or precision_legend:
        _draw_legend(page, y, legend_entries, precision_legend, label_lh)
    else:
        pdf.set_xy(pdf.l_margin, y)
    pdf.ln(3)


def _pack_lanes(pdf: FPDF, items: Sequence[TimelineItem], axis: _Axis) -> tuple[list[_Placed], int]:
    """Each item (with its label) takes the first lane that is free at its x; returns the
    placed items and the number of lanes (at least one)."""
    r = _MARKER_R
    placed: list[_Placed] = []
    lane_ends: list[float] = []
    for item in sorted(items, key=lambda it: (it.start, it.end or it.start)):
        xs = axis.x(item.start)
        xe = axis.x(item.end) if item.end is not None and item.end > item.start else xs
        left, right = xs - r, xe + r
        label_left = False
        if item.label:
            lw = pdf.get_string_width(nfc(item.label)) + 1.5
            if right + lw > axis.x1 + 2.5:
                label_left = True
                left -= lw
            else:
                right += lw
        lane = next((i for i, end in enumerate(lane_ends) if end + 1.0 <= left), None)
        if lane is None:
            if len(lane_ends) < _MAX_LANES:
                lane = len(lane_ends)
                lane_ends.append(right)
            else:
                lane = min(range(_MAX_LANES), key=lambda i: lane_ends[i])
        lane_ends[lane] = max(lane_ends[lane], right)
        placed.append(_Placed(item, lane, xs, xe, label_left))
    return placed, max(1, len(lane_ends))


def _draw_axis(page: Page, axis: _Axis, top: float, axis_y: float, year_label: Callable[[int], str],
               label_lh: float) -> None:
    """Grid lines, the axis, minor ticks and the labelled years."""
    pdf = page.pdf
    step = tick_step(axis.end - axis.start, _MAX_TICKS)
    minor = MINOR_STEPS.get(step)
    first_major = int(-(-axis.start // step) * step)
    majors = list(range(first_major, int(axis.end) + 1, step))

    pdf.set_line_width(HAIRLINE)
    pdf.set_draw_color(*GRID)
    for year in majors:
        pdf.line(axis.x(year), top, axis.x(year), axis_y)

    pdf.set_draw_color(*RULE_STRONG)
    pdf.set_line_width(RULE_W)
    pdf.line(axis.x0, axis_y, axis.x1, axis_y)
    pdf.set_line_width(HAIRLINE)
    if minor:
        first_minor = int(-(-axis.start // minor) * minor)
        for year in range(first_minor, int(axis.end) + 1, minor):
            if year % step:
                pdf.line(axis.x(year), axis_y, axis.x(year), axis_y + 0.8)
    page.set_style(SIZE_TIMELINE, color=MUTED)
    for year in majors:
        x = axis.x(year)
        pdf.line(x, axis_y, x, axis_y + 1.5)
        label = year_label(year)
        w = pdf.get_string_width(label)
        pdf.set_xy(min(max(x - w / 2, pdf.l_margin), pdf.w - pdf.r_margin - w), axis_y + 1.8)
        pdf.cell(w, label_lh, label)


def _draw_marker(page: Page, p: _Placed, cy: float, label_lh: float) -> None:
    """A dot (hollow when imprecise), a bar or band for a period, and the label if any."""
    pdf = page.pdf
    r = _MARKER_R
    color = tuple(p.item.color)
    faint = tuple(round(c * 0.28 + 255 * 0.72) for c in color)
    pdf.set_draw_color(*color)
    if p.xe > p.xs:
        if p.item.precise:
            pdf.set_fill_color(*color)
            pdf.rect(p.xs, cy - _BAR_H / 2, p.xe - p.xs, _BAR_H, style="F")
        else:
            pdf.set_fill_color(*faint)
            pdf.set_line_width(HAIRLINE)
            pdf.rect(p.xs, cy - _BAR_H / 2, p.xe - p.xs, _BAR_H, style="FD")
    if p.item.precise:
        pdf.set_fill_color(*color)
        pdf.circle(p.xs, cy, r, style="F")
    else:
        pdf.set_fill_color(255, 255, 255)
        pdf.set_line_width(0.35)
        pdf.circle(p.xs, cy, r - 0.1, style="FD")
    if p.item.label:
        label = nfc(p.item.label)
        page.set_style(SIZE_TIMELINE, color=INK)
        w = pdf.get_string_width(label)
        lx = p.xs - r - 1.2 - w if p.label_left else p.xe + r + 1.2
        pdf.set_xy(lx, cy - label_lh / 2)
        pdf.cell(w, label_lh, label)


def _draw_legend(page: Page, y: float, entries: Sequence[tuple[RGB, str]],
                 precision_legend: tuple[str, str] | None, lh: float) -> None:
    pdf = page.pdf
    page.set_style(SIZE_TIMELINE, color=INK)
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
            _legend_dot(pdf, x + swatch / 2, cy, precise=arg)
        page.set_style(SIZE_TIMELINE, color=INK)
        pdf.set_xy(x + swatch + 1.5, y)
        pdf.cell(pdf.get_string_width(text), lh, text)
        x += w + 5
    pdf.set_xy(pdf.l_margin, y + lh + 1)


def _legend_dot(pdf: FPDF, x: float, cy: float, precise: bool) -> None:
    pdf.set_draw_color(*MUTED)
    if precise:
        pdf.set_fill_color(*MUTED)
        pdf.circle(x, cy, 1.1, style="F")
    else:
        pdf.set_fill_color(255, 255, 255)
        pdf.set_line_width(0.35)
        pdf.circle(x, cy, 1.0, style="FD")
