"""Open corpus databases read-only and check them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from relations_desktop.errors import DatabaseError
from relations_desktop.store.schema import SCHEMA_VERSION


def open_readonly(path: str | Path, *, check: bool = True) -> sqlite3.Connection:
    """A read-only connection (``mode=ro``); raises DatabaseError with a reason."""
    p = Path(path)
    if not p.is_file():
        raise DatabaseError(p, "missing")
    try:
        conn = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if check:
            if version != SCHEMA_VERSION:
                conn.close()
                raise DatabaseError(p, "schema", f"version {version}, expected {SCHEMA_VERSION}")
            conn.execute("SELECT count(*) FROM documents").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(p, "unreadable", str(exc)) from None
    return conn


VIEWS = ("documents", "relationships", "passages", "sentences", "events", "mentions", "citations", "blocks")


def open_corpus(bundled: str | Path, user: str | Path | None = None) -> sqlite3.Connection:
    """The bundled database read-only, with the user's database (if any) attached read-only.

    Queries read the ``all_*`` temporary views, which show both side by side (the user
    database's row ids are offset so they never collide).
    """
    conn = open_readonly(bundled)
    schemas = ["main"]
    if user is not None and Path(user).is_file():
        probe = open_readonly(user)
        probe.close()
        conn.execute("ATTACH DATABASE ? AS user", (f"{Path(user).resolve().as_uri()}?mode=ro",))
        schemas.append("user")
    for view in VIEWS:
        union = " UNION ALL ".join(f"SELECT * FROM {s}.{view}" for s in schemas)
        conn.execute(f"CREATE TEMP VIEW all_{view} AS {union}")
    conn.execute("CREATE TEMP VIEW all_meta AS SELECT * FROM main.meta")
    return conn


def attached_schemas(conn: sqlite3.Connection) -> list[str]:
    return [row[1] for row in conn.execute("PRAGMA database_list") if row[1] in ("main", "user")]


def integrity_ok(conn: sqlite3.Connection) -> bool:
    return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
