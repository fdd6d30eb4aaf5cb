"""Read document files: plain text (``corpus.formats.text``) here, other formats (HTML, PDF,
DOCX) through their reader in ``corpus.formats``; each gives a ``RawDocument``
(``corpus.document``), whose text every offset the pipeline stores points into.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from relations_desktop.corpus.document import RawDocument
from relations_desktop.corpus.formats.text import decode
from relations_desktop.errors import DocumentError


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
