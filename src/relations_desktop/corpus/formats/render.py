"""Build a document's text block by block, with the layout span of each block.

The text contract the structure analyser reads: the title first, one block per line,
blocks separated by a blank line, except consecutive list items, table rows and citations,
and the lines of a paragraph broken by the page itself (<br>), which follow one another
line by line. A table row's cells are joined by " | ", each in its column (``formats.tables``).
Each block is NFC on its own, so the whole text is.
"""

from __future__ import annotations

import unicodedata

from relations_desktop.corpus.document import LayoutSpan

TITLE, HEADING, PARA, HATNOTE, LIST_ITEM, TABLE_ROW, CAPTION, CITATION = (
    "title", "heading", "para", "hatnote", "list_item", "table_row", "caption", "citation")
# Kinds whose consecutive blocks are one list: one line each, no blank line between them.
_RUNS = frozenset((LIST_ITEM, TABLE_ROW, CITATION))


def clean(text: str) -> str:
    """Collapse every run of white space (line breaks included) to one space."""
    return " ".join(text.split())


class TextBuilder:
    """Accumulates blocks; ``text`` and ``layout`` are ready at any time."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._last_kind: str | None = None
        self.layout: list[LayoutSpan] = []

    def add(self, kind: str, text: str, *, level: int = 0, number: int | None = None,
            same_run: bool = False) -> LayoutSpan | None:
        """Append one block (white space collapsed); an empty block is skipped. ``same_run``:
        the block continues the previous one's lines (a line break inside a paragraph)."""
        text = unicodedata.normalize("NFC", clean(text))
        if not text:
            return None
        if self._last_kind is not None:
            sep = "\n" if kind == self._last_kind and (kind in _RUNS or same_run) else "\n\n"
            self._parts.append(sep)
            self._length += len(sep)
        span = LayoutSpan(kind, self._length, self._length + len(text), level, number)
        self._parts.append(text)
        self._length += len(text)
        self._last_kind = kind
        self.layout.append(span)
        return span

    @property
    def last(self) -> LayoutSpan | None:
        return self.layout[-1] if self.layout else None

    def block_text(self, span: LayoutSpan) -> str:
        return self.text[span.start:span.end]

    @property
    def text(self) -> str:
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return (self._parts[0] + "\n") if self._parts else ""
