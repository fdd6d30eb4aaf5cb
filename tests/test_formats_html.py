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
<p>The two countries established diplomatic relations in 1964.</p>
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
        "The two countries established diplomatic relations in 1964.\n\n"
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


# A blog post saved from a browser: plain "[n]" markers in the text, the references a bare
# numbered list under a "References" heading (no MediaWiki classes).
BLOG_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ghana and Kenya: sixty years of ties</title></head><body>
<nav>Home | Archive</nav><article><h1>Ghana and Kenya: sixty years of ties</h1>
<p>Ghana and Kenya established diplomatic relations on 5 March 1964.[1] The two countries signed a \
trade agreement on 14 June 1998.[2] Trade grew slowly after that.</p>
<h2>References</h2>
<p>Sources consulted for this post:</p>
<ol><li>Ministry of Foreign Affairs, "Our partners in Africa", 2019.</li>
<li>The Example Chronicle, 15 June 1998.</li></ol>
<h2>See also</h2><ol><li>Kenya at a glance</li></ol>
</article></body></html>"""

# The same told with linked footnotes as Markdown and pandoc write them: a superscript link to
# an item of a numbered list at the end of the page, which links back.
FOOTNOTE_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ghana and Kenya</title></head><body><main>
<p>Ghana and Kenya established diplomatic relations on 5 March 1964.<sup id="fnref:1">\
<a class="footnote-ref" href="#fn:1">1</a></sup> The two countries signed a trade agreement on \
14 June 1998.<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a></p>
<p>See <sup>3</sup> items<a href="#top"><sup>4</sup></a> and a list below.</p>
<section class="footnotes" role="doc-endnotes"><hr><ol>
<li id="fn:1"><p>Ministry of Foreign Affairs, 2019.&#160;<a class="footnote-backref" href="#fnref:1">&#8617;</a></p></li>
<li id="fn2"><p>The Example Chronicle, 15 June 1998. <a href="#fnref2" class="footnote-back" \
role="doc-backlink">↩︎</a></p></li></ol></section>
</main></body></html>"""


def test_a_bare_numbered_reference_list_is_read_as_numbered_references(tmp_path):
    doc = read_document(write(tmp_path, "blog.html", BLOG_PAGE))
    assert doc.text.endswith(
        "References\n\nSources consulted for this post:\n\n"
        "[1] Ministry of Foreign Affairs, \"Our partners in Africa\", 2019.\n"
        "[2] The Example Chronicle, 15 June 1998.\n\n"
        "See also\n\nKenya at a glance\n")
    cites = [(s.kind, s.number, doc.text[s.start:s.end][:8]) for s in doc.layout if s.kind == "citation"]
    assert cites == [("citation", 1, "[1] Mini"), ("citation", 2, "[2] The ")]
    # a numbered list of links under "See also" is no reference list
    assert doc.layout[-1].kind == "list_item"


def test_linked_footnotes_keep_their_markers(tmp_path):
    doc = read_document(write(tmp_path, "notes.html", FOOTNOTE_PAGE))
    assert "on 5 March 1964.[1] The two" in doc.text and "on 14 June 1998.[2]\n" in doc.text
    assert "See 3 items4 and" in doc.text          # superscripts that link to no note stay as they were
    assert doc.text.endswith("References\n\n[1] Ministry of Foreign Affairs, 2019.\n"
                             "[2] The Example Chronicle, 15 June 1998.\n")
    assert "↩" not in doc.text
    assert [s.number for s in doc.layout if s.kind == "citation"] == [1, 2]


@pytest.mark.parametrize("page", [BLOG_PAGE, FOOTNOTE_PAGE])
def test_a_pages_footnote_markers_link_to_its_references_in_the_library(tmp_path, page):
    """Issue 16: footnote markers stay linked to their reference, read back from the database."""
    from relations_desktop.corpus.pipeline import process_all
    from relations_desktop.present.dossier import load_dossier
    from relations_desktop.store.connection import open_corpus
    from relations_desktop.store.write import build_database
    docs, errors = process_all([write(tmp_path, "page.html", page)])
    assert not errors
    conn = open_corpus(build_database(docs, tmp_path / "lib.db"))
    dossier = load_dossier(conn, ("GH", "KE"))
    conn.close()
    cited = {e.date: [c.text for c in dossier.cited.get(e.id, [])] for g in dossier.groups for e in g.events}
    assert cited["1964-03-05"][0].startswith("[1] Ministry of Foreign Affairs")
    assert cited["1998-06-14"] == ["[2] The Example Chronicle, 15 June 1998."]


def test_a_numbered_list_right_under_a_bengali_references_heading_is_numbered():
    page = html_text('<html lang="bn"><body><article><p>ঘানা ও কেনিয়া ১৯৬১ সালে কূটনৈতিক সম্পর্ক স্থাপন করে।[২]</p>'
                     '<h2>তথ্যসূত্র</h2><ol start="2"><li>পররাষ্ট্র মন্ত্রণালয়।</li><li>উদাহরণ বার্তা।</li></ol>'
                     '</article></body></html>', title="ঘানা–কেনিয়া সম্পর্ক")
    assert page.text.endswith("তথ্যসূত্র\n\n[2] পররাষ্ট্র মন্ত্রণালয়।\n[3] উদাহরণ বার্তা।\n")
    assert [(s.kind, s.number) for s in page.layout[-3:]] == [("heading", None), ("citation", 2), ("citation", 3)]
