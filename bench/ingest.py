"""End-to-end ingest throughput on a corpus of at least 20 MB, and our temporal tagger against
dateparser's search_dates on the seed text (throughput and F1 against the seed gold), with ratios.
Prints figures; it is not a test.

    python bench/ingest.py [--mb 20] [--distinct FOLDER ...]

The corpus is the seeds copied until it is large enough, so the pipeline's per-sentence caches
hit on every copy after the first; ``--distinct`` also times the pipeline alone on the text files
of the given folders, each read once after a warm-up (text never seen: no cache hits).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "seeds_gold.json"
sys.path.insert(0, str(ROOT))

from tests.gold_eval import overlaps, spans_of  # noqa: E402  (the tests' gold matching, reused)


def make_corpus(folder: Path, megabytes: float) -> tuple[int, int]:
    """The seeds copied under different names until the folder holds ``megabytes``."""
    seeds = sorted(p for p in SEEDS.iterdir() if p.is_file())     # not the metadata folder
    total = n = 0
    while total < megabytes * 1_000_000:
        for src in seeds:
            dst = folder / f"copy{n:06d}_{src.name}"
            shutil.copyfile(src, dst)
            with dst.open("a", encoding="utf-8") as fh:    # distinct content, as real files are
                fh.write(f"\ncopy {n}\n")
            total += dst.stat().st_size
            n += 1
    return n, total


def ingest(folder: Path, db: Path) -> tuple[float, float, float]:
    """Wall-clock and CPU seconds of reading, processing and building, and the CPU seconds of
    reading and processing alone (one process, one thread: the CPU time is the work on one core;
    the wall clock also holds what the machine's other tenants take)."""
    from relations_desktop.corpus.pipeline import process_all
    from relations_desktop.store.write import build_database
    t0, c0 = time.perf_counter(), time.process_time()
    docs, errors = process_all([folder])
    assert not errors, errors[:3]
    c1 = time.process_time()
    build_database(docs, db)
    return time.perf_counter() - t0, time.process_time() - c0, c1 - c0


def body_spans(text: str) -> list[tuple[int, int]]:
    """The paragraphs (not citations, footers or residue): what a tagger is asked to read."""
    from relations_desktop.corpus.structure import PARA, analyse
    return [(b.start, b.end) for b in analyse(text).blocks if b.kind == PARA]


def score(found: dict[str, list[tuple[int, int, object]]], gold: dict, match) -> tuple[float, float, float]:
    """Precision, recall and F1 of date mentions against the gold events' cues and dates."""
    tp = fp = fn = 0
    for g in gold["documents"]:
        text = unicodedata.normalize("NFC", (SEEDS / g["file"]).read_text(encoding="utf-8-sig"))
        cues = [(sp, ge["date"]) for ge in g["events"] if ge["date"] for sp in spans_of(text, ge["cue"])]
        ignore = [sp for c in g.get("dont_care", []) for sp in spans_of(text, c["cue"])]
        used: set[int] = set()
        for sp, date in cues:
            hit = next((i for i, (s, e, v) in enumerate(found[g["file"]])
                        if i not in used and overlaps((s, e), sp) and match(v, date)), None)
            if hit is None:
                fn += 1
            else:
                used.add(hit)
                tp += 1
        for i, (s, e, _v) in enumerate(found[g["file"]]):
            if i not in used and not any(overlaps((s, e), sp) for sp, _d in cues) \
                    and not any(overlaps((s, e), sp) for sp in ignore):
                fp += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ours(texts: dict[str, str]) -> dict[str, list[tuple[int, int, object]]]:
    from relations_desktop.corpus.dates import find_dates
    out = {}
    for f, text in texts.items():
        out[f] = [(d.start, d.end, d.value) for s, e in body_spans(text) for d in find_dates(text, s, e)
                  if d.value]
    return out


def dateparser_tags(texts: dict[str, str], langs: dict[str, str]) -> dict[str, list[tuple[int, int, object]]]:
    from dateparser.search import search_dates
    out = {}
    for f, text in texts.items():
        hits = []
        for s, e in body_spans(text):
            found = search_dates(text[s:e], languages=[langs[f]]) or []
            pos = s
            for sub, when in found:
                i = text.find(sub, pos, e)
                if i < 0:
                    i = text.find(sub, s, e)
                if i >= 0:
                    hits.append((i, i + len(sub), when.date()))
                    pos = i + len(sub)
        out[f] = hits
    return out


def within(value: object, gold_date: str) -> bool:
    """dateparser gives a full date even for 'March 2008'; count it right if it falls inside."""
    from relations_desktop.corpus.grouping import date_bounds
    lo, hi = date_bounds(gold_date)
    return lo <= value.isoformat() <= hi


def distinct(folders: list[Path]) -> None:
    """CPU seconds of reading and processing every text file of ``folders`` once, in one process
    warmed up on the first seed (the patterns compiled once per process are not counted)."""
    from relations_desktop.corpus.pipeline import process_all
    with tempfile.TemporaryDirectory() as tmp:
        warm, folder = Path(tmp) / "warm", Path(tmp) / "distinct"
        warm.mkdir()
        folder.mkdir()
        shutil.copyfile(next(p for p in sorted(SEEDS.iterdir()) if p.is_file()), warm / "seed.txt")
        process_all([warm])
        files = [p for d in folders for p in sorted(d.glob("*.txt"))]
        for i, src in enumerate(files):
            shutil.copyfile(src, folder / f"{i:05d}_{src.name}")
        size = sum(p.stat().st_size for p in files) / 1_000_000
        c0 = time.process_time()
        _docs, errors = process_all([folder])
        cpu = time.process_time() - c0
    print(f"pipeline alone on {len(files)} distinct documents, {size:.2f} MB: {cpu:.1f} s of CPU = "
          f"{size / cpu:.2f} MB/s on one core ({len(errors)} not read)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--tagger-rounds", type=int, default=3)
    ap.add_argument("--distinct", nargs="*", type=Path, default=[], metavar="FOLDER")
    args = ap.parse_args()
    if args.distinct:
        distinct(args.distinct)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        n, size = make_corpus(folder, args.mb)
        seconds, cpu, pipeline_cpu = ingest(folder, Path(tmp) / "bench.db")
    mb = size / 1_000_000
    print(f"ingest end to end (read, pipeline, SQLite build) of {n} documents, {mb:.1f} MB: "
          f"{cpu:.1f} s of CPU = {mb / cpu:.2f} MB/s on one core, {n / cpu:.0f} documents/s "
          f"(target ≥ 2 MB/s); wall clock {seconds:.1f} s = {mb / seconds:.2f} MB/s")
    print(f"  of the CPU: reading and pipeline {pipeline_cpu:.1f} s ({pipeline_cpu / cpu:.0%}), "
          f"SQLite build {cpu - pipeline_cpu:.1f} s ({1 - pipeline_cpu / cpu:.0%})")

    try:
        import dateparser  # noqa: F401
    except ImportError:
        print("temporal tagger comparison skipped: dateparser is not installed (pip install -e '.[bench]')")
        return 0
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    texts = {g["file"]: unicodedata.normalize("NFC", (SEEDS / g["file"]).read_text(encoding="utf-8-sig"))
             for g in gold["documents"]}
    langs = {g["file"]: g["lang"] for g in gold["documents"]}
    body_mb = sum(len(t[s:e].encode()) for t in texts.values() for s, e in body_spans(t)) / 1_000_000

    t0 = time.perf_counter()
    for _ in range(args.tagger_rounds):
        mine = ours(texts)
    t_ours = (time.perf_counter() - t0) / args.tagger_rounds
    dateparser_tags({k: v[:200] for k, v in texts.items()}, langs)     # load its language data first
    t0 = time.perf_counter()
    theirs = dateparser_tags(texts, langs)
    t_theirs = time.perf_counter() - t0
    p1, r1, f1 = score(mine, gold, lambda v, d: v == d)
    p2, r2, f2 = score(theirs, gold, within)
    print(f"temporal tagger on the seed body text ({body_mb * 1000:.0f} KB):")
    print(f"  ours:       {body_mb / t_ours:8.3f} MB/s  P={p1:.2f} R={r1:.2f} F1={f1:.2f} (exact value and precision)")
    print(f"  dateparser: {body_mb / t_theirs:8.3f} MB/s  P={p2:.2f} R={r2:.2f} F1={f2:.2f} "
          "(any day inside the gold date)")
    print(f"  speed ratio ours/dateparser: {t_theirs / t_ours:.0f}x (target ≥ 20x, with a higher F1)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
