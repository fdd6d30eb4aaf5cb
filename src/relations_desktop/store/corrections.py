"""The reader's corrections (hide, edit, add, note an event; correct a document's details), kept
in the user's library: reading them, and writing them one action at a time. Each action returns
a ``Change`` (every row it touched, before and after) that ``undo`` and ``redo`` write back
exactly. Every write holds the library's writer lock, in one transaction; a library that does
not exist yet is made first, one of an older schema is migrated.

A correction is keyed by what survives re-extraction (``schema.CORRECTION_TABLES``); where it
is now is found when it is read (``store.anchors``) and it is applied to a relationship's events
by ``store.corrected``. Sharing them as a file: ``store.correction_file``.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from relations_desktop.errors import CorrectionError, DatabaseError
from relations_desktop.store import sql
from relations_desktop.store.correction_values import checked_pair, date_value, event_type
from relations_desktop.store.lock import writer_lock
from relations_desktop.store.queries import EventRow, Pair, SourceDocument

EVENT, ADDED = "event", "added"           # a correction of an extracted event; an event the reader added
# What the timeline export says of an event (a note alone leaves it "extracted").
EXTRACTED, HIDDEN, EDITED = "extracted", "hidden", "edited"

COLUMNS = ("id", "kind", "sha256", "start", "end", "cue_start", "cue_end", "a", "b", "date", "precision", "type",
           "hidden", "new_a", "new_b", "new_date", "new_precision", "new_type", "note", "created", "updated",
           "sentence", "document_file", "document_title", "document_source")
DOCUMENT_FIELDS = ("title", "source", "url", "author", "published")
EDIT_COLUMNS = ("sha256", *DOCUMENT_FIELDS, "updated")
KEEP = object()      # an argument left as it is


class Correction(NamedTuple):
    """A row of ``corrections``. For an added event, ``a``/``b`` is its pair and ``new_*`` its values."""
    id: int
    kind: str
    sha256: str
    start: int                  # the sentence when the correction was last written
    end: int
    cue_start: int | None       # the date's span in it
    cue_end: int | None
    a: str                      # the extracted pair
    b: str
    date: str | None            # the extracted date, precision and type
    precision: str | None
    type: str | None
    hidden: int
    new_a: str | None           # the corrected values (None: unchanged)
    new_b: str | None
    new_date: str | None
    new_precision: str | None   # None: the date is unchanged
    new_type: str | None
    note: str
    created: str
    updated: str
    sentence: str
    document_file: str | None = None        # its document as last seen (``DocumentName``): named by it
    document_title: str | None = None       # when the document is gone from the library
    document_source: str | None = None

    @property
    def document(self) -> DocumentName:
        return DocumentName(self.document_file or "", self.document_title, self.document_source)

    def seen_in(self, document: DocumentName | None) -> Correction:
        """The correction remembering ``document`` as its document's name (None: as it was)."""
        if document is None:
            return self
        return self._replace(document_file=document.file or None, document_title=document.title,
                             document_source=document.source)

    @property
    def pair(self) -> Pair:
        return (self.a, self.b)

    @property
    def corrected_pair(self) -> Pair:
        return (self.new_a, self.new_b) if self.new_a and self.new_b else self.pair

    @property
    def corrected_date(self) -> tuple[str | None, str]:
        if self.new_precision is not None:
            return self.new_date, self.new_precision
        return self.date, self.precision or "undated"

    @property
    def corrected_type(self) -> str:
        return self.new_type or self.type or "other"

    @property
    def edited(self) -> bool:
        return self.new_a is not None or self.new_precision is not None or self.new_type is not None

    @property
    def state(self) -> str:
        """``added``, ``hidden``, ``edited`` or, for a note alone, ``extracted``."""
        if self.kind == ADDED:
            return ADDED
        if self.hidden:
            return HIDDEN
        return EDITED if self.edited else EXTRACTED

    @property
    def matters(self) -> bool:
        """Whether the row changes anything (one that does not is deleted)."""
        return self.kind == ADDED or bool(self.hidden) or self.edited or bool(self.note)


class DocumentName(NamedTuple):
    """What names a document to a person: file name, title and source (as corrected)."""
    file: str
    title: str | None = None
    source: str | None = None


def document_name(doc: SourceDocument) -> DocumentName:
    """A shown document's name, as its corrections remember it."""
    return DocumentName(doc.file, doc.meta.title or doc.title, doc.meta.source)


class DocumentEdit(NamedTuple):
    """A row of ``document_edits``: a document's details as the reader corrected them."""
    sha256: str
    title: str | None
    source: str | None
    url: str | None
    author: str | None
    published: str | None
    updated: str


