"""Dates told by pointing back to the date before ("the same year", "इसी वर्ष", "একই মাসের ২১
তারিখে"): each takes what it does not say from the last date told in its passage."""

from __future__ import annotations

import pytest

from relations_desktop.corpus.anaphora import find_anaphors
from tests.text_helpers import processed


def dated(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.type) for e in processed(text).events if e.date]


@pytest.mark.parametrize("text, expected", [
    ("Chile–Ghana relations\n\nIn 1998 the two countries signed a trade agreement. That same year the Chilean "
     "foreign minister visited Accra.\n", [("1998", "agreement"), ("1998", "visit")]),
    ("Chile–Ghana relations\n\nIn 1998 the two countries signed a trade agreement. In June of that year the "
     "Chilean foreign minister visited Accra.\n", [("1998", "agreement"), ("1998-06", "visit")]),
    ("Chile–Ghana relations\n\nThe two countries signed a trade agreement on 3 May 2001. Later that month Ghana "
     "opened an embassy in Santiago.\n", [("2001-05-03", "agreement"), ("2001-05", "embassy")]),
    ("চিলি–ঘানা সম্পর্ক\n\n১৯৯৮ সালে দুই দেশ একটি বাণিজ্য চুক্তি সই করে। একই বছরের জুনে চিলির পররাষ্ট্রমন্ত্রী "
     "আক্রা সফর করেন।\n", [("1998", "agreement"), ("1998-06", "visit")]),
    ("চিলি–ঘানা সম্পর্ক\n\n২০০১ সালের ৩ মে দুই দেশ একটি বাণিজ্য চুক্তি সই করে। একই মাসের ২১ তারিখে ঘানা "
     "সান্তিয়াগোতে দূতাবাস চালু করে।\n", [("2001-05-03", "agreement"), ("2001-05-21", "embassy")]),
    ("চিলি–ঘানা সম্পর্ক\n\n১৯৯৮ সালে দুই দেশ একটি বাণিজ্য চুক্তি সই করে। একই বছরের ২৩ মে দুই দেশের মধ্যে "
     "কূটনৈতিক সম্পর্ক স্থাপিত হয়।\n", [("1998", "agreement"), ("1998-05-23", "relations_established")]),
    ("चिली–घाना संबंध\n\n1998 में दोनों देशों ने व्यापार समझौता किया। इसी वर्ष चिली के विदेश मंत्री ने अक्करा का "
     "दौरा किया।\n", [("1998", "agreement"), ("1998", "visit")]),
    ("चिली–घाना संबंध\n\n3 मई 2001 को दोनों देशों ने व्यापार समझौता किया। उसी महीने की 21 तारीख को घाना ने "
     "सैंटियागो में दूतावास खोला।\n", [("2001-05-03", "agreement"), ("2001-05-21", "embassy")]),
    # pointing back in the same sentence, after "and": not a list of dates
    ("চিলি–ঘানা সম্পর্ক\n\nচিলি ঘানাকে স্বীকৃতি দেয় ১৯৯২ সালের ৫ জানুয়ারি এবং একই বছরের মে মাসে কূটনৈতিক সম্পর্ক "
     "স্থাপিত হয়।\n", [("1992-01-05", "recognition"), ("1992-05", "relations_established")]),
    ("Chile–Ghana relations\n\nChile established relations with Ghana on 3 February 1988, opening an embassy in "
     "Accra the same day.\n", [("1988-02-03", "relations_established"), ("1988-02-03", "embassy")]),
    # two acts of one date in one sentence are two events
    ("ভারত–কেনিয়া সম্পর্ক\n\nভারত ১৯৬৩ সালেই কেনিয়াকে স্বীকৃতি দেয় এবং একই বছর দুই দেশের মধ্যে কূটনৈতিক সম্পর্ক "
     "স্থাপিত হয়।\n", [("1963", "recognition"), ("1963", "relations_established")]),
    ("India–Kenya relations\n\nIndia recognised Kenya in 1963 and the same year the two countries established "
     "diplomatic relations.\n", [("1963", "recognition"), ("1963", "relations_established")]),
    # told again in full right after: the date itself is the date
    ("চিলি–ঘানা সম্পর্ক\n\n১৯৯৮ সালে দুই দেশ একটি বাণিজ্য চুক্তি সই করে। একই বছর ১৯৯৮ সালের ২৩ মে দুই দেশের "
     "মধ্যে কূটনৈতিক সম্পর্ক স্থাপিত হয়।\n", [("1998", "agreement"), ("1998-05-23", "relations_established")]),
    # the year pointed back to, then the day and month: one date, the day
    ("Chile–Ghana relations\n\nIn 1998 the two countries signed a trade agreement. That same year, on 23 May, "
     "they established diplomatic relations.\n", [("1998", "agreement"), ("1998-05-23", "relations_established")]),
    ("Chile–Ghana relations\n\nIn 1998 the two countries signed a trade agreement. The same year on May 23 "
     "they established diplomatic relations.\n", [("1998", "agreement"), ("1998-05-23", "relations_established")]),
    # nothing told before in the passage: no date
    ("Chile–Ghana relations\n\nThat same year the Chilean foreign minister visited Accra.\n", []),
    # a day pointing to a year alone cannot be dated
    ("चिली–घाना संबंध\n\n1998 में दोनों देशों ने व्यापार समझौता किया। उसी दिन चिली के विदेश मंत्री ने अक्करा का "
     "दौरा किया।\n", [("1998", "agreement")]),
])
def test_a_date_pointing_back_takes_what_it_does_not_say_from_the_date_before(text, expected):
    assert dated(text) == expected


def test_in_news_this_year_is_the_year_it_is_told_in_not_the_year_before():
    text = "2015 में दोनों देशों ने व्यापार समझौता किया। इसी साल मार्च में विदेश मंत्री अक्करा आए थे।"
    assert find_anaphors(text, 0, len(text), news=True) == []
    assert [(a[2], a[3]) for a in find_anaphors(text, 0, len(text), news=False)] == [("year", 3)]


def test_a_heading_ends_what_a_date_can_point_back_to():
    text = ("Chile–Ghana relations\n\nIn 1998 the two countries signed a trade agreement.\n\n== Visits ==\n\n"
            "That same year the Chilean foreign minister visited Accra.\n")
    assert dated(text) == [("1998", "agreement")]
