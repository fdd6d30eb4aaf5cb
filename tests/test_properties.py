"""Property: arbitrary Unicode never makes the pipeline raise, and offsets stay inside the text."""

from __future__ import annotations

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relations_desktop.corpus.countries import find_mentions
from relations_desktop.corpus.dates import find_dates
from relations_desktop.corpus.pipeline import process_text
from relations_desktop.corpus.reader import RawDocument

# Mix of scripts and the punctuation the pipeline cares about, plus anything at all.
ALPHABET = st.one_of(
    st.characters(min_codepoint=0x0980, max_codepoint=0x09FF),
    st.characters(min_codepoint=0x0900, max_codepoint=0x097F),
    st.sampled_from(list("abcXYZ .,;:!?।॥'=[]()-–\n\r\t0123456789$%")),
    st.characters(),
)
WORDS = st.sampled_from(["Nepal", "ভারতের", "नेपाल", "১৯৯১ সালের ১৬ ডিসেম্বর", "2 February 1992", "US$",
                         "Retrieved 2010-10-21", "  1. ", "==তথ্যসূত্র==", "relations", "সম্পর্ক", "संबंध",
                         "from 1992 to 1993", "बुधवार", "Foreign relations of Bhutan\n\n"])
TEXTS = st.lists(st.one_of(st.text(ALPHABET, max_size=40), WORDS), max_size=40).map(" ".join)


def raw(text: str) -> RawDocument:
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return RawDocument(file="x.txt", path="x.txt", sha256=digest, encoding="utf-8", text=text, size=len(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_pipeline_never_raises_and_offsets_stay_inside(text):
    doc = process_text(raw(text))
    n = len(text)
    for b in doc.blocks:
        assert 0 <= b.start <= b.end <= n
    for spans in doc.sentences.values():
        for s, e in spans:
            assert 0 <= s < e <= n
    for m in doc.mentions:
        assert 0 <= m.start < m.end <= n and text[m.start:m.end] == m.text
    for e in doc.events:
        assert 0 <= e.start < e.end <= n
        if e.cue_start is not None:
            assert e.start <= e.cue_start < e.cue_end <= e.end
        assert e.pair[0] < e.pair[1]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_taggers_keep_offsets(text):
    for d in find_dates(text):
        assert 0 <= d.start < d.end <= len(text)
    for m in find_mentions(text):
        assert text[m.start:m.end] == m.text


@given(st.text(alphabet=st.sampled_from("০১২৩৪৫৬৭৮৯०१२३४५६७८९0123456789 aকख\u09bc,")))
def test_digit_folding_maps_each_indic_digit_and_nothing_else(text):
    from relations_desktop.digits import fold_digits
    table = str.maketrans("০১২৩৪৫৬৭৮৯०१२३४५६७८९", "0123456789" * 2)
    assert fold_digits(text) == text.translate(table)


@given(st.text(ALPHABET))
def test_indic_letters_are_counted_as_a_character_class_counts_them(text):
    import re

    from relations_desktop.corpus.formats.legacy import _indic_count
    assert _indic_count(text) == len(re.findall("[\u0900-\u09ff]", text))
