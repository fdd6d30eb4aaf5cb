"""The window's status bar: what the library holds (or why there is nothing to show), a lasting
mark while the user's library cannot be changed, and the window's one channel for passing news
(``tell``: what was saved, and where)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from relations_desktop.i18n import N_, _
from relations_desktop.i18n.formatting import format_number
from relations_desktop.present import labels

if TYPE_CHECKING:
    from relations_desktop.ui.library import Library

# What a library that cannot be written still allows, and what it needs for the rest.
READ_ONLY_DETAIL = N_("Everything in it can still be read and exported; adding documents and correcting "
                      "events need a folder that can be written to.")
TELL_MS = 15_000            # how long a passing message stays (long enough to read a file's path)


class StatusLine(QObject):
    """The status bar of ``window`` over ``library``; ``relabel()`` after either changed."""

    def __init__(self, window: QMainWindow, library: Library) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.label = QLabel(window)
        self.label.setTextFormat(Qt.TextFormat.PlainText)     # it may name a file
        window.statusBar().addWidget(self.label, 1)
        self.read_only = QLabel(window)
        self.read_only.setObjectName("readOnly")
        self.read_only.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only.hide()
        window.statusBar().addPermanentWidget(self.read_only)

    def tell(self, text: str) -> None:
        """Passing news of something done (it covers the library's summary for a while)."""
        self.window.statusBar().showMessage(text, TELL_MS)

    def message(self) -> str:
        """The passing news shown now ('' when none)."""
        return self.window.statusBar().currentMessage()

    def relabel(self) -> None:
        library = self.library
        read_only = library.read_only and library.error is None
        self.read_only.setVisible(read_only)
        if read_only:
            self.read_only.setText(_("Read-only library"))
            self.read_only.setToolTip(f"{library.read_only_text()}\n{_(READ_ONLY_DETAIL)}")
            self.read_only.setAccessibleName(_("Read-only library"))
        problem = library.problem()
        s = library.stats
        if problem or s is None:
            self.label.setText(problem or "")
            return
        langs = " · ".join(f"{labels.language_name(lang)} {format_number(n)}"
                           for lang, n in sorted(s.documents_by_lang.items()))
        self.label.setText(
            f"{labels.documents_count(sum(s.documents_by_lang.values()))} ({langs})   ·   "
            f"{labels.relationships_count(s.relationships)}   ·   {labels.events_count(s.events)}")
