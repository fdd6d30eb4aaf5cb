"""What the corrections layer costs when a relationship is read: figures for issue 13, each next
to a baseline measured in the same run (alternating A/B). Prints figures; asserts nothing.

    python bench/corrections.py [--rounds 30] [--others 2000]

- Reading the seeds' largest relationship (``load_dossier``) with no corrections (A) and with
  every one of its events corrected (half hidden, half re-dated and re-typed) plus up to
  --others corrections of other relationships' events (B): the median of each and the ratio B/A.
- The review list (every correction, found again in the corpus) for all of them, per correction.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from relations_desktop.present.dossier import load_dossier  # noqa: E402
from relations_desktop.seed_corpus import build_seed_database  # noqa: E402
from relations_desktop.store import corrections  # noqa: E402
from relations_desktop.store.connection import open_corpus  # noqa: E402
from relations_desktop.store.corrected import review  # noqa: E402


def median_ms(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--others", type=int, default=2000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = build_seed_database(ROOT / "seeds", Path(tmp) / "seeds.db")
        user = Path(tmp) / "user-corpus.db"
        conn = open_corpus(db)
        pairs = {(r[0], r[1]): r[2] for r in conn.execute(
            "SELECT r.a, r.b, count(*) FROM all_events e JOIN all_relationships r ON r.id = e.relationship_id "
            "GROUP BY r.a, r.b")}
        pair = max(pairs, key=lambda p: pairs[p])
        dossier = load_dossier(conn, pair)
        events = [e for g in dossier.groups for e in g.events]
        refs = [dossier.ref(e) for e in events]
        corrections.hide(user, refs[::2])
        corrections.edit(user, refs[1::2], date="1990", type="other")
        # corrections of other relationships' sentences, as a class's shared file would bring
        others = [(p, load_dossier(conn, p)) for p in pairs if p != pair]
        pool = [d.ref(e) for _p, d in others for g in d.groups for e in g.events][: args.others]
        corrections.edit(user, pool, type="other")
        conn.close()
        plain, corrected = open_corpus(db), open_corpus(db, user)
        n = len(corrections.all_corrections(corrected))
        a_times, b_times = [], []
        for _ in range(args.rounds):                  # A/B in alternation: the machine's speed drifts
            a_times.append(median_ms(lambda: load_dossier(plain, pair), 1))
            b_times.append(median_ms(lambda: load_dossier(corrected, pair), 1))
        a, b = statistics.median(a_times), statistics.median(b_times)
        print(f"relationship {'-'.join(pair)}: {len(events)} events, all corrected; {n} corrections in the library")
        print(f"load_dossier  without corrections {a:7.1f} ms   with {b:7.1f} ms   ratio {b / a:4.2f}")
        r = median_ms(lambda: review(corrected), max(3, args.rounds // 10))
        print(f"review of {n} corrections {r:7.1f} ms   ({r * 1000 / max(n, 1):.0f} µs each)")


if __name__ == "__main__":
    main()
