"""Rows and items of plain text: a table row as cells joined by "|" and the cell that says what
it is about, a list item with its mark and the lead-in that names it."""

from __future__ import annotations

import itertools
import re

import regex


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# Table rows as text: cells joined by " | " on one line (a reader's rendering, or a mirror's
# residue of an infobox). A "|" that stands for a danda after a long sentence is not one.
TABLE_RULE = regex.compile(r"[\s|:.\-–—+=]*")
_IMAGE = regex.compile(r"!\[[^\]]*\]\([^)]*\)")
_MAX_CELL_WORDS = 14


def is_table_row(seg: str) -> bool:
    """Short cells joined by "|"; or cells of any length in a line that "|" opens and closes
    (a notes column of whole sentences: a danda never opens a line)."""
    cells = [c.strip() for c in seg.split("|")]
    if len(cells) >= 4 and not cells[0] and not cells[-1]:
        return any(cells)
    return any(cells) and all(len(c.split()) <= _MAX_CELL_WORDS for c in cells)


def cells(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The cells of a table row written as text (spaces trimmed): cells joined by "|", the
    empty cell before a leading "|" or after a trailing one left out."""
    bounds = [-1, *(m.start() for m in re.finditer(r"\|", text[s:e])), e - s]
    out = [(s + a + 1, s + b) for a, b in itertools.pairwise(bounds)]
    if out and not text[out[0][0]:out[0][1]].strip():
        out = out[1:]
    if out and not text[out[-1][0]:out[-1][1]].strip():
        out = out[:-1]
    return [strip_span(text, a, b) for a, b in out]


def continues_rows(seg: str, row: str) -> bool:
    """Whether a line with long text in its last cell is a row of the table whose row ``row``
    comes just before it: as many cells, and all but the last short ("Kenya | 1964 | Kenya and
    … (a note of whole sentences)")."""
    cells = [c.strip() for c in seg.split("|")]
    return len(cells) == row.count("|") + 1 and any(cells[:-1]) and \
        all(len(c.split()) <= _MAX_CELL_WORDS for c in cells[:-1])


def row_label(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The first cell with words in it (image residue dropped): what the row is about."""
    pos = s
    while pos < e:
        bar = text.find("|", pos, e)
        cell_end = e if bar < 0 else bar
        cs, ce = strip_span(text, pos, cell_end)
        while (img := _IMAGE.match(text, cs, ce)) is not None:      # "![]() Bangladesh"
            cs, ce = strip_span(text, img.end(), ce)
        if cs < ce and _LETTER.search(text, cs, ce):
            return cs, ce
        if bar < 0:
            break
        pos = bar + 1
    return None


LIST_MARK = regex.compile(r"[ \t]*(?:[-*•·▪–—]|\d{1,2}[.)])[ \t]+(?=\S)")
# "Bangladesh: recognised …", "Nepal – relations began …": a short lead-in names the item.
# (a bracket the colon falls inside is no key: "3. Eswatini (formerly: Swaziland)")
_ITEM_LEAD = regex.compile(r"((?:[^:–—\n()]|\([^()\n]*\)){1,40}?)\s*(?::|\s[–—-]\s)")
_LETTER = regex.compile(r"[^\W\d_]")


def item_label(text: str, s: int, e: int) -> tuple[int, int] | None:
    m = LIST_MARK.match(text, s, e)
    body = m.end() if m else s
    lead = _ITEM_LEAD.match(text, body, e)
    if lead and len(lead.group(1).split()) <= 4:
        return lead.start(1), lead.end(1)
    return None
