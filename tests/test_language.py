"""Language detection from the text itself."""

from __future__ import annotations

import pytest

from relations_desktop.corpus.language import detect_language


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


def test_file_name_does_not_matter(tmp_path):
    from relations_desktop.corpus.reader import read_document
    p = tmp_path / "english_article_en.txt"
    p.write_text("ভুটান ও বাংলাদেশের মধ্যে দ্বিপাক্ষিক সম্পর্ক রয়েছে।", encoding="utf-8")
    assert detect_language(read_document(p).text) == "bn"
