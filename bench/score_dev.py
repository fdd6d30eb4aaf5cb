"""Score the extraction on a gold set, all documents and each language apart, with the shared
scorer (called, not copied). Prints the scorer's summary line per split; asserts nothing.

    python bench/score_dev.py [--gold G --docs D] [--half odd|even] [--problems]

Defaults to the shared development set. ``--half`` keeps the odd- or even-numbered documents
only (a held-out check: tune on one half, look at the other).
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parents[1] / "shared" if (ROOT.parents[1] / "shared").is_dir() else Path("/work/shared")
SCORER = SHARED / "tools" / "score_extraction.py"


def dump_for(docs: Path, work: Path) -> Path:
    """Build a database of ``docs`` and dump it, as the scorer reads it."""
    from relations_desktop.corpus.pipeline import process_all
    from relations_desktop.store.connection import open_readonly
    from relations_desktop.store.dump import dump_json
    from relations_desktop.store.write import build_database
    processed, errors = process_all([docs])
    if errors:
        print(f"{len(errors)} documents could not be read: {errors[:3]}", file=sys.stderr)
    db = build_database(processed, work / "score.db")
    out = work / "dump.json"
    out.write_text(dump_json(open_readonly(db)), encoding="utf-8")
    return out


def score(gold: dict, dump: Path, docs: Path, work: Path, name: str, problems: bool) -> str:
    path = work / f"gold-{name}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    run = subprocess.run([sys.executable, str(SCORER), "--gold", str(path), "--dump", str(dump),
                          "--docs", str(docs)], capture_output=True, text=True, check=True)
    lines = run.stdout.rstrip("\n").split("\n")
    if problems:
        print("\n".join(line for line in lines[:-1] if line.startswith("  ")))
    return lines[-1]


def main() -> int:
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)      # quiet when piped into head
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=Path, default=SHARED / "devset" / "gold.json")
    ap.add_argument("--docs", type=Path, default=SHARED / "devset" / "docs")
    ap.add_argument("--half", choices=("odd", "even"))
    ap.add_argument("--problems", action="store_true", help="also print the scorer's list of problems")
    args = ap.parse_args()
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    documents = gold["documents"]
    if args.half:
        keep = 1 if args.half == "odd" else 0
        documents = [g for n, g in enumerate(documents, start=1) if n % 2 == keep]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        dump = dump_for(args.docs, work)
        splits = [("all", documents)] + [
            (lang, [g for g in documents if g["lang"] == lang]) for lang in ("bn", "hi", "en")]
        for name, docs in splits:
            if docs:
                line = score({**gold, "documents": docs}, dump, args.docs, work, name,
                             args.problems and name == "all")
                print(f"{name:>3} ({len(docs):2d} docs): {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
