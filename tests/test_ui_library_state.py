"""What the window shows follows the library: a document removed (or added again) while its
relationship is on screen changes the pane, the search results and what Export would write."""

from __future__ import annotations

from pathlib import Path

from relations_desktop.store.userdb import import_documents, list_user_documents, remove_document
from tests.qt_helpers import type_text

EN = ("Bhutan–Nepal relations are the bilateral relations between Bhutan and Nepal. The two countries "
      "established diplomatic relations on 8 June 1983. In March 2010 the King of Bhutan made a state visit to "
      "Kathmandu, and the two governments signed a hydropower agreement in 2012.\n")
BN = ("নেপাল ও ভুটানের মধ্যে দ্বিপাক্ষিক সম্পর্ক রয়েছে। ১৯৮৩ সালের ৮ জুন দুই দেশের মধ্যে কূটনৈতিক সম্পর্ক স্থাপিত হয়। "
      "২০১০ সালের মার্চ মাসে ভুটানের রাজা নেপাল সফর করেন।\n")


def _library(window, tmp_path: Path, seed_db: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "np_bt_en.txt").write_text(EN, encoding="utf-8")
    (folder / "np_bt_bn.txt").write_text(BN, encoding="utf-8")
    user_db = tmp_path / "user" / "library.db"
    user_db.parent.mkdir()
    import_documents([folder], user_db, bundled_db=seed_db)
    window.library.user_database = user_db
    window.library.reload()
    return user_db


def _remove(window, user_db: Path, file: str, seed_db: Path) -> None:
    """File ▸ Imported documents… ▸ Remove, as the dialog does it, then the library's reload."""
    doc = next(d for d in list_user_documents(user_db) if d.file == file)
    assert remove_document(user_db, doc.id, bundled_db=seed_db)
    window.library.reload()


def _search(window, qtbot, text: str) -> list:
    window.search_field.clear()
    type_text(window.search_field, text)
    qtbot.waitUntil(lambda: not window.search_panel.timer.isActive(), timeout=3000)
    return window.search_panel.model.hits


def test_removing_a_document_updates_the_pane_the_search_and_the_export(window, seed_db, tmp_path, qtbot):
    user_db = _library(window, tmp_path, seed_db)
    assert window.open_pair("NP", "BT")
    pane = window.relationship
    assert {s.file for s in window.dossier.sources} == {"np_bt_en.txt", "np_bt_bn.txt"}
    hits = _search(window, qtbot, "hydropower")
    assert [h.file for h in hits] == ["np_bt_en.txt"]

    # one of the two documents goes: the relationship stays, read again without it
    _remove(window, user_db, "np_bt_en.txt", seed_db)
    assert window.current_pair == ("BT", "NP")
    assert {s.file for s in window.dossier.sources} == {"np_bt_bn.txt"}
    assert "Kathmandu" not in pane.sources.text.toPlainText()
    assert all(e.file == "np_bt_bn.txt" for g in window.dossier.groups for e in g.events)
    assert pane.events_model.rowCount() == len(window.dossier.groups)
    assert window.search_panel.isVisible() and window.search_panel.model.hits == []    # searched again
    assert window.commands.export.isEnabled()
    exported = window.export_pdf_to(tmp_path / "left.pdf", confirm_replace=False)
    assert exported is not None and exported.stat().st_size > 0

    # the last one goes: nothing of the relationship is shown, nothing can be exported
    window.search_panel.close()
    _remove(window, user_db, "np_bt_bn.txt", seed_db)
    assert window.current_pair is None and window.dossier is None
    assert window.right.currentWidget() is window.welcome
    assert pane.events_model.rowCount() == 0 and pane.timeline.groups() == []
    assert "ভুটান" not in pane.sources.text.toPlainText()
    assert not window.commands.export.isEnabled()
    assert window.export_pdf() is None
    assert window.export_pdf_to(tmp_path / "gone.pdf", confirm_replace=False) is None
    assert not (tmp_path / "gone.pdf").exists()
    assert window.country_model.row_of("NP") < 0
    assert not window.search_panel.isVisible()                    # closed, and it stays closed
    window.commands.language["bn"].trigger()                      # nothing comes back with a relabel
    assert window.dossier is None and window.right.currentWidget() is window.welcome

    # imported again: it can be chosen and shown again
    import_documents([tmp_path / "in"], user_db, bundled_db=seed_db)
    window.library.reload()
    assert window.open_pair("NP", "BT")
    assert len(window.dossier.sources) == 2 and window.commands.export.isEnabled()


def test_a_country_whose_last_relationship_goes_leaves_the_lists(window, seed_db, tmp_path, qtbot):
    user_db = _library(window, tmp_path, seed_db)
    assert window.open_pair("NP", "BT")
    _remove(window, user_db, "np_bt_en.txt", seed_db)
    _remove(window, user_db, "np_bt_bn.txt", seed_db)
    # Nepal had only this relationship: the country is gone from the list, no partner is listed
    assert window.selected_country() is None and window.partner_model.rowCount() == 0


def test_another_country_clears_the_relationship(window, seed_db, qtbot):
    from relations_desktop.store import queries
    from relations_desktop.store.connection import open_corpus
    conn = open_corpus(seed_db)
    pair = queries.relationships(conn)[0]
    assert window.open_pair(*pair)
    other = next(c.code for c in queries.countries(conn) if c.code not in pair)
    window.country_view.setCurrentIndex(window.country_model.index(window.country_model.row_of(other)))
    assert window.current_pair is None and window.dossier is None
    assert window.right.currentWidget() is window.welcome
    assert not window.commands.export.isEnabled()
    assert queries.country_names(conn)[other]["en"] in window.welcome.heading.text()
    # choosing one of the pair's own countries keeps the pair shown
    assert window.open_pair(*pair)
    window.country_view.setCurrentIndex(window.country_model.index(window.country_model.row_of(pair[1])))
    assert window.current_pair == pair
