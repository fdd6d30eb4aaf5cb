"""File ▸ Import from a Kiwix library… driven through the real window: the chooser looks through a
real archive (built with libzim's writer), counts its articles per language, lets the person
choose some by language and by article with a filter (from the keyboard too), imports them with
progress, or cancels; a broken archive is said in words. And the sources pane: the metadata of
each source, and a near-duplicate shown as an alternative source that can be opened."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog

from relations_desktop import i18n
from relations_desktop.store.userdb import list_user_documents
from tests.kiwix_helpers import ARTICLES, chooser_titles, open_chooser
from tests.qt_helpers import type_text

DATA = Path(__file__).resolve().parent / "data" / "zim"


def test_the_menu_item_and_its_access_key(window):
    action = window.commands.import_kiwix
    assert action.text() == "Import from a &Kiwix library…"
    assert action in window.commands.menu_file.actions()
    window.commands.language["bn"].trigger()
    assert action.text() == "Kiwix লাইব্রেরি থেকে নথি যোগ করুন (&K)…"


def test_choose_some_articles_by_language_and_by_filter_then_import(window, qtbot, archive, user_db):
    chooser = open_chooser(window, qtbot, archive)
    assert chooser.problem is None
    assert "wikipedia_mul_relations" in chooser.archive.text() and "6 articles" in chooser.status.text()
    counts = {lang: box.text() for lang, box in chooser.language_checks.items()}
    assert counts == {"bn": "Bengali (2)", "en": "English (2)", "hi": "Hindi (2)"}
    assert len(chooser.chosen()) == 6 and chooser.count.text() == "6 of 6 chosen"
    # by language: Hindi out
    chooser.language_checks["hi"].setChecked(False)
    assert sorted(c.lang for c in chooser.chosen()) == ["bn", "bn", "en", "en"]
    assert chooser.shown.rowCount() == 4
    # by article: filter to the hubs, uncheck them all
    type_text(chooser.filter, "Chile")
    assert chooser_titles(chooser) == ["Foreign relations of Chile"]
    chooser.set_languages({"bn", "en"})
    chooser.filter.clear()
    type_text(chooser.filter, "চিলি")
    assert chooser_titles(chooser) == ["চিলির বৈদেশিক সম্পর্ক"]
    qtbot.mouseClick(chooser.uncheck_all, Qt.MouseButton.LeftButton)
    chooser.filter.clear()
    assert sorted(c.title for c in chooser.chosen()) == ["Foreign relations of Chile", "Ghana–Kenya relations",
                                                         "ঘানা–কেনিয়া সম্পর্ক"]
    assert chooser.count.text() == "3 of 6 chosen"
    chosen = chooser.chosen()
    qtbot.mouseClick(chooser.import_button, Qt.MouseButton.LeftButton)
    assert chooser.result() == QDialog.DialogCode.Accepted
    run = window.library.job
    assert run.candidates == chosen
    with qtbot.waitSignal(run.finished, timeout=60_000):
        pass
    assert run.result.ok and len(run.result.added) == 3
    assert {d.file for d in list_user_documents(user_db)} == {"Foreign_relations_of_Chile", "Ghana–Kenya_relations",
                                                             "ঘানা–কেনিয়া_সম্পর্ক"}
    summary = window.import_summary.text.toPlainText().splitlines()
    assert summary[:2] == ["Bengali: 1 article added", "English: 2 articles added"]
    # each article by its title, not by the file its entry path ends in
    assert "  Ghana–Kenya relations — English; relations: Ghana – Kenya" in summary
    assert not [line for line in summary if "Foreign_relations_of_Chile" in line]
    window.import_summary.close()
    # the imported relationship is there, with its attribution in the source header
    assert window.open_pair("GH", "KE")
    shown = window.relationship.sources.text.toPlainText()
    assert "https://en.wikipedia.org/wiki/Ghana–Kenya_relations" in shown     # as an address bar shows it
    assert "Licence: CC BY-SA 4.0" in shown and "Wikipedia contributors" in shown
    assert "Wikipedia (wikipedia_mul_relations, as of May 1, 2024)" in shown


def test_the_chooser_from_the_keyboard(window, qtbot, archive, user_db):
    chooser = open_chooser(window, qtbot, archive)
    chooser.activateWindow()
    qtbot.keyClick(chooser, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert chooser.filter.hasFocus()
    type_text(chooser.filter, "Ghana")
    chooser.list.setFocus()
    chooser.list.setCurrentIndex(chooser.shown.index(0, 0))
    qtbot.keyClick(chooser.list, Qt.Key.Key_Space)          # Space unchecks the current article
    assert "Ghana–Kenya relations" not in [c.title for c in chooser.chosen()]
    # a button's access key clicks it (after a short animation)
    with qtbot.waitSignal(chooser.check_all.clicked, timeout=2000):
        qtbot.keyClick(chooser, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert "Ghana–Kenya relations" in [c.title for c in chooser.chosen()]
    with qtbot.waitSignal(chooser.uncheck_all.clicked, timeout=2000):
        qtbot.keyClick(chooser, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert chooser.chosen() == []               # what the filter hides is not imported
    chooser.filter.clear()                      # the other five are still checked
    assert len(chooser.chosen()) == 5
    qtbot.keyClick(chooser, Qt.Key.Key_Escape)
    assert chooser.result() == QDialog.DialogCode.Rejected and not user_db.exists()


def test_cancel_while_looking_and_cancel_the_import(window, qtbot, archive, user_db):
    chooser = window.import_kiwix(archive)
    qtbot.addWidget(chooser)
    qtbot.mouseClick(chooser.cancel_button, Qt.MouseButton.LeftButton)    # at once, while it looks
    assert chooser.result() == QDialog.DialogCode.Rejected and not chooser.scanning()
    assert window.library.job is None and not user_db.exists()
    # an import cancelled on its way changes nothing
    chooser = open_chooser(window, qtbot, archive)
    qtbot.mouseClick(chooser.import_button, Qt.MouseButton.LeftButton)
    run = window.library.job
    run.dialog.canceled.emit()          # the progress dialog's Cancel
    with qtbot.waitSignal(run.finished, timeout=60_000):
        pass
    assert run.result.cancelled and not user_db.exists()
    assert "cancelled" in window.import_summary.text.toPlainText()
    window.import_summary.close()


@pytest.mark.parametrize("name", ["invalid.offset_in_cluster.zim", "invalid.nonsorted_dirent_table.zim",
                                  "invalid.outofbounds_first_clusterptr.zim", "README.md"])
def test_a_broken_archive_is_said_in_words(window, qtbot, tmp_path, name, user_db):
    path = DATA / name
    if name == "README.md":         # not an archive at all, whatever its name says
        path = tmp_path / "notes.zim"
        shutil.copy(DATA / name, path)
    window.commands.language["bn"].trigger()
    chooser = open_chooser(window, qtbot, path)
    assert chooser.problem == f"{path.name} পড়া যাচ্ছে না: Kiwix ফাইলটি ক্ষতিগ্রস্ত বা অসম্পূর্ণ।"
    assert chooser.status.text() == chooser.problem and "Error" not in chooser.status.text()
    assert not chooser.import_button.isEnabled()
    chooser.reject()


def test_an_archive_without_relation_articles(window, qtbot, user_db):
    chooser = open_chooser(window, qtbot, DATA / "wikibooks_be_all_nopic_2017-02.zim")
    assert chooser.problem is None
    assert chooser.status.text() == "No articles about relations between countries were found in this file."
    assert "Wikibooks" in chooser.archive.text() and "109 entries" in chooser.archive.text()
    assert not chooser.import_button.isEnabled()
    chooser.reject()


def test_import_documents_with_an_archive_opens_the_chooser(window, qtbot, archive, monkeypatch, user_db):
    from relations_desktop.ui import importer
    monkeypatch.setattr(importer, "choose_files", lambda _parent, _folder: [archive])
    assert window.import_documents() is None
    chooser = window.kiwix_chooser
    qtbot.addWidget(chooser)
    qtbot.waitUntil(lambda: chooser.scan is not None, timeout=30_000)
    assert len(chooser.chosen()) == len(ARTICLES)
    chooser.reject()


def test_the_chooser_in_bengali(window, qtbot, archive, user_db, tmp_path):
    window.commands.language["bn"].trigger()
    chooser = open_chooser(window, qtbot, archive)
    assert chooser.windowTitle() == "Kiwix লাইব্রেরি থেকে নথি যোগ করুন"
    assert chooser.language_checks["bn"].text() == "বাংলা (২)"
    assert chooser.count.text() == "৬টির মধ্যে ৬টি বাছাই করা হয়েছে"
    assert chooser.import_button.text() == "যোগ করুন (&I)"
    chooser.reject()
    i18n.set_language("en")


def test_a_near_duplicate_is_shown_as_an_alternative_source_and_opens(window, qtbot, tmp_path, user_db):
    from relations_desktop.ui.document_view import DocumentDialog
    text = ("Ghana and Kenya established diplomatic relations on 2 March 1964. Kenya opened a high commission in "
            "Accra on 14 October 1999. The two countries signed a trade agreement in Nairobi on 5 May 2005. ") * 3
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ghana_kenya.txt").write_text("Ghana–Kenya relations\n\n" + text, encoding="utf-8")
    (folder / "mirror.html").write_text(
        '<html><head><title>Ghana–Kenya relations</title><meta property="og:site_name" content="Mirror News">'
        '<link rel="canonical" href="https://mirror.example.org/gk"></head><body><article>'
        f"<h1>Ghana–Kenya relations</h1><p>{text}</p></article></body></html>", encoding="utf-8")
    run = window.import_documents(paths=[folder])
    with qtbot.waitSignal(run.finished, timeout=60_000):
        pass
    assert [n.file for n in run.result.near_duplicates] == ["mirror.html"]
    window.import_summary.close()
    assert window.open_pair("GH", "KE")
    sources = window.relationship.sources
    lines = sources.text.toPlainText().split("\n")
    heading = next(i for i, line in enumerate(lines) if line.endswith("Ghana–Kenya relations"))
    assert lines[heading + 1].endswith("ghana_kenya.txt")
    assert lines[heading + 2] == ("Nearly the same text also in: Ghana–Kenya relations — Mirror News")
    assert len(window.dossier.sources) == 1         # the copy is not a second source: nothing counted twice
    # the heading's menu opens the copy
    menus = window._menus
    target = menus.passage_target(sources._doc_starts[0][0])
    menu = menus._show(sources.text.viewport(), sources.text.rect().topLeft(), target)
    opens = [a for a in menu.actions() if a.text().startswith("Open the alternative source")]
    assert [a.text() for a in opens] == ["Open the alternative source Ghana–Kenya relations — Mirror News…"]
    menu.close()
    shown: list[tuple[str, str]] = []

    def read_and_close() -> None:       # the document opens as a modal dialog: read it, close it
        dialog = menus.document_dialog
        assert isinstance(dialog, DocumentDialog)
        shown.append((dialog.reference.text(), dialog.text.toPlainText()))
        dialog.reject()
    QTimer.singleShot(200, read_and_close)
    opens[0].trigger()
    assert shown and "https://mirror.example.org/gk" in shown[0][0]
    assert shown[0][1].startswith("Ghana–Kenya relations")


def test_opening_the_chooser_leaves_the_import_engine_to_the_worker_thread(archive, seed_db, tmp_path):
    # The menu item runs in the interface thread: it must not load the pipeline (hundreds of
    # milliseconds of imports and pattern compiling, the window frozen); the scan's and the
    # import's threads load what they need.
    import os
    import subprocess
    import sys
    script = ("import sys, tempfile\n"
              "from pathlib import Path\n"
              "from PySide6.QtCore import QSettings\n"
              "from relations_desktop.ui.app import make_application\n"
              "from relations_desktop.ui.mainwindow import MainWindow\n"
              "app = make_application()\n"
              "settings = QSettings(str(Path(tempfile.mkdtemp()) / 's.ini'), QSettings.Format.IniFormat)\n"
              "win = MainWindow(Path(sys.argv[1]), Path(sys.argv[2]), settings=settings)\n"
              "win.show()\n"
              "before = set(sys.modules)\n"
              "from relations_desktop.ui import kiwix_chooser\n"
              "kiwix_chooser.KiwixChooser.start = lambda self: None   # no scan thread: what this thread loads\n"
              "chooser = win.import_kiwix(Path(sys.argv[3]))\n"
              "print(' '.join(sorted(set(sys.modules) - before)))\n"
              "chooser.reject()\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", script, str(seed_db), str(tmp_path / "corpus.db"), str(archive)],
                         env=env, capture_output=True, text=True, check=True, timeout=120).stdout.splitlines()
    loaded = set(out[-1].split())
    assert "relations_desktop.ui.kiwix_chooser" in loaded
    assert loaded & {"relations_desktop.corpus.pipeline", "relations_desktop.store.userdb",
                     "relations_desktop.store.ingest", "relations_desktop.corpus.gazetteer", "libzim"} == set()
