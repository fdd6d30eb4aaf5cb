"""Word documents made with python-docx, read back: headings from styles, lists, tables, properties."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from relations_desktop.corpus.pipeline import process_text
from relations_desktop.corpus.reader import read_document
from relations_desktop.errors import DocumentError


def test_docx_paragraphs_headings_lists_tables_and_properties(tmp_path):
    d = docx.Document()
    d.core_properties.title = "Kenya and Ghana"
    d.core_properties.author = "B. Otieno"
    d.core_properties.created = dt.datetime(2022, 6, 30, 9, 0)
    d.add_heading("Kenya–Ghana relations", level=0)          # the Title style
    d.add_paragraph("Kenya and Ghana established diplomatic relations on 4 March 1964.")
    d.add_heading("Trade", level=1)
    d.add_paragraph("The two countries signed a trade agreement in Nairobi on 12 May 2005.")
    d.add_paragraph("Tea exports", style="List Bullet")
    d.add_paragraph("Cocoa exports", style="List Bullet")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Visit", "Date"
    table.cell(1, 0).text, table.cell(1, 1).text = "State visit to Accra", "9 July 2012"
    d.add_heading("Culture", level=2)
    d.add_paragraph("Students from both countries study in each other's universities.")
    path = tmp_path / "relations.docx"
    d.save(path)

    doc = read_document(path)
    assert doc.text == (
        "Kenya–Ghana relations\n\n"
        "Kenya and Ghana established diplomatic relations on 4 March 1964.\n\n"
        "Trade\n\n"
        "The two countries signed a trade agreement in Nairobi on 12 May 2005.\n\n"
        "Tea exports\nCocoa exports\n\n"
        "Visit | Date\nState visit to Accra | 9 July 2012\n\n"
        "Culture\n\n"
        "Students from both countries study in each other's universities.\n")
    assert [(s.kind, s.level) for s in doc.layout] == [
        ("title", 0), ("para", 0), ("heading", 1), ("para", 0), ("list_item", 0), ("list_item", 0),
        ("table_row", 0), ("table_row", 0), ("heading", 2), ("para", 0)]
    assert (doc.meta.title, doc.meta.author, doc.meta.published) == ("Kenya and Ghana", "B. Otieno", "2022-06-30")
    processed = process_text(doc)
    assert ("GH", "KE") in processed.pairs
    assert {"1964-03-04", "2005-05-12"} <= {e.date for e in processed.events}


def test_docx_title_from_properties_when_the_body_has_none(tmp_path):
    d = docx.Document()
    d.core_properties.title = "Notes on Peru and Chile"
    d.add_paragraph("Peru and Chile signed a border treaty.")
    d.save(tmp_path / "notes.docx")
    doc = read_document(tmp_path / "notes.docx")
    assert doc.text == "Notes on Peru and Chile\n\nPeru and Chile signed a border treaty.\n"
    assert doc.layout[0].kind == "title"


@pytest.mark.parametrize("data", [b"PK\x03\x04 not really a zip", b"plain words, not a Word file"])
def test_broken_docx_is_refused(tmp_path, data):
    (tmp_path / "broken.docx").write_bytes(data)
    with pytest.raises(DocumentError) as err:
        read_document(tmp_path / "broken.docx")
    assert err.value.reason == "docx_invalid"


def test_the_templates_date_and_author_are_not_the_documents(tmp_path):
    """python-docx makes a document from its default template, whose core properties say it was
    written by 'python-docx' on 23 December 2013: nothing about the document itself."""
    d = docx.Document()
    d.add_paragraph("Kenya and Ghana signed a trade agreement on 12 May.")
    d.save(tmp_path / "template.docx")
    doc = read_document(tmp_path / "template.docx")
    assert (doc.meta.author, doc.meta.published) == (None, None)
    # without a date of the text's own, the template's year does not complete '12 May'
    assert [(e.date, e.type) for e in process_text(doc).events] == [(None, "agreement")]
    # saved again by an editor: its modification dates it (the creation still is the template's)
    d.core_properties.modified = dt.datetime(2024, 5, 2, 10, 30)
    d.core_properties.author = "A. Mensah"
    d.save(tmp_path / "edited.docx")
    edited = read_document(tmp_path / "edited.docx")
    assert (edited.meta.author, edited.meta.published) == ("A. Mensah", "2024-05-02")
