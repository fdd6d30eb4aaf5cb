"""Labels that type the dates under them (corpus.labels): a table's header cell types its
column, a line's key its value, and a cell's own words outrank both. Texts written for these
tests in the three languages."""

from __future__ import annotations

import pytest

from relations_desktop.corpus.textrows import cells
from tests.test_events import dated


@pytest.mark.parametrize("text, expected", [
    # four columns, a number column, notes that name an embassy, nothing, a break and a restoration
    ("Foreign relations of Ghana\n\n| No. | Country | Diplomatic relations established | Notes |\n|---|---|---|---|\n"
     "| 1 | Kenya | 9 February 1966 | Embassy in Nairobi |\n| 2 | Mali | 1963 | — |\n"
     "| 3 | Niger | 14 July 1962 | relations severed on 2 May 1974; restored in 1981 |\n",
     [("1966-02-09", "relations_established", ("GH", "KE")), ("1963", "relations_established", ("GH", "ML")),
      ("1962-07-14", "relations_established", ("GH", "NE")), ("1974-05-02", "conflict", ("GH", "NE")),
      ("1981", "relations_established", ("GH", "NE"))]),
    # three columns; the header names the act without a verb
    ("ঘানার বৈদেশিক সম্পর্ক\n\n| রাষ্ট্র | কূটনৈতিক সম্পর্ক স্থাপনের বছর | মন্তব্য |\n|---|---|---|\n"
     "| কেনিয়া | ১৯৬৬ | ১৯৮৩ সালে আক্রায় দূতাবাস চালু করে |\n| মালি | ১৯৬৩ | — |\n| নাইজার | ১৯৬২ | দূতাবাস আছে |\n",
     [("1966", "relations_established", ("GH", "KE")), ("1983", "embassy", ("GH", "KE")),
      ("1963", "relations_established", ("GH", "ML")), ("1962", "relations_established", ("GH", "NE"))]),
    ("घाना के विदेश संबंध\n\n| क्रम | राष्ट्र | राजनयिक संबंध स्थापना वर्ष | विवरण |\n|---|---|---|---|\n"
     "| 1 | केन्या | 9 फ़रवरी 1966 | नैरोबी में दूतावास |\n| 2 | माली | 1963 | — |\n"
     "| नाइजर | 1962 | 1983 में दूतावास खोला |\n",
     [("1966-02-09", "relations_established", ("GH", "KE")), ("1963", "relations_established", ("GH", "ML")),
      ("1962", "relations_established", ("GH", "NE")), ("1983", "embassy", ("GH", "NE"))]),
])
def test_a_date_takes_the_type_of_its_columns_header_and_a_note_its_own(text, expected):
    assert dated(text) == expected


def test_a_recognition_in_the_notes_does_not_retype_the_date_of_relations():
    text = ("Foreign relations of Ghana\n\n| Country | Relations established | Remarks |\n|---|---|---|\n"
            "| Togo | 1960 | recognised Ghana at independence |\n")
    assert dated(text) == [("1960", "relations_established", ("GH", "TG"))]


def test_a_notes_cell_that_names_its_act_is_typed_by_it_not_by_the_heading_above_the_table():
    text = ("Foreign relations of Ghana\n\nDiplomatic relations\n| Country | Formal relations began | Notes |\n"
            "|---|---|---|\n| Togo | 26 March 1982 | Embassy in Lomé since 1989 |\n")
    assert dated(text) == [("1982-03-26", "relations_established", ("GH", "TG")), ("1989", "embassy", ("GH", "TG"))]


def test_a_table_with_two_typed_columns_types_each_date_by_its_own():
    text = ("Foreign relations of Ghana\n\n| Country | Recognition | Embassy opened |\n|---|---|---|\n"
            "| Kenya | 1963 | 1970 |\n")
    assert dated(text) == [("1963", "recognition", ("GH", "KE")), ("1970", "embassy", ("GH", "KE"))]


