"""The reference lists of the relationship's documents, kept apart from the source text, without
wiki debris; the references the selected event's sentence cites come first, marked."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from relations_desktop.i18n import _
from relations_desktop.present import labels
from relations_desktop.store.queries import Citation, SourceDocument
from relations_desktop.ui.fonts import text_font
from relations_desktop.ui.sources import blend


class CitationsView(QPlainTextEdit):
    """The reference lists of the relationship's documents, kept apart from the text, without
    wiki debris; the references the selected event's sentence cites come first, marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citations")
        self.setReadOnly(True)
        self.setTabChangesFocus(True)
        self.document().setDefaultFont(text_font())
        self._items: list[tuple[SourceDocument, list[Citation]]] = []
        self._cited: list[Citation] | None = None     # None: no event selected
        self.retranslate()

    def set_citations(self, docs: list[SourceDocument], citations: list[Citation]) -> None:
        self._items = [(d, [c for c in citations if c.document_id == d.id]) for d in docs]
        self._cited = None
        self._render()

    def show_references(self, cited: list[Citation] | None) -> None:
        """Put the references of the selected event first (None: no event is selected)."""
        self._cited = cited
        self._render()

    def cited(self) -> list[Citation]:
        return list(self._cited or [])

    def _formats(self) -> dict[str, QTextCharFormat]:
        pal = self.palette()
        base, text = QColor(pal.color(QPalette.ColorRole.Base)), QColor(pal.color(QPalette.ColorRole.Text))
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        cited = QTextCharFormat()
        cited.setBackground(blend(base, QColor(pal.color(QPalette.ColorRole.Highlight)), 0.25))
        meta = QTextCharFormat()
        meta.setForeground(blend(text, base, 0.4))
        return {"heading": heading, "cited": cited, "meta": meta, "plain": QTextCharFormat()}

    def _render(self) -> None:
        from relations_desktop.present.citations import clean_reference, reference_mark
        self.clear()
        self._lines: list[tuple[SourceDocument, Citation | None] | None] = []
        if not any(cites for _doc, cites in self._items):
            self.setPlainText(self._empty)
            return
        fmts = self._formats()
        langs = {d.id: d.lang for d, _cites in self._items}
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        first = True

        docs = {d.id: d for d, _cites in self._items}

        def line(text: str, fmt: str, entry: tuple[SourceDocument, Citation | None] | None = None) -> None:
            nonlocal first
            if not first:
                cursor.insertBlock()
            first = False
            cursor.insertText(text, fmts[fmt])
            self._lines.append(entry)         # what each line is about, for its context menu

        if self._cited is not None:
            line(_("Cited by the selected event"), "heading")
            several = len({c.document_id for c in self._cited}) > 1     # then say whose list each is from
            for c in self._cited:
                lang = langs.get(c.document_id, "en")
                badge = f"[{labels.language_badge(lang)}] " if several else ""
                line(f"{badge}{reference_mark(c.n, lang, c.text)} {clean_reference(c.text)}", "cited",
                     (docs[c.document_id], c) if c.document_id in docs else None)
            if not self._cited:
                line(_("Its sentence cites no reference."), "meta")
            line("", "plain")
        cited_ids = {c.id for c in self._cited or []}
        for doc, cites in self._items:
            if not cites:
                continue
            line(f"[{labels.language_badge(doc.lang)}] {doc.title or doc.file}", "heading", (doc, None))
            for c in cites:
                line(f"  {reference_mark(c.n, doc.lang, c.text)} {clean_reference(c.text)}",
                     "cited" if c.id in cited_ids else "plain", (doc, c))
            line("", "plain")
        cursor.endEditBlock()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def entry_at(self, line: int) -> tuple[SourceDocument, Citation | None] | None:
        """The document (and the reference, if any) on a line of the list."""
        return self._lines[line] if 0 <= line < len(self._lines) else None

    def retranslate(self) -> None:
        self._empty = _("The sources of this relationship have no reference list.")
        self.setAccessibleName(_("Citations"))
        self._render()
