"""The type a label tells the dates under it: a table's header cell types the dates of its
column ("| Country | Diplomatic relations established | Notes |"), a line's key the date of its
value ("• Recognition: 4 May 1972"), a heading or a title the rows and items that tell nothing.
A cell or a value with cue words of its own is typed by them, never by its label."""

from __future__ import annotations

import re
from dataclasses import dataclass

from relations_desktop.corpus.dates import find_dates
from relations_desktop.corpus.event_types import classify, label_type
from relations_desktop.corpus.structure import HEADING, LIST_ITEM, PARA, RESIDUE, TABLE_ROW, TITLE, Block
from relations_desktop.corpus.textrows import cells

Cell = tuple[int, int, str]          # start, end, the type its label tells ("" none)


@dataclass(frozen=True)
class Label:
    """What a block's labels tell its dates: the type for the whole block (a heading's, a
    header row's when no column of it is typed), and the cells (or a key's value) with the type
    of their own label."""
    type: str | None = None
    cells: tuple[Cell, ...] = ()

    def cell_at(self, pos: int) -> Cell | None:
        """The cell (or value) that holds the position ``pos``, if the block has labelled cells."""
        return next((c for c in self.cells if c[0] <= pos < c[1]), None)


# A column that only numbers the rows ("No.", "S. No.", "#", "ক্রম", "क्रम सं.").
_INDEX_HEADER = re.compile(r"(?i:s\.?\s*no\.?|no\.?|sl\.?(?:\s*no\.?)?|sr\.?(?:\s*no\.?)?|#|serial)|"
                           r"ক্রম(?:িক)?(?:\s*(?:নং|নম্বর))?\.?|নং|क्रम(?:ांक|\s*सं(?:ख्या)?\.?)?|क्र\.\s*सं\.?")
_NUMBER = re.compile(r"[0-9০-৯०-९]{1,4}\.?")
_NOT_A_WORD = re.compile(r"[\W\d০-৯०-९_]*")
# "Diplomatic relations established: 4 October 1975" (a key of up to six words, no digits)
_KEY = re.compile(r"[ \t]*(?:[-*•·▪–—][ \t]+)?([^\W\d_][^:：ঃ\n|0-9০-৯०-९]{1,60}?)[ \t]*[:：ঃ][ \t]+(?=\S)")
_KEY_WORDS = 6
_CAPTION_CHARS = 200
_HAS_DIGIT = re.compile(r"[0-9০-৯०-९]")
_CAPTION_END = re.compile(r"[:：ঃ](?:\[[^\]\n]{1,12}\])*\s*$")      # (a footnote mark may follow: "…:[1]")


def _date_only(text: str, start: int, end: int) -> bool:
    """Whether a cell holds a date and nothing else ("2010", "March 2005", "১৯-২০ ডিসেম্বর ২০১৭")."""
    pos = start
    for d in find_dates(text, start, end):
        if not _NOT_A_WORD.fullmatch(text, pos, d.start):
            return False
        pos = d.end
    return pos > start and bool(_NOT_A_WORD.fullmatch(text, pos, end))


def _columns(text: str, header: Block) -> tuple[list[str], bool]:
    """The type each header cell tells ("" none), and whether the first column numbers the rows."""
    spans = cells(text, header.start, header.end)
    types = [label_type(text, a, b) or "" for a, b in spans]
    indexed = bool(spans) and bool(_INDEX_HEADER.fullmatch(text, *spans[0]))
    return types, indexed


