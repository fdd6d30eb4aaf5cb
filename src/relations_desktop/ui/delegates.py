"""Item delegates: a list row with a dim count on the right, or a second line below; rows with
room for Indic scripts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QWidget


class SecondaryTextDelegate(QStyledItemDelegate):
    """Draws ``role``'s text dimmed, right-aligned (``below=False``) or on a second line."""

    def __init__(self, role: int, below: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.below = below

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        spacing = option.fontMetrics.lineSpacing()
        if self.below:
            return QSize(size.width(), 2 * spacing + 12)
        return QSize(size.width(), max(size.height(), spacing + 8))

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = ""          # the base paint draws background, focus and icon; the text is ours

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        # No QStyle from Python here: its wrapper and enums (thousands of members) cost several
        # milliseconds the first time, inside the window's first frame.
        super().paint(painter, option, index)
        main_text = index.data() or ""
        extra = index.data(self.role) or ""
        view = self.parent()
        selected = view.selectionModel().isSelected(index) if isinstance(view, QAbstractItemView) else False
        enabled = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled) and (not isinstance(view, QWidget)
                                                                        or view.isEnabled())
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        # Keep the palette alive and copy its colours: color() returns a reference into it.
        palette = QPalette(option.palette)
        text_color = QColor(palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                          else QPalette.ColorRole.Text))
        dim = text_color if selected else QColor(palette.color(QPalette.ColorGroup.Disabled,
                                                               QPalette.ColorRole.Text))
        rect = option.rect.adjusted(6, 2, -6, -2)
        fm = option.fontMetrics
        painter.save()
        painter.setFont(option.font)
        if self.below:
            spacing = fm.lineSpacing()
            top = QRect(rect.left(), rect.top() + 2, rect.width(), spacing)
            bottom = QRect(rect.left(), rect.top() + 4 + spacing, rect.width(), spacing)
            painter.setPen(text_color)
            painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             fm.elidedText(main_text, Qt.TextElideMode.ElideRight, top.width()))
            painter.setPen(dim)
            painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             fm.elidedText(extra, Qt.TextElideMode.ElideRight, bottom.width()))
        else:
            w = fm.horizontalAdvance(extra) + 8
            painter.setPen(dim)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), extra)
            painter.setPen(text_color)
            left = rect.adjusted(0, 0, -w, 0)
            painter.drawText(left, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             fm.elidedText(main_text, Qt.TextElideMode.ElideRight, left.width()))
        painter.restore()


class RoomyRowDelegate(QStyledItemDelegate):
    """Plain cells in rows tall enough for Bengali and Devanagari, whose fallback fonts stand
    taller than the interface font a view measures its rows by."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.lineSpacing() + 8))
