"""Where an import runs the pipeline: in this process, or in worker processes for big imports.

Workers are started when the import starts and serve it to the end. They receive documents in
batches: documents read here, or references to documents they read themselves (``Deferred``:
an article of a Kiwix archive, given as its entry, so that the importing process neither reads
nor parses it). For each they send back the document's text and metadata, its rows
(``store.rows.PartRows``) and its near-duplicate signature, which pickle cheaply; the importing
process only checks duplicates and writes them, in the order the documents came, so ids do not
depend on which worker was faster. A document longer than ``POOL_MAX_CHARS`` is processed here,
window by window, so that no worker holds a long document's rows at once. Where processes
cannot be started (a frozen build without multiprocessing) the pipeline runs here.
Workers are forked from a warm fork server where the system has one (``store.workers``).
When that server is not running yet (the first import of a process: it takes about half a
second to load and warm the pipeline), an import that asks for it processes documents here
meanwhile, in order, and hands the rest to the workers once they are ready; but a deferred
document waits for them (see ``Pipeline.submit``). A worker that dies (a native reader crashing
on a malformed file) costs only the document that killed it (``Pipeline._recover``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import pickle
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from relations_desktop.corpus.document import RawDocument
from relations_desktop.corpus.neardup import Signature, Sketch
from relations_desktop.corpus.windows import process_parts
from relations_desktop.errors import DocumentError
from relations_desktop.store.rows import PartRows, part_rows
from relations_desktop.store.workers import server_started, start_context, start_methods, start_worker_server

log = logging.getLogger(__name__)

POOL_MAX_CHARS = 1_000_000
# Worker processes pay for themselves from about this much input: each costs about a second of
# processor time to start (it loads the pipeline), which the pipeline saves on a few megabytes.
WORKERS_FROM_BYTES = 3_000_000
MAX_WORKERS = 4
# A batch of documents for a worker: enough that sending it costs little beside its work (an
# article takes a few milliseconds), few enough that Cancel waits little and memory stays small.
BATCH_DOCUMENTS = 16
BATCH_BYTES = 512 * 1024
BATCHES_PER_WORKER = 2          # in flight: one being processed, one waiting


def workers_for(size: int, cores: int | None = None) -> int:
    """How many worker processes an import of ``size`` bytes should use: one per core (the
    importing process only dispatches and writes), none for a small import or on one core."""
    cores = cores or os.cpu_count() or 1
    return min(cores, MAX_WORKERS) if size >= WORKERS_FROM_BYTES and cores > 1 else 0


def import_size(paths: Iterable[str | os.PathLike]) -> int:
    """The bytes of the document files ``paths`` name or hold (what the pipeline will read)."""
    from relations_desktop.corpus.walk import walk_sources
    total = 0
    for entry in walk_sources(paths):
        if isinstance(entry, Path):
            with contextlib.suppress(OSError):
                total += entry.stat().st_size
    return total


@runtime_checkable
class Deferred(Protocol):
    """A document that is read where it is processed (in a worker when there are workers):
    a Kiwix article, a file of a format read by native code (``corpus.reader.FileRef``);
    picklable and cheap to send. Its bytes' hash and size are None until ``identify`` has read
    them (then a duplicate is skipped before its text is made); ``load`` raises DocumentError
    for what cannot be read."""
    name: str
    file: str
    path: str
    sha256: str | None
    size: int | None

    def identify(self) -> None: ...

    def load(self) -> RawDocument: ...


def is_deferred(item: object) -> bool:
    """Whether ``item`` is a ``Deferred`` document (cheaper than isinstance of the protocol)."""
    return not isinstance(item, RawDocument | Path | str | DocumentError) and hasattr(item, "load")


Parts = Iterable[tuple[PartRows, str]]
# stage(document, its parts, its signature or None: then the parts' texts give it)
StageFn = Callable[[RawDocument, Parts, Signature | None], None]


@dataclass(frozen=True)
class Handlers:
    """Where the pipeline's outcomes go: ``stage`` the rows of a document; ``failed`` a document
    the pipeline raised on; ``unread`` a deferred document that cannot be read, or any document
    that killed the worker reading it ("crashed"), and why;
    ``admit`` says whether a document read by a worker is new (else it is recorded as not)."""
    stage: StageFn
    failed: Callable[[RawDocument | Deferred, BaseException], None]
    unread: Callable[[RawDocument | Deferred, DocumentError], None]
    admit: Callable[[RawDocument | Deferred], bool]


class PipelineFailed(Exception):
    """The pipeline raised on one document (a bug met on an odd file): that document fails,
    the import goes on."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(f"{type(cause).__name__}: {cause}")
        self.cause = cause


