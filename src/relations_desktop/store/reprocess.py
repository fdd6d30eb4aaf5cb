"""Re-process every document of a user library from its stored text, after the pipeline or the
schema changed: into a new database beside the library, one document at a time, while the old
library serves; then, in one step, SQLite's backup copies the new one over it. Cancelled,
failed or killed before that step, it leaves the library as it was. The writer lock is held
throughout, so no import lands in the old library meanwhile and is lost.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from relations_desktop import __version__
from relations_desktop.corpus.document import DocumentMeta, RawDocument
from relations_desktop.corpus.neardup import THRESHOLD, Signature, band_keys, similarity
from relations_desktop.errors import DatabaseError
from relations_desktop.gcpause import batch_allocations
from relations_desktop.seed_corpus import pipeline_version
from relations_desktop.store import sql
from relations_desktop.store.commit import next_id
from relations_desktop.store.ingest import stage_document
from relations_desktop.store.lock import WaitCancelled, writer_lock
from relations_desktop.store.pool import PipelineFailed, document_parts, guarded
from relations_desktop.store.removal import unindex_document
from relations_desktop.store.report import ORIGIN, ImportCancelled
from relations_desktop.store.rows import PartRows
from relations_desktop.store.schema import INDEXES, KEPT_ON_REPROCESS, REMEMBER_DOCUMENTS, SCHEMA_VERSION, USER_ID_BASE
from relations_desktop.store.texts import document_text
from relations_desktop.store.write import Writer, create_schema, now, write_countries, write_meta

ProgressFn = Callable[[int, int, str], None]

_META = ("title", "source", "url", "author", "published", "licence", "archive", "archive_date", "declared_lang")


@dataclass(frozen=True)
class Stored:
    id: int
    raw: RawDocument
    added: str
    lang: str
    kind: str


def temporary_path(user_db: Path) -> Path:
    """Where the new library is built (only while the writer lock is held)."""
    return user_db.with_name(f".{user_db.name}.reprocess.tmp")


def stored_documents(conn: sqlite3.Connection, user_db: Path) -> Iterator[Stored]:
    """The library's documents one at a time, rebuilt from their stored text, from any schema
    version that stored documents (before 5 the text was a column of documents)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
    meta = ", ".join(c if c in columns else "NULL" for c in _META)
    inline = "text" in columns
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]
    for doc_id in ids:
        row = conn.execute(f"SELECT file, sha256, encoding, size, added, lang, kind, {meta}"
                           f"{', text' if inline else ''} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            continue
        text = row[-1] if inline else document_text(conn, doc_id, table="main.document_text")
        raw = RawDocument(file=row[0], path=f"{user_db}#{doc_id}", sha256=row[1], encoding=row[2], text=text,
                          size=row[3], meta=DocumentMeta(*row[7:7 + len(_META)]))
        yield Stored(doc_id, raw, row[4], row[5], row[6])


def _new_database(path: Path, page_size: int) -> sqlite3.Connection:
    path.unlink(missing_ok=True)          # left by a re-process that was killed (we hold the lock)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA page_size = {page_size}")
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    create_schema(conn, indexes=False)
    conn.execute("CREATE INDEX bands_doc ON signature_bands(document_id)")
    write_countries(conn)
    return conn


def _mark_near_duplicate(conn: sqlite3.Connection, doc_id: int) -> None:
    """Point ``doc_id`` at an earlier document of the new library it nearly repeats, and take
    its sentences out of the full-text index."""
    row = conn.execute("SELECT signature FROM signatures WHERE document_id = ?", (doc_id,)).fetchone()
    sig = Signature.from_bytes(row[0])
    if sig.size == 0:
        return
    keys = band_keys(sig)
    best = None
    for other, blob, original in conn.execute(
            f"SELECT DISTINCT b.document_id, s.signature, d.duplicate_of FROM signature_bands b "
            f"JOIN signatures s ON s.document_id = b.document_id JOIN documents d ON d.id = b.document_id "
            f"WHERE b.band IN ({','.join('?' * len(keys))}) AND b.document_id < ?", (*keys, doc_id)):
        score = similarity(sig, Signature.from_bytes(blob))
        if score >= THRESHOLD and (best is None or score > best[0]):
            best = (score, original or other)
    if best is not None:
        unindex_document(conn, doc_id)
        conn.execute("UPDATE documents SET duplicate_of = ? WHERE id = ?", (best[1], doc_id))


def _keep_unprocessed(writer: Writer, doc: Stored) -> None:
    """A document the pipeline fails on stays in the library, with its text and no extraction."""
    rows = PartRows(doc.lang, doc.kind, None, len(doc.raw.text), [])
    doc_id = writer.new_id()
    writer.add_document(doc_id, doc.raw, rows, chars=len(doc.raw.text), origin=ORIGIN, added=doc.added)
    writer.add_text(doc_id, doc.raw.text)


def _carry(new: sqlite3.Connection, user_db: Path) -> None:
    """Copy the user's own tables (KEPT_ON_REPROCESS) over, row for row."""
    if not KEPT_ON_REPROCESS:
        return
    new.execute("ATTACH DATABASE ? AS old", (f"{user_db.resolve().as_uri()}?mode=ro",))
    try:
        old_tables = {r[0] for r in new.execute("SELECT name FROM old.sqlite_master WHERE type = 'table'")}
        for table in KEPT_ON_REPROCESS:
            if table in old_tables:
                columns = [r[1] for r in new.execute(f"PRAGMA main.table_info({table})")]
                have = {r[1] for r in new.execute(f"PRAGMA old.table_info({table})")}
                names = ", ".join(f'"{c}"' for c in columns if c in have)
                new.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM old.{table}")
    finally:
        new.execute("DETACH DATABASE old")
    new.execute(REMEMBER_DOCUMENTS.format(where="1"))     # (a library too old to have these columns)


def reprocess(user_db: Path, *, progress: ProgressFn | None = None, cancelled: Callable[[], bool] | None = None,
              waiting: Callable[[], None] | None = None) -> bool:
    """Re-process the library at ``user_db`` (see the module); False when it holds no document or
    the job was cancelled. Raises DatabaseError for what the environment causes."""
    try:
        with writer_lock(user_db, waiting=waiting, cancelled=cancelled):
            return _reprocess(user_db, progress, cancelled)
    except (WaitCancelled, ImportCancelled):
        return False


def _reprocess(user_db: Path, progress: ProgressFn | None, cancelled: Callable[[], bool] | None) -> bool:
    if not user_db.is_file():
        return False
    source = sql.connect(user_db, readonly=True)
    tmp = temporary_path(user_db)
    new: sqlite3.Connection | None = None
    try:
        with sql.known_errors(user_db):
            sql.check_version(sql.user_version(source), user_db)
            total = source.execute("SELECT count(*) FROM documents").fetchone()[0]
            if not total:
                return False
            created = dict(source.execute("SELECT key, value FROM meta")).get("created", now())
            new = _new_database(tmp, source.execute("PRAGMA page_size").fetchone()[0])
            writer = Writer(new, next_id=USER_ID_BASE + 1)
            with batch_allocations():
                for done, doc in enumerate(stored_documents(source, user_db)):
                    if cancelled is not None and cancelled():
                        raise ImportCancelled
                    if progress:
                        progress(done, total, doc.raw.file)
                    new.execute("BEGIN")
                    try:
                        staged = stage_document(writer, doc.raw, guarded(document_parts(doc.raw)), doc.added,
                                                cancelled)
                        _mark_near_duplicate(new, staged.id)
                    except PipelineFailed:
                        new.execute("ROLLBACK")
                        new.execute("BEGIN")
                        _keep_unprocessed(writer, doc)
                    new.execute("COMMIT")
            _carry(new, user_db)
            for statement in INDEXES:
                if "bands_doc" not in statement:
                    new.execute(statement)
            write_meta(new, {"schema_version": str(SCHEMA_VERSION), "app_version": __version__, "origin": ORIGIN,
                             "pipeline": pipeline_version(), "created": created, "reprocessed": now(),
                             "next_id": str(next_id(new, "main"))})
            new.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            if new.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise DatabaseError(tmp, "unreadable", "the new library failed its check")
            source.close()
            live = sql.connect(user_db)
            try:
                new.backup(live)          # one write transaction on the library: all or nothing
            finally:
                live.close()
        if progress:
            progress(total, total, "")
        return True
    finally:
        source.close()
        if new is not None:
            new.close()
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
