"""The user library at scale: figures for issue 12, each next to a baseline measured in the same
run. Prints figures; asserts nothing.

    python bench/library.py [--small 10000] [--large 100000] [--skip-view] [--skip-memory] [--keep DIR]

- Import one document into libraries of --small and --large documents (built by copying the
  rows of a few dozen imported documents under new ids, not through the pipeline): time each,
  alternating A/B, and the ratio large/small (target <= 1.5, each <= 1 s).
- Search p95 over the large library (target <= 20 ms), the small one as its baseline.
- Open a relationship held by a 2 MB and a 20 MB document in the window (offscreen): time to
  the painted pane (target <= 150 ms) and peak memory over the idle window (target <= 300 MB);
  a seed relationship is the baseline. Each in its own process, so peaks are its own.
- Peak memory of importing a 50 MB document (target <= 4x its size over the idle process); a
  5 MB document is the baseline, per MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
sys.path.insert(0, str(ROOT / "bench"))

from search import AS_YOU_TYPE, QUERIES, percentile  # noqa: E402  (the search bench's queries)

ID_TABLES = ("documents", "relationships", "passages", "sentences", "events", "citations")


def paragraphs_of_seeds() -> list[str]:
    out = []
    for p in sorted(q for q in SEEDS.iterdir() if q.is_file()):
        out += [b.strip() for b in p.read_text(encoding="utf-8").split("\n\n") if len(b.strip()) > 200]
    return out


def template_documents(folder: Path, n: int = 40) -> list[Path]:
    """Short documents (a few paragraphs of the seeds each, about 2-4 KB), as news pieces are."""
    paras = paragraphs_of_seeds()
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    files = []
    for i in range(n):
        text = "\n\n".join(rng.sample(paras, 3)) + f"\n\nPiece {i}.\n"
        p = folder / f"piece{i:03d}.txt"
        p.write_text(text, encoding="utf-8")
        files.append(p)
    return files


def grow(library: Path, target: int) -> None:
    """Copy the library's documents (with every row) under new ids until it holds ``target``;
    each copy gets its own hash, file name, near-duplicate signature and pairs of countries."""
    from relations_desktop.corpus.gazetteer import sovereign_codes
    from relations_desktop.corpus.neardup import BINS, Signature, band_keys
    from relations_desktop.store.commit import next_id
    from relations_desktop.store.texts import text_slices
    from relations_desktop.textnorm import search_fold

    conn = sqlite3.connect(library, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")
    base_ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]
    have = len(base_ids)
    lo = min(base_ids)
    hi = next_id(conn, "main")
    span = hi - lo
    conn.execute("CREATE TEMP TABLE fts_t (rowid INTEGER PRIMARY KEY, body TEXT, countries TEXT)")
    for doc_id in base_ids:
        rows = conn.execute('SELECT id, start, "end", codes FROM sentences WHERE document_id = ?', (doc_id,)).fetchall()
        texts = text_slices(conn, doc_id, [(s, e) for _i, s, e, _c in rows], table="main.document_text")
        conn.executemany("INSERT INTO temp.fts_t VALUES (?, ?, ?)",
                         [(sid, search_fold(t), c) for (sid, _s, _e, c), t in zip(rows, texts, strict=True)])
    rels = conn.execute("SELECT id, a, b FROM relationships WHERE id >= ?", (lo,)).fetchall()
    codes = sovereign_codes()
    rng = random.Random(11)
    conn.execute("CREATE TEMP TABLE relmap (old INTEGER PRIMARY KEY, new INTEGER)")
    known = {(a, b): i for i, a, b in conn.execute("SELECT id, a, b FROM relationships")}
    copies = (target - have + have - 1) // have
    conn.execute("BEGIN")
    for k in range(1, copies + 1):
        off = k * span
        conn.execute("DELETE FROM temp.relmap")
        for rid, a, b in rels:
            x, y = (codes[(codes.index(c) + k) % len(codes)] for c in (a, b))
            pair = (x, y) if x < y else (y, x)
            if pair not in known:
                known[pair] = rid + off
                conn.execute("INSERT INTO relationships VALUES (?, ?, ?)", (rid + off, *pair))
            conn.execute("INSERT INTO temp.relmap VALUES (?, ?)", (rid, known[pair]))
        rel = "(SELECT new FROM temp.relmap WHERE old = relationship_id)"
        last = min(have, target - k * have)
        if last <= 0:
            break
        ids = base_ids[:last]
        within = f"IN ({','.join(map(str, ids))})"
        cols = [r[1] for r in conn.execute("PRAGMA table_info(documents)")]
        values = [{"id": ":off + id", "sha256": "lower(hex(randomblob(32)))",
                   "file": f"printf('%06d_', {k}) || file"}.get(c, c) for c in cols]
        conn.execute(f"INSERT INTO documents SELECT {', '.join(values)} FROM documents WHERE id {within}", {"off": off})
        conn.execute(f"INSERT INTO document_text SELECT document_id + :off, n, text FROM document_text "
                     f"WHERE document_id {within}", {"off": off})
        for t in ("blocks", "mentions"):
            cols_t = [r[1] for r in conn.execute(f"PRAGMA table_info({t})")]
            sel = ", ".join("document_id + :off" if c == "document_id" else f'"{c}"' for c in cols_t)
            conn.execute(f"INSERT INTO {t} SELECT {sel} FROM {t} WHERE document_id {within}", {"off": off})
        conn.execute(f"INSERT INTO citations SELECT id + :off, document_id + :off, n, start, \"end\", text "
                     f"FROM citations WHERE document_id {within}", {"off": off})
        conn.execute(f"INSERT INTO passages SELECT id + :off, {rel}, document_id + :off, start, \"end\" "
                     f"FROM passages WHERE document_id {within}", {"off": off})
        conn.execute(f"INSERT INTO sentences SELECT id + :off, document_id + :off, passage_id + :off, start, "
                     f"\"end\", codes FROM sentences WHERE document_id {within}", {"off": off})
        conn.execute(f"INSERT INTO sentences_fts (rowid, body, countries) SELECT f.rowid + :off, f.body, f.countries "
                     f"FROM temp.fts_t f JOIN sentences s ON s.id = f.rowid WHERE s.document_id {within} "
                     "AND s.document_id IN (SELECT id FROM documents WHERE duplicate_of IS NULL)", {"off": off})
        conn.execute(f"INSERT INTO events SELECT id + :off, {rel}, document_id + :off, sentence_id + :off, date, "
                     f"date_start, date_end, precision, type, start, \"end\", text, cue_start, cue_end, confidence "
                     f"FROM events WHERE document_id {within}", {"off": off})
        for doc_id in ids:
            sig = Signature(tuple(rng.getrandbits(32) for _ in range(BINS)), 400)
            conn.execute("INSERT INTO signatures VALUES (?, ?)", (doc_id + off, sig.to_bytes()))
            conn.executemany("INSERT OR IGNORE INTO signature_bands VALUES (?, ?)",
                             [(b, doc_id + off) for b in band_keys(sig)])
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('next_id', ?)", (str(hi + (copies + 1) * span),))
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def count_documents(library: Path) -> int:
    conn = sqlite3.connect(library)
    try:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        conn.close()


def one_document(folder: Path, n: int) -> Path:
    """A new document, never seen before (its own text), of a usual size."""
    paras = paragraphs_of_seeds()
    rng = random.Random(1000 + n)
    p = folder / f"new{n:03d}.txt"
    p.write_text("\n\n".join(rng.sample(paras, 4)) + f"\n\nNew piece {n}, {rng.random()}.\n", encoding="utf-8")
    return p


def time_import(library: Path, doc: Path, bundled: Path) -> float:
    from relations_desktop.store.userdb import import_documents
    t = time.perf_counter()
    result = import_documents([doc], library, bundled_db=bundled)
    elapsed = time.perf_counter() - t
    assert len(result.added) == 1, result
    return elapsed


def time_searches(library: Path, bundled: Path) -> list[float]:
    from relations_desktop.store.connection import open_corpus
    from relations_desktop.store.search import search
    conn = open_corpus(bundled, library)
    out = []
    try:
        for q in QUERIES + AS_YOU_TYPE:
            search(conn, q)
        for _ in range(10):
            for q in QUERIES + AS_YOU_TYPE:
                t = time.perf_counter()
                search(conn, q)
                out.append((time.perf_counter() - t) * 1000)
    finally:
        conn.close()
    return out


def long_text(megabytes: float, pair_words: tuple[str, str], seed: int) -> str:
    """A long English text about one pair, as a news archive holds it: paragraphs of five to eight
    sentences, about half of them with one dated act of the two countries (one event in about
    1.5 KB of text), the rest about the economy, the people, the weather."""
    rng = random.Random(seed)
    a, b = pair_words
    acts = ["signed a trade agreement", "opened an embassy", "held talks on water and energy",
            "agreed on a visa regime", "discussed security cooperation", "announced a joint commission"]
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    filler = [f"Traders in {a} watched the price of cotton and wheat closely.",
              f"Students from {b} study engineering and medicine in many cities.",
              "The weather was mild and the roads to the border were open for most of the season.",
              f"Observers said the economy of {a} depends on remittances and on the price of aluminium.",
              "Several newspapers commented on the speeches, and the radio carried long interviews.",
              f"Farmers in the south of {b} hoped for better prices and a good harvest this year.",
              "The talks were described as open and friendly by both delegations."]
    out, size = [], 0
    while size < megabytes * 1_000_000:
        sentences = rng.sample(filler, rng.randint(4, 6))
        if rng.random() < 0.5:
            sentences.insert(rng.randint(0, len(sentences)),
                             f"On {rng.randint(1, 28)} {rng.choice(months)} {rng.randint(1992, 2023)}, {a} and {b} "
                             f"{rng.choice(acts)}.")
        para = " ".join(sentences)
        out.append(para)
        size += len(para) + 2
    return "\n\n".join(out) + "\n"


# Peak memory is the kernel's high-water mark of the process's own memory (VmHWM): ru_maxrss
# would carry the parent's figure over the exec of a child on Linux.
HWM = r"""
def hwm():
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) / 1024 for line in fh if line.startswith("VmHWM:"))
"""

VIEW_SCRIPT = HWM + r"""
import json, os, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from relations_desktop.ui.app import make_application
from relations_desktop.ui.mainwindow import MainWindow
from PySide6.QtCore import QSettings
app = make_application()
bundled, user, a, b = sys.argv[1:5]
import tempfile
settings = QSettings(str(Path(tempfile.mkdtemp()) / "fresh.ini"), QSettings.Format.IniFormat)  # no last pair
win = MainWindow(Path(bundled), Path(user) if user != "-" else None, settings=settings)
win.resize(1280, 800)
win.show()
win.relationship  # built, as after the first paint
for _ in range(5):
    app.processEvents()
