"""Process a long document window by window, so that memory follows the window, not the
document: the pipeline holds about twenty times its input in objects while it works.

A text longer than ``WINDOW_CHARS`` is cut at paragraph breaks (a blank line; failing that a
line break, then a space) into windows of at most that size, and each window goes through the
pipeline as a document of its own: a title or a country named in the first window does not
reach the later ones. Every offset the caller stores is the window's plus its ``base``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from relations_desktop.corpus.document import LayoutSpan, RawDocument
from relations_desktop.corpus.pipeline import ProcessedDocument, process_text

WINDOW_CHARS = 1_000_000


def window_spans(text: str, size: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """[start, end) spans covering ``text``, each at most ``size`` long, cut after a paragraph
    break where there is one in the second half of the window."""
    spans = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = text.rfind(sep, start + size // 2, end - len(sep) + 1)
            if cut >= 0:
                cut += len(sep)
                break
        if cut <= start:
            cut = end
        spans.append((start, cut))
        start = cut
    spans.append((start, len(text)))
    return spans


def _layout(spans: tuple[LayoutSpan, ...], start: int, end: int) -> tuple[LayoutSpan, ...]:
    return tuple(replace(s, start=max(s.start, start) - start, end=min(s.end, end) - start)
                 for s in spans if s.start < end and s.end > start)


def process_parts(raw: RawDocument, size: int = WINDOW_CHARS) -> Iterator[tuple[int, ProcessedDocument]]:
    """(base, processed window) for each window of ``raw``: one, the whole document, when it is
    not longer than ``size``. Let go of each part before asking for the next."""
    if len(raw.text) <= size:
        yield 0, process_text(raw)
        return
    for start, end in window_spans(raw.text, size):
        part = replace(raw, text=raw.text[start:end], layout=_layout(raw.layout, start, end))
        yield start, process_text(part)
