"""Documents and small tools for the library tests: texts written for the tests in the three
languages, a bundled database built from one of them, and a look at a library's content that
says whether two states are the same."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

EN_NP_IN = """Nepal–India relations

India and Nepal signed a treaty of friendship in July 1950. The open border between India and \
Nepal lets the citizens of both countries travel and work without a visa.

In 2015 a blockade at the border crossings cut fuel supplies to Nepal for several months.
"""

BN_BD_JP = """জাপান–বাংলাদেশ সম্পর্ক

জাপান ১৯৭২ সালের ১০ ফেব্রুয়ারি বাংলাদেশকে স্বীকৃতি দেয়। ঢাকায় জাপানের দূতাবাস সে বছরই খোলা হয়।

২০১৪ সালে বাংলাদেশের প্রধানমন্ত্রী টোকিও সফর করেন এবং জাপান ও বাংলাদেশ একটি অংশীদারত্ব ঘোষণা করে।
"""

HI_NP_BT = """नेपाल–भूटान संबंध

नेपाल और भूटान ने १९८३ में राजनयिक संबंध स्थापित किए। दोनों देशों के बीच व्यापार धीरे-धीरे बढ़ा है।

२०१० में भूटान के राजा ने काठमांडू की यात्रा की और नेपाल के साथ एक व्यापार समझौते पर हस्ताक्षर हुए।
"""

EN_BT_BD = """Bangladesh–Bhutan relations

Bhutan recognised Bangladesh on 6 December 1971. In 2020 Bhutan and Bangladesh signed a \
preferential trade agreement, and in 2023 the two countries agreed on a transit route for goods.
"""


def write(folder: Path, name: str, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


def numbered(folder: Path, prefix: str, count: int, size_paragraphs: int = 1) -> Path:
    """``count`` distinct English documents about India and Nepal (each its own dates)."""
    for i in range(count):
        paras = [f"India and Nepal held talks on trade and water in {1960 + (i * 7 + k) % 60}; the ministers "
                 f"of Nepal and India met again in {1961 + (i * 3 + k) % 60} to sign protocol number {i}-{k}."
                 for k in range(size_paragraphs)]
        write(folder, f"{prefix}{i:03d}.txt", f"India–Nepal note {prefix}{i}\n\n" + "\n\n".join(paras) + "\n")
    return folder


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def content(library: Path) -> tuple:
    """What a library holds, to compare two states: the documents' hashes and the row counts,
    and whether the full-text index answers for each document's words."""
    conn = sqlite3.connect(f"file:{library}?mode=ro", uri=True)
    try:
        docs = tuple(sorted(r[0] for r in conn.execute("SELECT sha256 FROM documents")))
        counts = tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                       for t in ("document_text", "passages", "sentences", "events", "mentions", "signatures"))
        indexed = conn.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'countries:NP'"
                               ).fetchone()[0]
        return docs, counts, indexed
    finally:
        conn.close()


def integrity(library: Path) -> tuple[str, str]:
    """SQLite's integrity check and FTS5's own, both 'ok' for a sound library."""
    conn = sqlite3.connect(library)
    try:
        whole = conn.execute("PRAGMA integrity_check").fetchone()[0]
        try:
            conn.execute("INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 0)")
            fts = "ok"
        except sqlite3.DatabaseError as exc:
            fts = str(exc)
        return whole, fts
    finally:
        conn.close()


def leftovers(library: Path) -> list[str]:
    """Files beside the library that are not the library, its WAL and shared memory, or its lock."""
    keep = {library.name, library.name + "-wal", library.name + "-shm", library.name + ".lock"}
    return sorted(p.name for p in library.parent.iterdir() if p.name not in keep)


def cli(*args: str, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """``relations-desktop ARGS`` in a process of its own."""
    return subprocess.run([sys.executable, "-m", "relations_desktop", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=timeout)


def hold_lock(library: Path, seconds: float, release: Path | None = None) -> subprocess.Popen:
    """Another process that holds the library's writer lock for ``seconds``, and with ``release``
    until that file exists (at most two minutes): the test says when, on an event it has seen,
    not on a guess at how slow the machine is. Returned once it holds the lock."""
    script = ("import os, sys, time\nfrom relations_desktop.store.lock import writer_lock\n"
              "with writer_lock(sys.argv[1]):\n    print('held', flush=True)\n    t0 = time.monotonic()\n"
              "    time.sleep(float(sys.argv[2]))\n"
              "    while sys.argv[3] and not os.path.exists(sys.argv[3]) and time.monotonic() - t0 < 120:\n"
              "        time.sleep(0.02)\n")
    child = subprocess.Popen([sys.executable, "-c", script, str(library), str(seconds), str(release or "")],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "held"
    return child
