"""Median time to export the largest relationship of the seed corpus to PDF, per language.
Prints figures; it is not a test.

    python bench/pdf.py [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    from relations_desktop import i18n
    from relations_desktop.export.summary_pdf import export
    from relations_desktop.present.dossier import load_dossier
    from relations_desktop.seed_corpus import default_database
    from relations_desktop.store import queries
    from relations_desktop.store.connection import open_corpus

    conn = open_corpus(default_database())
    pair = max(queries.relationships(conn),
               key=lambda p: (len(queries.events(conn, p)), sum(len(s.passages) for s in queries.sources(conn, p))))
    summary = load_dossier(conn, pair)
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("bn", "hi", "en"):
            i18n.set_language(lang)
            export(summary, Path(tmp) / "warm.pdf", overwrite=True)    # fonts parsed once per process
            times = []
            for n in range(args.runs):
                t0 = time.perf_counter()
                export(summary, Path(tmp) / f"{lang}{n}.pdf")
                times.append(time.perf_counter() - t0)
            size = (Path(tmp) / f"{lang}0.pdf").stat().st_size
            print(f"{'-'.join(pair)} in {lang}: median {statistics.median(times) * 1000:.0f} ms over {args.runs} "
                  f"exports, {size / 1024:.0f} KB, {len(summary.groups)} events (target <= 500 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
