"""The seed corpus against its gold file (copied into tests/data), with our own assertions."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
GOLD = json.loads((DATA / "seeds_gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def by_file(seed_docs):
    return {d.raw.file: d for d in seed_docs}


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def spans_of(text, needle):
    needle = unicodedata.normalize("NFC", needle)
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


@pytest.mark.parametrize("gold", GOLD["documents"], ids=lambda g: g["file"][:3])
def test_language_and_pairs(by_file, gold):
    doc = by_file[gold["file"]]
    assert doc.lang == gold["lang"]
    got = {tuple(p) for p in doc.pairs}
    want = {tuple(sorted(p)) for p in gold["pairs"]}
    optional = {tuple(sorted(p)) for p in gold.get("optional_pairs", [])}
    assert want <= got <= want | optional


@pytest.mark.parametrize("gold", GOLD["documents"], ids=lambda g: g["file"][:3])
def test_every_gold_event_is_found_with_its_pair(by_file, gold):
    doc = by_file[gold["file"]]
    missed, wrong_pair = [], []
    for ge in gold["events"]:
        cue = spans_of(doc.text, ge["cue"])
        assert cue, ge["cue"]
        hits = [e for e in doc.events if e.date == ge["date"] and any(overlaps((e.start, e.end), c) for c in cue)]
        if not hits:
            missed.append((ge["date"], ge["cue"][:40]))
        elif not any(list(e.pair) == sorted(ge["pair"]) for e in hits) and not ge.get("note", "").startswith("Spanish"):
            wrong_pair.append((ge["date"], hits[0].pair))
    assert missed == []
    assert wrong_pair == []


def test_no_extra_dated_events_and_no_leaks(by_file):
    extra, leaks = [], []
    for gold in GOLD["documents"]:
        doc = by_file[gold["file"]]
        cues = [s for ge in gold["events"] for s in spans_of(doc.text, ge["cue"])]
        dont = [s for c in gold.get("dont_care", []) for s in spans_of(doc.text, c["cue"])]
        negs = [s for n in gold.get("negatives", []) for s in spans_of(doc.text, n)]
        for e in doc.events:
            if not e.date:
                continue
            span = (e.start, e.end)
            if any(overlaps(span, n) for n in negs):
                leaks.append(doc.text[e.start:e.end][:60])
            if not any(overlaps(span, c) for c in cues + dont):
                extra.append((gold["file"][:3], e.date, doc.text[e.start:e.end][:60]))
    assert leaks == []
    assert extra == []


def test_type_accuracy_is_high(by_file):
    right = total = 0
    for gold in GOLD["documents"]:
        doc = by_file[gold["file"]]
        for ge in gold["events"]:
            cue = spans_of(doc.text, ge["cue"])
            hits = [e for e in doc.events if e.date == ge["date"] and any(overlaps((e.start, e.end), c) for c in cue)]
            if hits:
                total += 1
                right += hits[0].type == ge["type"]
    assert total and right / total >= 0.85


def test_event_text_is_the_source_slice(seed_db):
    from relations_desktop.store.connection import open_readonly
    conn = open_readonly(seed_db)
    texts = dict(conn.execute("SELECT id, text FROM documents"))
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