idle = hwm()
t = time.perf_counter()
ok = win.open_pair(a, b)
win.relationship.repaint()
painted = (time.perf_counter() - t) * 1000
# A large relationship's events are read on a thread: wait for them with the event loop turning,
# noting its longest stall (what a user feels), until the whole relationship is painted.
from PySide6.QtCore import QTimer
last, stalls = [time.perf_counter()], [0.0]
def tick():
    now = time.perf_counter()
    stalls.append(now - last[0])
    last[0] = now
timer = QTimer()
timer.timeout.connect(tick)
timer.start(5)
while win.dossier is None or win.reader.busy:
    app.processEvents()
    time.sleep(0.001)
win.relationship.repaint()
done = time.perf_counter()
stalls.append(done - last[0])
timer.stop()
peak = hwm()
print(json.dumps({"ok": ok, "ms": painted, "idle_mb": idle, "peak_mb": peak, "whole_ms": (done - t) * 1000,
                  "stall_ms": max(stalls) * 1000}))
"""

IMPORT_SCRIPT = HWM + r"""
import json, sys
from pathlib import Path
from relations_desktop.store.userdb import import_documents
import relations_desktop.store.ingest, relations_desktop.corpus.pipeline, relations_desktop.corpus.countries
from relations_desktop.corpus.countries import find_mentions
find_mentions("India and Nepal signed a treaty in 1950.")   # tables built before the idle figure
idle = hwm()
doc, library = sys.argv[1:3]
result = import_documents([Path(doc)], Path(library))
peak = hwm()
print(json.dumps({"added": len(result.added), "failed": [f.reason for f in result.failed],
                  "idle_mb": idle, "peak_mb": peak, "s": result.elapsed}))
