"""File ▸ Export PDF…: ask where, confirm replacing, write atomically, report in the interface
language. Takes what it exports as arguments; says what it saved with ``saved(path)``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from relations_desktop import i18n
from relations_desktop.errors import ExportError
from relations_desktop.i18n import _
from relations_desktop.present.messages import export_error_message
from relations_desktop.ui import dialogs
from relations_desktop.ui.settings import EXPORT_FOLDER

if TYPE_CHECKING:
    from relations_desktop.present.dossier import Dossier


class PdfExporter(QObject):
    """Exports a dossier to PDF for the window ``parent``; ``message`` is the last failure shown."""

    saved = Signal(object)

    def __init__(self, parent: QWidget, store: QSettings) -> None:
        super().__init__(parent)
        self.window = parent
        self.store = store
        self.message: QMessageBox | None = None

    def suggested_path(self, pair: tuple[str, str] | None) -> Path:
        folder = EXPORT_FOLDER.read(self.store)
        if not (folder and Path(folder).is_dir()):
            folder = (QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                      or str(Path.home()))
        a, b = pair or ("", "")
        return Path(folder) / f"{a}-{b}_{i18n.current_language()}.pdf"

    def save_dialog(self, pair: tuple[str, str] | None) -> QFileDialog:
        """A save dialog whose every label is in the interface language (Qt's own are not)."""
        dlg = QFileDialog(self.window, _("Export PDF"))
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dlg.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.setFileMode(QFileDialog.FileMode.AnyFile)
        dlg.setNameFilter(_("PDF documents (*.pdf)"))
        dlg.setDefaultSuffix("pdf")
        path = self.suggested_path(pair)
        dlg.setDirectory(str(path.parent))
        dlg.selectFile(path.name)
        dlg.setLabelText(QFileDialog.DialogLabel.LookIn, _("Look in:"))
        dlg.setLabelText(QFileDialog.DialogLabel.FileName, _("File name:"))
        dlg.setLabelText(QFileDialog.DialogLabel.FileType, _("File type:"))
        dlg.setLabelText(QFileDialog.DialogLabel.Accept, _("Save"))
        dlg.setLabelText(QFileDialog.DialogLabel.Reject, _("Cancel"))
        return dlg

    def export(self, dossier: Dossier, corpus_version: str) -> Path | None:
        """Ask where, then export; None when cancelled or failed."""
        dlg = self.save_dialog(dossier.pair)
        if dlg.exec() != QFileDialog.DialogCode.Accepted or not dlg.selectedFiles():
            return None
        return self.export_to(dossier, Path(dlg.selectedFiles()[0]), corpus_version)

    def export_to(self, dossier: Dossier, target: Path, corpus_version: str, *,
                  confirm_replace: bool = True) -> Path | None:
        """Export to ``target``; a failure becomes a message box (``message``) and None."""
        from relations_desktop.export.summary_pdf import export
        overwrite = False
        if target.exists():
            if confirm_replace and not dialogs.confirm(
                    self.window, _("Replace file?"),
                    _("A file named {name} already exists. Replace it?").format(name=target.name), _("Replace")):
                return None
            overwrite = True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = export(dossier, target, overwrite=overwrite, corpus_version=corpus_version)
        except ExportError as exc:
            QApplication.restoreOverrideCursor()
            self.message = dialogs.message(self.window, _("Export failed"), export_error_message(exc),
                                           _("Nothing was written."), QMessageBox.Icon.Warning)
            self.message.open()
            return None
        QApplication.restoreOverrideCursor()
        EXPORT_FOLDER.write(self.store, str(path.parent))
        self.saved.emit(path)
        return path
