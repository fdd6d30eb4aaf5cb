"""PDF files read back for real: the app's own Bengali and Hindi export, fpdf2 files, and
PDFs whose text cannot be read reliably, each refused with its own reason."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fpdf import FPDF

from relations_desktop import i18n, resources
from relations_desktop.corpus.formats.legacy import indic_validity
from relations_desktop.corpus.reader import read_document
from relations_desktop.errors import DocumentError
from relations_desktop.export.summary_pdf import excerpt, export
from relations_desktop.present.dossier import load_dossier
from relations_desktop.store.connection import open_corpus
from tests.pdf_helpers import intact_share, shown_lines, words
from tests.test_export import pair_in_language

BN_TEXT = ("ঘানা ও কেনিয়া ১৯৬১ সালে কূটনৈতিক সম্পর্ক স্থাপন করে। দুই দেশের মন্ত্রীরা নাইরোবিতে একটি বাণিজ্য "
           "চুক্তি সই করেন এবং পরের বছর আক্রায় একটি দূতাবাস খোলা হয়। এই সম্পর্কের উন্নয়নে দুই দেশের নেতারা নিয়মিত "
           "সফর বিনিময় করেছেন এবং শিক্ষা, কৃষি ও বিদ্যুৎ খাতে সহযোগিতার বিষয়ে আলোচনা চালিয়ে যাচ্ছেন।")
HI_TEXT = ("घाना और केन्या ने 1961 में राजनयिक संबंध स्थापित किए। दोनों देशों के मंत्रियों ने नैरोबी में एक व्यापार "
           "समझौते पर हस्ताक्षर किए और अगले वर्ष अकरा में दूतावास खोला गया। दोनों देशों के नेता नियमित रूप से "
           "यात्राएँ करते हैं और शिक्षा, कृषि तथा बिजली के क्षेत्र में सहयोग पर बातचीत जारी रखते हैं।")


@pytest.fixture(scope="module")
def conn(seed_db):
    return open_corpus(seed_db)


@pytest.mark.parametrize("lang", ["bn", "hi", "en"])
def test_the_apps_own_export_imports_back_with_its_words_intact(conn, tmp_path, lang):
    pair = pair_in_language(conn, lang)
    i18n.set_language(lang)
    summary = load_dossier(conn, pair)
    pdf = export(summary, tmp_path / f"summary-{lang}.pdf", corpus_version="test")
    doc = read_document(pdf)
    expected: list[str] = []
    for g in summary.groups:
        expected += sorted(words(excerpt(g.lead.text)))
    for code in pair:
        expected += sorted(words(summary.name(code, lang)))
    got = words(doc.text)
    intact = sum(1 for w in expected if w in got) / len(expected)
    assert intact >= 0.99, sorted(set(expected) - got)[:20]
    assert doc.encoding == "pdf" and doc.layout and doc.layout[0].kind == "para"
    assert summary.name(pair[0], lang) in doc.text
    share, missing = intact_share(shown_lines(pdf), doc.text)
    assert share >= 0.99, missing[:20]


@pytest.mark.parametrize("lang", ["bn", "hi", "en"])
def test_every_summary_imports_back_with_every_word_it_shows(conn, tmp_path, lang):
    """Each relationship's summary, read back: every word the PDF shows (title, key facts, timeline
    labels, each table cell, sources, attribution, page numbers), each time it shows it, comes back
    whole: cells side by side on one line come back as separate words."""
    import datetime as dt

    from relations_desktop.export.summary_pdf import render
    from relations_desktop.present import labels
    from relations_desktop.store import queries
    i18n.set_language(lang)
    tables = 0
    for a, b in queries.relationships(conn):
        summary = load_dossier(conn, (a, b))
        pdf = tmp_path / f"{a}-{b}-{lang}.pdf"
        pdf.write_bytes(render(summary, lang=lang, page_size="A4", corpus_version="test",
                               exported=dt.date(2031, 3, 9)))
        shown = shown_lines(pdf)
        # the reference holds the table's cells (it is what the PDF draws, not what a reader got)
        cells = {w for g in summary.groups for w in words(labels.event_type(g.type) + " "
                                                          + labels.date_or_unstated(g.date, lang))}
        assert cells <= words(" ".join(shown))
        tables += bool(cells)
        share, missing = intact_share(shown, read_document(pdf).text)
        assert share >= 0.99, f"{pdf.name}: {share:.2%}, missing {missing[:12]}"
    assert tables >= 3


def test_cells_side_by_side_come_back_as_separate_words(tmp_path):
    """A cell whose text changes font after a space (Latin digits in a Hindi date, a Latin name
    before Bengali or Devanagari words) and the cell beside it on the same line: read back, the
    last word of one and the first of the next stay two words."""
    from relations_desktop.export.pdfdoc import PdfDocument
    doc = PdfDocument(title="घाना – केन्या संबंध", lang="hi")
    doc.key_values([("Nairobi में दूतावास", "4 जून 1995"), ("Accra বৈঠক", "মার্চ 2008")])
    doc.table(["तारीख़", "प्रकार", "स्रोत वाक्य", "भाषा"], [
        ["4 जून 1995", "दूतावास", "केन्या ने नैरोबी में घाना का दूतावास खोला।", "हिंदी"],
        ["मार्च 2008 ?", "यात्रा", "Accra में दोनों विदेश मंत्रियों की बैठक", "हिंदी"],
        ["১২ মে 2018", "চুক্তি", "Nairobi শহরে দুই দেশ বাণিজ্য চুক্তি সই করে", "বাংলা"],
        ["12 May 2018", "Agreement", "The two presidents signed a trade agreement.", "English"],
    ], col_widths=[0.17, 0.16, 0.52, 0.15])
    pdf = tmp_path / "cells.pdf"
    doc.save(pdf)
    text = read_document(pdf).text
    assert len(shown_lines(pdf)) >= 20
    assert intact_share(shown_lines(pdf), text) == (1.0, [])
    assert {"1995", "2008", "यात्रा", "বৈঠক", "बैठक", "করে", "हिंदी", "বাংলা"} <= words(text)


SOURCE_EN = """Ghana–Kenya relations

