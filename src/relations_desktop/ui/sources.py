"""Source passages as plain text (never HTML), with countries and dates highlighted and the
sentence of the selected event marked (the citations are in ui/citations_view.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from relations_desktop.i18n import _, ngettext
from relations_desktop.i18n.formatting import format_number
from relations_desktop.present import labels
from relations_desktop.present.citations import copies_text, source_details
from relations_desktop.present.quoting import quoted
from relations_desktop.store.queries import EventGroup, EventRow, Highlights, Passage, SourceDocument
from relations_desktop.ui.fonts import text_font


def blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() * (1 - t) + b.red() * t), round(a.green() * (1 - t) + b.green() * t),
                  round(a.blue() * (1 - t) + b.blue() * t))


# How much passage text is laid out at once. A relationship with more (a long document about
# the pair) is shown window by window: scrolling to an end, or selecting an event outside,
# moves the window; so opening any relationship costs the same.
WINDOW_CHARS = 60_000


def _length(passage: Passage) -> int:
    return passage.end - passage.start


class _Shown(NamedTuple):
    """A passage laid out in the text view: where it starts there, and its text."""
    document_id: int
    start: int
    end: int
    position: int
    text: str


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
        self.text.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._docs: list[SourceDocument] = []
        self._highlights: Callable[[int, int, int], Highlights] | None = None
        self._flat: list[tuple[SourceDocument, Passage]] = []      # every passage, in reading order
        self._window = (0, 0)                                       # the passages laid out: [lo, hi)
        self._shown: list[_Shown] = []
        self._doc_starts: list[tuple[int, SourceDocument]] = []   # where each document's heading is
        self._targets: list[tuple[int, int, int]] = []   # the current event's sentences: document, start, end
        self._target_events: list[EventRow | None] = []  # the event of each target (None: a search hit)
        self._target = 0
        self._moving = False
        self.retranslate()
        self._update_bar()

    # ----- content
    def set_sources(self, docs: list[SourceDocument],
                    highlights: Callable[[int, int, int], Highlights] | None = None) -> None:
        self._docs = docs
        self._highlights = highlights
        self._flat = [(d, p) for d in docs for p in d.passages]
        self._targets = []
        self._target_events = []
        self._target = 0
        self._render(self._span_from(0))

    def show_note(self, text: str) -> None:
        """A line in place of the passages (while they are read)."""
        self.text.setPlainText(text)

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
        self._render(self._window)
        self._apply_selection(scroll=False)

    def _span_from(self, lo: int) -> tuple[int, int]:
        """The window starting at passage ``lo``: as many passages as WINDOW_CHARS holds (one at least)."""
        hi, size = lo, 0
        while hi < len(self._flat) and (hi == lo or size + _length(self._flat[hi][1]) <= WINDOW_CHARS):
            size += _length(self._flat[hi][1])
            hi += 1
        return lo, hi

    def _span_around(self, index: int) -> tuple[int, int]:
        lo, size = index, _length(self._flat[index][1])
        while lo > 0 and size + _length(self._flat[lo - 1][1]) <= WINDOW_CHARS // 3:
            lo -= 1
            size += _length(self._flat[lo][1])
        return self._span_from(lo)

    def _formats(self) -> dict[str, QTextCharFormat]:
        pal = self.palette()
        base, text = QColor(pal.color(QPalette.ColorRole.Base)), QColor(pal.color(QPalette.ColorRole.Text))
        f = {}
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(self.text.font().pointSizeF() * 1.1)
        f["heading"] = heading
        meta = QTextCharFormat()
        meta.setForeground(blend(text, base, 0.4))
        f["meta"] = meta
        country = QTextCharFormat()
        country.setBackground(blend(base, QColor(31, 119, 180), 0.22))
        f["country"] = country
        date = QTextCharFormat()
        date.setBackground(blend(base, QColor(255, 160, 20), 0.30))
        date.setFontWeight(QFont.Weight.DemiBold)
        f["date"] = date
        f["plain"] = QTextCharFormat()
        sub = QTextCharFormat()
        sub.setFontItalic(True)
        sub.setForeground(blend(text, base, 0.3))
        f["section"] = sub
        return f

    def _render(self, window: tuple[int, int]) -> None:
        self._window = window
        doc = self.text.document()
        doc.clear()
        self._shown = []
        self._doc_starts = []
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
        if not self._flat:
            cursor.insertText(self._empty, fmts["meta"])
            return
        lo, hi = self._window
        if lo > 0:
            cursor.insertText(ngettext("{n} earlier passage: scroll up to read it.",
                                       "{n} earlier passages: scroll up to read them.", lo).format(
                n=format_number(lo)), fmts["meta"])
            cursor.insertBlock()
            cursor.insertBlock()
        current: SourceDocument | None = None
        shown = ""
        marks = self._marks(lo, hi)
        texts = self._texts(lo, hi)
        for src, passage in self._flat[lo:hi]:
            if src is not current:
                if current is not None:
                    cursor.insertBlock()
                    cursor.insertBlock()
                current, shown = src, ""
                heading = src.title or f"{labels.document_kind(src.kind)} · {labels.language_name(src.lang)}"
                self._doc_starts.append((cursor.position(), src))
                cursor.insertText(f"[{labels.language_badge(src.lang)}] {heading}", fmts["heading"])
                cursor.insertBlock()
                cursor.insertText(source_details(src, kind=bool(src.title)), fmts["meta"])
                if src.copies:          # near-duplicates: where else the same text is
                    cursor.insertBlock()
                    cursor.insertText(copies_text(src), fmts["meta"])
            cursor.insertBlock()
            label = texts[(src.id, *passage.heading)].strip(" =") if passage.heading else ""
            if label and label != shown:      # a section's name once, above its first passage
                cursor.insertText(label, fmts["section"])
                cursor.insertBlock()
                shown = label
            self._insert_passage(cursor, src, passage, texts[(src.id, passage.start, passage.end)],
                                 marks.get(src.id), fmts)
        if hi < len(self._flat):
            cursor.insertBlock()
            cursor.insertBlock()
            more = len(self._flat) - hi
            cursor.insertText(ngettext("{n} more passage: scroll down to read it.",
                                       "{n} more passages: scroll down to read them.", more).format(
                n=format_number(more)), fmts["meta"])

    def _marks(self, lo: int, hi: int) -> dict[int, Highlights]:
        """What to highlight in the passages of the window, read once per document."""
        if self._highlights is None:
            return {}
        spans: dict[int, list[int]] = {}
        for src, p in self._flat[lo:hi]:
            span = spans.setdefault(src.id, [p.start, p.end])
            span[0], span[1] = min(span[0], p.start), max(span[1], p.end)
        return {doc_id: self._highlights(doc_id, s, e) for doc_id, (s, e) in spans.items()}

    def _texts(self, lo: int, hi: int) -> dict[tuple[int, int, int], str]:
        """The text of the window's passages and of the headings above them, read once per document."""
        spans: dict[int, tuple[SourceDocument, set[tuple[int, int]]]] = {}
        for src, p in self._flat[lo:hi]:
            wanted = spans.setdefault(src.id, (src, set()))[1]
            wanted.add((p.start, p.end))
            if p.heading:
                wanted.add(p.heading)
        out = {}
        for doc_id, (src, wanted) in spans.items():
            ordered = sorted(wanted)
            out.update({(doc_id, *span): text for span, text in zip(ordered, src.texts(ordered), strict=True)})
        return out

    def _insert_passage(self, cursor: QTextCursor, src: SourceDocument, passage: Passage, text: str,
                        marks: Highlights | None, fmts: dict[str, QTextCharFormat]) -> None:
        start, end = passage.start, passage.end
        starts: dict[int, tuple[int, str]] = {}
        if marks is not None:
            for s, e, _code in marks.mentions:
                if start <= s and e <= end:
                    starts.setdefault(s, (e, "country"))
            for s, e in marks.dates:
                if start <= s and e <= end:
                    starts[s] = (e, "date")
        self._shown.append(_Shown(src.id, start, end, cursor.position(), text))
        pos = start
        for s in sorted(starts):
            e, kind = starts[s]
            if s < pos:
                continue
            self._insert(cursor, text[pos - start:s - start], fmts["plain"])
            self._insert(cursor, text[s - start:e - start], fmts[kind])
            pos = e
        self._insert(cursor, text[pos - start:], fmts["plain"])

    @staticmethod
    def _insert(cursor: QTextCursor, text: str, fmt: QTextCharFormat) -> None:
        if text:
            # Line breaks inside a passage stay inside one block, so positions map one to one.
            cursor.insertText(text.replace("\r\n", "\u2028 ").replace("\n", "\u2028").replace("\r", "\u2028"),
                              fmt)

    def position_of(self, document_id: int, offset: int) -> int | None:
        """Text position of a document offset, if that offset is shown."""
        for shown in self._shown:
            if shown.document_id == document_id and shown.start <= offset <= shown.end:
                return shown.position + len(shown.text[:offset - shown.start].encode("utf-16-le")) // 2
        return None

    def location_at(self, position: int) -> tuple[SourceDocument | None, int | None]:
        """The document shown at a text position, and the offset in it if the position is in a
        passage (None on a heading or a section name)."""
        doc = next((d for start, d in reversed(self._doc_starts) if start <= position), None)
        for shown in self._shown:
            if doc is None or shown.document_id != doc.id or position < shown.position:
                continue
            offset, units = shown.start, position - shown.position      # text positions count UTF-16 units
            while units > 0 and offset < shown.end:
                units -= 2 if ord(shown.text[offset - shown.start]) > 0xFFFF else 1
                offset += 1
            if units <= 0:
                return doc, offset
        return doc, None

    def passage_span(self, document_id: int, offset: int) -> tuple[int, int] | None:
        """The passage of a document that holds ``offset``, as shown."""
        return next(((p.start, p.end) for p in self._shown
                     if p.document_id == document_id and p.start <= offset <= p.end), None)

    def _passage_index(self, document_id: int, offset: int) -> int | None:
        for i, (src, p) in enumerate(self._flat):
            if src.id == document_id and p.start <= offset < max(p.end, p.start + 1):
                return i
        return None

    def _scrolled(self, value: int) -> None:
        """At either end of a window, move it on (keeping the reader's place)."""
        if self._moving or not self._flat:
            return
        bar = self.text.verticalScrollBar()
        lo, hi = self._window
        if value >= bar.maximum() and hi < len(self._flat) and bar.maximum() > 0:
            self._move_to(self._span_around(hi), hi)
        elif value <= bar.minimum() and lo > 0 and bar.maximum() > 0:
            self._move_to(self._span_around(lo - 1), lo - 1)

    def _move_to(self, window: tuple[int, int], keep: int) -> None:
        self._moving = True
        try:
            self._render(window)
            src, p = self._flat[keep]
            pos = self.position_of(src.id, p.start)
            if pos is not None:
                cursor = QTextCursor(self.text.document())
                cursor.setPosition(pos)
                self.text.setTextCursor(cursor)
                self.text.ensureCursorVisible()
            self._apply_selection(scroll=False)
        finally:
            self._moving = False

    # ----- selection
    def show_group(self, group: EventGroup | None, current: EventRow | None = None) -> None:
        """Mark every source sentence of the event group and scroll to the first (to ``current``'s,
        without scrolling, when the reader points at that one: a context menu)."""
        shown = quoted(group) if group is not None else None      # the sentence the events list shows first
        events = [] if group is None else [e for e in sorted(group.events, key=lambda e: (e is not shown, e.lang,
                                                                                        e.file, e.start))
                                            if self._passage_index(e.document_id, e.start) is not None]
        self._targets = [(e.document_id, e.start, e.end) for e in events]
        self._target_events = list(events)
        self._target = next((i for i, e in enumerate(events) if e is current), 0)
        self._apply_selection(scroll=current is None)

    def show_span(self, document_id: int, start: int, end: int) -> None:
        """Mark one span of a document (a search hit's sentence) and scroll to it."""
        found = self._passage_index(document_id, start) is not None
        self._targets = [(document_id, start, end)] if found else []
        self._target_events = [None] * len(self._targets)
        self._target = 0
        self._apply_selection()

    def step(self, delta: int) -> None:
        if self._targets:
            self._target = (self._target + delta) % len(self._targets)
            self._apply_selection()

    def _positions(self, target: tuple[int, int, int]) -> tuple[int, int] | None:
        s, t = self.position_of(target[0], target[1]), self.position_of(target[0], target[2])
        return (s, t) if s is not None and t is not None else None

    def _apply_selection(self, scroll: bool = True) -> None:
        if self._targets and scroll and self._positions(self._targets[self._target]) is None:
            index = self._passage_index(*self._targets[self._target][:2])
            if index is not None:
                self._moving = True
                try:
                    self._render(self._span_around(index))
                finally:
                    self._moving = False
        pal = self.palette()
        extra = []
        for i, target in enumerate(self._targets):
            span = self._positions(target)
            if span is None:
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
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
        current = self.current_target()
        if current is not None and scroll:
            self._moving = True
            try:
                cursor = QTextCursor(self.text.document())
                cursor.setPosition(current[1])
                self.text.setTextCursor(cursor)
                self.text.ensureCursorVisible()
                cursor.setPosition(current[0])
                self.text.setTextCursor(cursor)
                self.text.ensureCursorVisible()
            finally:
                self._moving = False
        self._update_bar()
        self.sourceChanged.emit(self._target, len(self._targets))

    def current_target(self) -> tuple[int, int] | None:
        """Text positions of the marked sentence, when it is laid out."""
        return self._positions(self._targets[self._target]) if self._targets else None

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
        for shown in self._shown:
            if shown.position <= pos:
                found = shown.document_id
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
