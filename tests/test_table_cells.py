"""Tables read from real saved pages, ZIM articles built with libzim's writer and Word files
made with python-docx keep every cell in its column: an empty or merged cell does not move the
dates after it under another header. Tables written for these tests in the three languages."""

from __future__ import annotations

import docx
import pytest

from relations_desktop.corpus.formats.html import html_text
from relations_desktop.corpus.formats.zim import open_zim
from relations_desktop.corpus.pipeline import process_text
from relations_desktop.corpus.reader import read_document
from tests.zim_helpers import Entry, build_zim, wiki_page


def rows(markup: str) -> list[str]:
    page = html_text(f"<html><body>{markup}</body></html>")
    return [page.text[s.start:s.end] for s in page.layout if s.kind == "table_row"]


def dated(doc) -> list[tuple[str, str, tuple[str, str]]]:
    return [(e.date, e.type, e.pair) for e in process_text(doc).events if e.date]


# ----- the text form of a row


def test_an_empty_cell_keeps_its_place_and_an_empty_edge_cell_is_written_between_bars():
    assert rows("<table><tr><th>Country</th><th>Recognition</th><th>Relations</th></tr>"
                "<tr><td>Bolivia</td><td> </td><td>1873</td></tr>"
                "<tr><td></td><td>1850</td><td>1851</td></tr>"
                "<tr><td>Chile</td><td>1840</td><td></td></tr>"
                "<tr><td></td><td><br></td><td></td></tr></table>") == [
        "Country | Recognition | Relations", "Bolivia | | 1873", "| | 1850 | 1851 |", "| Chile | 1840 | |"]


def test_a_cell_spanning_columns_is_written_once_and_the_cells_after_it_keep_their_columns():
    assert rows("<table><tr><th>Country</th><th>Recognition</th><th>Relations</th><th>Embassy</th></tr>"
                '<tr><td>Chile</td><td colspan="2">1840</td><td>1912</td></tr>'
                '<tr><td colspan="4">Sources: the ministry</td></tr>'
                '<tr><td>Peru</td><td colspan="x">1821</td><td colspan="0">1822</td><td rowspan="²">1990</td></tr>'
                "</table>") == [
        "Country | Recognition | Relations | Embassy", "Chile | 1840 | | 1912", "Sources: the ministry",
        "Peru | 1821 | 1822 | 1990"]


def test_a_cell_spanning_rows_is_read_again_in_each_row_it_covers():
    assert rows("<table><thead><tr><th>Country</th><th>Relations</th><th>Notes</th></tr></thead><tbody>"
                '<tr><td>Laos</td><td rowspan="3">1962</td><td>Embassy</td></tr>'
                '<tr><td rowspan="2">Cambodia</td><td>Consulate</td></tr>'
                "<tr><td>Trade office</td></tr>"
                "<tr><td>Mongolia</td><td>1954</td></tr></tbody>"
                '<tbody><tr><td rowspan="0">Nepal</td><td>1975</td><td>—</td></tr><tr><td>1976</td></tr></tbody>'
                "</table>") == [
        "Country | Relations | Notes", "Laos | 1962 | Embassy", "Cambodia | 1962 | Consulate",
        "Cambodia | 1962 | Trade office", "Mongolia | 1954", "Nepal | 1975 | —", "Nepal | 1976"]


def test_a_layout_table_keeps_its_paragraphs_as_they_are_and_reads_a_long_text_spanning_rows_once():
    para = "The two governments agreed on 3 May 1999 to open consulates in each other's ports."
    assert rows('<table><tr><td></td><td>' + para + '</td><td></td></tr>'
                '<tr><td rowspan="2">' + para + '</td><td>Kenya</td><td>1963</td></tr>'
                "<tr><td>Ghana</td><td>1957</td></tr></table>") == [
        para, para + " | Kenya | 1963", "| | Ghana | 1957 |"]


def test_a_cell_spanning_rows_past_the_last_cell_of_the_row_below_keeps_its_column():
    assert rows('<table><tr><td>Laos</td><td>1962</td><td rowspan="2">Embassy</td></tr>'
                "<tr><td>Cambodia</td></tr></table>") == ["Laos | 1962 | Embassy", "Cambodia | | Embassy"]