@pytest.mark.parametrize("text, expected", [
    ("Ghana: study notes\n\nKenya\n• Diplomatic relations established: 9 February 1966\n• Embassy opened: 1983\n"
     "• First state visit: March 1987\n\nTogo\n• Recognition: 1960\n",
     [("1966-02-09", "relations_established", ("GH", "KE")), ("1983", "embassy", ("GH", "KE")),
      ("1987-03", "visit", ("GH", "KE")), ("1960", "recognition", ("GH", "TG"))]),
    ("ঘানা: পরীক্ষার নোট\n\nকেনিয়া\n• কূটনৈতিক সম্পর্ক স্থাপন: ৯ ফেব্রুয়ারি ১৯৬৬\n• দূতাবাস: ১৯৮৩\n\nটোগো\n• স্বীকৃতি: ১৯৬০\n",
     [("1966-02-09", "relations_established", ("GH", "KE")), ("1983", "embassy", ("GH", "KE")),
      ("1960", "recognition", ("GH", "TG"))]),
    ("घाना के विदेश संबंध\n\nकेन्या\n• राजनयिक संबंध स्थापित: 9 फ़रवरी 1966\n• दूतावास खोला गया: 1983\n\nटोगो\n"
     "• मान्यता: 1960\n",
     [("1966-02-09", "relations_established", ("GH", "KE")), ("1983", "embassy", ("GH", "KE")),
      ("1960", "recognition", ("GH", "TG"))]),
])
def test_a_key_types_the_date_of_its_value(text, expected):
    assert dated(text) == expected


def test_a_bengali_key_may_end_with_a_visarga():
    text = "ঘানা–কেনিয়া সম্পর্ক\n\nমূল তথ্য\n• কূটনৈতিক সম্পর্কঃ ৯ ফেব্রুয়ারি ১৯৬৬\n• দূতাবাসঃ ১৯৮৩\n"
    assert dated(text) == [("1966-02-09", "relations_established", ("GH", "KE")), ("1983", "embassy", ("GH", "KE"))]


def test_a_keys_type_outranks_a_cue_outside_the_dates_clause():
    text = "Ghana–Kenya relations\n\nKey facts\n• Embassy: opened in Nairobi in 1983 after talks\n"
    assert dated(text) == [("1983", "embassy", ("GH", "KE"))]


def test_a_key_that_names_no_type_leaves_the_line_to_its_words():
    text = "Ghana–Kenya relations\n\nNote: the two presidents met in Accra in 1983.\n"
    assert dated(text) == [("1983", "visit", ("GH", "KE"))]


def test_the_cells_of_a_row_leave_out_only_what_the_outer_bars_close():
    row = "| 4 | Kenya | 1966 | |"
    assert [row[a:b] for a, b in cells(row, 0, len(row))] == ["4", "Kenya", "1966", ""]
    row = "Kenya | 1966"
    assert [row[a:b] for a, b in cells(row, 0, len(row))] == ["Kenya", "1966"]


def test_the_cells_of_a_row_that_does_not_open_the_text_start_at_the_row():
    text = "Foreign relations of Ghana\n\nCountry | Recognition | Embassy opened\nKenya | | 1970\n"
    header, row = text.splitlines()[2:4]
    s = text.index(header)
    assert [text[a:b] for a, b in cells(text, s, s + len(header))] == ["Country", "Recognition", "Embassy opened"]
    s = text.index(row)
    assert [text[a:b] for a, b in cells(text, s, s + len(row))] == ["Kenya", "", "1970"]


@pytest.mark.parametrize("text", [
    "Foreign relations of Ghana\n\n== Diplomatic relations ==\n• Kenya – 9 February 1966\n• Togo – 1960\n",
    "ঘানার বৈদেশিক সম্পর্ক\n\n== কূটনৈতিক সম্পর্ক ==\n• কেনিয়া – ৯ ফেব্রুয়ারি ১৯৬৬\n• টোগো – ১৯৬০\n",
    "घाना के विदेश संबंध\n\n== राजनयिक संबंध ==\n• केन्या – 9 फ़रवरी 1966\n• टोगो – 1960\n",
    "Foreign relations of Ghana\n\n== Diplomatic relations ==\n| Country | Since |\n|---|---|\n"
    "| Kenya | 9 February 1966 |\n| Togo | 1960 |\n",
])
def test_a_heading_that_names_the_act_types_the_rows_under_it(text):
    assert dated(text) == [("1966-02-09", "relations_established", ("GH", "KE")),
                           ("1960", "relations_established", ("GH", "TG"))]


def test_a_heading_that_names_no_act_types_nothing():
    text = "Foreign relations of Ghana\n\n== Africa ==\n• Kenya – 9 February 1966\n• Togo – 1960\n"
    assert [t for _d, t, _p in dated(text)] == ["other", "other"]


