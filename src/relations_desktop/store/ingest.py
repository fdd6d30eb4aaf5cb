"""The import engine of the user library: only new documents go through the pipeline.

Items are paths (files, or folders searched recursively), documents already read
(``RawDocument``), or sources of documents read lazily (an iterable of ``RawDocument`` or
``DocumentError``, such as a Kiwix archive's chosen articles; with a length, the progress
knows the total beforehand; a source may give ``store.pool.Deferred`` documents instead, which
workers read themselves, their bytes' hash known only then). Each is read with a size limit,
skipped when its bytes are already in the library, the bundled corpus or earlier in this
import, and otherwise processed (window by window when long: ``corpus.windows``) into a
private staging database that SQLite deletes itself, even after a crash. Only then, holding
the library's writer lock, are the staged documents copied into the library in one
transaction (``store.commit``). So the pipeline never runs inside a transaction, readers never
wait, a cancelled or killed import changes nothing, and memory follows the largest document.
With ``workers`` the pipeline runs in that many processes (``store.pool``), and a file of a
format read by native code is read there too (``corpus.reader.NATIVE_FORMATS``).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sized
from itertools import chain
from pathlib import Path

from relations_desktop.corpus.document import RawDocument
from relations_desktop.corpus.neardup import Signature, Sketch
from relations_desktop.corpus.reader import FileRef, read_document, reads_natively
from relations_desktop.corpus.walk import walk_sources
from relations_desktop.errors import DocumentError
from relations_desktop.gcpause import batch_allocations
from relations_desktop.seed_corpus import pipeline_version
from relations_desktop.store import sql
from relations_desktop.store.commit import NearDuplicates, commit_staged
from relations_desktop.store.pool import Deferred, Handlers, Pipeline, is_deferred
from relations_desktop.store.report import (
    ORIGIN,
    SKIPPED_REASONS,
    DuplicateFile,
    FailedFile,
    ImportCancelled,
    ImportResult,
    Staged,
)
from relations_desktop.store.rows import Pair, PartRows
from relations_desktop.store.schema import DDL
from relations_desktop.store.write import Writer, now

log = logging.getLogger(__name__)

# A source: documents read lazily, one at a time (what cannot be read comes as its error).
Source = Iterable[RawDocument | DocumentError | Deferred]
Item = str | os.PathLike | RawDocument | Source
ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]


def open_staging() -> sqlite3.Connection:
    """A private staging database: SQLite keeps it in a temporary file that it deletes when the
    connection closes, and that the operating system drops if the process dies."""
    conn = sqlite3.connect("", isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA journal_mode = MEMORY")      # (rolls back one document's savepoint)
    fts = DDL[-1]
    assert "sentences_fts" in fts
    for statement in DDL[:-1]:
        conn.execute(statement)
    # The index is built in the library; here its rows wait as a table of the same columns.
    conn.execute("CREATE TABLE sentences_fts (rowid INTEGER PRIMARY KEY, body TEXT NOT NULL, countries TEXT NOT NULL)")
    # No indexes: the commit reads every staged row in the order it was written; only
    # ``documents.sha256`` (unique) is looked up, by the library's index.
    return conn


def _is_source(item: Item) -> bool:
    return not isinstance(item, str | os.PathLike | RawDocument)


Entry = Path | RawDocument | DocumentError | Deferred


def expand(items: Iterable[Item], deferred: bool = False) -> Iterator[Entry]:
    """Paths become the files they name or hold (unreadable entries and files of a type the
    app does not read become errors in place); documents pass through; sources are read
    lazily, in their place (with ``deferred``, a source that can give its documents unread,
    for workers to read, gives them so)."""
    for item in items:
        if isinstance(item, RawDocument):
            yield item
        elif deferred and hasattr(item, "deferred"):
            yield from item.deferred()
        elif _is_source(item):
            yield from item         # type: ignore[misc]
        else:
            yield from walk_sources([item])     # type: ignore[list-item]


def entries_of(items: Iterable[Item], deferred: bool = False) -> tuple[Iterable[Entry], int]:
    """What an import goes through, and how many entries that is (0: not known beforehand).
    Folders of a list are listed first (to count their files); sources stay lazy."""
    if not isinstance(items, list | tuple):
        return expand(items, deferred), 0
    parts: list[Iterable[Entry]] = []
    total, known = 0, True
    for item in items:
        if _is_source(item):
            parts.append(expand([item], deferred))
            known = known and isinstance(item, Sized)
            total += len(item) if isinstance(item, Sized) else 0
        else:
            listed = list(expand([item]))
            parts.append(listed)
            total += len(listed)
    return chain.from_iterable(parts), total if known else 0


def stage_document(writer: Writer, raw: RawDocument, parts: Iterable[tuple[PartRows, str]], added: str,
                   cancelled: CancelledFn | None = None, signature: Signature | None = None,
                   near_duplicates: NearDuplicates | None = None) -> Staged:
    """Write one document's rows into the staging database (inside the caller's transaction).
    Its near-duplicate signature is ``signature`` when given (the parts' texts are then not
    used), else made of the parts' texts; ``near_duplicates`` is told of it."""
    doc_id = writer.new_id()
    sketch = Sketch()
    langs: Counter[str] = Counter()
    first: PartRows | None = None
    pairs: list[Pair] = []
    events = 0
    for rows, text in parts:
        if cancelled is not None and cancelled():
            raise ImportCancelled
        if signature is None:
            sketch.add(text)
        langs[rows.lang] += rows.chars
        first = first or rows
        pairs.extend(p for p in rows.pairs if p not in pairs)
        events += len(rows.events)
        writer.add_rows(doc_id, rows)
    assert first is not None
    first.lang = max(langs, key=langs.__getitem__)      # the language of most of its text
    writer.add_text(doc_id, raw.text)
    writer.add_document(doc_id, raw, first, chars=len(raw.text), origin=ORIGIN, added=added)
    sig = signature or sketch.signature()
    writer.add_signature(doc_id, sig)
    if near_duplicates is not None:
        near_duplicates.add(doc_id, raw.file, sig)
    return Staged(doc_id, raw.file, raw.path, raw.sha256, first.lang, pairs, events, raw.size)


