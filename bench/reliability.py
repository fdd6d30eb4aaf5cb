"""Reliability of the events' confidence: per confidence bin, how many dated events were
extracted and how many are right in date, pair and type against a gold file (an event that
matches no gold event and no "dont_care" span is wrong; one on a "dont_care" span is left
out). Prints a table per gold set and for all of them; asserts nothing.

    python bench/reliability.py [--set NAME GOLD DOCS ...]

By default: the shared development set, the older independent set in tests/data/dev and the
seed gold.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parents[1] / "shared" if (ROOT.parents[1] / "shared").is_dir() else Path("/work/shared")

from tests.gold_eval import overlaps, spans_of  # noqa: E402  (the tests' gold matching, reused)

BINS = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]
DEFAULT_SETS = [
    ("dev", SHARED / "devset" / "gold.json", SHARED / "devset" / "docs"),
    ("older-dev", ROOT / "tests" / "data" / "dev" / "gold.json", ROOT / "tests" / "data" / "dev"),
    ("seeds", ROOT / "tests" / "data" / "seeds_gold.json", ROOT / "seeds"),
]


# confidence, right, evidence, matched, pair ok, type ok, type
Judged = tuple[float, bool, str, bool, bool, bool, str]


def judged(gold_path: Path, docs_dir: Path) -> list[Judged]:
    """For every dated event outside the gold's dont_care spans: its confidence, whether it is
    right in date, pair and type, its evidence, and whether it matched a gold event (date and
    cue) with the right pair and with the right type."""
    from relations_desktop.corpus.pipeline import process_file
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    out = []
    for g in gold["documents"]:
        doc = process_file(docs_dir / g["file"])
        text = unicodedata.normalize("NFC", doc.text)
        dont = [s for c in g.get("dont_care", []) for s in spans_of(text, c["cue"] if isinstance(c, dict) else c)]
        used: set[int] = set()
        right: dict[int, tuple[bool, bool]] = {}
        for ge in g["events"]:
            if not ge["date"]:
                continue
            cue = spans_of(text, ge["cue"])
            hit = next((k for k, e in enumerate(doc.events) if k not in used and e.date == ge["date"]
                        and any(overlaps((e.start, e.end), c) for c in cue)), None)
            if hit is not None:
                used.add(hit)
                e = doc.events[hit]
                right[hit] = (list(e.pair) == sorted(ge["pair"]), e.type == ge["type"])
        for k, e in enumerate(doc.events):
            if not e.date:
                continue
            if k not in right and any(overlaps((e.start, e.end), d) for d in dont):
                continue
            pair_ok, type_ok = right.get(k, (False, False))
            out.append((e.confidence, pair_ok and type_ok, e.evidence, k in right, pair_ok, type_ok, e.type))
    return out


def table(name: str, rows: list[Judged]) -> None:
    print(f"{name}: {len(rows)} dated events")
    print("  confidence     events  right  precision")
    for lo, hi in itertools.pairwise(BINS):
        sel = [r[1] for r in rows if lo <= r[0] < hi]
        if sel:
            label = f"[{lo:.1f}, {min(hi, 1.0):.1f}{']' if hi > 1 else ')'}"
            print(f"  {label}   {len(sel):7d}  {sum(sel):5d}  {sum(sel) / len(sel):9.3f}")
    high = [r[1] for r in rows if r[0] >= 0.8]
    if high:
        print(f"  confidence >= 0.8: {sum(high)}/{len(high)} right = {sum(high) / len(high):.3f} (target >= 0.95)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--set", nargs=3, action="append", metavar=("NAME", "GOLD", "DOCS"))
    ap.add_argument("--evidence", action="store_true", help="also print precision per kind of evidence")
    ap.add_argument("--fit", action="store_true", help="also print the factors these sets measure")
    args = ap.parse_args()
    sets = [(n, Path(g), Path(d)) for n, g, d in args.set] if args.set else DEFAULT_SETS
    pooled: list[Judged] = []
    for name, gold, docs in sets:
        rows = judged(gold, docs)
        table(name, rows)
        pooled += rows
    if len(sets) > 1:
        table("all", pooled)
    if args.evidence:
        print("evidence (date/pair/type)      events  right")
        by: dict[str, list[bool]] = {}
        for r in pooled:
            by.setdefault(r[2], []).append(r[1])
        for ev, rs in sorted(by.items(), key=lambda kv: -len(kv[1])):
            print(f"  {ev:28s} {len(rs):6d}  {sum(rs):5d}")
    if args.fit:
        fit(pooled)
    return 0


def fit(rows: list[Judged], weight: float = 4.0) -> None:
    """Each factor of corpus/confidence.py as measured here: for a way of reading the date, the
    share of its events that match a gold event; for a way of finding the pair (or the type),
    the share of matched events whose pair (type) is right. Smoothed toward the share over all
    ways, with ``weight`` events' worth of it."""
    for part, measure in (("DATE", 3), ("PAIR", 4), ("HOW_TYPED", 5), ("KIND", 5)):
        pool = rows if part == "DATE" else [r for r in rows if r[3]]
        overall = sum(r[measure] for r in pool) / len(pool)
        by: dict[str, list[bool]] = {}
        for r in pool:
            key = r[6] if part == "KIND" else r[2].split("/")[("DATE", "PAIR", "HOW_TYPED").index(part)]
            by.setdefault(key, []).append(r[measure])
        fitted = {k: round((sum(v) + weight * overall) / (len(v) + weight), 2) for k, v in sorted(by.items())}
        print(f"{part} = {fitted}  (from {', '.join(f'{k} {sum(v)}/{len(v)}' for k, v in sorted(by.items()))})")


if __name__ == "__main__":
    sys.exit(main())
