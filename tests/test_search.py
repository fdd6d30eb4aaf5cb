"""Full-text search across scripts, over a bundled database and a real user database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relations_desktop.cli import main
from relations_desktop.corpus.pipeline import process_file
from relations_desktop.store import search as search_module
from relations_desktop.store.connection import open_corpus
from relations_desktop.store.search import fts_tokens, make_snippet, parse_query, search
from relations_desktop.store.texts import document_text
from relations_desktop.store.userdb import USER_ID_BASE, import_documents
from relations_desktop.store.write import build_database
from relations_desktop.textnorm import search_fold

EN_JAPAN = """Japan–Bangladesh relations

Japan recognised Bangladesh on 10 February 1972, and the Japanese embassy in Dhaka opened later \
that year. Bangladesh opened its embassy in Tokyo in 1973.

In 1992 Japan was the largest bilateral donor of development aid to Bangladesh. Over the following \
decades Japanese agencies financed roads, power stations, river crossings, rural electrification and \
water supply across the country, and by the end of the century these loans and grants had made Japan \
the most important partner of Bangladesh in infrastructure, ahead of every multilateral lender.

Prime Minister Sheikh Hasina visited Tokyo in May 2014, and Japan and Bangladesh announced a \
comprehensive partnership.
"""

EN_BHUTAN = """Bhutan–Nepal relations

Nepal and Bhutan established diplomatic relations on 3 June 1983. The refugee question has strained \
relations between Bhutan and Nepal since the early 1990s.

In 2003 the foreign ministers of Bhutan and Nepal met in Kathmandu, but the talks on the refugee \
camps in eastern Nepal ended without an agreement.
"""

BN_TURKEY = """বাংলাদেশ–তুরস্ক সম্পর্ক

তুরস্ক ১৯৭৪ সালের ২২ ফেব্রুয়ারি বাংলাদেশকে স্বীকৃতি দেয়। ঢাকায় তুরস্কের দূতাবাসটিই বাংলাদেশের সঙ্গে \
যোগাযোগের প্রধান কেন্দ্র।

২০১২ সালে বাংলাদেশের প্রধানমন্ত্রী তুরস্ক সফর করেন এবং দুই দেশ একটি বাণিজ্য চুক্তি স্বাক্ষর করে। \
আঙ্কারায় বাংলাদেশের দূতাবাসে তুরস্কের মন্ত্রীরা একটি সংবর্ধনায় যোগ দেন।
"""

BN_JAPAN = """জাপান–বাংলাদেশ সম্পর্ক

১৯৯২ সালে জাপান বাংলাদেশকে সবচেয়ে বেশি উন্নয়ন সহায়তা দেয়। যমুনা সেতু নির্মাণে জাপানের ঋণ বাংলাদেশের \
যোগাযোগ ব্যবস্থা বদলে দেয়।
"""

HI_BHUTAN = """नेपाल–भूटान संबंध

नेपाल और भूटान ने १९८३ में राजनयिक संबंध स्थापित किए। भूटान और नेपाल के बीच शरणार्थियों का मुद्दा \
ज़्यादा जटिल रहा है।

