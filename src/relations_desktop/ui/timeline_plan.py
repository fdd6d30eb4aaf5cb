"""What the drawn timeline shows of a relationship, worked out without a widget: its items, the
lanes they sit in for a size and a span of years, and their markers drawn into an image. Qt's
value types and an image only, so a relationship read on a thread is planned there too."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from relations_desktop.present import labels
from relations_desktop.present.event_filter import uncertain
from relations_desktop.present.timeline import POINT, RANGE, SPAN, TimelinePlace, legend_types, pack_lanes
from relations_desktop.store.queries import EventGroup

# Pixels: a marker's radius, a lane's height, the room left and right of the axis.
MARKER, LANE_H, MARGIN = 6.0, 18.0, 28.0

# The palette colours markers are drawn with: base, text, highlight.
Colours = tuple[QColor, QColor, QColor]


@dataclass
class Item:
    group: EventGroup
    start: float
    end: float
    kind: str          # POINT, SPAN (imprecise) or RANGE
    lane: int = 0
    doubtful: bool = False     # uncertain (present.event_filter.uncertain)
    corrected: bool = False    # corrected or added by the reader


@dataclass
class LaidOut:
    size: tuple[int, int]
    centers: list[tuple[float, float]]     # x, y of each item's marker
    drawn: list[int]                       # the items to draw, in order
    layer: QImage | None = None            # the drawn markers (see render_layer)
    layer_for: tuple = ()                  # the colours and pixel ratio it was drawn with


@dataclass
class TimelinePlan:
    """The items, legend and years that fit them; the years shown and, when planned for a
    size, the items laid out and drawn."""
    items: list[Item]
    legend: list[str]
    fit: tuple[float, float]
    shown: tuple[float, float]
    laid_out: LaidOut | None = None


def axis_y(height: int, legend: bool) -> float:
    return height - (22.0 if legend else 0.0) - 26.0


def plan(places: list[TimelinePlace], size: tuple[int, int], view: tuple[float, float] | None = None,
         colours: Colours | None = None, ratio: float = 1.0) -> TimelinePlan:
    """What showing ``places`` needs, laid out for a widget of ``size`` showing the years ``view``
    (zoomed to fit without one), its markers drawn with ``colours`` at pixel ``ratio``."""
    items = [Item(p.group, p.start, p.end, p.kind, 0, uncertain(p.group),
                  any(e.state != "extracted" for e in p.group.events)) for p in places]
    fit = fit_years(items)
    shown = clamped(*view, fit) if view is not None else fit
    out = TimelinePlan(items, legend_types([p.group for p in places]), fit, shown)
    if items and min(size) > 0:
        out.laid_out = lay_out(items, *shown, *size, axis=axis_y(size[1], True))
        if colours is not None:
            render_layer(items, out.laid_out, shown, colours, ratio)
    return out


def fit_years(items: list[Item]) -> tuple[float, float]:
    """The years shown zoomed to fit: every item and a little room."""
    if not items:
        return 1990.0, 2020.0
    lo = math.floor(min(i.start for i in items))
    hi = math.ceil(max(i.end for i in items))
    pad = max(1.0, (hi - lo) * 0.04)
    return lo - pad, hi + pad


def clamped(lo: float, hi: float, fit: tuple[float, float]) -> tuple[float, float]:
    """The years ``lo`` to ``hi`` kept on the events: no further out than all of them (``fit``),
    no panning past them."""
    first, last = fit
    span = hi - lo
    if span >= last - first:
        return fit
    lo = min(max(lo, first), last - span)
    return lo, lo + span


def x_of(lo: float, hi: float, width: int) -> Callable[[float], float]:
    """The pixel of a year on a widget ``width`` wide showing ``lo`` to ``hi``."""
    scale = max(1.0, width - 2 * MARGIN) / max(1e-9, hi - lo)
    return lambda year: MARGIN + (year - lo) * scale


def lay_out(items: list[Item], lo: float, hi: float, width: int, height: int, axis: float) -> LaidOut:
    """Each item in the lowest lane free at its start (present.timeline.pack_lanes), for a widget
    of ``width`` showing the years ``lo`` to ``hi``."""
    # x_of, inlined: a relationship of 60,000 events lays out tens of thousands
    scale = max(1.0, width - 2 * MARGIN) / max(1e-9, hi - lo)
    axis -= 14.0
    starts = [MARGIN + (it.start - lo) * scale for it in items]
    ends = [MARGIN + (it.end - lo) * scale for it in items]
    order = sorted(range(len(items)), key=lambda i: (items[i].start, items[i].end))
    extents = [(starts[i] - MARKER - 2, max(ends[i], starts[i] + MARKER) + 2) for i in order]
    for i, lane in zip(order, pack_lanes(extents), strict=True):
        items[i].lane = lane
    centers = [(starts[i] if it.kind != SPAN else (starts[i] + ends[i]) / 2,
                max(8.0, axis - it.lane * LANE_H)) for i, it in enumerate(items)]
    # What to draw: one marker drawn on top of an identical one (lanes above the top are
    # drawn at the top) would change no pixel, nor one outside the widget, so a relationship
    # with thousands of events paints (and is hit-tested over) what shows.
    seen: set[tuple] = set()
    drawn = []
    left, right = -2 * MARKER, width + 2 * MARKER
    for i, it in enumerate(items):
        x, y = centers[i]
        key = (it.kind, round(x), round(y), round(ends[i]), it.group.type, it.doubtful, it.corrected)
        if key not in seen and max(x, ends[i]) >= left and min(x, starts[i]) <= right:
            seen.add(key)
            drawn.append(i)
    return LaidOut((width, height), centers, drawn)


def render_layer(items: list[Item], laid: LaidOut, shown: tuple[float, float], colours: Colours,
                 ratio: float) -> None:
    """Draw the markers of ``laid`` into an image of its size (transparent elsewhere): painting
    the widget then costs one image, not thousands of markers. QPainter draws into a QImage on
    any thread."""
    w, h = laid.size
    image = QImage(max(1, round(w * ratio)), max(1, round(h * ratio)), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    x = x_of(*shown, w)
    plain: dict[str, list[QRectF]] = {}      # exact days, neither uncertain nor corrected: by type
    for i in laid.drawn:
        it = items[i]
        if it.kind == POINT and not it.doubtful and not it.corrected:
            cx, cy = laid.centers[i]
            plain.setdefault(it.group.type, []).append(QRectF(cx - MARKER, cy - MARKER, 2 * MARKER, 2 * MARKER))
        else:
            draw_marker(p, it, QPointF(*laid.centers[i]), x, colours)
    for type_, squares in plain.items():       # one pen and brush for each type
        color = QColor(*labels.type_color(type_))
        p.setPen(QPen(color.darker(130), 1))
        p.setBrush(color)
        for square in squares:
            p.drawEllipse(square)
    p.end()
    laid.layer, laid.layer_for = image, (colours[0].rgba(), colours[1].rgba(), ratio)


def draw_marker(p: QPainter, it: Item, c: QPointF, x: Callable[[float], float], colours: Colours,
                current: bool = False, hover: bool = False) -> None:
    """One item's marker at ``c``: filled for an exact day, hollow over its month or year, a bar
    for a range; dashed around when uncertain, a badge when corrected, ringed when current."""
    base, text, highlight = colours
    color = QColor(*labels.type_color(it.group.type))
    r = MARKER + (1.5 if hover or current else 0)
    doubtful = it.doubtful
    if doubtful:                  # uncertain: a dashed outline around a paler mark (a shape, not a colour)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(color.darker(140), 1.3, Qt.PenStyle.DashLine))
        if it.kind == RANGE:
            x1 = max(x(it.end), x(it.start) + 2 * r)
            p.drawRoundedRect(QRectF(x(it.start) - 3, c.y() - r * 0.55 - 3,
                                     x1 - x(it.start) + 6, r * 1.1 + 6), r * 0.8, r * 0.8)
        else:
            p.drawEllipse(c, r + 3, r + 3)
        color.setAlpha(150)
    if it.kind == RANGE:
        x0, x1 = x(it.start), max(x(it.end), x(it.start) + 2 * r)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawRoundedRect(QRectF(x0, c.y() - r * 0.55, x1 - x0, r * 1.1), r * 0.55, r * 0.55)
    else:
        if it.kind == SPAN:
            band = QColor(color)
            band.setAlpha(55)
            x0, x1 = x(it.start), x(it.end)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(band)
            p.drawRoundedRect(QRectF(x0, c.y() - 3, max(2.0, x1 - x0), 6), 3, 3)
            p.setBrush(base)
            p.setPen(QPen(color, 2.2))
        else:
            p.setPen(QPen(color.darker(130), 1))
            p.setBrush(color)
        p.drawEllipse(c, r, r)
    if it.corrected:                       # corrected or added by the reader: a small badge
        badge = QPointF(c.x() + r * 0.8, c.y() - r * 0.8)
        p.setPen(QPen(base, 1.2))
        p.setBrush(text)
        p.drawEllipse(badge, 2.6, 2.6)
    if current:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(highlight, 2))
        p.drawEllipse(c, r + (7 if doubtful else 4), r + (7 if doubtful else 4))
