"""Room to read at common screen sizes: event rows and lines of source text actually visible
(measured on the laid-out widgets, offscreen), splitters that remember their places."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTableView, QTextEdit

from relations_desktop.store import queries
from relations_desktop.store.connection import open_corpus
from tests.qt_helpers import open_window


def visible_rows(view: QTableView) -> int:
    """Rows of the table shown whole in its viewport."""
    area = view.viewport().rect()
    model = view.model()
    return sum(1 for r in range(model.rowCount()) if area.contains(view.visualRect(model.index(r, 0))))


def visible_lines(text: QTextEdit) -> int:
    """Lines of laid-out text shown whole in the text view's viewport (any script's line height)."""
    doc = text.document()
    layout = doc.documentLayout()
    top = text.verticalScrollBar().value()
    height = text.viewport().height()
    count = 0
    block = doc.begin()
    while block.isValid():
        y = layout.blockBoundingRect(block).top() - top
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            if y + line.y() >= 0 and y + line.y() + line.height() <= height:
                count += 1
        block = block.next()
    return count


def long_pair(seed_db) -> tuple[str, str]:
    """A relationship with many events and a long source (read from the data)."""
    conn = open_corpus(seed_db)
    return max(queries.relationships(conn), key=lambda p: len(queries.event_groups(conn, p)))


@pytest.mark.parametrize("lang", ["en", "bn", "hi"])
@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
def test_six_event_rows_and_ten_source_lines_at_common_sizes(qtbot, app_fonts, seed_db, qt_settings, size, lang):
    from relations_desktop import i18n
    from relations_desktop.ui.mainwindow import MainWindow
    i18n.set_language(lang)
    window = MainWindow(seed_db, None, settings=qt_settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_pair(*long_pair(seed_db))
    pane = window.relationship
    QApplication.processEvents()
    assert window.size().width() == size[0] and window.size().height() == size[1]
    assert pane.events_model.rowCount() >= 8
    assert visible_rows(pane.events_view) >= 6, pane.splitter.sizes()
    assert visible_lines(pane.sources.text) >= 10, pane.splitter.sizes()
    # the search results open beside the relationship: the source keeps its lines
    lines = visible_lines(pane.sources.text)
    window.search_field.setText("1992")
    window.search_panel.run()
    QApplication.processEvents()
    assert window.search_panel.isVisible()
    assert visible_lines(pane.sources.text) >= min(lines, 10)
    assert visible_rows(pane.events_view) >= 6
    assert pane.width() >= size[0] // 2


def test_splitters_remember_their_places(qtbot, app_fonts, seed_db, qt_settings):
    first = open_window(qtbot, seed_db, None, qt_settings)
    first.open_pair(*long_pair(seed_db))
    QApplication.processEvents()
    first.relationship.splitter.setSizes([200, 260, 200])
    main, rel = first.splitter.sizes(), first.relationship.splitter.sizes()
    first.close()
    second = open_window(qtbot, seed_db, None, qt_settings)
    QApplication.processEvents()
    assert second.splitter.sizes() == main
    assert second.relationship.splitter.sizes() == rel


def test_the_lists_are_narrower_on_a_small_screen(qtbot, app_fonts, seed_db, qt_settings):
    from relations_desktop.ui.mainwindow import MainWindow
    window = MainWindow(seed_db, None, settings=qt_settings)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    countries, partners, right = window.splitter.sizes()
    assert right >= 600 and countries + partners <= 400
    hint = window.minimumSizeHint()               # and the window can be made as small as the screen
    assert hint.width() <= 1024 and hint.height() <= 768, hint


def test_the_first_window_fits_the_screen(qtbot, app_fonts, seed_db, qt_settings):
    from relations_desktop.ui.mainwindow import MainWindow
    from relations_desktop.ui.settings import FRAME_ALLOWANCE
    room = QApplication.primaryScreen().availableGeometry().size()
    window = MainWindow(seed_db, None, settings=qt_settings)      # no saved geometry: a first start
    qtbot.addWidget(window)
    # with the frame a desktop draws around it (the size is the window's inside)
    frame_w, frame_h = FRAME_ALLOWANCE
    assert window.width() == min(1280, room.width() - frame_w) and window.height() == min(800, room.height() - frame_h)


@pytest.mark.parametrize("lang", ["bn", "hi", "en"])
@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
def test_every_label_of_the_filter_bar_is_shown_whole(qtbot, app_fonts, seed_db, qt_settings, size, lang):
    """With its longest labels (a type chosen, years, one certainty, a count), the bar over the
    timeline shows each control whole and inside the window, wrapping rather than squeezing the
    lists of countries beside it."""
    from PySide6.QtGui import QFontMetrics

    from relations_desktop import i18n
    from relations_desktop.present import labels
    from relations_desktop.present.event_filter import UNCERTAIN_ONLY, EventFilter
    i18n.set_language(lang)
    window = open_window(qtbot, seed_db, None, qt_settings)
    window.load_icons()
    window.resize(*size)
    assert window.open_pair(*long_pair(seed_db))
    QApplication.processEvents()
    lists = window.splitter.sizes()[:2]
    bar = window.relationship.filters
    metrics = QFontMetrics(bar.types.font())
    longest = max(labels.EVENT_TYPES, key=lambda code: metrics.horizontalAdvance(labels.event_type(code)))
    bar.set_value(EventFilter(types=frozenset({longest}), first_year=1991, last_year=2010, certainty=UNCERTAIN_ONLY))
    bar.show_counts(987, 1234)
    QApplication.processEvents()
    assert window.size().width() == size[0]
    inside = window.rect()
    for w in (bar.types, bar.from_label, bar.first, bar.to_label, bar.last, bar.certainty, bar.clear, bar.shown,
              bar.zoom_fit):
        assert w.isVisible() and w.width() >= w.sizeHint().width(), (w.objectName() or type(w).__name__, w.width())
        top_left, bottom_right = w.mapTo(window, w.rect().topLeft()), w.mapTo(window, w.rect().bottomRight())
        assert inside.contains(top_left) and inside.contains(bottom_right), (type(w).__name__, top_left, bottom_right)
    assert window.splitter.sizes()[:2] == lists            # the lists keep their width
