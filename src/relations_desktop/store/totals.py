"""The library's totals as the reader sees them (the status bar, the welcome view, About): the
extracted counts with the reader's corrections counted in, as the partners' counts are
(``store.corrected.partners``): a hidden event is not counted, an added one is, and a
relationship only corrections make (an event moved or added there) is one more."""

from __future__ import annotations

import sqlite3

from relations_desktop.store import queries

# A correction counts while its document is in the corpus (a removed one's waits for its return).
_IN_CORPUS = "EXISTS (SELECT 1 FROM all_documents d WHERE d.sha256 = c.sha256)"


def stats(conn: sqlite3.Connection) -> queries.Stats:
    """``queries.stats`` with the corrections counted in (its dated events and countries stay
    as extracted)."""
    s = queries.stats(conn)
    # kind 'added': an event the reader added (store/schema.py); hidden is 0 or 1.
    shift = conn.execute("SELECT coalesce(sum(CASE WHEN kind = 'added' THEN 1 - hidden ELSE -hidden END), 0) "
                         f"FROM all_corrections c WHERE {_IN_CORPUS}").fetchone()[0]
    made = conn.execute(
        f"SELECT count(*) FROM (SELECT a, b FROM ({queries.CORRECTED_PAIRS}) c WHERE {_IN_CORPUS} "
        "EXCEPT SELECT a, b FROM all_relationships r "
        "WHERE EXISTS (SELECT 1 FROM all_passages p WHERE p.relationship_id = r.id))").fetchone()[0]
    return s._replace(events=max(0, s.events + shift), relationships=s.relationships + made)