def test_a_column_of_relations_ended_types_its_dates_as_conflict():
    text = ("Foreign relations of Taiwan\n\n| State | Relations established | Relations ended |\n"
            "| Chile | 6 May 1957 | 20 December 2016 |\n")
    assert [(d, t) for d, t, _p in dated(text)] == [("1957-05-06", "relations_established"), ("2016-12-20", "conflict")]


@pytest.mark.parametrize("text, expected", [
    ("Foreign relations of Ghana\n\nCountries with which Ghana established diplomatic relations:[1]\n"
     "| # | Country | Date |\n|---|---|---|\n| 1 | Kenya | 12 June 1964 |\n| 2 | Togo | 6 March 1961 |\n",
     [("1964-06-12", "relations_established", ("GH", "KE")), ("1961-03-06", "relations_established", ("GH", "TG"))]),
    ("ঘানার বৈদেশিক সম্পর্ক\n\nযেসব দেশের সঙ্গে ঘানার কূটনৈতিক সম্পর্ক স্থাপিত হয়েছে:\n| ক্রম | দেশ | তারিখ |\n"
     "| ১ | কেনিয়া | ১২ জুন ১৯৬৪ |\n",
     [("1964-06-12", "relations_established", ("GH", "KE"))]),
    # a table with a typed column of its own is typed by its columns, not by the line before it
    ("Foreign relations of Ghana\n\nCountries with which Ghana established diplomatic relations:\n"
     "| Country | Embassy opened | Notes |\n| Kenya | 1970 | The two signed a trade agreement in 1985. |\n",
     [("1970", "embassy", ("GH", "KE")), ("1985", "agreement", ("GH", "KE"))]),
])
def test_a_line_introducing_a_table_types_its_rows_when_its_columns_do_not(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Foreign relations of Ghana\n\nAfrica\n| Country | Formal relations began | Notes |\n"
     "| Kenya | 9 February 1966 | See Ghana–Kenya relations |\n"
     "Kenya and Ghana both joined the African Union when it replaced the older body.\n\n"
     "| Togo | 1960 | See Ghana–Togo relations |\n",
     [("1966-02-09", "relations_established", ("GH", "KE")), ("1960", "relations_established", ("GH", "TG"))]),
    ("ঘানার বৈদেশিক সম্পর্ক\n\n| দেশ | কূটনৈতিক সম্পর্ক স্থাপন | টীকা |\n| কেনিয়া | ১৯৬৬ | — |\n"
     "দুই দেশের মধ্যে দীর্ঘ স্থল সীমান্ত নেই।\n\n| টোগো | ১৯৬০ | — |\n",
     [("1966", "relations_established", ("GH", "KE")), ("1960", "relations_established", ("GH", "TG"))]),
    ("घाना के विदेश संबंध\n\n| देश | राजनयिक संबंध स्थापित | टिप्पणी |\n| केन्या | 1966 | — |\n"
     "दोनों देश अफ़्रीकी संघ के सदस्य हैं।\n\n| टोगो | 1960 | — |\n",
     [("1966", "relations_established", ("GH", "KE")), ("1960", "relations_established", ("GH", "TG"))]),
])
def test_a_row_after_a_note_paragraph_keeps_its_tables_header(text, expected):
    assert dated(text) == expected


def test_a_new_tables_header_after_a_paragraph_is_not_read_as_a_row_of_the_old_one():
    text = ("Foreign relations of Ghana\n\n| Country | Relations established | Notes |\n| Kenya | 1966 | — |\n"
            "Ghana also keeps missions in these countries.\n\n| Country | Embassy opened | Notes |\n"
            "| Togo | 1970 | — |\n")
    assert dated(text) == [("1966", "relations_established", ("GH", "KE")), ("1970", "embassy", ("GH", "TG"))]


