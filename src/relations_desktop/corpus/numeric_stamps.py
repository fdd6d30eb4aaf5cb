"""Numeric dates in a page's stamps (26/07/2025, ০৮/০৬/২০২২): the reading a day above 12 settles,
both readings when either order could be meant, and the yearless dateline that chooses one."""

from __future__ import annotations

import dataclasses
import re
from typing import Protocol, TypeVar

from relations_desktop.corpus.dates import DateMention

# after a stamp's label, on digits folded to Latin ones: "Updated: 26-07-2025 10:15"
LABELLED_NUMERIC = re.compile(r"[\s:ঃ]*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?![\d/.-])")
# a date before a clock time, on folded digits too: "12/05/2021 10:30" (the digit before a match is
# tested apart: a pattern that opens with a look-behind is tried at every position, one that opens
# with a digit only at digits)
NUMERIC = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.])")


class _Read(Protocol):
    kind: str
    date: tuple[int, int, int] | None
    readings: tuple[tuple[int, int, int], ...]


S = TypeVar("S", bound=_Read)


def day_first(a: int | str, b: int | str, y: int | str) -> tuple[int, int, int] | None:
    """A numeric date's (year, month, day) when one of its first two numbers can only be the
    day; None when either order could be meant (3/4/2021)."""
    a, b, y = int(a), int(b), int(y)
    day, month = (a, b) if a > 12 else (b, a) if b > 12 else (0, 0)
    return (y, month, day) if day and 1 <= month <= 12 and day <= 31 else None


def yearless(d: DateMention) -> tuple[tuple[int, int, int], ...]:
    """A yearless dateline's day and month as its one reading, with year 0."""
    return ((0, d.month, d.day),) if d.yearless and not d.value else ()


def readings_of(a: int | str, b: int | str, y: int | str) -> tuple[tuple[int, int, int], ...]:
    """Both readings of a numeric date when either order could be meant, else none."""
    a, b, y = int(a), int(b), int(y)
    return ((y, b, a), (y, a, b)) if a != b and 1 <= a <= 12 and 1 <= b <= 12 else ()


def read_together(stamps: list[S]) -> list[S]:
    """A numeric stamp either order could mean, read by the yearless dateline's day and month when
    one reading has them, and that dateline given the stamp's year ("Published: 08/06/2022" and
    "ALGIERS, June 8 (AFP)")."""
    days = {s.readings[0][1:] for s in stamps if s.kind == "dateline" and s.date is None and s.readings}
    # (month, day) -> the full reading a numeric stamp gives it
    dated = {r[1:]: r for s in stamps if s.date is None and s.kind != "dateline" for r in s.readings
             if r[1:] in days}
    if not dated:
        return stamps
    out = []
    for s in stamps:
        match = next((dated[r[1:]] for r in s.readings if r[1:] in dated), None) if s.date is None else None
        out.append(dataclasses.replace(s, date=match) if match else s)
    return out
