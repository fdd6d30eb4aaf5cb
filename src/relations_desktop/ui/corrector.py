"""Corrections from the window: Hide event, Edit event…, Note on event…, Add event… (from the
words selected in a source passage), Show the extracted event, and the corrections of the review
list and of a document's details; each one step of Undo and Redo (Edit menu, Ctrl+Z, Ctrl+Shift+Z),
which write back exactly the rows there were. Built on first use; the store writes
(store/corrections.py), this module asks and shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog

from relations_desktop.errors import CorrectionError, DatabaseError
from relations_desktop.i18n import _
from relations_desktop.present import labels
from relations_desktop.present.quoting import quoted
from relations_desktop.store import correction_values, corrections
from relations_desktop.store.connection import attached_schemas
from relations_desktop.store.corrections import Change
from relations_desktop.store.queries import Pair
from relations_desktop.ui.window_commands import plain_label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from relations_desktop.present.dossier import Dossier
    from relations_desktop.store.queries import EventGroup, EventRow, SourceDocument

Write = Callable[[Path], Change]


class _Step(QUndoCommand):
    """One correction on the undo stack: already written when pushed; undone and redone by
    writing back the rows it changed."""

    def __init__(self, corrector: Corrector, text: str, change: Change, before: int | None, after: int | None) -> None:
        super().__init__(text)
        self.corrector, self.change, self.before, self.after = corrector, change, before, after
        self.written = True

    def redo(self) -> None:
        if self.written:
            self.written = False
        else:
            self.corrector.write_back(self.change, forward=True)
        self.corrector.relates, self.corrector.landing = self.change.relates, self.change.landing(True)
        self.corrector.changed.emit(self.after)

    def undo(self) -> None:
        self.corrector.write_back(self.change, forward=False)
        self.corrector.relates, self.corrector.landing = self.change.relates, self.change.landing(False)
        self.corrector.changed.emit(self.before)


class Corrector(QObject):
    """Corrects what the window shows. ``changed(event id or None)`` after every write (and
    undo, redo): the window reads the relationship again and selects that event."""

    changed = Signal(object)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.stack = QUndoStack(self)
        self.last_message: QMessageBox | None = None
        self.dialog: QDialog | None = None       # the last dialog asked (for the tests)
        self.relates = False                     # the last step moved or added an event: lists change
        self.landing: Pair | None = None         # the pair its event is in now
        self.stack.indexChanged.connect(lambda _i: self.relabel())
        self.relabel()
        self.changed.connect(self._changed)

    # ----- what is selected
    @property
    def dossier(self) -> Dossier | None:
        return self.window.dossier

    def _group(self) -> EventGroup | None:
        pane = self.window.relationship
        return pane.current_group if self.dossier is not None else None

    @staticmethod
    def _id(group: EventGroup | None) -> int | None:
        return group.lead.id if group is not None else None

    def _neighbour(self, group: EventGroup) -> int | None:
        """The event to select once ``group`` is hidden: the next one, else the one before."""
        model = self.window.relationship.events_model
        row = model.row_of(group)
        for r in (row + 1, row - 1):
            other = model.group(r)
            if other is not None:
                return other.lead.id
        return None

    # ----- the corrections
    def hide(self) -> bool:
        group = self._group()
        if group is None or self.dossier is None:
            return False
        refs = [self.dossier.ref(e) for e in group.events]
        return self._do(_("Hide event"), lambda db: corrections.hide(db, refs), self._id(group),
                        self._neighbour(group))

    def edit(self, values: dict[str, object] | None = None) -> bool:
        """Edit event…: the dialog asks (``values`` instead: date, type, pair, as the dialog gives)."""
        group, dossier = self._group(), self.dossier
        if group is None or dossier is None:
            return False
        if values is None:
            values = self._ask_edit(group, dossier)
            if values is None:
                return False
        refs = [dossier.ref(e) for e in group.events]
        return self._do(_("Edit event"), lambda db: corrections.edit(db, refs, **values), self._id(group),
                        self._id(group))

    def _ask_edit(self, group: EventGroup, dossier: Dossier) -> dict[str, object] | None:
        from relations_desktop.present.corrections import extracted_text
        from relations_desktop.ui.event_dialogs import EventDialog
        lead = group.lead
        pairs = [dossier.pair] + ([lead.correction.pair] if lead.correction is not None else [])
        dialog = EventDialog(self.window, plain_label(_("&Edit event…")), quoted(group).text, date=lead.date,
                             type_=lead.type, pairs=pairs, names=self._names(pairs),
                             extracted=extracted_text(lead, dossier.names) if lead.state == "edited" else "")
        self.dialog = dialog
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def note(self, text: str | None = None) -> bool:
        group, dossier = self._group(), self.dossier
        if group is None or dossier is None:
            return False
        lead = next((e for e in group.events if e.note), quoted(group))
        if text is None:
            from relations_desktop.ui.event_dialogs import NoteDialog
            dialog = NoteDialog(self.window, lead.text, lead.note)
            self.dialog = dialog
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            text = dialog.note()
        ref = dossier.ref(lead)
        return self._do(_("Note on event"), lambda db: corrections.set_note(db, ref, text), self._id(group),
                        self._id(group))

    def restore(self) -> bool:
        """Show the extracted event: every correction of the selected one undone."""
        group, dossier = self._group(), self.dossier
        if group is None or dossier is None:
            return False
        refs = [dossier.ref(e) for e in group.events if e.correction is not None]
        after = next((e.id for e in group.events if e.id > 0), None)
        return self._do(plain_label(_("Show the e&xtracted event")), lambda db: corrections.restore(db, refs),
                        self._id(group), after)

    def add(self, values: dict[str, object] | None = None) -> bool:
        """Add event… from the words selected in a source passage (the cursor's sentence without a
        selection); date, type and countries proposed from them (``values`` instead of asking)."""
        dossier = self.dossier
        where = self.selection()
        if dossier is None or where is None:
            self._tell(_("Add event"), _("Select the words of a source passage that tell of the event, then "
                                          "choose Add event again."))
            return False
        doc, (start, end), selection = where
        from relations_desktop.present.proposal import propose
        (sentence,) = doc.texts([(start, end)])
        proposal = propose(sentence, start, selection, dossier.pair)
        if values is None:
            from relations_desktop.ui.event_dialogs import EventDialog
            pairs = [proposal.pair, dossier.pair]
            dialog = EventDialog(self.window, plain_label(_("&Add event…")), sentence, date=proposal.date,
                                 type_=proposal.type, pairs=pairs, names=self._names(pairs), with_note=True)
            self.dialog = dialog
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        date = str(values.get("date") or "")
        cue = proposal.cue if proposal.cue and correction_values.date_value(date)[0] == proposal.date else None
        new = corrections.NewEvent(doc.sha256, start, end, sentence, *(cue or (None, None)),
                                   values.get("pair") or proposal.pair, date, str(values.get("type") or proposal.type),
                                   str(values.get("note") or ""), corrections.document_name(doc))
        return self._do(_("Add event"), lambda db: corrections.add(db, new), self._id(self._group()), None,
                        select_added=True)

    def selection(self) -> tuple[SourceDocument, tuple[int, int], tuple[int, int]] | None:
        """The document, the sentence (offsets) and the selected span (offsets) in the source text:
        the selection, or the sentence at the cursor."""
        pane = self.window.relationship
        sources = pane.sources
        cursor = sources.text.textCursor()
        a, b = sorted((cursor.anchor(), cursor.position()))
        doc, first = sources.location_at(a)
        if doc is None or first is None:
            return None
        last = first
        if b > a:
            end_doc, end = sources.location_at(b)
            if end_doc is doc and end is not None:
                last = end
        passage = sources.passage_span(doc.id, first)
        if passage is None:
            return None
        from relations_desktop.store.documents import sentence_at
        span = sentence_at(self.window.library.conn, doc.id, first, first + 1) if self.window.library.conn else None
        if span is None or not (passage[0] <= span[0] and span[1] <= passage[1]):
            from relations_desktop.ui.reading_menus import sentence_around
            (text,) = doc.texts([passage])
            s, e = sentence_around(text, first - passage[0], 0, len(text))
            span = (passage[0] + s, passage[0] + e)
        return doc, span, (max(first, span[0]), min(last, span[1]))

    def select_in_sources(self, document_id: int, start: int, end: int) -> bool:
        """Select a span of the source text, as a reader would with the mouse (tests, the manual)."""
        sources = self.window.relationship.sources
        s, e = sources.position_of(document_id, start), sources.position_of(document_id, end)
        if s is None or e is None:
            return False
        cursor = QTextCursor(sources.text.document())
        cursor.setPosition(s)
        cursor.setPosition(e, QTextCursor.MoveMode.KeepAnchor)
        sources.text.setTextCursor(cursor)
        return True

    def delete(self, ids: list[int]) -> bool:
        """Remove corrections (the review list); the events as extracted again."""
        return self._do(_("Remove corrections"), lambda db: corrections.delete(db, ids), self._id(self._group()),
                        self._id(self._group()))

    def merge(self, found: list, edits: list) -> Change | None:
        """Add the corrections read from a file (undone as one step)."""
        step = self._do(_("Add corrections from a file"), lambda db: corrections.merge(db, found, edits),
                        self._id(self._group()), self._id(self._group()))
        return self.stack.command(self.stack.index() - 1).change if step else None

    def edit_document(self, sha256: str, original: dict[str, str | None], fields: dict[str, str | None]) -> bool:
        return self._do(_("Correct document details"),
                        lambda db: corrections.edit_document(db, sha256, original, fields),
                        self._id(self._group()), self._id(self._group()))

    # ----- machinery
    def _names(self, pairs: list) -> dict[str, dict[str, str]]:
        from relations_desktop.store.queries import country_names
        conn = self.window.library.conn
        return country_names(conn) if conn is not None else {}

    @property
    def user_db(self) -> Path:
        return self.window.library.user_corpus_path()

    def _do(self, text: str, write: Write, before: int | None, after: int | None, select_added: bool = False) -> bool:
        try:
            change = write(self.user_db)
        except (CorrectionError, DatabaseError) as exc:
            self._failed(exc)
            return False
        if change.empty:
            return False
        if select_added:
            added = change.corrections()
            after = -added[0].id if added else after
        self.stack.push(_Step(self, text, change, before, after))
        return True

    def write_back(self, change: Change, forward: bool) -> None:
        try:
            (corrections.redo if forward else corrections.undo)(self.user_db, change)
        except DatabaseError as exc:
            self._failed(exc)

    def _failed(self, exc: Exception) -> None:
        from relations_desktop.present.messages import NOTHING_CHANGED, correction_error_message, database_error_message
        if isinstance(exc, CorrectionError):
            self._tell(_("The correction was not made"), correction_error_message(exc))
        else:
            self._tell(_("The correction was not made"), database_error_message(exc),  # type: ignore[arg-type]
                       _(NOTHING_CHANGED))

    def _tell(self, title: str, text: str, detail: str = "") -> None:
        from relations_desktop.ui import dialogs
        self.last_message = dialogs.message(self.window, title, text, detail)
        self.last_message.open()

    def _changed(self, select: int | None) -> None:
        """Read the relationship shown again, the timeline where it was, and select the event
        ``select``. A library made by the correction is opened first; the lists are read again
        too when an event moved to another pair, or was added (else the partners' counts). One
        over the reader's threshold is read on its thread (shown as it was meanwhile)."""
        window, pair = self.window, self.window.current_pair
        if self.relates and self.landing is not None and self.landing != pair:     # it left the list: say where
            window.status.tell(_("The event is now listed under {pair}.").format(pair=self._pair_name(self.landing)))
        conn = window.library.conn
        reload = conn is not None and (self.relates or "user" not in attached_schemas(conn)) and \
            window.library.user_corpus_path().exists()
        if conn is not None and not reload:
            window.lists.recount()          # the partners' counts: a hidden or restored event
            window.library.recount()        # the library's totals (the status bar)
            window.status.relabel()
        if reload:
            window.library.reload()           # shows the relationship again
            if window.current_pair is None and self.landing is not None:    # gone with the step's event:
                window.open_pair(*self.landing)                             # go where the event is
        elif pair is not None and conn is not None and window.reader.large(conn, pair):
            window.after_read = (True, select)
            window.reader.start(conn, pair, window.library.open_reader, window.relationship.planner(True))
            return
        elif pair is not None and conn is not None:
            from relations_desktop.present.dossier import load_dossier
            window.dossier = load_dossier(conn, pair)
            window.relationship.show_dossier(window.dossier, keep_view=True)
        if window.relationship.reading is not None:
            window.after_read = (False, select)     # the library opened again: it is being read
        elif not window.relationship.select_event(select):
            window.commands.set_event_enabled(False)

    def _pair_name(self, pair: Pair) -> str:
        """A pair in the interface language, the selected country first."""
        lists = self.window.lists
        a, b = pair if lists.selected_country() != pair[1] else (pair[1], pair[0])
        return labels.pair_name(lists.country_name(a), lists.country_name(b))

    def relabel(self) -> None:
        """Undo and Redo say what they would undo or redo (the window's language)."""
        c = self.window.commands
        try:
            self.stack.index()
        except RuntimeError:          # the window is closing: its stack is gone
            return
        for action, can, text, template in (
                (c.undo, self.stack.canUndo(), self.stack.undoText(), _("Undo: {action}")),
                (c.redo, self.stack.canRedo(), self.stack.redoText(), _("Redo: {action}"))):
            action.setEnabled(can)
            action.setToolTip(template.format(action=text) if can else plain_label(action.text()))

    def undo(self) -> None:
        self.stack.undo()

    def redo(self) -> None:
        self.stack.redo()

    def event_of(self, event_id: int) -> EventRow | None:
        dossier = self.dossier
        if dossier is None:
            return None
        return next((e for g in dossier.groups for e in g.events if e.id == event_id), None)

