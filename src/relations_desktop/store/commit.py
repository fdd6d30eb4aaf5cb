"""Copy an import's staged documents into the user library, holding the writer lock, in one
transaction: every row or none. Inside it, documents that another writer added meanwhile
become duplicates, near-duplicates are marked (``documents.duplicate_of``), and the staged ids
are shifted past the library's last one. Also: making a new, empty library.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from relations_desktop import __version__, fileio
from relations_desktop.corpus.neardup import THRESHOLD, NearDuplicateIndex, Signature, band_keys, similarity
from relations_desktop.store import sql
from relations_desktop.store.lock import WaitCancelled, writer_lock
from relations_desktop.store.report import (
    ORIGIN,
    AddedFile,
    DuplicateFile,
    ImportCancelled,
    ImportResult,
    NearDuplicate,
    Staged,
)
from relations_desktop.store.schema import SCHEMA_VERSION, USER_ID_BASE
from relations_desktop.store.write import create_schema, now, write_countries, write_meta

# Row ids of every table, shared by one counter; ``documents`` first.
_ID_TABLES = ("documents", "relationships", "passages", "sentences", "events", "citations")
# How each id column of a staged row becomes the library's: shifted by the offset, or mapped.
_REL = "(SELECT new FROM temp.relmap WHERE old = relationship_id)"
_SHIFTED = {
    "documents": {"id": "id + :off", "duplicate_of": "NULL"},
    "document_text": {"document_id": "document_id + :off"},
    "blocks": {"document_id": "document_id + :off"},
    "citations": {"id": "id + :off", "document_id": "document_id + :off"},
    "mentions": {"document_id": "document_id + :off"},
    "passages": {"id": "id + :off", "relationship_id": _REL, "document_id": "document_id + :off"},
    "sentences": {"id": "id + :off", "document_id": "document_id + :off", "passage_id": "passage_id + :off"},
    "events": {"id": "id + :off", "relationship_id": _REL, "document_id": "document_id + :off",
               "sentence_id": "sentence_id + :off"},
    "signatures": {"document_id": "document_id + :off"},
    "signature_bands": {"document_id": "document_id + :off"},
}
_SKIP = "(SELECT id FROM temp.skip)"


def new_library(path: Path, pipeline: str, bundled: sqlite3.Connection | None = None) -> None:
    """An empty library at ``path`` (schema, countries, meta), made beside and renamed into
    place, so that a failure leaves no half-made file. The caller holds the writer lock. The
    countries are those of ``bundled`` when the same pipeline made it (their collation takes
    a third of a second to compute)."""
    countries = _countries_of(bundled, pipeline) if bundled is not None else None
    with sql.known_errors(path):
        path.parent.mkdir(parents=True, exist_ok=True)
    with sql.known_errors(path), fileio.replace_atomically(path) as tmp:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute("BEGIN")
            create_schema(conn, indexes=True)
            write_meta(conn, {"schema_version": str(SCHEMA_VERSION), "app_version": __version__, "origin": ORIGIN,
                              "pipeline": pipeline, "created": now(), "next_id": str(USER_ID_BASE + 1)})
            if countries:
                conn.executemany(f"INSERT INTO countries VALUES ({', '.join('?' * len(countries[0]))})", countries)
            else:
                write_countries(conn)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()


def _countries_of(bundled: sqlite3.Connection, pipeline: str) -> list[tuple] | None:
    """The countries rows of a corpus database made by ``pipeline`` in this schema, else None."""
    try:
        meta = dict(bundled.execute("SELECT key, value FROM meta"))
        if meta.get("pipeline") != pipeline or meta.get("schema_version") != str(SCHEMA_VERSION):
            return None
        return bundled.execute("SELECT * FROM countries ORDER BY rowid").fetchall() or None
    except sqlite3.Error:
        return None


def next_id(conn: sqlite3.Connection, schema: str) -> int:
    """The first id no row of the library has had."""
    row = conn.execute(f"SELECT value FROM {schema}.meta WHERE key = 'next_id'").fetchone()
    candidates = [int(row[0]) if row else 0, USER_ID_BASE + 1]
    for table in _ID_TABLES:
        candidates.append((conn.execute(f"SELECT max(id) FROM {schema}.{table}").fetchone()[0] or 0) + 1)
    return max(candidates)


def commit_staged(staging: sqlite3.Connection, staged: list[Staged], user_db: Path, result: ImportResult, *,
                  staged_next: int, bundled: sqlite3.Connection | None, waiting: Callable[[], None] | None,
                  cancelled: Callable[[], bool] | None, pipeline: str,
                  near_duplicates: NearDuplicates | None = None) -> None:
    """Copy the staged documents into the library and fill ``result`` (added, duplicates found
    late, near-duplicates: ``near_duplicates`` as found while staging, when the library has not
    changed since). Raises ImportCancelled when the wait for the lock is cancelled."""
    try:
        with writer_lock(user_db, waiting=waiting, cancelled=cancelled):
            if not user_db.exists():
                new_library(user_db, pipeline, bundled)
            with sql.known_errors(user_db):
                staging.execute("ATTACH DATABASE ? AS lib", (f"{user_db.resolve().as_uri()}?mode=rw",))
            try:
                with sql.known_errors(user_db):
                    staging.execute(f"PRAGMA lib.busy_timeout = {sql.BUSY_TIMEOUT_MS}")
                    staging.execute("PRAGMA lib.synchronous = FULL")
                    sql.check_version(sql.user_version(staging, "lib"), user_db)
                with sql.transaction(staging, user_db):
                    _copy_in(staging, staged, staged_next, result, bundled, near_duplicates)
            finally:
                staging.execute("DETACH DATABASE lib")
    except WaitCancelled:
        raise ImportCancelled from None


def _copy_in(conn: sqlite3.Connection, staged: list[Staged], staged_next: int, result: ImportResult,
             bundled: sqlite3.Connection | None, found: NearDuplicates | None) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS skip (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM temp.skip")
    late = {sid: (file, lid) for sid, file, lid in conn.execute(
        # CROSS JOIN keeps the few staged rows outside: the library is searched by its index.
        "SELECT s.id, l.file, l.id FROM main.documents s CROSS JOIN lib.documents l ON l.sha256 = s.sha256")}
    conn.executemany("INSERT INTO temp.skip VALUES (?)", [(i,) for i in late])
    off = next_id(conn, "lib") - 1            # staged ids start at 1
    kept = [s for s in staged if s.id not in late]
    if found is None or late or library_stamp(conn, "lib") != found.stamp:
        found = _near_duplicates(conn, kept, bundled)
    near = found.result(off)
    _copy_rows(conn, off, unindexed=list(near))
    conn.executemany("UPDATE lib.documents SET duplicate_of = ? WHERE id = ?",
                     [(target, sid + off) for sid, (target, *_rest) in near.items()])
    conn.execute("INSERT OR REPLACE INTO lib.meta VALUES ('next_id', ?)", (str(off + staged_next),))
    for s in staged:
        if s.id in late:
            file, lid = late[s.id]
            result.duplicates.append(DuplicateFile(s.raw_file, s.path, s.sha256, file, ORIGIN, lid))
        else:
            result.added.append(AddedFile(s.raw_file, s.path, s.sha256, s.lang, s.pairs, s.events))
    kept_file = {s.id: s.raw_file for s in kept}
    result.near_duplicates.extend(NearDuplicate(kept_file[sid], file, origin, target, score)
                                  for sid, (target, origin, file, score) in near.items())


def _copy_rows(conn: sqlite3.Connection, off: int, unindexed: list[int]) -> None:
    """Copy the staged rows (but those of ``temp.skip``) with their ids shifted by ``off``; the
    sentences of ``unindexed`` documents (near-duplicates) stay out of the full-text index."""
    conn.execute(
        "INSERT OR IGNORE INTO lib.relationships (id, a, b) SELECT id + :off, a, b FROM main.relationships "
        f"WHERE id IN (SELECT relationship_id FROM main.passages WHERE document_id NOT IN {_SKIP} "
        f"UNION SELECT relationship_id FROM main.events WHERE document_id NOT IN {_SKIP})", {"off": off})
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS relmap (old INTEGER PRIMARY KEY, new INTEGER NOT NULL)")
    conn.execute("DELETE FROM temp.relmap")
    conn.execute("INSERT INTO temp.relmap SELECT r.id, l.id FROM main.relationships r "
                 "CROSS JOIN lib.relationships l ON l.a = r.a AND l.b = r.b")
    for table, shifted in _SHIFTED.items():
        columns = [row[1] for row in conn.execute(f"PRAGMA main.table_info({table})")]
        values = ", ".join(shifted.get(c, f'"{c}"') for c in columns)
        key = "id" if table == "documents" else "document_id"
        names = ", ".join(f'"{c}"' for c in columns)
        conn.execute(f"INSERT INTO lib.{table} ({names}) "
                     f"SELECT {values} FROM main.{table} WHERE {key} NOT IN {_SKIP}", {"off": off})
    conn.execute("INSERT INTO lib.sentences_fts (rowid, body, countries) "
                 "SELECT f.rowid + :off, f.body, f.countries FROM main.sentences_fts f "
                 f"JOIN main.sentences s ON s.id = f.rowid WHERE s.document_id NOT IN {_SKIP} "
                 f"AND s.document_id NOT IN ({','.join(map(str, unindexed))})", {"off": off})


def _candidates(conn: sqlite3.Connection, schema: str, keys: list[int]) -> list[tuple[int, bytes, int | None, str]]:
    marks = ",".join("?" * len(keys))
    return conn.execute(
        f"SELECT DISTINCT b.document_id, s.signature, d.duplicate_of, d.file FROM {schema}.signature_bands b "
        f"JOIN {schema}.signatures s ON s.document_id = b.document_id "
        f"JOIN {schema}.documents d ON d.id = b.document_id WHERE b.band IN ({marks})", keys).fetchall()


def library_stamp(conn: sqlite3.Connection, schema: str) -> tuple[int, int | None]:
    """What changes when a library's documents change (ids are never given twice)."""
    return conn.execute(f"SELECT count(*), max(id) FROM {schema}.documents").fetchone()


