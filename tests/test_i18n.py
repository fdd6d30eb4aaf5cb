"""Interface languages: formatting, plurals, and a live switch that leaves no other script behind."""

from __future__ import annotations

import regex
from PySide6.QtCore import QAbstractListModel, QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from relations_desktop import i18n
from relations_desktop.i18n import language_for_locale
from relations_desktop.i18n.formatting import format_event_date, format_number
from relations_desktop.i18n.glossary import LATIN_ACCESS_KEY
from relations_desktop.present import labels

LATIN = regex.compile(r"[A-Za-z]+")
INDIC = regex.compile(r"[\u0980-\u09FF\u0900-\u097F]")
# Proper names and key names that stay in Latin script in every interface.
ALLOWED_LATIN = {"PDF", "Ctrl", "F", "K", "E", "I", "English", "ISO", "Noto", "Sans", "Bengali", "Devanagari",
                 "SIL", "MIT", "LGPL", "Qt", "PySide6", "PySide", "Babel", "CLDR", "CC", "BY", "SA", "qtawesome",
                 "Material", "Design", "Icons", "Apache", "Unicode", "Google", "OFL", "Wikipedia",
                 "Relations", "Desktop",    # the app's name (i18n/glossary.csv)
                 "Kiwix",                   # a product name, in Latin letters (i18n/glossary.csv)
                 "CSV", "JSON", "PNG", "SVG", "RIS", "BibTeX", "CSL", "LaTeX",   # export formats
                 "Zotero", "Mendeley", "EndNote", "pandoc"}                       # and what reads them
ALLOWED_INDIC = {"বাংলা", "हिंदी"}    # the Language menu names each language in its own script


def test_dates_follow_language_and_precision():
    assert format_event_date("2004-03-05", "bn") == "৫ মার্চ ২০০৪"
    assert format_event_date("2004-03", "bn") == "মার্চ ২০০৪"
    assert format_event_date("2004", "bn") == "২০০৪"
    assert format_event_date("2006-01-19/2006-01-22", "bn") == "১৯–২২ জানুয়ারি ২০০৬"
    assert format_event_date("1971/1975", "bn") == "১৯৭১–১৯৭৫"
    assert format_event_date("2004-03-05", "hi") == "5 मार्च 2004"
    assert format_event_date("2004-08", "hi") == "अगस्त 2004"
    assert format_event_date("2004-03-05", "en") == "March 5, 2004"
    assert format_event_date("2006-01-19/2006-01-22", "en") == "January 19–22, 2006"
    assert format_number(12345, "bn") == "১২,৩৪৫"
    assert format_number(12345, "hi") == "12,345"


def test_plural_forms_in_every_language():
    i18n.set_language("en")
    assert labels.events_count(1) == "1 event" and labels.events_count(5) == "5 events"
    i18n.set_language("bn")
    one, five = labels.events_count(1), labels.events_count(5)
    assert "১" in one and "৫" in five and not LATIN.search(one + five)
    i18n.set_language("hi")
    one, five = labels.events_count(1), labels.events_count(5)
    assert "1" in one and "5" in five and not LATIN.search(one + five)
    assert one.replace("1", "") != five.replace("5", "") or "घटना" in one


def test_system_locale_decides_first_language():
    assert language_for_locale("bn_BD.UTF-8") == "bn"
    assert language_for_locale("bn_IN") == "bn"
    assert language_for_locale("hi_IN.UTF-8") == "hi"
    assert language_for_locale("de_DE.UTF-8") == "en"
    assert language_for_locale(None) == "en"


