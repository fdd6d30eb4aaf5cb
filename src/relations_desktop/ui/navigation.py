"""Moving around the window by keyboard: one Tab order through every pane (and back with
Shift+Tab), F6 and Shift+F6 from pane to pane, Esc out of the search, a visible frame around
the list or text that has the focus, and the window's command keys in its text fields."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget


class FocusRing(QWidget):
    """A frame in the highlight colour around a list or text view while it has the keyboard focus
    (Fusion draws none). A transparent child over the view, painted with the current palette, so
    it follows light and dark; the view itself is not restyled."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.setVisible(kind == QEvent.Type.FocusIn)
            self.raise_()
        elif kind == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
        p.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))


def show_focus(*views: QWidget) -> None:
    """Draw a frame around each of ``views`` while it has the keyboard focus."""
    for view in views:
        FocusRing(view)


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


class CommandKeys(QObject):
    """In the text fields it watches, a key that is one of the window's commands does that
    command, though the platform binds it for editing text too (on X11 a field takes Ctrl+E to
    go to the end of its line, so Export PDF did nothing from the search field, where the focus
    is at start); the keys of editing itself (copy, paste, undo, select all) stay the field's."""

    EDITING = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste,
               QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.SelectAll)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def watch(self, *fields: QWidget) -> None:
        for field in fields:
            field.installEventFilter(self)

    def is_command(self, event: QKeyEvent) -> bool:
        if any(event.matches(key) for key in self.EDITING):
            return False
        pressed = QKeySequence(event.keyCombination())
        return any(action.isEnabled() and any(s.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                                              for s in action.shortcuts())
                   for action in self.window.actions())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self.is_command(event):
            event.ignore()          # not the field's: the window's shortcut fires
            return True
        return False


def window_chain(window: Any) -> None:
    """The main window's Tab order: search, lists, the relationship (or the welcome's buttons), round again."""
    pane, panel = window._relationship, window.search.built
    bar = pane.filters if pane is not None else None
    relationship = (bar.types, bar.first, bar.last, bar.certainty, bar.clear, bar.zoom_fit, pane.timeline,
                    pane.events_view, pane.restore_button, pane.tabs, pane.sources.prev_btn,
                    pane.sources.next_btn, pane.sources.text, pane.citations) if pane is not None and bar else ()
    chain(window.search_field, panel.view if panel else None, window.filter, window.no_match.import_button,
          window.country_view, window.partner_view, window.welcome.import_button,
          window.welcome.manual_button, *relationship)


def window_command_keys(window: Any) -> None:
    """The window's command keys in its text fields: the search, the country filter, the years of
    the filter bar (watched again as the relationship pane is built: a field is watched once)."""
    keys = window.findChild(CommandKeys) or CommandKeys(window)
    pane = window._relationship
    bar = pane.filters if pane is not None else None
    keys.watch(window.search_field, window.filter, *((bar.first, bar.last) if bar is not None else ()))


def window_panes(window: Any) -> list[tuple[QWidget, QWidget]]:
    """The main window's panes F6 goes through, each as (area, the widget that takes the focus)."""
    panel, pane = window.search.built, window._relationship
    out = [(panel, panel.view)] if panel is not None else []
    out += [(window.countries_pane, window.filter), (window.partners_pane, window.partner_view)]
    if pane is not None and window.right.currentWidget() is pane:
        page = pane.citations if pane.tabs.currentWidget() is pane.citations else pane.sources.text
        return [*out, (pane.timeline, pane.timeline), (pane.events_view, pane.events_view), (pane.tabs, page)]
    return [*out, (window.welcome, window.welcome.import_button)]
