"""Structure without losing offsets: headings, hatnotes, footers, residue, reference lists."""

from __future__ import annotations

import pytest

from relations_desktop.corpus.document import LayoutSpan
from relations_desktop.corpus.sentences import split_sentences
from relations_desktop.corpus.structure import (
    CITATION,
    FOOTER,
    HATNOTE,
    HEADING,
    LIST_ITEM,
    NAV,
    PARA,
    RESIDUE,
    TABLE_ROW,
    TITLE,
    analyse,
)

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


def test_joined_indic_initials_stay_with_their_name():
    text = "বৈঠকে এ.কে. আলম উপস্থিত ছিলেন। ढाका में जे.पी. वर्मा और एस.के. राय ने भाग लिया। अगला वाक्य।"
    got = [text[s:e] for s, e in split_sentences(text, 0, len(text))]
    assert got == ["বৈঠকে এ.কে. আলম উপস্থিত ছিলেন।", "ढाका में जे.पी. वर्मा और एस.के. राय ने भाग लिया।",
                   "अगला वाक्य।"]


def test_a_full_stop_after_a_short_final_verb_ends_an_indic_sentence():
    text = ("समझौता 2015 में हुआ था. इसके बाद डॉ. वर्मा ने यात्रा की. दोनों देश सहमत हैं. "
            "চুক্তিটি ২০১৫ সালে সই হয়. এরপর ড. আলম সফর করেন.")
    got = [text[s:e] for s, e in split_sentences(text, 0, len(text))]
    assert got == ["समझौता 2015 में हुआ था.", "इसके बाद डॉ. वर्मा ने यात्रा की.", "दोनों देश सहमत हैं.",
                   "চুক্তিটি ২০১৫ সালে সই হয়.", "এরপর ড. আলম সফর করেন."]


def test_a_question_its_choices_and_its_answer_are_one_paragraph_and_no_heading():
    text = ("Q1. Which country first recognised Slovakia?\n(a) Hungary (b) Czechia (c) Austria\n"
            "Answer: (b) Czechia\nExplanation: Czechia recognised it on 1 January 1993.\n\n"
            "প্রশ্ন ২. চুক্তিটি কে সই করে:\nক) পেরু খ) চিলি গ) বলিভিয়া\nউত্তর: খ) চিলি\n")
    st = analyse(text)
    got = [(b.kind, text[b.start:b.end].split("\n")[0]) for b in st.blocks]
    assert got == [(PARA, "Q1. Which country first recognised Slovakia?"),
                   (PARA, "Explanation: Czechia recognised it on 1 January 1993."),
                   (PARA, "প্রশ্ন ২. চুক্তিটি কে সই করে:")]
    assert text[st.blocks[0].start:st.blocks[0].end].endswith("Answer: (b) Czechia")
    assert text[st.blocks[2].start:st.blocks[2].end].endswith("উত্তর: খ) চিলি")


def test_a_pages_tags_and_categories_are_navigation():
    text = ("A page\n\nTags: India, Nepal, 2021\nटैग: करंट अफेयर्स 2021 | कुल दृश्य: 1,208\nবিষয়শ্রেণী: বাংলাদেশ, ২০২১\n"
            "A line of text.\n")
    assert [b.kind for b in analyse(text).blocks] == [TITLE, NAV, NAV, NAV, PARA]


def test_a_long_headline_is_the_title_and_related_articles_are_navigation():
    text = ("(LEAD) Chile, Peru sign $5.8 bln deal for ships, aircraft and training\n\n"
            "LIMA, Aug. 27 (Wire) -- Chile and Peru signed a deal on Friday.\n\n"
            "Related articles: Peru buys ships | Chile wins order\n")
    st = analyse(text)
    assert [b.kind for b in st.blocks] == [TITLE, PARA, NAV]


def test_footnote_markers_stay_with_their_sentence():
    text = "Relations began in 1983.[2][3] Trade grew."
    got = [text[s:e] for s, e in split_sentences(text, 0, len(text))]
    assert got == ["Relations began in 1983.[2][3]", "Trade grew."]


