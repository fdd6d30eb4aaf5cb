"""Saved web pages and article HTML read for real: main text only, the text contract, metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from relations_desktop.corpus.formats.html import html_text, iso_date
from relations_desktop.corpus.pipeline import process_text
from relations_desktop.corpus.reader import read_document

NEWS_PAGE = """<!DOCTYPE html>
<!-- saved from url=(0052)https://news.example.org/world/ghana-kenya-trade-deal -->
<html lang="en"><head><meta charset="utf-8">
<title>Ghana and Kenya sign a trade accord | Example Daily</title>
<meta property="og:site_name" content="Example Daily">
<meta property="og:title" content="Ghana and Kenya sign a trade accord">
<link rel="canonical" href="https://news.example.org/world/ghana-kenya-trade-deal">
<meta name="author" content="Ama Mensah">
<meta property="article:published_time" content="2023-09-14T08:30:00+00:00">
<script>window.analytics = {"track": true};</script>
<style>.cookie { position: fixed }</style>
</head><body>
<div id="cookie-consent" class="cookie">We use cookies to improve your experience. <button>Accept all</button></div>
<header class="site-header"><a href="/">Example Daily</a>
<nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="breadcrumbs">Home › World › Africa</div>
<main><article>
<h1>Ghana and Kenya sign a trade accord</h1>
<div class="byline">By Ama Mensah · 14 September 2023</div>
<p>Ghana and Kenya signed a trade accord in Accra on 13 September 2023, the two governments said.</p>
<p>The ministers also agreed to open a joint business council<br>in Nairobi next year.</p>
<div class="share-buttons">Share on Facebook Share on X</div>
<h2>Earlier ties</h2>
<p>The two countries established diplomatic relations in 1961.</p>
<figure><img src="leaders.jpg" alt=""><figcaption>The two trade ministers in Accra.</figcaption></figure>
</article>
<aside class="related-stories"><h3>Related</h3><ul><li>Kenya opens a consulate in Kumasi</li></ul></aside>
</main>
<div class="newsletter-signup">Subscribe to our newsletter</div>
<footer class="site-footer"><p>© 2023 Example Daily. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""

