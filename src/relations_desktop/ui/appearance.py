"""How the app looks: light or dark colours (as the desktop's colour scheme says, or as chosen),
and which digits the interface language writes; both remembered in the settings."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from relations_desktop.i18n import formatting
from relations_desktop.ui.settings import APPEARANCE, DIGITS

SYSTEM, LIGHT, DARK = "system", "light", "dark"
CHOICES = (SYSTEM, LIGHT, DARK)
NATIVE, LATIN = "native", "latin"
_palette_set = False          # whether the application's palette was set here (not the desktop's)


def dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2d31", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f2023", QPalette.ColorRole.AlternateBase: "#27292d",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#34363b",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d7fd9",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#34363b",
        QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.PlaceholderText: "#8a8d93",
        QPalette.ColorRole.Link: "#6ea8ff", QPalette.ColorRole.Mid: "#44464c",
        QPalette.ColorRole.Light: "#4a4d53", QPalette.ColorRole.Midlight: "#3c3f44",
        QPalette.ColorRole.Dark: "#1a1b1e", QPalette.ColorRole.Shadow: "#101113",
    }
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7b7e84"))
    return p


def is_dark(choice: str, system: Qt.ColorScheme) -> bool:
    """Whether ``choice`` (system, light, dark) means dark colours when the desktop is ``system``."""
    return choice == DARK or (choice == SYSTEM and system == Qt.ColorScheme.Dark)


class Appearance(QObject):
    """The app's colours and digits. ``changed`` follows every change of colours."""

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.choice = self._saved_choice()
        self.dark = False
        hints = QApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_changed)
        for lang, setting in DIGITS.items():
            saved = setting.read(settings)
            if saved in (NATIVE, LATIN):
                formatting.set_native_digits(lang, saved == NATIVE)

    def _saved_choice(self) -> str:
        saved = APPEARANCE.read(self.settings)
        return saved if saved in CHOICES else SYSTEM

    def apply(self, system: Qt.ColorScheme | None = None) -> None:
        """Set the colours the choice means now (``system``: the desktop's scheme, if known)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        hints = app.styleHints()
        system = hints.colorScheme() if system is None else system
        dark = is_dark(self.choice, system)
        if self.choice == SYSTEM:
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
        global _palette_set
        if dark:
            app.setPalette(dark_palette())
        elif self.choice == LIGHT:
            app.setPalette(app.style().standardPalette())
        elif _palette_set:
            app.setPalette(QPalette())           # back to the desktop's own colours
        _palette_set = dark or self.choice == LIGHT
        self.dark = dark
        self.changed.emit()

    def choose(self, choice: str) -> None:
        """System, light or dark, remembered."""
        if choice not in CHOICES:
            raise ValueError(choice)
        self.choice = choice
        APPEARANCE.write(self.settings, choice)
        self.apply()

    def _system_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.choice == SYSTEM:
            self.apply(scheme)

    def choose_digits(self, lang: str, native: bool) -> None:
        """The digits ``lang`` writes, remembered; the interface re-labels itself."""
        DIGITS[lang].write(self.settings, NATIVE if native else LATIN)
        formatting.set_native_digits(lang, native)
