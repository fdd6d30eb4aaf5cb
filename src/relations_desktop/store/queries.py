"""Named read queries over an open corpus (see ``connection.open_corpus``).

The interface and the exporter call these functions; they never write SQL themselves.
Every query uses bound parameters.
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from relations_desktop.corpus.grouping import PRECISION_RANK, group_events
from relations_desktop.store.schema import TEXT_CHUNK


# Plain named tuples and small classes: the window imports this module at start-up, and
# creating a dozen dataclasses there cost several milliseconds.
class Country(NamedTuple):
    code: str
    names: dict[str, str]                   # lang -> CLDR name
    aliases_json: str                       # see aliases
    relationships: int
    ranks: dict[str, int]                   # lang -> collation order of the name

    @property
    def aliases(self) -> dict[str, list[str]]:
        """lang -> other names, demonyms, capitals. Parsed when asked for (only the country
        filter does), so that json is not imported before the window shows."""
        import json
        return json.loads(self.aliases_json)


class Partner(NamedTuple):
    code: str
    names: dict[str, str]
    events: int
    documents: int
    ranks: dict[str, int]


class EventRow(NamedTuple):
    id: int
    document_id: int
    date: str | None
    date_start: str | None
    date_end: str | None
    precision: str
    type: str
    start: int
    end: int
    text: str
    cue_start: int | None
    cue_end: int | None
    lang: str
    file: str


class EventGroup:
    """Events from one or more documents that tell of the same happening."""

    __slots__ = ("events",)

    def __init__(self, events: list[EventRow]) -> None:
        self.events = events

    @property
    def lead(self) -> EventRow:
        return min(self.events, key=lambda e: (PRECISION_RANK[e.precision], e.document_id, e.start))

    @property
    def date(self) -> str | None:
        return self.lead.date

    @property
    def precision(self) -> str:
        return self.lead.precision

    @property
    def type(self) -> str:
        return self.lead.type

    @property
    def languages(self) -> list[str]:
        return sorted({e.lang for e in self.events})


class Passage(NamedTuple):
    id: int
    start: int
    end: int
    text: str                   # the passage's slice of the document text
    heading: str | None         # the text of the heading (or hatnote) above it, if any


class SourceDocument:
    """A document about the pair with its passages (their text only: the document's text is
    never read whole by the views). What to highlight is read for the passages shown
    (``highlights``)."""

    def __init__(self, id: int, file: str, lang: str, kind: str, title: str | None, url: str | None = None,
                 conn: sqlite3.Connection | None = None) -> None:
        self.id, self.file, self.lang, self.kind, self.title, self.url = id, file, lang, kind, title, url
        self.passages: list[Passage] = []
        self._conn = conn

    @property
    def text(self) -> str:
        """The whole text, read when asked (while the corpus is open); slices are cheaper."""
        assert self._conn is not None
        return document_text(self._conn, self.id)


class Highlights(NamedTuple):
    """Spans to mark in a stretch of a document: country mentions and the dates of events."""
    mentions: list[tuple[int, int, str | None]]
    dates: list[tuple[int, int]]


class Citation(NamedTuple):
    document_id: int
    n: int | None
    text: str


class DocumentInfo(NamedTuple):
    """A document of the corpus with what it says about itself and the relationships found in it."""
    id: int
    file: str
    origin: str                     # "bundled" or "user"
    lang: str
    kind: str
    title: str | None
    source: str | None
    url: str | None
    author: str | None
    published: str | None
    licence: str | None
    archive: str | None
    archive_date: str | None
    size: int
    added: str
    duplicate_of: int | None        # the document it nearly repeats
    pairs: list[Pair]


class Stats(NamedTuple):
    documents_by_lang: dict[str, int]
    documents_by_origin: dict[str, int]
    relationships: int
    events: int
    dated_events: int
    countries: int


# Two ISO codes, upper case, sorted. Made with pair_key where a pair comes in (the command line,
# a selection, a setting); the queries below take it as it is.
Pair = tuple[str, str]


def pair_key(a: str, b: str) -> Pair:
    a, b = a.upper(), b.upper()
    return (a, b) if a < b else (b, a)


def _names(row: sqlite3.Row | tuple, offset: int) -> dict[str, str]:
    return {"en": row[offset], "bn": row[offset + 1], "hi": row[offset + 2]}


def _ranks(row: sqlite3.Row | tuple, offset: int) -> dict[str, int]:
    return {"en": row[offset], "bn": row[offset + 1], "hi": row[offset + 2]}


def stats(conn: sqlite3.Connection) -> Stats:
    by_lang = dict(conn.execute("SELECT lang, count(*) FROM all_documents GROUP BY lang ORDER BY lang"))
    by_origin = dict(conn.execute("SELECT origin, count(*) FROM all_documents GROUP BY origin"))
    rels = conn.execute("SELECT count(*) FROM (SELECT DISTINCT a, b FROM all_relationships r "
                        "WHERE EXISTS (SELECT 1 FROM all_passages p WHERE p.relationship_id = r.id))").fetchone()[0]
    events, dated = conn.execute("SELECT count(*), count(date) FROM all_events").fetchone()
    countries = conn.execute("SELECT count(*) FROM (SELECT a FROM all_relationships UNION "
                             "SELECT b FROM all_relationships)").fetchone()[0]
    return Stats(by_lang, by_origin, rels, events, dated, countries)


def meta(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM all_meta"))


def corpus_version(conn: sqlite3.Connection) -> str:
    """A short identifier of the bundled corpus (its content hash), plus the user corpus if any."""
    m = meta(conn)
    version = m.get("corpus_hash", "")[:12]
    users = conn.execute("SELECT count(*) FROM all_documents WHERE origin = 'user'").fetchone()[0]
    return f"{version}+{users}" if users else version


def documents(conn: sqlite3.Connection) -> list[DocumentInfo]:
    """Every document, by file name, with its metadata and the relationships of its passages."""
    pairs: dict[int, list[Pair]] = {}
    for doc_id, a, b in conn.execute(
            "SELECT DISTINCT p.document_id, r.a, r.b FROM all_passages p "
            "JOIN all_relationships r ON r.id = p.relationship_id ORDER BY p.document_id, r.a, r.b"):
        pairs.setdefault(doc_id, []).append((a, b))
    return [DocumentInfo(*r, pairs.get(r[0], [])) for r in conn.execute(
        "SELECT id, file, origin, lang, kind, title, source, url, author, published, licence, archive, archive_date, "
        "size, added, duplicate_of FROM all_documents ORDER BY file, id")]


def countries(conn: sqlite3.Connection) -> list[Country]:
    """Every country with at least one relationship, with names, aliases and the count."""
    rows = conn.execute(
        """WITH rel AS (SELECT DISTINCT a, b FROM all_relationships r
                        WHERE EXISTS (SELECT 1 FROM all_passages p WHERE p.relationship_id = r.id)),
                ends AS (SELECT a AS code FROM rel UNION ALL SELECT b FROM rel)
           SELECT c.code, c.name_en, c.name_bn, c.name_hi, c.aliases, count(*), c.rank_en, c.rank_bn, c.rank_hi
           FROM ends JOIN main.countries c ON c.code = ends.code
           GROUP BY c.code ORDER BY c.code""")
    return [Country(r[0], _names(r, 1), r[4], r[5], _ranks(r, 6)) for r in rows]


def country_names(conn: sqlite3.Connection) -> dict[str, dict[str, str]]:
    return {r[0]: _names(r, 1) for r in conn.execute("SELECT code, name_en, name_bn, name_hi FROM main.countries")}


def partners(conn: sqlite3.Connection, code: str) -> list[Partner]:
    """The relationships of one country, with how many events and documents back each."""
    code = code.upper()
    rows = conn.execute(
        """SELECT CASE WHEN r.a = :c THEN r.b ELSE r.a END AS partner,
                  c.name_en, c.name_bn, c.name_hi, c.rank_en, c.rank_bn, c.rank_hi,
                  (SELECT count(*) FROM all_events e JOIN all_relationships r2 ON r2.id = e.relationship_id
                    WHERE r2.a = r.a AND r2.b = r.b),
                  (SELECT count(DISTINCT p.document_id) FROM all_passages p
                    JOIN all_relationships r3 ON r3.id = p.relationship_id WHERE r3.a = r.a AND r3.b = r.b)
           FROM (SELECT DISTINCT a, b FROM all_relationships WHERE a = :c OR b = :c) r
           JOIN main.countries c ON c.code = CASE WHEN r.a = :c THEN r.b ELSE r.a END
           ORDER BY partner""", {"c": code})
    return [Partner(r[0], _names(r, 1), r[7], r[8], _ranks(r, 4)) for r in rows if r[8] > 0]


def relationship_exists(conn: sqlite3.Connection, pair: Pair) -> bool:
    return conn.execute("SELECT 1 FROM all_relationships r WHERE a = ? AND b = ? AND EXISTS "
                        "(SELECT 1 FROM all_passages p WHERE p.relationship_id = r.id)", pair).fetchone() is not None


def relationships(conn: sqlite3.Connection) -> list[Pair]:
    return [tuple(r) for r in conn.execute(
        "SELECT DISTINCT a, b FROM all_relationships r WHERE EXISTS "
        "(SELECT 1 FROM all_passages p WHERE p.relationship_id = r.id) ORDER BY a, b")]


def events(conn: sqlite3.Connection, pair: Pair) -> list[EventRow]:
    rows = conn.execute(
        """SELECT e.id, e.document_id, e.date, e.date_start, e.date_end, e.precision, e.type, e.start,
                  e."end", e.text, e.cue_start, e.cue_end, d.lang, d.file
           FROM all_events e JOIN all_relationships r ON r.id = e.relationship_id
           JOIN all_documents d ON d.id = e.document_id
           WHERE r.a = ? AND r.b = ?
           ORDER BY e.date_start IS NULL, e.date_start, e.date_end, d.file, e.start, e.id""", pair)
    return [EventRow(*r) for r in rows]


def event_groups(conn: sqlite3.Connection, pair: Pair) -> list[EventGroup]:
    """Events grouped across documents (same pair, type and compatible dates), in date order."""
    rows = events(conn, pair)
    ids = group_events([(e.document_id, pair, e.type, e.date) for e in rows])
    groups: dict[int, EventGroup] = {}
    for gid, e in zip(ids, rows, strict=True):
        groups.setdefault(gid, EventGroup([])).events.append(e)
    out = list(groups.values())
    out.sort(key=lambda g: (g.date is None, (g.lead.date_start or ""), (g.lead.date_end or ""), g.lead.file,
                            g.lead.start))
    return out


def sources(conn: sqlite3.Connection, pair: Pair) -> list[SourceDocument]:
    """Each document about the pair with its passages (text slices) and their headings; the cost
    grows with the passages about the pair, not with the size of the documents."""
    spans: dict[int, list[tuple[int, int, int]]] = {}
    for doc_id, pid, start, end in conn.execute(
            """SELECT p.document_id, p.id, p.start, p."end" FROM all_passages p
               JOIN all_relationships r ON r.id = p.relationship_id
               WHERE r.a = ? AND r.b = ? ORDER BY p.document_id, p.start""", pair):
        spans.setdefault(doc_id, []).append((pid, start, end))
    if not spans:
        return []
    marks = ",".join("?" * len(spans))
    docs = [SourceDocument(*row, conn=conn) for row in conn.execute(
        f"SELECT id, file, lang, kind, title, url FROM all_documents WHERE id IN ({marks}) ORDER BY lang, file, id",
        list(spans))]
    for doc in docs:
        passages = spans[doc.id]
        headings = [tuple(r) for r in conn.execute(
            """SELECT start, "end" FROM all_blocks WHERE document_id = ? AND kind IN ('heading', 'hatnote')
               AND start < ? ORDER BY start""", (doc.id, passages[-1][2]))]
        above: list[tuple[int, int] | None] = []
        k = -1
        for _pid, start, _end in passages:
            while k + 1 < len(headings) and headings[k + 1][1] <= start:
                k += 1
            above.append(headings[k] if k >= 0 else None)
        wanted = sorted({h for h in above if h is not None})
        heading_text = dict(zip(wanted, text_slices(conn, doc.id, wanted), strict=True))
        texts = text_slices(conn, doc.id, [(s, e) for _pid, s, e in passages])
        doc.passages = [Passage(pid, s, e, t, heading_text.get(h) if h else None)
                        for (pid, s, e), t, h in zip(passages, texts, above, strict=True)]
    return docs


def highlights(conn: sqlite3.Connection, document_id: int, start: int, end: int) -> Highlights:
    """Country mentions and event dates inside [start, end) of a document, in order."""
    mentions = [tuple(r) for r in conn.execute(
        'SELECT start, "end", country FROM all_mentions WHERE document_id = ? AND start >= ? AND start < ? '
        "ORDER BY start", (document_id, start, end))]
    dates = [tuple(r) for r in conn.execute(
        "SELECT cue_start, cue_end FROM all_events WHERE document_id = ? AND cue_start >= ? AND cue_start < ? "
        "ORDER BY cue_start", (document_id, start, end))]
    return Highlights(mentions, dates)


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


def citations(conn: sqlite3.Connection, document_ids: list[int]) -> list[Citation]:
    if not document_ids:
        return []
    marks = ",".join("?" * len(document_ids))
    return [Citation(*r) for r in conn.execute(
        f"SELECT document_id, n, text FROM all_citations WHERE document_id IN ({marks}) "
        "ORDER BY document_id, start", document_ids)]