फ़रवरी २००३ में भूटान के विदेश मंत्री ने काठमांडू में नेपाल के विदेश मंत्री से बातचीत की। इस बातचीत में \
शरणार्थी समस्या पर कोई ज़रूरी समझौता नहीं हो सका और भूटान ने नेपाल के प्रस्ताव को ठुकरा दिया।
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A bundled database of English documents and a user database of Bengali and Hindi ones."""
    root = tmp_path_factory.mktemp("search")
    bundled_files = [write(root / "bundled", "japan_bangladesh_en.txt", EN_JAPAN),
                     write(root / "bundled", "bhutan_nepal_en.txt", EN_BHUTAN)]
    bundled = build_database([process_file(p) for p in bundled_files], root / "bundled.db")
    user_src = root / "mine"
    write(user_src, "bangladesh_turkey_bn.txt", BN_TURKEY)
    write(user_src, "japan_bangladesh_bn.txt", BN_JAPAN)
    write(user_src, "nepal_bhutan_hi.txt", HI_BHUTAN)
    user = root / "user-corpus.db"
    result = import_documents([user_src], user, bundled_db=bundled)
    assert [a.file for a in result.added] == ["bangladesh_turkey_bn.txt", "japan_bangladesh_bn.txt",
                                              "nepal_bhutan_hi.txt"]
    assert all(a.pairs for a in result.added)
    return bundled, user


@pytest.fixture
def conn(corpus):
    c = open_corpus(*corpus)
    yield c
    c.close()


def files(hits) -> set[str]:
    return {h.file for h in hits}


def marked(hit) -> list[str]:
    return [hit.snippet[s:e] for s, e in hit.highlights]


def test_hits_carry_their_place_and_the_sentence_text(conn, corpus):
    hits = search(conn, "দূতাবাস")
    assert hits
    for h in hits:
        assert h.document_id > USER_ID_BASE and h.origin == "user"
        text = document_text(conn, h.document_id)
        assert text[h.start:h.end] == h.sentence
        assert h.pair == ("BD", "TR")
        assert h.lang == "bn"


def test_bengali_base_form_finds_inflected_forms_and_marks_the_whole_word(conn):
    hits = search(conn, "দূতাবাস")
    words = sorted(w for h in hits for w in marked(h))
    assert words == ["দূতাবাসটিই", "দূতাবাসে"]


def test_a_query_word_must_start_a_word_not_sit_inside_one(conn):
    # "বাস" is inside দূতাবাস but starts no word of the corpus.
    assert search(conn, "বাস") == []


def test_all_words_must_match(conn):
    both = search(conn, "দূতাবাস সংবর্ধনা")
    assert len(both) == 1 and "সংবর্ধনায়" in both[0].sentence
    assert search(conn, "দূতাবাস Kathmandu") == []


@pytest.mark.parametrize("query", ["फरवरी", "फ़रवरी", "ज्यादा", "ज़्यादा"])
def test_hindi_matches_with_or_without_nukta(conn, query):
    hits = search(conn, query)
    assert files(hits) == {"nepal_bhutan_hi.txt"}
    # The snippet shows the document's own spelling, whichever the query used.
    assert marked(hits[0])[0] in ("फ़रवरी", "ज़्यादा")


def test_nukta_typed_as_one_precomposed_character_still_matches(conn):
    assert files(search(conn, "\u095bरूरी")) == {"nepal_bhutan_hi.txt"}      # ज़ as U+095B


def test_bengali_digits_find_ascii_digits_and_the_reverse(conn):
    assert files(search(conn, "১৯৯২")) == {"japan_bangladesh_en.txt", "japan_bangladesh_bn.txt"}
    assert files(search(conn, "1992")) == {"japan_bangladesh_en.txt", "japan_bangladesh_bn.txt"}
    assert files(search(conn, "1974")) == {"bangladesh_turkey_bn.txt"}
    en = next(h for h in search(conn, "১৯৯২") if h.lang == "en")
    assert marked(en) == ["1992"]


def test_devanagari_digits_match_too(conn):
    assert files(search(conn, "1983")) == {"bhutan_nepal_en.txt", "nepal_bhutan_hi.txt"}
    assert files(search(conn, "१९८३")) == files(search(conn, "১৯৮৩")) == files(search(conn, "1983"))


def test_english_country_name_finds_bengali_sentences(conn):
    hits = search(conn, "Turkey")
    assert files(hits) == {"bangladesh_turkey_bn.txt"}
    assert not any("turkey" in search_fold(h.sentence) for h in hits)
    # The Bengali name of the country is what gets highlighted.
    assert all(any(w.startswith("তুরস্ক") for w in marked(h)) for h in hits)


def test_bengali_country_name_finds_english_sentences(conn):
    hits = search(conn, "জাপান")
    assert {"japan_bangladesh_en.txt", "japan_bangladesh_bn.txt"} <= files(hits)
    english = [h for h in hits if h.lang == "en"]
    # Name, demonym and capital all count as naming the country.
    assert {w for h in english for w in marked(h)} == {"Japan", "Japanese", "Tokyo"}


def test_hindi_country_name_finds_english_and_hindi_sentences(conn):
    assert files(search(conn, "भूटान")) == {"bhutan_nepal_en.txt", "nepal_bhutan_hi.txt"}


def test_demonym_and_capital_expand_to_the_country(conn):
    assert "bangladesh_turkey_bn.txt" in files(search(conn, "Turkish"))
    assert "bhutan_nepal_en.txt" in files(search(conn, "काठमांडू"))


def test_country_word_combined_with_another_word(conn):
    hits = search(conn, "Turkey দূতাবাস")
    assert hits and files(hits) == {"bangladesh_turkey_bn.txt"}
    assert all("দূতাবাস" in h.sentence for h in hits)


def test_results_merge_both_databases_by_rank_deterministically(conn):
    hits = search(conn, "Bangladesh")
    assert {h.origin for h in hits} == {"bundled", "user"}
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)
    assert hits == search(conn, "Bangladesh")
    assert len(search(conn, "Bangladesh", limit=2)) == 2
    assert search(conn, "Bangladesh", limit=0) == []


def test_bundled_database_alone(corpus):
    c = open_corpus(corpus[0])
    try:
        assert files(search(c, "Turkey")) == set()
        assert files(search(c, "1992")) == {"japan_bangladesh_en.txt"}
    finally:
        c.close()


HOSTILE = ['"', "AND", "*", "(", ")", "-", "NEAR(", "a:b", "", "   ", "OR OR", "NOT", "^", '""',
           "body:", "countries:TR", "{body}", "'", "NEAR(a b, 2)", '"unterminated', "a AND OR NOT b",
           "\u200d", "\x00", "।", "—", "*Japan*", "-Japan", "^Japan", "Japan:", "(Japan", "日本"]


@pytest.mark.parametrize("query", HOSTILE)
def test_anything_typed_is_text_and_never_raises(conn, query):
    hits = search(conn, query)
    assert isinstance(hits, list)


@pytest.mark.parametrize("query", ['"Japan', "Japan*", "(Japan)", "-Japan", "Japan:", "^Japan", "Japan)"])
def test_operators_around_a_word_are_ignored(conn, query):
    assert [h.sentence_id for h in search(conn, query)] == [h.sentence_id for h in search(conn, "Japan")]
    assert search(conn, query)


def test_operator_words_are_plain_words(conn):
    # "and" is an ordinary word of the English texts, not an FTS operator.
    hits = search(conn, "AND")
    assert hits and all(h.lang == "en" for h in hits)
    assert search(conn, "") == search(conn, "  ") == search(conn, '"') == []


def test_parse_query_quotes_every_token():
    q = parse_query('xy" OR body:"yz')
    assert q.expression == '(body:"xy"*) AND (body:"or"*) AND (body:"body"*) AND (body:"yz"*)'
    assert parse_query("*()-").expression is None


def test_country_words_and_single_letters_are_matched_whole():
    assert parse_query("Turkey").expression == '((body:"turkey") OR countries:"TR")'
    assert parse_query("তুরস্কের দূতাবাস").expression == (
        '((body:"তুরস্কের") OR countries:"TR") AND (body:"দূতাবাস"*)')
    assert parse_query("t").expression == '(body:"t")'


def test_a_single_letter_highlights_only_that_word(conn):
    hits = search(conn, "a")
    assert hits and all(h.lang == "en" for h in hits)
    assert {w.lower() for h in hits for w in marked(h)} == {"a"}


def test_a_query_matching_more_than_the_rank_window_is_ranked_within_it(conn, monkeypatch):
    everything = search(conn, "Bangladesh", limit=1000)
    monkeypatch.setattr(search_module, "RANK_WINDOW", 2)
    windowed = search(conn, "Bangladesh", limit=3)
    assert len(everything) > 6 and len(windowed) == 3
    assert {h.sentence_id for h in windowed} <= {h.sentence_id for h in everything}
    assert [h.rank for h in windowed] == sorted(h.rank for h in windowed)
    # The window is the first matches in index order of each database.
    per_db = {"bundled": sorted(h.sentence_id for h in everything if h.origin == "bundled")[:3],
              "user": sorted(h.sentence_id for h in everything if h.origin == "user")[:3]}
    assert all(h.sentence_id in per_db[h.origin] for h in windowed)


def test_indic_words_fold_the_same_beside_an_accented_latin_word():
    assert fts_tokens("সম্পর্ক (Türkiye)")[0] == fts_tokens("সম্পর্ক")[0]


def test_long_sentence_is_trimmed_around_the_match(conn):
    hit = search(conn, "multilateral")[0]
    assert len(hit.sentence) > 250
    assert hit.snippet.startswith("…") and len(hit.snippet) <= 202
    assert marked(hit) == ["multilateral"]
    assert hit.snippet.endswith(hit.sentence[-20:])


def test_snippet_of_a_short_sentence_is_the_sentence():
    text = "Nepal and Bhutan met\nin 2003."
    snippet, spans = make_snippet(text, [(0, 5), (21, 23)])
    assert snippet == "Nepal and Bhutan met in 2003."
    assert [snippet[s:e] for s, e in spans] == ["Nepal", "in"]


def test_snippet_cut_at_both_ends_keeps_highlights_on_the_words():
    words = [f"w{i:03d}" for i in range(100)]
    text = " ".join(words)
    at = text.index("w050")
    snippet, spans = make_snippet(text, [(at, at + 4)])
    assert snippet.startswith("…") and snippet.endswith("…")
    assert [snippet[s:e] for s, e in spans] == ["w050"]
    assert all(w in words for w in snippet.strip("…").split())


def test_cli_search_json(corpus, capsys):
    bundled, _ = corpus
    assert main(["corpus", "search", "১৯৯২", "--db", str(bundled), "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 1
    hit = hits[0]
    assert hit["file"] == "japan_bangladesh_en.txt" and hit["lang"] == "en"
    assert hit["pair"] == ["BD", "JP"]
    assert EN_JAPAN[hit["start"]:hit["end"]] == hit["snippet"]
    s, e = hit["highlights"][0]
    assert hit["snippet"][s:e] == "1992"


def test_cli_search_text_and_hostile_query(corpus, capsys):
    bundled, _ = corpus
    assert main(["corpus", "search", "Nepal", "--db", str(bundled), "--limit", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(line.startswith("bhutan_nepal_en.txt:") for line in lines)
    assert main(["corpus", "search", 'NEAR("', "--db", str(bundled), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


HI_FORMS = """नेपाल–बांग्लादेश संबंध

