"""Every setting the app remembers (Qt's QSettings), declared once: key, type, default and what
it is for. Nothing else in the app names a settings key."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication

from relations_desktop import APP_ID

# Where QSettings keeps them (see the README's table): organisation and application name.
ORGANIZATION = APP_ID
APPLICATION = APP_ID

T = TypeVar("T")


class Setting(Generic[T]):
    """One remembered value. (A plain class: the window reads settings before its first paint.)"""

    __slots__ = ("default", "doc", "key", "type")

    def __init__(self, key: str, type_: type[T], default: T | None, doc: str) -> None:
        self.key, self.type, self.default, self.doc = key, type_, default, doc

    def read(self, store: QSettings) -> T | None:
        """The stored value, or the default when there is none or it has the wrong type."""
        value = store.value(self.key)
        return value if isinstance(value, self.type) else self.default

    def write(self, store: QSettings, value: T) -> None:
        store.setValue(self.key, value)


LANGUAGE = Setting("language", str, None, "interface language (bn, hi or en); unset: the system's")
GEOMETRY = Setting("geometry", QByteArray, None, "the main window's place and size")
MAIN_SPLITTER = Setting("splitter/mainSplitter", QByteArray, None, "widths of the three panes")
RELATIONSHIP_SPLITTER = Setting("splitter/relationshipSplitter", QByteArray, None,
                                "heights of the timeline, the events and the sources")
LAST_PAIR = Setting("last_pair", str, None, "the relationship shown last, shown again at start, its "
                    "country first: TJ-ES is Spain among Tajikistan's related countries")
EXPORT_FOLDER = Setting("export_folder", str, None, "the folder the last PDF was saved in")
APPEARANCE = Setting("appearance", str, "system", "colours: system (as the desktop is set), light or dark")
# One per language with digits of its own; unset: the language's default (i18n.formatting).
DIGITS = {lang: Setting(f"digits/{lang}", str, None, f"digits of the {lang} interface: native or latin")
          for lang in ("bn", "hi")}

ALL = (LANGUAGE, GEOMETRY, MAIN_SPLITTER, RELATIONSHIP_SPLITTER, LAST_PAIR, EXPORT_FOLDER, APPEARANCE,
       *DIGITS.values())


def read_pair(store: QSettings) -> tuple[str, str] | None:
    """The last relationship as two codes (not yet normalised: it comes from outside)."""
    value = LAST_PAIR.read(store)
    if not value or "-" not in value:
        return None
    a, b = value.split("-", 1)
    return a, b


def write_pair(store: QSettings, pair: tuple[str, str]) -> None:
    """``pair`` as (the country whose relations are listed, the related country)."""
    LAST_PAIR.write(store, "-".join(pair))


# What a desktop's window frame adds around the window (title bar, borders), at most, as pixels.
FRAME_ALLOWANCE = (16, 64)


def first_size() -> tuple[int, int]:
    """The main window's size at its first start: 1280×800, or what a smaller screen holds. (The
    size is the inside of the window: its frame must fit too, or the status bar, which tells
    what was saved where, falls off the bottom of a 1280×800 screen.)"""
    screen = QApplication.primaryScreen()
    room = screen.availableGeometry().size() if screen is not None else None
    frame_w, frame_h = FRAME_ALLOWANCE
    return (min(1280, room.width() - frame_w) if room else 1280,
            min(800, room.height() - frame_h) if room else 800)
