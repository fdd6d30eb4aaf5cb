"""The library's documents one at a time: one with its details (as the reader corrected them),
what it states itself, how many events it holds, how its text opens, the stored sentence around a
stretch of it."""

from __future__ import annotations

import sqlite3

from relations_desktop.corpus.document import DocumentMeta
from relations_desktop.store.corrections import DocumentName
from relations_desktop.store.queries import DETAILS_FROM, EDITED_FIELDS, SourceDocument, detail, details
from relations_desktop.store.texts import text_slices

OPENING_CHARS = 200         # how much of a document's first block ``openings`` reads


def document_counts(conn: sqlite3.Connection) -> dict[int, int]:
    """Document id -> how many events the extraction found in it (a near-duplicate's are its
    original's: none of its own are counted)."""
    return dict(conn.execute("SELECT document_id, count(*) FROM all_events GROUP BY document_id"))


def openings(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[str, str]]:
    """Document id -> (kind, text) of how each of ``ids`` opens: its first OPENING_CHARS
    characters, and the kind of the block they start with when that is a title or heading line
    (the blocks stored are those), else ''. To name a document by that has no title."""
    out: dict[int, tuple[str, str]] = {}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        first = {doc_id: (kind, start) for doc_id, kind, start in conn.execute(
            f"SELECT document_id, kind, min(start) FROM all_blocks WHERE document_id IN "
            f"({','.join('?' * len(part))}) GROUP BY document_id", part)}
        for doc_id in part:
            (text,) = text_slices(conn, doc_id, [(0, OPENING_CHARS)])
            kind, start = first.get(doc_id, ("", OPENING_CHARS))
            out[doc_id] = (kind if start < len(text) and not text[:start].strip() else "", text)
    return out


def original_details(conn: sqlite3.Connection, document_id: int) -> dict[str, str | None]:
    """A document's details as it states them, before any correction (EDITED_FIELDS)."""
    row = conn.execute(f"SELECT {', '.join(EDITED_FIELDS)} FROM all_documents WHERE id = ?", (document_id,)).fetchone()
    return dict(zip(EDITED_FIELDS, row, strict=True)) if row else {}


def source_document(conn: sqlite3.Connection, document_id: int) -> SourceDocument | None:
    """One document (its details as corrected, its length in ``chars``), without passages."""
    columns = details("id, file, lang, kind, title, sha256, title, source, url, author, published, licence, archive, "
                      "archive_date, chars")
    row = conn.execute(f"SELECT {columns} FROM {DETAILS_FROM} WHERE d.id = ?", (document_id,)).fetchone()
    if row is None:
        return None
    doc = SourceDocument(*row[:6], DocumentMeta(*row[6:14]), conn=conn)
    doc.chars = row[14]
    return doc


def sentence_at(conn: sqlite3.Connection, document_id: int, start: int, end: int) -> tuple[int, int] | None:
    """The stored sentence (of a passage) that holds [start, end) of a document, if one does."""
    row = conn.execute('SELECT start, "end" FROM all_sentences WHERE document_id = ? AND start <= ? AND "end" >= ? '
                       "ORDER BY start DESC LIMIT 1", (document_id, start, end)).fetchone()
    return (row[0], row[1]) if row else None


def names_by_hash(conn: sqlite3.Connection) -> dict[str, DocumentName]:
    """Content hash -> file name, title and source (as corrected) of every document."""
    return {r[0]: DocumentName(*r[1:]) for r in conn.execute(
        f"SELECT d.sha256, d.file, {detail('title')}, {detail('source')} FROM {DETAILS_FROM}")}
