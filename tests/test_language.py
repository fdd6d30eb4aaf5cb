"""Language detection from the text itself."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relations_desktop.corpus.language import detect_language, script_counts


@pytest.mark.parametrize("text, lang", [
    ("নেপাল ও বাংলাদেশের মধ্যে কূটনৈতিক সম্পর্ক ১৯৭২ সালে স্থাপিত হয়।", "bn"),
    ("भारत और नेपाल के बीच राजनयिक संबंध 1947 में स्थापित हुए थे। दोनों देशों की सीमा खुली है।", "hi"),
    ("Relations between Nepal and Bhutan were established in 1983 and are friendly.", "en"),
    ("Les relations entre la France et le Maroc sont anciennes et étroites depuis des siècles.", "und"),
    ("नेपाल र भारतबीच कूटनीतिक सम्बन्ध छ र दुई देशबीच खुला सिमाना छ। यो सम्बन्ध पुरानो हो।", "und"),
    ("12345 !!! ...", "und"),
])
def test_detects_language(text, lang):
    assert detect_language(text) == lang


MIXED = ("বাংলাদেশ – মিয়ানমার সম্পর্ক\nমূল তথ্য\nস্বীকৃতি ১৩ জানুয়ারি ১৯৭২\n"
         "Myanmar recognised Bangladesh on 13 January 1972 and the two countries signed an agreement on "
         "refugees in 2017.")


def test_a_declared_language_decides_a_text_of_two_scripts():
    """A Bengali summary quoting English sentences has more Latin letters than Bengali ones: the
    file's own tag (a PDF's /Lang) decides, where its script is at least a third of the letters."""
    counts = script_counts(MIXED)
    assert counts["latin"] > counts["bn"] >= sum(counts.values()) / 3
    assert detect_language(MIXED) == "en"
    assert detect_language(MIXED, "bn") == "bn"
    assert detect_language(MIXED, "en") == "en"
    # a tag its text does not bear out is not taken: an English text tagged Bengali stays English
    english = "Relations between Nepal and Bhutan were established in 1983 and are friendly. নেপাল"
    assert detect_language(english, "bn") == "en"
    assert detect_language("नेपाल र भारतबीच कूटनीतिक सम्बन्ध छ।", "fr") == "und"


def test_file_name_does_not_matter(tmp_path):
    from relations_desktop.corpus.reader import read_document
    p = tmp_path / "english_article_en.txt"
    p.write_text("ভুটান ও বাংলাদেশের মধ্যে দ্বিপাক্ষিক সম্পর্ক রয়েছে।", encoding="utf-8")
    assert detect_language(read_document(p).text) == "bn"



def _counted(text):
    return {"bn": sum("\u0980" <= ch <= "\u09ff" for ch in text),
            "deva": sum("\u0900" <= ch <= "\u097f" for ch in text),
            "latin": sum(ch.isascii() and ch.isalpha() for ch in text)}


def test_script_counts_count_every_code_point_of_each_script():
    every = "".join(chr(c) for c in range(0x3000) if not 0xD800 <= c < 0xE000) + "\U0001f600\ufffd"
    assert script_counts(every) == _counted(every) == {"bn": 128, "deva": 128, "latin": 52}


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_script_counts_of_any_text_equal_a_count_of_characters(text):
    assert script_counts(text) == _counted(text)
