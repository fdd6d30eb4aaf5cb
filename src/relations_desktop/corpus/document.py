"""What every reader returns: a document's decoded text with the layout and metadata its
format told (``RawDocument``). Every offset the pipeline stores points into that text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LayoutSpan:
    """A span of ``RawDocument.text`` whose role a format reader knows (HTML, DOCX, ZIM).

    ``kind`` is one of the block kinds of ``corpus.structure`` (title, heading, para,
    list_item, table_row, caption, citation, nav, footer). Plain text has no layout: the
    structure analyser then infers blocks from the text alone.
    """
    kind: str
    start: int
    end: int
    level: int = 0                 # heading level (1 = top)
    number: int | None = None      # citation number, for a reference-list entry


@dataclass(frozen=True)
class DocumentMeta:
    """What a document says about itself, as far as its format tells."""
    title: str | None = None
    source: str | None = None      # site, publisher or archive (a ZIM file's title)
    url: str | None = None
    author: str | None = None
    published: str | None = None   # ISO date: YYYY, YYYY-MM or YYYY-MM-DD
    licence: str | None = None
    archive: str | None = None     # the Kiwix archive an article came from (the ZIM's Name)
    archive_date: str | None = None  # that archive's Date: the text is as of then


@dataclass(frozen=True)
class RawDocument:
    file: str          # file name (no folder): the document's identity in the dump
    path: str          # where it was read from
    sha256: str        # of the raw bytes
    encoding: str
    text: str          # decoded, BOM removed, NFC; line endings untouched
    size: int          # bytes on disk
    meta: DocumentMeta = DocumentMeta()
    layout: tuple[LayoutSpan, ...] = ()   # sorted by start; empty for plain text
