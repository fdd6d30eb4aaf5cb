"""Context menus of the relationship pane: on an event, a passage or a source (copy the sentence,
copy it with its citation, search for this, open the document), and Ctrl+C in the events list,
which copies the whole row as text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtWidgets import QMenu, QWidget

from relations_desktop.i18n import _, pgettext
from relations_desktop.present.citations import copy_event_citation, copy_source_citation, source_title, source_where
from relations_desktop.present.clipboard import event_row_text, reference_citation, sentence_citation
from relations_desktop.present.quoting import one_line, quoted
from relations_desktop.store.queries import Citation, EventRow, SourceDocument

if TYPE_CHECKING:
    from relations_desktop.ui.relationship_pane import RelationshipPane
    from relations_desktop.ui.window_commands import WindowCommands


class Target:
    """What a context menu is about: a document, a span of it (the sentence), what to search for,
    and the event told there or the reference-list entry, if it is one."""

    def __init__(self, document_id: int | None = None, span: tuple[int, int] | None = None,
                 search: str = "", event: EventRow | None = None, reference: Citation | None = None) -> None:
        self.document_id, self.span, self.search = document_id, span, search
        self.event, self.reference = event, reference


def sentence_around(text: str, offset: int, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text[start:end]`` (a passage) that holds ``offset`` (Unicode sentence
    rules, which end Bengali and Hindi sentences at the danda)."""
    from PySide6.QtCore import QTextBoundaryFinder
    passage = text[start:end]
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Sentence, passage)
    # The finder counts UTF-16 units; the passages of the three scripts have none outside the BMP,
    # and the loop below keeps to characters all the same.
    units = [0]
    for ch in passage:
        units.append(units[-1] + (2 if ord(ch) > 0xFFFF else 1))
    index = {u: i for i, u in enumerate(units)}
    finder.setPosition(units[max(0, min(offset - start, len(passage)))])
    if not finder.isAtBoundary() or offset - start >= len(passage):
        finder.toPreviousBoundary()
    s = finder.position()
    e = finder.toNextBoundary()
    s, e = index.get(max(s, 0), 0), index.get(e if e >= 0 else units[-1], len(passage))
    while e > s and passage[e - 1].isspace():
        e -= 1
    return start + s, start + e


