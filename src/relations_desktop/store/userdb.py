"""The user's own corpus: import documents into it, list them and remove them.

Every change rebuilds the whole user database beside the old one and swaps it in only
when complete, so a cancelled, failed or killed import leaves the old file untouched.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from relations_desktop import fileio
from relations_desktop.corpus.document import DocumentMeta, RawDocument
from relations_desktop.corpus.pipeline import ProcessedDocument, batch_allocations, iter_sources, process_text
from relations_desktop.corpus.reader import read_document
from relations_desktop.errors import DatabaseError, DocumentError
from relations_desktop.store.connection import open_readonly
from relations_desktop.store.schema import USER_ID_BASE
from relations_desktop.store.write import build_database

log = logging.getLogger(__name__)

ORIGIN = "user"

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]


class ImportCancelled(Exception):
    """Raised inside an import when ``cancelled()`` says stop; the import then writes nothing."""


class BundledDocumentError(ValueError):
    """A bundled document was asked to be removed; only imported ones can be."""

    def __init__(self, key: int | str) -> None:
        self.key = key
        super().__init__(f"document {key} is part of the bundled corpus and cannot be removed")


@dataclass(frozen=True)
class AddedFile:
    file: str
    path: str
    sha256: str
    lang: str
    pairs: list[tuple[str, str]]        # empty: stored, but no passage to search or browse
    events: int


@dataclass(frozen=True)
class DuplicateFile:
    file: str
    path: str
    sha256: str
    existing_file: str                  # the document it has the same bytes as
    existing_origin: str                # "bundled", "user", or "import" (earlier in this import)
    existing_id: int | None             # that document's id (None for one earlier in this import)


@dataclass(frozen=True)
class FailedFile:
    file: str
    path: str
    reason: str                         # DocumentError key: unreadable, empty, binary, undecodable, ...
    detail: str


@dataclass
class ImportResult:
    user_db: Path
    added: list[AddedFile] = field(default_factory=list)
    duplicates: list[DuplicateFile] = field(default_factory=list)
    failed: list[FailedFile] = field(default_factory=list)
    bytes_processed: int = 0            # size of the files that went through the pipeline
    elapsed: float = 0.0                # seconds, the whole import
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed and not self.cancelled


@dataclass(frozen=True)
class UserDocument:
    id: int
    file: str
    sha256: str
    lang: str
    kind: str
    title: str | None
    size: int
    added: str
    pairs: list[tuple[str, str]]


def _stale_temps(user_db: Path) -> list[Path]:
    # Earlier versions nested a second temporary file inside the first one's name
    # ("..name.X.tmp.Y.tmp"), which a killed import may have left.
    return fileio.temporary_files(user_db) + sorted(user_db.parent.glob(f"..{user_db.name}.*.tmp"))


def remove_stale_temps(user_db: str | Path) -> list[Path]:
    """Delete temporary files left beside ``user_db`` by an import that crashed."""
    removed = []
    for p in _stale_temps(Path(user_db)):
        with contextlib.suppress(OSError):
            p.unlink()
            removed.append(p)
    return removed


@dataclass(frozen=True)
class _Stored:
    id: int
    raw: RawDocument
    added: str


def _stored_documents(user_db: Path) -> list[_Stored]:
    """The documents of the current user database, as raw documents rebuilt from their text.

    An older schema is read too, as long as its documents table has these columns: the
    rebuild then brings the user's documents into the current schema.
    """
    if not user_db.is_file():
        return []
    conn = open_readonly(user_db, check=False)
    try:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
        meta = [c if c in columns else "NULL" for c in _META_COLUMNS]
        rows = conn.execute(f"SELECT id, file, sha256, encoding, text, size, added, {', '.join(meta)} "
                            "FROM documents ORDER BY id").fetchall()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(user_db, "unreadable", str(exc)) from None
    finally:
        conn.close()
    return [_Stored(r[0], RawDocument(file=r[1], path=f"{user_db}#{r[0]}", sha256=r[2], encoding=r[3],
                                      text=r[4], size=r[5], meta=DocumentMeta(*r[7:])), r[6]) for r in rows]


# DocumentMeta's fields in order, as the documents table names them (schema 4 on).
_META_COLUMNS = ("title", "source", "url", "author", "published", "licence", "archive", "archive_date")


def _bundled_hashes(bundled_db: str | Path | None) -> dict[str, tuple[int, str]]:
    if bundled_db is None:
        return {}
    conn = open_readonly(bundled_db)
    try:
        return {sha: (i, file) for i, sha, file in conn.execute("SELECT id, sha256, file FROM documents")}
    finally:
        conn.close()


def _write(user_db: Path, docs: list[ProcessedDocument], added_at: dict[str, str],
           check: Callable[[], None] | None = None) -> None:
    """Build the new user database beside ``user_db`` and swap it in; earlier documents keep
    their import time."""
    build_database(docs, user_db, origin=ORIGIN, id_base=USER_ID_BASE, added_at=added_at, check=check)


def import_documents(paths: Iterable[str | Path], user_db: str | Path, *,
                     bundled_db: str | Path | None = None, progress: ProgressFn | None = None,
                     cancelled: CancelledFn | None = None) -> ImportResult:
    """Add the documents in ``paths`` (files, or folders searched recursively) to the user corpus.

    Files whose bytes equal a document already in the bundled database (when given), the
    user database or earlier in this import are skipped as duplicates; unreadable files are
    reported, never fatal. ``progress(done, total, file)`` is called before each file (the
    total counts the documents already imported too: they are re-processed from their stored
    text into the new database) and once at the end with ``done == total``. When
    ``cancelled()`` returns True the import stops and writes nothing.
    The user database is replaced only when the new one is complete. A user database that
    cannot be read raises ``DatabaseError`` and is left alone.
    """
    t0 = time.perf_counter()
    user_db = Path(user_db)
    result = ImportResult(user_db=user_db)
    remove_stale_temps(user_db)
    stored = _stored_documents(user_db)
    known: dict[str, tuple[str, str, int | None]] = {
        sha: ("bundled", file, i) for sha, (i, file) in _bundled_hashes(bundled_db).items()}
    for s in stored:
        known.setdefault(s.raw.sha256, (ORIGIN, s.raw.file, s.id))

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled

    sources = list(iter_sources(paths))
    # Earlier imports are re-processed from their stored text when anything is added.
    total = len(sources) + len(stored)
    new_docs: list[ProcessedDocument] = []
    with batch_allocations():
        try:
            for done, path in enumerate(sources):
                check()
                if progress:
                    progress(done, total, path.name)
                try:
                    raw = read_document(path)
                except DocumentError as exc:
                    result.failed.append(FailedFile(path.name, str(path), exc.reason, exc.detail))
                    continue
                if raw.sha256 in known:
                    origin, file, existing_id = known[raw.sha256]
                    result.duplicates.append(DuplicateFile(raw.file, str(path), raw.sha256, file, origin,
                                                           existing_id))
                    continue
                try:
                    doc = process_text(raw)
                except Exception as exc:  # a pipeline bug on one odd file must not sink the import
                    log.exception("processing %s failed", path)
                    result.failed.append(FailedFile(path.name, str(path), "processing",
                                                    f"{type(exc).__name__}: {exc}"))
                    continue
                known[raw.sha256] = ("import", raw.file, None)
                new_docs.append(doc)
                result.bytes_processed += raw.size
            if new_docs:
                docs = list(new_docs)
                for done, s in enumerate(stored, start=len(sources)):
                    check()
                    if progress:
                        progress(done, total, s.raw.file)
                    docs.append(process_text(s.raw))
                _write(user_db, docs, {s.raw.sha256: s.added for s in stored}, check)
            if progress:
                progress(total, total, "")
        except ImportCancelled:
            result.cancelled = True
            new_docs = []
    result.added = [AddedFile(d.raw.file, d.raw.path, d.raw.sha256, d.lang, list(d.pairs), len(d.events))
                    for d in new_docs]
    result.elapsed = time.perf_counter() - t0
    return result


def rebuild_user_db(user_db: str | Path, *, progress: ProgressFn | None = None,
                    cancelled: CancelledFn | None = None) -> bool:
    """Re-process every imported document from its stored text into a new user database with
    the current schema and pipeline (after an upgrade). False when there is nothing to rebuild
    or it was cancelled; the old database stays until the new one is complete."""
    user_db = Path(user_db)
    remove_stale_temps(user_db)
    stored = _stored_documents(user_db)
    if not stored:
        return False

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled

    try:
        docs = []
        for done, s in enumerate(stored):
            check()
            if progress:
                progress(done, len(stored), s.raw.file)
            docs.append(process_text(s.raw))
        _write(user_db, docs, {s.raw.sha256: s.added for s in stored}, check)
    except ImportCancelled:
        return False
    if progress:
        progress(len(stored), len(stored), "")
    return True


def list_user_documents(user_db: str | Path) -> list[UserDocument]:
    """The imported documents, by file name; empty when there is no user database yet."""
    user_db = Path(user_db)
    if not user_db.is_file():
        return []
    conn = open_readonly(user_db)
    try:
        pairs: dict[int, list[tuple[str, str]]] = {}
        for doc_id, a, b in conn.execute(
                "SELECT DISTINCT p.document_id, r.a, r.b FROM passages p "
                "JOIN relationships r ON r.id = p.relationship_id ORDER BY p.document_id, r.a, r.b"):
            pairs.setdefault(doc_id, []).append((a, b))
        return [UserDocument(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], pairs.get(r[0], []))
                for r in conn.execute("SELECT id, file, sha256, lang, kind, title, size, added "
                                      "FROM documents ORDER BY file, id")]
    finally:
        conn.close()


def remove_document(user_db: str | Path, key: int | str, *, bundled_db: str | Path | None = None) -> bool:
    """Remove one imported document, by id or sha256; False when the user corpus has no such one.

    Raises ``BundledDocumentError`` for a bundled document (an id below ``USER_ID_BASE``, or a
    sha256 found in ``bundled_db``). Document ids of the other imported documents may change.
    """
    user_db = Path(user_db)
    if isinstance(key, int) and key < USER_ID_BASE:
        raise BundledDocumentError(key)
    stored = _stored_documents(user_db)
    if isinstance(key, int):
        keep = [s for s in stored if s.id != key]
    else:
        keep = [s for s in stored if s.raw.sha256 != key.lower()]
        if len(keep) == len(stored) and key.lower() in _bundled_hashes(bundled_db):
            raise BundledDocumentError(key)
    if len(keep) == len(stored):
        return False
    remove_stale_temps(user_db)
    _write(user_db, [process_text(s.raw) for s in keep], {s.raw.sha256: s.added for s in keep})
    return True
