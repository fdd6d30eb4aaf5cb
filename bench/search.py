"""Search latency on a 10,000-document corpus and import throughput; prints figures, asserts nothing.

Run: ``.venv/bin/python bench/search.py [--docs N] [--import-files N] [--keep]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from relations_desktop.corpus.gazetteer import sovereign_codes
from relations_desktop.corpus.pipeline import ProcessedDocument, process_all, process_file
from relations_desktop.resources import seeds_dir
from relations_desktop.store.connection import open_corpus
from relations_desktop.store.search import search
from relations_desktop.store.userdb import import_documents
from relations_desktop.store.write import build_database

OUT = Path(__file__).resolve().parent / "out"

# A fixed set: names, demonyms, inflected and base forms, digits in three scripts, several words.
QUERIES = [
    "Turkey", "embassy", "1992", "Tajik president visit",
    "দূতাবাস", "তুরস্ক", "১৯৯১", "কূটনৈতিক সম্পর্ক",
    "पाकिस्तान", "अफ़ग़ानिस्तान", "व्यापार", "२००६",
]
# What a person types one key at a time: the short prefixes are the slow cases.
AS_YOU_TYPE = ["t", "ta", "taj", "তু", "তুর", "पा", "पाक"]
REPEAT = 20
HIT_CAP = 10_000


def variant(doc: ProcessedDocument, n: int, spread: int = 0) -> ProcessedDocument:
    """The same processed document under another name, with a line appended so its hash differs.

    Appending keeps every stored offset valid, so the pipeline need not run again. With
    ``spread`` > 0 the relationships (not the text) are moved to other pairs of countries,
    so that 10,000 copies look like a corpus about thousands of pairs, not five.
    """
    text = doc.raw.text + f"\nCopy {n} of {doc.raw.file}.\n"
    digest = hashlib.sha256(text.encode()).hexdigest()
    raw = dataclasses.replace(doc.raw, file=f"{n:05d}_{doc.raw.file}", sha256=digest, text=text,
                              size=len(text.encode()))
    doc = dataclasses.replace(doc, raw=raw)
    if spread:
        codes = sovereign_codes()

        def move(pair: tuple[str, str]) -> tuple[str, str]:
            a, b = (codes[(codes.index(c) + spread) % len(codes)] for c in pair)
            return (a, b) if a < b else (b, a)

        assignment = dataclasses.replace(
            doc.assignment, block_pairs={i: move(p) for i, p in doc.assignment.block_pairs.items()})
        doc = dataclasses.replace(doc, assignment=assignment,
                                  events=[dataclasses.replace(e, pair=move(e.pair)) for e in doc.events])
    return doc


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def time_queries(conn, queries: list[str], repeat: int = REPEAT) -> tuple[list[float], dict[str, float]]:
    all_ms: list[float] = []
    per_query: dict[str, float] = {}
    for q in queries:
        search(conn, q)                                   # warm the page cache
        ms = []
        for _ in range(repeat):
            t = time.perf_counter()
            search(conn, q)
            ms.append((time.perf_counter() - t) * 1000)
        per_query[q] = statistics.median(ms)
        all_ms.extend(ms)
    return all_ms, per_query


def baseline_ms(conn, repeat: int = REPEAT) -> float:
    """A bare FTS5 lookup of one exact term with no ranking: the floor search builds on."""
    sql = "SELECT rowid FROM main.sentences_fts f WHERE f.sentences_fts MATCH 'body:\"embassy\"' LIMIT 50"
    conn.execute(sql).fetchall()
    ms = []
    for _ in range(repeat * 5):
        t = time.perf_counter()
        conn.execute(sql).fetchall()
        ms.append((time.perf_counter() - t) * 1000)
    return statistics.median(ms)


def write_import_files(folder: Path, seeds: list[Path], count: int) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for n in range(count):
        src = seeds[n % len(seeds)]
        data = src.read_bytes() + f"\nImported copy {n}.\n".encode()
        (folder / f"{n:04d}_{src.name}").write_bytes(data)
        total += len(data)
    return total


def _has_documents(db: Path, count: int) -> bool:
    """A database kept by an earlier ``--keep`` run with the same size can be reused."""
    if not db.is_file():
        return False
    conn = open_corpus(db)
    try:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0] == count
    finally:
        conn.close()


def gui_import_throughput(files: Path, user_db: Path, bundled_db: Path) -> tuple[float, float]:
    """Import ``files`` through the window's import path (worker thread, progress dialog) with
    the event loop running; returns MB/s and the longest gap between 10 ms timer ticks, i.e.
    the longest time the window could not respond."""
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from relations_desktop.ui.app import make_application
    from relations_desktop.ui.mainwindow import MainWindow

    app = make_application()
    user_db.unlink(missing_ok=True)
    settings = QSettings(str(user_db.with_suffix(".ini")), QSettings.Format.IniFormat)
    window = MainWindow(bundled_db, None, settings=settings)
    window.library.user_database = user_db
    window.show()
    app.processEvents()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    t0 = time.perf_counter()
    run = window.import_documents(paths=[files])
    assert run is not None
    run.finished.connect(loop.quit)
    timer.start()
    loop.exec()
    timer.stop()
    elapsed = time.perf_counter() - t0
    result = run.result
    window.import_summary.close()
    window.close()
    assert result is not None and result.added, result
    return result.bytes_processed / 1e6 / elapsed, max(gaps, default=0.0) * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--import-files", type=int, default=200)
    ap.add_argument("--keep", action="store_true",
                    help=f"build in {OUT} and keep it (a kept corpus of the same size is reused)")
    ap.add_argument("--same-pairs", action="store_true",
                    help="keep every copy's original pairs (10,000 documents about five pairs)")
    args = ap.parse_args(argv)

    work = OUT if args.keep else Path(tempfile.mkdtemp(prefix="relations-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        seeds = sorted(p for p in seeds_dir().iterdir() if p.is_file())
        docs, errors = process_all(seeds)
        if errors:
            print(f"seed errors: {errors}", file=sys.stderr)
            return 1
        corpus = [variant(docs[n % len(docs)], n, 0 if args.same_pairs else n // len(docs))
                  for n in range(args.docs)]
        bundled = work / "bench-corpus.db"
        t = time.perf_counter()
        if not (args.keep and _has_documents(bundled, args.docs)):
            build_database(corpus, bundled)
        build_s = time.perf_counter() - t
        size_mb = bundled.stat().st_size / 1e6
        rels = len({p for d in corpus for p in d.pairs})
        print(f"corpus: {args.docs} documents, {rels} relationships, {size_mb:.1f} MB database, "
              f"built in {build_s:.1f} s", flush=True)

        # Import: the plain pipeline alone is the baseline for the import's throughput.
        files = work / "import-src"
        shutil.rmtree(files, ignore_errors=True)
        nbytes = write_import_files(files, seeds, args.import_files)
        t = time.perf_counter()
        for p in sorted(files.iterdir()):
            process_file(p)
        pipeline_s = time.perf_counter() - t
        user_db = work / "user-corpus.db"
        user_db.unlink(missing_ok=True)
        result = import_documents([files], user_db, bundled_db=bundled)
        assert len(result.added) == args.import_files, result
        mb = result.bytes_processed / 1e6
        print(f"import: {args.import_files} files, {nbytes / 1e6:.2f} MB in {result.elapsed:.2f} s = "
              f"{mb / result.elapsed:.2f} MB/s (pipeline alone {nbytes / 1e6 / pipeline_s:.2f} MB/s; "
              f"import/pipeline time ratio {result.elapsed / pipeline_s:.2f})", flush=True)
        gui_mbps, stall_ms = gui_import_throughput(files, work / "gui-user-corpus.db", bundled)
        print(f"import through the GUI path (worker thread, event loop running): {gui_mbps:.2f} MB/s "
              f"(target >= 1 MB/s; {gui_mbps / (mb / result.elapsed):.2f} of the direct import's rate), "
              f"longest event-loop stall {stall_ms:.0f} ms (target <= 100 ms)", flush=True)

        conn = open_corpus(bundled, user_db)
        try:
            sentences = conn.execute("SELECT count(*) FROM all_sentences").fetchone()[0]
            base = baseline_ms(conn)
            all_ms, per_query = time_queries(conn, QUERIES)
            typed_ms, per_typed = time_queries(conn, AS_YOU_TYPE, repeat=5)
            hits = {q: len(search(conn, q, limit=HIT_CAP)) for q in QUERIES}
        finally:
            conn.close()
        print(f"search over {sentences} indexed sentences (bundled + user), limit 50, "
              f"{len(QUERIES)} queries x {REPEAT}:")
        for q in QUERIES:
            print(f"  {q!r:28} median {per_query[q]:7.2f} ms   hits {hits[q]}"
                  + (" (capped)" if hits[q] >= HIT_CAP else ""))
        p50, p95 = percentile(all_ms, 0.50), percentile(all_ms, 0.95)
        print(f"search latency p50 {p50:.2f} ms, p95 {p95:.2f} ms (target p95 <= 20 ms); "
              f"baseline bare FTS lookup {base:.3f} ms, p95/baseline {p95 / base:.0f}x")
        print("as you type (short prefixes): " + ", ".join(f"{q!r} {per_typed[q]:.1f}" for q in AS_YOU_TYPE)
              + f" ms; p95 {percentile(typed_ms, 0.95):.1f} ms")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