"""


def in_process(script: str, *args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env,
                         timeout=3600)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_scale(work: Path, small_n: int, large_n: int, bundled: Path) -> None:
    from relations_desktop.store.userdb import import_documents
    templates = template_documents(work / "templates")
    small, large = work / "small.db", work / "large.db"
    t = time.perf_counter()
    result = import_documents(templates, small, bundled_db=bundled)
    assert len(result.added) == len(templates), result
    grow(small, small_n)
    shutil.copyfile(small, large)
    grow(large, large_n)
    print(f"libraries: {count_documents(small):,} and {count_documents(large):,} documents, "
          f"{small.stat().st_size / 1e6:.0f} MB and {large.stat().st_size / 1e6:.0f} MB, built in "
          f"{time.perf_counter() - t:.0f} s", flush=True)
    fresh = work / "fresh"
    fresh.mkdir()
    times: dict[str, list[float]] = {"small": [], "large": []}
    for _ in range(6):        # A/B in alternation: the machine's speed drifts
        for name, lib in (("small", small), ("large", large)):
            times[name].append(time_import(lib, one_document(fresh, len(times["small"]) * 2 + (name == "large")),
                                           bundled))
    s, g = statistics.median(times["small"]), statistics.median(times["large"])
    print(f"import 1 document: {small_n:,} documents {s * 1000:.0f} ms, {large_n:,} documents {g * 1000:.0f} ms "
          f"(medians of {len(times['small'])}); ratio {g / s:.2f} (target <= 1.5, each <= 1000 ms)", flush=True)
    small_ms, large_ms = time_searches(small, bundled), time_searches(large, bundled)
    print(f"search p95: {large_n:,} documents {percentile(large_ms, 0.95):.1f} ms (target <= 20 ms), "
          f"{small_n:,} documents {percentile(small_ms, 0.95):.1f} ms; ratio "
          f"{percentile(large_ms, 0.95) / percentile(small_ms, 0.95):.2f}; p50 "
          f"{percentile(large_ms, 0.5):.1f} / {percentile(small_ms, 0.5):.1f} ms", flush=True)


def bench_view(work: Path, bundled: Path) -> None:
    from relations_desktop.store.userdb import import_documents
    folder = work / "long"
    folder.mkdir()
    for mb, seed in ((2, 1), (20, 2)):
        (folder / f"tj_tr_{mb}mb.txt").write_text(long_text(mb, ("Tajikistan", "Turkey"), seed), encoding="utf-8")
    library = work / "view.db"
    t = time.perf_counter()
    result = import_documents([folder], library, bundled_db=bundled)
    assert len(result.added) == 2, result
    print(f"a 2 MB and a 20 MB document about Tajikistan-Turkey imported in {time.perf_counter() - t:.0f} s",
          flush=True)
    from relations_desktop.store import queries
    from relations_desktop.store.connection import open_corpus
    conn = open_corpus(bundled)
    base_pair = max(queries.relationships(conn), key=lambda p: len(queries.events(conn, p)))
    conn.close()
    runs: dict[str, list[dict]] = {"base": [], "long": []}
    for _ in range(3):
        runs["base"].append(in_process(VIEW_SCRIPT, str(bundled), str(library), *base_pair))
        runs["long"].append(in_process(VIEW_SCRIPT, str(bundled), str(library), "TJ", "TR"))
    assert all(r["ok"] for rs in runs.values() for r in rs), runs
    ms = {k: statistics.median(r["ms"] for r in v) for k, v in runs.items()}
    mem = {k: statistics.median(r["peak_mb"] - r["idle_mb"] for r in v) for k, v in runs.items()}
    whole = {k: statistics.median(r["whole_ms"] for r in v) for k, v in runs.items()}
    stall = {k: statistics.median(r["stall_ms"] for r in v) for k, v in runs.items()}
    print(f"open the relationship of the 2 MB + 20 MB documents: painted in {ms['long']:.0f} ms (target <= 150), "
          f"peak {mem['long']:.0f} MB over the idle window (target <= 300); a seed relationship "
          f"({'-'.join(base_pair)}) {ms['base']:.0f} ms, {mem['base']:.0f} MB; ratio "
          f"{ms['long'] / ms['base']:.1f}x", flush=True)
    print(f"  its events read (in the background) and painted: {whole['long']:.0f} ms, the window's longest "
          f"stall meanwhile {stall['long']:.0f} ms; the seed relationship {whole['base']:.0f} ms "
          f"(medians of {len(runs['long'])})", flush=True)


def bench_memory(work: Path) -> None:
    figures = {}
    for mb in (5, 50):
        doc = work / f"big_{mb}mb.txt"
        doc.write_text(long_text(mb, ("India", "Nepal"), mb), encoding="utf-8")
        size = doc.stat().st_size / 1e6
        r = in_process(IMPORT_SCRIPT, str(doc), str(work / f"memory_{mb}.db"))
        assert r["added"] == 1, r
        figures[mb] = (size, r["peak_mb"] - r["idle_mb"], r["s"])
        doc.unlink()
    (s5, p5, t5), (s50, p50, t50) = figures[5], figures[50]
    print(f"import a {s50:.0f} MB document: peak {p50:.0f} MB over the idle process = {p50 / s50:.1f}x its size "
          f"(target <= 4x), {t50:.0f} s; a {s5:.0f} MB one: {p5:.0f} MB = {p5 / s5:.1f}x, {t5:.1f} s", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", type=int, default=10_000)
    ap.add_argument("--large", type=int, default=100_000)
    ap.add_argument("--skip-scale", action="store_true")
    ap.add_argument("--skip-view", action="store_true")
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = ap.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="relations-library-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        # Its own seed database: the cache folder's is shared with other checkouts, which replace it.
        from relations_desktop.resources import seeds_dir
        from relations_desktop.seed_corpus import build_seed_database
        bundled = work / "seeds.db"
        if not bundled.exists():
            build_seed_database(seeds_dir(), bundled)
        if not args.skip_scale:
            bench_scale(work, args.small, args.large, bundled)
        if not args.skip_view:
            bench_view(work, bundled)
        if not args.skip_memory:
            bench_memory(work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