मार्च 2021 में नेपाल और बांग्लादेश ने बिजली व्यापार पर एक समझौते पर हस्ताक्षर किए। इन समझौतों से दोनों देशों का \
व्यापार बढ़ा।

2019 में दोनों देशों के मंत्रियों ने काठमांडू में मुलाकात की। नेपाल के प्रधानमंत्री के ढाका दौरे के दौरान एक \
समझौता हुआ।
"""


@pytest.fixture(scope="module")
def hindi_forms(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("forms")
    db = build_database([process_file(write(root, "np_bd_hi.txt", HI_FORMS))], root / "forms.db")
    c = open_corpus(db)
    yield c
    c.close()


@pytest.mark.parametrize(("query", "forms"), [
    ("समझौता", {"समझौते", "समझौतों", "समझौता"}),        # direct, oblique, oblique plural
    ("दौरा", {"दौरे"}),
    ("मंत्री", {"मंत्रियों"}),                              # -ī: the plural's stem is -i
])
def test_a_hindi_word_finds_its_oblique_and_plural_forms(hindi_forms, query, forms):
    """Hindi changes a word's last vowel where Bengali adds to it: समझौता (an agreement), एक
    समझौते पर (on an agreement), समझौतों से (by agreements). The word as a person types it, in
    its dictionary form, finds them all and marks them whole."""
    hits = search(hindi_forms, query)
    assert forms <= {w for h in hits for w in marked(h)}
    assert not {w for h in hits for w in marked(h)} & {"बढ़ा", "मुलाकात", "व्यापार"}
