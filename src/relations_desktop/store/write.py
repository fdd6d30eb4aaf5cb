"""Write processed documents into a corpus database: the schema, the fixed tables (meta,
countries), and each document's rows with their ids (``Writer``). ``build_database`` writes a
whole new database atomically (``fileio``): a failed build leaves no half-written file and keeps
the old one. The user's library adds to its database through the same ``Writer``
(``store.ingest``)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from relations_desktop import __version__
from relations_desktop.corpus.document import RawDocument
from relations_desktop.corpus.gazetteer import LANGS, aliases_for, country_name, sovereign_codes
from relations_desktop.corpus.neardup import Signature, band_keys, signature
from relations_desktop.corpus.processed import ProcessedDocument
from relations_desktop.fileio import replace_atomically
from relations_desktop.gcpause import batch_allocations
from relations_desktop.i18n.collate import sort_keys
from relations_desktop.store.rows import Pair, PartRows, part_rows
from relations_desktop.store.schema import DDL, INDEXES, SCHEMA_VERSION, TEXT_CHUNK

_DOCUMENT_COLUMNS = ("id", "file", "sha256", "lang", "kind", "title", "size", "chars", "encoding", "origin",
                     "added", "duplicate_of", "source", "url", "author", "published", "licence", "archive",
                     "archive_date", "declared_lang")


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def corpus_hash(docs: Iterable[ProcessedDocument]) -> str:
    h = hashlib.sha256(f"schema {SCHEMA_VERSION}\n".encode())
    for d in sorted(docs, key=lambda d: (d.raw.file, d.raw.sha256)):
        h.update(f"{d.raw.file}\t{d.raw.sha256}\n".encode())
    return h.hexdigest()


def create_schema(conn: sqlite3.Connection, *, indexes: bool, schema: str = "main") -> None:
    """The tables (and, for a database that grows row by row, the indexes) in ``schema``."""
    for statement in DDL + (INDEXES if indexes else []):
        conn.execute(_in_schema(statement, schema))


def _in_schema(statement: str, schema: str) -> str:
    if schema == "main":
        return statement
    for verb in ("CREATE TABLE ", "CREATE VIRTUAL TABLE ", "CREATE INDEX "):
        if statement.startswith(verb):
            return f"{verb}{schema}.{statement[len(verb):]}"
    raise ValueError(statement)


def write_meta(conn: sqlite3.Connection, values: Mapping[str, str], schema: str = "main") -> None:
    conn.executemany(f"INSERT OR REPLACE INTO {schema}.meta (key, value) VALUES (?, ?)", sorted(values.items()))


def write_countries(conn: sqlite3.Connection, schema: str = "main") -> None:
    """Every sovereign country with its names in the three languages, their collation order and
    aliases. Collation is computed once here, so the interface sorts by a number (pyuca is slow
    to load)."""
    codes = sovereign_codes()
    names = {lang: {code: country_name(code, lang) for code in codes} for lang in LANGS}
    keys = iter(sort_keys(names[lang][code] for lang in LANGS for code in codes))
    ranks = {}
    for lang in LANGS:
        key = {code: next(keys) for code in codes}
        ranks[lang] = {code: n for n, code in enumerate(sorted(codes, key=key.__getitem__))}
    conn.executemany(
        f"INSERT INTO {schema}.countries VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(code, *(names[lang][code] for lang in LANGS), *(ranks[lang][code] for lang in LANGS),
          json.dumps(aliases_for(code), ensure_ascii=False, sort_keys=True)) for code in codes])


class Writer:
    """Gives a document's rows their ids and inserts them into one schema of a connection
    (``main``, or an attached staging database). Ids come from one counter, ``next_id``."""

    def __init__(self, conn: sqlite3.Connection, *, schema: str = "main", next_id: int = 1) -> None:
        self.conn = conn
        self.schema = schema
        self.next_id = next_id
        self._relationships: dict[Pair, int] = {}

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    def relationship(self, pair: Pair) -> int:
        rid = self._relationships.get(pair)
        if rid is None:
            row = self.conn.execute(f"SELECT id FROM {self.schema}.relationships WHERE a = ? AND b = ?",
                                    pair).fetchone()
            if row is None:
                rid = self.new_id()
                self.conn.execute(f"INSERT INTO {self.schema}.relationships (id, a, b) VALUES (?, ?, ?)",
                                  (rid, *pair))
            else:
                rid = row[0]
            self._relationships[pair] = rid
        return rid

    def add_document(self, doc_id: int, raw: RawDocument, rows: PartRows, *, chars: int, origin: str, added: str,
                     duplicate_of: int | None = None) -> None:
        """The documents row (``rows`` gives language, kind and title, and the text's own date where
        the metadata has none: a news dateline)."""
        meta = raw.meta
        values = (doc_id, raw.file, raw.sha256, rows.lang, rows.kind, meta.title or rows.title, raw.size, chars,
                  raw.encoding, origin, added, duplicate_of, meta.source, meta.url, meta.author,
                  meta.published or rows.dated,
                  meta.licence, meta.archive, meta.archive_date, meta.declared_lang)
        self.conn.execute(f"INSERT INTO {self.schema}.documents ({', '.join(_DOCUMENT_COLUMNS)}) "
                          f"VALUES ({', '.join('?' * len(values))})", values)

    def add_text(self, doc_id: int, text: str, start: int = 0) -> None:
        """Chunks of ``text``, which starts at ``start`` (a multiple of TEXT_CHUNK) in its document."""
        assert start % TEXT_CHUNK == 0
        self.conn.executemany(f"INSERT INTO {self.schema}.document_text (document_id, n, text) VALUES (?, ?, ?)",
                              ((doc_id, (start + i) // TEXT_CHUNK, text[i:i + TEXT_CHUNK])
                               for i in range(0, len(text), TEXT_CHUNK)))

    def _insert(self, statement: str, rows: list[tuple]) -> None:
        if rows:        # (an empty executemany still costs a statement's preparation and reset)
            self.conn.executemany(statement, rows)

    def add_rows(self, doc_id: int, rows: PartRows) -> None:
        s = self.schema
        ex = self._insert
        ex(f"INSERT INTO {s}.blocks VALUES (?, ?, ?, ?)", [(doc_id, *b) for b in rows.blocks])
        ex(f"INSERT INTO {s}.citations VALUES (?, ?, ?, ?, ?, ?)",
           [(self.new_id(), doc_id, *c) for c in rows.citations])
        ex(f"INSERT INTO {s}.mentions VALUES (?, ?, ?, ?, ?)", [(doc_id, *m) for m in rows.mentions])
        passages, sentences, fts = [], [], []
        sentence_ids: dict[tuple[int, int], int] = {}
        for pair, start, end, in_passage in rows.passages:
            pid = self.new_id()
            passages.append((pid, self.relationship(pair), doc_id, start, end))
            for ss, se, codes, body in in_passage:
                sid = self.new_id()
                sentence_ids[(ss, se)] = sid
                sentences.append((sid, doc_id, pid, ss, se, codes))
                fts.append((sid, body, codes))
        ex(f"INSERT INTO {s}.passages VALUES (?, ?, ?, ?, ?)", passages)
        ex(f"INSERT INTO {s}.sentences VALUES (?, ?, ?, ?, ?, ?)", sentences)
        ex(f"INSERT INTO {s}.sentences_fts (rowid, body, countries) VALUES (?, ?, ?)", fts)
        ex(f"INSERT INTO {s}.events VALUES ({', '.join('?' * 15)})",
           [(self.new_id(), self.relationship(e[0]), doc_id, sentence_ids.get(e[1]) if e[1] else None, *e[2:])
            for e in rows.events])

    def add_signature(self, doc_id: int, sig: Signature) -> None:
        self.conn.execute(f"INSERT INTO {self.schema}.signatures VALUES (?, ?)", (doc_id, sig.to_bytes()))
        self.conn.executemany(f"INSERT OR IGNORE INTO {self.schema}.signature_bands VALUES (?, ?)",
                              [(band, doc_id) for band in band_keys(sig)])


def build_database(docs: list[ProcessedDocument], out: str | Path, *, origin: str = "bundled",
                   added: str | None = None, check: Callable[[], None] | None = None,
                   pipeline: str | None = None) -> Path:
    """Write ``docs`` to a new database at ``out`` (replacing it only on success, durably).

    ``check`` is called between documents and may raise to abort. ``pipeline`` (the pipeline
    version, ``seed_corpus.pipeline_version``) is recorded in meta.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with replace_atomically(out) as tmp:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("BEGIN")
            with batch_allocations():
                _write(conn, docs, origin=origin, added=added or now(), check=check, pipeline=pipeline)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                raise sqlite3.DatabaseError(f"integrity check failed: {ok}")
        finally:
            conn.close()
    return out


def _write(conn: sqlite3.Connection, docs: list[ProcessedDocument], *, origin: str, added: str,
           check: Callable[[], None] | None, pipeline: str | None) -> None:
    create_schema(conn, indexes=False)
    docs = sorted(docs, key=lambda d: (d.raw.file, d.raw.sha256))
    write_meta(conn, {"schema_version": str(SCHEMA_VERSION), "app_version": __version__,
                      "corpus_hash": corpus_hash(docs), "built": added, "origin": origin,
                      "documents": str(len(docs)), **({"pipeline": pipeline} if pipeline else {})})
    write_countries(conn)
    writer = Writer(conn)
    doc_ids = [writer.new_id() for _ in docs]
    for doc_id, d in zip(doc_ids, docs, strict=True):
        if check:
            check()
        rows = part_rows(d)
        writer.add_document(doc_id, d.raw, rows, chars=len(d.text), origin=origin, added=added)
        writer.add_text(doc_id, d.text)
        writer.add_rows(doc_id, rows)
        writer.add_signature(doc_id, signature(d.text))
    for statement in INDEXES:
        conn.execute(statement)
