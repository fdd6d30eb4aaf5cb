"""File ▸ Export PDF…: ask where, confirm replacing, write atomically, report in the interface language."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from relations_desktop import i18n
from relations_desktop.errors import ExportError
from relations_desktop.export.summary_pdf import export
from relations_desktop.i18n import _
from relations_desktop.present.messages import export_error_message
from relations_desktop.store import queries
from relations_desktop.ui import dialogs

if TYPE_CHECKING:
    from relations_desktop.ui.mainwindow import MainWindow


def suggested_path(window: MainWindow) -> Path:
    folder = window.settings.value("export_folder")
    if not (isinstance(folder, str) and Path(folder).is_dir()):
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    a, b = window.current_pair or ("", "")
    return Path(folder) / f"{a}-{b}_{i18n.current_language()}.pdf"


def save_dialog(window: MainWindow) -> QFileDialog:
    """A save dialog whose every label is in the interface language (Qt's own are not)."""
    dlg = QFileDialog(window, _("Export PDF"))
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dlg.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dlg.setFileMode(QFileDialog.FileMode.AnyFile)
    dlg.setNameFilter(_("PDF documents (*.pdf)"))
    dlg.setDefaultSuffix("pdf")
    path = suggested_path(window)
    dlg.setDirectory(str(path.parent))
    dlg.selectFile(path.name)
    dlg.setLabelText(QFileDialog.DialogLabel.LookIn, _("Look in:"))
    dlg.setLabelText(QFileDialog.DialogLabel.FileName, _("File name:"))
    dlg.setLabelText(QFileDialog.DialogLabel.FileType, _("File type:"))
    dlg.setLabelText(QFileDialog.DialogLabel.Accept, _("Save"))
    dlg.setLabelText(QFileDialog.DialogLabel.Reject, _("Cancel"))
    return dlg


def ask_path(window: MainWindow) -> Path | None:
    dlg = save_dialog(window)
    if dlg.exec() != QFileDialog.DialogCode.Accepted or not dlg.selectedFiles():
        return None
    return Path(dlg.selectedFiles()[0])


def export_to(window: MainWindow, target: Path, *, confirm_replace: bool = True) -> Path | None:
    """Export the current relationship to ``target``; errors become a message box."""
    if window.dossier is None or window.conn is None:
        return None
    overwrite = False
    if target.exists():
        if confirm_replace and not dialogs.confirm(
                window, _("Replace file?"),
                _("A file named {name} already exists. Replace it?").format(name=target.name), _("Replace")):
            return None
        overwrite = True
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        path = export(window.dossier, target, overwrite=overwrite,
                      corpus_version=queries.corpus_version(window.conn))
    except ExportError as exc:
        QApplication.restoreOverrideCursor()
        window.last_message = dialogs.message(window, _("Export failed"), export_error_message(exc),
                                              _("Nothing was written."), QMessageBox.Icon.Warning)
        window.last_message.open()
        return None
    QApplication.restoreOverrideCursor()
    window.settings.setValue("export_folder", str(path.parent))
    window.statusBar().showMessage(_("Saved {path}").format(path=path), 8000)
    return path


def export_current(window: MainWindow) -> Path | None:
    target = ask_path(window)
    return export_to(window, target) if target else None
