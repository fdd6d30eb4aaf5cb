"""Named read queries over an open corpus (see ``connection.open_corpus``).

The interface and the exporter call these functions; they never write SQL themselves.
Every query uses bound parameters.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any, NamedTuple

from relations_desktop.store.connection import union_of
from relations_desktop.store.texts import document_text, text_slices

if TYPE_CHECKING:
    from relations_desktop.corpus.document import DocumentMeta


# Plain named tuples and small classes: the window imports this module at start-up, and
# creating a dozen dataclasses there cost several milliseconds. For the same reason the corpus
# modules (grouping, a document's metadata) are imported where a relationship is read.
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
    correction: Any = None               # the reader's correction of it (store.corrections.Correction)
    original: EventRow | None = None     # the extracted event, when a correction changed it

    @property
    def state(self) -> str:
        """``extracted``, ``edited`` or ``added`` (a hidden event is not among those shown)."""
        return self.correction.state if self.correction is not None else "extracted"

    @property
    def note(self) -> str:
        return self.correction.note if self.correction is not None else ""


class EventGroup:
    """Events from one or more documents that tell of the same happening."""

    __slots__ = ("_lead", "events")

    def __init__(self, events: list[EventRow]) -> None:
        self.events = events
        self._lead: tuple[int, EventRow] | None = None     # (how many events it was chosen from, lead)

    @property
    def lead(self) -> EventRow:
        """The most precise event (the timeline asks for it at every paint: it is kept)."""
        if self._lead is None or self._lead[0] != len(self.events):
            from relations_desktop.corpus.grouping import PRECISION_RANK
            lead = min(self.events, key=lambda e: (PRECISION_RANK[e.precision], e.document_id, e.start))
            self._lead = (len(self.events), lead)
        return self._lead[1]

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
    heading: tuple[int, int] | None     # the span of the heading (or hatnote) above it, if any


class SourceDocument:
    """A document about the pair with its passages. Their text is read when it is shown
    (``texts``), and what to highlight in it too (``highlights``): opening a relationship costs
    the same whatever the size of its documents."""

    def __init__(self, id: int, file: str, lang: str, kind: str, title: str | None, sha256: str = "",
                 meta: DocumentMeta | None = None, conn: sqlite3.Connection | None = None) -> None:
        self.id, self.file, self.lang, self.kind, self.title = id, file, lang, kind, title
        self.sha256 = sha256
        if meta is None:
            from relations_desktop.corpus.document import DocumentMeta
            meta = DocumentMeta(title=title)
        self.meta = meta      # source, URL, author, date, licence, archive
        self.url = self.meta.url
        self.chars = 0                      # the text's length
        self.passages: list[Passage] = []
        self.copies: list[SourceDocument] = []     # near-duplicates of it: alternative sources of its text
        self._conn = conn

    def read_through(self, conn: sqlite3.Connection) -> None:
        """Read texts through ``conn`` from now on (one of the thread that shows them)."""
        self._conn = conn

    def texts(self, spans: list[tuple[int, int]]) -> list[str]:
        """The text of each span (while the corpus is open)."""
        assert self._conn is not None
        return text_slices(self._conn, self.id, spans)

    @property
    def text(self) -> str:
        """The whole text, read when asked; slices (``texts``) are cheaper."""
        assert self._conn is not None
        return document_text(self._conn, self.id)


class Highlights(NamedTuple):
    """Spans to mark in a stretch of a document: country mentions and the dates of events."""
    mentions: list[tuple[int, int, str | None]]
    dates: list[tuple[int, int]]


class Citation(NamedTuple):
    """An entry of a document's reference list; ``text`` is ``documents.text[start:end]`` as stored."""
    document_id: int
    n: int | None
    text: str
    id: int = 0
    start: int = 0
    end: int = 0


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
    sha256: str = ""


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


# A document's details as shown: what the reader corrected (all_document_edits, by content
# hash; '' clears a field) over what the document says.
EDITED_FIELDS = ("title", "source", "url", "author", "published")
DETAILS_FROM = "all_documents d LEFT JOIN all_document_edits x ON x.sha256 = d.sha256"


