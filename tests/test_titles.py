"""Relation article titles in three languages, for every country the gazetteer knows."""

from __future__ import annotations

import itertools

import pytest

from relations_desktop.corpus.gazetteer import LANGS, country_name, sovereign_codes
from relations_desktop.corpus.titles import RelationTitle, match_title


@pytest.mark.parametrize("title, expected", [
    ("Ghana–Kenya relations", RelationTitle("en", ("GH", "KE"), False)),
    ("Kenya - Ghana relations", RelationTitle("en", ("GH", "KE"), False)),
    ("Sino-Indian relations", RelationTitle("en", ("CN", "IN"), False)),
    ("Guinea-Bissau–Portugal relations", RelationTitle("en", ("GW", "PT"), False)),
    ("Foreign relations of the Gambia", RelationTitle("en", ("GM",), True)),
    ("ঘানা–কেনিয়া সম্পর্ক", RelationTitle("bn", ("GH", "KE"), False)),
    ("ঘানা-কেনিয়া সম্পর্ক", RelationTitle("bn", ("GH", "KE"), False)),
    ("চিলির বৈদেশিক সম্পর্ক", RelationTitle("bn", ("CL",), True)),
    ("শ্রীলঙ্কার বৈদেশিক সম্পর্ক", RelationTitle("bn", ("LK",), True)),
    ("পেরু-এর বৈদেশিক সম্পর্ক", RelationTitle("bn", ("PE",), True)),
    ("घाना-केन्या संबंध", RelationTitle("hi", ("GH", "KE"), False)),
    ("घाना – केन्या सम्बन्ध", RelationTitle("hi", ("GH", "KE"), False)),
    ("चिली के विदेश संबंध", RelationTitle("hi", ("CL",), True)),
    ("चिली के विदेशी सम्बन्ध", RelationTitle("hi", ("CL",), True)),
])
def test_relation_titles(title, expected):
    assert match_title(title) == expected


@pytest.mark.parametrize("title", ["Public relations", "International relations", "Accra", "Ghana",
                                   "Accra–Nairobi relations", "Ghana–Ghana relations",
                                   "Ghana–Kenya relations in sport", "জনসংযোগ", "Foreign relations of Atlantis"])
def test_other_titles(title):
    assert match_title(title) is None


def test_every_country_pair_pattern_in_every_language():
    codes = sovereign_codes()
    missed = []
    for lang in LANGS:
        for a, b in itertools.pairwise(codes):
            x, y = country_name(a, lang), country_name(b, lang)
            title = {"en": f"{x}–{y} relations", "bn": f"{x}–{y} সম্পর্ক", "hi": f"{x}-{y} संबंध"}[lang]
            got = match_title(title)
            if got is None or got.codes != tuple(sorted((a, b))):
                missed.append(title)
    assert missed == []
