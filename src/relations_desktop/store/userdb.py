"""The user's library (``resources.user_corpus_db``): the one place where the app and the
command line check it, import into it, list, remove and re-process its documents.

It is a live SQLite database in WAL mode, changed incrementally: an import adds only its new
documents (``store.ingest``), a removal deletes one document's rows (``store.removal``), each
in one transaction, one writer at a time across processes (``store.lock``). A full re-process
(``store.reprocess``) happens only when the pipeline or the schema changed. Before any use the
file is checked (``store.health``): a damaged one is set aside, a newer one left alone.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from relations_desktop import fileio
from relations_desktop.corpus.reader import MAX_DOCUMENT_BYTES
from relations_desktop.errors import DatabaseError
from relations_desktop.store import sql
from relations_desktop.store.health import check_library
from relations_desktop.store.ingest import CancelledFn, Item, ProgressFn, run_import
from relations_desktop.store.lock import WaitCancelled, writer_lock
from relations_desktop.store.removal import delete_documents
from relations_desktop.store.report import (
    ORIGIN,
    AddedFile,
    DuplicateFile,
    FailedFile,
    ImportCancelled,
    ImportResult,
    NearDuplicate,
)
from relations_desktop.store.reprocess import reprocess, temporary_path
from relations_desktop.store.schema import USER_ID_BASE

__all__ = ["ORIGIN", "USER_ID_BASE", "AddedFile", "BundledDocumentError", "DuplicateFile", "FailedFile",
           "ImportCancelled", "ImportResult", "NearDuplicate", "UserDocument", "check_library", "find_documents",
           "import_documents", "list_user_documents", "rebuild_user_db", "remove_document", "remove_documents",
           "remove_stale_temps"]

WaitingFn = Callable[[], None]


class BundledDocumentError(ValueError):
    """A bundled document was asked to be removed; only imported ones can be."""

    def __init__(self, key: int | str) -> None:
        self.key = key
        super().__init__(f"document {key} is part of the bundled corpus and cannot be removed")


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
    source: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None
    licence: str | None = None
    archive: str | None = None
    archive_date: str | None = None
    duplicate_of: int | None = None     # the document it nearly repeats, if any


def _stale_temps(user_db: Path) -> list[Path]:
    # Earlier versions nested a second temporary file inside the first one's name
    # ("..name.X.tmp.Y.tmp"), which a killed import may have left.
    return (fileio.temporary_files(user_db) + sorted(user_db.parent.glob(f"..{user_db.name}.*.tmp"))
            + [p for p in [temporary_path(user_db)] if p.exists()])


def remove_stale_temps(user_db: str | Path) -> list[Path]:
    """Delete temporary files left beside ``user_db`` by a writer that was killed. Only when no
    writer is at work (they are made only under the writer lock); otherwise nothing."""
    user_db = Path(user_db)
    if not user_db.parent.is_dir():
        return []
    removed = []
    with contextlib.suppress(WaitCancelled, DatabaseError), writer_lock(user_db, waiting=_give_up):
        for p in _stale_temps(user_db):
            with contextlib.suppress(OSError):
                p.unlink()
                removed.append(p)
    return removed


def _give_up() -> None:
    raise WaitCancelled


def import_documents(items: Iterable[Item], user_db: str | Path, *, bundled_db: str | Path | None = None,
                     progress: ProgressFn | None = None, cancelled: CancelledFn | None = None,
                     waiting: WaitingFn | None = None, max_bytes: int = MAX_DOCUMENT_BYTES,
                     workers: int = 0) -> ImportResult:
    """Add ``items`` to the library: paths (files, or folders searched recursively) or documents
    already read (``RawDocument``, e.g. from a Kiwix archive, taken lazily).

    Files whose bytes equal a document already in the bundled database (when given), the
    library or earlier in this import are skipped as duplicates; near-duplicates are added but
    marked; files that cannot be read are reported, never fatal. ``progress(done, total, name)``
    comes before each item (``total`` is 0 for an iterable of unknown length) and once at the
    end with ``done == total``. ``cancelled()`` is asked between items and windows: True stops
    the import, which then writes nothing. ``waiting()`` is called once if another writer holds
    the library (the import waits for it). A library made by an older schema is re-processed
    first. Raises DatabaseError when the library cannot be used (and says why).
    """
    user_db = Path(user_db)
    remove_stale_temps(user_db)
    state = check_library(user_db)
    outdated = state.exists and state.documents and not sql.can_migrate(state.version)
    if outdated and not reprocess(user_db, progress=progress, cancelled=cancelled, waiting=waiting):
        return ImportResult(user_db=user_db, cancelled=True)
    return run_import(items, user_db, bundled_db=Path(bundled_db) if bundled_db else None, progress=progress,
                      cancelled=cancelled, waiting=waiting, max_bytes=max_bytes, workers=workers)


def rebuild_user_db(user_db: str | Path, *, progress: ProgressFn | None = None, cancelled: CancelledFn | None = None,
                    waiting: WaitingFn | None = None) -> bool:
    """Re-process every imported document from its stored text with the current schema and
    pipeline (after an upgrade), as a job that can be cancelled. False when there is nothing to
    re-process or it was cancelled; the old library serves until the new one is complete."""
    user_db = Path(user_db)
    remove_stale_temps(user_db)
    state = check_library(user_db)
    if not state.exists:
        return False
    return reprocess(user_db, progress=progress, cancelled=cancelled, waiting=waiting)


_LISTED = ("id", "file", "sha256", "lang", "kind", "title", "size", "added", "source", "url", "author", "published",
           "licence", "archive", "archive_date", "duplicate_of")


def list_user_documents(user_db: str | Path) -> list[UserDocument]:
    """The imported documents with their metadata and relationships, by file name; empty when
    there is no library yet. Reads a library of an older schema too."""
    user_db = Path(user_db)
    if not user_db.exists():
        return []
    conn = sql.connect(user_db, readonly=True)
    try:
        with sql.known_errors(user_db):
            sql.check_version(sql.user_version(conn), user_db)
            have = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
            pairs: dict[int, list[tuple[str, str]]] = {}
            for doc_id, a, b in conn.execute(
                    "SELECT DISTINCT p.document_id, r.a, r.b FROM passages p "
                    "JOIN relationships r ON r.id = p.relationship_id ORDER BY p.document_id, r.a, r.b"):
                pairs.setdefault(doc_id, []).append((a, b))
            columns = ", ".join(c if c in have else "NULL" for c in _LISTED)
            return [UserDocument(*r[:8], pairs.get(r[0], []), *r[8:])
                    for r in conn.execute(f"SELECT {columns} FROM documents ORDER BY file, id")]
    finally:
        conn.close()


def find_documents(user_db: str | Path, key: int | str) -> list[UserDocument]:
    """The imported documents a person means by ``key``: an id, a sha256, or a file name (a
    path is taken by its name)."""
    docs = list_user_documents(user_db)
    if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
        return [d for d in docs if d.id == int(key)]
    k = key.lower()
    by_hash = [d for d in docs if d.sha256 == k]
    return by_hash or [d for d in docs if d.file == Path(key).name]


def remove_documents(user_db: str | Path, ids: list[int], *, waiting: WaitingFn | None = None,
                     cancelled: CancelledFn | None = None) -> list[int]:
    """Remove the imported documents ``ids`` in one transaction; returns those removed. Bundled
    ids raise BundledDocumentError; a given-up wait for another writer removes nothing."""
    bundled = [i for i in ids if i < USER_ID_BASE]
    if bundled:
        raise BundledDocumentError(bundled[0])
    try:
        return delete_documents(Path(user_db), ids, waiting=waiting, cancelled=cancelled)
    except WaitCancelled:
        return []


def remove_document(user_db: str | Path, key: int | str, *, bundled_db: str | Path | None = None,
                    waiting: WaitingFn | None = None) -> bool:
    """Remove one imported document, by id or sha256; False when the library has no such one.

    Raises ``BundledDocumentError`` for a bundled document (an id below ``USER_ID_BASE``, or a
    sha256 found in ``bundled_db``). The ids of the other documents do not change.
    """
    if isinstance(key, int):
        if key < USER_ID_BASE:
            raise BundledDocumentError(key)
        ids = [key]
    else:
        ids = [d.id for d in list_user_documents(user_db) if d.sha256 == key.lower()]
        if not ids and bundled_db is not None and _in_bundled(Path(bundled_db), key.lower()):
            raise BundledDocumentError(key)
    return bool(remove_documents(user_db, ids, waiting=waiting))


def _in_bundled(bundled_db: Path, sha256: str) -> bool:
    conn = sql.connect(bundled_db, readonly=True)
    try:
        return conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", (sha256,)).fetchone() is not None
    except sqlite3.Error:
        return False
    finally:
        conn.close()
