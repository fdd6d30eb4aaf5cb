"""The seed corpus against its gold file (copied into tests/data), with our own assertions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.gold_eval import evaluate

DATA = Path(__file__).resolve().parent / "data"
GOLD = json.loads((DATA / "seeds_gold.json").read_text(encoding="utf-8"))
EXCEPTIONS = json.loads((DATA / "seeds_guide_exceptions.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def figures(seed_docs):
    return evaluate({d.raw.file: d for d in seed_docs}, GOLD)


def test_languages_and_pairs(figures):
    assert figures.langs_wrong == []
    assert figures.pairs_missing == []
    assert figures.pairs_extra == []


def test_every_gold_event_is_found_under_its_pair(figures):
    # The seed gold predates the annotation guide; the few events the guide excludes are
    # listed, with the guide's section, in seeds_guide_exceptions.json.
    excepted = {(e["file"], e["date"]) for e in EXCEPTIONS["events"]}
    assert [m for m in figures.missed if (m[0], m[1]) not in excepted] == []
    assert figures.wrong_pair == []


def test_no_extra_dated_events_and_no_leaks(figures):
    assert figures.leaks == []
    assert figures.extra == []
    # against the gold the guide agrees with, every event is found and none is extra
    excepted = {(e["file"], e["date"]) for e in EXCEPTIONS["events"]}
    missed = [m for m in figures.missed if (m[0], m[1]) not in excepted]
    assert figures.matched >= 45 and missed == []
    # and the raw F1 against the whole seed gold stays what the exceptions allow
    assert figures.f1 >= 1 - len(EXCEPTIONS["events"]) / (figures.matched + len(EXCEPTIONS["events"]))


def test_type_accuracy(figures):
    assert figures.type_accuracy >= 0.85


def test_event_text_is_the_source_slice(seed_db):
    from relations_desktop.store.connection import open_readonly
    from relations_desktop.store.texts import document_text
    conn = open_readonly(seed_db)
    texts = {i: document_text(conn, i, table="document_text") for (i,) in conn.execute("SELECT id FROM documents")}
    for doc_id, s, e, t in conn.execute('SELECT document_id, start, "end", text FROM events'):
        assert 0 <= s < e <= len(texts[doc_id])
        assert texts[doc_id][s:e] == t


def test_citations_never_yield_events(seed_db):
    from relations_desktop.store.connection import open_readonly
    conn = open_readonly(seed_db)
    overlapping = conn.execute(
        'SELECT count(*) FROM events e JOIN citations c ON c.document_id = e.document_id '
        'AND e.start < c."end" AND c.start < e."end"').fetchone()[0]
    assert overlapping == 0
    assert conn.execute("SELECT count(*) FROM citations").fetchone()[0] > 0


def test_dump_is_deterministic(seed_docs, tmp_path):
    from relations_desktop.store.connection import open_readonly
    from relations_desktop.store.dump import dump_json
    from relations_desktop.store.write import build_database
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    build_database(seed_docs, a, added="2000-01-01T00:00:00Z")
    build_database(list(reversed(seed_docs)), b, added="2020-01-01T00:00:00Z")
    assert dump_json(open_readonly(a)) == dump_json(open_readonly(b))
