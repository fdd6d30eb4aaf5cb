"""PDF files: the text of each page through PDFium, in paragraphs; refused when the text
cannot be read reliably (no text layer, legacy-font Bengali or Hindi, broken syllables)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from relations_desktop.corpus.document import DocumentMeta, RawDocument
from relations_desktop.corpus.formats.html import iso_date
from relations_desktop.corpus.formats.legacy import BIJOY, indic_validity, legacy_encoding
from relations_desktop.corpus.formats.render import PARA, TextBuilder
from relations_desktop.errors import DocumentError

# Below this share of well-formed Bengali/Devanagari words the text is garbage; text that
# reads well scores above 0.99, text in visual order (pre-base vowel signs first) below 0.93.
MIN_VALID_SHARE = 0.95
MIN_INDIC_WORDS = 20
_SENTENCE_END = re.compile(r"[.!?।॥:;\"”’)\]]$")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\ufffd]")
_LETTER = re.compile(r"[^\W\d_]")


def read_pdf(data: bytes, name: str, path: str) -> RawDocument:
    """Read one PDF. Raises DocumentError (pdf_invalid, pdf_encrypted, pdf_no_text,
    pdf_unreadable_text, legacy_bijoy, legacy_krutidev)."""
    import pypdfium2 as pdfium
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise DocumentError(name, "pdf_encrypted", "the PDF is protected by a password") from None
        raise DocumentError(name, "pdf_invalid", str(exc)) from None
    try:
        pages = [_page_text(pdf[i]) for i in range(len(pdf))]
        info = pdf.get_metadata_dict(skip_empty=True)
        language = _declared_language(pdf)
    except pdfium.PdfiumError as exc:
        raise DocumentError(name, "pdf_invalid", str(exc)) from None
    finally:
        pdf.close()
    whole = "\n".join(pages)
    check_readable(whole, name)
    out = TextBuilder()
    for page in pages:
        for paragraph in paragraphs(page):
            out.add(PARA, paragraph)
    title = (info.get("Title") or "").strip() or None
    meta = DocumentMeta(title=title, author=(info.get("Author") or "").strip() or None,
                        published=_pdf_date(info.get("CreationDate")), declared_lang=language)
    return RawDocument(file=name, path=path, sha256=hashlib.sha256(data).hexdigest(), encoding="pdf",
                       text=out.text, size=len(data), meta=meta, layout=tuple(out.layout))


def _declared_language(pdf) -> str | None:
    """The language the document catalog declares (/Lang: "bn", "en-US"), as its two or three
    letters; None when it declares none (or this PDFium cannot tell)."""
    import ctypes

    import pypdfium2.raw as pdfium_c
    get = getattr(pdfium_c, "FPDFCatalog_GetLanguage", None)
    size = get(pdf.raw, None, 0) if get is not None else 0
    if size <= 2:
        return None
    buffer = (ctypes.c_ushort * (size // 2))()
    get(pdf.raw, buffer, size)
    tag = bytes(buffer).decode("utf-16-le", "replace").rstrip("\x00").strip()
    return tag.split("-")[0].lower() or None


def _page_text(page) -> str:
    """The page's text, a blank line where the vertical gap between two lines says a paragraph ends."""
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_bounded()
        boxes = [textpage.get_rect(i) for i in range(textpage.count_rects())]
    finally:
        textpage.close()
        page.close()
    # PDFium marks a hyphen it added at a line end with U+0002 and leaves NULs of empty glyphs.
    text = text.replace("\x02", "").replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    rows = _rows(boxes)
    if len(rows) == len([line for line in lines if line.strip()]) and len(rows) > 2:
        lines = _blank_lines_at_gaps(lines, rows)
    return unicodedata.normalize("NFC", "\n".join(lines))


def _rows(boxes: list[tuple[float, float, float, float]]) -> list[tuple[float, float]]:
    """(bottom, top) of each line of text: the text rectangles PDFium reports, merged where
    they share most of their height."""
    rows: list[tuple[float, float]] = []
    for _left, bottom, _right, top in boxes:
        if rows:
            b, t = rows[-1]
            overlap = min(t, top) - max(b, bottom)
            if overlap >= 0.5 * min(t - b, top - bottom):
                rows[-1] = (min(b, bottom), max(t, top))
                continue
        rows.append((bottom, top))
    return rows


def _blank_lines_at_gaps(lines: list[str], rows: list[tuple[float, float]]) -> list[str]:
    pitches = [rows[i - 1][0] - rows[i][0] for i in range(1, len(rows))]
    usual = sorted(p for p in pitches if p > 0)
    if not usual:
        return lines
    leading = usual[len(usual) // 4]       # the leading of running text: most pitches are within paragraphs
    out: list[str] = []
    row = 0
    for line in lines:
        if line.strip():
            if row and not (0 < pitches[row - 1] <= leading * 1.3) and out and out[-1].strip():
                out.append("")
            row += 1
        out.append(line)
    return out


def check_readable(text: str, name: str) -> None:
    """Refuse a PDF text that would import as garbage, with the reason."""
    letters = len(_LETTER.findall(text))
    if letters < 20:
        raise DocumentError(name, "pdf_no_text", "no text layer (scanned pages?)")
    legacy = legacy_encoding(text)
    if legacy:
        raise DocumentError(name, "legacy_bijoy" if legacy == BIJOY else "legacy_krutidev",
                            "made with a Bijoy font" if legacy == BIJOY else "made with a Krutidev font")
    if len(_PRIVATE_USE.findall(text)) > letters * 0.05:
        raise DocumentError(name, "pdf_unreadable_text", "its fonts map characters to private codes")
    words, share = indic_validity(text)
    if words >= MIN_INDIC_WORDS and share < MIN_VALID_SHARE:
        raise DocumentError(name, "pdf_unreadable_text",
                            f"only {share:.0%} of its Bengali/Hindi words are well-formed")


def paragraphs(page: str) -> list[str]:
    """Join a page's lines into paragraphs: a blank line, or a line that ends a sentence well
    short of the full width, ends one; a short line without a sentence end stands alone."""
    out: list[str] = []
    lines = [" ".join(line.split()) for line in page.split("\n")]
    width = max((len(line) for line in lines), default=0)
    current: list[str] = []

    def close() -> None:
        if current:
            out.append(" ".join(current))
            current.clear()

    for line in lines:
        if not line:
            close()
            continue
        short = len(line) < width * 0.6
        if short and not _SENTENCE_END.search(line) and not current:
            out.append(line)           # a heading, a caption, a table line
            continue
        if current and current[-1].endswith("-") and line[:1].islower():
            current[-1] = current[-1][:-1] + line
        else:
            current.append(line)
        if short:
            close()
    close()
    return out


def _pdf_date(value: str | None) -> str | None:
    """D:YYYYMMDDHHmmSS… -> YYYY-MM-DD."""
    if not value:
        return None
    m = re.match(r"D:(\d{4})(\d{2})?(\d{2})?", value.strip())
    if not m:
        return iso_date(value)
    return "-".join(g for g in m.groups() if g)
