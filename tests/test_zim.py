"""Kiwix ZIM archives read for real: the openZIM test files, broken ones, and archives built
here with libzim's own writer from relation articles in three languages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from relations_desktop.corpus.formats.zim import Candidate, count_by_language, open_zim
from relations_desktop.corpus.pipeline import process_text
from relations_desktop.errors import DocumentError
from tests.zim_helpers import Entry, build_zim, wiki_page

DATA = Path(__file__).resolve().parent / "data" / "zim"

EN_ARTICLE = """
<p><b>Ghana–Kenya relations</b> are the bilateral relations between Ghana and Kenya. Both countries are members
of the African Union.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>
<h2>History</h2>
<p>Ghana and Kenya established diplomatic relations on 2 March 1964. Kenya opened a high commission in Accra
on 14 October 1999.<sup class="reference"><a href="#cite_note-2">[2]</a></sup></p>
<h2>High-level visits</h2>
<table class="wikitable"><tr><th>Guest</th><th>Host</th><th>Date</th></tr>
<tr><td>President of Ghana</td><td>Nairobi</td><td>18 June 2012</td></tr>
<tr><td>President of Kenya</td><td>Accra</td><td>5 May 2016</td></tr></table>
<table class="infobox"><tr><td>Map of Ghana and Kenya</td></tr></table>
<div class="navbox" role="navigation">Foreign relations of Ghana · Foreign relations of Kenya</div>
<h2>References</h2>
<ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span>
<span class="reference-text">"Member states". African Union. Retrieved 3 April 2020.</span></li>
<li id="cite_note-2"><span class="mw-cite-backlink"><a href="#cite_ref-2">^</a></span>
<span class="reference-text">"Kenya mission opens". Daily Graphic. 15 October 1999.</span></li></ol>
"""
EN_HUB = """
<p>The <b>foreign relations of Chile</b> are conducted by its Ministry of Foreign Affairs in Santiago.</p>
<h2>Bilateral relations</h2>
<table class="wikitable"><tr><th>Country</th><th>Formal relations began</th><th>Notes</th></tr>
<tr><td>Argentina</td><td>12 April 1827</td><td>Chile and Argentina share a long border.</td></tr>
<tr><td>Peru</td><td>20 May 1920</td><td>Chile and Peru signed a treaty of friendship in Lima.</td></tr></table>
<h3>Argentina</h3>
<div class="hatnote">Main article: Argentina–Chile relations</div>
<p>Chile and Argentina signed a border treaty in Buenos Aires on 23 July 1881.</p>
<h3>Peru</h3>
<p>Chile and Peru signed a treaty on fisheries in Lima on 3 June 1929.</p>
"""
BN_ARTICLE = """
<p><b>ঘানা–কেনিয়া সম্পর্ক</b> হলো ঘানা ও কেনিয়ার মধ্যকার দ্বিপাক্ষিক সম্পর্ক।</p>
<h2>ইতিহাস</h2>
<p>ঘানা ও কেনিয়া ১৯৬৪ সালের ২ মার্চ কূটনৈতিক সম্পর্ক স্থাপন করে।<sup class="reference"><a href="#cite_note-1">[১]</a></sup></p>
<ol class="references"><li id="cite_note-1"><a href="#cite_ref-1">↑</a> <span class="reference-text">পররাষ্ট্র মন্ত্রণালয়ের বিবৃতি।</span></li></ol>
"""
BN_HUB = """
<p><b>চিলির বৈদেশিক সম্পর্ক</b> পরিচালনা করে দেশটির পররাষ্ট্র মন্ত্রণালয়।</p>
<h2>পেরু</h2><p>চিলি ও পেরু ১৯২৯ সালের ৩ জুন লিমায় একটি চুক্তি সই করে।</p>
"""
HI_ARTICLE = """
<p><b>घाना-केन्या संबंध</b> घाना और केन्या के बीच द्विपक्षीय संबंध हैं।</p>
<h2>इतिहास</h2>
<p>घाना और केन्या ने 2 मार्च 1964 को राजनयिक संबंध स्थापित किए।</p>
"""
HI_HUB = """
<p><b>चिली के विदेश संबंध</b> उसके विदेश मंत्रालय द्वारा संचालित होते हैं।</p>
<h2>पेरू</h2><p>चिली और पेरू ने 3 जून 1929 को लीमा में एक संधि पर हस्ताक्षर किए।</p>
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    """A multilingual test library: articles, hubs, a redirect, a chain, an image, other pages."""
    entries = [
        Entry("Ghana–Kenya_relations", "Ghana–Kenya relations", wiki_page("Ghana–Kenya relations", EN_ARTICLE)),
        Entry("Foreign_relations_of_Chile", "Foreign relations of Chile",
              wiki_page("Foreign relations of Chile", EN_HUB)),
        Entry("ঘানা–কেনিয়া_সম্পর্ক", "ঘানা–কেনিয়া সম্পর্ক", wiki_page("ঘানা–কেনিয়া সম্পর্ক", BN_ARTICLE, "bn")),
        Entry("চিলির_বৈদেশিক_সম্পর্ক", "চিলির বৈদেশিক সম্পর্ক", wiki_page("চিলির বৈদেশিক সম্পর্ক", BN_HUB, "bn")),
        Entry("घाना-केन्या_संबंध", "घाना-केन्या संबंध", wiki_page("घाना-केन्या संबंध", HI_ARTICLE, "hi")),
        Entry("चिली_के_विदेश_संबंध", "चिली के विदेश संबंध", wiki_page("चिली के विदेश संबंध", HI_HUB, "hi")),
        Entry("Accra", "Accra", wiki_page("Accra", "<p>Accra is the capital of Ghana.</p>")),
        Entry("Public_relations", "Public relations", wiki_page("Public relations", "<p>Not about countries.</p>")),
        Entry("Chile–Peru_relations.png", "Chile–Peru relations", b"\x89PNG\r\n\x1a\n", "image/png", False),
    ]
    redirects = [("Kenya–Ghana_relations", "Kenya–Ghana relations", "Ghana–Kenya_relations"),
                 ("Ghana-Kenya_relations", "Ghana-Kenya relations", "Kenya–Ghana_relations"),
                 ("Chile_foreign_relations", "Foreign relations of Chile (redirect)", "Foreign_relations_of_Chile")]
    path = tmp_path_factory.mktemp("zim") / "wikipedia_mul_test_2024-05.zim"
    return build_zim(path, entries=entries, redirects=redirects,
                     metadata={"Name": "wikipedia_mul_relations", "Language": "eng,ben,hin", "Date": "2024-05-01"})


