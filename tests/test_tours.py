"""A trip of one traveller to several states (corpus.turns.tour): the traveller's state is paired
with each stop, the stops never with each other; with no traveller's state named, no pair at all.
Texts written for these tests in the three languages."""

from __future__ import annotations

import hashlib

import pytest

from relations_desktop.corpus.countries import find_mentions
from relations_desktop.corpus.pipeline import process_text
from relations_desktop.corpus.reader import RawDocument
from relations_desktop.corpus.turns import tour


def doc(text: str):
    digest = hashlib.sha256(text.encode()).hexdigest()
    return process_text(RawDocument("t.txt", "t.txt", digest, "utf-8", text, len(text.encode())))


def dated(text: str) -> set[tuple[str, str, tuple[str, str]]]:
    return {(e.date, e.type, e.pair) for e in doc(text).events if e.date}


def trip(sentence: str) -> tuple[str | None, list[str]] | None:
    ms = find_mentions(sentence)
    return tour(sentence, ms, list(dict.fromkeys(m.code for m in ms)))


@pytest.mark.parametrize("sentence, expected", [
    ("The Norwegian prime minister will visit Chile and Peru next week.", ("NO", ["CL", "PE"])),
    ("Portugal's president begins a tour of Angola, Mozambique and Cape Verde.", ("PT", ["AO", "MZ", "CV"])),
    ("The chancellor's Ghana and Kenya visit begins today.", (None, ["GH", "KE"])),
    ("বাংলাদেশের প্রধানমন্ত্রী ফিনল্যান্ড ও সুইডেন সফর করবেন।", ("BD", ["FI", "SE"])),
    ("রাষ্ট্রপতি জাপান ও দক্ষিণ কোরিয়া সফরে যাচ্ছেন।", (None, ["JP", "KR"])),
    ("भारत के प्रधानमंत्री केन्या और घाना की यात्रा पर जाएंगे।", ("IN", ["KE", "GH"])),
    ("प्रधानमंत्री ब्राज़ील और अर्जेंटीना के दौरे पर रवाना हुए।", (None, ["BR", "AR"])),
])
def test_a_trip_to_several_states_is_found_with_its_traveller(sentence, expected):
    assert trip(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Chile and Peru signed a border treaty.",
    "Leaders of Japan and Korea visit Canada this week.",       # the listed states travel, not a tour of them
    "Talks between Chile and Peru were held in Lima.",
    "ফিনল্যান্ড ও সুইডেন একটি চুক্তি সই করে।",
    "केन्या और घाना के बीच व्यापार बढ़ा।",
])
def test_states_listed_without_a_trip_to_them_are_no_tour(sentence):
    assert trip(sentence) is None


@pytest.mark.parametrize("text, expected", [
    ("Prime Minister of Norway to visit Chile and Peru\n\n"
     "The Norwegian prime minister will arrive in Chile on 10 May 2023 for talks. "
     "He will visit Peru on 12 May 2023.\n",
     {("2023-05-10", "visit", ("CL", "NO")), ("2023-05-12", "visit", ("NO", "PE"))}),
    ("প্রধানমন্ত্রী ফিনল্যান্ড ও সুইডেন সফর করবেন\n\n"
     "বাংলাদেশের প্রধানমন্ত্রী আগামী ১০ মার্চ ২০২৪ ফিনল্যান্ড ও সুইডেন সফর করবেন।\n",
     {("2024-03-10", "visit", ("BD", "FI")), ("2024-03-10", "visit", ("BD", "SE"))}),
    ("प्रधानमंत्री केन्या और घाना की यात्रा पर जाएंगे\n\n"
     "भारत के प्रधानमंत्री 12 जून 2024 को केन्या और घाना की यात्रा पर जाएंगे।\n",
     {("2024-06-12", "visit", ("GH", "IN")), ("2024-06-12", "visit", ("IN", "KE"))}),
])
def test_a_headline_naming_two_stops_pairs_the_traveller_with_each(text, expected):
    d = doc(text)
    assert dated(text) == expected
    assert set(d.pairs) == {p for _d, _t, p in expected}


def test_the_travellers_state_named_later_in_the_story_is_the_hub():
    text = ("PM to visit Mongolia and Kazakhstan\n\n"
            "The Prime Minister will visit Mongolia and Kazakhstan from 8 to 11 August 2024, officials said. "
            "It will be the first visit by a Japanese leader to Kazakhstan in ten years.\n")
    d = doc(text)
    assert d.assignment.hub == "JP"
    assert set(d.pairs) == {("JP", "KZ"), ("JP", "MN")}


@pytest.mark.parametrize("text", [
    "President visits Chile and Peru\n\nThe President will visit Chile and Peru from 10 to 14 May 2023.\n",
    "প্রধানমন্ত্রী ফিনল্যান্ড ও সুইডেন সফরে\n\nপ্রধানমন্ত্রী ১০ মার্চ ২০২৪ ফিনল্যান্ড ও সুইডেন সফরে যাবেন।\n",
    "प्रधानमंत्री केन्या और घाना की यात्रा पर\n\nप्रधानमंत्री 12 जून 2024 को केन्या और घाना की यात्रा पर जाएंगे।\n",
])
def test_two_stops_of_a_trip_whose_traveller_has_no_state_make_no_pair(text):
    d = doc(text)
    assert d.pairs == [] and not dated(text)
