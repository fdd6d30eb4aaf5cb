"""Look at a user library before it is used: is it there, is it a library of ours, is it sound,
which schema and pipeline made it. A damaged or foreign file (garbage, a truncated file, a
folder or a device in its place) is set aside, renamed with the time beside where it was and
never deleted, and the caller is told where it went; a library from a newer version of the app
is left exactly as it is.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from relations_desktop.errors import DatabaseError
from relations_desktop.store import sql
from relations_desktop.store.lock import writer_lock
from relations_desktop.store.schema import SCHEMA_VERSION

# Libraries up to this size get SQLite's quick_check (it reads every page: 50-90 ms for this
# size from a warm cache) each time they are opened; larger ones a lighter check, and damage
# found later while reading them is reported as it is met.
QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024
# How long setting a damaged library aside waits for a writer in another process.
SET_ASIDE_WAIT_SECONDS = 10.0


@dataclass(frozen=True)
class LibraryState:
    """What a user library file is, as far as using it goes."""
    path: Path
    exists: bool
    version: int = 0
    pipeline: str | None = None       # the pipeline version that processed its documents
    documents: int = 0

    def needs_reprocess(self, pipeline: str) -> bool:
        """Whether every document must go through the pipeline again: the schema is older than
        the migrations reach, or another pipeline made it."""
        if not self.exists or not self.documents:
            return False
        return not sql.can_migrate(self.version) or self.pipeline != pipeline

    @property
    def needs_migration(self) -> bool:
        return self.exists and self.version < SCHEMA_VERSION and sql.can_migrate(self.version)


class _Damaged(Exception):
    """The file is not a sound library of ours."""


def _look(path: Path, full: bool | None) -> LibraryState:
    """The state of ``path``; raises _Damaged, or DatabaseError for what is not the file's fault
    (no permission, a newer version)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if path.is_symlink():
            raise _Damaged("a link to nothing") from None
        return LibraryState(path, exists=False)
    except OSError as exc:
        raise DatabaseError(path, sql.known_reason(exc) or "unreadable", str(exc)) from None
    if not stat.S_ISREG(st.st_mode):
        raise _Damaged("not a regular file")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        if sql.is_damage(exc):
            raise _Damaged(str(exc)) from None
        raise DatabaseError(path, sql.known_reason(exc) or "unreadable", str(exc)) from None
    try:
        version = sql.user_version(conn)
        sql.check_version(version, path)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"documents", "meta"} <= tables:
            raise _Damaged("not a library: no documents table")
        if full if full is not None else st.st_size <= QUICK_CHECK_MAX_BYTES:
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
            if verdict != "ok":
                raise _Damaged(verdict)
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error as exc:
        if sql.is_damage(exc):
            raise _Damaged(str(exc)) from None
        reason = sql.known_reason(exc)
        if reason is not None:
            raise DatabaseError(path, reason, str(exc)) from None
        raise
    finally:
        conn.close()
    return LibraryState(path, True, version, meta.get("pipeline"), documents)


def inspect(path: str | Path, *, full: bool | None = None, leave_damaged: bool = False) -> LibraryState:
    """The state of the library at ``path``. A damaged or foreign file is set aside first and
    DatabaseError('set_aside', aside=where it is now) raised (``leave_damaged``: left where it
    is, DatabaseError('unreadable')); a newer one raises DatabaseError('newer') and is left
    alone. ``full``: run quick_check whatever the size (True) or never (False); by default up
    to QUICK_CHECK_MAX_BYTES."""
    path = Path(path)
    try:
        return _look(path, full)
    except _Damaged as exc:
        if leave_damaged:
            raise DatabaseError(path, "unreadable", str(exc)) from None
    with writer_lock(path, timeout=SET_ASIDE_WAIT_SECONDS):
        try:       # a writer may have been halfway when we looked
            return _look(path, full)
        except _Damaged as exc:
            aside = set_aside(path)
            raise DatabaseError(path, "set_aside", str(exc), aside=aside) from None


def set_aside(path: str | Path) -> Path:
    """Rename ``path`` (and its -wal and -shm files) to ``NAME.damaged-YYYYMMDD-HHMMSS.SUFFIX``
    beside it; returns the new path. Nothing is deleted."""
    path = Path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    n = 0
    while True:
        aside = path.with_name(f"{path.stem}.damaged-{stamp}{f'-{n}' if n else ''}{path.suffix}")
        if not aside.exists() and not aside.is_symlink():
            break
        n += 1
    with sql.known_errors(path):
        os.replace(path, aside)
        for ext in ("-wal", "-shm"):
            side = path.with_name(path.name + ext)
            if side.exists():
                os.replace(side, aside.with_name(aside.name + ext))
    return aside


def check_library(path: str | Path, *, full: bool | None = None) -> LibraryState:
    """The library's state after checking it (``inspect``) and bringing its schema up to date
    where the migrations lead (holding the writer lock). Raises DatabaseError: 'set_aside' (it
    was damaged, now kept aside), 'newer' (left alone), or what else the environment causes."""
    path = Path(path)
    state = inspect(path, full=full)
    if state.needs_migration:
        with writer_lock(path):
            conn = sql.connect(path)
            try:
                sql.migrate(conn, path)
            finally:
                conn.close()
        state = inspect(path, full=False)
    return state
