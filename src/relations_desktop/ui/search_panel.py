"""Full-text search as you type: a result list under the toolbar's search field, each hit with
its relationship, language badge and a plain-text snippet with the match highlighted."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPalette, QTextCharFormat, QTextLayout, QTextLine, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from relations_desktop.i18n import _, current_language, ngettext
from relations_desktop.i18n.formatting import format_number
from relations_desktop.present import labels
from relations_desktop.ui import plain_text

if TYPE_CHECKING:
    from relations_desktop.store.search import Hit

HitRole = Qt.ItemDataRole.UserRole + 10
_Index = QModelIndex | QPersistentModelIndex
DEBOUNCE_MS = 180


class SearchModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.hits: list[Hit] = []
        self.names: dict[str, dict[str, str]] = {}

    def set_hits(self, hits: list[Hit], names: dict[str, dict[str, str]]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.names = names
        self.endResetModel()

    def relabel(self) -> None:
        if self.hits:
            self.dataChanged.emit(self.index(0), self.index(len(self.hits) - 1))

    def heading(self, hit: Hit) -> str:
        lang = current_language()
        a, b = (self.names.get(c, {}).get(lang, c) for c in hit.pair)
        return f"{labels.pair_name(a, b)}   [{labels.language_badge(hit.lang)}]"

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.heading(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_text.tooltip(f"{self.heading(hit)}: {hit.snippet}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.heading(hit)}: {hit.snippet}"
        if role == HitRole:
            return hit
        return None


class HitDelegate(QStyledItemDelegate):
    """Two lines per hit: the relationship and badge, then the snippet with its matches
    highlighted. The snippet is laid out as plain text, never interpreted as markup."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        h = option.fontMetrics.height()
        return QSize(400, 2 * h + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        hit: Hit | None = index.data(HitRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        heading = opt.text
        opt.text = ""
        widget = opt.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if hit is None:
            return
        palette = QPalette(opt.palette)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        fg = QColor(palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        rect = opt.rect.adjusted(6, 3, -6, -3)
        fm = opt.fontMetrics
        painter.save()
        painter.setPen(fg)
        font = opt.font
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(rect.x(), rect.y() + fm.ascent(), fm.elidedText(heading, Qt.TextElideMode.ElideRight,
                                                                           rect.width()))
        font.setBold(False)
        layout = QTextLayout(hit.snippet, font)
        option_ = QTextOption()
        option_.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(option_)
        mark = QTextCharFormat()
        mark.setBackground(QColor(255, 200, 60, 150))
        mark.setForeground(QColor(palette.color(QPalette.ColorRole.Text)))
        ranges = []
        for s, e in hit.highlights:
            r = QTextLayout.FormatRange()
            r.start, r.length, r.format = s, e - s, mark
            ranges.append(r)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        if line.isValid():
            line.setLineWidth(10_000)
        layout.endLayout()
        painter.setClipRect(rect)
        shift = _into_view(line, hit.highlights, rect.width()) if line.isValid() else 0.0
        layout.draw(painter, QPointF(rect.x() - shift, rect.y() + fm.height() + 2))
        painter.restore()


def _into_view(line: QTextLine, highlights: list[tuple[int, int]], width: int) -> float:
    """How far to move the line left so that its first match, past ``width``, is in view (with a
    quarter of the width of what comes before it); 0 when it is in view already."""
    if not highlights:
        return 0.0
    first, end = highlights[0]
    left, right = line.cursorToX(first)[0], line.cursorToX(end)[0]
    if right <= width:
        return 0.0
    return max(0.0, min(left, max(left - width / 4, right - width + 4)))


class SearchPanel(QDockWidget):
    """The results of the toolbar search; emits ``activated(hit)``."""

    activated = Signal(object)

    def __init__(self, field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.field = field
        self.conn: sqlite3.Connection | None = None
        self.names: dict[str, dict[str, str]] = {}
        self.model = SearchModel()
        self.view = QListView(self)
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setItemDelegate(HitDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status = QLabel(self)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.setWidget(body)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        field.textChanged.connect(lambda _t: self.timer.start())
        field.returnPressed.connect(self._enter)
        self.view.activated.connect(self._activate)
        self.retranslate()
        self.hide()

    def set_corpus(self, conn: sqlite3.Connection | None, names: dict[str, dict[str, str]]) -> None:
        """The library to search (after it changed): open results are searched again there;
        closed ones are dropped and stay closed until the person searches."""
        self.conn = conn
        self.names = names
        if self.isVisible() and self.field.text().strip():
            self.run()
        else:
            self.model.set_hits([], names)
            self._relabel_status()

    def run(self) -> None:
        """Search now (the field waits for a pause in typing before calling this)."""
        self.timer.stop()
        text = self.field.text()
        if not text.strip() or self.conn is None:
            self.model.set_hits([], self.names)
            self.hide()
            return
        from relations_desktop.store.search import search  # loads the gazetteer: not at start-up
        hits = search(self.conn, text, limit=200)
        self.model.set_hits(hits, self.names)
        self._relabel_status()
        self.show()
        if hits:
            self.view.setCurrentIndex(self.model.index(0))

    def _enter(self) -> None:
        self.run()
        if self.model.rowCount():
            self._activate(self.view.currentIndex())

    def _activate(self, index: QModelIndex) -> None:
        hit = index.data(HitRole) if index.isValid() else None
        if hit is not None:
            self.activated.emit(hit)

    def retranslate(self) -> None:
        self.setWindowTitle(_("Search results"))
        self.view.setAccessibleName(_("Search results"))
        self.model.relabel()
        self._relabel_status()

    def _relabel_status(self) -> None:
        n = len(self.model.hits)
        if not self.field.text().strip():
            self.status.setText("")
        elif not n:
            self.status.setText(_("No passage matches."))
        else:
            self.status.setText(ngettext("{n} passage matches.", "{n} passages match.", n).format(
                n=format_number(n)))