def test_table_rows_and_list_items_are_units_with_labels():
    text = ("Recognitions\n\nCountry | Date\n---|---\n![](flag.png) Kenya | 12 March 1964 |\n"
            "- Nepal: relations began in 1960.\n- Ghana – embassy opened in 1972.\n"
            "- A note without a lead-in, longer than any label would be.\n"
            "নয়াদিল্লি, ১২ মার্চ (বাসস)| দুই দেশের মন্ত্রীরা আজ দিল্লিতে বৈঠক করেন এবং "
            "একাধিক বিষয়ে দীর্ঘ আলোচনা করেন বলে জানা গেছে।\n")
    st = analyse(text)
    rows = [b for b in st.blocks if b.kind == TABLE_ROW]
    assert [text[b.label[0]:b.label[1]] for b in rows] == ["Country", "Kenya"]
    assert any(b.kind == RESIDUE and text[b.start:b.end] == "---|---" for b in st.blocks)
    items = [b for b in st.blocks if b.kind == LIST_ITEM]
    assert [text[b.label[0]:b.label[1]] if b.label else None for b in items] == ["Nepal", "Ghana", None]
    # a "|" standing for a danda after a dateline does not make a table
    assert st.blocks[-1].kind == PARA


def test_a_row_that_bars_open_and_close_is_a_table_row_however_long_its_cells():
    text = ("| Country | Relations began | Notes |\n"
            "| Ghana | 17 July 1964 | Both countries signed a treaty of friendship, trade and cultural "
            "cooperation in 1996, and the Ghanaian president made an official visit to Nairobi in 2019. |\n"
            "দুই দেশের মন্ত্রীরা আজ দিল্লিতে বৈঠক করেন এবং একাধিক বিষয়ে দীর্ঘ আলোচনা করেন বলে জানা গেছে এবং আরও "
            "অনেক কিছু হয় | তারপর তাঁরা ফিরে যান বলে জানা গেছে এবং সেদিন আরও অনেক আলোচনা হয় |\n")
    st = analyse(text)
    assert [b.kind for b in st.blocks] == [TABLE_ROW, TABLE_ROW, PARA]


@pytest.mark.parametrize("text", [
    "Ghana and Togo signed a treaty in 1998.\n\nAlso read:\nFlood warning for the coast, 14 March from 2 pm\n"
    "Cup final: tickets on sale from 2 May 2025\n\nThe two leaders met again in 2001.\n",
    "ঘানা ও টোগো ১৯৯৮ সালে চুক্তি সই করে।\n\nআরও পড়ুন:\nউপকূলে বন্যা সতর্কতা, ১৪ মার্চ দুপুর থেকে\n"
    "ফাইনালের টিকিট বিক্রি শুরু ২ মে ২০২৫\n\n২০০১ সালে দুই নেতা আবার মিলিত হন।\n",
    "घाना और टोगो ने 1998 में संधि की।\n\nये भी पढ़ें:\nतट पर बाढ़ की चेतावनी, 14 मार्च दोपहर से\n"
    "फ़ाइनल के टिकट 2 मई 2025 से बिक्री पर\n\n2001 में दोनों नेता फिर मिले।\n",
])
def test_the_links_listed_under_an_also_read_line_are_navigation(text):
    st = analyse(text)
    assert [b.kind for b in st.blocks] == [PARA, NAV, NAV, NAV, PARA]


def test_a_blogs_archive_list_is_navigation():
    text = "Ghana and Togo signed a treaty in 1998.\n\nArchives\nMay 2023 (2)\nমার্চ ২০২১ (৩)\nफ़रवरी 2021 (5)\n"
    st = analyse(text)
    assert [b.kind for b in st.blocks][-3:] == [NAV, NAV, NAV]


@pytest.mark.parametrize("stamp", [" date 2024-11-02 ", " date 2024-11-02 bn", "date 2024-11-02 hi-IN"])
def test_a_crawlers_stamp_above_the_title_is_no_title(stamp):
    text = (f"{stamp}\nGhana–Togo relations\nFrom Wikipedia, the free encyclopedia\n\n"
            "Ghana and Togo signed a treaty in 1998.\n")
    st = analyse(text)
    assert st.title is not None and text[st.title[0]:st.title[1]] == "Ghana–Togo relations"