def test_scan_finds_the_relation_articles_in_three_languages(library):
    with open_zim(library) as zim:
        assert (zim.info.name, zim.info.title, zim.info.date, zim.info.licence) == (
            "wikipedia_mul_relations", "Wikipedia", "2024-05-01", "CC BY-SA 4.0")
        progress: list[tuple[int, int]] = []
        found = zim.scan(progress=lambda done, total: progress.append((done, total)))
    by_path = {c.path: c for c in found}
    assert set(by_path) == {"Ghana–Kenya_relations", "Foreign_relations_of_Chile", "ঘানা–কেনিয়া_সম্পর্ক",
                            "চিলির_বৈদেশিক_সম্পর্ক", "घाना-केन्या_संबंध", "चिली_के_विदेश_संबंध"}
    assert by_path["Ghana–Kenya_relations"] == Candidate("Ghana–Kenya_relations", "Ghana–Kenya relations", "en",
                                                         ("GH", "KE"), False)
    assert by_path["চিলির_বৈদেশিক_সম্পর্ক"].codes == ("CL",) and by_path["চিলির_বৈদেশিক_সম্পর্ক"].hub
    assert by_path["चिली_के_विदेश_संबंध"].lang == "hi" and by_path["चिली_के_विदेश_संबंध"].hub
    assert count_by_language(found) == {"bn": 2, "en": 2, "hi": 2}
    assert progress and progress[-1][0] == progress[-1][1]


def test_scan_can_be_cancelled(library):
    with open_zim(library) as zim:
        assert zim.scan(cancelled=lambda: True) == []


def test_articles_read_with_their_source_and_licence(library):
    with open_zim(library) as zim:
        docs = {d.meta.title: d for d in zim.documents(zim.scan())}
    en = docs["Ghana–Kenya relations"]
    assert en.file == "Ghana–Kenya_relations"
    assert en.path.endswith("wikipedia_mul_test_2024-05.zim#Ghana–Kenya_relations")
    m = en.meta
    assert m.url == "https://en.wikipedia.org/wiki/Ghana%E2%80%93Kenya_relations"
    assert (m.source, m.licence, m.author, m.archive, m.archive_date) == (
        "Wikipedia", "CC BY-SA 4.0", "Wikipedia contributors", "wikipedia_mul_relations", "2024-05-01")
    assert en.text.startswith("Ghana–Kenya relations\n\nGhana–Kenya relations are the bilateral relations")
    assert "President of Ghana | Nairobi | 18 June 2012\nPresident of Kenya | Accra | 5 May 2016\n" in en.text
    assert "Map of Ghana" not in en.text and "issued from Wikipedia" not in en.text
    assert en.text.endswith("[2] \"Kenya mission opens\". Daily Graphic. 15 October 1999.\n")
    assert "established diplomatic relations on 2 March 1964. Kenya opened" in en.text
    assert docs["ঘানা–কেনিয়া সম্পর্ক"].text.endswith("তথ্যসূত্র\n\n[১] পররাষ্ট্র মন্ত্রণালয়ের বিবৃতি।\n")


