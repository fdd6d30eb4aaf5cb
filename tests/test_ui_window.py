"""The main window driven for real on the seed database, offscreen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from relations_desktop.store import queries
from relations_desktop.store.connection import open_corpus
from relations_desktop.ui.models import CodeRole
from tests.qt_helpers import open_window, type_text


def pairs_of(seed_db: Path) -> list[tuple[str, str]]:
    return queries.relationships(open_corpus(seed_db))


def hub_country(seed_db: Path) -> str:
    """The country with the most relationships (read from the data, not assumed)."""
    countries = queries.countries(open_corpus(seed_db))
    return max(countries, key=lambda c: c.relationships).code


def test_choosing_a_country_lists_its_partners(window, seed_db, qtbot):
    hub = hub_country(seed_db)
    row = window.country_model.row_of(hub)
    window.country_view.setCurrentIndex(window.country_model.index(row))
    expected = sorted(p.code for p in queries.partners(open_corpus(seed_db), hub))
    got = sorted(window.partner_model.index(i).data(CodeRole) for i in range(window.partner_model.rowCount()))
    assert got == expected and len(got) >= 3


def test_choosing_a_pair_fills_header_timeline_and_sources(window, seed_db):
    conn = open_corpus(seed_db)
    # the relationship with the most dated events
    pair = max(pairs_of(seed_db), key=lambda p: sum(1 for g in queries.event_groups(conn, p) if g.date))
    assert window.open_pair(*pair)
    names = queries.country_names(conn)
    assert names[pair[0]]["en"] in window.relationship.title.text()
    assert names[pair[1]]["en"] in window.relationship.title.text()
    assert window.relationship.facts.text()
    assert len(window.relationship.timeline.groups()) >= 5
    model = window.relationship.events_model        # the dated events, then the undated ones
    dated = [model.group(r) for r in range(model.rowCount()) if model.group(r).date]
    assert len(dated) == len(window.relationship.timeline.groups())
    assert dated == [model.group(r) for r in range(len(dated))]
    text = window.relationship.sources.text.toPlainText()
    assert any(p.start < p.end for s in window.dossier.sources for p in s.passages)
    first = window.dossier.sources[0]
    passage = first.passages[0]
    assert first.text[passage.start:passage.end][:30] in text.replace("\u2028", "\n")


def test_clicking_a_timeline_event_highlights_its_sentence(window, seed_db, qtbot):
    conn = open_corpus(seed_db)
    pair = max(pairs_of(seed_db), key=lambda p: sum(1 for g in queries.event_groups(conn, p) if g.date))
    window.open_pair(*pair)
    tl = window.relationship.timeline
    tl._layout_lanes()
    target = 2
    center = tl._center(tl._items[target])
    with qtbot.waitSignal(tl.selected, timeout=2000) as blocker:
        qtbot.mouseClick(tl, Qt.MouseButton.LeftButton, pos=QPoint(round(center.x()), round(center.y())))
    assert blocker.args == [target]
    group = tl.groups()[target]
    assert window.relationship.sources.selected_text().strip() == group.events[0].text.strip() or \
        window.relationship.sources.selected_text().strip() in {e.text.strip() for e in group.events}
    # the list follows the drawing
    row = window.relationship.events_view.currentIndex().row()
    assert window.relationship.events_model.group(row) is group


def test_selecting_in_the_list_moves_the_timeline(window, seed_db, qtbot):
    conn = open_corpus(seed_db)
    # the pair with the most dated groups: the list and the drawing hold only dated ones
    pair = max(pairs_of(seed_db), key=lambda p: sum(1 for g in queries.event_groups(conn, p) if g.date))
    window.open_pair(*pair)
    view = window.relationship.events_view
    view.setFocus()
    view.setCurrentIndex(window.relationship.events_model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    group = window.relationship.events_model.group(1)
    assert window.relationship.timeline.groups()[window.relationship.timeline.current_index()] is group
    assert window.relationship.sources.selected_text().strip() in {e.text.strip() for e in group.events}


def test_filter_finds_countries_in_all_three_scripts(window, seed_db, qtbot):
    conn = open_corpus(seed_db)
    names = queries.country_names(conn)
    hub = hub_country(seed_db)
    for lang in ("en", "bn", "hi"):
        prefix = names[hub][lang][:3]
        window.filter.clear()
        type_text(window.filter, prefix)
        assert hub in window.country_model.codes(), (lang, prefix)
        # the lower-case English prefix works too
    window.filter.clear()
    qtbot.keyClicks(window.filter, names[hub]["en"][:4].lower())
    assert hub in window.country_model.codes()
    window.filter.clear()
    qtbot.keyClicks(window.filter, "zzzz")
    assert window.country_model.rowCount() == 0


def test_filter_ignores_bengali_endings_and_hindi_nukta(window, seed_db, qtbot):
    conn = open_corpus(seed_db)
    names = queries.country_names(conn)
    hub = hub_country(seed_db)
    type_text(window.filter, names[hub]["bn"] + "ের")
    assert hub in window.country_model.codes()
    window.filter.clear()
    with_nukta = [c for c in window.country_model._all if "\u093c" in c.names["hi"]]
    if with_nukta:
        c = with_nukta[0]
        type_text(window.filter, c.names["hi"].replace("\u093c", "")[:5])
        assert c.code in window.country_model.codes()


def test_keyboard_walks_from_filter_to_the_relationship(window, seed_db, qtbot):
    hub = hub_country(seed_db)
    conn = open_corpus(seed_db)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter.hasFocus()
    qtbot.keyClicks(window.filter, queries.country_names(conn)[hub]["en"])
    qtbot.keyClick(window.filter, Qt.Key.Key_Return)
    assert window.country_view.hasFocus()
    qtbot.keyClick(window.country_view, Qt.Key.Key_Return)
    assert window.partner_view.hasFocus()
    qtbot.keyClick(window.partner_view, Qt.Key.Key_Down)
    assert window.current_pair is not None and hub in window.current_pair
    qtbot.keyClick(window.partner_view, Qt.Key.Key_Return)
    assert window.relationship.timeline.hasFocus()


def test_settings_are_remembered(qtbot, app_fonts, seed_db, qt_settings):
    from relations_desktop.ui.mainwindow import MainWindow
    pair = pairs_of(seed_db)[0]
    first = MainWindow(seed_db, None, settings=qt_settings)
    qtbot.addWidget(first)
    first.resize(701, 555)
    first.open_pair(*pair)
    first.splitter.setSizes([150, 200, 340])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(seed_db, None, settings=qt_settings)
    qtbot.addWidget(second)
    assert second.current_pair == pair
    assert (second.size().width(), second.size().height()) == (701, 555)
    assert second.splitter.sizes() == sizes


def test_html_looking_documents_stay_plain_text(qtbot, app_fonts, tmp_path, qt_settings):
    from relations_desktop.corpus.pipeline import process_all
    from relations_desktop.store.write import build_database
    src = tmp_path / "src"
    src.mkdir()
    (src / "np_bt.txt").write_text(
        "Nepal and Bhutan established diplomatic relations on 8 June 1983. "
        "<img src=x onerror=alert(1)> Nepal opened an <a href=\"http://example.org\">embassy</a> in Thimphu "
        "in 2010. Bhutan and Nepal signed a trade agreement in 2012.\n", encoding="utf-8")
    docs, _errors = process_all([src])
    db = tmp_path / "html.db"
    build_database(docs, db)
    win = open_window(qtbot, db, None, qt_settings)
    assert win.open_pair("NP", "BT")
    shown = win.relationship.sources.text.toPlainText()
    assert "<img src=x onerror=alert(1)>" in shown
    assert '<a href="http://example.org">embassy</a>' in shown


def test_missing_database_gives_a_message_not_a_traceback(qtbot, app_fonts, tmp_path, qt_settings):
    win = open_window(qtbot, tmp_path / "nowhere.db", None, qt_settings)
    qtbot.waitUntil(lambda: win.problem_box is not None and win.problem_box.isVisible(), timeout=3000)
    assert "nowhere.db" in win.problem_box.text()
    assert "nowhere.db" in win.status_label.text()
    assert win.country_model.rowCount() == 0
    win.problem_box.close()


def test_unreadable_database_gives_a_message(qtbot, app_fonts, tmp_path, qt_settings):
    from relations_desktop.ui.mainwindow import MainWindow
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database" * 100)
    win = MainWindow(bad, None, settings=qt_settings)
    qtbot.addWidget(win)
    assert win.library.problem() and "bad.db" in win.library.problem()
    assert win.country_model.rowCount() == 0


def test_the_first_frame_draws_no_bold_text(window):
    # Only regular faces are loaded before the first paint (fonts.register_fonts); the
    # window as a plain launch first shows it must not need a bold one.
    from PySide6.QtWidgets import QLabel, QWidget
    assert window._relationship is None
    shown = [w for w in window.findChildren(QWidget) if w.isVisibleTo(window)]
    assert shown
    assert [w for w in shown if w.font().bold()] == []
    assert [w.text() for w in shown if isinstance(w, QLabel) and "<b" in w.text().lower()] == []


def test_a_plain_launch_paints_before_loading_what_it_does_not_show(tmp_path, seed_db):
    # The first frame needs neither the corpus tools, nor the relationship pane, nor the
    # icon font, PDF export, collation or the JSON parser; they load after it.
    import os
    import subprocess
    import sys
    script = ("import os, sys\n"
              "from relations_desktop.cli import main\n"
              "try:\n    main()\nexcept SystemExit:\n    pass\n"
              "print(' '.join(sorted(sys.modules)))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RELATIONS_DESKTOP_EXIT_AFTER_PAINT="1",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    out = subprocess.run([sys.executable, "-c", script, "--db", str(seed_db), "--lang", "en"], env=env,
                         capture_output=True, text=True, check=True, timeout=60).stdout.splitlines()
    assert "first-paint" in out
    loaded = set(out[-1].split())
    assert "relations_desktop.ui.mainwindow" in loaded
    assert loaded & {"json", "regex", "qtawesome", "babel", "pyuca", "sqlite_utils", "fpdf",
                     "relations_desktop.corpus.countries", "relations_desktop.ui.relationship_pane",
                     "relations_desktop.ui.timeline", "relations_desktop.export.summary_pdf"} == set()
    # Nor the readers, the writer lock, the library's checks, the exports and citations, the
    # corpus model of a document or grouping (a relationship's), nor html (tooltips).
    assert loaded & {"filelock", "libzim", "lxml", "pypdfium2", "docx", "charset_normalizer", "citeproc",
                     "html", "relations_desktop.store.health", "relations_desktop.store.lock",
                     "relations_desktop.corpus.document", "relations_desktop.corpus.grouping",
                     "relations_desktop.corpus.footnotes", "relations_desktop.present.citations",
                     "relations_desktop.present.dossier", "relations_desktop.export.formats",
                     "relations_desktop.export.writer", "relations_desktop.export.timeline_table",
                     "relations_desktop.export.timeline_svg", "relations_desktop.export.bibliography",
                     "relations_desktop.ui.export_action", "relations_desktop.ui.importer"} == set()


def test_a_restart_shows_the_relationship_from_the_side_it_was_left_on(window, seed_db, qt_settings, qtbot):
    """Tajikistan ▸ Spain stays so after a restart (the pair sorted would be Spain ▸ Tajikistan)."""
    from relations_desktop.ui.mainwindow import MainWindow

    def restarted() -> MainWindow:
        window.close()                            # (closing saves the settings)
        again = MainWindow(seed_db, None, settings=qt_settings)
        qtbot.addWidget(again)
        return again

    hub = hub_country(seed_db)
    before = next(p.code for p in queries.partners(open_corpus(seed_db), hub) if p.code < hub)
    window.lists.select_country(hub)                               # chosen in the lists, as a reader does
    window.partner_view.setCurrentIndex(window.partner_model.index(window.partner_model.row_of(before)))
    assert window.current_pair == (before, hub)
    window = restarted()
    assert (window.selected_country(), window.partner_model.country) == (hub, hub)
    assert window.partner_view.currentIndex().data(CodeRole) == before
    assert window.current_pair == (before, hub)
    # the same relationship turned round by choosing its other country: that side comes back
    window.lists.select_country(before)
    assert window.current_pair == (before, hub)
    window = restarted()
    assert window.selected_country() == before and window.partner_view.currentIndex().data(CodeRole) == hub
