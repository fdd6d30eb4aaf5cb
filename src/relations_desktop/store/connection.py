"""Open corpus databases read-only, check them, and find the default one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from relations_desktop import __version__, resources
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


def _seeds_fingerprint(seeds: Path) -> str:
    import hashlib  # only a checkout builds its seed database: keep it off the start-up path
    h = hashlib.sha256(f"{__version__} {SCHEMA_VERSION}\n".encode())
    files = sorted(p for p in seeds.iterdir() if p.is_file())
    for p in files:
        h.update(p.name.encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    # The pipeline itself is part of what the database depends on.
    for p in sorted((Path(__file__).parents[1] / "corpus").rglob("*")):
        if p.is_file() and p.suffix in (".py", ".json"):
            h.update(p.name.encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()[:16]


def default_database(build_if_missing: bool = True) -> Path:
    """The bundled database, or in a source checkout the one built from ``seeds/`` into the
    user cache on first use (rebuilt when the seeds or the pipeline change)."""
    bundled = resources.bundled_database()
    if bundled is not None:
        return bundled
    if resources.is_frozen():      # a bundle without its database is broken: say so
        raise DatabaseError(resources.data_root() / "data" / "relations.db", "missing")
    seeds = resources.seeds_dir()
    target = resources.user_cache_dir() / f"seeds-{_seeds_fingerprint(seeds)}.db"
    if not target.exists() and build_if_missing:
        from relations_desktop.corpus.pipeline import process_all
        from relations_desktop.store.write import build_database
        docs, errors = process_all([seeds])
        if errors:
            raise DatabaseError(seeds, "unreadable", "; ".join(str(e) for e in errors))
        build_database(docs, target)
        for old in target.parent.glob("seeds-*.db"):
            if old != target:
                old.unlink(missing_ok=True)
    return target