def guarded(parts: Iterator[tuple[PartRows, str]]) -> Iterator[tuple[PartRows, str]]:
    """The parts, with an exception of the pipeline (not of the writer) as PipelineFailed."""
    while True:
        try:
            part = next(parts)
        except StopIteration:
            return
        except Exception as exc:
            raise PipelineFailed(exc) from exc
        yield part


def document_parts(raw: RawDocument) -> Iterator[tuple[PartRows, str]]:
    """(rows, the window's text) for each window of ``raw``; each part is let go of before the
    next is processed."""
    for base, part in process_parts(raw):
        rows = part_rows(part, base)
        text = part.text
        del part
        yield rows, text


# ----- in a worker process

_known: list[sqlite3.Connection] = []      # the libraries whose documents are skipped unread


def _start_worker(known: list[str]) -> None:
    """A worker's start: the databases it checks a document's bytes against (read-only)."""
    for path in known:
        with contextlib.suppress(Exception):
            _known.append(sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True))


def _warm() -> None:
    """The first task of each worker: it starts as the import starts (a spawned worker loads
    the pipeline then; a forked one has it already)."""


def _is_known(sha256: str) -> bool:
    for conn in _known:
        with contextlib.suppress(sqlite3.Error):
            if conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", (sha256,)).fetchone():
                return True
    return False


@dataclass(frozen=True)
class _Raised:
    """The pipeline raised on a document in a worker (the exception, or its words if it does not pickle)."""
    error: BaseException


@dataclass(frozen=True)
class _Known:
    """A deferred document whose bytes are already in a library: it was not read further."""
    sha256: str
    size: int


Done = DocumentError | _Raised | _Known | tuple[RawDocument | None, list[tuple[PartRows, str]] | None, Signature | None]


def worker_rows(item: RawDocument | Deferred) -> Done:
    """In a worker process, for one document: (the document if the worker read it, without its
    layout, which only the pipeline reads; the rows of each window of it; its signature). The
    windows' texts are not sent back (the signature is made of them here). A document the worker
    read that is too long for a worker comes back without rows (the importing process processes
    it window by window); one it cannot read comes as its error."""
    if isinstance(item, RawDocument):
        raw, read_here = item, False
    else:
        try:
            if item.sha256 is None:
                item.identify()
                if _is_known(item.sha256):      # type: ignore[arg-type]
                    return _Known(item.sha256, item.size)       # type: ignore[arg-type]
            raw, read_here = item.load(), True
        except DocumentError as exc:
            return exc
        if len(raw.text) > POOL_MAX_CHARS:
            return raw, None, None
    sketch = Sketch()
    rows = []
    for part, text in document_parts(raw):
        sketch.add(text)
        rows.append((part, ""))
    sig = sketch.signature()
    sig.bands  # noqa: B018 (made here, sent with it: the importing process stages it by them)
    return dataclasses.replace(raw, layout=()) if read_here else None, rows, sig


def worker_batch(items: list[RawDocument | Deferred]) -> list[Done]:
    """``worker_rows`` of each document of a batch; an exception of the pipeline on one of them
    is that document's outcome, not the batch's."""
    out: list[Done] = []
    for item in items:
        try:
            out.append(worker_rows(item))
        except Exception as exc:
            try:
                pickle.dumps(exc)
            except Exception:
                exc = RuntimeError(f"{type(exc).__name__}: {exc}")
            out.append(_Raised(exc))
    return out


# ----- in the importing process

