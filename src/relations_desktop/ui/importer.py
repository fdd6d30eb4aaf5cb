"""Import documents in a worker thread with progress and Cancel; summarise the result; manage
(remove) imported documents. The corpus core does the work; this module only reports it."""

from __future__ import annotations

import inspect
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relations_desktop.errors import DatabaseError, DocumentError
from relations_desktop.i18n import _
from relations_desktop.i18n.formatting import format_number
from relations_desktop.present.messages import NOTHING_CHANGED, database_error_message, document_error_message

if TYPE_CHECKING:
    from relations_desktop.store.userdb import ImportResult

# The library's import engine (store.userdb and the pipeline behind it) is loaded by the jobs, in
# their thread, when one first runs, and the import reports' words (present.imports, with the
# gazetteer) when a report is shown: loading them here, when a menu item opens this module, held
# the interface still for a few hundred milliseconds.

log = logging.getLogger(__name__)

FILE_ROLE = Qt.ItemDataRole.UserRole + 1     # a list item's document file name
REPORT_INTERVAL = 0.1   # seconds between progress reports; smooth to the eye


class ImportWorker(QObject):
    """Runs one job of the user corpus (an import, a removal, a re-process after an upgrade) off
    the interface thread. ``job(progress, cancelled)`` returns its result; a job that also takes
    ``waiting`` is told to call it when another writer makes it wait."""

    progress = Signal(int, int, str)
    waiting = Signal()
    done = Signal(object)
    crashed = Signal(str)

    def __init__(self, job: Callable[[Callable[[int, int, str], None], Callable[[], bool]], object]) -> None:
        super().__init__()
        self.job = job
        # Made of the result in this thread too, so the interface thread only shows it.
        self.describe: Callable[[object], str] | None = None
        self.description: str | None = None
        self._cancel = threading.Event()
        self._last_report = float("-inf")

    def cancel(self) -> None:
        self._cancel.set()

    def _report(self, done: int, total: int, name: str) -> None:
        # At most one report per REPORT_INTERVAL (and always the last): each report makes the
        # interface thread relabel and repaint the dialog, and takes the GIL from the worker.
        now = time.monotonic()
        if done < total and now - self._last_report < REPORT_INTERVAL:
            return
        self._last_report = now
        self.progress.emit(done, total, name)

    def run(self) -> None:
        try:
            if "waiting" in inspect.signature(self.job).parameters:
                result = self.job(self._report, self._cancel.is_set, waiting=self.waiting.emit)
            else:
                result = self.job(self._report, self._cancel.is_set)
        except DatabaseError as exc:   # the environment's fault: said in the user's words
            self.crashed.emit(database_error_message(exc))
            return
        except DocumentError as exc:   # a Kiwix archive that cannot be opened any more
            self.crashed.emit(_("{file} cannot be read: {reason}.").format(
                file=exc.file, reason=document_error_message(exc.reason)))
            return
        except Exception as exc:  # reported in the interface, never lost in a thread
            log.exception("a library job failed")
            self.crashed.emit(f"{type(exc).__name__}: {exc}")
            return
        if self.describe is not None:
            try:
                self.description = self.describe(result)
            except Exception:   # the interface describes it itself
                log.exception("describing a library job's result failed")
        self.done.emit(result)


def import_job(paths: list[Path], user_db: Path, bundled_db: Path | None):
    def job(progress, cancelled, waiting=None):
        from relations_desktop.store.pool import import_size, workers_for
        from relations_desktop.store.userdb import import_documents
        return import_documents(paths, user_db, bundled_db=bundled_db, progress=progress, cancelled=cancelled,
                                waiting=waiting, workers=workers_for(import_size(paths)))
    return job


def kiwix_job(path: Path, candidates: list, user_db: Path, bundled_db: Path | None):
    """Import the chosen articles of a Kiwix archive (worker processes for a big import)."""
    def job(progress, cancelled, waiting=None):
        from relations_desktop.store import kiwix
        return kiwix.import_articles(path, candidates, user_db, bundled_db=bundled_db, progress=progress,
                                     cancelled=cancelled, waiting=waiting, workers=kiwix.workers_for(len(candidates)))
    return job


def rebuild_job(user_db: Path):
    def job(progress, cancelled, waiting=None):
        from relations_desktop.store.userdb import rebuild_user_db
        return rebuild_user_db(user_db, progress=progress, cancelled=cancelled, waiting=waiting)
    return job


