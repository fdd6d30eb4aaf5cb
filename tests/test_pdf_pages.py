"""PDF pages never hold a lone line of a paragraph: no orphan at a page's foot, no widow at its
top (read back with pdftotext)."""

from __future__ import annotations

from pathlib import Path

import pytest

from relations_desktop.export.pdfdoc import PdfDocument
from relations_desktop.export.pdfstyle import line_height
from relations_desktop.export.summary_pdf import render
from relations_desktop.present.dossier import load_dossier
from relations_desktop.store import queries
from relations_desktop.store.connection import open_corpus
from tests.pdf_helpers import page_count, pdftotext

# Marker words of a paragraph, one set per line when wrapped: w0100 w0101 …
WORDS = [f"w{i:04d}" for i in range(1, 400)]


def paragraph_lines(pdf: Path, page: int) -> int:
    """Lines of the marker paragraph on ``page``."""
    return sum(1 for line in pdftotext(pdf, page).splitlines() if any(w in line for w in WORDS))


def text_lines(pdf: Path, page: int) -> list[str]:
    """The text lines of a page, without the page number at its foot (its last line)."""
    return [x.strip() for x in pdftotext(pdf, page).splitlines() if x.strip()][:-1]


@pytest.mark.parametrize("room_lines", [1, 2, 3])
@pytest.mark.parametrize("words", [60, 90, 200])
def test_a_paragraph_leaves_no_lone_line_on_either_page(tmp_path, room_lines, words):
    doc = PdfDocument(title="t", lang="en")
    lh = line_height(10)
    pdf = doc.pdf
    doc.paragraph("Above.")
    pdf.set_y(pdf.page_break_trigger - (room_lines + 0.5) * lh)   # room for ``room_lines`` lines
    doc.paragraph(" ".join(WORDS[:words]))
    path = tmp_path / "p.pdf"
    doc.save(path)
    first, second = paragraph_lines(path, 1), paragraph_lines(path, 2) if page_count(path) > 1 else 0
    total = first + second
    assert total >= 2
    assert first != 1 and (second != 1 or total == 1), (first, second)
    assert first <= room_lines


def test_lines_before_break():
    doc = PdfDocument(title="t", lang="en")
    lh = line_height(10)
    pdf = doc.pdf
    doc.paragraph("Above.")
    pdf.set_y(pdf.page_break_trigger - 3.2 * lh)               # room for 3 lines
    assert doc.lines_before_break(2, lh) is None              # it fits
    assert doc.lines_before_break(4, lh) == 2                 # 3 + 1 would leave a widow: 2 + 2
    assert doc.lines_before_break(3, lh) is None
    assert doc.lines_before_break(6, lh) == 3
    pdf.set_y(pdf.page_break_trigger - 1.2 * lh)               # room for 1 line: an orphan
    assert doc.lines_before_break(5, lh) == 0


@pytest.mark.parametrize(("lang", "page_size"), [("en", "A4"), ("bn", "Letter"), ("hi", "A4")])
def test_no_summary_page_holds_a_single_line(seed_db, tmp_path, lang, page_size):
    from relations_desktop import i18n
    i18n.set_language(lang)
    conn = open_corpus(seed_db)
    for pair in queries.relationships(conn):
        path = tmp_path / f"{'-'.join(pair)}-{lang}.pdf"
        path.write_bytes(render(load_dossier(conn, pair), lang=lang, page_size=page_size))
        n = page_count(path)
        for page in range(2, n + 1):
            lines = text_lines(path, page)
            assert len(lines) >= 2, (pair, lang, page, lines)
