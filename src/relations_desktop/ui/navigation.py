"""Moving around the window by keyboard: one Tab order through every pane (and back with
Shift+Tab), F6 and Shift+F6 from pane to pane, Esc out of the search, and a visible frame
around the list or text that has the focus."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

# A frame in the highlight colour around the focused list or text (Fusion draws none); the
# width stays the same, so nothing moves when the focus does.
FOCUS_FRAME = ("{cls} {{ border: 1px solid palette(mid); padding: 1px; }} "
               "{cls}:focus {{ border: 2px solid palette(highlight); padding: 0px; }}")


def show_focus(*views: QAbstractScrollArea) -> None:
    """Draw a frame around each of ``views`` while it has the keyboard focus."""
    for view in views:
        view.setStyleSheet(FOCUS_FRAME.format(cls=type(view).__name__))


def chain(*widgets: QWidget | None) -> None:
    """Tab goes through ``widgets`` in this order (missing ones left out), then round again."""
    present = [w for w in widgets if w is not None]
    for a, b in pairwise(present):
        QWidget.setTabOrder(a, b)


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def pane_index(panes: list[tuple[QWidget, QWidget]], widget: QWidget | None) -> int:
    """Which of ``panes`` (area, entry) holds ``widget``; -1 for none."""
    while widget is not None:
        for i, (area, _entry) in enumerate(panes):
            if widget is area:
                return i
        widget = widget.parentWidget()
    return -1


def cycle(panes: list[tuple[QWidget, QWidget]], step: int) -> QWidget | None:
    """Focus the entry widget of the next (``step`` 1) or previous (-1) visible pane after the
    one that has the focus; returns it."""
    shown = [p for p in panes if _visible(p[0]) and _visible(p[1])]
    if not shown:
        return None
    here = pane_index(shown, QApplication.focusWidget())
    target = shown[(here + step) % len(shown)] if here >= 0 else shown[0 if step > 0 else -1]
    target[1].setFocus(Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason)
    return target[1]


class EscapeKey(QObject):
    """Calls ``action`` when Esc is pressed in any of the widgets it watches."""

    def __init__(self, action: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.action = action

    def watch(self, *widgets: QWidget) -> None:
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            return self.action()
        return False

