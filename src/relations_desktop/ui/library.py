"""The open library: the bundled corpus and the user's imported documents read through one
connection, its statistics, reopening it after a change, and the background jobs (import,
removal, re-process after an upgrade) that change the user corpus. No widgets of its own."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from relations_desktop.errors import DatabaseError
from relations_desktop.present import messages
from relations_desktop.store import queries, totals
from relations_desktop.store.connection import open_corpus

if TYPE_CHECKING:
    from relations_desktop.store.snapshot import Snapshot
    from relations_desktop.ui.importer import ImportRun


class Library(QObject):
    """Emits ``changed`` after it reopened (countries, statistics, relationships may differ),
    ``imported(run)`` when an import job ended (the window reports it), ``failed(text)`` when
    another job on the user's library failed."""

    changed = Signal()
    imported = Signal(object)
    failed = Signal(str)

    def __init__(self, database: Path | None, user_database: Path | None, error: DatabaseError | None,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self.user_database = user_database
        self.error = error                  # why the corpus cannot be shown, if it cannot
        self.user_error: DatabaseError | None = None   # why the user's library is not shown, if it is not
        self.conn: sqlite3.Connection | None = None
        self._files: tuple[Path, Path | None] | None = None     # what ``conn`` reads: bundled, user
        self.stats: queries.Stats | None = None
        self.needs_rebuild = False          # imports made by another schema or pipeline wait for a re-process
        self.read_only = False              # the user's library (or the folder it goes in) cannot be written
        self.snapshot: Snapshot | None = None   # the copy a read-only library is read from, when it must be
        self.job: ImportRun | None = None   # the last background job

    def _check_user_library(self, full: bool | None = None) -> Path | None:
        """The user library to show, after checking it (``full``: as ``health.inspect`` takes
        it); None when there is none to show (and ``user_error`` says why, when something is
        wrong)."""
        user = self.user_database
        if user is None:
            return None
        from relations_desktop.seed_corpus import pipeline_version
        from relations_desktop.store import health, snapshot, sql
        from relations_desktop.store.schema import SCHEMA_VERSION
        try:
            try:
                # (a library that cannot be written is looked at, not brought up to date)
                state = health.inspect(user, full=full) if self.read_only else health.check_library(user, full=full)
            except DatabaseError:
                if not (self.read_only and snapshot.needed(user)):
                    raise
                self.snapshot = snapshot.take(user)
                state = self.snapshot.inspect(full)
        except DatabaseError as exc:
            # (what the copy's check found is the library's own state: damage is not read-only)
            self.user_error = exc if self.snapshot is not None else self._user_failure(exc)
            self._drop_snapshot()
            return None
        if not state.exists:
            return None
        self.needs_rebuild = state.needs_reprocess(pipeline_version())
        if self.read_only and state.version != SCHEMA_VERSION:
            self.user_error = DatabaseError(user, "schema", "an older schema, and the library cannot be written")
            self._drop_snapshot()
            return None
        # A schema the views cannot read waits for its re-process; another pipeline's is shown meanwhile.
        if not sql.can_migrate(state.version):
            return None
        return self.snapshot.path if self.snapshot is not None else user

    def _user_failure(self, exc: DatabaseError) -> DatabaseError:
        """Why the user's library is not shown: one that cannot be written and cannot be opened
        either (SQLite cannot make its shared-memory file beside it) is read-only, not damaged."""
        if self.read_only and exc.reason == "unreadable" and exc.path == self.user_database:
            return DatabaseError(exc.path, "readonly", exc.detail)
        return exc

    def _drop_snapshot(self) -> None:
        if self.snapshot is not None:
            self.snapshot.close()
            self.snapshot = None

    def close(self) -> None:
        """Close the corpus (the window closes): its connection, and the copy it read, if any."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None
            self._files = None
        self._drop_snapshot()

    def open(self, full_check: bool | None = None) -> None:
        """(Re)open the corpus; on failure ``error`` says what is wrong and ``conn`` is None."""
        self.close()
        if self.database is not None and self.error is None:
            from relations_desktop import fileio
            self.read_only = not fileio.writable(self.user_corpus_path(make=False))
            user = self._check_user_library(full_check)
            try:
                self.conn = open_corpus(self.database, user)
                self._files = (self.database, user)
            except DatabaseError as exc:
                if user is not None and exc.path == Path(user):
                    if self.snapshot is not None:
                        exc = DatabaseError(self.snapshot.original, exc.reason, exc.detail)
                        self._drop_snapshot()
                    self.user_error = self._user_failure(exc)
                    self.conn = open_corpus(self.database, None)
                    self._files = (self.database, None)
                else:
                    self.error = exc
        try:
            self.stats = totals.stats(self.conn) if self.conn is not None else None
        except sqlite3.DatabaseError:
            # Damage the open-time check did not read (it checks a large library lightly): look
            # at the whole file now; a damaged one is set aside and the bundled corpus shown.
            if self.user_error is not None or self.user_database is None:
                raise
            self._recheck_user_library()

    def _recheck_user_library(self) -> None:
        from relations_desktop.store import health
        assert self.conn is not None and self.database is not None and self.user_database is not None
        self.conn.close()
        try:
            if self.snapshot is not None:
                self.snapshot.inspect(full=True)
            else:
                health.inspect(self.user_database, full=True)
            self.user_error = DatabaseError(self.user_database, "unreadable", "a query failed")
        except DatabaseError as exc:
            self.user_error = exc
        self._drop_snapshot()
        self.conn = open_corpus(self.database, None)
        self._files = (self.database, None)
        self.stats = totals.stats(self.conn)

    def open_reader(self) -> sqlite3.Connection:
        """A connection of its own to what ``conn`` reads, for a thread that reads in the background."""
        assert self._files is not None
        return open_corpus(*self._files)

    def recount(self) -> None:
        """The totals again, after a correction (``totals.stats``: as corrected)."""
        if self.conn is not None:
            self.stats = totals.stats(self.conn)

    def problem(self) -> str | None:
        """Why there is nothing to show, in the interface language; None when all is well."""
        return messages.database_error_message(self.error) if self.error else None

    def user_problem_text(self) -> str | None:
        """What is wrong with the user's library (the bundled corpus is shown), if anything."""
        return messages.database_error_message(self.user_error) if self.user_error else None

    def corpus_version(self) -> str:
        return queries.corpus_version(self.conn) if self.conn is not None else ""

    def writable(self) -> bool:
        """Whether the user's library can be changed, asked again now (a folder may have been
        made writable meanwhile: the library is then opened again, brought up to date)."""
        from relations_desktop import fileio
        if self.read_only and fileio.writable(self.user_corpus_path()):
            self.reload()
        return not self.read_only

    def read_only_text(self) -> str:
        """Why the user's library cannot be changed (and that a copy of it is shown, when it
        is), in the interface language."""
        from relations_desktop.i18n import _
        text = messages.database_error_message(DatabaseError(self.user_corpus_path(make=False), "readonly", ""))
        return f"{text} {_(messages.SNAPSHOT_NOTE)}" if self.snapshot is not None else text

    def reading_path(self) -> Path:
        """The file the user's library is read from: its snapshot when it is shown from one,
        else where it is. Changes go to ``user_corpus_path()``."""
        return self.snapshot.path if self.snapshot is not None else self.user_corpus_path(make=False)

    def user_corpus_path(self, make: bool = True) -> Path:
        """Where the user's library is, or goes (``make``: its folder made, for a change)."""
        from relations_desktop import resources
        return self.user_database or resources.user_corpus_db(make)

    def reload(self, full_check: bool | None = None) -> None:
        """Read the bundled and imported documents together again (after a change); ``full_check``
        False: without reading the whole library for damage (it was just written and committed)."""
        self.user_database = self.user_corpus_path()
        self.user_error = None
        self.open(full_check)
        self.changed.emit()

    def import_documents(self, paths: list[Path]) -> ImportRun:
        """Import ``paths`` in the background; ``imported(run)`` follows, after the reload."""
        from relations_desktop.ui.importer import ImportRun, import_job
        run = ImportRun(self.parent(), import_job(paths, self.user_corpus_path(), self.database))
        self._after_import(run)
        return self._start(run)

    def import_kiwix(self, path: Path, candidates: list) -> ImportRun:
        """Import the chosen articles of a Kiwix archive in the background; ``imported(run)``
        follows, after the reload."""
        from relations_desktop.i18n import _
        from relations_desktop.ui.importer import ImportRun, kiwix_job
        run = ImportRun(self.parent(), kiwix_job(path, candidates, self.user_corpus_path(), self.database),
                        _("Importing from a Kiwix library"))
        run.candidates = candidates
        self._after_import(run)
        return self._start(run)

    def remove_documents(self, ids: list[int]) -> ImportRun:
        """Remove imported documents in the background; the library reloads afterwards."""
        from relations_desktop.i18n import _
        from relations_desktop.ui.importer import ImportRun, remove_job
        run = ImportRun(self.parent(), remove_job(self.user_corpus_path(), ids), _("Removing documents"))
        run.quit_question = _("Your library is being changed. Cancel that and quit?")
        run.then(lambda r=run: self._job_ended(r))
        return self._start(run)

    def rebuild_user_corpus(self) -> ImportRun:
        """Bring imported documents made by another version up to date, in the background; the
        library as it is serves until the new one is complete."""
        from relations_desktop.i18n import _
        from relations_desktop.ui.importer import ImportRun, rebuild_job
        run = ImportRun(self.parent(), rebuild_job(self.user_corpus_path()), _("Updating your imported documents"))
        run.quit_question = _("Your library is being changed. Cancel that and quit?")
        run.then(lambda r=run: self._job_ended(r))
        self.needs_rebuild = False
        return self._start(run)

    def running(self) -> ImportRun | None:
        """The job on the user's library that has not finished yet, if any."""
        return self.job if self.job is not None and self.job.active else None

    def _start(self, run: ImportRun) -> ImportRun:
        self.job = run
        run.start()
        return run

    def _job_ended(self, run: ImportRun) -> None:
        self.reload()
        if run.error:
            self.failed.emit(run.error)

    def _after_import(self, run: ImportRun) -> None:
        """The summary is made in the job's thread; once the job has ended the library is read
        again, then ``imported(run)`` is emitted (it shows the summary): each in an event-loop
        turn of its own, then the run's ``finished``."""
        run.summarised()
        # The import has just committed the library: reading all of it again for damage would
        # hold the window still (about 50 ms for a thousand articles), and what a query meets
        # later is still caught (open()).
        run.then(lambda: self.reload(full_check=False))
        run.then(lambda r=run: self.imported.emit(r))
