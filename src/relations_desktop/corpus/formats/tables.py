"""Table rows as text: every cell in its grid column, an empty cell kept empty, so a date
stays under its column's header (``corpus.labels`` reads the cells back column by column)."""

from __future__ import annotations

from collections.abc import Iterable

# The most columns and rows one HTML cell may span (the HTML standard's limits).
_MAX_COLSPAN = 1000
_MAX_ROWSPAN = 65534
# A cell spanning rows is read again in each row only when it is a label or a value (a date, a
# name); a longer text spanning rows is a layout table's column, read once.
_MAX_REPEATED = 80


def row_text(cells: list[str]) -> str:
    """One row as a line: cells joined by " | ", an empty cell left empty in its place ("Nepal | |
    1972"). A row that opens or ends with an empty cell is written between outer bars ("| | Nepal |
    1972 |"), whose outside ``labels.cells`` leaves out, so the empty cell still counts. A row
    with one cell of words is that text alone (nothing in the row to read it against: a layout
    table's paragraph stays a paragraph); a row without words is "" (no block)."""
    filled = [c for c in cells if c]
    if len(filled) < 2:
        return filled[0] if filled else ""
    line = " | ".join(cells)
    return f"| {line} |" if not (cells[0] and cells[-1]) else line


def carried_below(text: str) -> str:
    """What a cell spanning rows reads as in the rows below its first: itself when it is a label
    or a value, nothing when it is a long text (a layout table's column, read once)."""
    return text if len(text) <= _MAX_REPEATED else ""


def _span(value: str | None, most: int, zero: int = 1) -> int:
    """A colspan or rowspan attribute: a count from 1 to ``most``, ``zero`` for 0 (a rowspan of
    0 reaches the end of its row group), 1 for a missing or broken value."""
    if value is None:
        return 1
    value = value.strip()
    if not value.isdecimal():
        return 1
    n = int(value)
    return zero if n == 0 else min(n, most)


class RowGrid:
    """The cells of one HTML row group's rows in their grid columns. A cell spanning several
    columns is written once, followed by empty cells, so the cells after it keep their columns;
    a cell spanning several rows is repeated in the rows below it (each row is read on its own:
    "Nepal | 1972" under a merged date is Nepal's date too)."""

    def __init__(self) -> None:
        self._below: dict[int, tuple[int, str]] = {}     # column -> (rows it still covers, its text)

    def row(self, cells: Iterable[tuple[str, str | None, str | None]]) -> list[str]:
        """The texts of a row's columns, from its cells' (text, colspan, rowspan)."""
        below, following = self._below, {}
        out: list[str] = []
        for text, colspan, rowspan in cells:
            if below and len(out) in below:
                _carry(below, following, out)
            if colspan is None and rowspan is None:
                out.append(text)
                continue
            rows = _span(rowspan, _MAX_ROWSPAN, zero=_MAX_ROWSPAN)
            for k in range(_span(colspan, _MAX_COLSPAN)):
                if rows > 1:
                    following[len(out)] = (rows - 1, "" if k else carried_below(text))
                out.append("" if k else text)
        for column in sorted(below) if below else ():
            if column >= len(out):
                out += [""] * (column - len(out))
                _carry(below, following, out)
        self._below = following
        return out


def _carry(below: dict[int, tuple[int, str]], following: dict[int, tuple[int, str]], out: list[str]) -> None:
    """Append the cells of rows above that reach down into the next columns of ``out``."""
    while (left := below.get(len(out))) is not None:
        if left[0] > 1:
            following[len(out)] = (left[0] - 1, left[1])
        out.append(left[1])
