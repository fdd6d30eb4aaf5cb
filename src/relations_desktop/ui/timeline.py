"""The drawn timeline: a year axis, one marker per event group coloured by type, ranges as
bars, less precise dates drawn hollow over their whole month or year; hover, click, zoom, pan."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from relations_desktop.i18n import _
from relations_desktop.i18n.formatting import format_event_date, format_year
from relations_desktop.present import labels
from relations_desktop.present.timeline import POINT, RANGE, TimelinePlace, tick_step, timeline_places
from relations_desktop.store.queries import EventGroup
from relations_desktop.ui.timeline_plan import (
    LANE_H,
    MARGIN,
    MARKER,
    Item,
    LaidOut,
    TimelinePlan,
    axis_y,
    clamped,
    draw_marker,
    lay_out,
    plan,
    render_layer,
)


class TimelineWidget(QWidget):
    """Emits ``selected(int)`` with the index of the clicked event group (-1 for none)."""

    selected = Signal(int)

    MARKER, LANE_H, MARGIN = MARKER, LANE_H, MARGIN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(150)
        self._items: list[Item] = []
        self._lo, self._hi = 1990.0, 2020.0
        self._fit = (self._lo, self._hi)
        self._current = -1
        self._hover = -1
        self._drag_x: float | None = None
        self._dragged = False
        self._lanes_for: tuple = ()           # the scale the lanes and centres were laid out for
        self._centers: list[tuple[float, float]] = []     # x, y of each item's marker
        self._drawn: list[int] = []           # the items to draw, in order (see _layout_lanes)
        self._laid = LaidOut((0, 0), [], [])
        self.laid_size = (0, 0)               # its size, as a reading thread may read it (see plan)
        self._legend: list[str] = []          # the event types drawn
        self.note: str | None = None          # said in place of "no dated events" (while they are read)
        self.retranslate()

    # ----- data
    def set_groups(self, groups: list[EventGroup]) -> None:
        self.set_places(timeline_places(groups))

    def set_places(self, places: list[TimelinePlace]) -> None:
        self.set_plan(plan(places, (self.width(), self.height())))

    def planner(self, view: tuple[float, float] | None = None) -> Callable[[list[TimelinePlace]], TimelinePlan]:
        """Plans ``places`` for this widget (``view``: the years to show) on any thread: its size
        and colours when it is called."""
        pal = self.palette()
        colours = (pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text),
                   pal.color(QPalette.ColorRole.Highlight))
        ratio = self.devicePixelRatioF()
        return lambda places: plan(places, self.laid_size, view, colours, ratio)

    def set_plan(self, planned: TimelinePlan) -> None:
        """Show what ``planned`` holds (its lanes and markers kept if laid out for this size)."""
        self._items, self._legend = planned.items, planned.legend
        self._current = self._hover = -1
        self._fit = planned.fit
        self._lo, self._hi = planned.shown
        if planned.laid_out is not None:
            self._lanes_for = (id(self._items), len(self._items), *planned.shown, *planned.laid_out.size)
            self._laid = planned.laid_out
            self._centers, self._drawn = planned.laid_out.centers, planned.laid_out.drawn
        self.update()

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

    def zoomed(self) -> bool:
        """Whether the reader narrowed the view to part of the events (else it shows them all)."""
        return (self._lo, self._hi) != self._fit

    # ----- geometry
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.laid_size = (self.width(), self.height())

    def sizeHint(self) -> QSize:
        return QSize(600, 190)

    def _axis_y(self) -> float:
        return axis_y(self.height(), bool(self._items))


    def _x(self, year: float) -> float:
        width = max(1.0, self.width() - 2 * self.MARGIN)
        return self.MARGIN + (year - self._lo) / max(1e-9, self._hi - self._lo) * width

    def _year_at(self, x: float) -> float:
        width = max(1.0, self.width() - 2 * self.MARGIN)
        return self._lo + (x - self.MARGIN) / width * (self._hi - self._lo)

    def _layout_lanes(self) -> None:
        """Lanes and centres laid out again only when the scale changed (see _lay_out)."""
        key = (id(self._items), len(self._items), self._lo, self._hi, self.width(), self.height())
        if key == self._lanes_for:
            return
        self._lanes_for = key
        self._laid = lay_out(self._items, self._lo, self._hi, self.width(), self.height(), axis=self._axis_y())
        self._centers, self._drawn = self._laid.centers, self._laid.drawn

    def _center(self, it: Item) -> QPointF:
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
        self._lo, self._hi = clamped(self._lo, self._hi, self._fit)

    def _ensure_visible(self, it: Item) -> None:
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
        # markers: those that show, drawn into an image once per layout (on the reading thread for
        # a relationship read there), and the current and hovered ones over them wherever they are
        colours = (pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text),
                   pal.color(QPalette.ColorRole.Highlight))
        laid = self._laid
        key = (colours[0].rgba(), colours[1].rgba(), self.devicePixelRatioF())
        if laid.layer is None or laid.layer_for != key:
            render_layer(self._items, laid, (self._lo, self._hi), colours, self.devicePixelRatioF())
        p.drawImage(0, 0, laid.layer)
        for i in (self._hover, self._current):
            if 0 <= i < len(self._items):
                self._draw_item(p, self._items[i], QPointF(*self._centers[i]), i == self._current, i == self._hover)
        self._draw_legend(p)
        if self.hasFocus():
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            p.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))

    def _tick_step(self) -> int:
        # A labelled year at most every 46 pixels.
        return tick_step(max(1e-9, self._hi - self._lo), (self.width() - 2 * self.MARGIN) / 46)

    def _draw_item(self, p: QPainter, it: Item, c: QPointF, current: bool, hover: bool) -> None:
        pal = self.palette()
        draw_marker(p, it, c, self._x, (pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text),
                                        pal.color(QPalette.ColorRole.Highlight)), current, hover)

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