WIKI_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<title>Chile–Peru relations - Wikipedia</title></head><body>
<a class="mw-jump-link" href="#content">Jump to content</a>
<div id="mw-navigation"><div id="p-navigation">Main page Contents Current events</div></div>
<main id="content"><h1 id="firstHeading">Chile–Peru relations</h1>
<div id="siteSub">From Wikipedia, the free encyclopedia</div>
<div id="mw-content-text"><div class="mw-parser-output">
<table class="infobox"><tr><th>Chile</th><th>Peru</th></tr><tr><td>Embassy of Chile, Lima</td><td>Embassy of Peru, Santiago</td></tr></table>
<p><b>Chile–Peru relations</b> are the bilateral relations between Chile and Peru.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup></p>
<div id="toc" class="toc"><h2>Contents</h2><ul><li>1 History</li><li>2 Treaties</li></ul></div>
<h2><span class="mw-headline" id="History">History</span><span class="mw-editsection">[<a href="#">edit</a>]</span></h2>
<div role="note" class="hatnote navigation-not-searchable">Main article: War of the Pacific</div>
<p>Chile and Peru signed a treaty of friendship in Lima on 20 May 1920.<sup class="reference"><a href="#cite_note-2">[2]</a></sup></p>
<h2>Treaties</h2>
<table class="wikitable"><caption>Agreements between the two states</caption>
<tr><th>Treaty</th><th>Date</th></tr>
<tr><td>Treaty of Friendship</td><td>20 May 1920<sup class="reference"><a href="#cite_note-2">[2]</a></sup></td></tr>
<tr><td>Border protocol</td><td>3 June 1929</td></tr></table>
<ul><li>Chilean embassy in Lima</li><li>Peruvian embassy in Santiago</li></ul>
<h2>References</h2>
<div class="reflist"><ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span> <span class="reference-text">"Bilateral relations". Ministry of Foreign Affairs. Retrieved 2 March 2021.</span></li>
<li id="cite_note-2"><span class="mw-cite-backlink">^ <a href="#cite_ref-2a">a</a> <a href="#cite_ref-2b">b</a></span> <span class="reference-text">Treaty text, 1920, p. 4.</span></li>
</ol></div>
<div role="navigation" class="navbox"><table><tr><td>Foreign relations of Chile: Argentina · Bolivia · Peru</td></tr></table></div>
</div></div></main>
<div id="catlinks" class="catlinks">Categories: Bilateral relations of Chile</div>
<footer id="footer"><ul><li>This page was last edited on 1 March 2024.</li><li>Text is available under the Creative Commons Attribution-ShareAlike License 4.0</li></ul></footer>
</body></html>"""


def write(tmp_path: Path, name: str, markup: str, encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(markup.encode(encoding))
    return p


def test_saved_news_page_keeps_only_the_story(tmp_path):
    doc = read_document(write(tmp_path, "story.html", NEWS_PAGE))
    assert doc.text == (
        "Ghana and Kenya sign a trade accord\n\n"
        "Ghana and Kenya signed a trade accord in Accra on 13 September 2023, the two governments said.\n\n"
        "The ministers also agreed to open a joint business council\nin Nairobi next year.\n\n"
        "Earlier ties\n\n"
        "The two countries established diplomatic relations in 1961.\n\n"
        "The two trade ministers in Accra.\n")
    for junk in ("cookies", "Sport", "Home ›", "Share on", "Related", "Subscribe", "©", "Privacy", "analytics"):
        assert junk not in doc.text
    assert [(s.kind, doc.text[s.start:s.end][:12]) for s in doc.layout] == [
        ("title", "Ghana and Ke"), ("para", "Ghana and Ke"), ("para", "The minister"), ("para", "in Nairobi n"),
        ("heading", "Earlier ties"), ("para", "The two coun"), ("caption", "The two trad")]
    m = doc.meta
    assert (m.title, m.source, m.url, m.author, m.published) == (
        "Ghana and Kenya sign a trade accord", "Example Daily",
        "https://news.example.org/world/ghana-kenya-trade-deal", "Ama Mensah", "2023-09-14")


def test_wikipedia_page_reads_like_the_plain_text_articles(tmp_path):
    doc = read_document(write(tmp_path, "Chile–Peru relations - Wikipedia.htm", WIKI_PAGE))
    assert doc.text == (
        "Chile–Peru relations\n\n"
        "Chile–Peru relations are the bilateral relations between Chile and Peru.[1]\n\n"
        "History\n\n"
        "Main article: War of the Pacific\n\n"
        "Chile and Peru signed a treaty of friendship in Lima on 20 May 1920.[2]\n\n"
        "Treaties\n\n"
        "Agreements between the two states\n\n"
        "Treaty | Date\n"
        "Treaty of Friendship | 20 May 1920[2]\n"
        "Border protocol | 3 June 1929\n\n"
        "Chilean embassy in Lima\n"
        "Peruvian embassy in Santiago\n\n"
        "References\n\n"
        "[1] \"Bilateral relations\". Ministry of Foreign Affairs. Retrieved 2 March 2021.\n"
        "[2] Treaty text, 1920, p. 4.\n")
    kinds = [(s.kind, s.level, s.number) for s in doc.layout]
    assert kinds == [("title", 0, None), ("para", 0, None), ("heading", 2, None), ("hatnote", 0, None),
                     ("para", 0, None), ("heading", 2, None), ("caption", 0, None), ("table_row", 0, None),
                     ("table_row", 0, None), ("table_row", 0, None), ("list_item", 0, None),
                     ("list_item", 0, None), ("heading", 2, None), ("citation", 0, 1), ("citation", 0, 2)]
    for span in doc.layout:      # offsets point into the text, one block per line
        block = doc.text[span.start:span.end]
        assert block == block.strip() and "\n" not in block
    assert doc.meta.title == "Chile–Peru relations"
    # the pipeline reads it like a plain-text article: title, pair, the treaty, citations apart
    processed = process_text(doc)
    assert processed.title == "Chile–Peru relations"
    assert ("CL", "PE") in processed.pairs
    assert any(e.date == "1920-05-20" for e in processed.events)
    assert [b.number for b in processed.citations()] == [1, 2]


def test_references_heading_is_added_in_the_pages_language():
    body = ('<p>ঘানা ও কেনিয়া ১৯৬১ সালে কূটনৈতিক সম্পর্ক স্থাপন করে।<sup class="reference">'
            '<a href="#cite_note-1">[১]</a></sup></p><ol class="references"><li id="cite_note-1">'
            '<a href="#cite_ref-1">↑</a> <span class="reference-text">পররাষ্ট্র মন্ত্রণালয়।</span></li></ol>')
    page = html_text(f'<html lang="bn"><body>{body}</body></html>', title="ঘানা–কেনিয়া সম্পর্ক")
    assert page.text == ("ঘানা–কেনিয়া সম্পর্ক\n\nঘানা ও কেনিয়া ১৯৬১ সালে কূটনৈতিক সম্পর্ক স্থাপন করে।[১]\n\n"
                         "তথ্যসূত্র\n\n[১] পররাষ্ট্র মন্ত্রণালয়।\n")
    assert page.layout[-1].kind == "citation" and page.layout[-1].number == 1
    hindi = html_text('<html lang="hi"><body><p>पाठ।</p><ol class="references"><li>स्रोत</li></ol></body></html>')
    assert "\n\nसन्दर्भ\n\n[1] स्रोत\n" in hindi.text


def test_declared_legacy_charset_is_honoured(tmp_path):
    markup = NEWS_PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">').replace(
        "Accra on", "Accra’s city hall on")
    doc = read_document(write(tmp_path, "cp1252.html", markup, "cp1252"))
    assert "Accra’s city hall" in doc.text
    assert doc.encoding == "windows-1252"


def test_page_without_metadata_and_without_markup_around_its_text(tmp_path):
    doc = read_document(write(tmp_path, "bare.html", "<p>Nepal and Bhutan.</p><p>Second paragraph.</p>"))
    assert doc.text == "Nepal and Bhutan.\n\nSecond paragraph.\n"
    assert doc.meta.title is None and doc.meta.url is None


def test_json_ld_metadata(tmp_path):
    markup = ('<html><head><title>x</title><script type="application/ld+json">{"@context":"https://schema.org",'
              '"@graph":[{"@type":"NewsArticle","headline":"Peru and Bolivia talk","datePublished":"2022-11-03T10:00:00Z",'
              '"author":[{"@type":"Person","name":"R. Quispe"}],"publisher":{"@type":"Organization","name":"Andes Wire"}}]}'
              '</script></head><body><article><p>Peru and Bolivia held talks.</p></article></body></html>')
    doc = read_document(write(tmp_path, "ld.html", markup))
    assert (doc.meta.title, doc.meta.author, doc.meta.published, doc.meta.source) == (
        "Peru and Bolivia talk", "R. Quispe", "2022-11-03", "Andes Wire")


@pytest.mark.parametrize("value, expected", [("2024-03-05T10:00:00+06:00", "2024-03-05"), ("2024-03", "2024-03"),
                                             ("March 5, 2024", "2024-03-05"), ("5 March 2024", "2024-03-05"),
                                             ("yesterday", None), (None, None)])
def test_iso_date(value, expected):
    assert iso_date(value) == expected