def test_layout_spans_decide_the_blocks():
    text = ("Kenya–Tanzania relations\nHistory\nThe two states signed a treaty in 1964.\n"
            "Tanzania | 1964\nUganda\nReferences\n1. A book. Retrieved 2010.\n")
    lines, pos = [], 0
    for line in text.splitlines(keepends=True):
        lines.append((pos, pos + len(line.rstrip("\n"))))
        pos += len(line)
    kinds_ = ["title", "heading", "para", "table_row", "list_item", "heading", "para"]
    layout = [LayoutSpan(k, s, e, level=2 if k == "heading" else 0) for k, (s, e) in zip(kinds_, lines, strict=True)]
    st = analyse(text, layout)
    assert [b.kind for b in st.blocks] == [TITLE, HEADING, PARA, TABLE_ROW, LIST_ITEM, HEADING, CITATION]
    assert text[st.title[0]:st.title[1]] == "Kenya–Tanzania relations"
    row = st.blocks[3]
    assert text[row.label[0]:row.label[1]] == "Tanzania"
    assert st.blocks[1].level == 2
    assert st.blocks[-1].number == 1          # a paragraph under References is a citation


def test_text_between_layout_spans_is_read_as_plain_text():
    text = "Intro line that the reader did not mark up, long enough to be a paragraph of text.\nHeading\nBody."
    body = text.index("Body.")
    st = analyse(text, [LayoutSpan("para", body, body + 5)])
    assert [b.kind for b in st.blocks][-1] == PARA
    assert text[st.blocks[-1].start:st.blocks[-1].end] == "Body."
    assert st.blocks[0].kind in (TITLE, PARA)


def test_a_text_broken_one_word_per_line_is_one_paragraph():
    words = ["Kenya", "and", "Uganda", "signed", "a", "border", "treaty", "in", "1970", "at", "Kampala", "."]
    text = "Kenya–Uganda relations\n\nThey are neighbours with a long shared history of trade.\n" + "\n".join(words)
    st = analyse(text)
    assert st.blocks[-1].kind == PARA
    assert text[st.blocks[-1].start:st.blocks[-1].end] == "\n".join(words)


# ----- page furniture: reference lists in the "↑" style, access notes, file links, "read also"


def _kinds_of(text: str) -> dict[str, str]:
    st = analyse(text)
    return {text[b.start:b.end]: b.kind for b in st.blocks}


def test_back_link_references_and_their_split_tails_are_citations():
    text = ("Ghana and Togo signed a border treaty in 1998.\n"
            "↑ Mensah, K. (2009). \"West African borders\". Accra Press. Retrieved 4 June 2016.\n"
            "↑ \"Togo treaty\". Daily Graphic.\n"
            "Daily Graphic. 11 March 2014.\n"
            "↑ মিয়া, র. (২০১০)। \"সীমান্ত\"। ঢাকা: পাঠক। সংগ্রহের তারিখ ৯ জুলাই ২০১৯।\n"
            "২ এপ্রিল ২০০৫।\n"
            "↑ \"सीमा समझौता\". जनवाणी. अभिगमन तिथि 7 जून 2022.\n"
            "जनवाणी. 14 फ़रवरी 2017.\n")
    kinds = _kinds_of(text)
    assert kinds["Ghana and Togo signed a border treaty in 1998."] == PARA
    for line in text.splitlines()[1:]:
        assert kinds[line] == CITATION, line


def test_access_and_archive_notes_are_citations_wherever_they_stand():
    for line in ("Archived from the original on 12 March 2018.", "২০১৭-০৩-০৯ তারিখে মূল থেকে আর্কাইভ করা।",
                 "मूल से 9 मार्च 2017 को पुरालेखित.", "Retrieved 3 May 2015."):
        text = f"Ghana and Togo met in 2001.\n{line}\nThey signed a pact in 2002."
        assert _kinds_of(text)[line] == CITATION, line


def test_a_short_line_after_prose_is_not_taken_for_a_reference():
    text = "Ghana and Togo met in 2001.\nThe pact of 2002.\n"
    assert _kinds_of(text)["The pact of 2002."] != CITATION


