"""The open library: the bundled corpus and the user's imported documents read through one
connection, its statistics, reopening it after a change, and the background jobs (import,
rebuild after an upgrade) that change the user corpus. No widgets of its own."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from relations_desktop.errors import DatabaseError
from relations_desktop.present import messages
from relations_desktop.store import queries
from relations_desktop.store.connection import open_corpus

if TYPE_CHECKING:
    from relations_desktop.ui.importer import ImportRun


class Library(QObject):
    """Emits ``changed`` after it reopened (countries, statistics, relationships may differ)
    and ``imported(run)`` when an import job ended (the window reports it)."""

    changed = Signal()
    imported = Signal(object)

    def __init__(self, database: Path | None, user_database: Path | None, error: DatabaseError | None,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self.user_database = user_database
        self.error = error                  # why the corpus cannot be shown, if it cannot
        self.conn: sqlite3.Connection | None = None
        self.stats: queries.Stats | None = None
        self.needs_rebuild = False          # imports made by an older version wait for a rebuild
        self.job: ImportRun | None = None   # the last background job

    def open(self) -> None:
        """(Re)open the corpus; on failure ``error`` says what is wrong and ``conn`` is None."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        if self.database is not None and self.error is None:
            try:
                self.conn = open_corpus(self.database, self.user_database)
            except DatabaseError as exc:
                if self.user_database is not None and exc.path == Path(self.user_database):
                    # The imported documents need updating (an older app made them): show the
                    # bundled corpus now and rebuild them in the background.
                    self.needs_rebuild = True
                    self.conn = open_corpus(self.database, None)
                else:
                    self.error = exc
        self.stats = queries.stats(self.conn) if self.conn is not None else None

    def problem(self) -> str | None:
        """Why there is nothing to show, in the interface language; None when all is well."""
        return messages.database_error_message(self.error) if self.error else None

    def corpus_version(self) -> str:
        return queries.corpus_version(self.conn) if self.conn is not None else ""

    def user_corpus_path(self) -> Path:
        from relations_desktop import resources
        return self.user_database or resources.user_corpus_db()

    def reload(self) -> None:
        """Read the bundled and imported documents together again (after a change)."""
        user = self.user_corpus_path()
        self.user_database = user if user.exists() else None
        self.open()
        self.changed.emit()

    def release_user_corpus(self) -> None:
        """Detach the user database while a worker replaces it (a file that is open cannot
        be replaced on Windows); the bundled corpus stays browsable."""
        if self.conn is not None and self.user_database is not None:
            self.conn.close()
            self.conn = open_corpus(self.database, None) if self.database else None

    def import_documents(self, paths: list[Path]) -> ImportRun:
        """Import ``paths`` in the background; ``imported(run)`` follows, after the reload."""
        from relations_desktop.ui.importer import ImportRun, import_job
        self.release_user_corpus()
        run = ImportRun(self.parent(), import_job(paths, self.user_corpus_path(), self.database))
        run.finished.connect(lambda _result, r=run: self._imported(r))
        return self._start(run)

    def rebuild_user_corpus(self) -> ImportRun:
        """Bring imported documents made by an older version up to date, in the background."""
        from relations_desktop.i18n import _
        from relations_desktop.ui.importer import ImportRun, rebuild_job
        self.release_user_corpus()
        run = ImportRun(self.parent(), rebuild_job(self.user_corpus_path()), _("Updating your imported documents"))
        run.finished.connect(lambda _result: self.reload())
        self.needs_rebuild = False
        return self._start(run)

    def _start(self, run: ImportRun) -> ImportRun:
        self.job = run
        run.start()
        return run

    def _imported(self, run: ImportRun) -> None:
        self.reload()
        self.imported.emit(run)