def detail(column: str) -> str:
    if column not in EDITED_FIELDS:
        return f"d.{column}"
    return f"CASE WHEN x.{column} IS NULL THEN d.{column} ELSE nullif(x.{column}, '') END"


def details(columns: str) -> str:
    """SQL for these columns of ``DETAILS_FROM``'s documents, as corrected."""
    return ", ".join(detail(c.strip()) for c in columns.split(","))


def documents(conn: sqlite3.Connection) -> list[DocumentInfo]:
    """Every document, by file name, with its metadata (as corrected) and the relationships of
    its passages."""
    pairs: dict[int, list[Pair]] = {}
    for doc_id, a, b in conn.execute(
            "SELECT DISTINCT p.document_id, r.a, r.b FROM all_passages p "
            "JOIN all_relationships r ON r.id = p.relationship_id ORDER BY p.document_id, r.a, r.b"):
        pairs.setdefault(doc_id, []).append((a, b))
    columns = details("id, file, origin, lang, kind, title, source, url, author, published, licence, archive, "
                       "archive_date, size, added, duplicate_of, sha256")
    return [DocumentInfo(*r[:-1], pairs.get(r[0], []), r[-1]) for r in conn.execute(
        f"SELECT {columns} FROM {DETAILS_FROM} ORDER BY d.file, d.id")]


# The pairs the reader's corrections give an event to (one moved there, or added), one row per
# such correction with its document's content hash: a relationship the corpus may not have.
CORRECTED_PAIRS = ("SELECT coalesce(new_a, a) AS a, coalesce(new_b, b) AS b, sha256 FROM all_corrections "
                   "WHERE hidden = 0 AND (kind = 'added' OR new_a IS NOT NULL)")


def countries(conn: sqlite3.Connection) -> list[Country]:
    """Every country with at least one relationship (in the corpus, or made by a correction),
    with names, aliases and the count."""
    rows = conn.execute(
        f"""WITH rel AS (SELECT a, b FROM all_relationships r
                        WHERE EXISTS (SELECT 1 FROM all_passages p WHERE p.relationship_id = r.id)
                        UNION SELECT a, b FROM ({CORRECTED_PAIRS})),
                ends AS (SELECT a AS code FROM rel UNION ALL SELECT b FROM rel)
           SELECT c.code, c.name_en, c.name_bn, c.name_hi, c.aliases, count(*), c.rank_en, c.rank_bn, c.rank_hi
           FROM ends JOIN main.countries c ON c.code = ends.code
           GROUP BY c.code ORDER BY c.code""")
    return [Country(r[0], _names(r, 1), r[4], r[5], _ranks(r, 6)) for r in rows]


def country_names(conn: sqlite3.Connection) -> dict[str, dict[str, str]]:
    return {r[0]: _names(r, 1) for r in conn.execute("SELECT code, name_en, name_bn, name_hi FROM main.countries")}


def _relationship_ids(conn: sqlite3.Connection, where: str, args: tuple) -> dict[Pair, list[int]]:
    """The ids of relationships (one per database that has it) by pair. Queries then name these
    ids, which reach into each database of the union views through its indexes; a join with
    the views would read every row of both."""
    out: dict[Pair, list[int]] = {}
    for rid, a, b in conn.execute(f"SELECT id, a, b FROM all_relationships WHERE {where}", args):
        out.setdefault((a, b), []).append(rid)
    return out


def _marks(ids: list[int]) -> str:
    return ",".join(str(int(i)) for i in ids)


_PARTNER_COLUMNS = "code, name_en, name_bn, name_hi, rank_en, rank_bn, rank_hi"


def _partner(row: sqlite3.Row | tuple, events: int, documents: int) -> Partner:
    return Partner(row[0], _names(row, 1), events, documents, _ranks(row, 4))


def partner(conn: sqlite3.Connection, code: str, events: int, documents: int) -> Partner | None:
    """A country as a partner backed by these counts (None: not a country of the database)."""
    row = conn.execute(f"SELECT {_PARTNER_COLUMNS} FROM main.countries WHERE code = ?", (code,)).fetchone()
    return _partner(row, events, documents) if row else None