@pytest.mark.parametrize("line", [
    "भारत ने 1961 में गोवा को पुनः प्राप्त किया और यह शब्द संस्कृत मूल से आया है।",
    "নেপাল ও ভুটানের চুক্তির মূল কপি ১৯৯৮ সাল থেকে জাতীয় আর্কাইভে রাখা আছে।",
    "Ghana retrieved its envoy in 2001 and the treaty archives opened in 2003.",
])
def test_prose_using_words_of_access_notes_stays_prose(line):
    assert _kinds_of(f"Ghana and Togo met in 2001.\n{line}\n")[line] == PARA


def test_file_links_are_residue_and_read_also_lines_are_navigation():
    text = ("Ghana and Togo met in 2001. [[File:Lome port.jpg|thumb|The port of Lomé, rebuilt in 1996]] "
            "They met again.\n"
            "[[চিত্র:Dhaka port.jpg|থাম্ব|চট্টগ্রাম বন্দর, ২০১০]]\n"
            "[[चित्र:Port.jpg|अंगूठाकार|बंदरगाह, 2012]]\n"
            "Also read: Ghana and Togo sign a trade pact in 2019\n"
            "আরও পড়ুন: নেপাল ও ভুটানের বাণিজ্য চুক্তি ২০২০\n"
            "यह भी पढ़ें: नेपाल और भूटान का समझौता 2021 में\n")
    kinds = _kinds_of(text)
    assert kinds["[[File:Lome port.jpg|thumb|The port of Lomé, rebuilt in 1996]]"] == RESIDUE
    assert kinds["Ghana and Togo met in 2001."] == PARA and kinds["They met again."] == PARA
    assert kinds["[[চিত্র:Dhaka port.jpg|থাম্ব|চট্টগ্রাম বন্দর, ২০১০]]"] == RESIDUE
    assert kinds["[[चित्र:Port.jpg|अंगूठाकार|बंदरगाह, 2012]]"] == RESIDUE
    for line in text.splitlines()[3:]:
        assert kinds[line] == NAV, line


@pytest.mark.parametrize("heading", ["Related news", "More stories", "সম্পর্কিত খবর", "এ সম্পর্কিত আরও খবর",
                                     "संबंधित खबरें", "संबंधित ख़बरें:", "और खबरें"])
def test_a_related_stories_heading_lists_links_up_to_a_blank_line(heading):
    links = ("Nepal and Bhutan sign a trade pact | 10 September 2023\n"
             "নেপাল ও ভুটানের বাণিজ্য চুক্তি | ১০ সেপ্টেম্বর ২০২৩\n"
             "नेपाल और भूटान का समझौता | 10 सितंबर 2023\n")
    text = f"Ghana and Togo met in 2001.\n\n{heading}\n{links}\nGhana and Togo met again in 2003.\n"
    kinds = _kinds_of(text)
    assert kinds[heading] == NAV
    for line in links.splitlines():
        assert kinds[line] == NAV, line
    assert kinds["Ghana and Togo met again in 2003."] == PARA


@pytest.mark.parametrize("title", ["Ghana–Africa relations: facts (Part 3)", "घाना–अफ्रीका संबंध: तथ्य (भाग-3)",
                                   "ঘানা–আফ্রিকা সম্পর্ক: তথ্য (পর্ব ৩)"])
def test_a_series_parts_number_closes_a_title_and_its_next_part_is_a_link(title):
    links = ["Next part: Ghana–East Africa relations »", "अगला भाग: घाना–पूर्वी अफ्रीका संबंध »",
             "পরবর্তী পর্ব: ঘানা–পূর্ব আফ্রিকা সম্পর্ক »", "Previous article: Togo notes"]
    text = f"{title}\n\nGhana and Togo met in 2001.\n\n" + "\n".join(links) + "\n"
    kinds = _kinds_of(text)
    assert kinds[title] == TITLE
    assert [kinds[line] for line in links] == [NAV] * len(links)
    # a dateline's agency in brackets still closes no title of its own
    assert _kinds_of("ACCRA, 14 March (Reuters)\n\nGhana and Togo met.\n")["ACCRA, 14 March (Reuters)"] != TITLE


