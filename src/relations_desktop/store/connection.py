"""Open corpus databases read-only and check them; read the bundled and the user's database as
one through temporary views."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from relations_desktop.errors import DatabaseError
from relations_desktop.store import sql
from relations_desktop.store.schema import SCHEMA_VERSION, VIEWS, WITHOUT_DUPLICATES


def open_readonly(path: str | Path, *, check: bool = True) -> sqlite3.Connection:
    """A read-only connection (``mode=ro``); raises DatabaseError with a reason. ``check``: the
    schema must be this version's and the documents table readable."""
    p = Path(path)
    if not p.exists():
        raise DatabaseError(p, "missing")
    if p.is_dir():
        raise DatabaseError(p, "not_a_file")
    conn = sql.connect(p, readonly=True)
    try:
        with sql.known_errors(p):
            version = sql.user_version(conn)
            if check:
                sql.check_version(version, p)
                if version != SCHEMA_VERSION:
                    raise DatabaseError(p, "schema", f"version {version}, expected {SCHEMA_VERSION}")
                conn.execute("SELECT count(*) FROM documents").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA main.table_info({table})")]


def open_corpus(bundled: str | Path, user: str | Path | None = None) -> sqlite3.Connection:
    """The bundled database read-only, with the user's database (if any) attached read-only.

    Queries read the ``all_*`` temporary views, which show both side by side (the user
    database's row ids are offset so they never collide). The passages, sentences and events
    of a near-duplicate document are left out of the views (its document row stays).
    """
    conn = open_readonly(bundled)
    try:
        schemas = ["main"]
        if user is not None and Path(user).is_file():
            open_readonly(user).close()
            with sql.known_errors(user):
                conn.execute("ATTACH DATABASE ? AS user", (f"{Path(user).resolve().as_uri()}?mode=ro",))
            schemas.append("user")
        for view in VIEWS:
            columns = ", ".join(f'"{c}"' for c in _columns(conn, view))
            arms = [_arm(s, view, columns) for s in schemas]
            conn.execute(f"CREATE TEMP VIEW all_{view} AS {' UNION ALL '.join(arms)}")
        conn.execute("CREATE TEMP VIEW all_meta AS SELECT * FROM main.meta")
    except BaseException:
        conn.close()
        raise
    return conn


def _arm(schema: str, view: str, columns: str, where: str = "") -> str:
    """One database's part of ``all_<view>``: its rows (those ``where`` keeps), without what
    near-duplicate documents say where the view leaves that out."""
    conditions = [f"({where})"] if where else []
    if view in WITHOUT_DUPLICATES:
        id_column = "id" if view == "documents" else "document_id"
        conditions.append(f"{id_column} NOT IN (SELECT id FROM {schema}.documents WHERE duplicate_of IS NOT NULL)")
    return f"SELECT {columns} FROM {schema}.{view}" + (f" WHERE {' AND '.join(conditions)}" if conditions else "")


def union_of(conn: sqlite3.Connection, view: str, select: str, where: str, tail: str = "") -> str:
    """``SELECT select`` over the rows of ``all_<view>`` that meet ``where``, as one query per
    database (``tail``, e.g. a GROUP BY, ends each) joined by UNION ALL. Each reads its table
    itself, so what an index holds is read from the index alone; over the view, an aggregate
    would read every column of every row. A GROUP BY gives a row per database: sum them."""
    return " UNION ALL ".join(_arm(s, view, select, where) + (f" {tail}" if tail else "")
                              for s in attached_schemas(conn))


def database_file(conn: sqlite3.Connection) -> Path:
    """The file of the user's database when one is attached, else the bundled one's."""
    files = {row[1]: row[2] for row in conn.execute("PRAGMA database_list")}
    return Path(files.get("user") or files.get("main") or "")


def attached_schemas(conn: sqlite3.Connection) -> list[str]:
    return [row[1] for row in conn.execute("PRAGMA database_list") if row[1] in ("main", "user")]


def integrity_ok(conn: sqlite3.Connection) -> bool:
    return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