@pytest.mark.parametrize("text, expected", [
    ("Foreign relations of Ghana\n\nCountry | Formal relations began | Notes\n"
     "Kenya | 1966 | See Ghana–Kenya relations. Kenya has a high commission in Accra, and the two presidents have "
     "met at several summits of the African Union over the years.\n"
     "Togo | 6 March 1961 | Togo has an embassy in Accra; Ghana is represented in Lomé by an ambassador who also "
     "covers Benin, and the border between the two is one of the busiest in the region.\n",
     [("1966", "relations_established", ("GH", "KE")), ("1961-03-06", "relations_established", ("GH", "TG"))]),
    ("ঘানার বৈদেশিক সম্পর্ক\n\nদেশ | কূটনৈতিক সম্পর্ক স্থাপন | টীকা\n"
     "কেনিয়া | ১৯৬৬ | দুই দেশই আফ্রিকান ইউনিয়নের সদস্য এবং দুই দেশের প্রেসিডেন্ট বহুবার বিভিন্ন শীর্ষ সম্মেলনে মিলিত "
     "হয়েছেন, যদিও তাদের মধ্যে সরাসরি বিমান যোগাযোগ এখনো সীমিত।\n",
     [("1966", "relations_established", ("GH", "KE"))]),
    ("घाना के विदेश संबंध\n\nदेश | राजनयिक संबंध स्थापित | टिप्पणी\n"
     "केन्या | 1966 | दोनों देश अफ़्रीकी संघ के सदस्य हैं और दोनों के राष्ट्रपति कई शिखर सम्मेलनों में मिल चुके हैं, "
     "हालांकि दोनों के बीच सीधी उड़ानें अब भी बहुत कम हैं।\n",
     [("1966", "relations_established", ("GH", "KE"))]),
])
def test_rows_whose_notes_are_whole_sentences_are_rows_of_their_table(text, expected):
    assert dated(text) == expected


def test_a_paragraph_with_a_bar_after_a_row_with_other_cells_is_no_row():
    from relations_desktop.corpus.structure import PARA, analyse
    text = ("Kenya | 1966 | —\n"
            "The two leaders met in 1970 | and again in 1975, when they spoke for a long time about the many matters "
            "that divided their parties and their peoples at the time.\n")
    assert analyse(text).blocks[-1].kind == PARA


@pytest.mark.parametrize("text, expected", [
    ("Study notes: Africa\n\n| Agreement | Countries | Year | Significance |\n"
     "| Border Agreement | Ghana–Togo | 1985 | ended the border dispute |\n"
     "| Joint Declaration | Kenya–Uganda | 1992 | lower tariffs |\n| Schengen Agreement | multilateral | 1985 | — |\n",
     [("1985", "agreement", ("GH", "TG")), ("1992", "agreement", ("KE", "UG"))]),
    ("পরীক্ষার নোট: আফ্রিকা\n\n| চুক্তি | দেশ | বছর |\n| সীমান্ত চুক্তি | ঘানা–টোগো | ১৯৮৫ |\n"
     "| যৌথ ঘোষণা | কেনিয়া–উগান্ডা | ১৯৯২ |\n",
     [("1985", "agreement", ("GH", "TG")), ("1992", "agreement", ("KE", "UG"))]),
    ("परीक्षा नोट्स: अफ़्रीका\n\n| समझौता | देश | वर्ष | मुख्य बिंदु |\n| सीमा समझौता | घाना–टोगो | 1985 | विवाद का अंत |\n"
     "| संयुक्त घोषणा | केन्या–युगांडा | 1992 | शुल्क में कमी |\n",
     [("1985", "agreement", ("GH", "TG")), ("1992", "agreement", ("KE", "UG"))]),
])
def test_a_table_whose_rows_each_name_a_pair_gives_each_row_its_pair_and_a_year_column_its_rows_act(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize("text", [
    "Ghana–Togo relations\n\nExchanges\n| Visiting leader | Destination | Date |\n"
    "| President of Ghana | Lomé | March 2005 |\n| Prime Minister of Togo | Accra | 2010 |\n",
    "ঘানা–টোগো সম্পর্ক\n\nআদানপ্রদান\n| সফরকারী | গন্তব্য | সময় |\n"
    "| ঘানার রাষ্ট্রপতি | লোমে | মার্চ ২০০৫ |\n| টোগোর প্রধানমন্ত্রী | আক্রা | ২০১০ |\n",
    "घाना–टोगो संबंध\n\nआदान-प्रदान\n| अतिथि | गंतव्य | तिथि |\n"
    "| घाना के राष्ट्रपति | लोमे | मार्च 2005 |\n| टोगो के प्रधानमंत्री | अक्रा | 2010 |\n",
])
def test_a_column_of_visitors_types_the_dates_of_its_rows_as_visits_month_and_all(text):
    assert dated(text) == [("2005-03", "visit", ("GH", "TG")), ("2010", "visit", ("GH", "TG"))]


def test_a_column_of_visitors_counted_is_no_column_of_visits():
    text = "Tourism in Ghana\n\n| Year | Visitors from Togo |\n|---|---|\n| 2010 | 12,000 |\n| 2015 | 18,500 |\n"
    assert [t for _d, t, _p in dated(text)] in ([], ["other", "other"])
