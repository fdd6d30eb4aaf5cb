"""Remove documents from the user library: every row of each, and its sentences from the
full-text index, in one transaction under the writer lock. The index keeps no copy of the
text (a contentless FTS5 table: SQLite 3.40 has no ``contentless_delete``), so a sentence is
taken out by giving the index the very tokens it was given: the stored text folded again, and
the country codes kept in ``sentences.codes``. Near-duplicates are kept out of the index; one
whose original is removed takes its place there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from relations_desktop.seed_corpus import pipeline_version
from relations_desktop.store import sql
from relations_desktop.store.lock import writer_lock
from relations_desktop.store.schema import DOCUMENT_TABLES, REMEMBER_DOCUMENTS
from relations_desktop.store.texts import text_slices
from relations_desktop.textnorm import search_fold


def _index_rows(conn: sqlite3.Connection, doc_id: int) -> list[tuple[int, str, str]]:
    """(sentence id, folded text, codes) of a document's sentences, as the index holds them."""
    rows = conn.execute('SELECT id, start, "end", codes FROM main.sentences WHERE document_id = ? ORDER BY start',
                        (doc_id,)).fetchall()
    texts = text_slices(conn, doc_id, [(s, e) for _i, s, e, _c in rows], table="main.document_text")
    return [(sid, search_fold(text), codes) for (sid, _s, _e, codes), text in zip(rows, texts, strict=True)]


def unindex_document(conn: sqlite3.Connection, doc_id: int) -> None:
    """Take a document's sentences out of the full-text index."""
    conn.executemany("INSERT INTO main.sentences_fts (sentences_fts, rowid, body, countries) "
                     "VALUES ('delete', ?, ?, ?)", _index_rows(conn, doc_id))


def index_document(conn: sqlite3.Connection, doc_id: int) -> None:
    """Put a document's sentences into the full-text index (a near-duplicate that now stands
    for its removed original)."""
    conn.executemany("INSERT INTO main.sentences_fts (rowid, body, countries) VALUES (?, ?, ?)",
                     _index_rows(conn, doc_id))


def _reindex_all(conn: sqlite3.Connection) -> None:
    """Build the full-text index again from the stored text, for a library whose text folding
    may differ from this version's (it waits for a re-process)."""
    conn.execute("INSERT INTO main.sentences_fts (sentences_fts) VALUES ('delete-all')")
    for (doc_id,) in conn.execute("SELECT id FROM main.documents WHERE duplicate_of IS NULL").fetchall():
        index_document(conn, doc_id)


def _delete(conn: sqlite3.Connection, doc_id: int, index: bool) -> None:
    """Delete a document's rows. ``index``: keep the full-text index in step (its folding is
    this version's; otherwise the caller rebuilds the index)."""
    copy = conn.execute("SELECT duplicate_of FROM main.documents WHERE id = ?", (doc_id,)).fetchone()
    if index and copy is not None and copy[0] is None:      # a near-duplicate is not in the index
        unindex_document(conn, doc_id)
    # Its corrections stay (they wait for its return), named by it as it was.
    conn.execute(REMEMBER_DOCUMENTS.format(where="d.id = ?"), (doc_id,))
    for table, column in DOCUMENT_TABLES:
        conn.execute(f"DELETE FROM main.{table} WHERE {column} = ?", (doc_id,))
    # Its near-duplicates stand for it now: the first becomes the original of the others.
    copies = [r[0] for r in conn.execute("SELECT id FROM main.documents WHERE duplicate_of = ? ORDER BY id",
                                         (doc_id,))]
    if copies:
        conn.execute("UPDATE main.documents SET duplicate_of = NULL WHERE id = ?", (copies[0],))
        conn.execute("UPDATE main.documents SET duplicate_of = ? WHERE duplicate_of = ?", (copies[0], doc_id))
        if index:
            index_document(conn, copies[0])


def delete_documents(user_db: Path, ids: list[int], *, waiting: Callable[[], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> list[int]:
    """Delete the documents ``ids`` (those that are there) in one transaction; returns the ids
    deleted. Raises DatabaseError for what the environment causes, WaitCancelled when the
    wait for another writer is given up."""
    if not ids or not user_db.is_file():
        return []
    with writer_lock(user_db, waiting=waiting, cancelled=cancelled):
        conn = sql.connect(user_db)
        try:
            with sql.transaction(conn, user_db):
                sql.check_version(sql.user_version(conn), user_db)
                present = [i for i in ids if conn.execute("SELECT 1 FROM main.documents WHERE id = ?",
                                                          (i,)).fetchone()]
                folded_alike = dict(conn.execute("SELECT key, value FROM main.meta")).get("pipeline") \
                    == pipeline_version()
                for doc_id in present:
                    _delete(conn, doc_id, index=folded_alike)
                if present:
                    conn.execute("DELETE FROM main.relationships WHERE NOT EXISTS "
                                 "(SELECT 1 FROM main.passages p WHERE p.relationship_id = relationships.id) "
                                 "AND NOT EXISTS (SELECT 1 FROM main.events e "
                                 "WHERE e.relationship_id = relationships.id)")
                    if not folded_alike:
                        _reindex_all(conn)
            return present
        finally:
            conn.close()
