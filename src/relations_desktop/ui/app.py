"""Start the desktop app: fonts, Qt's log filtered, language, the main window; or render a
screenshot."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    QSettings,
    QTimer,
    QtMsgType,
    qFormatLogMessage,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from relations_desktop import APP_ID, i18n, resources
from relations_desktop.errors import DatabaseError
from relations_desktop.seed_corpus import default_database
from relations_desktop.ui.appearance import DARK
from relations_desktop.ui.settings import APPLICATION, LANGUAGE, LAST_PAIR, ORGANIZATION


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources.path("resources", "icons")
    for png in sorted(folder.glob("relations-desktop-*.png")):
        icon.addFile(str(png))
    return icon


# Qt logs a line for every font that lacks OpenType tables for a script it falls back through
# (the bundled Noto fonts are chosen per script): noise in a terminal, not a problem.
_NOISE = ("OpenType support missing for",)
_previous_handler = None
_handler_installed = False


def _log(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if context.category == "qt.text.font.db" and message.startswith(_NOISE):
        return
    if _previous_handler is not None:
        _previous_handler(kind, context, message)
    else:
        sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")


def filter_qt_log() -> None:
    """Leave Qt's font-fallback lines out of the terminal; every other message goes where it went
    (to the handler installed before, e.g. the tests', or to stderr as Qt writes it)."""
    global _previous_handler, _handler_installed
    if not _handler_installed:
        _previous_handler = qInstallMessageHandler(_log)
        _handler_installed = True


def make_application(argv: list[str] | None = None, all_fonts: bool = True) -> QApplication:
    filter_qt_log()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
        QGuiApplication.setDesktopFileName(APP_ID)
        # The style as an argument: asking Qt for it (setStyle, style()) would cost a Python
        # QStyle wrapper, several milliseconds, before the first paint.
        app = QApplication([*(argv if argv is not None else sys.argv[:1]), "-style", "Fusion"])
    elif app.style().name().lower() != "fusion":
        app.setStyle(QStyleFactory.create("Fusion"))
    app.setWindowIcon(app_icon())
    from relations_desktop.ui import qt_translator
    qt_translator.install(app)
    from relations_desktop.ui.fonts import register_fonts
    register_fonts(None if all_fonts else ())     # the other scripts can follow the first paint
    return app


def initial_language(requested: str | None, settings: QSettings) -> str:
    if requested:
        return requested
    saved = LANGUAGE.read(settings)
    if saved in i18n.LANGUAGES:
        return saved
    return i18n.system_language()


def create_window(db: str | None, lang: str | None, dark: bool = False,
                  settings: QSettings | None = None):
    """Build the main window (the application must exist)."""
    from relations_desktop.ui.mainwindow import MainWindow

    settings = settings or QSettings()
    i18n.set_language(initial_language(lang, settings))
    error: DatabaseError | None = None
    path: Path | None = None
    try:
        path = Path(db) if db else default_database()
    except DatabaseError as exc:
        error = exc
    user = None if db else resources.user_corpus_db()
    window = MainWindow(path, user if user and user.exists() else None, settings=settings, database_error=error)
    if dark:                            # for a screenshot: dark, whatever the settings say
        window.appearance.choice = DARK
        window.appearance.apply()
    return window


def run(db: str | None = None, lang: str | None = None, pair: str | None = None,
        screenshot: str | None = None, dark: bool = False) -> int:
    from relations_desktop.ui.fonts import register_fonts
    app = make_application(all_fonts=False)
    settings = QSettings()
    if screenshot or pair or LAST_PAIR.read(settings):
        register_fonts()             # source text in any script shows at once
    else:                            # only the interface's script before the first paint
        register_fonts((initial_language(lang, settings),))
    window = create_window(db, lang, dark, settings)
    if pair:
        from relations_desktop.present.pairs import PairError, parse_pair
        try:
            a, b = parse_pair(pair)
        except PairError:
            print(f"error: --pair {pair!r}: give two countries, e.g. TJ-TR or Tajikistan-Turkey", file=sys.stderr)
            return 2
        if not window.open_pair(a, b):
            print(f"no relationship {pair} in the corpus", file=sys.stderr)
            if screenshot:
                return 1
    if screenshot:
        window.resize(1440, 900)
        window.show()
        window.load_icons()
        groups = window.relationship.timeline.groups() if pair else []
        if groups:   # show a source sentence marked, as a reader would see it
            window.relationship.select_group(groups[min(len(groups) - 1, 2)])
        for _ in range(3):
            app.processEvents()
        ok = window.grab().save(screenshot)
        window.close()
        window.library.close()
        return 0 if ok else 1
    watcher = _FirstPaint(window, exit_after=bool(os.environ.get("RELATIONS_DESKTOP_EXIT_AFTER_PAINT")))
    window.installEventFilter(watcher)
    window.show()
    try:
        return app.exec()
    finally:
        window.library.close()          # (the copy of a library read from one goes with it)


class _FirstPaint(QObject):
    """After the window's first paint: load the icons (qtawesome is slow to import), and for
    benchmarks print a marker and quit."""

    def __init__(self, window: QWidget, exit_after: bool) -> None:
        super().__init__(window)
        self.window = window
        self.exit_after = exit_after
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            if self.exit_after:
                print("first-paint", flush=True)
                QTimer.singleShot(0, QApplication.quit)
            else:
                QTimer.singleShot(0, self._after_first_paint)
        return False

    def _after_first_paint(self) -> None:
        from relations_desktop.ui.fonts import register_fonts
        register_fonts()                          # every script, before any source text shows
        self.window.relationship  # noqa: B018 (builds the pane)
        self.window.load_icons()

