"""How the window looks: light or dark as the desktop says or as chosen (remembered), the digits
each interface language writes (remembered per language), the title in the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from relations_desktop import i18n
from relations_desktop.i18n.formatting import format_number, format_year, writes_native_digits
from relations_desktop.ui.appearance import DARK, LIGHT, SYSTEM, is_dark


def window_colour() -> int:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness()


@pytest.fixture
def back_to_system(window):
    yield window
    window.appearance.choose(SYSTEM)


def test_is_dark_follows_the_choice_and_the_desktop():
    assert is_dark(DARK, Qt.ColorScheme.Light) and is_dark(SYSTEM, Qt.ColorScheme.Dark)
    assert not is_dark(LIGHT, Qt.ColorScheme.Dark) and not is_dark(SYSTEM, Qt.ColorScheme.Unknown)


def test_appearance_is_chosen_from_the_view_menu_and_remembered(back_to_system, qt_settings, qtbot, app_fonts,
                                                                seed_db):
    from relations_desktop.ui.mainwindow import MainWindow
    window = back_to_system
    light = window_colour()
    window.commands.appearance[DARK].trigger()
    assert window_colour() < 80 < light
    assert window.commands.appearance[DARK].isChecked()
    qtbot.waitUntil(lambda: window.country_view.palette().color(QPalette.ColorRole.Base).lightness() < 80,
                    timeout=2000)                                # every widget follows
    assert qt_settings.value("appearance") == DARK
    window.commands.appearance[SYSTEM].trigger()
    assert window_colour() == light                       # the desktop's own colours again
    window.commands.appearance[DARK].trigger()
    again = MainWindow(seed_db, None, settings=qt_settings)
    qtbot.addWidget(again)
    assert again.appearance.choice == DARK and again.commands.appearance[DARK].isChecked()
    assert window_colour() < 80


def test_system_appearance_follows_the_desktop_colour_scheme(back_to_system):
    window = back_to_system
    hints = QApplication.styleHints()
    light = window_colour()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)       # the desktop turns dark
    assert window.appearance.dark and window_colour() < 80
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not window.appearance.dark and window_colour() == light
    window.appearance.choose(LIGHT)                          # a chosen scheme stays put
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not window.appearance.dark


def test_digits_per_language_default_and_chosen(window, qt_settings, qtbot, app_fonts, seed_db):
    from relations_desktop.ui.mainwindow import MainWindow
    c = window.commands
    # Bengali writes its own digits, Hindi Latin ones (as Hindi newspapers and CLDR), unless chosen
    assert format_number(1991, "bn") == "১,৯৯১" and format_year(1991, "hi") == "1991"
    window.set_language("en")
    assert not c.menu_digits.menuAction().isVisible()          # English has no digits of its own
    window.set_language("hi")
    assert c.menu_digits.menuAction().isVisible() and c.latin_digits.isChecked()
    assert "१२३" in c.native_digits.text() and "123" in c.latin_digits.text()
    c.native_digits.trigger()
    assert writes_native_digits("hi") and format_year(1991) == "१९९१"
    assert "१" in window.status_label.text() or "२" in window.status_label.text()      # relabelled at once
    assert qt_settings.value("digits/hi") == "native"
    window.set_language("bn")
    assert c.native_digits.isChecked()
    c.latin_digits.trigger()
    assert format_year(1991) == "1991" and qt_settings.value("digits/bn") == "latin"
    # remembered: a new window writes them so (the process-wide choice reset first)
    from relations_desktop.i18n import formatting
    formatting.set_native_digits("hi", False)
    formatting.set_native_digits("bn", True)
    again = MainWindow(seed_db, None, settings=qt_settings)
    qtbot.addWidget(again)
    assert writes_native_digits("hi") and not writes_native_digits("bn")


def test_the_title_is_in_the_interface_language_only(window):
    for lang in ("hi", "bn", "en", "hi"):
        window.set_language(lang)
        assert window.windowTitle() == i18n._("Relations Desktop")
        assert QApplication.applicationDisplayName() == window.windowTitle()
