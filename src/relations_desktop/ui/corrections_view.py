"""Edit ▸ Corrections…: every correction the reader made, with where it stands now (applied, its
sentence moved, its sentence or document gone: reported, never dropped); go to one, remove some
(undone with Ctrl+Z like any correction), save them all to a JSON file or add those of a file
(a class, a team sharing theirs)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from relations_desktop.i18n import _, ngettext
from relations_desktop.i18n.formatting import format_number
from relations_desktop.present.corrections import describe, document_text, pair_text, status_text
from relations_desktop.store.anchors import FOUND, Located

COLUMNS = 5       # relationship, what, where it stands, document, sentence


class CorrectionsDialog(QDialog):
    """The review list of the window's library."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("correctionsDialog")
        self.setWindowTitle(_("Corrections"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setHorizontalHeaderLabels([_("Relationship"), _("Correction"), _("Status"), _("Document"),
                                              _("Source sentence")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(_("Corrections"))
        self.table.doubleClicked.connect(lambda _i: self.go_to())
        buttons = QDialogButtonBox(self)
        self.go_button = QPushButton(_("&Go to event"), self)
        self.remove_button = QPushButton(_("&Remove selected…"), self)
        self.export_button = QPushButton(_("&Save to a file…"), self)
        self.import_button = QPushButton(_("&Add from a file…"), self)
        for b in (self.go_button, self.remove_button, self.export_button, self.import_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(_("Close"), QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, lambda: self.remove(),
                  context=Qt.ShortcutContext.WidgetShortcut)        # as Remove selected…, which asks first
        self.go_button.clicked.connect(self.go_to)
        self.remove_button.clicked.connect(lambda: self.remove())
        self.export_button.clicked.connect(lambda: self.export())
        self.import_button.clicked.connect(lambda: self.import_file())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.located: list[Located] = []
        self.resize(980, 460)
        self.refresh()
        window.corrector.changed.connect(lambda _e: self.refresh())

    @classmethod
    def show_for(cls, window: Any) -> CorrectionsDialog:
        dialog = cls(window)
        window.corrections_dialog = dialog
        dialog.open()
        return dialog

    def refresh(self) -> None:
        from relations_desktop.store.corrected import review
        from relations_desktop.store.queries import country_names
        conn = self.window.library.conn
        self.located = review(conn) if conn is not None else []
        names = country_names(conn) if conn is not None else {}
        self.table.setRowCount(len(self.located))
        for row, w in enumerate(self.located):
            c = w.correction
            cells = [pair_text(c.corrected_pair, names), describe(c, names), status_text(w.status),
                     document_text(w.document, c.sha256), " ".join(c.sentence.split())]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                if col == 3:
                    item.setToolTip(w.document.file or c.sha256)
                if col == 4:
                    item.setToolTip(" ".join(c.sentence.split()))
                self.table.setItem(row, col, item)
        lost = sum(1 for w in self.located if w.status not in FOUND)
        text = ngettext("{n} correction.", "{n} corrections.", len(self.located)).format(
            n=format_number(len(self.located))) if self.located else _("You have not corrected any event yet.")
        if lost:
            text += " " + ngettext("{n} of them no longer finds its event or sentence; it is kept, and shown here.",
                                   "{n} of them no longer find their event or sentence; they are kept, and shown here.",
                                   lost).format(n=format_number(lost))
        self.summary.setText(text)
        for col, width in enumerate((180, 300, 150, 170)):
            self.table.setColumnWidth(col, width)
        for b in (self.go_button, self.remove_button, self.export_button):
            b.setEnabled(bool(self.located))
        if self.located and not self.table.selectedItems():
            self.table.selectRow(0)

    def _selected(self) -> list[Located]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.located[r] for r in rows if r < len(self.located)]

    def go_to(self) -> bool:
        """Show the selected correction's relationship with its event selected."""
        chosen = self._selected()
        if not chosen:
            return False
        c = chosen[0].correction
        a, b = c.corrected_pair
        if not self.window.open_pair(a, b):
            return False
        pane = self.window.relationship
        for g in pane.dossier.groups if pane.dossier else []:
            if any(e.correction is not None and e.correction.id == c.id for e in g.events):
                pane.select_group(g)
                break
        self.accept()
        return True

    def remove(self, confirmed: bool = False) -> bool:
        chosen = self._selected()
        if not chosen or not self.window.check_writable():
            return False
        from relations_desktop.ui.dialogs import confirm
        if not confirmed and not confirm(self, _("Remove corrections?"), ngettext(
                "Remove {n} correction? The event is shown as extracted again (Undo brings it back).",
                "Remove {n} corrections? The events are shown as extracted again (Undo brings them back).",
                len(chosen)).format(n=format_number(len(chosen))), _("Remove")):
            return False
        return self.window.corrector.delete([w.correction.id for w in chosen])

    def export(self, path: Path | None = None) -> Path | None:
        """Save every correction and document detail to a JSON file."""
        import datetime as _dt

        from relations_desktop.errors import DatabaseError, ExportError
        from relations_desktop.export.writer import write_atomic
        from relations_desktop.present.messages import database_error_message, export_error_message
        from relations_desktop.store.correction_file import to_json
        from relations_desktop.store.corrections import layer
        from relations_desktop.store.documents import names_by_hash
        if path is None:
            chosen = self._file(_("Save corrections"), save=True)
            if chosen is None:
                return None
            path = chosen
        conn = self.window.library.conn
        try:
            found, edits = layer(self.window.library.reading_path())
            data = to_json(found, edits, documents=names_by_hash(conn) if conn is not None else {},
                           exported=_dt.date.today().isoformat())
            saved = write_atomic(path, data, overwrite=True)
            self.window.status.tell(_("Saved {path}").format(path=saved))     # beside the dialog
            return saved
        except ExportError as exc:
            self._tell(_("The corrections were not saved"), export_error_message(exc))
        except DatabaseError as exc:
            self._tell(_("The corrections were not saved"), database_error_message(exc))
        return None

    def import_file(self, path: Path | None = None) -> bool:
        """Add the corrections of a JSON file (one step of Undo)."""
        from relations_desktop.errors import CorrectionError
        from relations_desktop.present.messages import correction_error_message
        from relations_desktop.store.correction_file import from_json
        if not self.window.check_writable():
            return False
        if path is None:
            path = self._file(_("Add corrections from a file"), save=False)
            if path is None:
                return False
        try:
            found, edits = from_json(Path(path).read_bytes())
        except CorrectionError as exc:
            self._tell(_("The corrections were not added"), correction_error_message(exc))
            return False
        except OSError as exc:
            self._tell(_("The corrections were not added"), str(exc.strerror or exc))
            return False
        return self.window.corrector.merge(found, edits) is not None

    def _file(self, title: str, save: bool) -> Path | None:
        from relations_desktop.ui.export_action import documents_folder
        dlg = QFileDialog(self, title)
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
        dlg.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
        dlg.setNameFilters([_("JSON data (*.json)")])
        dlg.setDefaultSuffix("json")
        dlg.setDirectory(documents_folder())
        if save:
            dlg.selectFile("corrections.json")
        dlg.setLabelText(QFileDialog.DialogLabel.Accept, _("Save") if save else _("Add corrections"))
        dlg.setLabelText(QFileDialog.DialogLabel.Reject, _("Cancel"))
        if dlg.exec() != QFileDialog.DialogCode.Accepted or not dlg.selectedFiles():
            return None
        return Path(dlg.selectedFiles()[0])

    def _tell(self, title: str, text: str) -> None:
        from relations_desktop.ui import dialogs
        self.last_message = dialogs.message(self, title, text)
        self.last_message.open()


