"""Open document…: one document as plain text, with where it comes from above it, its countries
and event dates highlighted, and the sentence it was opened at marked and scrolled to. A long
document is shown one part at a time (``PART_CHARS``, read from its stored chunks), with Earlier
and Later to move: a 20 MB text opens as fast as a short one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from relations_desktop.i18n import _
from relations_desktop.i18n.formatting import format_number
from relations_desktop.present.citations import source_citation, source_title
from relations_desktop.store.queries import Highlights, SourceDocument
from relations_desktop.ui.fonts import text_font
from relations_desktop.ui.language_notifier import notifier
from relations_desktop.ui.sources import blend

# How much of a document is laid out at once.
PART_CHARS = 200_000


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class DocumentDialog(QDialog):
    """The document ``doc``; ``span`` (offsets into its text) is marked; ``highlights(document id,
    start, end)`` says what to highlight in a stretch of it."""

    def __init__(self, parent: QWidget | None, doc: SourceDocument, span: tuple[int, int] | None = None,
                 highlights: Callable[[int, int, int], Highlights] | None = None, *,
                 part_chars: int = PART_CHARS) -> None:
        super().__init__(parent)
        self.part_chars = part_chars
        self.setObjectName("documentDialog")
        self.doc, self.span, self.highlights = doc, span, highlights
        self.setWindowTitle(source_title(doc))
        self.reference = QLabel(self)
        self.reference.setTextFormat(Qt.TextFormat.PlainText)
        self.reference.setWordWrap(True)
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.document().setDefaultFont(text_font())
        self.text.setAccessibleName(source_title(doc))
        self.earlier = QPushButton(self)
        self.later = QPushButton(self)
        self.where = QLabel(self)
        self.earlier.clicked.connect(lambda: self.show_part(max(0, self.part[0] - self.part_chars)))
        self.later.clicked.connect(lambda: self.show_part(self.part[1]))
        parts = QHBoxLayout()
        parts.addWidget(self.earlier)
        parts.addWidget(self.where, 1, Qt.AlignmentFlag.AlignCenter)
        parts.addWidget(self.later)
        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reference)
        layout.addWidget(self.text, 1)
        layout.addLayout(parts)
        layout.addWidget(buttons)
        self.resize(760, 600)
        self.length = doc.chars or (span[1] if span else 0)
        if not self.length:
            self.length = len(doc.text)       # (a document from before lengths were kept)
        self.part = (0, 0)
        self.part_text = ""
        start = max(0, span[0] - part_chars // 3) if span else 0
        self.retranslate()
        self.show_part(start)
        notifier().changed.connect(self.retranslate)

    def retranslate(self, _lang: str | None = None) -> None:
        """Its words in the interface language (it stays open while the language is switched)."""
        self.reference.setText(source_citation(self.doc))
        self.earlier.setText(_("◀ &Earlier part"))
        self.later.setText(_("&Later part ▶"))
        self.close_button.setText(_("Close"))
        if self.part != (0, 0):
            self._where()

    def _where(self) -> None:
        start, end = self.part
        self.where.setText(_("Characters {first}–{last} of {total}").format(
            first=format_number(start + 1), last=format_number(end), total=format_number(self.length)))

    def show_part(self, start: int) -> None:
        """Lay out [start, start + part_chars) of the document, highlighted, the span marked."""
        start = max(0, min(start, max(0, self.length - 1)))
        end = min(self.length, start + self.part_chars)
        if end - start < self.part_chars and start > 0:
            start = max(0, end - self.part_chars)
        (text,) = self.doc.texts([(start, end)])
        self.part, self.part_text = (start, end), text
        self.text.setPlainText(text)
        several = self.length > self.part_chars
        for w in (self.earlier, self.later, self.where):
            w.setVisible(several)
        self.earlier.setEnabled(start > 0)
        self.later.setEnabled(end < self.length)
        self._where()
        self._highlight()

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection | None:
        lo, hi = self.part
        if end <= lo or start >= hi:
            return None
        s, e = max(start, lo) - lo, min(end, hi) - lo
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(_utf16(self.part_text[:s]))
        cursor.setPosition(_utf16(self.part_text[:e]), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _highlight(self) -> None:
        pal = self.palette()
        base = QColor(pal.color(QPalette.ColorRole.Base))
        country, date, marked = QTextCharFormat(), QTextCharFormat(), QTextCharFormat()
        country.setBackground(blend(base, QColor(31, 119, 180), 0.22))
        date.setBackground(blend(base, QColor(255, 160, 20), 0.30))
        color = QColor(pal.color(QPalette.ColorRole.Highlight))
        color.setAlpha(110)
        marked.setBackground(color)
        extra = []
        if self.highlights is not None:
            marks = self.highlights(self.doc.id, *self.part)
            extra += [self._selection(s, e, country) for s, e, _code in marks.mentions]
            extra += [self._selection(s, e, date) for s, e in marks.dates]
        mark = self._selection(*self.span, marked) if self.span else None
        self.text.setExtraSelections([x for x in [*extra, mark] if x is not None])
        if mark is not None:
            self.text.setTextCursor(mark.cursor)
            self.text.centerCursor()

    def marked_text(self) -> str:
        """The text of the span the document was opened at, as shown."""
        if not self.span:
            return ""
        mark = self._selection(*self.span, QTextCharFormat())
        return mark.cursor.selectedText().replace("\u2029", "\n") if mark is not None else ""