class Known:
    """Where a document's bytes are already: the library, the bundled corpus, this import."""

    def __init__(self, library: sqlite3.Connection | None, bundled: sqlite3.Connection | None) -> None:
        self.library, self.bundled = library, bundled
        self.this_import: dict[str, str] = {}

    def find(self, sha256: str) -> tuple[str, str, int | None] | None:
        """(origin, file, id) of the document with these bytes, or None."""
        for origin, conn in (("bundled", self.bundled), (ORIGIN, self.library)):
            if conn is not None:
                row = conn.execute("SELECT file, id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
                if row is not None:
                    return origin, row[0], row[1]
        if sha256 in self.this_import:
            return "import", self.this_import[sha256], None
        return None


def run_import(items: Iterable[Item], user_db: Path, *, bundled_db: Path | None, progress: ProgressFn | None,
               cancelled: CancelledFn | None, waiting: Callable[[], None] | None, max_bytes: int,
               workers: int) -> ImportResult:
    """The import itself (see ``store.userdb.import_documents``); the library is sound and of
    this schema when it is called. What the environment causes (a full temporary folder, a
    library that cannot be read) is DatabaseError."""
    with sql.known_errors(user_db, os_errors=False):
        return _run_import(items, user_db, bundled_db, progress, cancelled, waiting, max_bytes, workers)


def _run_import(items: Iterable[Item], user_db: Path, bundled_db: Path | None, progress: ProgressFn | None,
                cancelled: CancelledFn | None, waiting: Callable[[], None] | None, max_bytes: int,
                workers: int) -> ImportResult:
    t0 = time.perf_counter()
    result = ImportResult(user_db=user_db)
    entries, total = entries_of(items, deferred=workers > 0)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled

    library = sql.connect(user_db, readonly=True) if user_db.is_file() else None
    bundled = sql.connect(bundled_db, readonly=True) if bundled_db is not None else None
    staging = open_staging()
    known = Known(library, bundled)
    writer = Writer(staging)
    staged: list[Staged] = []
    near_duplicates = NearDuplicates((library, "main") if library is not None else None, bundled)
    added = now()
    try:
        with batch_allocations(), Pipeline(workers, known=[user_db, *([bundled_db] if bundled_db else [])],
                                               help_while_starting=True) as pipeline:
            def stage(raw: RawDocument, parts: Iterable[tuple[PartRows, str]], sig: Signature | None) -> None:
                # One transaction for the whole staging (a savepoint per document): the staging
                # database is thrown away whole when the import does not finish.
                staging.execute("SAVEPOINT document")
                try:
                    staged.append(stage_document(writer, raw, parts, added, cancelled, sig, near_duplicates))
                    staging.execute("RELEASE document")
                except BaseException:
                    staging.execute("ROLLBACK TO document")
                    staging.execute("RELEASE document")
                    raise
                result.bytes_processed += raw.size

            def failed(doc: RawDocument | Deferred, exc: BaseException) -> None:
                if doc.sha256 is not None:
                    known.this_import.pop(doc.sha256, None)
                log.error("processing %s failed", doc.path, exc_info=exc)
                result.failed.append(FailedFile(doc.file, doc.path, "processing", f"{type(exc).__name__}: {exc}"))

            def unread(doc: RawDocument | Deferred, exc: DocumentError) -> None:
                if doc.sha256 is not None:
                    known.this_import.pop(doc.sha256, None)
                listed = result.skipped if exc.reason in SKIPPED_REASONS else result.failed
                listed.append(FailedFile(exc.file, doc.path, exc.reason, exc.detail))

            def admit(doc: RawDocument | Deferred) -> bool:
                """Whether a document is new (and now recorded as such) or already there (or too large)."""
                assert doc.sha256 is not None and doc.size is not None
                if _too_large(doc, max_bytes, result):
                    return False
                found = known.find(doc.sha256)
                if found is not None:
                    origin, file, existing_id = found
                    result.duplicates.append(DuplicateFile(doc.file, doc.path, doc.sha256, file, origin, existing_id))
                    return False
                known.this_import[doc.sha256] = doc.file
                return True

            handlers = Handlers(stage, failed, unread, admit)
            staging.execute("BEGIN")
            for done, entry in enumerate(entries):
                check()
                if progress:
                    progress(done, total, _name(entry))
                if workers > 0 and isinstance(entry, Path) and reads_natively(entry):
                    entry = FileRef(entry, max_bytes)     # read by a worker, whose crash spares the import
                if is_deferred(entry) and entry.sha256 is None:      # type: ignore[union-attr]
                    pipeline.submit(entry, handlers)        # its bytes are known once read (by a worker)
                    continue
                doc = entry if is_deferred(entry) else _read(entry, max_bytes, result)  # type: ignore[arg-type]
                if doc is not None and admit(doc):
                    pipeline.submit(doc, handlers)
            pipeline.drain(handlers)
            staging.execute("COMMIT")
        check()
        if progress:        # everything is read; what is left is the commit
            progress(total, total, "")
        if staged:
            commit_staged(staging, staged, user_db, result, staged_next=writer.next_id, bundled=bundled,
                          waiting=waiting, cancelled=cancelled, pipeline=pipeline_version(),
                          near_duplicates=near_duplicates)
    except ImportCancelled:
        result.cancelled = True
        result.added.clear()
        result.near_duplicates.clear()
    finally:
        staging.close()
        for conn in (library, bundled):
            if conn is not None:
                conn.close()
    result.elapsed = time.perf_counter() - t0
    return result


def _name(entry: Entry) -> str:
    """What the progress names an entry by."""
    if isinstance(entry, RawDocument):
        return entry.meta.title or entry.file
    if isinstance(entry, DocumentError):
        return entry.file
    if isinstance(entry, Path):
        return entry.name
    return entry.name


def _too_large(doc: RawDocument | Deferred, max_bytes: int, result: ImportResult) -> bool:
    if doc.size is None or doc.size <= max_bytes:
        return False
    result.failed.append(FailedFile(doc.file, doc.path, "too_large", f"{doc.size:,} bytes; the limit is {max_bytes:,}"))
    return True


def _read(entry: Path | RawDocument | DocumentError, max_bytes: int, result: ImportResult) -> RawDocument | None:
    if isinstance(entry, DocumentError):
        listed = result.skipped if entry.reason in SKIPPED_REASONS else result.failed
        listed.append(FailedFile(entry.file, entry.file, entry.reason, entry.detail))
        return None
    if isinstance(entry, RawDocument):
        return entry
    try:
        return read_document(entry, max_bytes)
    except DocumentError as exc:
        result.failed.append(FailedFile(exc.file, str(entry), exc.reason, exc.detail))
        return None