class EventRef(NamedTuple):
    """An event as the reader sees it: the row shown, its document's content hash and the
    relationship it is shown in, and its document's name (remembered with a correction)."""
    event: EventRow
    sha256: str
    pair: Pair
    document: DocumentName | None = None


Row = tuple
TableRow = tuple[str, object, Row | None, Row | None]       # table, key, before, after


class Change(NamedTuple):
    """What one action did to the layer: each row it touched, before and after (None: no row)."""
    rows: tuple[TableRow, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.rows

    @property
    def relates(self) -> bool:
        """Whether it gives an event to another pair or takes one back (the lists of countries
        and partners may change)."""
        return any(c.kind == ADDED or c.new_a is not None for table, _key, before, after in self.rows
                   if table == "corrections" for c in (Correction(*r) for r in (before, after) if r))

    def landing(self, forward: bool) -> Pair | None:
        """The pair the action's first event is in once it is done (``forward``) or undone, if
        shown: where the window goes when the pair it showed is gone."""
        for table, _key, before, after in self.rows:
            if table != "corrections":
                continue
            now, then = (after, before) if forward else (before, after)
            if now is not None:
                c = Correction(*now)
                if not c.hidden:
                    return c.corrected_pair
            elif then is not None and Correction(*then).kind == EVENT:   # the event as extracted
                return Correction(*then).pair
        return None

    def corrections(self) -> list[Correction]:
        """The corrections as the action left them."""
        return [Correction(*after) for table, _key, _before, after in self.rows if table == "corrections" and after]


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


# ----- reading
def _select(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def corrections_of_pair(conn: sqlite3.Connection, pair: Pair) -> list[Correction]:
    """The corrections that concern a relationship (of one of its events, or moving an event
    to it, or an event added to it), through the corpus views."""
    return [Correction(*r) for r in conn.execute(
        f"SELECT {_select(COLUMNS)} FROM all_corrections WHERE (a = ? AND b = ?) OR (new_a = ? AND new_b = ?) "
        "ORDER BY id", (*pair, *pair))]


def all_corrections(conn: sqlite3.Connection) -> list[Correction]:
    return [Correction(*r) for r in conn.execute(f"SELECT {_select(COLUMNS)} FROM all_corrections ORDER BY id")]


def document_edits(conn: sqlite3.Connection) -> dict[str, DocumentEdit]:
    return {r[0]: DocumentEdit(*r) for r in conn.execute(f"SELECT {_select(EDIT_COLUMNS)} FROM all_document_edits")}


def corrected_pairs(conn: sqlite3.Connection) -> list[Pair]:
    """The relationships corrections give events to (an event moved or added there)."""
    return [tuple(r) for r in conn.execute(
        "SELECT DISTINCT coalesce(new_a, a), coalesce(new_b, b) FROM all_corrections "
        "WHERE hidden = 0 AND (kind = ? OR new_a IS NOT NULL) ORDER BY 1, 2", (ADDED,))]


# ----- writing
@contextlib.contextmanager
def _library(user_db: Path) -> Iterator[sqlite3.Connection]:
    """A writing connection to the library, made if missing and migrated, under the writer lock."""
    from relations_desktop.seed_corpus import pipeline_version
    from relations_desktop.store.commit import new_library
    with writer_lock(user_db):
        if not user_db.exists():
            new_library(user_db, pipeline_version())
        conn = sql.connect(user_db)
        try:
            with sql.known_errors(user_db):
                sql.migrate(conn, user_db)
                if sql.user_version(conn) < 6:
                    raise DatabaseError(user_db, "schema", "re-process the library before correcting it")
            yield conn
        finally:
            conn.close()


_KEYS = {"corrections": ("id", COLUMNS), "document_edits": ("sha256", EDIT_COLUMNS)}


def _row(conn: sqlite3.Connection, table: str, key: object) -> Row | None:
    column, columns = _KEYS[table]
    row = conn.execute(f"SELECT {_select(columns)} FROM {table} WHERE {column} = ?", (key,)).fetchone()
    return tuple(row) if row is not None else None


def _put(conn: sqlite3.Connection, table: str, key: object, row: Row | None) -> None:
    column, columns = _KEYS[table]
    if row is None:
        conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (key,))
    else:
        conn.execute(f"INSERT OR REPLACE INTO {table} ({_select(columns)}) VALUES ({', '.join('?' * len(row))})",
                     row)


Plan = Callable[[sqlite3.Connection], list[tuple[str, object, Row | None]]]


def _act(user_db: str | Path, plan: Plan) -> Change:
    """Run ``plan`` (which says each row's new state) in one transaction; the Change it made."""
    user_db = Path(user_db)
    rows: list[TableRow] = []
    with _library(user_db) as conn, sql.transaction(conn, user_db):
        for table, key, after in plan(conn):
            before = _row(conn, table, key)
            if before != after:
                _put(conn, table, key, after)
                rows.append((table, key, before, after))
    return Change(tuple(rows))


def _write_back(user_db: str | Path, change: Change, forward: bool) -> None:
    user_db = Path(user_db)
    rows = change.rows if forward else tuple(reversed(change.rows))
    with _library(user_db) as conn, sql.transaction(conn, user_db):
        for table, key, before, after in rows:
            _put(conn, table, key, after if forward else before)


def undo(user_db: str | Path, change: Change) -> None:
    """Put every row the action touched back as it was before."""
    _write_back(user_db, change, forward=False)


def redo(user_db: str | Path, change: Change) -> None:
    """Put every row the action touched back as the action left it."""
    _write_back(user_db, change, forward=True)


def _next_id(conn: sqlite3.Connection) -> int:
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'corrections'").fetchone()
    top = conn.execute("SELECT max(id) FROM corrections").fetchone()[0]
    return max(seq[0] if seq else 0, top or 0) + 1


def _base(conn: sqlite3.Connection, ref: EventRef, ids: Iterator[int], stamp: str) -> Correction:
    """The correction an action on ``ref`` starts from: its own (anchored where the event is
    now), or a new one that changes nothing yet."""
    e = ref.event
    current = e.correction
    row = _row(conn, "corrections", current.id) if current is not None else None
    if row is not None:
        return Correction(*row)._replace(start=e.start, end=e.end, sentence=e.text, cue_start=e.cue_start,
                                         cue_end=e.cue_end, sha256=ref.sha256).seen_in(ref.document)
    if current is not None and current.kind == ADDED:
        raise CorrectionError(current.id, "no_event")        # removed meanwhile (another window)
    original = e.original or e
    a, b = current.pair if current is not None else ref.pair
    return Correction(next(ids), EVENT, ref.sha256, e.start, e.end, e.cue_start, e.cue_end, a, b, original.date,
                      original.precision, original.type, 0, None, None, None, None, None, "", stamp, stamp,
                      e.text).seen_in(ref.document)


def _after(c: Correction | None, stamp: str) -> Row | None:
    return tuple(c._replace(updated=stamp)) if c is not None and c.matters else None


def _each(user_db: str | Path, refs: Sequence[EventRef],
          change: Callable[[Correction], Correction | None]) -> Change:
    stamp = now()

    def plan(conn: sqlite3.Connection) -> list[tuple[str, object, Row | None]]:
        start = _next_id(conn)
        ids = iter(range(start, start + len(refs)))
        out = []
        for ref in refs:
            c = _base(conn, ref, ids, stamp)
            out.append(("corrections", c.id, _after(change(c), stamp)))
        return out
    return _act(user_db, plan)


def hide(user_db: str | Path, refs: Sequence[EventRef], hidden: bool = True) -> Change:
    """Hide events ("not an event between these two countries"), or show them again. An event
    the reader added is removed instead."""
    def change(c: Correction) -> Correction | None:
        return None if c.kind == ADDED and hidden else c._replace(hidden=int(hidden))
    return _each(user_db, refs, change)


def edit(user_db: str | Path, refs: Sequence[EventRef], *, date: object = KEEP, type: object = KEEP,
         pair: object = KEEP) -> Change:
    """Correct the date (text as ``date_value`` reads it), type or pair of events. A value equal
    to the extracted one undoes that part of the correction."""
    new_date = date_value(date) if date is not KEEP else None           # type: ignore[arg-type]
    new_type = event_type(type) if type is not KEEP else None            # type: ignore[arg-type]
    new_pair = checked_pair(pair) if pair is not KEEP else None          # type: ignore[arg-type]

    def change(c: Correction) -> Correction:
        if c.kind == ADDED:
            if new_date is not None:
                c = c._replace(new_date=new_date[0], new_precision=new_date[1])
            if new_type is not None:
                c = c._replace(new_type=new_type)
            if new_pair is not None:
                c = c._replace(a=new_pair[0], b=new_pair[1])
            return c
        if new_date is not None:
            same = new_date == (c.date, c.precision)
            c = c._replace(new_date=None if same else new_date[0], new_precision=None if same else new_date[1])
        if new_type is not None:
            c = c._replace(new_type=None if new_type == c.type else new_type)
        if new_pair is not None:
            same = new_pair == c.pair
            c = c._replace(new_a=None if same else new_pair[0], new_b=None if same else new_pair[1])
        return c
    return _each(user_db, refs, change)


def set_note(user_db: str | Path, ref: EventRef, note: str) -> Change:
    """The reader's note on an event (empty removes it)."""
    text = note.strip()
    return _each(user_db, [ref], lambda c: c._replace(note=text))


def restore(user_db: str | Path, refs: Sequence[EventRef]) -> Change:
    """Drop the corrections of events: the extracted event again (an added one is removed)."""
    def plan(conn: sqlite3.Connection) -> list[tuple[str, object, Row | None]]:
        return [("corrections", r.event.correction.id, None) for r in refs if r.event.correction is not None]
    return _act(user_db, plan)


def delete(user_db: str | Path, ids: Sequence[int]) -> Change:
    """Remove corrections by id (the review list's Remove)."""
    return _act(user_db, lambda conn: [("corrections", int(i), None) for i in ids])


class NewEvent(NamedTuple):
    """An event the reader adds: the sentence (offsets and text) of a document, the date's span
    in it if one was selected, and its pair, date (as typed) and type."""
    sha256: str
    start: int
    end: int
    sentence: str
    cue_start: int | None
    cue_end: int | None
    pair: Sequence[str]
    date: str | None
    type: str
    note: str = ""
    document: DocumentName | None = None


def add(user_db: str | Path, new: NewEvent) -> Change:
    """Add an event the extraction did not find."""
    value, precision = date_value(new.date)
    a, b = checked_pair(new.pair)
    type_ = event_type(new.type)
    stamp = now()

    def plan(conn: sqlite3.Connection) -> list[tuple[str, object, Row | None]]:
        c = Correction(_next_id(conn), ADDED, new.sha256, new.start, new.end, new.cue_start, new.cue_end, a, b,
                       None, None, None, 0, None, None, value, precision, type_, new.note.strip(), stamp, stamp,
                       new.sentence).seen_in(new.document)
        return [("corrections", c.id, tuple(c))]
    return _act(user_db, plan)


def edit_document(user_db: str | Path, sha256: str, original: dict[str, str | None],
                  fields: dict[str, str | None]) -> Change:
    """Correct a document's details (``DOCUMENT_FIELDS``); ``original`` is what the document
    itself says. A field given as it was originally undoes its correction; '' clears it."""
    stamp = now()

    def plan(conn: sqlite3.Connection) -> list[tuple[str, object, Row | None]]:
        row = _row(conn, "document_edits", sha256)
        values = dict(zip(EDIT_COLUMNS, row, strict=True)) if row else dict.fromkeys(EDIT_COLUMNS)
        for name, value in fields.items():
            if name not in DOCUMENT_FIELDS:
                raise ValueError(name)
            value = (value or "").strip()
            values[name] = None if value == (original.get(name) or "") else value
        if all(values[name] is None for name in DOCUMENT_FIELDS):
            return [("document_edits", sha256, None)]
        values.update(sha256=sha256, updated=stamp)
        return [("document_edits", sha256, tuple(values[c] for c in EDIT_COLUMNS))]
    return _act(user_db, plan)


def layer(user_db: str | Path) -> tuple[list[Correction], list[DocumentEdit]]:
    """Every correction and document edit of a library (empty when there is none)."""
    user_db = Path(user_db)
    if not user_db.exists():
        return [], []
    conn = sql.connect(user_db, readonly=True)
    try:
        with sql.known_errors(user_db):
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "corrections" not in tables:
                return [], []
            return ([Correction(*r) for r in conn.execute(f"SELECT {_select(COLUMNS)} FROM corrections ORDER BY id")],
                    [DocumentEdit(*r) for r in conn.execute(
                        f"SELECT {_select(EDIT_COLUMNS)} FROM document_edits ORDER BY sha256")])
    finally:
        conn.close()


def merge(user_db: str | Path, corrections: Sequence[Correction], edits: Sequence[DocumentEdit]) -> Change:
    """Add corrections and document edits read from a file (``store.correction_file``): one for
    the same event as one already there replaces it, the others are added with new ids."""
    def key(c: Correction) -> tuple:
        return (c.kind, c.sha256, c.start, c.end, c.cue_start, c.a, c.b) + \
            ((c.new_date, c.new_type) if c.kind == ADDED else ())

    def plan(conn: sqlite3.Connection) -> list[tuple[str, object, Row | None]]:
        have = {key(c): c.id for c in (Correction(*r) for r in conn.execute(
            f"SELECT {_select(COLUMNS)} FROM corrections"))}
        next_id = _next_id(conn)
        out: list[tuple[str, object, Row | None]] = []
        for c in corrections:
            cid = have.get(key(c))
            if cid is None:
                cid, next_id = next_id, next_id + 1
                have[key(c)] = cid
            out.append(("corrections", cid, tuple(c._replace(id=cid))))
        out += [("document_edits", e.sha256, tuple(e)) for e in edits]
        return out
    return _act(user_db, plan)