def _row_cells(text: str, row: Block, columns: list[str], indexed: bool) -> tuple[Cell, ...]:
    """The row's cells with the type of the header cell above each ("" none: the heading's type,
    the Label's own, is left to the cells whose words tell no act). A row without the header's
    number column, or numbered under a header without one, is aligned past it; a row whose cells
    do not line up types only a cell holding just a date, and only by a header with one typed
    column."""
    spans = cells(text, row.start, row.end)
    # a cell of just a date under a column that tells nothing ("Year") dates what the header's one
    # typed column names ("| Agreement | Countries | Year |")
    typed = {t for t in columns if t}
    only = typed.pop() if len(typed) == 1 else None
    numbered = bool(spans) and bool(_NUMBER.fullmatch(text, *spans[0]))
    shift = 0
    if len(spans) == len(columns) - 1 and indexed and not numbered:
        shift = 1
    elif len(spans) == len(columns) + 1 and numbered and not indexed:
        shift = -1
    elif len(spans) != len(columns):
        return tuple((a, b, only if only and _date_only(text, a, b) else "") for a, b in spans)
    out = []
    for k, (a, b) in enumerate(spans):
        col = k + shift
        if 0 <= col < len(columns) and columns[col]:
            out.append((a, b, columns[col]))
        else:
            out.append((a, b, only if only and _date_only(text, a, b) else ""))
    return tuple(out)


def _key(text: str, b: Block) -> Label | None:
    """A line that opens with a key naming a type ("Embassy opened: 1980", "স্বীকৃতি: …"): its
    value is a cell of the key's type."""
    m = _KEY.match(text, b.start, b.end)
    if m is None or len(m.group(1).split()) > _KEY_WORDS:
        return None
    t = label_type(text, *m.span(1))
    return Label(None, ((m.end(), b.end, t),)) if t else None


def block_labels(text: str, blocks: list[Block]) -> dict[int, Label]:
    """For table rows, list items and key lines: what their table's header row (cell by cell),
    their key, the heading above them or the document's title tells, when it tells a type."""
    out: dict[int, Label] = {}
    # "Countries that recognised X": the title tells every row a heading after it does not
    title: Block | None = None
    last: Block | None = None          # the last heading since the title
    typed: dict[int, str | None] = {}  # the types of headings read so far (only those rows need)

    def heading_type() -> str | None:
        for h in (last, title):
            if h is not None:
                if h.start not in typed:
                    typed[h.start] = label_type(text, h.start, h.end)
                if typed[h.start]:
                    return typed[h.start]
        return None

    header: tuple[list[str], bool] | None = None
    paused: tuple[list[str], bool] | None = None   # a header whose rows a note paragraph interrupts
    whole: str = ""                   # the header row's type, when no cell of it tells one
    caption: str | None = None        # what a line introducing the table tells ("Countries …:")
    for i, b in enumerate(blocks):
        if b.kind in (HEADING, TITLE):
            title, last = (b, None) if b.kind == TITLE else (title, b)
            header = caption = paused = None
        elif b.kind == TABLE_ROW:
            heading = heading_type()
            if header is None and paused is not None and _resumes(text, b, paused[0]):
                header = paused
            if header is None:                  # the first row of a table is its header
                header = _columns(text, b)
                # (a line introducing the table types it only when no column of it is typed)
                caption = caption if not any(header[0]) else None
                heading = heading or caption
                t = classify(text, b.start, b.end)
                whole = t if t != "other" and not any(header[0]) else ""
                if whole or heading:
                    out[i] = Label(whole or heading)
                continue
            heading = heading or caption
            if any(header[0]):
                out[i] = Label(heading, _row_cells(text, b, *header))
            elif whole or heading:
                out[i] = Label(whole or heading)
        elif b.kind in (LIST_ITEM, PARA):
            key = _key(text, b)
            if key is not None:
                out[i] = Label(heading_type() if b.kind == LIST_ITEM else None, key.cells)
            elif b.kind == LIST_ITEM and (heading := heading_type()):
                out[i] = Label(heading)
            if b.kind == PARA:
                paused = header or paused if key is None else None
                header = None
                caption = label_type(text, b.start, b.end) if b.end - b.start <= _CAPTION_CHARS \
                    and _CAPTION_END.search(text, b.start, b.end) else None
        elif b.kind != RESIDUE:
            header = paused = None
    return out


def _resumes(text: str, row: Block, columns: list[str]) -> bool:
    """Whether a row after a paragraph goes on with the table above it (a row whose long note
    was written as a paragraph of its own): it has the header's cells, one of them typed, and
    a digit (a new table's header row has none)."""
    return any(columns) and len(cells(text, row.start, row.end)) == len(columns) \
        and _HAS_DIGIT.search(text, row.start, row.end) is not None
