"""The dump contract: one JSON object listing documents with their pairs, and events."""

from __future__ import annotations

import json
import sqlite3


def dump(conn: sqlite3.Connection) -> dict:
    """Documents and events in a stable order, as the scorer reads them."""
    docs = []
    pairs: dict[int, set[tuple[str, str]]] = {}
    for doc_id, a, b in conn.execute(
            "SELECT DISTINCT p.document_id, r.a, r.b FROM passages p JOIN relationships r "
            "ON r.id = p.relationship_id"):
        pairs.setdefault(doc_id, set()).add((a, b))
    for doc_id, file, lang, kind, title in conn.execute(
            "SELECT id, file, lang, kind, title FROM documents ORDER BY file, id"):
        docs.append({"file": file, "lang": lang, "kind": kind, "title": title,
                     "pairs": [list(p) for p in sorted(pairs.get(doc_id, ()))]})
    events = []
    for file, a, b, date, precision, type_, start, end, text, confidence in conn.execute(
            'SELECT d.file, r.a, r.b, e.date, e.precision, e.type, e.start, e."end", e.text, e.confidence '
            "FROM events e JOIN documents d ON d.id = e.document_id "
            "JOIN relationships r ON r.id = e.relationship_id "
            "ORDER BY d.file, e.start, e.cue_start, e.id"):
        events.append({"file": file, "pair": [a, b], "date": date, "precision": precision,
                       "type": type_, "start": start, "end": end, "text": text, "confidence": confidence})
    return {"documents": docs, "events": events}


def dump_json(conn: sqlite3.Connection) -> str:
    return json.dumps(dump(conn), ensure_ascii=False, indent=1, sort_keys=False) + "\n"
