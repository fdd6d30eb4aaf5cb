"""A private copy of a user library that SQLite cannot read where it is: its last changes are
in its -wal file, and its folder, which cannot be written, has no -shm file SQLite could use or
make there. The copy (database, -wal, -shm) is made in a folder of its own in the app's cache
and read there, read-only, so that everything committed is seen; the original is never written.
Closing a snapshot removes it; one left by a process that died is removed by the next one made.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import sqlite3
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from relations_desktop.errors import DatabaseError
from relations_desktop.store import health, sql

if TYPE_CHECKING:
    from filelock import BaseFileLock

# Where snapshots go, under the app's cache folder; each in a folder PREFIX + a random name,
# beside the lock its process holds while it lives (``<folder>.lock``).
SNAPSHOTS = "snapshots"
PREFIX = "library-"
SIDES = ("", "-wal", "-shm")
# Free space a snapshot leaves on the cache's disk: it never fills the disk.
RESERVE_BYTES = 64 * 1024 * 1024
# How often a library that changes while it is copied (another user's process writing it) is copied again.
COPY_TRIES = 3
# SQLite's primary result codes for "cannot open" and "read-only" (how a missing -shm shows).
_CANTOPEN, _READONLY = 14, 8


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def needed(path: str | Path) -> bool:
    """Whether the library at ``path`` can be read only through a snapshot: a -wal file is beside
    it and SQLite cannot open it read-only where it is (it can neither use nor make the -shm)."""
    path = Path(path)
    if not _side(path, "-wal").is_file():
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        try:
            conn.execute("PRAGMA user_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return getattr(exc, "sqlite_errorcode", 0) & 0xFF in (_CANTOPEN, _READONLY)
    return False


class Snapshot:
    """A copy of the library ``original``, read at ``path``; ``close()`` removes it (so does the
    end of the process, if it was not closed)."""

    def __init__(self, original: Path, folder: Path, lock: BaseFileLock) -> None:
        self.original = original
        self.folder = folder
        self.path = folder / original.name
        self._remove = weakref.finalize(self, _remove, folder, lock)

    @property
    def closed(self) -> bool:
        return not self._remove.alive

    def close(self) -> None:
        self._remove()

    def inspect(self, full: bool | None = None) -> health.LibraryState:
        """The copy's state (``health.inspect``); an error names the original library, and a
        damaged copy is said to be unreadable (it is not set aside: the original is what matters)."""
        try:
            return health.inspect(self.path, full=full, leave_damaged=True)
        except DatabaseError as exc:
            raise DatabaseError(self.original, exc.reason, exc.detail) from None


def _remove(folder: Path, lock: BaseFileLock) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    lock.release()
    with contextlib.suppress(OSError):
        Path(lock.lock_file).unlink()


def take(path: str | Path) -> Snapshot:
    """Copy the library at ``path`` (with its -wal and -shm) into a new snapshot. Raises
    DatabaseError about ``path``: 'no_room' (the cache's disk has too little free space for
    it), 'readonly' (no cache folder can be made), 'busy' (it kept changing while copied), or
    what else reading it meets."""
    from filelock import FileLock
    path = Path(path)
    root = _root(path)
    sweep(root)
    stamps = _stamps(path)
    size = sum(st[0] for st in stamps.values())
    free = shutil.disk_usage(root).free
    if free < size + RESERVE_BYTES:
        raise DatabaseError(path, "no_room", f"{size} bytes to copy, {free} free in {root}")
    name = PREFIX + secrets.token_hex(8)
    lock = FileLock(root / f"{name}.lock")
    folder = root / name
    try:
        lock.acquire(timeout=0)   # before the folder exists: a sweep never takes a live snapshot
        folder.mkdir()
    except OSError as exc:
        _remove(folder, lock)
        raise DatabaseError(path, sql.known_reason(exc) or "readonly", str(exc)) from None
    snapshot = Snapshot(path, folder, lock)
    try:
        _copy(path, snapshot.path, stamps)
    except BaseException:
        snapshot.close()
        raise
    return snapshot


def _root(path: Path) -> Path:
    from relations_desktop import resources
    try:
        root = resources.user_cache_dir() / SNAPSHOTS
        root.mkdir(exist_ok=True)
    except OSError as exc:
        raise DatabaseError(path, sql.known_reason(exc) or "readonly", f"no folder for a snapshot: {exc}") from None
    return root


def _stamps(path: Path) -> dict[str, tuple[int, int]]:
    """Size and modification time of each file of the library that exists."""
    stamps = {}
    for suffix in SIDES:
        with contextlib.suppress(FileNotFoundError):
            st = os.stat(_side(path, suffix))
            stamps[suffix] = (st.st_size, st.st_mtime_ns)
    if "" not in stamps:
        raise DatabaseError(path, "missing")
    return stamps


def _copy(path: Path, copy: Path, stamps: dict[str, tuple[int, int]]) -> None:
    """Copy the library's files (those in ``stamps``, as they were) until a copy is made while
    none of them changed."""
    for _ in range(COPY_TRIES):
        try:
            for suffix in stamps:
                shutil.copyfile(_side(path, suffix), _side(copy, suffix))
            if _stamps(path) == stamps:
                return
        except FileNotFoundError:
            pass              # a -wal or -shm went away meanwhile (a checkpoint): copy again
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DatabaseError(path, "no_room", str(exc)) from None
            raise DatabaseError(path, sql.known_reason(exc) or "unreadable", str(exc)) from None
        for suffix in SIDES:
            _side(copy, suffix).unlink(missing_ok=True)
        stamps = _stamps(path)
    raise DatabaseError(path, "busy", "it kept changing while it was copied")


def sweep(root: Path) -> None:
    """Remove the snapshots in ``root`` whose process has ended (its lock is free)."""
    from filelock import FileLock, Timeout
    with contextlib.suppress(OSError):
        for folder in root.iterdir():
            if not folder.name.startswith(PREFIX) or not folder.is_dir():
                continue
            lock = FileLock(root / f"{folder.name}.lock")
            try:
                lock.acquire(timeout=0)
            except (Timeout, OSError):
                continue
            _remove(folder, lock)
