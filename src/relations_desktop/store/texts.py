"""A document's text as stored, in chunks of TEXT_CHUNK characters: slices of it, or the whole."""

from __future__ import annotations

import sqlite3

from relations_desktop.store.schema import TEXT_CHUNK


def _runs(numbers: list[int], gap: int = 4) -> list[tuple[int, int]]:
    """Sorted numbers as ranges, joining ranges less than ``gap`` apart (one query each)."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n - runs[-1][1] <= gap:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return [(a, b) for a, b in runs]


def text_slices(conn: sqlite3.Connection, document_id: int, spans: list[tuple[int, int]],
                table: str = "all_document_text") -> list[str]:
    """The text of each span of a document, read from the chunks that hold it."""
    size = TEXT_CHUNK
    needed = sorted({n for s, e in spans for n in range(s // size, max(s, e - 1) // size + 1)})
    chunks: dict[int, str] = {}
    for lo, hi in _runs(needed):
        chunks.update(conn.execute(f"SELECT n, text FROM {table} WHERE document_id = ? AND n BETWEEN ? AND ?",
                                   (document_id, lo, hi)))
    out = []
    for s, e in spans:
        first = s // size
        joined = "".join(chunks.get(n, "") for n in range(first, max(s, e - 1) // size + 1))
        out.append(joined[s - first * size:e - first * size])
    return out


def document_text(conn: sqlite3.Connection, document_id: int, table: str = "all_document_text") -> str:
    """A document's whole text (for re-processing it; views read slices)."""
    return "".join(t for (t,) in conn.execute(f"SELECT text FROM {table} WHERE document_id = ? ORDER BY n",
                                               (document_id,)))