# ----- read back and processed: the date stays under its column's header

BN_PAGE = """<!DOCTYPE html><html lang="bn"><head><meta charset="utf-8"><title>মরক্কোর বৈদেশিক সম্পর্ক</title></head>
<body><nav class="main-nav"><a href="/">প্রথম পাতা</a> · <a href="/world">বিশ্ব</a></nav>
<main><h1>মরক্কোর বৈদেশিক সম্পর্ক</h1>
<p>মরক্কোর বৈদেশিক সম্পর্ক দেখাশোনা করে রাবাতের পররাষ্ট্র মন্ত্রণালয়।</p>
<h2>দ্বিপাক্ষিক সম্পর্ক</h2>
<table class="wikitable"><tr><th>দেশ</th><th>স্বীকৃতি</th><th>কূটনৈতিক সম্পর্ক স্থাপন</th><th>মন্তব্য</th></tr>
<tr><td>তিউনিসিয়া</td><td>৪ মার্চ ১৯৫৬</td><td>১২ জুন ১৯৫৭</td><td>রাবাতে দূতাবাস আছে</td></tr>
<tr><td>সেনেগাল</td><td></td><td>১৭ অক্টোবর ১৯৬০</td><td></td></tr>
<tr><td>মালি</td><td>২৯ সেপ্টেম্বর ১৯৬০</td><td></td><td>—</td></tr></table>
</main><footer><p>© ২০২৪ একটি উদাহরণ সাইট</p></footer></body></html>"""


def test_a_saved_page_keeps_an_empty_middle_cell_so_the_date_stays_in_its_column(tmp_path):
    path = tmp_path / "morocco.html"
    path.write_text(BN_PAGE, encoding="utf-8")
    doc = read_document(path)
    assert "| সেনেগাল | | ১৭ অক্টোবর ১৯৬০ | |" in doc.text.splitlines()
    assert dated(doc) == [("1956-03-04", "recognition", ("MA", "TN")),
                          ("1957-06-12", "relations_established", ("MA", "TN")),
                          ("1960-10-17", "relations_established", ("MA", "SN")),
                          ("1960-09-29", "recognition", ("MA", "ML"))]


HI_ARTICLE = """
<p><b>वियतनाम के विदेश संबंध</b> हनोई में उसका विदेश मंत्रालय संभालता है।</p>
<h2>द्विपक्षीय संबंध</h2>
<table class="wikitable"><tr><th>देश</th><th>मान्यता</th><th>राजनयिक संबंध स्थापित</th><th>टिप्पणी</th></tr>
<tr><td>लाओस</td><td>3 मार्च 1962</td><td>5 सितंबर 1962</td><td>वियनतियान में दूतावास</td></tr>
<tr><td>कंबोडिया</td><td></td><td rowspan="2">24 जून 1967</td><td></td></tr>
<tr><td>मंगोलिया</td><td>17 नवंबर 1954</td><td>—</td></tr></table>
"""


def test_a_zim_article_keeps_empty_and_merged_cells_in_their_columns(tmp_path):
    path = build_zim(tmp_path / "wikipedia_hi_test.zim",
                     entries=[Entry("वियतनाम_के_विदेश_संबंध", "वियतनाम के विदेश संबंध",
                                    wiki_page("वियतनाम के विदेश संबंध", HI_ARTICLE, "hi"))],
                     metadata={"Name": "wikipedia_hi_test", "Language": "hin"})
    with open_zim(path) as zim:
        (doc,) = list(zim.documents(zim.scan()))
    assert "| कंबोडिया | | 24 जून 1967 | |" in doc.text.splitlines()
    assert "मंगोलिया | 17 नवंबर 1954 | 24 जून 1967 | —" in doc.text.splitlines()
    assert dated(doc) == [("1962-03-03", "recognition", ("LA", "VN")),
                          ("1962-09-05", "relations_established", ("LA", "VN")),
                          ("1967-06-24", "relations_established", ("KH", "VN")),
                          ("1954-11-17", "recognition", ("MN", "VN")),
                          ("1967-06-24", "relations_established", ("MN", "VN"))]


