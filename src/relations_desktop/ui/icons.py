"""Icons from qtawesome, coloured to match the palette, loaded only when first needed.

Importing qtawesome costs about a quarter of a second, so the window paints first and
icons arrive just after.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication

# The icon font every name below comes from; qtawesome is told to load only it (it would
# otherwise read and checksum ten fonts at the first icon), and the bundle ships only it
# (build.ICON_FONT_FILES).
ICON_FONT = "mdi6"

NAMES = {
    "export": "mdi6.file-pdf-box",
    "import": "mdi6.file-import-outline",
    "kiwix": "mdi6.bookshelf",
    "search": "mdi6.magnify",
    "quit": "mdi6.exit-to-app",
    "about": "mdi6.information-outline",
    "zoom_in": "mdi6.magnify-plus-outline",
    "zoom_out": "mdi6.magnify-minus-outline",
    "zoom_reset": "mdi6.fit-to-screen-outline",
    "language": "mdi6.translate",
    "filter": "mdi6.filter-variant",
    "previous": "mdi6.chevron-left",
    "next": "mdi6.chevron-right",
    "remove": "mdi6.delete-outline",
    "copy": "mdi6.content-copy",
    "timeline": "mdi6.timeline-outline",
    "sources": "mdi6.bookshelf",
    "manual": "mdi6.book-open-variant",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "hide": "mdi6.eye-off-outline",
    "edit": "mdi6.pencil-outline",
    "note": "mdi6.note-text-outline",
    "add": "mdi6.plus-box-outline",
    "restore": "mdi6.restore",
    "corrections": "mdi6.playlist-edit",
    "library": "mdi6.library-outline",
    # markers of events in the events list (not colour alone: each is a shape)
    "corrected": "mdi6.pencil",
    "added": "mdi6.plus-circle-outline",
    "noted": "mdi6.note-text-outline",
    "uncertain": "mdi6.help-circle-outline",
    "open": "mdi6.file-document-outline",
}


def icon(name: str) -> QIcon:
    import qtawesome  # deferred: see the module docstring

    fonts = getattr(qtawesome, "_BUNDLED_FONTS", ())
    if len(fonts) > 1:
        qtawesome._BUNDLED_FONTS = tuple(f for f in fonts if f[0] == ICON_FONT)
    palette = QApplication.palette()
    return qtawesome.icon(NAMES[name], color=palette.color(QPalette.ColorRole.WindowText),
                          color_disabled=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText))
