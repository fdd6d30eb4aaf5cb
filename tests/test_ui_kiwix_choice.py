"""The Kiwix chooser's list as a person meets it, on archives built with libzim's writer: titles
in alphabetical order within each language, Import the default button once the articles are
listed, and only the articles shown and checked imported (the count says how many)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from relations_desktop.store.userdb import list_user_documents
from tests.kiwix_helpers import chooser_titles, open_chooser
from tests.qt_helpers import type_text
from tests.zim_helpers import Entry, build_zim, wiki_page

# entry path -> (title, language): the paths put the archive in another order than the titles'
UNSORTED = {
    "a1": ("Zambia–Zimbabwe relations", "en"),
    "a2": ("চীন–জাপান সম্পর্ক", "bn"),
    "a3": ("Cuba–Mexico relations", "en"),
    "a4": ("भारत–नेपाल संबंध", "hi"),
    "a5": ("Côte d'Ivoire–Ghana relations", "en"),     # ô sorts with o, before Cuba (not after z)
    "a6": ("আর্জেন্টিনা–চিলি সম্পর্ক", "bn"),
    "a7": ("Bhutan–Nepal relations", "en"),
    "a8": ("चीन–जापान संबंध", "hi"),
}


@pytest.fixture(scope="module")
def unsorted_archive(tmp_path_factory) -> Path:
    body = "<p>The two countries established diplomatic relations on 2 March 1964.</p>"
    entries = [Entry(path, title, wiki_page(title, body, lang)) for path, (title, lang) in UNSORTED.items()]
    return build_zim(tmp_path_factory.mktemp("kiwix") / "unsorted.zim", entries=entries,
                     metadata={"Name": "wikipedia_mul_unsorted", "Language": "eng,ben,hin"})


def test_the_list_is_in_alphabetical_order_within_each_language(window, qtbot, unsorted_archive, user_db):
    chooser = open_chooser(window, qtbot, unsorted_archive)
    assert chooser_titles(chooser) == ["আর্জেন্টিনা–চিলি সম্পর্ক", "চীন–জাপান সম্পর্ক",
                                      "Bhutan–Nepal relations", "Côte d'Ivoire–Ghana relations",
                                      "Cuba–Mexico relations", "Zambia–Zimbabwe relations",
                                      "चीन–जापान संबंध", "भारत–नेपाल संबंध"]
    # in the order of the language boxes above the list
    assert list(chooser.language_checks) == ["bn", "en", "hi"]
    # what is imported is read in the archive's order, whatever the list's
    assert [c.path for c in chooser.chosen()] == list(UNSORTED)
    # checking a row in the sorted list checks that article
    chooser.list.setCurrentIndex(chooser.shown.index(3, 0))
    chooser.list.setFocus()
    qtbot.keyClick(chooser.list, Qt.Key.Key_Space)
    assert "Côte d'Ivoire–Ghana relations" not in [c.title for c in chooser.chosen()]
    assert len(chooser.chosen()) == 7
    chooser.reject()


def test_a_filter_that_hides_every_article_leaves_nothing_to_import(window, qtbot, archive, user_db):
    chooser = open_chooser(window, qtbot, archive)
    chooser.filter.setFocus()
    type_text(chooser.filter, "Atlantis")
    assert chooser_titles(chooser) == [] and chooser.chosen() == []
    assert chooser.count.text() == "0 of 6 chosen\n6 checked articles hidden by the filter will not be imported"
    assert not chooser.import_button.isEnabled()
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)        # Enter in the filter: nothing to import
    assert chooser.isVisible() and chooser.result() != QDialog.DialogCode.Accepted
    assert window.library.job is None and not user_db.exists()
    chooser.reject()


def test_enter_in_the_filter_imports_only_the_articles_shown_and_checked(window, qtbot, archive, user_db):
    chooser = open_chooser(window, qtbot, archive)
    chooser.language_checks["hi"].setChecked(False)      # a language left out is not "hidden by the filter"
    chooser.filter.setFocus()
    type_text(chooser.filter, "ghana")
    assert chooser_titles(chooser) == ["Ghana–Kenya relations"]
    assert chooser.count.text() == "1 of 6 chosen\n3 checked articles hidden by the filter will not be imported"
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert chooser.result() == QDialog.DialogCode.Accepted
    run = window.library.job
    assert [c.title for c in run.candidates] == ["Ghana–Kenya relations"]
    with qtbot.waitSignal(run.finished, timeout=60_000):
        pass
    assert [d.file for d in list_user_documents(user_db)] == ["Ghana–Kenya_relations"]
    window.import_summary.close()


def test_the_count_in_bengali_says_what_the_filter_leaves_out(window, qtbot, archive, user_db):
    window.commands.language["bn"].trigger()
    chooser = open_chooser(window, qtbot, archive)
    type_text(chooser.filter, "Ghana")
    assert chooser.count.text() == ("৬টির মধ্যে ১টি বাছাই করা হয়েছে\n"
                                    "টিক দেওয়া ৫টি নিবন্ধ ফিল্টারে লুকানো আছে, সেগুলো যোগ করা হবে না")
    chooser.reject()


def test_import_is_the_default_button_once_the_articles_are_listed(window, qtbot, archive, user_db):
    chooser = open_chooser(window, qtbot, archive)
    assert chooser.import_button.isDefault() and not chooser.cancel_button.isDefault()
    assert QApplication.focusWidget() is chooser.list
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)      # Enter where the focus is: Import
    assert chooser.result() == QDialog.DialogCode.Accepted
    run = window.library.job
    assert len(run.candidates) == 6
    with qtbot.waitSignal(run.finished, timeout=60_000):
        pass
    assert len(list_user_documents(user_db)) == 6
    window.import_summary.close()
