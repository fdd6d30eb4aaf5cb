"""The rows a processed document gives the database, as plain tuples without row ids.

``part_rows`` turns one processed part of a document (the whole document, or one window of a
long one, whose offsets start at ``base``) into tuples that pickle cheaply, so that the
pipeline can run in a worker process and only rows travel back; ``store.write.Writer`` gives
them their ids.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from relations_desktop.corpus.processed import ProcessedDocument
from relations_desktop.corpus.structure import CITATION, HATNOTE, HEADING, TITLE
from relations_desktop.textnorm import search_fold

Pair = tuple[str, str]


@dataclass
class PartRows:
    """Rows of one part of a document; every offset points into the whole document's text."""
    lang: str
    kind: str
    title: str | None
    chars: int                                          # length of the part
    pairs: list[Pair]
    blocks: list[tuple[str, int, int]] = field(default_factory=list)                 # kind, start, end
    citations: list[tuple[int | None, int, int, str]] = field(default_factory=list)  # n, start, end, text
    mentions: list[tuple[str | None, str, int, int]] = field(default_factory=list)   # code, kind, start, end
    # pair, start, end, sentences: (start, end, codes, folded text for the index)
    passages: list[tuple[Pair, int, int, list[tuple[int, int, str, str]]]] = field(default_factory=list)
    # pair, sentence (start, end) or None, date, date_start, date_end, precision, type, start, end,
    # text, cue_start, cue_end, confidence
    events: list[tuple] = field(default_factory=list)
    dated: str | None = None        # the date the text gives itself (a news dateline), YYYY-MM-DD


# The stamps that tell a text's own date (a story's dateline, a page's publication or header
# date); an update or a crawl only bounds it (``corpus.clock``).
_OWN_DATE_STAMPS = ("dateline", "published", "header")


def stamp_date(doc: ProcessedDocument) -> str | None:
    """The date the text's stamps give it (as the clock reads them: read here, not changed),
    when a stamp that tells it gives it; else None."""
    today = doc.clock.today
    if today is None or not any(s.date == today and s.kind in _OWN_DATE_STAMPS for s in doc.clock.stamps):
        return None
    try:
        return datetime.date(*today).isoformat()
    except ValueError:
        return None


def part_rows(doc: ProcessedDocument, base: int = 0) -> PartRows:
    """The rows of ``doc``, a document or a window of one starting at ``base``."""
    text = doc.text
    rows = PartRows(doc.lang, doc.kind, doc.title, len(text), list(doc.pairs), dated=stamp_date(doc))
    rows.blocks = [(b.kind, b.start + base, b.end + base) for b in doc.blocks if b.kind in (TITLE, HEADING, HATNOTE)]
    rows.citations = [(b.number, b.start + base, b.end + base, text[b.start:b.end])
                      for b in doc.blocks if b.kind == CITATION]
    rows.mentions = [(m.code, m.kind, m.start + base, m.end + base) for m in doc.mentions]
    index = doc.countries
    in_passage: set[tuple[int, int]] = set()
    for pair, ps, pe, block_index in doc.passages():
        sentences = []
        for ss, se in doc.sentences.get(block_index, []):
            if ss < ps or se > pe or (ss, se) in in_passage:
                continue                 # outside the passage, or already in an earlier one
            codes = " ".join(sorted({m.code for m in index.between(ss, se)}))
            sentences.append((ss + base, se + base, codes, search_fold(text[ss:se])))
            in_passage.add((ss, se))
        rows.passages.append((pair, ps + base, pe + base, sentences))
    for e in doc.events:
        lo, hi = e.bounds or (None, None)
        sentence = (e.start + base, e.end + base) if (e.start, e.end) in in_passage else None
        cue_start = None if e.cue_start is None else e.cue_start + base
        cue_end = None if e.cue_end is None else e.cue_end + base
        rows.events.append((e.pair, sentence, e.date, lo, hi, e.precision, e.type, e.start + base, e.end + base,
                            text[e.start:e.end], cue_start, cue_end, e.confidence))
    return rows
