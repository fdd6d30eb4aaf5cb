"""Open document…: one whole document as plain text, with where it comes from above it and the
sentence it was opened at marked and scrolled to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from relations_desktop.i18n import _
from relations_desktop.present.citations import source_citation, source_title
from relations_desktop.store.queries import SourceDocument
from relations_desktop.ui.fonts import text_font


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class DocumentDialog(QDialog):
    """The document ``doc``; ``span`` (offsets into its text) is marked."""

    def __init__(self, parent: QWidget | None, doc: SourceDocument, span: tuple[int, int] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentDialog")
        self.setWindowTitle(source_title(doc))
        self.reference = QLabel(source_citation(doc), self)
        self.reference.setTextFormat(Qt.TextFormat.PlainText)
        self.reference.setWordWrap(True)
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.document().setDefaultFont(text_font())
        self.text.setPlainText(doc.text)
        self.text.setAccessibleName(source_title(doc))
        buttons = QDialogButtonBox(self)
        buttons.addButton(_("Close"), QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reference)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
        if span is not None:
            self.mark(doc.text, *span)

    def mark(self, text: str, start: int, end: int) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(_utf16(text[:start]))
        cursor.setPosition(_utf16(text[:end]), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        color = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        color.setAlpha(110)
        fmt.setBackground(color)
        selection.format = fmt
        self.text.setExtraSelections([selection])
        self.text.setTextCursor(cursor)
        self.text.centerCursor()

    def marked_text(self) -> str:
        selections = self.text.extraSelections()
        return selections[0].cursor.selectedText().replace("\u2029", "\n") if selections else ""
