"""One writer at a time for a user library, across processes: the app, a second app window,
the command line.

A lock file beside the library (``user-corpus.db.lock``), held with the operating system's
file lock (flock on Linux and macOS, LockFileEx on Windows) through ``filelock``. SQLite's own
``BEGIN IMMEDIATE`` guards one transaction; a writer's work is longer than that: a full
re-process builds a new database for minutes and copies it in, a damaged file is set aside,
a new library is created. The operating system drops the lock of a process that dies, so a
killed import never leaves the library locked. A second writer waits, told through
``waiting()`` so that it can say so, and may give up through ``cancelled()``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from relations_desktop.errors import DatabaseError
from relations_desktop.store.sql import known_reason

POLL_SECONDS = 0.2


class WaitCancelled(Exception):
    """The writer gave up waiting for the lock (``cancelled()`` said so)."""


def lock_path(db: str | Path) -> Path:
    """The lock file of a library: beside the file itself (a link's target), so that every
    path leading to the same library shares one lock."""
    real = Path(db).resolve()
    return real.with_name(real.name + ".lock")


@contextlib.contextmanager
def writer_lock(db: str | Path, *, waiting: Callable[[], None] | None = None,
                cancelled: Callable[[], bool] | None = None, timeout: float | None = None) -> Iterator[None]:
    """Hold the library's writer lock inside the block.

    When another process holds it, ``waiting()`` is called once and the wait goes on until it
    is free, ``cancelled()`` returns True (WaitCancelled) or ``timeout`` seconds have passed
    (DatabaseError 'busy'). A folder that cannot hold the lock file is DatabaseError too.
    """
    from filelock import FileLock, Timeout  # 30 ms to import: only when a writer starts
    path = lock_path(db)
    lock = FileLock(path)
    told = False
    waited = 0.0
    while True:
        try:
            lock.acquire(timeout=0 if not told else POLL_SECONDS)
            break
        except Timeout:
            if not told:
                told = True
                if waiting is not None:
                    waiting()
            else:
                waited += POLL_SECONDS
            if cancelled is not None and cancelled():
                raise WaitCancelled from None
            if timeout is not None and waited >= timeout:
                raise DatabaseError(db, "busy", f"another process holds {path}") from None
        except OSError as exc:
            raise DatabaseError(db, known_reason(exc) or "unreadable", str(exc)) from None
    try:
        yield
    finally:
        lock.release()