def test_a_word_table_keeps_empty_and_merged_cells_in_their_columns(tmp_path):
    d = docx.Document()
    d.add_heading("Foreign relations of Uruguay", level=0)
    d.add_paragraph("The foreign relations of Uruguay are conducted by its ministry in Montevideo.")
    d.add_heading("Bilateral relations", level=1)
    table = d.add_table(rows=5, cols=4)
    for r, values in enumerate([("Country", "Recognition", "Diplomatic relations established", "Embassy opened"),
                                ("Paraguay", "3 May 1830", "9 June 1845", "1901"),
                                ("Bolivia", "", "12 April 1873", ""),
                                ("Chile", "16 May 1840", "", "2 March 1912"),
                                ("Ecuador", "21 March 1850", "", "")]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(3, 1).merge(table.cell(3, 2))        # Chile: one cell across two columns
    path = tmp_path / "uruguay.docx"
    d.save(path)

    doc = read_document(path)
    assert doc.text.splitlines()[-5:] == [
        "Country | Recognition | Diplomatic relations established | Embassy opened",
        "Paraguay | 3 May 1830 | 9 June 1845 | 1901", "| Bolivia | | 12 April 1873 | |",
        "Chile | 16 May 1840 | | 2 March 1912", "| Ecuador | 21 March 1850 | | |"]
    assert dated(doc) == [("1830-05-03", "recognition", ("PY", "UY")),
                          ("1845-06-09", "relations_established", ("PY", "UY")),
                          ("1901", "embassy", ("PY", "UY")),
                          ("1873-04-12", "relations_established", ("BO", "UY")),
                          ("1840-05-16", "recognition", ("CL", "UY")),
                          ("1912-03-02", "embassy", ("CL", "UY")),
                          ("1850-03-21", "recognition", ("EC", "UY"))]


@pytest.mark.parametrize("markup", ["<table><tr><td></td><td> </td></tr></table>", "<table><tr></tr></table>"])
def test_a_row_without_words_is_no_block(markup):
    assert rows(markup) == []


def test_a_word_row_merged_down_or_starting_late_keeps_its_columns(tmp_path):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    d = docx.Document()
    d.add_heading("Uruguay and its neighbours", level=0)
    table = d.add_table(rows=4, cols=3)
    for r, values in enumerate([("Country", "Recognition", "Embassy opened"), ("Paraguay", "3 May 1830", "1901"),
                                ("Brazil", "4 June 1828", ""), ("Argentina", "1 August 1828", "1905")]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(1, 2).merge(table.cell(2, 2))        # Paraguay's and Brazil's embassies: one cell down two rows
    tr = table.rows[3]._tr                            # Argentina's row starts one grid column late
    tr.remove(tr.tc_lst[2])
    before = OxmlElement("w:gridBefore")
    before.set(qn("w:val"), "1")
    tr.get_or_add_trPr().insert(0, before)
    path = tmp_path / "neighbours.docx"
    d.save(path)
    assert read_document(path).text.splitlines()[-4:] == [
        "Country | Recognition | Embassy opened", "Paraguay | 3 May 1830 | 1901", "Brazil | 4 June 1828 | 1901",
        "| | Argentina | 1 August 1828 |"]


def test_a_long_word_cell_merged_down_is_read_once_as_in_html(tmp_path):
    note = "The two governments agreed on 3 May 1999 to open consulates in each other's ports."
    d = docx.Document()
    d.add_heading("Uruguay and its neighbours", level=0)
    table = d.add_table(rows=2, cols=3)
    for r, values in enumerate([(note, "Paraguay", "1901"), ("", "Brazil", "1905")]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(0, 0).merge(table.cell(1, 0))
    path = tmp_path / "layout.docx"
    d.save(path)
    assert read_document(path).text.splitlines()[-2:] == [f"{note} | Paraguay | 1901", "| | Brazil | 1905 |"]
