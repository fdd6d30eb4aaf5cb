"""The import's worker processes: forked from a fork server that has loaded and warmed the
pipeline (where the system has one), and a document processed there as in this process."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from relations_desktop.corpus.document import RawDocument
from relations_desktop.selftest import in_workers
from relations_desktop.store.pool import Handlers, Pipeline
from relations_desktop.store.workers import start_context, start_methods

# What a worker has before its first task, asked of the worker (evaluated there).
LOADED = ("[m for m in ('relations_desktop.store.preload', 'relations_desktop.corpus.pipeline', 'libzim.reader',"
          " 'lxml.etree') if m in __import__('sys').modules]")
WARM = "__import__('relations_desktop.corpus.gazetteer', fromlist=['gazetteer']).gazetteer.cache_info().currsize"

needs_forkserver = pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(),
                                      reason="no fork server on this system")


@needs_forkserver
def test_a_worker_is_forked_with_the_pipeline_loaded_and_warm():
    with start_context("forkserver").Pool(1) as pool:
        assert pool.apply(eval, (LOADED,)) == ["relations_desktop.store.preload", "relations_desktop.corpus.pipeline",
                                               "libzim.reader", "lxml.etree"]
        assert pool.apply(eval, (WARM,)) == 1       # the gazetteer was built in the server


def test_an_import_starts_its_workers_by_the_best_method_and_processes_a_document_there():
    text = "Bangladesh and Nepal signed a transit agreement in Kathmandu on 3 June 2019."
    raw = RawDocument(file="a.txt", path="a.txt", sha256="1" * 64, encoding="utf-8", text=text,
                      size=len(text.encode()))
    method, parallel, staged, problems = in_workers(raw)
    assert method == start_methods()[0]
    assert parallel
    assert problems == []
    assert len(staged) == 1 and staged[0][0] == 1
    assert staged[0][1] is not None     # a signature comes with the rows only from a worker


class DocumentThatKillsItsReader:
    """A deferred document whose reading ends the process that reads it (as a crash in a library
    or the kernel's out-of-memory killer would), or reads a short text."""

    def __init__(self, i: int, dies: bool = False) -> None:
        self.i, self.dies = i, dies
        self.name, self.file, self.path = f"d{i}", f"d{i}.txt", f"d{i}.txt"
        self.sha256: str | None = None
        self.size: int | None = None

    def identify(self) -> None:
        self.sha256, self.size = f"{self.i:064d}", 40

    def load(self) -> RawDocument:
        if self.dies:
            os._exit(1)
        self.identify()
        text = f"Kenya and Tanzania signed a treaty on 5 June 2001. Copy {self.i}."
        return RawDocument(self.file, self.path, self.sha256, "utf-8", text, len(text))


def test_a_worker_that_dies_fails_its_documents_and_the_import_goes_on():
    staged: list[str] = []
    failed: list[str] = []
    handlers = Handlers(stage=lambda raw, _parts, _sig: staged.append(raw.file),
                        failed=lambda doc, _exc: failed.append(doc.file),
                        unread=lambda doc, _exc: failed.append(doc.file), admit=lambda _doc: True)
    with Pipeline(2) as pipeline:
        for i in range(200):
            pipeline.submit(DocumentThatKillsItsReader(i, dies=i == 5), handlers)     # type: ignore[arg-type]
        pipeline.drain(handlers)
    assert "d5.txt" in failed                   # the one that killed its worker, and those in flight with it
    assert len(failed) < 100 and len(staged) + len(failed) == 200
    assert "d199.txt" in staged                 # the rest were read by new workers
    assert failed == ["d5.txt"]                 # those in flight with it were processed again
    assert staged == [f"d{i}.txt" for i in range(200) if i != 5]    # in their order


# In a process of its own (this one may have started the workers' server already): documents
# submitted while the server starts are processed here, then workers take over; order is kept.
HELPING = r"""
import json
from relations_desktop.corpus.document import RawDocument
from relations_desktop.store.pool import Handlers, Pipeline
from relations_desktop.store.workers import server_started

def doc(i):
    text = f"Kenya and Tanzania signed a treaty on {1 + i % 28} June 2001. Copy {i}."
    return RawDocument(f"d{i}.txt", f"d{i}.txt", f"{i:064d}", "utf-8", text, len(text))

def run(limit):
    staged = []
    handlers = Handlers(stage=lambda raw, parts, sig: staged.append((raw.file, sig is not None, len(list(parts)))),
                        failed=lambda d, e: staged.append((d.file, "failed", str(e))),
                        unread=lambda d, e: staged.append((d.file, "unread", str(e))), admit=lambda d: True)
    was_started = server_started()
    submitted, after = [], 0
    with Pipeline(2, help_while_starting=True) as pipeline:
        for i in range(limit):
            pipeline.submit(doc(i), handlers)
            submitted.append(f"d{i}.txt")
            after += pipeline.parallel
            if after > 100:
                break
        pipeline.drain(handlers)
        method = pipeline.start_method
    return {"was_started": was_started, "method": method, "submitted": submitted, "staged": staged}

print(json.dumps([run(20000), run(300)]))
"""


def test_an_import_processes_documents_here_while_its_workers_start_then_hands_them_over():
    import json
    import subprocess
    import sys
    from pathlib import Path
    src = Path(__file__).resolve().parents[1] / "src"
    out = subprocess.run([sys.executable, "-c", HELPING], capture_output=True, text=True, timeout=600,
                         env={**os.environ, "PYTHONPATH": str(src)})
    assert out.returncode == 0, out.stderr[-2000:]
    cold, warm = json.loads(out.stdout.strip().splitlines()[-1])
    for run in (cold, warm):
        assert run["method"] == start_methods()[0]
        assert [s[0] for s in run["staged"]] == run["submitted"]        # in order, each once
        assert all(s[1] in (True, False) and s[2] == 1 for s in run["staged"])     # none failed
    # Cold: the first documents were processed here (a signature comes with the rows only from
    # a worker), the last ones by the workers once they had started.
    assert not cold["was_started"]
    from_workers = [s[1] for s in cold["staged"]]
    assert not from_workers[0] and from_workers[-1]
    assert from_workers == sorted(from_workers)                 # here first, then only workers
    if start_methods()[0] == "forkserver":
        # The server runs now: the next import's workers take every document from the first.
        assert warm["was_started"]
        assert all(s[1] for s in warm["staged"])
