"""The one way the app talks to SQLite: connections (read-only, or for writing in WAL mode with a
busy timeout), transactions, the schema version and its migrations, and errors sorted into
known ones and bugs.

A known error comes from the environment (a full disk, a damaged or read-only file, a lock held
too long): it becomes a ``DatabaseError`` with a reason the user is told in their language. Any
other SQLite error is a bug of ours (a wrong statement, a broken constraint) and is raised as
it is, to be reported as a crash, never as the user's fault.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from relations_desktop.errors import DatabaseError
from relations_desktop.store import schema

# How long a statement waits for another connection's lock before SQLITE_BUSY. Writers are
# serialised by the library's writer lock; this covers checkpoints and readers starting up.
BUSY_TIMEOUT_MS = 10_000

# Primary result codes (https://sqlite.org/rescode.html) that the environment causes.
_KNOWN = {
    3: "readonly",        # SQLITE_PERM
    5: "busy",            # SQLITE_BUSY
    6: "busy",            # SQLITE_LOCKED
    8: "readonly",        # SQLITE_READONLY
    10: "unreadable",     # SQLITE_IOERR
    11: "unreadable",     # SQLITE_CORRUPT
    13: "disk_full",      # SQLITE_FULL
    14: "unreadable",     # SQLITE_CANTOPEN
    15: "busy",           # SQLITE_PROTOCOL
    23: "readonly",       # SQLITE_AUTH
    26: "unreadable",     # SQLITE_NOTADB
}
_DAMAGE = (11, 26)


def is_damage(exc: BaseException) -> bool:
    """Whether SQLite says the file is damaged or not a database at all."""
    if not isinstance(exc, sqlite3.Error):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _DAMAGE
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def known_reason(exc: BaseException) -> str | None:
    """The DatabaseError reason of an error the environment caused; None for a bug."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None:
            return _KNOWN.get(code & 0xFF)
        if is_damage(exc) or "unable to open" in str(exc).lower():   # raised before SQLite gave a code
            return "unreadable"
        return None
    if isinstance(exc, OSError):
        if isinstance(exc, IsADirectoryError | NotADirectoryError):
            return "not_a_file"
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return "disk_full"
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return "readonly"
        return "unreadable"
    return None


@contextlib.contextmanager
def known_errors(path: str | Path, *, os_errors: bool = True) -> Iterator[None]:
    """Turn the environment's errors inside the block into DatabaseError about ``path``;
    let bugs through unchanged. ``os_errors=False``: SQLite's only (an OSError of a caller's
    callback is the caller's)."""
    try:
        yield
    except DatabaseError:
        raise
    except (sqlite3.Error, OSError) as exc:
        if isinstance(exc, OSError) and not os_errors:
            raise
        reason = known_reason(exc)
        if reason is None:
            raise
        raise DatabaseError(path, reason, str(exc)) from None


def connect(path: str | Path, *, readonly: bool = False, create: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit, see ``transaction``).

    Read-only connections use ``mode=ro``; writing ones switch the file to WAL (readers in other
    processes never wait for a writer) with full syncs. Raises DatabaseError.
    """
    p = Path(path)
    mode = "ro" if readonly else ("rwc" if create else "rw")
    with known_errors(p):
        conn = sqlite3.connect(f"{p.resolve().as_uri()}?mode={mode}", uri=True, isolation_level=None,
                               check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not readonly:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
        except BaseException:
            conn.close()
            raise
    return conn


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection, path: str | Path) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``; anything raised rolls back (nothing of the block
    stays) and known errors become DatabaseError about ``path``."""
    with known_errors(path):
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def user_version(conn: sqlite3.Connection, schema_name: str = "main") -> int:
    return conn.execute(f"PRAGMA {schema_name}.user_version").fetchone()[0]


def check_version(version: int, path: str | Path) -> None:
    """Refuse a database from a newer version of the app: it is never opened for writing nor
    brought down to this version."""
    if version > schema.SCHEMA_VERSION:
        raise DatabaseError(path, "newer", f"schema version {version}, this app knows {schema.SCHEMA_VERSION}")


def can_migrate(version: int, migrations: dict[int, list[str]] | None = None) -> bool:
    """Whether the migrations lead from ``version`` to the current one (no re-process needed)."""
    migrations = schema.MIGRATIONS if migrations is None else migrations
    if version < schema.MIGRATABLE_FROM:
        return False
    return all(v in migrations for v in range(version, schema.SCHEMA_VERSION))


def migrate(conn: sqlite3.Connection, path: str | Path, migrations: dict[int, list[str]] | None = None) -> int:
    """Bring a writable library up to the current schema, one version per transaction; returns
    the number of steps. Raises DatabaseError ('newer') for a newer one; a version the
    migrations do not start from is left alone (it needs a re-process)."""
    migrations = schema.MIGRATIONS if migrations is None else migrations
    version = user_version(conn)
    check_version(version, path)
    if not can_migrate(version, migrations):
        return 0
    steps = 0
    while version < schema.SCHEMA_VERSION:
        with transaction(conn, path):
            if user_version(conn) != version:      # another process migrated meanwhile
                version = user_version(conn)
                continue
            for statement in migrations[version]:
                conn.execute(statement)
            version += 1
            conn.execute(f"PRAGMA user_version = {version}")
        steps += 1
    return steps