def test_imported_articles_go_through_the_pipeline(library):
    with open_zim(library) as zim:
        processed = {d.meta.title: process_text(d) for d in zim.documents(zim.scan())}
    for title in ("Ghana–Kenya relations", "ঘানা–কেনিয়া সম্পর্ক", "घाना-केन्या संबंध"):
        assert ("GH", "KE") in processed[title].pairs, title
        assert "1964-03-02" in {e.date for e in processed[title].events}, title
    assert processed["Ghana–Kenya relations"].lang == "en"
    assert processed["ঘানা–কেনিয়া সম্পর্ক"].lang == "bn"
    assert processed["घाना-केन्या संबंध"].lang == "hi"
    hub = processed["Foreign relations of Chile"]
    assert {("AR", "CL"), ("CL", "PE")} <= set(hub.pairs)
    assert [b.number for b in processed["Ghana–Kenya relations"].citations()] == [1, 2]


def test_documents_are_read_one_at_a_time(library):
    with open_zim(library) as zim:
        candidates = zim.scan()
        missing = Candidate("No_such_article", "Nowhere–Elsewhere relations", "en", (), False)
        errors: list[tuple[Candidate, DocumentError]] = []
        stream = zim.documents([candidates[0], missing, candidates[1]], on_error=lambda c, e: errors.append((c, e)))
        first = next(stream)
        assert first.meta.title == candidates[0].title and not errors
        rest = list(stream)
    assert [d.meta.title for d in rest] == [candidates[1].title]
    assert [(c.path, e.reason) for c, e in errors] == [("No_such_article", "zim_entry_missing")]


def test_real_kiwix_archive_metadata_and_old_namespaces():
    with open_zim(DATA / "wikibooks_be_all_nopic_2017-02.zim") as zim:
        info = zim.info
        assert (info.name, info.title, info.date, info.language, info.creator, info.publisher) == (
            "kiwix.wikibooks_be_all", "Wikibooks", "2017-02-13", "bel", "Wikibooks", "Kiwix")
        assert info.licence == "CC BY-SA 4.0" and info.entries == 109
        assert zim.scan() == []                      # no relation articles in it
        assert zim.source_url("Першая_старонка.html") == (
            "https://be.wikibooks.org/wiki/%D0%9F%D0%B5%D1%80%D1%88%D0%B0%D1%8F_%D1%81%D1%82%D0%B0%D1%80%D0%BE%D0%BD%D0%BA%D0%B0")
        page = zim.read(Candidate("Першая_старонка.html", "Першая старонка", "be", (), False))
        assert page.text.startswith("Першая старонка\n\n") and len(page.text) > 200
    with open_zim(DATA / "small.zim") as zim:          # the old layout: articles under A/
        assert zim.info.title == "Test ZIM file" and not zim.new_namespaces
        assert zim.scan() == []
        main = zim.read(Candidate("A/main.html", "Test ZIM file", "en", (), False))
        assert main.file == "main.html" and main.text.startswith("Test ZIM file\n")


@pytest.mark.parametrize("name", ["invalid.offset_in_cluster.zim", "invalid.nonsorted_dirent_table.zim",
                                  "invalid.outofbounds_first_clusterptr.zim"])
def test_invalid_archives_give_a_reason_not_a_traceback(name):
    with pytest.raises(DocumentError) as err:
        open_zim(DATA / name)
    assert err.value.reason == "zim_invalid" and err.value.file == name and err.value.detail


def test_truncated_missing_and_foreign_files(tmp_path, library):
    cut = tmp_path / "cut.zim"
    cut.write_bytes(library.read_bytes()[: library.stat().st_size // 2])
    for path, reason in ((cut, "zim_invalid"), (tmp_path / "absent.zim", "unreadable")):
        with pytest.raises(DocumentError) as err:
            open_zim(path)
        assert err.value.reason == reason
    fake = tmp_path / "fake.zim"
    shutil.copy(DATA / "README.md", fake)
    with pytest.raises(DocumentError) as err:
        open_zim(fake)
    assert err.value.reason == "zim_invalid"
