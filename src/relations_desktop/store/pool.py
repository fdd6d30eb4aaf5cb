"""Where an import runs the pipeline: in this process, or in worker processes for big imports.

Workers receive a read document, or a document they read themselves (``Deferred``: an article
of a Kiwix archive, given as its bytes, so the importing process never parses its HTML), and
send back its rows (``store.rows.PartRows``) and its near-duplicate
signature, which pickle cheaply; the importing process writes them, in the order the documents came, so ids do not
depend on which worker was faster. A document longer than ``POOL_MAX_CHARS`` is processed here,
window by window, so that no worker holds a long document's rows at once. Where processes
cannot be started (a frozen build without multiprocessing) the pipeline runs here.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from relations_desktop.corpus.document import RawDocument
from relations_desktop.corpus.neardup import Signature, Sketch
from relations_desktop.corpus.windows import process_parts
from relations_desktop.errors import DocumentError
from relations_desktop.store.rows import PartRows, part_rows

log = logging.getLogger(__name__)

POOL_MAX_CHARS = 1_000_000
# Worker processes pay for themselves from about this much input: each costs about a second of
# processor time to start (it loads the pipeline), which the pipeline saves on a few megabytes.
WORKERS_FROM_BYTES = 3_000_000
MAX_WORKERS = 4


def workers_for(size: int, cores: int | None = None) -> int:
    """How many worker processes an import of ``size`` bytes should use: one per core (the
    importing process only reads and writes), none for a small import or on one core."""
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
    """A document that is read where it is processed (in a worker when there are workers);
    picklable. Its bytes' hash and size are known beforehand (a duplicate is skipped before any
    work); ``load`` raises DocumentError for what cannot be read."""
    name: str
    file: str
    path: str
    sha256: str
    size: int

    def load(self) -> RawDocument: ...


Parts = Iterable[tuple[PartRows, str]]
# stage(document, its parts, its signature or None: then the parts' texts give it)
StageFn = Callable[[RawDocument, Parts, Signature | None], None]


@dataclass(frozen=True)
class Handlers:
    """Where the pipeline's outcomes go: ``stage`` the rows of a document; ``failed`` a document
    the pipeline raised on; ``unread`` a deferred document that cannot be read, and why."""
    stage: StageFn
    failed: Callable[[RawDocument | Deferred, BaseException], None]
    unread: Callable[[Deferred, DocumentError], None]


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


def worker_rows(item: RawDocument | Deferred) -> DocumentError | tuple[RawDocument | None, Parts | None,
                                                                       Signature | None]:
    """In a worker process: (the document if the worker read it, the rows of each window of it,
    its signature). The windows' texts are not sent back (the signature is made of them here).
    A document the worker read that is too long for a worker comes back without rows (the
    importing process processes it window by window); one it cannot read comes as its error."""
    if isinstance(item, RawDocument):
        raw, read_here = item, False
    else:
        try:
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
    return raw if read_here else None, rows, sig


class Pipeline:
    """Runs the pipeline for one import; use as a context manager (workers stop at its end)."""

    def __init__(self, workers: int = 0) -> None:
        self.workers = workers
        self._executor = None
        self._pending: deque[tuple[RawDocument | Deferred, Future]] = deque()

    def __enter__(self) -> Pipeline:
        if self.workers > 0:
            try:
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor
                self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
            except (ImportError, OSError, NotImplementedError) as exc:
                log.warning("no worker processes (%s); the pipeline runs in this process", exc)
                self._executor = None
        return self

    def __exit__(self, *exc: object) -> None:
        if self._executor is not None:
            for _raw, fut in self._pending:
                fut.cancel()
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._pending.clear()

    @property
    def parallel(self) -> bool:
        """Whether documents are processed in worker processes."""
        return self._executor is not None

    def submit(self, item: RawDocument | Deferred, to: Handlers) -> None:
        """Process ``item`` and hand its rows to ``to.stage`` (now or later, in submission
        order). Without workers a deferred document is read here."""
        if self._executor is None:
            if not isinstance(item, RawDocument):
                try:
                    item = item.load()
                except DocumentError as exc:
                    to.unread(item, exc)
                    return
            self._here(item, to)
            return
        if isinstance(item, RawDocument) and len(item.text) > POOL_MAX_CHARS:
            self.drain(to)
            self._here(item, to)
            return
        self._pending.append((item, self._executor.submit(worker_rows, item)))
        while len(self._pending) >= 2 * self.workers:
            self._next(to)

    def drain(self, to: Handlers) -> None:
        """Stage every document still in the workers."""
        while self._pending:
            self._next(to)

    @staticmethod
    def _here(raw: RawDocument, to: Handlers) -> None:
        try:
            to.stage(raw, guarded(document_parts(raw)), None)
        except PipelineFailed as exc:
            to.failed(raw, exc.cause)

    def _next(self, to: Handlers) -> None:
        item, fut = self._pending.popleft()
        try:
            got = fut.result()
        except Exception as exc:
            to.failed(item, exc)
            return
        if isinstance(got, DocumentError):
            to.unread(item, got)        # type: ignore[arg-type]  (only a deferred one is read there)
            return
        raw, rows, sig = got
        if raw is None:
            raw = item      # type: ignore[assignment]  (the worker was given a read document)
        if rows is None:
            self._here(raw, to)
        else:
            to.stage(raw, rows, sig)
