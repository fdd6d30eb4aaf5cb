"""The Kiwix chooser's list as a person meets it, on archives built with libzim's writer: titles
in alphabetical order within each language, Import the default button once the articles are
listed, and only the articles shown and checked imported (the count says how many)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.kiwix_helpers import relations_zim
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


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    return relations_zim(tmp_path_factory.mktemp("kiwix") / "wikipedia_mul_relations_2024-05.zim")


@pytest.fixture
def user_db(window, tmp_path: Path) -> Path:
    path = tmp_path / "user" / "corpus.db"
    path.parent.mkdir()
    window.library.user_database = path
    return path


def _chooser(window, qtbot, path: Path):
    chooser = window.import_kiwix(path)
    qtbot.addWidget(chooser)
    qtbot.waitUntil(lambda: chooser.scan is not None or chooser.problem is not None, timeout=30_000)
    QApplication.processEvents()
    return chooser


def _titles(chooser) -> list[str]:
    return [chooser.shown.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(chooser.shown.rowCount())]


def test_the_list_is_in_alphabetical_order_within_each_language(window, qtbot, unsorted_archive, user_db):
    chooser = _chooser(window, qtbot, unsorted_archive)
    assert _titles(chooser) == ["আর্জেন্টিনা–চিলি সম্পর্ক", "চীন–জাপান সম্পর্ক",
                                "Bhutan–Nepal relations", "Côte d'Ivoire–Ghana relations", "Cuba–Mexico relations",
                                "Zambia–Zimbabwe relations",
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
