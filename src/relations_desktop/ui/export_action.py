"""File ▸ Export PDF… / Export timeline… / Export sources…: ask where and in which format (the
save dialog's file types), confirm replacing, write atomically, report in the interface
language. Takes what it exports as arguments; says what it saved with ``saved(path)``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from relations_desktop import i18n
from relations_desktop.errors import ExportError
from relations_desktop.export.formats import FORMATS, SOURCES, SUMMARY, TIMELINE, formats_of, suggested_name
from relations_desktop.i18n import N_, _
from relations_desktop.present.messages import export_error_message
from relations_desktop.ui import dialogs
from relations_desktop.ui.settings import EXPORT_FOLDER

if TYPE_CHECKING:
    from relations_desktop.present.dossier import Dossier

# The save dialog's file types, one per format; what each is for, where the name alone does not say.
FILE_TYPES = {
    "pdf": N_("PDF documents (*.pdf)"),
    "csv": N_("CSV table, for spreadsheets (*.csv)"),
    "json": N_("JSON data (*.json)"),
    "svg": N_("SVG drawing (*.svg)"),
    "png": N_("PNG image (*.png)"),
    "ris": N_("RIS, for Zotero, Mendeley and EndNote (*.ris)"),
    "bibtex": N_("BibTeX, for LaTeX (*.bib)"),
    "csljson": N_("CSL-JSON, for pandoc and Zotero (*.json)"),
}
TITLES = {SUMMARY: N_("Export PDF"), TIMELINE: N_("Export timeline"), SOURCES: N_("Export sources")}


def documents_folder() -> str:
    """The user's Documents folder as the system names it (QStandardPaths), made if missing."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder:
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
            return folder
        except OSError:
            pass
    return str(Path.home())


class Exporter(QObject):
    """Exports a dossier for the window ``parent``; ``message`` is the last failure shown."""

    saved = Signal(object)

    def __init__(self, parent: QWidget, store: QSettings) -> None:
        super().__init__(parent)
        self.window = parent
        self.store = store
        self.message: QMessageBox | None = None

    def suggested_path(self, pair: tuple[str, str] | None, fmt: str = "pdf") -> Path:
        """In the folder of the last export, the first time the user's Documents folder (made
        if the system names one that does not exist yet)."""
        folder = EXPORT_FOLDER.read(self.store)
        if not (folder and Path(folder).is_dir()):
            folder = documents_folder()
        return Path(folder) / suggested_name(pair or ("", ""), fmt, i18n.current_language())

    def save_dialog(self, pair: tuple[str, str] | None, kind: str = SUMMARY) -> QFileDialog:
        """A save dialog with a file type per format of ``kind``, every label in the interface
        language (Qt's own are not); changing the type changes the name's suffix."""
        formats = formats_of(kind)
        dlg = QFileDialog(self.window, _(TITLES[kind]))
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dlg.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.setFileMode(QFileDialog.FileMode.AnyFile)
        dlg.setNameFilters([_(FILE_TYPES[f.name]) for f in formats])
        dlg.setDefaultSuffix(formats[0].suffix.lstrip("."))
        path = self.suggested_path(pair, formats[0].name)
        dlg.setDirectory(str(path.parent))
        dlg.selectFile(path.name)

        def on_type(name_filter: str) -> None:
            fmt = self.format_of_filter(dlg, kind, name_filter)
            dlg.setDefaultSuffix(FORMATS[fmt].suffix.lstrip("."))
            dlg.selectFile(suggested_name(pair or ("", ""), fmt, i18n.current_language()))

        dlg.filterSelected.connect(on_type)
        dlg.setLabelText(QFileDialog.DialogLabel.LookIn, _("Look in:"))
        dlg.setLabelText(QFileDialog.DialogLabel.FileName, _("File name:"))
        dlg.setLabelText(QFileDialog.DialogLabel.FileType, _("File type:"))
        dlg.setLabelText(QFileDialog.DialogLabel.Accept, _("Save"))
        dlg.setLabelText(QFileDialog.DialogLabel.Reject, _("Cancel"))
        return dlg

    @staticmethod
    def format_of_filter(dlg: QFileDialog, kind: str, name_filter: str | None = None) -> str:
        """The format of the file type chosen in ``dlg`` (or of ``name_filter``)."""
        chosen = name_filter if name_filter is not None else dlg.selectedNameFilter()
        formats = formats_of(kind)
        return next((f.name for f in formats if _(FILE_TYPES[f.name]) == chosen), formats[0].name)

    def export(self, dossier: Dossier, corpus_version: str, kind: str = SUMMARY) -> Path | None:
        """Ask where and in which format, then export; None when cancelled or failed."""
        dlg = self.save_dialog(dossier.pair, kind)
        if dlg.exec() != QFileDialog.DialogCode.Accepted or not dlg.selectedFiles():
            return None
        target = Path(dlg.selectedFiles()[0])
        return self.export_to(dossier, target, corpus_version, fmt=self.format_of_choice(dlg, kind, target))

    @classmethod
    def format_of_choice(cls, dlg: QFileDialog, kind: str, target: Path) -> str:
        """The format a name typed with a suffix of ``kind`` asks for ("t.png" is a PNG whatever
        file type was left chosen); otherwise the file type's."""
        suffix = target.suffix.lower()
        by_suffix = [f.name for f in formats_of(kind) if f.suffix == suffix]
        return by_suffix[0] if by_suffix else cls.format_of_filter(dlg, kind)

    def export_to(self, dossier: Dossier, target: Path, corpus_version: str, *, fmt: str = "pdf",
                  confirm_replace: bool = True) -> Path | None:
        """Export to ``target`` as ``fmt``; a failure becomes a message box (``message``) and None."""
        from relations_desktop.export.formats import write_export
        from relations_desktop.ui.timeline_image import png_bytes
        overwrite = False
        if target.exists():
            if confirm_replace and not dialogs.confirm(
                    self.window, _("Replace file?"),
                    _("A file named {name} already exists. Replace it?").format(name=target.name), _("Replace")):
                return None
            overwrite = True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = write_export(dossier, fmt, target, overwrite=overwrite, corpus_version=corpus_version,
                                rasterise=png_bytes)
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
