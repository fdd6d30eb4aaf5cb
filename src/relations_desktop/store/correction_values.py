"""Values of a correction as a person gives them (a date typed in any digits, an event type, a
pair of countries), checked and turned into what the corrections table stores."""

from __future__ import annotations

from collections.abc import Sequence

from relations_desktop.digits import fold_digits
from relations_desktop.errors import CorrectionError
from relations_desktop.store.queries import Pair, pair_key


def date_value(text: str | None) -> tuple[str | None, str]:
    """A date as a person typed it (YYYY, YYYY-MM, YYYY-MM-DD or START/END, in any digits) as
    a stored value and its precision; empty is undated. Raises CorrectionError('bad_date')."""
    import datetime as _dt

    from relations_desktop.corpus.grouping import date_bounds, precision_of
    raw = fold_digits((text or "").strip()).replace(" ", "").replace("–", "/").replace("—", "/")
    if not raw:
        return None, "undated"
    parts = raw.split("/")
    if len(parts) > 2:
        raise CorrectionError(text, "bad_date")
    for part in parts:
        pieces = part.split("-")
        if not 1 <= len(pieces) <= 3 or len(pieces[0]) != 4 or not all(p.isdigit() for p in pieces) \
                or any(len(p) != 2 for p in pieces[1:]):
            raise CorrectionError(text, "bad_date")
        try:
            _dt.date(int(pieces[0]), int(pieces[1]) if len(pieces) > 1 else 1, int(pieces[2]) if len(pieces) > 2 else 1)
        except ValueError:
            raise CorrectionError(text, "bad_date") from None
    if len(parts) == 2:
        lo, hi = date_bounds(parts[0])[0], date_bounds(parts[1])[1]
        if lo > hi or parts[0] == parts[1]:
            raise CorrectionError(text, "bad_date")
    return raw, precision_of(raw)


def event_type(value: str) -> str:
    """An event type as stored (``corpus.cues.TYPES``); raises CorrectionError('bad_type')."""
    from relations_desktop.corpus.cues import TYPES
    if value not in TYPES:
        raise CorrectionError(value, "bad_type")
    return value


def checked_pair(pair: Sequence[str]) -> Pair:
    if len(pair) != 2 or not all(isinstance(c, str) and len(c) == 2 and c.isalpha() for c in pair) \
            or pair[0].upper() == pair[1].upper():
        raise CorrectionError("-".join(map(str, pair)), "bad_pair")
    return pair_key(*pair)