def visible_texts(root: QWidget, skip: tuple[QWidget, ...]) -> list[tuple[str, str]]:
    """Every user-visible text under ``root``: labels, buttons, placeholders, tooltips, titles,
    tabs, menus and actions, item views' headers and rows — except the source-text widgets."""
    out: list[tuple[str, str]] = []

    def add(where: str, text: object) -> None:
        if isinstance(text, str) and text:
            out.append((where, text))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if any(w is s or s.isAncestorOf(w) for s in skip):
            continue
        top = w.window()
        if top is not root.window() and not top.isVisible() and not isinstance(top, QMenu):
            continue                      # inside closed dialogs
        if isinstance(w, QHeaderView):
            continue                      # its model is the table's, walked below
        name = f"{type(w).__name__}:{w.objectName()}"
        add(name + ".windowTitle", w.windowTitle() if w.isWindow() else "")
        add(name + ".toolTip", w.toolTip())
        add(name + ".accessibleName", w.accessibleName())
        if not w.isVisible() and not isinstance(w, QMenu):
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            add(name, w.text())
        elif isinstance(w, QLineEdit):
            add(name + ".placeholder", w.placeholderText())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(name + ".tab", w.tabText(i))
        elif isinstance(w, QMenu):
            add(name + ".title", w.title())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            from PySide6.QtCore import Qt
            # list models keep columnCount() private in PySide6: they have one column
            cols = 1 if isinstance(m, QAbstractListModel) else m.columnCount(QModelIndex())
            for c in range(cols):
                add(name + ".header", m.headerData(c, Qt.Orientation.Horizontal))
            for r in range(min(m.rowCount(QModelIndex()), 50)):
                for c in range(cols):
                    if getattr(w, "source_columns", None) and c in w.source_columns:
                        continue
                    if isinstance(w.window(), QFileDialog):
                        continue          # file and folder names are data, not interface text
                    add(name + ".item", m.index(r, c).data())
                    add(name + ".tip", m.index(r, c).data(Qt.ItemDataRole.ToolTipRole))
        for a in w.actions():
            add(name + ".action", a.text())
            add(name + ".actionTip", a.toolTip() if a.toolTip() != a.text().replace("&", "") else "")
    return out


def latin_leftovers(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    bad = []
    for where, text in texts:
        text = LATIN_ACCESS_KEY.sub("", text)      # access keys are Latin letters: "ফাইল (&F)"
        words = set(LATIN.findall(text)) - ALLOWED_LATIN
        # ISO codes (two capitals) and file paths are data, not interface words
        words = {w for w in words if not (len(w) == 2 and w.isupper())}
        if words and "/" not in text:
            bad.append((where, text))
    return bad


def indic_leftovers(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(w, t) for w, t in texts if INDIC.search(t) and t not in ALLOWED_INDIC]


def open_dialogs(window) -> list[QWidget]:
    """The dialogs a person can open from the window, shown but not run modally."""
    from relations_desktop.ui import dialogs
    about = dialogs.AboutDialog(window, window.library.stats)
    message = dialogs.message(window, i18n._("Export failed"), i18n._("Nothing was written."))
    files = window.exporter.save_dialog(window.current_pair)
    for d in (about, message, files):
        d.show()
    QApplication.processEvents()
    return [about, message, files]


def source_widgets(window) -> tuple[QWidget, ...]:
    rel = window.relationship
    return (rel.sources.text, rel.citations)


def test_switching_language_relabels_everything_live(window, seed_db, qtbot):
    from relations_desktop.store import queries
    from relations_desktop.store.connection import open_corpus
    conn = open_corpus(seed_db)
    pair = max(queries.relationships(conn), key=lambda p: len(queries.event_groups(conn, p)))
    window.open_pair(*pair)
    window.relationship.events_view.source_columns = {3}       # excerpts are source text, never translated
    for lang in ("bn", "hi"):
        window.commands.language[lang].trigger()
        assert i18n.current_language() == lang
        dialogs = open_dialogs(window)
        texts = visible_texts(window, source_widgets(window))
        for d in dialogs:
            texts += visible_texts(d, ())
            d.close()
        assert len(texts) > 60
        assert latin_leftovers(texts) == [], lang
    window.commands.language["en"].trigger()
    dialogs = open_dialogs(window)
    texts = visible_texts(window, source_widgets(window))
    for d in dialogs:
        texts += visible_texts(d, ())
        d.close()
    assert indic_leftovers(texts) == []


def test_language_choice_is_remembered(window, qt_settings):
    window.commands.language["hi"].trigger()
    window.save_settings()
    assert qt_settings.value("language") == "hi"


def test_source_text_is_never_translated(window, seed_db):
    from relations_desktop.store import queries
    from relations_desktop.store.connection import open_corpus
    conn = open_corpus(seed_db)
    pair = next(p for p in queries.relationships(conn)
                if any(e.lang == "bn" for e in queries.events(conn, p)))
    window.open_pair(*pair)
    window.commands.language["en"].trigger()
    shown = window.relationship.sources.text.toPlainText()
    assert INDIC.search(shown)     # the Bengali passage stays Bengali in the English interface
