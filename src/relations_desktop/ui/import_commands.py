"""The window's import commands: choosing files, a folder, or a Kiwix archive and its articles;
saying what an import did; the list of imported documents. Each takes the main window, whose
``library`` runs the jobs and which keeps the dialogs it shows (read by the tests)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from relations_desktop.i18n import _

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from relations_desktop.ui.importer import ImportRun
    from relations_desktop.ui.kiwix_chooser import KiwixChooser

    MainWindow = QMainWindow        # ui.mainwindow's, which imports this module


def prepare_workers() -> None:
    """Start the import's worker processes' server now, in a thread, while the person chooses
    what to import (files, a folder, Kiwix articles): an import with workers then finds it
    ready (``store.workers.start_worker_server``).
    The server stays, for later imports (it holds the loaded pipeline: about 50 MB resident)."""
    import threading

    from relations_desktop.store.workers import start_worker_server
    threading.Thread(target=start_worker_server, name="workers' server", daemon=True).start()


def import_kiwix(window: MainWindow, path: Path | None = None) -> KiwixChooser | None:
    """Choose a Kiwix archive (unless given), then its articles in the chooser, which looks
    through it at once; Import there imports them in the background."""
    from PySide6.QtCore import QTimer

    from relations_desktop.ui.kiwix_chooser import KiwixChooser, choose_archive
    if not window.check_writable():
        return None
    path = path or choose_archive(window)
    if path is None:
        return None
    prepare_workers()       # an archive's import is big enough for workers, as a rule
    window.kiwix_chooser = chooser = KiwixChooser(window, path)
    chooser.accepted.connect(lambda: window.library.import_kiwix(chooser.path, chooser.chosen()))
    chooser.open()
    # The scan starts once the dialog is painted: the scan's thread, loading the archive's reader,
    # would otherwise hold Python's lock against each of the painting's calls into Python (the
    # window stalled 110-150 ms as the chooser opened; 23 ms so).
    QTimer.singleShot(0, chooser, lambda: chooser.start() if chooser.isVisible() else None)
    return chooser


def import_documents(window: MainWindow, folder: bool = False, paths: list[Path] | None = None) -> ImportRun | None:
    """Choose files (or a folder) and import them in the background (a Kiwix archive chosen
    alone opens its chooser)."""
    from relations_desktop.ui.importer import choose_files
    if not window.check_writable():
        return None
    if paths is None:
        prepare_workers()       # while the person chooses: a big choice is imported by workers
        paths = choose_files(window, folder)
        if len(paths) == 1 and paths[0].suffix.lower() == ".zim":
            import_kiwix(window, paths[0])
            return None
    return window.library.import_documents(paths) if paths else None


def may_close(window: MainWindow) -> bool:
    """Whether the window may close now. While a job on the library runs (an import, a removal,
    an update), the person is asked whether to cancel it and quit: yes cancels it (a cancelled job
    changes nothing) and the window closes once it has stopped; no lets it go on."""
    from relations_desktop.ui import dialogs
    run = window.library.running()
    if run is None:
        return True
    if window.quitting:         # asked already: the window closes when the job has stopped
        return False
    if not dialogs.confirm(window, _("Quit"), run.quit_question, _("Cancel and quit"), _("Continue")):
        if run.active:
            run.dialog.activateWindow()     # back to the job's dialog, as before the question
        return False
    if not run.active:          # it ended while the question was asked
        return True
    window.quitting = True
    run.finished.connect(lambda _result: window.close())
    run.cancel()
    return False


def report_import(window: MainWindow, run: ImportRun) -> None:
    """What the import did (its summary), or why it failed; nothing when the window is closing."""
    from relations_desktop.ui import dialogs
    from relations_desktop.ui.importer import ImportSummaryDialog
    if window.quitting:
        return
    if run.error:
        window.last_message = dialogs.message(window, _("Import failed"),
                                              _("The documents could not be imported. Nothing was changed."),
                                              run.error)
        window.last_message.open()
        return
    window.import_summary = ImportSummaryDialog(window, run.result, run.candidates, run.summary)
    window.import_summary.open()


def manage_imports(window: MainWindow) -> None:
    """The imported documents, to remove some."""
    from relations_desktop.ui.importer import ManageImportsDialog
    dialog = ManageImportsDialog(window, window.library.user_corpus_path(), window.library.database,
                                 listed_from=window.library.reading_path())
    dialog.exec()
    if dialog.changed:
        window.library.reload()
