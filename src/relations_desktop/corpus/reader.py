"""Decode document files: UTF-8 (with or without BOM) or UTF-16 with BOM, NFC-normalised.

Every offset the pipeline stores points into the text this module returns.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from relations_desktop.errors import DocumentError

# Control characters that never occur in text files; their presence means binary data.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def is_nfc(text: str) -> bool:
    """Whether ``text`` is in NFC. A False may still be a text in NFC (normalising it again
    is harmless); a True is never wrong.

    The quick check answers "maybe" for every Bengali and most Hindi texts, and Python then
    normalises the whole text to compare. The marks behind that: Bengali া and ৗ (combining
    class 0), which compose only with a directly preceding ে; and the Devanagari nukta
    (class 7), which composes with न, र and ळ and must sit in order among other marks.
    With those cases ruled out here, the text without these marks answers quickly.
    """
    if "\u09c7\u09be" in text or "\u09c7\u09d7" in text:
        return False
    i = text.find("\u093c")
    while i >= 0:
        before, after = text[i - 1:i] or " ", text[i + 1:i + 2] or " "
        if (before in "\u0928\u0930\u0933" or unicodedata.combining(before) not in (0, 7)
                or 0 < unicodedata.combining(after) < 7):
            return False
        i = text.find("\u093c", i + 1)
    for mark in "\u09be\u09d7\u093c":
        text = text.replace(mark, "")
    return unicodedata.is_normalized("NFC", text)


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


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode raw bytes to NFC text; returns (text, encoding). Raises DocumentError."""
    if data.startswith(b"\xef\xbb\xbf"):
        encoding, body = "utf-8-sig", data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding, body = "utf-16", data
    else:
        encoding, body = "utf-8", data
    if encoding == "utf-8" and b"\x00" in body[:8192]:
        raise DocumentError(name, "binary", "contains NUL bytes")
    try:
        text = body.decode("utf-8" if encoding == "utf-8-sig" else encoding)
    except UnicodeDecodeError as exc:
        raise DocumentError(name, "undecodable",
                            f"not valid {encoding.upper()} at byte {exc.start}") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    sample = text[:8192]
    controls = len(_CONTROL.findall(sample))
    if controls and controls > len(sample) // 100:
        raise DocumentError(name, "binary", "contains control characters")
    if not is_nfc(text):
        text = unicodedata.normalize("NFC", text)
    return text, encoding


def read_document(path: str | Path) -> RawDocument:
    """Read one file. Raises DocumentError naming the file and the reason."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise DocumentError(p.name, "unreadable", "is a folder") from None
    except OSError as exc:
        raise DocumentError(p.name, "unreadable", exc.strerror or str(exc)) from None
    if not data.strip():
        raise DocumentError(p.name, "empty")
    text, encoding = decode(data, p.name)
    if p.suffix.lower() in (".html", ".htm"):
        from relations_desktop.corpus.html import html_to_text
        text = unicodedata.normalize("NFC", html_to_text(text))   # tags gone: normalise again
    if not text.strip():
        raise DocumentError(p.name, "empty")
    return RawDocument(file=p.name, path=str(p), sha256=hashlib.sha256(data).hexdigest(),
                       encoding=encoding, text=text, size=len(data))
