"""Wrapping must not cost accuracy: development documents wrapped as Wikipedia-style HTML,
put in a ZIM with libzim's writer and imported through the ZIM reader, score the same with
the shared scorer as the plain-text files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from relations_desktop.corpus.formats.zim import Candidate, open_zim
from relations_desktop.corpus.pipeline import process_all, process_text
from relations_desktop.store.connection import open_readonly
from relations_desktop.store.dump import dump_json
from relations_desktop.store.write import build_database
from tests.zim_helpers import Entry, build_zim, text_to_wiki_html, wiki_page

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "data" / "dev"


def shared_dir() -> Path | None:
    for candidate in (os.environ.get("RELATIONS_SHARED"), ROOT.parent / "shared", ROOT.parents[1] / "shared",
                      Path("/work/shared")):
        if candidate and (Path(candidate) / "tools" / "score_extraction.py").is_file():
            return Path(candidate)
    return None


def _score(scorer: Path, gold: Path, docs, docs_dir: Path, work: Path, name: str) -> dict:
    db = work / f"{name}.db"
    build_database(docs, db)
    conn = open_readonly(db)
    try:
        (work / f"{name}.json").write_text(dump_json(conn), encoding="utf-8")
    finally:
        conn.close()
    out = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--dump", str(work / f"{name}.json"),
                          "--docs", str(docs_dir), "--json"], capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-2])


def _round_trip(scorer: Path, gold_path: Path, docs_dir: Path, work: Path) -> tuple[dict, dict]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    files = [g["file"] for g in gold["documents"]]
    langs = {g["file"]: g["lang"] for g in gold["documents"]}
    txt_docs, errors = process_all([docs_dir / f for f in files])
    assert not errors
    txt = _score(scorer, gold_path, txt_docs, docs_dir, work, "txt")

    entries = []
    for f in files:
        title, body = text_to_wiki_html(unicodedata.normalize("NFC", (docs_dir / f).read_text(encoding="utf-8-sig")))
        entries.append(Entry(f, title or f, wiki_page(title or f, body, langs[f])))
    archive = build_zim(work / "dev.zim", entries=entries)
    rendered = work / "rendered"        # the scorer checks offsets against the text the reader made
    rendered.mkdir()
    zim_docs = []
    with open_zim(archive) as zim:
        for e in entries:
            raw = zim.read(Candidate(e.path, e.title, langs[e.path], (), False))
            assert raw.file == e.path
            (rendered / raw.file).write_text(raw.text, encoding="utf-8", newline="")
            zim_docs.append(process_text(raw))
    zim = _score(scorer, gold_path, zim_docs, rendered, work, "zim")
    return txt, zim


FIGURES = ("lang_ok", "pair_precision", "pair_recall", "event_precision", "event_recall", "event_f1",
           "event_pair_accuracy", "event_type_accuracy", "citation_leaks", "bad_offsets")


@pytest.mark.slow
def test_dev_set_in_a_zim_scores_as_the_text_files(tmp_path):
    shared = shared_dir()
    if shared is None:
        pytest.skip("the shared scorer is not here")
    txt, zim = _round_trip(shared / "tools" / "score_extraction.py", DEV / "gold.json", DEV, tmp_path)
    assert {k: zim[k] for k in FIGURES} == {k: txt[k] for k in FIGURES}


@pytest.mark.slow
def test_shared_dev_set_in_a_zim_scores_as_the_text_files(tmp_path):
    shared = shared_dir()
    if shared is None or not (shared / "devset" / "gold.json").is_file():
        pytest.skip("the shared development set is not here")
    devset = shared / "devset"
    txt, zim = _round_trip(shared / "tools" / "score_extraction.py", devset / "gold.json", devset / "docs", tmp_path)
    assert {k: zim[k] for k in FIGURES} == {k: txt[k] for k in FIGURES}
