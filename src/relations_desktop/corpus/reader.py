"""Read document files: plain text (``corpus.formats.text``) here, other formats (HTML, PDF,
DOCX) through their reader in ``corpus.formats``; each gives a ``RawDocument``
(``corpus.document``), whose text every offset the pipeline stores points into. Which formats
are read by native code that a malformed file can crash is ``NATIVE_FORMATS``.
"""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

from relations_desktop.corpus.document import DeferredRead, RawDocument
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


# Formats whose reader runs native code that a malformed file can crash, taking the process with
# it: PDFium (C++) for PDF, libzim (C++) for Kiwix archives. HTML and Word are parsed by lxml
# (libxml2, hardened against hostile input) and Python's zipfile, text by Python: read anywhere.
NATIVE_FORMATS = frozenset({"pdf", "zim"})


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


# The largest file read as one document, in bytes. A larger one is refused (DocumentError
# "too_large"), not cut: a document's offsets point into its whole text. Long documents under
# the limit are processed window by window (corpus.windows), so memory stays bounded.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024


def display_name(path: Path) -> str:
    """A file name fit to show and store: bytes that are not UTF-8 shown as U+FFFD."""
    return path.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_bytes(path: str | Path, max_bytes: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; anything else is a DocumentError:
    a name that is not valid text, a folder, a pipe or device (never opened, so a pipe cannot
    hang the import and /dev/zero cannot fill memory), a file too large, or one that cannot
    be read."""
    p = Path(path)
    name = display_name(p)
    if name != p.name:
        raise DocumentError(name, "bad_name", "the file name is not valid UTF-8")
    try:
        st = p.stat()
        if stat.S_ISDIR(st.st_mode):
            raise DocumentError(name, "folder", "is a folder")
        if not stat.S_ISREG(st.st_mode):
            raise DocumentError(name, "not_a_file", "a pipe, device or socket")
        if st.st_size > max_bytes:
            raise DocumentError(name, "too_large", f"{st.st_size:,} bytes; the limit is {max_bytes:,}")
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise DocumentError(name, "unreadable", exc.strerror or str(exc)) from None
    if len(data) > max_bytes:       # it grew after stat()
        raise DocumentError(name, "too_large", f"more than {max_bytes:,} bytes")
    return data


def read_document(path: str | Path, max_bytes: int = MAX_DOCUMENT_BYTES) -> RawDocument:
    """Read one file of any supported format. Raises DocumentError naming the file and the reason."""
    p = Path(path)
    return document_of(read_bytes(p, max_bytes), p)


def reads_natively(path: Path) -> bool:
    """Whether reading the file ``path`` runs a native reader (``NATIVE_FORMATS``), by its
    leading bytes and suffix; a file that cannot be opened is not (reading it says why)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        return False
    return format_of(path.name, head) in NATIVE_FORMATS


def document_of(data: bytes, p: Path) -> RawDocument:
    """The document the bytes ``data`` of the file ``p`` hold. Raises DocumentError."""
    if not data or data.isspace():       # (strip() would copy a large file)
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
    if not text or text.isspace():
        raise DocumentError(p.name, "empty")
    check_legacy(text, p.name)
    return RawDocument(file=p.name, path=str(p), sha256=hashlib.sha256(data).hexdigest(),
                       encoding=encoding, text=text, size=len(data))


class FileRef(DeferredRead):
    """A file to be read where it is processed (``store.pool.Deferred``): in a worker process
    when there are workers, so that a reader crashing on a malformed file ends that worker, not
    the import. Cheap to send: its path."""

    def __init__(self, path: Path, max_bytes: int = MAX_DOCUMENT_BYTES) -> None:
        super().__init__()
        self.name = self.file = display_name(path)
        self.path = str(path)
        self.max_bytes = max_bytes

    def _fetch(self) -> bytes:
        return read_bytes(self.path, self.max_bytes)

    def load(self) -> RawDocument:
        """The file as a document (its bytes are let go of). Raises DocumentError."""
        return document_of(self._taken(), Path(self.path))
