"""Named read queries over an open corpus (see ``connection.open_corpus``).

The interface and the exporter call these functions; they never write SQL themselves.
Every query uses bound parameters.
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from relations_desktop.corpus.document import DocumentMeta
from relations_desktop.corpus.grouping import PRECISION_RANK, group_events


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
    confidence: float | None = None      # the extraction's, where it gives one


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


class SourceDocument:
    """A document about the pair, with its passages and what to highlight in them."""

    def __init__(self, id: int, file: str, lang: str, kind: str, title: str | None, text: str,
                 sha256: str = "", meta: DocumentMeta | None = None) -> None:
        self.id, self.file, self.lang, self.kind, self.title, self.text = id, file, lang, kind, title, text
        self.sha256 = sha256
        self.meta = meta or DocumentMeta(title=title)      # source, URL, author, date, licence, archive
        self.passages: list[Passage] = []
        self.mentions: list[tuple[int, int, str | None]] = []
        self.dates: list[tuple[int, int]] = []
        self.headings: list[tuple[int, int, str]] = []


class Citation(NamedTuple):
    """An entry of a document's reference list; ``text`` is ``documents.text[start:end]`` as stored."""
    document_id: int
    n: int | None
    text: str
    id: int = 0
    start: int = 0
    end: int = 0


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
                  e."end", e.text, e.cue_start, e.cue_end, d.lang, d.file, e.confidence
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
    """Each document about the pair with its passages, mentions and date spans for highlighting."""
    docs: dict[int, SourceDocument] = {}
    for row in conn.execute(
            """SELECT d.id, d.file, d.lang, d.kind, d.title, d.text, p.id, p.start, p."end",
                      d.sha256, d.title, d.source, d.url, d.author, d.published, d.licence, d.archive,
                      d.archive_date
               FROM all_passages p JOIN all_relationships r ON r.id = p.relationship_id
               JOIN all_documents d ON d.id = p.document_id
               WHERE r.a = ? AND r.b = ? ORDER BY d.lang, d.file, p.start""", pair):
        doc = docs.get(row[0])
        if doc is None:
            doc = docs[row[0]] = SourceDocument(*row[:6], row[9], DocumentMeta(*row[10:]))
        doc.passages.append(Passage(row[6], row[7], row[8]))
    for doc in docs.values():
        doc.mentions = [tuple(r) for r in conn.execute(
            'SELECT start, "end", country FROM all_mentions WHERE document_id = ? ORDER BY start', (doc.id,))]
        doc.dates = [tuple(r) for r in conn.execute(
            'SELECT cue_start, cue_end FROM all_events WHERE document_id = ? AND cue_start IS NOT NULL '
            "ORDER BY cue_start", (doc.id,))]
        doc.headings = [tuple(r) for r in conn.execute(
            'SELECT start, "end", kind FROM all_blocks WHERE document_id = ? ORDER BY start', (doc.id,))]
    return list(docs.values())


def citations(conn: sqlite3.Connection, document_ids: list[int]) -> list[Citation]:
    if not document_ids:
        return []
    marks = ",".join("?" * len(document_ids))
    return [Citation(*r) for r in conn.execute(
        f'SELECT document_id, n, text, id, start, "end" FROM all_citations WHERE document_id IN ({marks}) '
        "ORDER BY document_id, start", document_ids)]


def cited_references(conn: sqlite3.Connection, events: list[EventRow]) -> dict[int, list[Citation]]:
    """Event id → the entries of its document's reference list that its sentence's footnote
    markers cite ([26] → entry 26), in the order the sentence cites them. Linked when read, so
    the link always matches the stored sentence."""
    from relations_desktop.corpus.footnotes import cited_numbers  # regex: not before the first paint
    wanted = {e.id: (e.document_id, cited_numbers(e.text)) for e in events}
    pairs = sorted({(doc, n) for doc, numbers in wanted.values() for n in numbers})
    if not pairs:
        return {}
    found: dict[tuple[int, int], Citation] = {}
    for i in range(0, len(pairs), 400):          # SQLite's limit on bound parameters
        chunk = pairs[i:i + 400]
        where = " OR ".join("(document_id = ? AND n = ?)" for _ in chunk)
        for r in conn.execute(f'SELECT document_id, n, text, id, start, "end" FROM all_citations WHERE {where} '
                              "ORDER BY start", [v for pair in chunk for v in pair]):
            found.setdefault((r[0], r[1]), Citation(*r))
    out: dict[int, list[Citation]] = {}
    for event_id, (doc, numbers) in wanted.items():
        cites = [found[(doc, n)] for n in numbers if (doc, n) in found]
        if cites:
            out[event_id] = cites
    return out
