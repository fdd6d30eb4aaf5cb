"""The dump contract: one JSON object listing documents with their pairs, and events, of an open
corpus (``connection.open_corpus``: one database, or the bundled one with the user's library)."""

from __future__ import annotations

import json
import sqlite3


def _union(conn: sqlite3.Connection) -> bool:
    """Whether ``conn`` reads through open_corpus's views (else it is one database's tables)."""
    return conn.execute("SELECT 1 FROM sqlite_temp_master WHERE name = 'all_documents'").fetchone() is not None


def dump(conn: sqlite3.Connection) -> dict:
    """Documents and events in a stable order, as the scorer reads them."""
    if not _union(conn):
        return _dump(conn, "")
    return _dump(conn, "all_")


def _dump(conn: sqlite3.Connection, views: str) -> dict:
    docs = []
    pairs: dict[int, set[tuple[str, str]]] = {}
    for doc_id, a, b in conn.execute(
            f"SELECT DISTINCT p.document_id, r.a, r.b FROM {views}passages p JOIN {views}relationships r "
            "ON r.id = p.relationship_id"):
        pairs.setdefault(doc_id, set()).add((a, b))
    for doc_id, file, lang, kind, title in conn.execute(
            f"SELECT id, file, lang, kind, title FROM {views}documents ORDER BY file, id"):
        docs.append({"file": file, "lang": lang, "kind": kind, "title": title,
                     "pairs": [list(p) for p in sorted(pairs.get(doc_id, ()))]})
    events = []
    for file, a, b, date, precision, type_, start, end, text, confidence in conn.execute(
            'SELECT d.file, r.a, r.b, e.date, e.precision, e.type, e.start, e."end", e.text, e.confidence '
            f"FROM {views}events e JOIN {views}documents d ON d.id = e.document_id "
            f"JOIN {views}relationships r ON r.id = e.relationship_id "
            "ORDER BY d.file, e.start, e.cue_start, e.id"):
        events.append({"file": file, "pair": [a, b], "date": date, "precision": precision,
                       "type": type_, "start": start, "end": end, "text": text, "confidence": confidence})
    return {"documents": docs, "events": events}


def dump_json(conn: sqlite3.Connection) -> str:
    return json.dumps(dump(conn), ensure_ascii=False, indent=1, sort_keys=False) + "\n"
