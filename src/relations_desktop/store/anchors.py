"""Where a correction is now, in the corpus as it is: its document (by content hash, whatever
ids the build or the import gave it), its sentence (at the offsets it had, or found again where
the text moved) and, for a correction of an extracted event, that event (the one of the
sentence with the same pair, nearest in date and place). What cannot be found any more is said
(``status``), never dropped."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from typing import NamedTuple

from relations_desktop.store.corrections import EVENT, Correction, DocumentName
from relations_desktop.store.queries import DETAILS_FROM, EventRow, Pair, details
from relations_desktop.store.texts import document_text, text_slices

# Where a correction was found.
APPLIED = "applied"                # its sentence where it was
MOVED = "moved"                    # its sentence found elsewhere in the document (the text moved)
EVENT_GONE = "event_gone"          # its sentence is there, the extraction no longer finds its event
SENTENCE_GONE = "sentence_gone"    # its document no longer has the sentence
DOCUMENT_GONE = "document_gone"    # no document with its content is in the corpus
STATUSES = (APPLIED, MOVED, EVENT_GONE, SENTENCE_GONE, DOCUMENT_GONE)
FOUND = (APPLIED, MOVED)


class Located(NamedTuple):
    correction: Correction
    status: str
    document_id: int | None = None
    lang: str = ""
    file: str = ""
    start: int = 0                     # the sentence now
    end: int = 0
    cue_start: int | None = None
    cue_end: int | None = None
    event: EventRow | None = None      # the extracted event it corrects (a correction of one, found)
    pair: Pair | None = None           # that event's pair
    name: DocumentName | None = None   # its document's name now (None: the document is gone)

    @property
    def document(self) -> DocumentName:
        """Its document's name: as the library has it now, else as the correction remembers it."""
        return self.name or self.correction.document

    @property
    def found(self) -> bool:
        """Whether the sentence is there (an added event, or an edit whose event is gone, still shows)."""
        return self.status in FOUND or self.status == EVENT_GONE


def _nearest(text: str, sentence: str, near: int) -> int | None:
    """Where ``sentence`` occurs in ``text`` nearest to ``near``; spaces may differ."""
    best: int | None = None
    i = text.find(sentence)
    while i >= 0:
        if best is None or abs(i - near) < abs(best - near):
            best = i
        i = text.find(sentence, i + 1)
    return best


def _flexible(text: str, sentence: str, near: int) -> tuple[int, int] | None:
    words = sentence.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    found = [(m.start(), m.end()) for m in pattern.finditer(text)]
    return min(found, key=lambda span: abs(span[0] - near)) if found else None


def _sentence(conn: sqlite3.Connection, doc_id: int, c: Correction, texts: dict[int, str]
              ) -> tuple[str, int, int] | None:
    """(status, start, end) of the correction's sentence in the document; None when it is gone."""
    (here,) = text_slices(conn, doc_id, [(c.start, c.end)])
    if here == c.sentence:
        return APPLIED, c.start, c.end
    if doc_id not in texts:
        texts[doc_id] = document_text(conn, doc_id)
    text = texts[doc_id]
    at = _nearest(text, c.sentence, c.start)
    if at is not None:
        return MOVED, at, at + len(c.sentence)
    span = _flexible(text, c.sentence, c.start)
    return (MOVED, *span) if span is not None else None


_EVENT_COLUMNS = ('id, document_id, date, date_start, date_end, precision, type, start, "end", text, cue_start, '
                  "cue_end, confidence, relationship_id")


def _events_at(conn: sqlite3.Connection, doc_id: int, start: int, end: int, lang: str, file: str
               ) -> list[tuple[EventRow, Pair]]:
    rows = conn.execute(f'SELECT {_EVENT_COLUMNS} FROM all_events WHERE document_id = ? AND start < ? AND "end" > ?',
                        (doc_id, end, start)).fetchall()
    if not rows:
        return []
    rels = {r[0]: (r[1], r[2]) for r in conn.execute(
        f"SELECT id, a, b FROM all_relationships WHERE id IN ({','.join(str(int(r[13])) for r in rows)})")}
    return [(EventRow(*r[:12], lang, file, r[12]), rels[r[13]]) for r in rows if r[13] in rels]


def _score(c: Correction, start: int, end: int, e: EventRow) -> int:
    score = 4 if (e.start, e.end) == (start, end) else 0
    if c.cue_start is not None and e.cue_start is not None and e.cue_start - e.start == c.cue_start - c.start:
        score += 2
    score += 2 * (e.date == c.date) + (e.type == c.type)
    return score


def locate(conn: sqlite3.Connection, corrections: Sequence[Correction]) -> list[Located]:
    """Where each correction is now (in the order given)."""
    if not corrections:
        return []
    hashes = sorted({c.sha256 for c in corrections})
    docs: dict[str, tuple[int, str, str]] = {}
    names: dict[str, DocumentName] = {}
    for i in range(0, len(hashes), 400):
        chunk = hashes[i:i + 400]
        for doc_id, sha, lang, file, title, source in conn.execute(
                f"SELECT {details('id, sha256, lang, file, title, source')} FROM {DETAILS_FROM} "
                f"WHERE d.sha256 IN ({','.join('?' * len(chunk))})", chunk):
            docs.setdefault(sha, (doc_id, lang, file))
            names.setdefault(sha, DocumentName(file, title, source))
    texts: dict[int, str] = {}
    out: list[Located] = []
    # (score, correction's index, event) for every event a correction of one may mean
    claims: list[tuple[int, int, EventRow, Pair]] = []
    for k, c in enumerate(corrections):
        doc = docs.get(c.sha256)
        if doc is None:
            out.append(Located(c, DOCUMENT_GONE))
            continue
        doc_id, lang, file = doc
        where = _sentence(conn, doc_id, c, texts)
        if where is None:
            out.append(Located(c, SENTENCE_GONE, doc_id, lang, file, name=names[c.sha256]))
            continue
        status, start, end = where
        shift = start - c.start
        cue = (c.cue_start + shift, c.cue_end + shift) if c.cue_start is not None and c.cue_end is not None \
            else (None, None)
        out.append(Located(c, status, doc_id, lang, file, start, end, *cue, name=names[c.sha256]))
        if c.kind == EVENT:
            for e, pair in _events_at(conn, doc_id, start, end, lang, file):
                if pair == c.pair:
                    claims.append((_score(c, start, end, e), k, e, pair))
    taken: set[int] = set()
    done: set[int] = set()
    for _, k, e, pair in sorted(claims, key=lambda t: (-t[0], t[1], t[2].start, t[2].id)):
        if k in done or e.id in taken:
            continue
        done.add(k)
        taken.add(e.id)
        out[k] = out[k]._replace(event=e, pair=pair)
    for k, c in enumerate(corrections):
        if c.kind == EVENT and k not in done and out[k].status in FOUND:
            out[k] = out[k]._replace(status=EVENT_GONE)
    return out