class ReadingMenus:
    """Built into the relationship ``pane``; ``search(text)`` searches all passages. The window
    keeps it. Citations are written as Edit ▸ Copy citation writes them (present/citations)."""

    def __init__(self, pane: RelationshipPane, search: Callable[[str], None],
                 commands: WindowCommands | None = None) -> None:
        self.pane, self.search, self.commands = pane, search, commands
        self.copy_row = QAction(pane.events_view)
        self.copy_row.setObjectName("copyRow")
        self.copy_row.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_row.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_row.triggered.connect(self.copy_current_row)
        pane.events_view.addAction(self.copy_row)
        # Delete in the events list hides the selected event (as Edit ▸ Hide event does)
        self.hide_row = QAction(pane.events_view)
        self.hide_row.setObjectName("hideRow")
        self.hide_row.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.hide_row.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        if commands is not None:
            self.hide_row.triggered.connect(commands.hide_event.trigger)
        pane.events_view.addAction(self.hide_row)
        for view, handler in ((pane.events_view, self._event_menu), (pane.sources.text, self._passage_menu),
                              (pane.citations, self._citation_menu)):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(handler)
        self.menu: QMenu | None = None          # the last menu shown, and what it was about
        self.last_target: Target | None = None
        self.retranslate()

    # ----- what the menus do
    def copy_current_row(self) -> str:
        """Ctrl+C in the events list: the whole row, as text."""
        group = self.pane.events_model.group(self.pane.events_view.currentIndex().row())
        text = event_row_text(group) if group is not None else ""
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def _document(self, document_id: int | None) -> SourceDocument | None:
        dossier = self.pane.dossier
        return dossier.source(document_id) if dossier is not None and document_id is not None else None

    def copy_sentence(self, target: Target) -> None:
        doc = self._document(target.document_id)
        if doc is not None and target.span:
            QGuiApplication.clipboard().setText(one_line(doc.texts([target.span])[0]))

    def copy_citation(self, target: Target) -> None:
        """The event's citation; else the sentence's or the reference's with its source; else the source's."""
        doc, dossier = self._document(target.document_id), self.pane.dossier
        if doc is None or dossier is None:
            return
        if target.event is not None:
            text = copy_event_citation(dossier, target.event)
        elif target.reference is not None:
            text = reference_citation(target.reference, doc)
        elif target.span:
            text = sentence_citation(doc.texts([target.span])[0], doc)
        else:
            text = copy_source_citation(dossier, doc.id)
        QGuiApplication.clipboard().setText(text)

    def open_document(self, target: Target) -> None:
        from relations_desktop.ui.document_view import DocumentDialog
        doc = self._document(target.document_id)
        if doc is not None:
            dossier = self.pane.dossier
            self.document_dialog = DocumentDialog(self.pane.window(), doc, target.span,
                                                  dossier.highlights if dossier is not None else None)
            self.document_dialog.exec()

    # ----- the menus
    def _corrections(self, menu: QMenu, event: bool, add: bool) -> None:
        """The correction entries (the window's Edit menu actions): on an event Hide, Edit…,
        Note…, and Show the extracted event; in a passage Add event…; Undo."""
        c = self.commands
        if c is None:
            return
        menu.addSeparator()
        if event:
            for a in (c.hide_event, c.edit_event, c.note_event, c.restore_event):
                menu.addAction(a)
        if add:
            menu.addAction(c.add_event)
        menu.addAction(c.undo)

    def _show(self, widget: QWidget, pos: QPoint, target: Target, copy_selection: str = "",
              row: bool = False, add: bool = False) -> QMenu:
        menu = QMenu(widget)
        if copy_selection:
            menu.addAction(pgettext("qt", "&Copy"), lambda: QGuiApplication.clipboard().setText(copy_selection))
        if row:
            menu.addAction(self.copy_row)
        entries = ((self.copy_sentence_text, self.copy_sentence, bool(target.span)),
                   (self.copy_citation_text, self.copy_citation, target.document_id is not None),
                   (self.search_text, lambda _t: self.search(target.search), bool(target.search)),
                   (self.open_text, self.open_document, target.document_id is not None))
        for text, handler, enabled in entries:
            action = menu.addAction(text, lambda h=handler: h(target))
            action.setEnabled(enabled)
        doc = self._document(target.document_id)
        for copy in doc.copies if doc is not None else []:     # near-duplicates: the same text elsewhere
            where = " — ".join(p for p in (source_title(copy), source_where(copy)) if p)
            menu.addAction(self.open_copy_text.format(source=where),
                           lambda c=copy: self.open_document(Target(c.id)))
        self._corrections(menu, event=row or target.event is not None, add=add)
        self.menu, self.last_target = menu, target     # (read by the tests)
        menu.popup(widget.mapToGlobal(pos))
        return menu

    def event_target(self, row: int) -> Target:
        group = self.pane.events_model.group(row)
        if group is None:
            return Target()
        lead = quoted(group)
        cue = lead.text[lead.cue_start - lead.start:lead.cue_end - lead.start] \
            if lead.cue_start is not None and lead.cue_end is not None else ""
        return Target(lead.document_id, (lead.start, lead.end), cue, event=lead)

    def _event_menu(self, pos: QPoint) -> QMenu:
        view = self.pane.events_view
        index = view.indexAt(pos)
        if index.isValid():
            view.setCurrentIndex(index)
        else:
            index = view.currentIndex()
        return self._show(view.viewport(), pos, self.event_target(index.row()), row=True)

    def passage_target(self, position: int, selected: str = "") -> Target:
        """What is at a position of the source text: its document, the sentence, a word to search."""
        sources = self.pane.sources
        doc, offset = sources.location_at(position)
        if doc is None:
            return Target(search=selected)
        if offset is None:                      # a heading: the document itself
            return Target(doc.id, None, selected or (doc.title or ""))
        event = next((e for g in (self.pane.dossier.groups if self.pane.dossier else [])
                      for e in g.events if e.document_id == doc.id and e.start <= offset < e.end), None)
        span = (event.start, event.end) if event is not None else None
        passage = sources.passage_span(doc.id, offset)
        if span is None and passage:            # the passage's text only: documents are read in slices
            (text,) = doc.texts([passage])
            s, e = sentence_around(text, offset - passage[0], 0, len(text))
            span = (passage[0] + s, passage[0] + e)
        dossier = self.pane.dossier
        marks = dossier.highlights(doc.id, *passage) if passage and dossier and dossier.highlights else None
        marked = next(((s, e) for s, e, *_code in [*marks.mentions, *marks.dates] if s <= offset < e), None) \
            if marks else None
        if marked is not None:                  # a country or a date, as highlighted
            (word,) = doc.texts([marked])
        else:
            cursor = QTextCursor(sources.text.document())
            cursor.setPosition(position)
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
            word = cursor.selectedText()
        return Target(doc.id, span, selected or word, event=event)

    def _passage_menu(self, pos: QPoint) -> QMenu:
        text = self.pane.sources.text
        selected = text.textCursor().selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
        clicked = text.cursorForPosition(pos)
        target = self.passage_target(clicked.position(), one_line(selected))
        if not selected:                        # Add event… takes the sentence at the click
            text.setTextCursor(clicked)
        if target.event is not None:            # the corrections act on the event of this sentence
            group = next((g for g in (self.pane.dossier.groups if self.pane.dossier else [])
                          if any(e is target.event for e in g.events)), None)
            if group is not None and group is not self.pane.current_group:
                self.pane.select_group(group, event=target.event)
        return self._show(text.viewport(), pos, target, selected, add=target.document_id is not None)

    def _citation_menu(self, pos: QPoint) -> QMenu:
        view = self.pane.citations
        selected = view.textCursor().selectedText().replace("\u2029", "\n")
        entry = view.entry_at(view.cursorForPosition(pos).blockNumber())
        target = Target()
        if entry is not None:
            doc, citation = entry
            from relations_desktop.present.citations import clean_reference
            words = clean_reference(citation.text) if citation is not None else ""
            target = Target(doc.id, None, one_line(selected) or words, reference=citation)
        return self._show(view.viewport(), pos, target, selected)

    def retranslate(self) -> None:
        self.copy_row.setText(_("Copy &row"))
        self.copy_sentence_text = _("Copy &sentence")
        self.copy_citation_text = _("Copy ci&tation")
        self.search_text = _("Searc&h for this")
        self.open_text = _("&Open document…")
        self.open_copy_text = _("Open the alternative source {source}…")