def test_last_edited_lines_are_footers():
    for line in ("अन्तिम परिवर्तन 09:15, 3 मार्च 2025।", "সর্বশেষ সম্পাদনা ১০:২০, ৫ মে ২০২৪",
                 "This page was last edited on 5 May 2024, at 10:20.",
                 "यह पृष्ठ अंतिम बार 3 मार्च 2025 को 09:15 बजे सम्पादित किया गया था।",
                 "এই পাতাটি সর্বশেষ ৫ মে ২০২৪ তারিখে ১০:২০টার সময় সম্পাদিত হয়েছিল।"):
        assert _kinds_of(f"Ghana and Togo met in 2001.\n{line}\n")[line] == FOOTER, line


@pytest.mark.parametrize("text", [
    "Notes\n\nSome facts follow.\n\n1. Serbia\n• In 2017 its prime minister came.\n\n2. Montenegro\n"
    "• It opened a mission.\n",
    "नोट्स\n\nकुछ तथ्य।\n\n1. सर्बिया\n• 2017 में प्रधानमंत्री आए।\n\n2. मोंटेनेग्रो\n• दूतावास खुला।\n",
    "নোট\n\nকিছু তথ্য।\n\n১. সার্বিয়া\n• ২০১৭ সালে প্রধানমন্ত্রী আসেন।\n\n২. মন্টিনিগ্রো\n• দূতাবাস খোলে।\n",
])
def test_a_numbered_name_over_its_bullet_points_is_a_heading(text):
    st = analyse(text)
    numbered = [b for b in st.blocks if text[b.start:b.end][:1] in "12১২"]
    assert [b.kind for b in numbered] == [HEADING, HEADING]


def test_a_numbered_list_of_names_stays_a_list():
    text = "Members\n\nThe members are:\n\n1. Serbia\n2. Montenegro\n3. Croatia\n"
    st = analyse(text)
    assert [b.kind for b in st.blocks if text[b.start:b.end][:1].isdigit()] == [LIST_ITEM] * 3


@pytest.mark.parametrize("line", ["2017 – Investment agreement; visa-free trial", "২০১৯: যৌথ টহল চুক্তি",
                                  "2008-09 – Border talks"])
def test_a_timelines_line_is_no_heading(line):
    text = f"Notes\n\nThe two states are close.\n\nKey dates\n{line}\n"
    st = analyse(text)
    assert [b.kind for b in st.blocks if text[b.start:b.end] == line] == [PARA]


@pytest.mark.parametrize("text", [
    "1. Chile\nChile and Peru signed a treaty in 1929.\n\n2. Bolivia\nBolivia recognised Peru in 1826.\n\n"
    "3. Other partners (relations established)\n| Country | Date |\n|---|---|\n| Kenya | 4 May 1970 |\n",
    "১. চিলি\nচিলি ও পেরু ১৯২৯ সালে চুক্তি করে।\n\n২. বলিভিয়া\nবলিভিয়া ১৮২৬ সালে পেরুকে স্বীকৃতি দেয়।\n\n"
    "3. অন্যান্য অংশীদার (কূটনৈতিক সম্পর্ক স্থাপন)\n| দেশ | তারিখ |\n|---|---|\n| কেনিয়া | ৪ মে ১৯৭০ |\n",
])
def test_the_next_numbered_section_of_a_run_is_a_heading_even_over_a_table(text):
    blocks = analyse(text).blocks
    assert [text[b.start:b.end].split()[0] for b in blocks if b.kind == HEADING][-1] == "3."


@pytest.mark.parametrize("heading, link", [
    ("High-level visits", "[edit]"), ("Economy", " [edit | edit source]"),
    ("উচ্চপর্যায়ের সফর", "[সম্পাদনা]"), ("अर्थव्यवस्था", "[संपादित करें]"), ("इतिहास", "[स्रोत सम्पादित करें]"),
])
def test_a_copied_wiki_heading_keeps_its_edit_link_outside_the_heading(heading, link):
    text = f"Ghana–Togo relations\n\n{heading}{link}\nGhana and Togo signed a pact in 2001.\n\n[edit]\nMore text.\n"
    _st, blocks = kinds(text)
    assert blocks[1] == (HEADING, heading)
    assert blocks[2][0] == PARA and ("residue", "[edit]") not in blocks and all("[edit]" not in t for _k, t in blocks)


