"""Run as a program on a real X11 display (xcb, whose key bindings are not the offscreen
platform's): the window on a corpus, the focus in a text field, a command key pressed; prints
as JSON which dialog each key opened. Used by tests/test_ui_x11_keys.py."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(db: str, settings_dir: str) -> None:
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from relations_desktop.ui.app import make_application
    from relations_desktop.ui.mainwindow import MainWindow
    from tests import cited_corpus

    app = make_application()
    settings = QSettings(str(Path(settings_dir) / "test.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Path(db), None, settings=settings)
    window.resize(1200, 760)
    window.show()
    window.activateWindow()
    active = QTest.qWaitForWindowActive(window, 5000)
    assert window.open_pair(*cited_corpus.PAIR)
    opened: dict[str, str | None] = {}

    def press(field_name: str, field, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
        seen: list[str] = []

        def close_dialog() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is not None:
                seen.append(dialog.windowTitle())
                dialog.close()
        window.activateWindow()
        QTest.qWaitForWindowActive(window, 5000)
        field.setFocus()
        app.processEvents()
        QTimer.singleShot(300, close_dialog)
        QTest.keyClick(field, key, modifiers)
        QTest.qWait(400)
        opened[field_name] = seen[0] if seen else None

    ctrl = Qt.KeyboardModifier.ControlModifier
    press("search", window.search_field, Qt.Key.Key_E, ctrl)
    press("countries", window.filter, Qt.Key.Key_E, ctrl)
    press("from year", window.relationship.filters.first, Qt.Key.Key_E, ctrl)
    print(json.dumps({"platform": app.platformName(), "active": active, "opened": opened,
                      "end of line": [s.toString() for s in QKeySequence.keyBindings(
                          QKeySequence.StandardKey.MoveToEndOfLine)]}))
    window.close()


if __name__ == "__main__":
    main(*sys.argv[1:3])
