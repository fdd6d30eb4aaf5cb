"""Source passages as plain text (never HTML), with countries and dates highlighted and the
sentence of the selected event marked; a separate view lists the documents' citations."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from relations_desktop.i18n import _
from relations_desktop.i18n.formatting import format_number
from relations_desktop.present import labels
from relations_desktop.store.queries import Citation, EventGroup, EventRow, SourceDocument
from relations_desktop.ui.fonts import text_font


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() * (1 - t) + b.red() * t), round(a.green() * (1 - t) + b.green() * t),
                  round(a.blue() * (1 - t) + b.blue() * t))


class SourcesView(QWidget):
    """All passages of the selected relationship, document by document."""

    sourceChanged = Signal(int, int)      # index of the shown source, how many

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAcceptRichText(False)
        self.text.setUndoRedoEnabled(False)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.document().setDefaultFont(text_font())
        self.text.setTabChangesFocus(True)
        self.text.setObjectName("sourceText")
        # Where the event's sentences are: "Source 1 of 3" with previous/next, in a bar the
        # relationship pane puts beside the tabs (saving a line of text).
        self.bar = QWidget(self)
        self.prev_btn = QToolButton(self.bar)
        self.next_btn = QToolButton(self.bar)
        self.prev_btn.setText("◀")
        self.next_btn.setText("▶")
        self.position = QLabel(self.bar)
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(0, 0, 4, 0)
        bar.addWidget(self.position, 1)
        bar.addWidget(self.prev_btn)
        bar.addWidget(self.next_btn)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        self.prev_btn.clicked.connect(lambda: self.step(-1))
        self.next_btn.clicked.connect(lambda: self.step(1))
        self._docs: list[SourceDocument] = []
        self._bases: list[tuple[int, int, int, int]] = []    # document id, passage start, end, position
        self._doc_starts: list[tuple[int, SourceDocument]] = []   # where each document's heading is
        self._targets: list[tuple[int, int]] = []            # positions of the current event's sentences
        self._target_events: list[EventRow | None] = []      # the event of each target (None: a search hit)
        self._target = 0
        self.retranslate()
        self._update_bar()

    # ----- content
    def set_sources(self, docs: list[SourceDocument]) -> None:
        self._docs = docs
        self._render()

    def height_for_lines(self, lines: int) -> int:
        """Pixels the text view needs to show ``lines`` lines of source text in any script."""
        font = self.text.document().defaultFont()
        tallest = max(QFontMetricsF(f).lineSpacing() for f in _script_fonts(font))
        frame = 2 * self.text.frameWidth() + 2 * round(self.text.document().documentMargin())
        return round(lines * tallest) + frame + 2

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:     # highlight colours follow light/dark
            self._rerender()

    def _rerender(self) -> None:
        targets, target, events = self._targets, self._target, self._target_events
        self._render()
        self._targets, self._target, self._target_events = targets, target, events
        self._apply_selection()

    def _formats(self) -> dict[str, QTextCharFormat]:
        pal = self.palette()
        base, text = QColor(pal.color(QPalette.ColorRole.Base)), QColor(pal.color(QPalette.ColorRole.Text))
        f = {}
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(self.text.font().pointSizeF() * 1.1)
        f["heading"] = heading
        meta = QTextCharFormat()
        meta.setForeground(_blend(text, base, 0.4))
        f["meta"] = meta
        country = QTextCharFormat()
        country.setBackground(_blend(base, QColor(31, 119, 180), 0.22))
        f["country"] = country
        date = QTextCharFormat()
        date.setBackground(_blend(base, QColor(255, 160, 20), 0.30))
        date.setFontWeight(QFont.Weight.DemiBold)
        f["date"] = date
        f["plain"] = QTextCharFormat()
        sub = QTextCharFormat()
        sub.setFontItalic(True)
        sub.setForeground(_blend(text, base, 0.3))
        f["section"] = sub
        return f

    def _render(self) -> None:
        doc = self.text.document()
        doc.clear()
        self._bases = []
        self._doc_starts = []
        self._targets = []
        self._target_events = []
        fmts = self._formats()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()     # one layout pass for the whole text, not one per insert
        try:
            self._fill(cursor, fmts)
        finally:
            cursor.endEditBlock()
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        self._update_bar()

    def _fill(self, cursor: QTextCursor, fmts: dict[str, QTextCharFormat]) -> None:
        if not self._docs:
            cursor.insertText(self._empty, fmts["meta"])
            return
        for n, src in enumerate(self._docs):
            if n:
                cursor.insertBlock()
                cursor.insertBlock()
            heading = src.title or f"{labels.document_kind(src.kind)} · {labels.language_name(src.lang)}"
            self._doc_starts.append((cursor.position(), src))
            cursor.insertText(f"[{labels.language_badge(src.lang)}] {heading}", fmts["heading"])
            cursor.insertBlock()
            meta = [labels.document_kind(src.kind), labels.language_name(src.lang)] if src.title else []
            cursor.insertText(" · ".join([*meta, src.file]), fmts["meta"])
            headings = sorted(src.headings)
            shown = ""
            for passage in src.passages:
                above = [h for h in headings if h[1] <= passage.start and h[2] in ("heading", "hatnote")]
                cursor.insertBlock()
                label = self._section_label(src, above[-1]) if above else ""
                if label and label != shown:      # a section's name once, above its first passage
                    cursor.insertText(label, fmts["section"])
                    cursor.insertBlock()
                    shown = label
                self._insert_passage(cursor, src, passage.start, passage.end, fmts)

    @staticmethod
    def _section_label(src: SourceDocument, heading: tuple[int, int, str]) -> str:
        return src.text[heading[0]:heading[1]].strip(" =")

    def _insert_passage(self, cursor: QTextCursor, src: SourceDocument, start: int, end: int,
                        fmts: dict[str, QTextCharFormat]) -> None:
        starts: dict[int, tuple[int, str]] = {}
        for s, e, _code in src.mentions:
            if start <= s and e <= end:
                starts.setdefault(s, (e, "country"))
        for s, e in src.dates:
            if start <= s and e <= end:
                starts[s] = (e, "date")
        self._bases.append((src.id, start, end, cursor.position()))
        pos = start
        for s in sorted(starts):
            e, kind = starts[s]
            if s < pos:
                continue
            self._insert(cursor, src.text[pos:s], fmts["plain"])
            self._insert(cursor, src.text[s:e], fmts[kind])
            pos = e
        self._insert(cursor, src.text[pos:end], fmts["plain"])

    @staticmethod
    def _insert(cursor: QTextCursor, text: str, fmt: QTextCharFormat) -> None:
        if text:
            # Line breaks inside a passage stay inside one block, so positions map one to one.
            cursor.insertText(text.replace("\r\n", "\u2028 ").replace("\n", "\u2028").replace("\r", "\u2028"),
                              fmt)

    def position_of(self, document_id: int, offset: int) -> int | None:
        """Text position of a document offset, if that offset is shown."""
        for doc_id, start, end, base in self._bases:
            if doc_id == document_id and start <= offset <= end:
                src = next(d for d in self._docs if d.id == doc_id)
                return base + len(src.text[start:offset].encode("utf-16-le")) // 2
        return None

    def location_at(self, position: int) -> tuple[SourceDocument | None, int | None]:
        """The document shown at a text position, and the offset in it if the position is in a
        passage (None on a heading or a section name)."""
        doc = next((d for start, d in reversed(self._doc_starts) if start <= position), None)
        for doc_id, start, end, base in self._bases:
            if doc is None or doc_id != doc.id or position < base:
                continue
            offset, units = start, position - base      # text positions count UTF-16 units
            while units > 0 and offset < end:
                units -= 2 if ord(doc.text[offset]) > 0xFFFF else 1
                offset += 1
            if units <= 0:
                return doc, offset
        return doc, None

    def passage_span(self, document_id: int, offset: int) -> tuple[int, int] | None:
        """The passage of a document that holds ``offset``, as shown."""
        return next(((s, e) for d, s, e, _b in self._bases if d == document_id and s <= offset <= e), None)

    # ----- selection
    def show_group(self, group: EventGroup | None) -> None:
        """Mark every source sentence of the event group and scroll to the first."""
        self._targets = []
        self._target_events = []
        if group is not None:
            for e in sorted(group.events, key=lambda e: (e.lang, e.file, e.start)):
                s = self.position_of(e.document_id, e.start)
                t = self.position_of(e.document_id, e.end)
                if s is not None and t is not None:
                    self._targets.append((s, t))
                    self._target_events.append(e)
        self._target = 0
        self._apply_selection()

    def show_span(self, document_id: int, start: int, end: int) -> None:
        """Mark one span of a document (a search hit's sentence) and scroll to it."""
        s, t = self.position_of(document_id, start), self.position_of(document_id, end)
        self._targets = [(s, t)] if s is not None and t is not None else []
        self._target_events = [None] * len(self._targets)
        self._target = 0
        self._apply_selection()

    def step(self, delta: int) -> None:
        if self._targets:
            self._target = (self._target + delta) % len(self._targets)
            self._apply_selection()

    def _apply_selection(self) -> None:
        pal = self.palette()
        extra = []
        for i, (s, t) in enumerate(self._targets):
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(s)
            cursor.setPosition(t, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            color = QColor(pal.color(QPalette.ColorRole.Highlight))
            color.setAlpha(110 if i == self._target else 45)
            fmt.setBackground(color)
            if i == self._target:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            sel.format = fmt
            extra.append(sel)
        self.text.setExtraSelections(extra)
        if self._targets:
            s, t = self._targets[self._target]
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(t)
            self.text.setTextCursor(cursor)
            self.text.ensureCursorVisible()
            cursor.setPosition(s)
            self.text.setTextCursor(cursor)
            self.text.ensureCursorVisible()
        self._update_bar()
        self.sourceChanged.emit(self._target, len(self._targets))

    def current_target(self) -> tuple[int, int] | None:
        return self._targets[self._target] if self._targets else None

    def current_event(self) -> EventRow | None:
        """The event whose sentence is marked now (one of the selected group's)."""
        return self._target_events[self._target] if self._target_events else None

    def document_at_cursor(self) -> int | None:
        """The id of the document shown where the text cursor is (or the marked sentence's)."""
        event = self.current_event()
        if event is not None:
            return event.document_id
        pos = self.text.textCursor().position()
        found = None
        for doc_id, _start, _end, base in self._bases:
            if base <= pos:
                found = doc_id
        return found if found is not None else (self._docs[0].id if self._docs else None)

    def selected_text(self) -> str:
        t = self.current_target()
        if t is None:
            return ""
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(t[0])
        cursor.setPosition(t[1], QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")

    def _update_bar(self) -> None:
        many = len(self._targets) > 1
        self.prev_btn.setVisible(many)
        self.next_btn.setVisible(many)
        if self._targets:
            self.position.setText(_("Source {n} of {total}").format(
                n=format_number(self._target + 1), total=format_number(len(self._targets))))
        else:
            self.position.setText(_("Select an event to see its source sentence.") if self._docs else "")

    def retranslate(self) -> None:
        self._empty = _("No sources for this relationship.")
        self.text.setAccessibleName(_("Sources"))
        self.prev_btn.setToolTip(_("Previous source"))
        self.next_btn.setToolTip(_("Next source"))
        self.prev_btn.setAccessibleName(_("Previous source"))
        self.next_btn.setAccessibleName(_("Next source"))
        self._rerender()


def _script_fonts(font: QFont) -> list[QFont]:
    """``font`` as each of its families draws (the fallbacks set the height of Indic lines)."""
    out = []
    for family in font.families() or [font.family()]:
        f = QFont(font)
        f.setFamilies([family])
        out.append(f)
    return out


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
        cited.setBackground(_blend(base, QColor(pal.color(QPalette.ColorRole.Highlight)), 0.25))
        meta = QTextCharFormat()
        meta.setForeground(_blend(text, base, 0.4))
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
                line(f"{badge}{reference_mark(c.n, lang)} {clean_reference(c.text)}", "cited",
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
                line(f"  {reference_mark(c.n, doc.lang)} {clean_reference(c.text)}",
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