def remove_job(user_db: Path, ids: list[int]):
    def job(progress, cancelled, waiting=None):
        from relations_desktop.store.userdb import remove_documents
        progress(0, 1, "")
        removed = remove_documents(user_db, ids, waiting=waiting, cancelled=cancelled)
        progress(1, 1, "")
        return removed
    return job


class ImportRun(QObject):
    """A worker thread plus its progress dialog; emits ``finished(result)`` once the job has
    ended and the steps given to ``then`` have run, each in an event-loop turn of its own (so
    that the window never stands still for all of them at once)."""

    finished = Signal(object)

    def __init__(self, parent: QWidget, job, title: str | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread(self)
        self.worker = ImportWorker(job)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        from relations_desktop.ui.job_progress import JobProgress
        self.dialog = JobProgress(parent, title or _("Importing documents"),
                                  [_("Reading the documents…"), self.waiting_text()])
        self.dialog.canceled.connect(self._cancelled)
        self.worker.progress.connect(self._progress)
        self.worker.waiting.connect(self._waiting)
        self.worker.done.connect(self._done)
        self.worker.crashed.connect(self._crashed)
        self.result: ImportResult | bool | None = None
        self.error: str | None = None
        self.candidates: list | None = None     # a Kiwix import's articles (its summary counts by language)
        self.summary: str | None = None         # the import's summary, when made in the worker thread
        self._steps: list[Callable[[], None]] = []
        self.active = False                     # started, and ``finished`` not yet emitted
        # What the window asks when it is closed meanwhile (a job that is no import says so).
        self.quit_question = _("An import is running. Cancel it and quit?")

    def then(self, step: Callable[[], None]) -> None:
        """Run ``step`` after the job has ended (in its own event-loop turn), before ``finished``."""
        self._steps.append(step)

    def summarised(self) -> None:
        """Have the import's summary made in the worker thread, of the result (and candidates)."""
        self.worker.describe = lambda result: summary_of(result, self.candidates)

    def start(self) -> None:
        self.active = True
        self.dialog.setLabelText(_("Reading the documents…"))
        self.dialog.start()
        self.thread.start()

    def cancel(self) -> None:
        """Stop the job, as its dialog's Cancel does (a cancelled job changes nothing)."""
        self.dialog.cancel()

    def _cancelled(self) -> None:
        # Here, in the interface thread: the worker's own thread is busy with the job, so a
        # signal queued to the worker would wait for the job's end.
        self.worker.cancel()

    @staticmethod
    def waiting_text() -> str:
        return _("Another import or change of your documents is running, in this window or another program. "
                 "Waiting for it to finish…")

    def _progress(self, done: int, total: int, name: str) -> None:
        self.dialog.set_progress(done, total)
        if name:
            self.dialog.set_naming(lambda file: _("Reading {file} ({n} of {total})").format(
                file=file, n=format_number(done + 1), total=format_number(total)), name)

    def _waiting(self) -> None:
        self.dialog.setLabelText(self.waiting_text())

    def _finish(self) -> None:
        self.thread.quit()
        self.thread.wait()
        QTimer.singleShot(0, self, self._next_step)

    def _next_step(self) -> None:
        if self._steps:
            self._steps.pop(0)()
            QTimer.singleShot(0, self, self._next_step)
        else:
            # The dialog closes only now, after the summary has been shown: after Cancel it said
            # "Cancelling…" until the workers had stopped, and nothing blank comes between.
            self.dialog.finish()
            self.active = False
            self.finished.emit(self.result)

    def _done(self, result: object) -> None:
        self.result = result
        self.summary = self.worker.description
        self._finish()

    def _crashed(self, message: str) -> None:
        self.error = message
        self._finish()

    def wait(self, timeout_ms: int = 600_000) -> bool:
        return self.thread.wait(timeout_ms)

    def run_to_end(self) -> object:
        """Start and wait for the end while the interface keeps painting (a local event loop);
        the job itself runs in the worker thread. Returns the result (None when it failed)."""
        loop = QEventLoop()
        self.finished.connect(lambda _result: loop.quit())
        self.start()
        loop.exec()     # the worker's results arrive as queued signals, handled inside this loop
        return self.result


def summary_of(result: object, candidates: list | None = None) -> str:
    """The summary of an import's ``result``; for a Kiwix archive's articles (``candidates``),
    per language first. (Also called in a job's worker thread: no widgets.)"""
    languages = titles = None
    if candidates:
        from relations_desktop.store.kiwix import article_titles, language_counts
        languages, titles = language_counts(candidates, result), article_titles(candidates)
    from relations_desktop.present.imports import summary_text
    return summary_text(result, languages, titles)


class ImportSummaryDialog(QDialog):
    """What an import did (``summary``, when already made, else made here of the result)."""

    def __init__(self, parent: QWidget | None, result: ImportResult, candidates: list | None = None,
                 summary: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Import finished") if not result.cancelled else _("Import cancelled"))
        text = QPlainTextEdit(self)
        text.setReadOnly(True)
        text.setPlainText(summary if summary is not None else summary_of(result, candidates))
        text.setAccessibleName(_("Import summary"))
        self.text = text
        buttons = QDialogButtonBox(self)
        buttons.addButton(_("Close"), QDialogButtonBox.ButtonRole.AcceptRole).clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(560, 320)


def choose_files(parent: QWidget, folder: bool) -> list[Path]:
    """Files (or one folder) to import, in a dialog labelled in the interface language."""
    dlg = QFileDialog(parent, _("Import a folder") if folder else _("Import documents"))
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dlg.setFileMode(QFileDialog.FileMode.Directory if folder else QFileDialog.FileMode.ExistingFiles)
    if folder:
        dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dlg.setNameFilters([_("Documents (*.txt *.md *.html *.htm *.pdf *.docx)"), _("Kiwix libraries (*.zim)"),
                            _("All files (*)")])
    dlg.setLabelText(QFileDialog.DialogLabel.LookIn, _("Look in:"))
    dlg.setLabelText(QFileDialog.DialogLabel.FileName, _("Folder:") if folder else _("File name:"))
    dlg.setLabelText(QFileDialog.DialogLabel.FileType, _("File type:"))
    dlg.setLabelText(QFileDialog.DialogLabel.Accept, _("Import"))
    dlg.setLabelText(QFileDialog.DialogLabel.Reject, _("Cancel"))
    if dlg.exec() != QFileDialog.DialogCode.Accepted:
        return []
    return [Path(p) for p in dlg.selectedFiles()]


class ManageImportsDialog(QDialog):
    """The imported documents, with Remove (after confirmation). Bundled ones are not listed:
    they cannot be removed. ``listed_from``: the file the list is read from (a read-only
    library's snapshot), when it is not ``user_db``."""

    def __init__(self, parent: QWidget | None, user_db: Path, bundled_db: Path | None, *,
                 listed_from: Path | None = None) -> None:
        super().__init__(parent)
        self.user_db, self.bundled_db = user_db, bundled_db
        self.listed_from = listed_from or user_db
        self.changed = False
        self.setWindowTitle(_("Imported documents"))
        self.hint = QLabel(_("Documents you imported. The documents that come with the app cannot be removed."), self)
        self.hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(_("Imported documents"))
        self.remove_btn = QPushButton(_("Remove…"), self)
        self.remove_btn.clicked.connect(self.remove_selected)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.remove_btn, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(_("Close"), QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(520, 380)
        self.refresh()

    def refresh(self) -> None:
        from relations_desktop.present.imports import document_line
        from relations_desktop.store.userdb import list_user_documents
        self.list.clear()
        for d in list_user_documents(self.listed_from):
            item = QListWidgetItem(document_line(d.file, d.lang, d.pairs))
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            item.setData(FILE_ROLE, d.file)
            self.list.addItem(item)
        if not self.list.count():
            self.list.addItem(_("You have not imported any documents yet."))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.remove_btn.setEnabled(self.list.item(0).data(Qt.ItemDataRole.UserRole) is not None)
        self.list.setCurrentRow(0)

    def remove_selected(self, confirmed: bool = False) -> bool:
        from relations_desktop.ui.dialogs import confirm
        item = self.list.currentItem()
        doc_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if doc_id is None:
            return False
        if not confirmed and not confirm(self, _("Remove document?"),
                                         _("Remove “{file}” from your library? This cannot be undone.").format(
                                             file=item.data(FILE_ROLE)), _("Remove")):
            return False
        run = ImportRun(self, remove_job(self.user_db, [int(doc_id)]), _("Removing documents"))
        removed = bool(run.run_to_end())
        if run.error:
            from relations_desktop.ui.dialogs import message
            self.last_message = message(self, _("The document could not be removed"), run.error, _(NOTHING_CHANGED))
            self.last_message.open()
        self.changed = self.changed or removed
        self.refresh()
        return removed
