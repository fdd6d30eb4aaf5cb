"""What every reader returns: a document's decoded text with the layout and metadata its
format told (``RawDocument``). Every offset the pipeline stores points into that text. And what a
document to be read elsewhere holds until then (``DeferredRead``)."""

from __future__ import annotations

import hashlib
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
    declared_lang: str | None = None  # the language the file declares (a PDF's /Lang, a page's lang)


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


class DeferredRead:
    """A document read where it is processed (``store.pool.Deferred``): its bytes fetched once by
    ``identify`` (then its hash and size are known), never sent to another process. Subclasses
    say how to fetch the bytes (``_fetch``) and how to make them a document (``load``)."""

    def __init__(self) -> None:
        self.sha256: str | None = None      # known once read (``identify``)
        self.size: int | None = None
        self._data: bytes | None = None

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_data": None}

    def identify(self) -> None:
        """Read the bytes: the hash and size are known from here on. Raises DocumentError."""
        if self._data is None:
            self._data = self._fetch()
            self.sha256 = hashlib.sha256(self._data).hexdigest()
            self.size = len(self._data)

    def _taken(self) -> bytes:
        """The bytes, let go of by this object (a document is made of them once)."""
        self.identify()
        data, self._data = self._data, None
        assert data is not None
        return data

    def _fetch(self) -> bytes:
        raise NotImplementedError