def partners(conn: sqlite3.Connection, code: str) -> list[Partner]:
    """The relationships of one country in the corpus, with how many events and documents back
    each, as extracted (``store.corrected.partners``: as the reader corrected them)."""
    code = code.upper()
    by_pair = _relationship_ids(conn, "a = ? OR b = ?", (code, code))
    ids = _marks([i for v in by_pair.values() for i in v])
    # Counted from the tables' relationship indexes, never reading a row: a relationship of
    # 60,000 events is counted in milliseconds.
    where = f"relationship_id IN ({ids})"
    events: dict[int, int] = {}
    counts = union_of(conn, "events", "relationship_id, count(*)", where, "GROUP BY relationship_id")
    for rid, n in conn.execute(counts):
        events[rid] = events.get(rid, 0) + n
    docs: dict[int, set[int]] = {}
    for rid, doc in conn.execute(union_of(conn, "passages", "DISTINCT relationship_id, document_id", where)):
        docs.setdefault(rid, set()).add(doc)
    names = {r[0]: r for r in conn.execute(f"SELECT {_PARTNER_COLUMNS} FROM main.countries")}
    out: dict[str, Partner] = {}
    for (a, b), rids in by_pair.items():
        partner = b if a == code else a
        documents = len(set().union(*(docs.get(r, set()) for r in rids)))
        if documents and partner in names:
            out[partner] = _partner(names[partner], sum(events.get(r, 0) for r in rids), documents)
    return sorted(out.values(), key=lambda p: p.code)


def relationship_exists(conn: sqlite3.Connection, pair: Pair) -> bool:
    """Whether the corpus relates the pair, or a correction of the reader's gives it an event."""
    ids = _relationship_ids(conn, "a = ? AND b = ?", pair).get(pair, [])
    return (bool(ids) and conn.execute(f"SELECT 1 FROM all_passages WHERE relationship_id IN ({_marks(ids)}) "
                                       "LIMIT 1").fetchone() is not None) or conn.execute(
        f"SELECT 1 FROM ({CORRECTED_PAIRS}) WHERE a = ? AND b = ? LIMIT 1", pair).fetchone() is not None


def relationships(conn: sqlite3.Connection) -> list[Pair]:
    return [tuple(r) for r in conn.execute(
        "SELECT DISTINCT a, b FROM all_relationships r WHERE EXISTS "
        "(SELECT 1 FROM all_passages p WHERE p.relationship_id = r.id) ORDER BY a, b")]


def event_count(conn: sqlite3.Connection, pair: Pair) -> int:
    """How many events the pair has, counted from the relationship index (no row is read)."""
    ids = _relationship_ids(conn, "a = ? AND b = ?", pair).get(pair, [])
    if not ids:
        return 0
    where = f"relationship_id IN ({_marks(ids)})"
    return sum(n for (n,) in conn.execute(union_of(conn, "events", "count(*)", where)))


def events(conn: sqlite3.Connection, pair: Pair) -> list[EventRow]:
    ids = _relationship_ids(conn, "a = ? AND b = ?", pair).get(pair, [])
    if not ids:
        return []
    rows = conn.execute(
        f"""SELECT id, document_id, date, date_start, date_end, precision, type, start, "end", text, cue_start,
                   cue_end, confidence FROM all_events WHERE relationship_id IN ({_marks(ids)})""").fetchall()
    docs = {r[0]: (r[1], r[2]) for r in conn.execute(
        f"SELECT id, lang, file FROM all_documents WHERE id IN ({_marks(sorted({r[1] for r in rows}))})")}
    out = [EventRow(*r[:12], *docs[r[1]], r[12]) for r in rows]
    out.sort(key=event_order)
    return out


def event_order(e: EventRow) -> tuple:
    """The order of a relationship's events: by date (undated last), then where they are told."""
    return (e.date_start is None, e.date_start or "", e.date_end or "", e.file, e.start, e.id)


