"""The import summary and the imported-documents list name countries, not ISO codes, in the
interface language; counts of none are words."""

from __future__ import annotations

import re

import pytest

from relations_desktop import i18n
from relations_desktop.corpus.gazetteer import country_name
from relations_desktop.present import labels
from relations_desktop.present.imports import document_line, summary_text
from relations_desktop.store.userdb import import_documents, list_user_documents

ISO_PAIR = re.compile(r"\b[A-Z]{2}\s*[–-]\s*[A-Z]{2}\b")


def _docs(folder):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "np_bt_en.txt").write_text(
        "Bhutan–Nepal relations are the bilateral relations between Bhutan and Nepal. The two countries "
        "established diplomatic relations on 8 June 1983.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    folder = _docs(tmp_path_factory.mktemp("in"))
    user_db = tmp_path_factory.mktemp("user") / "corpus.db"
    first = import_documents([folder], user_db)
    again = import_documents([folder], user_db)
    return first, again, user_db


@pytest.mark.parametrize("lang", ("en", "bn", "hi"))
def test_summary_names_the_countries_in_the_interface_language(imported, lang):
    first, again, _user_db = imported
    assert [a.pairs for a in first.added] == [[("BT", "NP")]] and [f.reason for f in first.failed] == ["empty"]
    i18n.set_language(lang)
    text = summary_text(first)
    pair = labels.pair_name(country_name("BT", lang), country_name("NP", lang))
    assert pair in text, text
    assert not ISO_PAIR.search(text), text
    assert labels.language_name("en") in text
    assert "empty.txt" in text and i18n._("the file is empty") in text
    assert summary_text(again).startswith(i18n._("No document was added.")), summary_text(again)
    if lang != "en":
        assert not re.search(r"\b(added|relations|found)\b", text), text


def test_imported_documents_list_names_the_countries(imported):
    _first, _again, user_db = imported
    i18n.set_language("bn")
    docs = list_user_documents(user_db)
    assert [d.file for d in docs] == ["np_bt_en.txt"]
    line = document_line(docs[0].file, docs[0].lang, docs[0].pairs)
    assert line == "np_bt_en.txt — ইংরেজি; সম্পর্ক: ভুটান – নেপাল"
    assert document_line("x.txt", "bn", []) == "x.txt — বাংলা; কোনো সম্পর্ক পাওয়া যায়নি"


def test_several_relationships_are_a_list_in_the_language(imported):
    from relations_desktop.present.imports import relationships_text
    assert relationships_text([("BT", "NP"), ("IN", "NP")], "hi") == "भूटान – नेपाल और भारत – नेपाल"
    assert relationships_text([("BT", "NP"), ("IN", "NP"), ("CN", "NP")], "bn").count("এবং") == 1


@pytest.mark.parametrize("lang, none", [("en", "no events"), ("bn", "কোনো ঘটনা নেই"), ("hi", "कोई घटना नहीं")])
def test_a_count_of_none_is_a_word(lang, none):
    i18n.set_language(lang)
    assert labels.events_count(0) == none
    assert labels.events_count(1) != none and not labels.documents_count(0)[0].isdigit()
    assert labels.relationships_count(0) == i18n._("no relationships")
    assert labels.documents_count(0) == i18n._("no documents")


@pytest.mark.parametrize(("lang", "again", "twice"), [
    ("en", "np_bt_en.txt (already in the library)", "copy.txt (chosen twice)"),
    ("bn", "np_bt_en.txt (লাইব্রেরিতে আগে থেকেই আছে)", "copy.txt (দুবার বাছাই করা হয়েছে)"),
    ("hi", "np_bt_en.txt (लाइब्रेरी में पहले से मौजूद है)", "copy.txt (दो बार चुनी गई है)")])
def test_a_file_imported_again_is_said_to_be_in_the_library_not_the_same_as_itself(tmp_path, lang, again, twice):
    folder = _docs(tmp_path / "in")
    user_db = tmp_path / "user" / "corpus.db"
    import_documents([folder / "np_bt_en.txt"], user_db)
    other = tmp_path / "other"
    other.mkdir()
    for place in (folder, other):     # one file under two names, and the same name in two folders
        (place / "copy.txt").write_text("Ghana and Kenya established diplomatic relations on 2 March 1964.\n",
                                        encoding="utf-8")
    (folder / "renamed.txt").write_bytes((folder / "np_bt_en.txt").read_bytes())
    result = import_documents([folder / "np_bt_en.txt", folder / "copy.txt", other / "copy.txt",
                               folder / "renamed.txt"], user_db)
    i18n.set_language(lang)
    lines = summary_text(result).splitlines()
    assert "  " + again in lines and "  " + twice in lines
    assert "  " + i18n._("{file} (same as {existing})").format(file="renamed.txt", existing="np_bt_en.txt") in lines
