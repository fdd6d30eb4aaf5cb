"""Register the bundled Noto fonts so Bengali and Devanagari render on machines without them."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from relations_desktop import resources

UI_FAMILIES = ["Noto Sans", "Noto Sans Bengali", "Noto Sans Devanagari"]


class FontError(RuntimeError):
    pass


_SCRIPT_PREFIX = {"en": "NotoSans-", "bn": "NotoSansBengali-", "hi": "NotoSansDevanagari-"}
_registered: set[str] = set()


def register_fonts(langs: tuple[str, ...] | None = None) -> list[str]:
    """Load the bundled fonts: all of them, or (for the first frame, which has no bold text)
    the regular faces of the given languages' scripts and of Latin. Raise FontError naming
    a font Qt could not load. Loading twice is a no-op."""
    prefixes = None if langs is None else tuple(_SCRIPT_PREFIX[x] + "Regular" for x in ("en", *langs))
    families: list[str] = []
    for path in resources.font_files():
        if path.name in _registered or (prefixes is not None and not path.name.startswith(prefixes)):
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise FontError(f"could not load font {path}")
        _registered.add(path.name)
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def ui_font(lang: str, point_size: float | None = None) -> QFont:
    """The application font, with the script of ``lang`` first in the fallback list."""
    order = {"bn": ["Noto Sans Bengali", "Noto Sans", "Noto Sans Devanagari"],
             "hi": ["Noto Sans Devanagari", "Noto Sans", "Noto Sans Bengali"]}.get(lang, UI_FAMILIES)
    font = QFont()
    font.setFamilies(order)
    size = point_size or QApplication.font().pointSizeF()
    if size > 0:
        font.setPointSizeF(size)
    return font


def text_font(point_size: float | None = None) -> QFont:
    """Font for source text in any of the three scripts (Latin first: the fallbacks cover the rest)."""
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    if point_size:
        font.setPointSizeF(point_size)
    return font
