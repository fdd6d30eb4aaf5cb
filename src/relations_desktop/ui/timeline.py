"""The drawn timeline: a year axis, one marker per event group coloured by type, ranges as
bars, less precise dates drawn hollow over their whole month or year; hover, click, zoom, pan."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from relations_desktop.i18n import _
from relations_desktop.i18n.formatting import format_event_date, format_year
from relations_desktop.present import labels
from relations_desktop.present.event_filter import uncertain
from relations_desktop.present.timeline import (
    POINT,
    RANGE,
    SPAN,
    TimelinePlace,
    legend_types,
    pack_lanes,
    tick_step,
    timeline_places,
)
from relations_desktop.store.queries import EventGroup


@dataclass
class _Item:
    group: EventGroup
    start: float
    end: float
    kind: str          # POINT, SPAN (imprecise) or RANGE
    lane: int = 0
    doubtful: bool = False     # uncertain (present.event_filter.uncertain)
    corrected: bool = False    # corrected or added by the reader


class TimelineWidget(QWidget):
    """Emits ``selected(int)`` with the index of the clicked event group (-1 for none)."""

    selected = Signal(int)

    MARKER = 6.0
    LANE_H = 18.0
    MARGIN = 28.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(150)
        self._items: list[_Item] = []
        self._lo, self._hi = 1990.0, 2020.0
        self._fit = (self._lo, self._hi)
        self._current = -1
        self._hover = -1
        self._drag_x: float | None = None
        self._dragged = False
        self._lanes_for: tuple = ()           # the scale the lanes and centres were laid out for
        self._centers: list[tuple[float, float]] = []     # x, y of each item's marker
        self._drawn: list[int] = []           # the items to draw, in order (see _layout_lanes)
        self._legend: list[str] = []          # the event types drawn
        self.note: str | None = None          # said in place of "no dated events" (while they are read)
        self.retranslate()

    # ----- data
    def set_groups(self, groups: list[EventGroup]) -> None:
        self.set_places(timeline_places(groups))

    def set_places(self, places: list[TimelinePlace]) -> None:
        self._items = [_Item(p.group, p.start, p.end, p.kind, 0, uncertain(p.group),
                             any(e.state != "extracted" for e in p.group.events)) for p in places]
        self._legend = legend_types([p.group for p in places])
        self._current = self._hover = -1
        self._fit_range()
        self.update()

    def _fit_range(self) -> None:
        if not self._items:
            lo, hi = 1990.0, 2020.0
        else:
            lo = math.floor(min(i.start for i in self._items))
            hi = math.ceil(max(i.end for i in self._items))
            pad = max(1.0, (hi - lo) * 0.04)
            lo, hi = lo - pad, hi + pad
        self._fit = (lo, hi)
        self._lo, self._hi = lo, hi

    def groups(self) -> list[EventGroup]:
        return [i.group for i in self._items]

    def current_index(self) -> int:
        return self._current

    def set_current(self, index: int, emit: bool = False) -> None:
        index = index if 0 <= index < len(self._items) else -1
        if index == self._current:
            return
        self._current = index
        if index >= 0:
            self._ensure_visible(self._items[index])
        self.update()
        if emit:
            self.selected.emit(index)

    def select_group(self, group: EventGroup | None) -> None:
        idx = next((i for i, it in enumerate(self._items) if it.group is group), -1)
        self.set_current(idx)

    def visible_range(self) -> tuple[float, float]:
        return self._lo, self._hi

    # ----- geometry
    def sizeHint(self) -> QSize:
        return QSize(600, 190)

    def _axis_y(self) -> float:
        return self.height() - self._legend_height() - 26.0

    def _legend_height(self) -> float:
        return 22.0 if self._items else 0.0

    def _x(self, year: float) -> float:
        width = max(1.0, self.width() - 2 * self.MARGIN)
        return self.MARGIN + (year - self._lo) / max(1e-9, self._hi - self._lo) * width

    def _year_at(self, x: float) -> float:
        width = max(1.0, self.width() - 2 * self.MARGIN)
        return self._lo + (x - self.MARGIN) / width * (self._hi - self._lo)

    def _layout_lanes(self) -> None:
        """Each item in the lowest lane free at its start (present.timeline.pack_lanes), done again
        only when the scale changed; the centres are kept for painting and hit tests."""
        key = (id(self._items), len(self._items), self._lo, self._hi, self.width(), self.height())
        if key == self._lanes_for:
            return
        self._lanes_for = key
        items = self._items
        # _x and _center, inlined: a relationship of 60,000 events lays out tens of thousands
        lo, scale = self._lo, max(1.0, self.width() - 2 * self.MARGIN) / max(1e-9, self._hi - self._lo)
        margin, marker, lane_h, axis = self.MARGIN, self.MARKER, self.LANE_H, self._axis_y() - 14.0
        starts = [margin + (it.start - lo) * scale for it in items]
        ends = [margin + (it.end - lo) * scale for it in items]
        order = sorted(range(len(items)), key=lambda i: (items[i].start, items[i].end))
        extents = [(starts[i] - marker - 2, max(ends[i], starts[i] + marker) + 2) for i in order]
        for i, lane in zip(order, pack_lanes(extents), strict=True):
            items[i].lane = lane
        self._centers = [(starts[i] if it.kind != SPAN else (starts[i] + ends[i]) / 2,
                          max(8.0, axis - it.lane * lane_h)) for i, it in enumerate(items)]
        # What to draw: one marker drawn on top of an identical one (lanes above the top are
        # drawn at the top) would change no pixel, nor one outside the widget, so a relationship
        # with thousands of events paints (and is hit-tested over) what shows.
        seen: set[tuple] = set()
        types = [it.group.type for it in items]
        self._drawn = []
        left, right = -2 * marker, self.width() + 2 * marker
        for i, it in enumerate(items):
            x, y = self._centers[i]
            key = (it.kind, round(x), round(y), round(ends[i]), types[i], it.doubtful, it.corrected)
            if key not in seen and max(x, ends[i]) >= left and min(x, starts[i]) <= right:
                seen.add(key)
                self._drawn.append(i)

    def _center(self, it: _Item) -> QPointF:
        y = self._axis_y() - 14.0 - it.lane * self.LANE_H
        x = self._x(it.start) if it.kind == POINT else self._x((it.start + it.end) / 2)
        if it.kind == RANGE:
            x = self._x(it.start)
        return QPointF(x, max(8.0, y))

    def _hit(self, pos: QPointF) -> int:
        self._layout_lanes()
        best, best_d = -1, 1e9
        for i in self._drawn:
            it, (x, y) = self._items[i], self._centers[i]
            if it.kind == RANGE and abs(pos.y() - y) <= self.MARKER + 2 and \
                    self._x(it.start) - 4 <= pos.x() <= self._x(it.end) + 4:
                return i
            d = math.hypot(pos.x() - x, pos.y() - y)
            if d < best_d:
                best, best_d = i, d
        return best if best_d <= self.MARKER + 4 else -1

    # ----- zoom and pan
    def zoom(self, factor: float, around: float | None = None) -> None:
        """Zoom by ``factor`` around the pixel ``around``; from the keyboard or the menu, around the
        selected event, or where the events are (their median), never into an empty middle."""
        if around is not None:
            center = self._year_at(around)
        elif 0 <= self._current < len(self._items):
            it = self._items[self._current]
            center = (it.start + it.end) / 2
        elif self._items:
            starts = sorted(i.start for i in self._items)
            center = starts[len(starts) // 2]
        else:
            center = (self._lo + self._hi) / 2
        span = max(0.25, (self._hi - self._lo) / factor)
        frac = (center - self._lo) / max(1e-9, self._hi - self._lo)
        if around is None:
            frac = 0.5
        self._lo = center - frac * span
        self._hi = self._lo + span
        self._clamp()
        self.update()

    def reset_zoom(self) -> None:
        """Zoom to fit: every event shown, and no more."""
        self._lo, self._hi = self._fit
        self.update()

    def show_range(self, lo: float, hi: float) -> None:
        """Show these years (as far as the events reach): the view kept when they are read again."""
        self._lo, self._hi = lo, hi
        self._clamp()
        self.update()

    def pan(self, years: float) -> None:
        self._lo += years
        self._hi += years
        self._clamp()
        self.update()

    def _clamp(self) -> None:
        """Keep the view on the events: no further out than all of them, no panning past them."""
        lo, hi = self._fit
        span = self._hi - self._lo
        if span >= hi - lo:
            self._lo, self._hi = lo, hi
            return
        self._lo = min(max(self._lo, lo), hi - span)
        self._hi = self._lo + span

    def _ensure_visible(self, it: _Item) -> None:
        if it.start < self._lo or it.end > self._hi:
            span = self._hi - self._lo
            mid = (it.start + it.end) / 2
            self._lo, self._hi = mid - span / 2, mid + span / 2
            self._clamp()

    # ----- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        text = QColor(pal.color(QPalette.ColorRole.Text))
        faint = QColor(text)
        faint.setAlpha(60)
        axis_y = self._axis_y()
        if not self._items:
            p.setPen(pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.note or self._empty_text)
            return
        self._layout_lanes()
        # axis and ticks
        p.setPen(QPen(text, 1.2))
        p.drawLine(QPointF(self.MARGIN / 2, axis_y), QPointF(self.width() - self.MARGIN / 2, axis_y))
        step = self._tick_step()
        first = math.ceil(self._lo / step) * step
        fm = p.fontMetrics()
        year = first
        while year <= self._hi:
            x = self._x(year)
            p.setPen(QPen(faint, 1))
            p.drawLine(QPointF(x, 4), QPointF(x, axis_y))
            p.setPen(QPen(text, 1))
            p.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 5))
            label = format_year(int(year))
            w = fm.horizontalAdvance(label)
            p.drawText(QPointF(x - w / 2, axis_y + 8 + fm.ascent()), label)
            year += step
        # markers: those that show, and the current and hovered ones wherever they are
        special = {i for i in (self._current, self._hover) if 0 <= i < len(self._items)}
        for i in sorted(special.union(self._drawn)) if special else self._drawn:
            self._draw_item(p, self._items[i], QPointF(*self._centers[i]), i == self._current, i == self._hover)
        self._draw_legend(p)
        if self.hasFocus():
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            p.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))

    def _tick_step(self) -> int:
        # A labelled year at most every 46 pixels.
        return tick_step(max(1e-9, self._hi - self._lo), (self.width() - 2 * self.MARGIN) / 46)

    def _draw_item(self, p: QPainter, it: _Item, c: QPointF, current: bool, hover: bool) -> None:
        color = QColor(*labels.type_color(it.group.type))
        r = self.MARKER + (1.5 if hover or current else 0)
        doubtful = it.doubtful
        if doubtful:                  # uncertain: a dashed outline around a paler mark (a shape, not a colour)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(color.darker(140), 1.3, Qt.PenStyle.DashLine))
            if it.kind == RANGE:
                x1 = max(self._x(it.end), self._x(it.start) + 2 * r)
                p.drawRoundedRect(QRectF(self._x(it.start) - 3, c.y() - r * 0.55 - 3,
                                         x1 - self._x(it.start) + 6, r * 1.1 + 6), r * 0.8, r * 0.8)
            else:
                p.drawEllipse(c, r + 3, r + 3)
            color.setAlpha(150)
        if it.kind == RANGE:
            x0, x1 = self._x(it.start), max(self._x(it.end), self._x(it.start) + 2 * r)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawRoundedRect(QRectF(x0, c.y() - r * 0.55, x1 - x0, r * 1.1), r * 0.55, r * 0.55)
        else:
            if it.kind == SPAN:
                band = QColor(color)
                band.setAlpha(55)
                x0, x1 = self._x(it.start), self._x(it.end)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(band)
                p.drawRoundedRect(QRectF(x0, c.y() - 3, max(2.0, x1 - x0), 6), 3, 3)
                p.setBrush(self.palette().color(QPalette.ColorRole.Base))
                p.setPen(QPen(color, 2.2))
            else:
                p.setPen(QPen(color.darker(130), 1))
                p.setBrush(color)
            p.drawEllipse(c, r, r)
        if it.corrected:                       # corrected or added by the reader: a small badge
            badge = QPointF(c.x() + r * 0.8, c.y() - r * 0.8)
            p.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 1.2))
            p.setBrush(self.palette().color(QPalette.ColorRole.Text))
            p.drawEllipse(badge, 2.6, 2.6)
        if current:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            p.drawEllipse(c, r + (7 if doubtful else 4), r + (7 if doubtful else 4))

    def _draw_legend(self, p: QPainter) -> None:
        types = self._legend
        fm = p.fontMetrics()
        x, y = self.MARGIN / 2, self.height() - 8.0
        for t in types:
            label = labels.event_type(t)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(*labels.type_color(t)))
            p.drawEllipse(QPointF(x + 5, y - fm.ascent() / 2 + 1), 5, 5)
            p.setPen(self.palette().color(QPalette.ColorRole.Text))
            p.drawText(QPointF(x + 14, y), label)
            x += 14 + fm.horizontalAdvance(label) + 14
        hint = self._precision_hint
        if any(i.doubtful for i in self._items):
            hint += " · " + self._uncertain_hint
        p.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        w = fm.horizontalAdvance(hint)
        if x + w < self.width() - self.MARGIN / 2:
            p.drawText(QPointF(self.width() - self.MARGIN / 2 - w, y), hint)

    # ----- interaction
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drag_x is not None and event.buttons() & Qt.MouseButton.LeftButton:
            dx = pos.x() - self._drag_x
            if abs(dx) > 2:
                self._dragged = True
            years = -dx / max(1.0, self.width() - 2 * self.MARGIN) * (self._hi - self._lo)
            self.pan(years)
            self._drag_x = pos.x()
            return
        hit = self._hit(pos)
        if hit != self._hover:
            self._hover = hit
            self.update()
        if hit >= 0:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(hit), self)
        else:
            QToolTip.hideText()

    def tooltip_for(self, index: int) -> str:
        g = self._items[index].group
        text = f"{format_event_date(g.date)} — {labels.event_type(g.type)}"
        from relations_desktop.ui.models import marker_text
        more = marker_text(g)
        return f"{text}\n{more}" if more else text

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_x = event.position().x()
            self._dragged = False

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._dragged:
            hit = self._hit(event.position())
            if hit >= 0:
                self._current = -2  # force the change even when re-clicking
                self.set_current(hit, emit=True)
        self._drag_x = None

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom(1.25 ** steps, around=event.position().x())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        order = sorted(range(len(self._items)), key=lambda i: (self._items[i].start, self._items[i].end))
        pos = order.index(self._current) if self._current in order else -1
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.5)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / 1.5)
        elif key == Qt.Key.Key_0:
            self.reset_zoom()
        elif key == Qt.Key.Key_Right and order:
            self.set_current(order[min(len(order) - 1, pos + 1)], emit=True)
        elif key == Qt.Key.Key_Left and order:
            self.set_current(order[max(0, pos - 1)], emit=True)
        elif key == Qt.Key.Key_Home and order:
            self.set_current(order[0], emit=True)
        elif key == Qt.Key.Key_End and order:
            self.set_current(order[-1], emit=True)
        else:
            super().keyPressEvent(event)

    def leaveEvent(self, event: object) -> None:
        self._hover = -1
        self.update()

    def retranslate(self) -> None:
        self._empty_text = _("No dated events")
        self._precision_hint = _("Filled: exact day · hollow: month or year")
        self._uncertain_hint = _("dashed: uncertain")
        self.setAccessibleName(_("Timeline"))
        self.setAccessibleDescription(_("Events on a year axis. Use the arrow keys to move between "
                                        "events, plus and minus to zoom."))
        self.setToolTip("")
        self.update()
