"""Where an import runs the pipeline: in this process, or in worker processes for big imports.

Workers receive a read document and send back its rows (``store.rows.PartRows``), which pickle
cheaply; the importing process writes them, in the order the documents came, so ids do not
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
from pathlib import Path

from relations_desktop.corpus.document import RawDocument
from relations_desktop.corpus.windows import process_parts
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

Parts = Iterable[tuple[PartRows, str]]
StageFn = Callable[[RawDocument, Parts], None]
FailedFn = Callable[[RawDocument, BaseException], None]


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


def worker_rows(raw: RawDocument) -> list[tuple[PartRows, str]]:
    """In a worker process: the rows of each window of ``raw``."""
    return list(document_parts(raw))


class Pipeline:
    """Runs the pipeline for one import; use as a context manager (workers stop at its end)."""

    def __init__(self, workers: int = 0) -> None:
        self.workers = workers
        self._executor = None
        self._pending: deque[tuple[RawDocument, Future]] = deque()

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

    def submit(self, raw: RawDocument, parts: Callable[[RawDocument], Iterator[tuple[PartRows, str]]],
               stage: StageFn, failed: FailedFn) -> None:
        """Process ``raw`` and hand its rows to ``stage`` (now or later, in submission order);
        a pipeline failure goes to ``failed``."""
        if self._executor is None or len(raw.text) > POOL_MAX_CHARS:
            self.drain(stage, failed)
            self._stage(raw, lambda: guarded(parts(raw)), stage, failed)
            return
        self._pending.append((raw, self._executor.submit(worker_rows, raw)))
        while len(self._pending) >= 2 * self.workers:
            self._next(stage, failed)

    def drain(self, stage: StageFn, failed: FailedFn) -> None:
        """Stage every document still in the workers."""
        while self._pending:
            self._next(stage, failed)

    def _next(self, stage: StageFn, failed: FailedFn) -> None:
        raw, fut = self._pending.popleft()

        def rows() -> Parts:
            try:
                return fut.result()
            except Exception as exc:
                raise PipelineFailed(exc) from exc
        self._stage(raw, rows, stage, failed)

    @staticmethod
    def _stage(raw: RawDocument, rows: Callable[[], Parts], stage: StageFn, failed: FailedFn) -> None:
        try:
            stage(raw, rows())
        except PipelineFailed as exc:
            failed(raw, exc.cause)