def test_a_back_matter_heading_with_an_edit_link_opens_the_back_matter():
    text = ("Ghana–Togo relations\n\nGhana and Togo signed a pact in 2001.\n\nReferences[edit]\n"
            "Ghana Times, 3 May 2015.\n")
    _st, blocks = kinds(text)
    assert blocks[-2] == (HEADING, "References") and blocks[-1][0] != PARA


@pytest.mark.parametrize("line", [
    "Treaty of Lomé (1962)[edit]",
    "Ghana and Togo signed a long and detailed treaty on trade and transit in the year that followed [edit]",
])
def test_a_line_with_an_edit_link_that_names_a_date_or_reads_as_a_sentence_is_read_as_before(line):
    _st, blocks = kinds(f"Ghana–Togo relations\n\n{line}\nThe two met.\n")
    assert blocks[1] == (PARA, line)


@pytest.mark.parametrize("label, link", [
    ("Since 2021", "[edit]"), ("1991–present", "[edit]"), ("The 2010s", "[edit]"),
    ("১৯৭১–বর্তমান", "[সম্পাদনা]"), ("2014 से अब तक", "[संपादित करें]"),
])
def test_a_wiki_heading_that_names_a_period_is_a_heading(label, link):
    # (its years date no act, unlike "Treaty of Lomé (1962)[edit]")
    _st, blocks = kinds(f"Ghana–Togo relations\n\n{label}{link}\nGhana and Togo signed a pact in 2021.\n")
    assert blocks[1] == (HEADING, label)


@pytest.mark.parametrize("line", ["Ghana and its western neighbours | World Notes",
                                  "पश्चिम अफ्रीका में घाना का प्रभाव | करेंट अफेयर्स | जीके डेस्क",
                                  "পশ্চিম আফ্রিকায় ঘানার প্রভাব | বিশ্ব নোট"])
def test_a_first_line_with_its_sites_name_after_a_bar_is_the_title(line):
    assert _kinds_of(f"{line}\n\nGhana and Togo met in 2001.\n")[line] == TITLE


@pytest.mark.parametrize("line", ["Country | Relations since", "| Togo | 12 April 1973 |",
                                  "Ghana | 12 April 1973", "Togo and Benin notes | Posted: 12 April 2023",
                                  "Ghana and Togo met in 2001. | Accra desk"])
def test_a_first_line_of_short_dated_or_keyed_cells_is_no_title(line):
    # (a table's header or first row, or a byline with its date, stays what it was)
    assert _kinds_of(f"{line}\nTogo | 1960\n\nGhana and Togo met in 2001.\n")[line] != TITLE


def test_a_tables_first_row_with_a_long_first_cell_is_no_title():
    # (the line below goes on as a row of as many cells; a key's line, "Posted: … | Category: …", does not)
    text = ("Relations with Togo | Good | Close neighbour\nRelations with Benin | Good | Trade partner\n"
            "Ghana established relations with Togo in 1960.\n")
    assert _kinds_of(text)["Relations with Togo | Good | Close neighbour"] != TITLE
    text = "Ghana and its western neighbours | World Notes\nPosted: 4 May 2024 | Category: world\n\nGhana met Togo.\n"
    assert _kinds_of(text)["Ghana and its western neighbours | World Notes"] == TITLE


@pytest.mark.parametrize("line", [
    "Editor's note: This story was updated on 26 September to add the ministry's statement.",
    "(This story has been corrected to show that the memorandum was signed on June 4, not June 3)",
    "संपादक की टिप्पणी: इस ख़बर को 26 सितंबर को मंत्रालय के बयान के बाद अपडेट किया गया।",
    "সম্পাদকের নোট: ২৬ সেপ্টেম্বর মন্ত্রণালয়ের বিবৃতির পর প্রতিবেদনটি হালনাগাদ করা হয়েছে।",
])
def test_an_editors_note_or_a_correction_is_no_body_text(line):
    kinds = _kinds_of(f"Ghana and Togo sign a pact\n\nGhana and Togo signed a pact on 3 June 2024.\n\n{line}\n")
    assert kinds[line] == FOOTER
    assert kinds["Ghana and Togo signed a pact on 3 June 2024."] == PARA


def test_a_sentence_about_corrections_is_body_text():
    line = "Correction of the border line was agreed by Ghana and Togo in 2019."
    assert _kinds_of(f"Ghana–Togo relations\n\n{line}\n")[line] == PARA
