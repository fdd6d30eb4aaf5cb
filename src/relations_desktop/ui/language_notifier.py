"""Bridge the i18n module's language listeners to a Qt signal that widgets connect to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from relations_desktop import i18n


class LanguageNotifier(QObject):
    """Emits ``changed(lang)`` after the interface language switched."""

    changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        i18n.add_listener(self.changed.emit)

    def close(self) -> None:
        i18n.remove_listener(self.changed.emit)


_notifier: LanguageNotifier | None = None


def notifier() -> LanguageNotifier:
    global _notifier
    if _notifier is None:
        _notifier = LanguageNotifier()
    return _notifier