def event_groups(conn: sqlite3.Connection, pair: Pair) -> list[EventGroup]:
    """Events grouped across documents (same pair, type and compatible dates), in date order."""
    return group_rows(events(conn, pair), pair)


def group_rows(rows: list[EventRow], pair: Pair) -> list[EventGroup]:
    """``rows`` (a relationship's events) grouped: events of different documents that tell of
    the same happening form one group."""
    from relations_desktop.corpus.grouping import group_events
    ids = group_events([(e.document_id, pair, e.type, e.date) for e in rows])
    groups: dict[int, EventGroup] = {}
    for gid, e in zip(ids, rows, strict=True):
        groups.setdefault(gid, EventGroup([])).events.append(e)
    out = list(groups.values())
    out.sort(key=_group_order)
    return out


def _group_order(group: EventGroup) -> tuple:
    lead = group.lead           # once: a long document's relationship sorts 60,000 groups
    return lead.date is None, lead.date_start or "", lead.date_end or "", lead.file, lead.start


def sources(conn: sqlite3.Connection, pair: Pair) -> list[SourceDocument]:
    """Each document about the pair with its passages and the headings above them (spans; the
    text is read when shown)."""
    ids = _relationship_ids(conn, "a = ? AND b = ?", pair).get(pair, [])
    spans: dict[int, list[tuple[int, int, int]]] = {}
    for doc_id, pid, start, end in conn.execute(
            f'SELECT document_id, id, start, "end" FROM all_passages WHERE relationship_id IN ({_marks(ids)})'):
        spans.setdefault(doc_id, []).append((pid, start, end))
    if not spans:
        return []
    docs = _source_documents(conn, f"d.id IN ({_marks(list(spans))})")
    copies = _source_documents(conn, f"d.duplicate_of IN ({_marks(list(spans))})", "d.duplicate_of, ")
    for doc in docs:
        doc.copies = [c for original, c in copies if original == doc.id]
        passages = sorted(spans[doc.id], key=lambda p: p[1])
        headings = [tuple(r) for r in conn.execute(
            """SELECT start, "end" FROM all_blocks WHERE document_id = ? AND kind IN ('heading', 'hatnote')
               AND start < ? ORDER BY start""", (doc.id, passages[-1][2]))]
        k = -1
        for pid, start, end in passages:
            while k + 1 < len(headings) and headings[k + 1][1] <= start:
                k += 1
            doc.passages.append(Passage(pid, start, end, headings[k] if k >= 0 else None))
    return docs


def _source_documents(conn: sqlite3.Connection, where: str, first: str = "") -> list:
    """Documents with their metadata (as corrected), by language and file, ``where`` naming
    ``DETAILS_FROM``'s documents ``d`` (``first``: a column to give before each, as pairs)."""
    columns = details("id, file, lang, kind, title, sha256, title, source, url, author, published, licence, archive, "
                      "archive_date, chars")
    from relations_desktop.corpus.document import DocumentMeta
    out: list = []
    for row in conn.execute(f"SELECT {first}{columns} FROM {DETAILS_FROM} WHERE {where} ORDER BY d.lang, d.file, d.id"):
        key, row = (row[0], row[1:]) if first else (None, row)
        doc = SourceDocument(*row[:6], DocumentMeta(*row[6:14]), conn=conn)
        doc.chars = row[14]
        out.append((key, doc) if first else doc)
    return out


def highlights(conn: sqlite3.Connection, document_id: int, start: int, end: int) -> Highlights:
    """Country mentions and event dates inside [start, end) of a document, in order."""
    mentions = [tuple(r) for r in conn.execute(
        'SELECT start, "end", country FROM all_mentions WHERE document_id = ? AND start >= ? AND start < ? '
        "ORDER BY start", (document_id, start, end))]
    dates = [tuple(r) for r in conn.execute(
        "SELECT cue_start, cue_end FROM all_events WHERE document_id = ? AND cue_start >= ? AND cue_start < ? "
        "ORDER BY cue_start", (document_id, start, end))]
    return Highlights(mentions, dates)


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
