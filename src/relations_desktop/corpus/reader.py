"""Read document files: text in any common encoding (UTF-8, UTF-16, Latin-1/cp1252…),
NFC-normalised; other formats (HTML, PDF, DOCX) go to their reader in ``corpus.formats``.

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


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when NUL bytes fill the odd/even positions of mostly-ASCII text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def detect_encoding(data: bytes) -> str | None:
    """The most likely encoding of bytes that are not UTF-8; None when nothing fits."""
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    from charset_normalizer import from_bytes
    best = from_bytes(data[:65536]).best()
    if best is None:
        return None
    encoding = best.encoding
    # Single-byte Western text decodes in any Latin code page; cp1252 is what such files are.
    if encoding in ("latin_1", "iso8859_15", "cp1250", "cp1254", "iso8859_2", "mac_roman", "cp850"):
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            return encoding
    return encoding


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode raw bytes to NFC text; returns (text, encoding). Raises DocumentError."""
    if data.startswith(b"\xef\xbb\xbf"):
        encoding, body = "utf-8-sig", data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding, body = "utf-16", data
    else:
        encoding, body = "utf-8", data
    if encoding == "utf-8" and b"\x00" in body[:8192]:
        encoding = _utf16_without_bom(body) or ""
        if not encoding:
            raise DocumentError(name, "binary", "contains NUL bytes")
    try:
        text = body.decode("utf-8" if encoding == "utf-8-sig" else encoding)
    except UnicodeDecodeError as exc:
        detected = detect_encoding(body) if encoding == "utf-8" else None
        if detected is None:
            raise DocumentError(name, "undecodable",
                                f"not valid {encoding.upper()} at byte {exc.start}") from None
        encoding = detected
        text = body.decode(encoding, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    sample = text[:8192]
    controls = len(_CONTROL.findall(sample))
    if controls and controls > len(sample) // 100:
        raise DocumentError(name, "binary", "contains control characters")
    if not is_nfc(text):
        text = unicodedata.normalize("NFC", text)
    return text, encoding


def check_legacy(text: str, name: str) -> None:
    """Refuse Bengali or Hindi typed for a legacy font (ASCII that only the font makes Indic)."""
    from relations_desktop.corpus.formats.legacy import BIJOY, legacy_encoding
    legacy = legacy_encoding(text)
    if legacy:
        raise DocumentError(name, "legacy_bijoy" if legacy == BIJOY else "legacy_krutidev",
                            "Bengali typed for a Bijoy font" if legacy == BIJOY
                            else "Hindi typed for a Krutidev font")


# Leading bytes of the formats read by ``corpus.formats``.
_PDF_MAGIC, _ZIP_MAGIC = b"%PDF-", b"PK\x03\x04"
_ZIM_MAGIC = b"ZIM\x04"
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".mhtml")
TEXT_SUFFIXES = (".txt", ".md", ".text")
DOCUMENT_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".pdf", ".docx")


def format_of(name: str, head: bytes) -> str:
    """"pdf", "docx", "zim", "html", "text" or "unsupported", from the leading bytes and the suffix."""
    suffix = Path(name).suffix.lower()
    if head.startswith(_PDF_MAGIC):
        return "pdf"
    if head.startswith(_ZIM_MAGIC) or suffix == ".zim":
        return "zim"
    if head.startswith(_ZIP_MAGIC):
        return "docx" if suffix in (".docx", ".docm") else "unsupported"
    if suffix in (".pdf", ".docx"):
        return suffix[1:]        # the reader says what is wrong with it
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES or not suffix:
        return "text"
    return "unsupported"


def read_document(path: str | Path) -> RawDocument:
    """Read one file of any supported format. Raises DocumentError naming the file and the reason."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise DocumentError(p.name, "unreadable", "is a folder") from None
    except OSError as exc:
        raise DocumentError(p.name, "unreadable", exc.strerror or str(exc)) from None
    if not data.strip():
        raise DocumentError(p.name, "empty")
    kind = format_of(p.name, data[:8])
    if kind == "pdf":
        from relations_desktop.corpus.formats.pdf import read_pdf
        return read_pdf(data, p.name, str(p))
    if kind == "docx":
        from relations_desktop.corpus.formats.docx import read_docx
        return read_docx(data, p.name, str(p))
    if kind == "html":
        from relations_desktop.corpus.formats.html import read_html
        doc = read_html(data, p.name, str(p))
        check_legacy(doc.text, p.name)
        return doc
    if kind == "zim":
        raise DocumentError(p.name, "zim_archive", "a Kiwix archive: import its articles with the ZIM reader")
    if kind == "unsupported":
        raise DocumentError(p.name, "unsupported_type", p.suffix.lower() or "no suffix")
    text, encoding = decode(data, p.name)
    if not text.strip():
        raise DocumentError(p.name, "empty")
    check_legacy(text, p.name)
    return RawDocument(file=p.name, path=str(p), sha256=hashlib.sha256(data).hexdigest(),
                       encoding=encoding, text=text, size=len(data))