Ghana and Kenya established diplomatic relations in March 1960, a few years after Ghana became \
independent and just before Kenya did. Kenya opened an embassy in Accra on 4 June 1995, and Ghana \
opened its high commission in Nairobi in the same year.

The presidents of Kenya and Ghana met in Nairobi on 12 May 2018 and signed a trade agreement on \
cocoa, tea and the movement of students between the universities of the two countries.
"""


@pytest.mark.parametrize("lang", ["bn", "hi", "en"])
def test_the_apps_own_summary_of_english_sources_reads_back_in_its_language_without_its_stamp(tmp_path, lang):
    """The summary is in the interface language, its quotations in the sources' (more Latin letters
    than Bengali ones here): the PDF's /Lang decides the language; the line saying when it was made
    is a stamp, not an event of that day; a re-process from the stored text keeps the language."""
    import datetime as dt
    import hashlib

    from relations_desktop.corpus.document import RawDocument
    from relations_desktop.corpus.language import script_counts
    from relations_desktop.corpus.pipeline import process_text
    from relations_desktop.export.summary_pdf import render
    from relations_desktop.store.userdb import import_documents, rebuild_user_db
    from relations_desktop.store.write import build_database
    data = SOURCE_EN.encode("utf-8")
    raw = RawDocument("gh_ke.txt", "gh_ke.txt", hashlib.sha256(data).hexdigest(), "utf-8", SOURCE_EN, len(data))
    build_database([process_text(raw)], tmp_path / "sources.db")
    i18n.set_language(lang)
    dossier = load_dossier(open_corpus(tmp_path / "sources.db"), ("GH", "KE"))
    pdf = tmp_path / f"summary-{lang}.pdf"
    pdf.write_bytes(render(dossier, lang=lang, corpus_version="test", exported=dt.date(2031, 3, 9)))
    doc = read_document(pdf)
    assert doc.meta.declared_lang == lang
    counts = script_counts(doc.text)
    if lang != "en":
        assert counts["latin"] > counts[{"bn": "bn", "hi": "deva"}[lang]]     # a mixed text, mostly Latin
    again = process_text(doc)
    assert again.lang == lang
    assert [e for e in again.events if e.date and e.date.startswith("2031")] == []
    assert {e.date for e in again.events} >= {"1995-06-04", "2018-05-12"}
    # imported into a library and re-processed (as after an upgrade): still the summary's language
    user = tmp_path / "user-corpus.db"
    assert import_documents([pdf], user).ok
    import sqlite3
    assert sqlite3.connect(user).execute("SELECT lang, declared_lang FROM documents").fetchall() == [(lang, lang)]
    sqlite3.connect(user).execute("UPDATE meta SET value = 'older' WHERE key = 'pipeline'").connection.commit()
    assert rebuild_user_db(user)
    assert sqlite3.connect(user).execute("SELECT lang FROM documents").fetchall() == [(lang,)]


def _pdf(path: Path, paragraphs: list[str], *, font: str | None = None, title: str | None = None,
         author: str | None = None) -> Path:
    pdf = FPDF()
    pdf.add_page()
    if font:
        pdf.add_font("Body", "", str(resources.path("resources", "fonts", font)))
        pdf.set_font("Body", size=12)
    else:
        pdf.set_font("Helvetica", size=12)
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    for p in paragraphs:
        pdf.multi_cell(0, 8, p)
        pdf.ln(6)
    pdf.output(str(path))
    return path


def test_paragraphs_and_metadata_of_a_pdf(tmp_path):
    paras = ["Ghana and Kenya established diplomatic relations in 1961, soon after both countries became "
             "independent, and opened embassies in Accra and Nairobi in the following years.",
             "Trade",
             "In 2019 the two governments signed an agreement on trade and investment that removed duties on "
             "a range of farm products and set up a joint commission that meets every year."]
    doc = read_document(_pdf(tmp_path / "paper.pdf", paras, title="Ghana and Kenya", author="A. Writer"))
    assert doc.text.split("\n\n") == [*paras[:-1], paras[-1] + "\n"]
    assert (doc.meta.title, doc.meta.author) == ("Ghana and Kenya", "A. Writer")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.meta.published or "")


@pytest.mark.parametrize("text, font", [(BN_TEXT, "NotoSansBengali-Regular.ttf"),
                                        (HI_TEXT, "NotoSansDevanagari-Regular.ttf")])
def test_unicode_text_in_logical_order_is_read(tmp_path, text, font):
    doc = read_document(_pdf(tmp_path / "ok.pdf", [text], font=font))
    assert words(doc.text) == words(text)


def _visual_order(text: str) -> str:
    """Pre-base vowel signs moved before their consonant cluster, as legacy-font PDFs store them."""
    cluster = "[\u0995-\u09b9\u09dc-\u09df\u0915-\u0939](?:[\u09cd\u094d][\u0995-\u09b9\u09dc-\u09df\u0915-\u0939])*"
    return re.sub(f"({cluster})([\u09bf\u09c7\u09c8\u093f])", r"\2\1", text)


@pytest.mark.parametrize("text, font", [(BN_TEXT, "NotoSansBengali-Regular.ttf"),
                                        (HI_TEXT * 2, "NotoSansDevanagari-Regular.ttf")])
def test_text_in_visual_order_is_refused(tmp_path, text, font):
    garbled = _visual_order(text)
    assert garbled != text
    with pytest.raises(DocumentError) as err:
        read_document(_pdf(tmp_path / "visual.pdf", [garbled], font=font))
    assert err.value.reason == "pdf_unreadable_text"
    assert "%" in err.value.detail


def test_share_of_well_formed_words():
    assert indic_validity(BN_TEXT)[1] == 1.0 and indic_validity(HI_TEXT)[1] == 1.0
    assert indic_validity(_visual_order(BN_TEXT))[1] < 0.8
    assert indic_validity("Only English here.") == (0, 1.0)


@pytest.mark.parametrize("text, reason", [
    ("evsjv‡`k I fviZ GKwU Pzw³ Ki‡jb Ges `yB ‡`‡ki m¤ú‡K©i Dbœqb n‡q‡Q| miKvi e‡j‡Q †h Av‡jvPbv Pj‡Q|",
     "legacy_bijoy"),
    ("Hkkjr vkSj usiky ds chp O;kikj le>kSrk gqvk gSA nksuksa ns'kksa dh ljdkj us dgk fd ;g egRoiw.kZ gSA",
     "legacy_krutidev")])
def test_legacy_font_pdfs_are_refused_as_such(tmp_path, text, reason):
    # A Latin font stands in for the legacy one: the text holds the same codes.
    pdf = _pdf(tmp_path / "legacy.pdf", [text], font="NotoSans-Regular.ttf")
    with pytest.raises(DocumentError) as err:
        read_document(pdf)
    assert err.value.reason == reason


def test_pdf_without_text_and_broken_pdfs(tmp_path):
    blank = FPDF()
    blank.add_page()
    blank.rect(20, 20, 100, 60, style="F")       # a page that is all picture, no text
    blank.output(str(tmp_path / "scan.pdf"))
    with pytest.raises(DocumentError) as err:
        read_document(tmp_path / "scan.pdf")
    assert err.value.reason == "pdf_no_text"
    good = _pdf(tmp_path / "good.pdf", ["Some text that is long enough to be read as a document."])
    (tmp_path / "cut.pdf").write_bytes(good.read_bytes()[:300])
    with pytest.raises(DocumentError) as err:
        read_document(tmp_path / "cut.pdf")
    assert err.value.reason == "pdf_invalid"
    (tmp_path / "fake.pdf").write_bytes(b"this is not a PDF at all")
    with pytest.raises(DocumentError) as err:
        read_document(tmp_path / "fake.pdf")
    assert err.value.reason == "pdf_invalid"