class Pipeline:
    """Runs the pipeline for one import; use as a context manager (workers start at its start
    and stop at its end). ``known``: databases whose documents a worker skips unread. With
    ``help_while_starting``, documents submitted while the workers are slow to start (their
    server is not running yet, or they are spawned) are processed here until they are ready."""

    def __init__(self, workers: int = 0, known: Iterable[Path] = (), help_while_starting: bool = False) -> None:
        self.workers = workers
        self.known = [str(p) for p in known if p is not None and Path(p).is_file()]
        self.help_while_starting = help_while_starting
        self._executor = None
        self.start_method: str | None = None    # how the workers were started; None: no workers
        self._batch: list[RawDocument | Deferred] = []
        self._batch_bytes = 0
        self._pending: deque[tuple[list[RawDocument | Deferred], Future]] = deque()
        self._starting: threading.Thread | None = None
        self._ready = threading.Event()
        self._pending_warm: list[Future] = []
        self._entered = 0.0
        self.helped = 0          # documents processed here while the workers started

    def __enter__(self) -> Pipeline:
        """Start the workers, by the first start method that works (``store.workers``): here, or
        in a thread when this process is to help while they start."""
        self._entered = time.perf_counter()
        if self.workers > 0 and self.help_while_starting and not server_started():
            self._starting = threading.Thread(target=self._start_then_ready, name="import workers' start",
                                              daemon=True)
            self._starting.start()
        else:
            self._start()
            self._log_ready()
        return self

    def _log_ready(self) -> None:
        if self._executor is not None:
            log.debug("worker processes ready (%s) %.3f s after the import started; %d documents processed here "
                      "meanwhile", self.start_method, time.perf_counter() - self._entered, self.helped)

    def _start_then_ready(self) -> None:
        try:
            self._start()
            # Ready when a worker has taken its first task (a spawned one loads the pipeline first).
            if self._pending_warm:
                next(as_completed(self._pending_warm))
        except Exception as exc:        # no workers then: the pipeline runs here
            log.warning("worker processes did not start (%s)", exc)
            if self._executor is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
        finally:
            self._ready.set()

    def _start(self) -> None:
        for method in start_methods() if self.workers > 0 else ():
            try:
                if method == "forkserver":
                    start_worker_server()       # (and known as started, for the next import)
                self._executor = ProcessPoolExecutor(self.workers, mp_context=start_context(method),
                                                     initializer=_start_worker, initargs=(self.known,))
                # start them all now, while the first items are read
                self._pending_warm = [self._executor.submit(_warm) for _ in range(self.workers)]
                self.start_method = method
                return
            except (ImportError, OSError, EOFError, ValueError, NotImplementedError) as exc:
                log.warning("no worker processes by %s (%s)", method, exc)
                if self._executor is not None:
                    self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = None
        if self.workers > 0:
            log.warning("the pipeline runs in this process")

    def _started(self) -> bool:
        """Whether the workers' start is over (then they, or this process if none started,
        take every document from here on)."""
        if self._starting is None:
            return True
        if not self._ready.is_set():
            return False
        self._starting.join()
        self._starting = None
        self._log_ready()
        return True

    def __exit__(self, *exc: object) -> None:
        if self._starting is not None:
            self._starting.join()
            self._starting = None
        if self._executor is not None:
            for _items, fut in self._pending:
                fut.cancel()
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._pending.clear()
            self._batch = []

    @property
    def parallel(self) -> bool:
        """Whether documents are processed in worker processes (not yet while they start)."""
        return self._started() and self._executor is not None

    def submit(self, item: RawDocument | Deferred, to: Handlers) -> None:
        """Process ``item`` and hand its rows to ``to.stage`` (now or later, in submission
        order). Without workers a deferred document is read here. While they start, a document
        already read is processed here, but a deferred one waits for them: its reader may be
        native code that a malformed file crashes, which must end a worker, not the import."""
        if not self._started():
            if not is_deferred(item):
                self.helped += 1
                self._read_here(item, to)
                return
            self._ready.wait()
            self._started()
        if self._executor is None:
            self._read_here(item, to)
            return
        if isinstance(item, RawDocument) and len(item.text) > POOL_MAX_CHARS:
            self.drain(to)
            self._here(item, to)
            return
        self._batch.append(item)
        self._batch_bytes += item.size or 0
        if len(self._batch) >= BATCH_DOCUMENTS or self._batch_bytes >= BATCH_BYTES:
            self._send(to)
        while len(self._pending) >= BATCHES_PER_WORKER * self.workers:
            self._next(to)

    def drain(self, to: Handlers) -> None:
        """Stage every document still in the workers."""
        self._send(to)
        while self._pending:
            self._next(to)

    def _send(self, to: Handlers) -> None:
        if self._batch and self._executor is not None:
            batch, self._batch, self._batch_bytes = self._batch, [], 0
            try:
                fut = self._executor.submit(worker_batch, batch)
            except BrokenProcessPool:
                self._recover(to)
                if self._executor is None:      # no new workers: read here
                    for item in batch:
                        self._read_here(item, to)
                    return
                fut = self._executor.submit(worker_batch, batch)
            self._pending.append((batch, fut))

    def _recover(self, to: Handlers) -> None:
        """A worker died (a native reader crashing on a malformed file, the out-of-memory
        killer), breaking every batch in flight: each is processed again in new workers, alone,
        and one that kills them again document by document, so that only a document that kills
        its worker fails ("crashed"); the others are staged, in order."""
        log.warning("a worker process died; starting new ones")
        self._restart()
        broken, self._pending = list(self._pending), deque()
        for items, fut in broken:
            if fut.done() and not fut.cancelled() and fut.exception() is None:     # done before the death
                self._outcomes(items, fut.result(), to)
            elif not self._again(items, to):
                for item in items:
                    if len(items) == 1 or not self._again([item], to):
                        self._crashed(item, to)

    def _restart(self) -> None:
        """New workers in place of ones a death broke (or none, if none start)."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
        self._start()

    def _again(self, items: list[RawDocument | Deferred], to: Handlers) -> bool:
        """Process ``items`` in a worker with nothing else in flight and hand on their outcomes;
        False if the worker died on them (new workers are then started). Without workers, here."""
        if self._executor is None:
            for item in items:
                self._read_here(item, to)
            return True
        try:
            outcomes = self._executor.submit(worker_batch, items).result()
        except BrokenProcessPool:
            self._restart()
            return False
        self._outcomes(items, outcomes, to)
        return True

    @staticmethod
    def _crashed(item: RawDocument | Deferred, to: Handlers) -> None:
        log.error("%s killed the worker process reading it", item.path)
        to.unread(item, DocumentError(item.file, "crashed", "the worker process reading it ended abruptly"))

    def _read_here(self, item: RawDocument | Deferred, to: Handlers) -> None:
        if not isinstance(item, RawDocument):
            try:
                if item.sha256 is None:
                    item.identify()
                    if not to.admit(item):
                        return
                item = item.load()
            except DocumentError as exc:
                to.unread(item, exc)        # type: ignore[arg-type]
                return
        self._here(item, to)

    @staticmethod
    def _here(raw: RawDocument, to: Handlers) -> None:
        try:
            to.stage(raw, guarded(document_parts(raw)), None)
        except PipelineFailed as exc:
            to.failed(raw, exc.cause)

    def _next(self, to: Handlers) -> None:
        items, fut = self._pending[0]
        try:
            outcomes = fut.result()
        except BrokenProcessPool:
            self._recover(to)
            return
        except Exception as exc:        # the batch could not be sent or sent back: its documents fail
            self._pending.popleft()
            for item in items:
                to.failed(item, exc)
            return
        self._pending.popleft()
        self._outcomes(items, outcomes, to)

    def _outcomes(self, items: list[RawDocument | Deferred], outcomes: list[Done], to: Handlers) -> None:
        for item, got in zip(items, outcomes, strict=True):
            self._outcome(item, got, to)

    def _outcome(self, item: RawDocument | Deferred, got: Done, to: Handlers) -> None:
        if isinstance(got, DocumentError):
            to.unread(item, got)        # type: ignore[arg-type]  (only a deferred one is read there)
        elif isinstance(got, _Raised):
            to.failed(item, got.error)
        elif isinstance(got, _Known):
            item.sha256, item.size = got.sha256, got.size       # type: ignore[union-attr]
            if to.admit(item) and not self._again([item], to):    # removed from the library meanwhile
                self._crashed(item, to)
        else:
            raw, rows, sig = got
            if raw is None:
                raw = item      # type: ignore[assignment]  (the worker was given a read document)
            elif is_deferred(item) and item.sha256 is None and not to.admit(raw):  # type: ignore[union-attr]
                return
            if rows is None:
                self._here(raw, to)
            else:
                to.stage(raw, rows, sig)
