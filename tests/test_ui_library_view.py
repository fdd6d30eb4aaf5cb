"""The library window (Ctrl+L): titles A to Z at first, by the alphabet of each script (the
interface language's first); a document without a title named by how it opens or what it is
about, in italics, never by a file name of hashes."""

from __future__ import annotations

import re
from pathlib import Path

from relations_desktop import i18n
from relations_desktop.store.userdb import import_documents

DOCS = {
    "zm_ke.txt": "Zambia–Kenya relations\n\nZambia and Kenya established diplomatic relations in 1964.\n",
    "ao_ke.txt": "Angola–Kenya relations\n\nAngola and Kenya established diplomatic relations in 1975.\n",
    "gh_ke.txt": "ঘানা–কেনিয়া সম্পর্ক\n\n১৯৬০ সালে ঘানা ও কেনিয়ার মধ্যে কূটনৈতিক সম্পর্ক স্থাপিত হয়।\n",
    "ug_ke.txt": "১৯৬৩ সালে উগান্ডা ও কেনিয়ার মধ্যে কূটনৈতিক সম্পর্ক স্থাপিত হয়।\n",     # no title line
}


def _titles(dialog) -> list[tuple[str, bool]]:
    """(title shown, in italics) of each row, top to bottom."""
    proxy = dialog.proxy
    rows = [proxy.index(r, 0) for r in range(proxy.rowCount())]
    return [(i.data(), bool(i.data(0x0006) and i.data(0x0006).italic())) for i in rows]   # 6: Qt.FontRole


def test_titles_a_to_z_and_no_document_is_named_by_a_file_name(window, seed_db, tmp_path: Path, qtbot):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    user_db = tmp_path / "user.db"
    import_documents([folder], user_db, bundled_db=seed_db)
    window.library.user_database = user_db
    window.library.reload()
    from relations_desktop.ui.library_view import LibraryDialog
    dialog = LibraryDialog.show_for(window)
    titles = _titles(dialog)
    shown = [t for t, _italic in titles]
    # no seed's file name of hashes ("004_d1415f73e7d11002.txt"), nor an imported one's
    assert not [t for t in shown if re.search(r"\.txt$", t)], shown
    # A to Z: Latin first in English, each alphabet in its order
    latin = [t for t in shown if t[:1].isascii()]
    assert latin == sorted(latin, key=str.casefold) and shown[:len(latin)] == latin
    assert shown.index("Angola–Kenya relations") < shown.index("Zambia–Kenya relations")
    # named after its relationship, in italics; a real title upright
    assert ("Kenya – Uganda relations", True) in titles
    assert ("Angola–Kenya relations", False) in titles and ("Foreign relations of Tajikistan", False) in titles
    dialog.close()
    # in Bengali: Bengali titles first, in the Bengali alphabet (ঘ before ত before প before ম)
    i18n.set_language("bn")
    dialog = LibraryDialog.show_for(window)
    shown = [t for t, _italic in _titles(dialog)]
    bengali = [t for t in shown if "\u0980" <= t[:1] <= "\u09ff"]
    assert shown[:len(bengali)] == bengali and len(bengali) >= 5
    firsts = [t[0] for t in bengali]
    order = "অআইঈউঊঋএঐওঔকখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ"
    assert firsts == sorted(firsts, key=order.index)
    assert "কেনিয়া – উগান্ডা সম্পর্ক" in shown or "উগান্ডা – কেনিয়া সম্পর্ক" in shown
    dialog.close()


def test_the_library_and_an_open_document_follow_a_language_switch(window, qtbot):
    """Both stay open beside the window (they are not modal): choosing another language in the
    window's menu turns them to it at once, as the window itself."""
    from relations_desktop.i18n import _
    from relations_desktop.ui.library_view import LANGUAGE, ORIGIN, TITLE, LibraryDialog
    dialog = LibraryDialog.show_for(window)
    dialog.view.setCurrentIndex(dialog.proxy.index(0, 0))
    chosen = dialog.current_id()
    document = dialog.open_document()
    assert not dialog.isModal() and not document.isModal()
    english = (dialog.windowTitle(), dialog.summary.text(), dialog.open_button.text(), document.later.text())
    assert english == ("Library", "5 documents · none added by you", "&Open", "&Later part ▶")
    window.commands.language["bn"].trigger()
    assert i18n.current_language() == "bn"
    header = dialog.model.horizontalHeaderItem
    assert dialog.windowTitle() == _("Library") != "Library"
    assert (header(TITLE).text(), header(LANGUAGE).text()) == (_("Title"), _("Language")) != ("Title", "Language")
    assert dialog.summary.text().startswith("৫টি") and dialog.filter.placeholderText() == _(
        "Filter documents: title, source, language, country…")
    assert {dialog.proxy.index(r, ORIGIN).data() for r in range(dialog.proxy.rowCount())} == {_("Comes with the app")}
    assert dialog.proxy.index(0, LANGUAGE).data() in ("বাংলা", "ইংরেজি", "হিন্দি")
    assert (dialog.open_button.text(), dialog.edit_button.text(), dialog.remove_button.text()) == (
        _("&Open"), _("&Edit details…"), _("&Remove…"))
    assert dialog.current_id() == chosen                      # the same document still chosen
    assert (document.later.text(), document.earlier.text()) == (_("&Later part ▶"), _("◀ &Earlier part"))
    assert document.later.text() != english[3]
    from relations_desktop.present.citations import source_citation
    assert document.reference.text() == source_citation(document.doc)
