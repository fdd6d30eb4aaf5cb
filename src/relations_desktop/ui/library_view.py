"""File ▸ Library…: every document of the library in one sortable, filterable table (title,
language, kind, source, date, relationships, events, bundled or imported), near-duplicate
copies under their original as alternative sources of it. Open one in full with its highlights,
correct its details (kept in the user's library, the bundled database untouched; undone with
Ctrl+Z), remove an imported one."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from relations_desktop.i18n import N_, _, ngettext
from relations_desktop.i18n.formatting import format_event_date, format_number
from relations_desktop.present import labels
from relations_desktop.store.queries import EDITED_FIELDS, DocumentInfo
from relations_desktop.ui.delegates import RoomyRowDelegate
from relations_desktop.ui.dialogs import ok_cancel
from relations_desktop.ui.language_notifier import notifier

IdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
TITLE, LANGUAGE, KIND, SOURCE, DATE, RELATIONSHIPS, EVENTS, ORIGIN = range(8)
UNTITLED = N_("No title of its own: named after its opening line or its relationships")


def _headers() -> list[str]:
    return [_("Title"), _("Language"), _("Kind"), _("Source"), _("Date"), _("Relationships"), _("Events"),
            _("Where from")]


def _cells(d: DocumentInfo, title: str, events: int, names: dict[str, dict[str, str]], lang: str
           ) -> list[tuple[str, object]]:
    """(text, sort key) of each column; the title's and the source's keys are ranks (``_ranks``)."""
    def name(code: str) -> str:
        return names.get(code, {}).get(lang, code)
    pairs = ", ".join(labels.pair_name(name(a), name(b)) for a, b in d.pairs)
    origin = _("Comes with the app") if d.origin == "bundled" else _("Added by you")
    return [(title, 0), (labels.language_name(d.lang), d.lang),
            (labels.document_kind(d.kind), d.kind), (d.source or "", 0),
            (format_event_date(d.published) if d.published else "", d.published or ""),
            (pairs, len(d.pairs)), (format_number(events), events), (origin, d.origin)]


def _ranks(texts: list[str], lang: str) -> list[int]:
    """Each text's place in alphabetical order, by the Unicode collation (Bengali, Devanagari and
    Latin each in their own alphabet's order, not by code point), the interface language's script
    first (as CLDR orders a Bengali or Hindi locale's own script before the others)."""
    from relations_desktop.i18n.collate import sort_keys
    from relations_desktop.textnorm import word_script
    own = {"bn": "bn", "hi": "hi"}.get(lang, "latin")
    keys = [(word_script(t.lstrip()) != own, key) for t, key in zip(texts, sort_keys(t.casefold() for t in texts),
                                                                   strict=True)]
    order = sorted(range(len(texts)), key=keys.__getitem__)
    ranks = [0] * len(texts)
    for rank, i in enumerate(order):
        ranks[i] = rank
    return ranks


class LibraryDialog(QDialog):
    """The library's documents (of the window's open corpus)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("libraryDialog")
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, 8, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTreeView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)       # A to Z until the reader sorts
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setItemDelegate(RoomyRowDelegate(self.view))
        self.view.activated.connect(lambda _i: self.open_document())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        for b in (self.open_button, self.edit_button, self.remove_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(lambda: self.open_document())
        self.edit_button.clicked.connect(lambda: self.edit_details())
        self.remove_button.clicked.connect(lambda: self.remove())
        for keys, slot in ((QKeySequence("F2"), self.edit_details), (QKeySequence.StandardKey.Delete, self.remove)):
            QShortcut(keys, self.view, lambda slot=slot: slot(), context=Qt.ShortcutContext.WidgetShortcut)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.docs: dict[int, DocumentInfo] = {}
        self.resize(1220, 560)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._enable())
        window.library.changed.connect(self.refresh)
        window.corrector.changed.connect(lambda _e: self.refresh())
        notifier().changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self, _lang: str | None = None) -> None:
        """Its words in the interface language (it stays open while the language is switched)."""
        self.setWindowTitle(_("Library"))
        self.filter.setPlaceholderText(_("Filter documents: title, source, language, country…"))
        self.filter.setAccessibleName(_("Filter documents"))
        self.view.setAccessibleName(_("Library"))
        self.open_button.setText(_("&Open"))
        self.edit_button.setText(_("&Edit details…"))
        self.remove_button.setText(_("&Remove…"))
        self.close_button.setText(_("Close"))
        self.refresh()

    @classmethod
    def show_for(cls, window: Any) -> LibraryDialog:
        dialog = cls(window)
        window.library_dialog = dialog
        dialog.show()
        dialog.filter.setFocus()
        return dialog

    def refresh(self) -> None:
        """Read the documents again (after an import, a removal, a correction of details)."""
        from relations_desktop.i18n import current_language
        from relations_desktop.store.documents import document_counts, openings
        from relations_desktop.store.queries import country_names, documents
        conn = self.window.library.conn
        current = self.current_id()
        docs = documents(conn) if conn is not None else []
        counts = document_counts(conn) if conn is not None else {}
        names = country_names(conn) if conn is not None else {}
        opened = openings(conn, [d.id for d in docs if not (d.title or "").strip()]) if conn is not None else {}
        lang = current_language()
        titles = [labels.document_name(d.title, opened.get(d.id), d.pairs, names, lang) for d in docs]
        titles = [(name or d.file, own and bool(name)) for d, (name, own) in zip(docs, titles, strict=True)]
        title_ranks = _ranks([t for t, _own in titles], lang)
        source_ranks = _ranks([d.source or "" for d in docs], lang)
        self.docs = {d.id: d for d in docs}
        self.model.removeRows(0, self.model.rowCount())
        self.model.setHorizontalHeaderLabels(_headers())
        rows: dict[int, list[QStandardItem]] = {}
        copies: list[DocumentInfo] = []
        for i, d in enumerate(docs):
            items = []
            for text, key in _cells(d, titles[i][0], counts.get(d.id, 0), names, lang):
                item = QStandardItem(text)
                item.setData(d.id, IdRole)
                item.setData(key, SortRole)
                item.setToolTip(text)
                items.append(item)
            items[TITLE].setData(title_ranks[i], SortRole)
            items[SOURCE].setData(source_ranks[i], SortRole)
            if not titles[i][1]:           # no title of its own: what stands for one, in italics
                font = items[TITLE].font()
                font.setItalic(True)
                items[TITLE].setFont(font)
                items[TITLE].setToolTip(f"{titles[i][0]}\n{_(UNTITLED)}\n{d.file}")
            else:
                items[TITLE].setToolTip(f"{titles[i][0]}\n{d.file}")
            rows[d.id] = items
            (copies if d.duplicate_of is not None and d.duplicate_of in self.docs else []).append(d)
        for d in docs:
            if d not in copies:
                self.model.appendRow(rows[d.id])
        for d in copies:
            original = rows[d.duplicate_of][TITLE]       # type: ignore[index]
            item = rows[d.id][TITLE]
            item.setToolTip(_("Near-duplicate of “{title}”: an alternative source of the same text").format(
                title=self.docs[d.duplicate_of].title or self.docs[d.duplicate_of].file))   # type: ignore[index]
            original.appendRow(rows[d.id])
        self.view.expandAll()
        self.view.sortByColumn(self.view.header().sortIndicatorSection(), self.view.header().sortIndicatorOrder())
        for col in (LANGUAGE, KIND, DATE, EVENTS, ORIGIN):
            self.view.resizeColumnToContents(col)
        self.view.setColumnWidth(TITLE, 280)
        self.view.setColumnWidth(SOURCE, 140)
        self.view.setColumnWidth(RELATIONSHIPS, 200)
        mine = sum(1 for d in docs if d.origin == "user")
        self.summary.setText(ngettext("{n} document", "{n} documents", len(docs)).format(n=format_number(len(docs)))
                             + " · " + (_("{n} added by you").format(n=format_number(mine)) if mine
                                        else _("none added by you"))
                             + (" · " + ngettext("{n} near-duplicate", "{n} near-duplicates", len(copies)).format(
                                 n=format_number(len(copies))) if copies else ""))
        if current is not None:
            self.select(current)
        elif self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        self._enable()

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def current(self) -> DocumentInfo | None:
        doc_id = self.current_id()
        return self.docs.get(doc_id) if doc_id is not None else None

    def select(self, doc_id: int) -> bool:
        matches = self.proxy.match(self.proxy.index(0, 0), IdRole, doc_id, 1,
                                   Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        if matches:
            self.view.setCurrentIndex(matches[0])
        return bool(matches)

    def _enable(self) -> None:
        d = self.current()
        self.open_button.setEnabled(d is not None)
        self.edit_button.setEnabled(d is not None)
        self.remove_button.setEnabled(d is not None and d.origin == "user")
        self.remove_button.setToolTip(_("Only documents you added can be removed") if d is not None and
                                      d.origin != "user" else "")

    def open_document(self) -> QDialog | None:
        from relations_desktop.store.documents import source_document
        from relations_desktop.store.queries import highlights
        from relations_desktop.ui.document_view import DocumentDialog
        d, conn = self.current(), self.window.library.conn
        doc = source_document(conn, d.id) if d is not None and conn is not None else None
        if doc is None or conn is None:
            return None
        self.document_dialog = DocumentDialog(self, doc, None, partial(highlights, conn))
        self.document_dialog.show()
        return self.document_dialog

    def edit_details(self, fields: dict[str, str] | None = None) -> bool:
        """Correct the document's details (``fields`` instead of asking: title, source, url, author, published)."""
        from relations_desktop.store.documents import original_details
        d, conn = self.current(), self.window.library.conn
        if d is None or conn is None or not self.window.check_writable():
            return False
        if fields is None:
            dialog = DetailsDialog(self, d)
            self.details_dialog = dialog
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            fields = dialog.values()
        return self.window.corrector.edit_document(d.sha256, original_details(conn, d.id), fields)

    def remove(self, confirmed: bool = False) -> bool:
        d = self.current()
        if d is None or d.origin != "user" or not self.window.check_writable():
            return False
        from relations_desktop.ui.dialogs import confirm
        if not confirmed and not confirm(self, _("Remove document?"), _(
                "Remove “{file}” from your library? This cannot be undone.").format(file=d.title or d.file),
                _("Remove")):
            return False
        self.job = self.window.library.remove_documents([d.id])
        return True


class DetailsDialog(QDialog):
    """A document's title, source, address, author and date, as the reader corrects them."""

    def __init__(self, parent: QWidget | None, d: DocumentInfo) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Document details"))
        self.setObjectName("detailsDialog")
        self.fields = {name: QLineEdit(getattr(d, name) or "", self) for name in EDITED_FIELDS}
        self.fields["published"].setPlaceholderText(_("e.g. 2019 or 2019-03-21"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(_("File:"), QLabel(d.file, self))
        for name, label in zip(EDITED_FIELDS, (_("&Title:"), _("&Source:"), _("&Web address:"), _("A&uthor:"),
                                               _("Publication &date:")), strict=True):
            form.addRow(label, self.fields[name])
        note = QLabel(_("Your corrections are kept in your library; the document itself is not changed.")
                      if d.origin == "bundled" else _("Your corrections are kept in your library."), self)
        note.setWordWrap(True)
        buttons = ok_cancel(self)[0]
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        from relations_desktop.errors import CorrectionError
        from relations_desktop.present.messages import correction_error_message
        from relations_desktop.store.correction_values import date_value
        text = self.fields["published"].text()
        try:
            value, precision = date_value(text)
        except CorrectionError as exc:
            self.error.setText(correction_error_message(exc))
            self.error.show()
            return
        if precision == "range":
            self.error.setText(correction_error_message(CorrectionError(text, "bad_date")))
            self.error.show()
            return
        self.fields["published"].setText(value or "")
        super().accept()

    def values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.fields.items()}
