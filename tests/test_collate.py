"""Sort keys from the collator loaded for a few names equal those of the full DUCET table."""

from __future__ import annotations

import pytest
import pyuca

from relations_desktop.corpus.gazetteer import country_name, sovereign_codes
from relations_desktop.i18n.collate import sort_keys


@pytest.mark.parametrize("lang", ["en", "bn", "hi"])
def test_keys_equal_the_full_tables_keys(lang):
    names = [country_name(code, lang) for code in sovereign_codes()]
    full = pyuca.Collator()
    assert sort_keys(names) == [full.sort_key(n) for n in names]


def test_contractions_and_accents_order_as_in_the_full_table():
    # Accented Latin, nukta and conjunct forms, a Devanagari vowel sign, a Bengali khanda ta.
    names = ["Åland", "Aland", "Zambia", "Éire", "क़तर", "कतर", "क्षेत्र", "कि", "কা", "ক", "উৎপল", "উত"]
    full = pyuca.Collator()
    assert sorted(names, key=dict(zip(names, sort_keys(names), strict=True)).__getitem__) == \
        sorted(names, key=full.sort_key)
