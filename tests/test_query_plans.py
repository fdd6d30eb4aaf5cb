"""What the relationship list and the window count is read from indexes alone: a relationship
of 60,000 events is counted without reading its rows (checked on the query plans, and the
counts against the rows themselves), over the bundled corpus and a user library together."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from relations_desktop.store import queries
from relations_desktop.store.connection import open_corpus
from relations_desktop.store.userdb import import_documents
from relations_desktop.store.write import build_database
from tests.library_helpers import EN_BT_BD, EN_NP_IN, numbered, write


@pytest.fixture
def corpus(tmp_path: Path) -> sqlite3.Connection:
    from relations_desktop.corpus.pipeline import process_file
    bundled = build_database([process_file(write(tmp_path / "src", "bt_bd.txt", EN_BT_BD))], tmp_path / "bundled.db")
    library = tmp_path / "user.db"
    folder = numbered(tmp_path / "docs", "note", 3, size_paragraphs=2)
    write(folder, "np_in.txt", EN_NP_IN)
    assert import_documents([folder], library, bundled_db=bundled).ok
    # A near-duplicate: its rows are in the tables, but the counts must leave them out.
    mirror = write(tmp_path / "mirror", "np_in_mirror.txt", "Mirrored\n\n" + EN_NP_IN + "\nAll rights reserved.\n")
    assert import_documents([mirror], library, bundled_db=bundled).near_duplicates
    conn = open_corpus(bundled, library)
    yield conn
    conn.close()


def statements(conn: sqlite3.Connection, read) -> list[str]:
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        read()
    finally:
        conn.set_trace_callback(None)
    return seen


def plan(conn: sqlite3.Connection, sql: str) -> list[str]:
    return [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]


@pytest.mark.parametrize("read", ["partners", "event_count"])
def test_counts_read_the_relationship_indexes_and_never_a_row(corpus: sqlite3.Connection, read: str):
    call = (lambda: queries.partners(corpus, "IN")) if read == "partners" else \
        (lambda: queries.event_count(corpus, ("IN", "NP")))
    counting = [s for s in statements(corpus, call) if "events" in s or "passages" in s]
    assert counting
    for sql in counting:
        steps = [s for s in plan(corpus, sql) if ".events" in s or ".passages" in s]
        assert len(steps) == 2, steps                # one for each database
        assert all("COVERING INDEX" in s for s in steps), steps
        assert not any(s.startswith("SCAN") for s in plan(corpus, sql)), plan(corpus, sql)


def test_the_counts_are_those_of_the_rows(corpus: sqlite3.Connection):
    pair = ("IN", "NP")
    events = queries.events(corpus, pair)
    assert queries.event_count(corpus, pair) == len(events) > 10
    (partner,) = [p for p in queries.partners(corpus, "IN") if p.code == "NP"]
    assert partner.events == len(events)
    # The near-duplicate is not a document of the pair: 3 numbered notes and the original.
    assert partner.documents == len({e.document_id for e in events}) == 4
    assert queries.event_count(corpus, ("BD", "BT")) == len(queries.events(corpus, ("BD", "BT"))) > 0
    assert queries.event_count(corpus, ("AF", "ZW")) == 0
