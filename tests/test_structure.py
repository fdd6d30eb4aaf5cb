"""Structure without losing offsets: headings, hatnotes, footers, residue, reference lists."""

from __future__ import annotations

from relations_desktop.corpus.sentences import split_sentences
from relations_desktop.corpus.structure import CITATION, FOOTER, HATNOTE, HEADING, PARA, RESIDUE, analyse

WIKI = ("সম্পর্ক''', নেপাল এবং ভুটান এর মধ্যকার দ্বিপাক্ষিক সম্পর্ককে বোঝায়। দুই দেশের সম্পর্ক বন্ধুত্বপূর্ণ। "
        "==ইতিহাস== ১৯৮৩ সালে দুই দেশের মধ্যে কূটনৈতিক সম্পর্ক স্থাপিত হয়। "
        "== তথ্যসূত্র == দ্বিপাক্ষিক সম্পর্ক দ্বিপাক্ষিক সম্পর্ক")

PLAIN = """Foreign relations of Nepal

Nepal has friendly relations with its neighbours.[1]

Main article: Nepal–Bhutan relations

Relations began in 1983.[2]

Mongolia

Nepal and Mongolia established relations in 1961.

See also

  1. "Nepal and its neighbours". Kathmandu Post. Retrieved 3 May 2015.
  2. "Bhutan ties". (2008-05-01). Retrieved on 2010-10-21.
  3. Archived June 11, 2009, at the Wayback Machine.

This article is issued from Wikipedia - version of the 10/03/2016. The text is available under the \
Creative Commons Attribution/Share Alike.
"""


def kinds(text):
    st = analyse(text)
    return st, [(b.kind, text[b.start:b.end]) for b in st.blocks]


def test_wiki_fragment_with_cut_title():
    st, blocks = kinds(WIKI)
    assert WIKI[st.title[0]:st.title[1]] == "সম্পর্ক"
    assert blocks[0][0] == PARA and blocks[0][1].startswith("নেপাল এবং ভুটান")
    assert (HEADING, "==ইতিহাস==") in blocks
    assert blocks[-2] == (HEADING, "== তথ্যসূত্র ==")
    assert blocks[-1][0] == RESIDUE          # category residue is not body text


def test_plain_text_page():
    st, blocks = kinds(PLAIN)
    got = [k for k, _ in blocks]
    assert got[0] == "title"
    assert (HATNOTE, "Main article: Nepal–Bhutan relations") in blocks
    assert (HEADING, "Mongolia") in blocks
    cites = [b for b in st.blocks if b.kind == CITATION]
    assert [c.number for c in cites] == [1, 2, 3]
    assert got[-1] == FOOTER
    # every block is an exact slice of the original
    for b in st.blocks:
        assert PLAIN[b.start:b.end].strip() == PLAIN[b.start:b.end]


def test_offsets_survive_crlf():
    text = PLAIN.replace("\n", "\r\n")
    st = analyse(text)
    para = next(b for b in st.blocks if b.kind == PARA)
    assert text[para.start:para.end] == "Nepal has friendly relations with its neighbours.[1]"


def test_sentences_keep_abbreviations_and_decimals_together():
    text = ("Dr. A. K. Sharma met U.S. officials in Washington, D.C. on Monday. Trade grew 5.5 percent. "
            "বাণিজ্য ৫.৫ বিলিয়ন ডলার ছিল। ড. রহমান সফর করেন।দ্বিতীয় বাক্য। क्या यह सच है? हाँ॥")
    spans = split_sentences(text, 0, len(text))
    got = [text[s:e] for s, e in spans]
    assert got == [
        "Dr. A. K. Sharma met U.S. officials in Washington, D.C. on Monday.",
        "Trade grew 5.5 percent.",
        "বাণিজ্য ৫.৫ বিলিয়ন ডলার ছিল।",
        "ড. রহমান সফর করেন।",
        "দ্বিতীয় বাক্য।",
        "क्या यह सच है?",
        "हाँ॥",
    ]


def test_footnote_markers_stay_with_their_sentence():
    text = "Relations began in 1983.[2][3] Trade grew."
    got = [text[s:e] for s, e in split_sentences(text, 0, len(text))]
    assert got == ["Relations began in 1983.[2][3]", "Trade grew."]
