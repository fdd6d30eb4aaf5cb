"""What the reader probably means when they select words of a source passage and choose Add
event…: the date the pipeline's date tagger reads in the selection (else the first in its
sentence), the type the pipeline's cues give the selection (else the sentence), and the pair
the countries named there make (else the relationship shown). The reader corrects any of it."""

from __future__ import annotations

from typing import NamedTuple

from relations_desktop.store.queries import Pair, pair_key


class Proposal(NamedTuple):
    date: str | None               # as stored: YYYY, YYYY-MM, YYYY-MM-DD or START/END
    precision: str
    type: str
    pair: Pair
    cue: tuple[int, int] | None    # the date's span, in the document's offsets


def propose(sentence: str, offset: int, selection: tuple[int, int], pair: Pair) -> Proposal:
    """A proposal for ``selection`` (document offsets) inside ``sentence``, which starts at
    ``offset`` in its document; ``pair`` is the relationship shown."""
    from relations_desktop.corpus.countries import find_mentions
    from relations_desktop.corpus.dates import find_dates
    from relations_desktop.corpus.event_types import classify
    s, e = max(0, selection[0] - offset), min(len(sentence), selection[1] - offset)
    if e <= s:
        s, e = 0, len(sentence)
    dates = [d for d in find_dates(sentence) if d.is_absolute]
    inside = [d for d in dates if d.start < e and d.end > s]
    date = (inside or dates or [None])[0]
    type_ = classify(sentence, s, e)
    if type_ == "other":
        type_ = classify(sentence)
    named = [m.code for m in find_mentions(sentence, s, e) if m.code] or \
        [m.code for m in find_mentions(sentence) if m.code]
    codes = list(dict.fromkeys(named))
    chosen = pair
    if not set(pair) <= set(codes) and len(codes) >= 2:
        ours = [c for c in codes if c in pair]
        others = [c for c in codes if c not in pair]
        chosen = pair_key(ours[0], others[0]) if ours else pair_key(codes[0], codes[1])
    if date is None:
        return Proposal(None, "undated", type_, chosen, None)
    return Proposal(date.value, date.precision, type_, chosen, (offset + date.start, offset + date.end))
