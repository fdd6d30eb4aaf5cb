"""Where the search lives in the main window: the toolbar's field, and its results panel, built
at the first search and docked in the lists' place (the relationship keeps its width and the
source text its height); Esc closes it. It opens only when the person searches."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QWidget

from relations_desktop.ui import navigation

if TYPE_CHECKING:
    from relations_desktop.ui.search_panel import SearchPanel


class SearchHost(QObject):
    """The search field and, once needed, the results panel of ``window``, which hides
    ``lists`` while it is open. ``hit_chosen(hit)`` asks the window to show a hit;
    ``leaving`` asks it to take the focus back when Esc closes the results; ``panel_built``
    follows the panel's creation."""

    hit_chosen = Signal(object)
    leaving = Signal()
    panel_built = Signal()

    def __init__(self, window: QMainWindow, lists: list[QWidget],
                 corpus: Callable[[], tuple[sqlite3.Connection | None, dict[str, dict[str, str]]]]) -> None:
        super().__init__(window)
        self.window = window
        self.lists = lists
        self.corpus = corpus
        self.field = QLineEdit(window)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(420)
        self.field.textChanged.connect(self._first_search)
        self.esc_key = navigation.EscapeKey(self.escape, self)
        self.esc_key.watch(self.field)
        self._panel: SearchPanel | None = None

    @property
    def built(self) -> SearchPanel | None:
        """The results panel if it was built (None before the first search)."""
        return self._panel

    @property
    def panel(self) -> SearchPanel:
        """The results panel, built on first use (it is not needed to show the window)."""
        if self._panel is None:
            from relations_desktop.ui.search_panel import SearchPanel
            panel = SearchPanel(self.field, self.window)
            self.window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, panel)
            panel.activated.connect(self.hit_chosen)
            panel.visibilityChanged.connect(self._shown)
            conn, names = self.corpus()
            if conn is not None:
                panel.set_corpus(conn, names)
            self.esc_key.watch(panel.view)
            self._panel = panel
            self.panel_built.emit()
        return self._panel

    def set_corpus(self, conn: sqlite3.Connection | None, names: dict[str, dict[str, str]]) -> None:
        """The library changed: open results are searched again, closed ones stay closed."""
        if self._panel is not None:
            self._panel.set_corpus(conn, names)

    def _first_search(self, _text: str) -> None:
        self.field.textChanged.disconnect(self._first_search)
        self.panel.timer.start()

    def _shown(self, shown: bool) -> None:
        """The results take the lists' place while they are open."""
        if self._panel is None or shown == self.lists[0].isHidden():
            return
        width = sum(w.width() + 6 for w in self.lists)
        for w in self.lists:
            w.setVisible(not shown)
        if shown:
            self.window.resizeDocks([self._panel], [max(width, 300)], Qt.Orientation.Horizontal)

    def escape(self) -> bool:
        """Esc in the field or the results: close the results, else empty the field."""
        panel = self._panel
        if panel is not None and panel.isVisible():
            in_results = panel.isAncestorOf(QApplication.focusWidget())
            panel.close()
            if in_results:
                self.leaving.emit()
            return True
        if self.field.hasFocus() and self.field.text():
            self.field.clear()
            return True
        return False

    def focus(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def search_for(self, text: str) -> None:
        """Search all passages for ``text`` now, as if typed."""
        self.field.setText(" ".join(text.split()))
        self.panel.run()
        self.panel.view.setFocus()
