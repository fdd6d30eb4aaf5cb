"""Helpers for driving widgets: the main window opened on a library, a modal dialog answered
once it is up, and typing text in any script as real key events."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Send one key press and release per character, with the character as the event text.

    QTest.keyClicks aborts on characters outside Latin-1 (it maps each to a Qt key code),
    so Bengali and Devanagari input is delivered the way an input method does.
    """
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
    QApplication.processEvents()


def open_window(qtbot, seed_db: Path, user_db: Path | None, settings):
    """The main window on the bundled corpus and a user library, shown, after the first turns of
    its event loop (what they start or say)."""
    from relations_desktop.ui.mainwindow import MainWindow
    window = MainWindow(seed_db, user_db, settings=settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(200)
    return window


def when_modal(kind: type, act, every: int = 20) -> None:
    """Once the active modal widget is a ``kind`` (a dialog about to block the caller), call
    ``act`` with it; looked for every ``every`` ms from the next turn of the event loop."""
    def look() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            act(widget)
        else:
            QTimer.singleShot(every, look)
    QTimer.singleShot(0, look)
