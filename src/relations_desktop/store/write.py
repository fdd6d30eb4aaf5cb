"""Write processed documents into a new corpus database, atomically (``fileio``): a failed
build leaves no half-written file and keeps the old one."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import sqlite_utils

from relations_desktop import __version__
from relations_desktop.corpus.events import Event
from relations_desktop.corpus.gazetteer import LANGS, aliases_for, country_name, sovereign_codes
from relations_desktop.corpus.pipeline import ProcessedDocument, batch_allocations
from relations_desktop.corpus.structure import CITATION, HATNOTE, HEADING, TITLE
from relations_desktop.fileio import replace_atomically
from relations_desktop.i18n.collate import sort_keys
from relations_desktop.store.schema import DDL, INDEXES, SCHEMA_VERSION
from relations_desktop.textnorm import search_fold


def corpus_hash(docs: Iterable[ProcessedDocument]) -> str:
    h = hashlib.sha256(f"schema {SCHEMA_VERSION}\n".encode())
    for d in sorted(docs, key=lambda d: (d.raw.file, d.raw.sha256)):
        h.update(f"{d.raw.file}\t{d.raw.sha256}\n".encode())
    return h.hexdigest()


def build_database(docs: list[ProcessedDocument], out: str | Path, *, origin: str = "bundled",
                   id_base: int = 0, added: str | None = None, added_at: Mapping[str, str] | None = None,
                   check: Callable[[], None] | None = None) -> Path:
    """Write ``docs`` to a new database at ``out`` (replacing it only on success, durably).

    ``id_base`` offsets every row id so that a user database and the bundled one can be
    read side by side. Documents are stamped ``added`` (now by default) unless ``added_at``
    (sha256 → time) keeps an earlier time. ``check`` is called between documents and may
    raise to abort.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with replace_atomically(out) as tmp:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            with batch_allocations():
                _write(conn, docs, origin=origin, id_base=id_base, added=added, added_at=added_at or {},
                       check=check)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.commit()
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                raise sqlite3.DatabaseError(f"integrity check failed: {ok}")
        finally:
            conn.close()
    return out


def _bulk_insert(conn: sqlite3.Connection, table: str, rows: list[tuple]) -> None:
    """Insert whole rows, each a tuple in the table's column order (schema.DDL), with one
    prepared statement; sqlite-utils' per-row conversion costs more than the pipeline itself
    on large corpora. SQLite refuses a row of the wrong width."""
    if rows:
        conn.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})", rows)


def _write(conn: sqlite3.Connection, docs: list[ProcessedDocument], *, origin: str, id_base: int,
           added: str | None, added_at: Mapping[str, str], check: Callable[[], None] | None) -> None:
    for stmt in DDL:
        conn.execute(stmt)
    db = sqlite_utils.Database(conn)
    added = added or time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    docs = sorted(docs, key=lambda d: (d.raw.file, d.raw.sha256))
    db["meta"].insert_all([
        {"key": "schema_version", "value": str(SCHEMA_VERSION)},
        {"key": "app_version", "value": __version__},
        {"key": "corpus_hash", "value": corpus_hash(docs)},
        {"key": "built", "value": added},
        {"key": "origin", "value": origin},
        {"key": "documents", "value": str(len(docs))},
    ])
    codes = sovereign_codes()
    names = {lang: {code: country_name(code, lang) for code in codes} for lang in LANGS}
    # Collation is computed once here, so the interface sorts by a number (pyuca is slow to load).
    keys = iter(sort_keys(names[lang][code] for lang in LANGS for code in codes))
    ranks = {}
    for lang in LANGS:
        key = {code: next(keys) for code in codes}
        ranks[lang] = {code: n for n, code in enumerate(sorted(codes, key=key.__getitem__))}
    db["countries"].insert_all(
        {"code": code, **{f"name_{lang}": names[lang][code] for lang in LANGS},
         **{f"rank_{lang}": ranks[lang][code] for lang in LANGS},
         "aliases": json.dumps(aliases_for(code), ensure_ascii=False, sort_keys=True)}
        for code in codes)

    rel_ids: dict[tuple[str, str], int] = {}
    for d in docs:
        for pair in d.pairs:
            rel_ids.setdefault(pair, 0)
    for n, pair in enumerate(sorted(rel_ids), start=1):
        rel_ids[pair] = id_base + n
    db["relationships"].insert_all({"id": i, "a": p[0], "b": p[1]} for p, i in sorted(rel_ids.items()))

    next_id = {"passage": id_base, "sentence": id_base, "event": id_base, "citation": id_base}

    def new_id(kind: str) -> int:
        next_id[kind] += 1
        return next_id[kind]

    rows: dict[str, list[tuple]] = {t: [] for t in ("documents", "blocks", "citations", "mentions", "passages",
                                                    "sentences")}
    fts_rows: list[tuple[int, str, str]] = []
    events: list[tuple[int, ProcessedDocument, Event, int | None]] = []
    for n, d in enumerate(docs, start=1):
        if check:
            check()
        doc_id = id_base + n
        text = d.text
        meta = d.raw.meta
        rows["documents"].append((doc_id, d.raw.file, d.raw.sha256, d.lang, d.kind, meta.title or d.title, text,
                                  d.raw.size, d.raw.encoding, origin, added_at.get(d.raw.sha256, added),
                                  meta.source, meta.url, meta.author, meta.published, meta.licence, meta.archive,
                                  meta.archive_date))
        rows["blocks"].extend((doc_id, b.kind, b.start, b.end) for b in d.blocks if b.kind in (TITLE, HEADING, HATNOTE))
        rows["citations"].extend((new_id("citation"), doc_id, b.number, b.start, b.end, text[b.start:b.end])
                                 for b in d.blocks if b.kind == CITATION)
        rows["mentions"].extend((doc_id, m.code, m.kind, m.start, m.end) for m in d.mentions)
        index = d.countries
        sentence_ids: dict[tuple[int, int], int] = {}
        for pair, ps, pe, block_index in d.passages():
            pid = new_id("passage")
            rows["passages"].append((pid, rel_ids[pair], doc_id, ps, pe))
            for ss, se in d.sentences.get(block_index, []):
                if ss < ps or se > pe or (ss, se) in sentence_ids:
                    continue                 # outside the passage, or already in an earlier one
                sid = new_id("sentence")
                sentence_ids[(ss, se)] = sid
                rows["sentences"].append((sid, doc_id, pid, ss, se))
                codes = sorted({m.code for m in index.between(ss, se)})
                fts_rows.append((sid, search_fold(text[ss:se]), " ".join(codes)))
        events.extend((doc_id, d, e, sentence_ids.get((e.start, e.end))) for e in d.events)
    for table, table_rows in rows.items():
        _bulk_insert(conn, table, table_rows)
    conn.executemany("INSERT INTO sentences_fts(rowid, body, countries) VALUES (?, ?, ?)", fts_rows)
    event_rows = []
    for doc_id, d, e, sid in events:
        lo, hi = e.bounds or (None, None)
        event_rows.append((new_id("event"), rel_ids[e.pair], doc_id, sid, e.date, lo, hi, e.precision, e.type,
                           e.start, e.end, d.text[e.start:e.end], e.cue_start, e.cue_end, e.confidence))
    _bulk_insert(conn, "events", event_rows)
    for stmt in INDEXES:
        conn.execute(stmt)
