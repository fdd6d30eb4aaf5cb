"""Instructions executed per MB of ingest (read, pipeline, SQLite build), counted by valgrind.

Timings on a shared machine drift by a factor of two within an hour; an instruction count
does not. Two corpus sizes are run and differenced, so start-up and one-off costs cancel.
Compare two source trees (say, a worktree of the previous commit) with --src. Prints
figures; it is not a test. Needs valgrind; takes a minute or two per tree.

    python bench/ingest_instructions.py [--src SRC ...]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SMALL_MB, LARGE_MB = 0.2, 1.0

RUN = """
import sys, tempfile
from pathlib import Path
sys.path.insert(0, {bench!r})
from ingest import make_corpus
from relations_desktop.corpus.pipeline import process_all
from relations_desktop.store.write import build_database
folder = Path(tempfile.mkdtemp())
make_corpus(folder, {mb})
docs, errors = process_all([folder])
build_database(docs, folder.parent / (folder.name + ".db"))
"""


def instructions(src: Path, mb: float) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PYTHONPATH=str(src))
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out", sys.executable, "-c",
             RUN.format(bench=str(ROOT / "bench"), mb=mb)],
            env=env, capture_output=True, text=True, check=True)
    m = re.search(r"Collected : (\d+)", out.stderr)
    if not m:
        raise RuntimeError(out.stderr[-2000:])
    return int(m.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", action="append", type=Path, help="a source tree (default: this one's src/)")
    args = ap.parse_args()
    if not shutil.which("valgrind"):
        print("valgrind is not installed (apt install valgrind)", file=sys.stderr)
        return 2
    for src in args.src or [ROOT / "src"]:
        small, large = instructions(src, SMALL_MB), instructions(src, LARGE_MB)
        per_mb = (large - small) / (LARGE_MB - SMALL_MB)
        print(f"{src}: {per_mb / 1e9:.2f} G instructions per MB of ingest "
              f"(a {SMALL_MB} MB run takes {small / 1e9:.2f} G in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
