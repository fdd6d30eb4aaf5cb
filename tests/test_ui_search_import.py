"""Search as you type and importing documents, driven through the real window."""

from __future__ import annotations

import hashlib

import regex
from PySide6.QtCore import Qt

from relations_desktop.store import queries
from relations_desktop.store.connection import open_corpus
from tests.qt_helpers import type_text

WORD = regex.compile(r"[\w\p{M}]{5,}")


def word_in(conn, lang: str) -> str:
    """A long word from an event sentence in ``lang`` (taken from the data, not assumed)."""
    for pair in queries.relationships(conn):
        for e in queries.events(conn, pair):
            if e.lang == lang:
                words = [w for w in WORD.findall(e.text) if not w.isdigit()]
                if words:
                    return max(words, key=len)
    raise AssertionError(f"no {lang} event sentence")


def search_for(window, qtbot, text: str) -> list:
    window.search_field.clear()
    type_text(window.search_field, text)
    qtbot.waitUntil(lambda: not window.search_panel.timer.isActive(), timeout=3000)
    return window.search_panel.model.hits


def test_search_in_three_scripts_and_jump_to_the_sentence(window, seed_db, qtbot):
    conn = open_corpus(seed_db)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    for lang in ("bn", "hi", "en"):
        word = word_in(conn, lang)
        hits = search_for(window, qtbot, word[:4] if lang != "en" else word)
        assert hits, (lang, word)
        assert any(h.lang == lang for h in hits)
        assert window.search_panel.isVisible()
    # Enter opens the first hit's relationship at its sentence
    hits = window.search_panel.model.hits
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    first = hits[0]
    assert window.current_pair == tuple(first.pair)
    assert window.relationship.sources.selected_text().strip() == first.sentence.strip()


def test_country_name_finds_other_scripts(window, seed_db, qtbot):
    conn = open_corpus(seed_db)
    names = queries.country_names(conn)
    # a country named in a Bengali passage, searched by its English name
    for pair in queries.relationships(conn):
        if any(e.lang == "bn" for e in queries.events(conn, pair)):
            code = pair[0]
            break
    hits = search_for(window, qtbot, names[code]["en"])
    assert any(h.lang == "bn" for h in hits)
    hits = search_for(window, qtbot, names[code]["hi"])
    assert any(h.lang == "bn" for h in hits) and any(h.lang == "en" for h in hits)


def test_hostile_queries_never_error(window, qtbot):
    for q in ['"', "AND", "*", "(", "-", "NEAR(", "a:b", ")))", "  "]:
        search_for(window, qtbot, q)
        assert "fts5" not in window.search_panel.status.text().lower()