class NearDuplicates:
    """Finds, document by document in the order they are staged, those that nearly repeat one
    in the library, the bundled corpus or earlier in this import (an original that is itself a
    copy is followed to its own original). An import does it while it stages, with the
    library as it was then (``stamp``); the commit uses it if the library is still so."""

    def __init__(self, library: tuple[sqlite3.Connection, str] | None, bundled: sqlite3.Connection | None) -> None:
        self.sources = ([("user", *library)] if library is not None else []) + \
            ([("bundled", bundled, "main")] if bundled is not None else [])
        self.stamp = library_stamp(*library) if library is not None else (0, None)
        self._batch = NearDuplicateIndex()
        self._files: dict[int, str] = {}
        # staged id -> (the original's library id, or its staged id when "import"; origin; file; similarity)
        self._found: dict[int, tuple[int, str, str, float]] = {}

    def add(self, doc_id: int, file: str, sig: Signature) -> None:
        if sig.size == 0:
            return
        self._files[doc_id] = file
        keys = band_keys(sig)
        best: tuple[float, int, str, str] | None = None
        for origin, source, schema in self.sources:
            for found_id, blob, original, found_file in _candidates(source, schema, keys):
                score = similarity(sig, Signature.from_bytes(blob))
                if score >= THRESHOLD and (best is None or score > best[0]):
                    best = (score, original or found_id, origin, found_file)
        for key, score in self._batch.matches(sig):
            if best is None or score > best[0]:
                best = (score, key, "import", self._files[key])        # type: ignore[index]
        if best is None:
            self._batch.add(doc_id, sig)
        else:
            self._found[doc_id] = (best[1], best[2], best[3], best[0])

    def result(self, off: int) -> dict[int, tuple[int, str, str, float]]:
        """Staged id -> (the library id of the original, its origin, its file, similarity), for
        staged ids shifted by ``off`` in the library."""
        return {sid: (target + off if origin == "import" else target, origin, file, score)
                for sid, (target, origin, file, score) in self._found.items()}


def _near_duplicates(conn: sqlite3.Connection, kept: list[Staged], bundled: sqlite3.Connection | None,
                     ) -> NearDuplicates:
    """``NearDuplicates`` of the kept staged documents, against the library as it is now."""
    signatures = {sid: Signature.from_bytes(blob) for sid, blob in conn.execute(
        "SELECT document_id, signature FROM main.signatures")}
    near = NearDuplicates((conn, "lib"), bundled)
    for s in kept:
        sig = signatures.get(s.id)
        if sig is not None:
            near.add(s.id, s.raw_file, sig)
    return near