def _docs(folder):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "np_bt_en.txt").write_text(
        "Bhutan–Nepal relations are the bilateral relations between Bhutan and Nepal. The two countries "
        "established diplomatic relations on 8 June 1983. In March 2010 the King of Bhutan made a state visit to "
        "Kathmandu, and the two governments signed a trade agreement in 2012.\n", encoding="utf-8")
    (folder / "np_bt_bn.txt").write_text(
        "নেপাল ও ভুটানের মধ্যে দ্বিপাক্ষিক সম্পর্ক রয়েছে। ১৯৮৩ সালের ৮ জুন দুই দেশের মধ্যে কূটনৈতিক সম্পর্ক স্থাপিত হয়। "
        "২০১০ সালের মার্চ মাসে ভুটানের রাজা নেপাল সফর করেন।\n", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe")
    return folder


def _use_user_db(window, tmp_path):
    """A fresh user database for the window, in the test's folder."""
    user_db = tmp_path / "user" / "corpus.db"
    user_db.parent.mkdir()
    window.library.user_database = user_db
    return user_db


def _import(window, qtbot, paths):
    """Import through the window and wait until the run has finished."""
    run = window.import_documents(paths=paths)
    with qtbot.waitSignal(run.finished, timeout=60_000):
        pass
    return run


def test_import_through_the_window(window, tmp_path, qtbot):
    _use_user_db(window, tmp_path)
    assert window.country_model.row_of("NP") < 0
    run = _import(window, qtbot, [_docs(tmp_path / "in")])
    assert run.result is not None and len(run.result.added) == 2
    assert [f.reason for f in run.result.failed] == ["binary"]
    # the imported relationship appears without a restart, next to the bundled ones
    assert window.country_model.row_of("NP") >= 0
    assert window.open_pair("NP", "BT")
    langs = {s.lang for s in window.dossier.sources}
    assert langs == {"bn", "en"}
    summary = window.import_summary.text.toPlainText()
    assert "broken.txt" in summary
    window.import_summary.close()
    # importing the same folder again adds nothing
    run = _import(window, qtbot, [tmp_path / "in"])
    assert run.result.added == [] and len(run.result.duplicates) == 2
    window.import_summary.close()


def test_cancelled_import_leaves_the_user_corpus_as_it_was(window, tmp_path, qtbot):
    user_db = _use_user_db(window, tmp_path)
    _import(window, qtbot, [_docs(tmp_path / "first")])
    window.import_summary.close()
    before = hashlib.sha256(user_db.read_bytes()).hexdigest()
    more = tmp_path / "more"
    more.mkdir()
    for i in range(30):
        (more / f"doc{i}.txt").write_text(f"Nepal and India signed agreement number {i} in {1990 + i}.\n",
                                          encoding="utf-8")
    run = window.import_documents(paths=[more])
    run.worker.cancel()
    with qtbot.waitSignal(run.finished, timeout=60_000):
        pass
    assert run.result.cancelled
    assert hashlib.sha256(user_db.read_bytes()).hexdigest() == before
    assert "cancel" in window.import_summary.text.toPlainText().lower()
    window.import_summary.close()


def test_remove_an_imported_document(window, tmp_path, qtbot):
    from relations_desktop.ui.importer import FILE_ROLE, ManageImportsDialog
    user_db = _use_user_db(window, tmp_path)
    _import(window, qtbot, [_docs(tmp_path / "in")])
    window.import_summary.close()
    dlg = ManageImportsDialog(window, user_db, window.library.database)
    qtbot.addWidget(dlg)
    assert dlg.list.count() == 2
    # the remove question names the file alone; the list names the countries, not their codes
    items = [dlg.list.item(i) for i in range(dlg.list.count())]
    assert {item.data(FILE_ROLE) for item in items} == {"np_bt_en.txt", "np_bt_bn.txt"}
    assert all("Bhutan – Nepal" in item.text() and "BT" not in item.text() for item in items)
    assert dlg.remove_selected(confirmed=True)
    assert dlg.list.count() == 1
    window.library.reload()
    window.current_pair = None
    assert window.open_pair("NP", "BT")
    assert len({s.file for s in window.dossier.sources}) == 1


def test_imports_from_an_older_version_are_rebuilt(qtbot, app_fonts, seed_db, tmp_path, qt_settings):
    import sqlite3

    from relations_desktop.store.userdb import import_documents
    from relations_desktop.ui.mainwindow import MainWindow
    user_db = tmp_path / "user.db"
    import_documents([_docs(tmp_path / "in")], user_db, bundled_db=seed_db)
    with sqlite3.connect(user_db) as c:
        c.execute("PRAGMA user_version = 1")      # as an older schema would have left it
    win = MainWindow(seed_db, user_db, settings=qt_settings)
    qtbot.addWidget(win)
    assert win.library.needs_rebuild and win.library.conn is not None
    assert win.country_model.row_of("NP") < 0          # the bundled corpus is shown meanwhile
    win.show()
    qtbot.waitUntil(lambda: win.country_model.row_of("NP") >= 0, timeout=60_000)
    assert not win.library.needs_rebuild


def test_import_progress_is_coalesced_but_always_ends_complete(qtbot):
    """Hundreds of fast files must not flood the interface thread with one report each,
    and the last report (the finished state) is never dropped."""
    from relations_desktop.ui.importer import ImportWorker

    def job(progress, cancelled):
        for i in range(500):
            progress(i, 500, f"doc{i}.txt")
        progress(500, 500, "")
        return "ok"

    worker = ImportWorker(job)
    reports: list[tuple[int, int, str]] = []
    worker.progress.connect(lambda *r: reports.append(r))
    with qtbot.wait_signal(worker.done) as done:
        worker.run()
    assert done.args == ["ok"]
    assert reports[0] == (0, 500, "doc0.txt")
    assert reports[-1] == (500, 500, "")
    assert len(reports) < 20


def test_after_an_import_the_reload_and_the_summary_come_in_turns_of_their_own(window, tmp_path, qtbot):
    """The window reads the library again, then shows the summary (made in the job's thread),
    each in an event-loop turn of its own, and only then says the import has finished."""
    from PySide6.QtCore import QTimer
    _use_user_db(window, tmp_path)
    seen: list[str] = []
    window.library.changed.connect(lambda: (seen.append("reload"),
                                            QTimer.singleShot(0, lambda: seen.append("next turn"))))
    window.library.imported.connect(lambda _run: seen.append("summary"))
    run = window.import_documents(paths=[_docs(tmp_path / "in")])
    run.finished.connect(lambda _result: seen.append("finished"))
    with qtbot.waitSignal(run.finished, timeout=60_000):
        pass
    assert seen == ["reload", "next turn", "summary", "finished"]
    assert run.summary is not None and "broken.txt" in run.summary
    assert window.import_summary.text.toPlainText() == run.summary
    window.import_summary.close()


CHOOSING = r"""
import json, sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from relations_desktop.store.workers import server_started
from relations_desktop.ui.app import make_application
from relations_desktop.ui.import_commands import import_documents
from relations_desktop.ui.mainwindow import MainWindow
app = make_application()
settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
win = MainWindow(Path(sys.argv[1]), None, settings=settings)
win.show()
seen = {"started_before": server_started(), "dialog": None, "started_while_choosing": False}
deadline = time.monotonic() + 60

def look():
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, QFileDialog):
        seen["dialog"] = dialog.windowTitle()
        if server_started() or time.monotonic() > deadline:
            seen["started_while_choosing"] = server_started()
            dialog.reject()
            return
    QTimer.singleShot(20, look)

QTimer.singleShot(0, look)
seen["run"] = import_documents(win, folder=True) is not None
print(json.dumps(seen))
"""


def test_choosing_a_folder_starts_the_import_workers_server_meanwhile(seed_db):
    # As the Kiwix chooser does: the server's start (loading the pipeline, about half a second
    # of processor time) overlaps the person's choosing, not the import they then start.
    import json
    import os
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-c", CHOOSING, str(seed_db)], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-2000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert not seen["started_before"] and seen["dialog"] == "Import a folder"
    assert seen["started_while_choosing"]
    assert not seen["run"]                      # cancelled: nothing imported


def _marked_pixels(width: int, snippet: str, highlights: list[tuple[int, int]]) -> int:
    """Paint one result row ``width`` pixels wide with the results' own delegate; how many
    pixels have the highlight's colour."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QListView, QStyleOptionViewItem

    from relations_desktop.store.search import Hit
    from relations_desktop.ui.search_panel import HitDelegate, SearchModel
    hit = Hit(document_id=1, file="f.txt", lang="hi", pair=("BD", "NP"), start=0, end=len(snippet),
              sentence=snippet, snippet=snippet, highlights=highlights, rank=0.0)
    model = SearchModel()
    model.set_hits([hit], {})
    view = QListView()
    view.setModel(model)
    delegate = HitDelegate(view)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.widget = view
    option.rect = QRect(0, 0, width, delegate.sizeHint(option, model.index(0)).height())
    image = QImage(option.rect.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0))
    painter.end()
    marked = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            marked += c.red() > 240 and 200 <= c.green() <= 235 and 110 <= c.blue() <= 180
    return marked


def test_a_result_shows_its_match_however_far_into_the_line_it_is(qapp):
    """A match past the width of the results pane (the search shows about sixty characters
    before it) is scrolled into the row, not left out of sight."""
    words = "दोनों देशों के बीच कई वर्षों से व्यापार और संस्कृति के क्षेत्र में सहयोग बढ़ता रहा है और "
    snippet = words + "एक समझौते पर हस्ताक्षर किए गए।"
    start = snippet.index("समझौते")
    near = _marked_pixels(900, snippet, [(start, start + len("समझौते"))])
    assert near > 50                          # wide enough: the match in view where it is
    assert _marked_pixels(300, snippet, [(start, start + len("समझौते"))]) >= near * 0.9
    assert _marked_pixels(300, "समझौते " + words, [(0, len("समझौते"))]) >= near * 0.9   # at the start: as it was
