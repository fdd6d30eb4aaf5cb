"""Translate Qt's own texts (file dialog, message box buttons, context menus) from our catalogs.

Qt ships no Bengali or Hindi translations. This translator answers Qt's lookups with the
app's gettext catalogs, so Qt's dialogs switch language with the rest of the interface.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QWidget

from relations_desktop.i18n import NC_, current_language, pgettext

# The Qt strings the app's dialogs and menus show, marked for extraction into our template.
QT_STRINGS = (
    # QFileDialog and its model
    NC_("qt", "&Look in:"),
    NC_("qt", "File &name:"),
    NC_("qt", "Files of &type:"),
    NC_("qt", "&Save"),
    NC_("qt", "&Open"),
    NC_("qt", "&Choose"),
    NC_("qt", "Back"),
    NC_("qt", "Forward"),
    NC_("qt", "Parent Directory"),
    NC_("qt", "Create New Folder"),
    NC_("qt", "Create a New Folder"),
    NC_("qt", "List View"),
    NC_("qt", "Detail View"),
    NC_("qt", "Go back"),
    NC_("qt", "Go forward"),
    NC_("qt", "Go to the parent directory"),
    NC_("qt", "Change to list view mode"),
    NC_("qt", "Change to detail view mode"),
    NC_("qt", "List of places and bookmarks"),
    NC_("qt", "Sidebar"),
    NC_("qt", "Files"),
    NC_("qt", "All Files (*)"),
    NC_("qt", "&New Folder"),
    NC_("qt", "&Rename"),
    NC_("qt", "&Delete"),
    NC_("qt", "Show &hidden files"),
    NC_("qt", "New Folder"),
    NC_("qt", "Recent Places"),
    NC_("qt", "Directory:"),
    NC_("qt", "Save As"),
    NC_("qt", "Name"),
    NC_("qt", "Size"),
    NC_("qt", "Type"),
    NC_("qt", "Date Modified"),
    NC_("qt", "Computer"),
    NC_("qt", "My Computer"),
    NC_("qt", "Drive"),
    NC_("qt", "Folder"),
    NC_("qt", "File"),
    NC_("qt", "File Folder"),
    NC_("qt", "Unknown"),
    # Standard buttons and message boxes
    NC_("qt", "OK"),
    NC_("qt", "Cancel"),
    NC_("qt", "Close"),
    NC_("qt", "Open"),
    NC_("qt", "Save"),
    NC_("qt", "Apply"),
    NC_("qt", "Yes"), NC_("qt", "&Yes"), NC_("qt", "&No"), NC_("qt", "Directories"), NC_("qt", "Float"),
    NC_("qt", "No"),
    NC_("qt", "Show Details..."),
    NC_("qt", "Hide Details..."),
    # Context menus of text fields
    NC_("qt", "&Undo"),
    NC_("qt", "&Redo"),
    NC_("qt", "Cu&t"),
    NC_("qt", "&Copy"),
    NC_("qt", "&Paste"),
    NC_("qt", "Delete"),
    NC_("qt", "Select All"),
    NC_("qt", "Copy &Link Location"),
    NC_("qt", "Scroll Left"),
    NC_("qt", "Scroll Right"),
)


class GettextQtTranslator(QTranslator):
    """Looks Qt's source texts up in the current gettext catalog (English: no translation)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None, not "": Qt takes an empty string for a translation and would show nothing.
        if current_language() == "en" or not source:
            return None
        translated = pgettext("qt", source)
        return translated if translated != source else None

    def isEmpty(self) -> bool:
        return False


_installed: GettextQtTranslator | None = None


def _translator(app: QCoreApplication) -> GettextQtTranslator | None:
    # Kept here rather than looked up with app.findChild, which would wrap every child of the
    # application in Python, the style among them (milliseconds before the first paint).
    if _installed is not None and shiboken6.isValid(_installed) and _installed.parent() is app:
        return _installed
    return None


def install(app: QCoreApplication) -> None:
    """Answer Qt's own texts from our catalogs in ``app`` (once per application)."""
    global _installed
    if _translator(app) is None:
        _installed = GettextQtTranslator(app)
        app.installTranslator(_installed)


def refresh(app: QCoreApplication) -> None:
    """After a language switch: installing the translator again sends LanguageChange, so Qt's
    own widgets re-label themselves."""
    translator = _translator(app)
    if translator is not None:
        app.removeTranslator(translator)
        app.installTranslator(translator)


def relabel_qt_buttons(root: QWidget) -> None:
    """Qt names some of its own buttons once, when it creates them (the dock's close and float
    buttons, a tab bar's scroll arrows): name them again in the interface language."""
    names = {"qt_dockwidget_closebutton": pgettext("qt", "Close"),
             "qt_dockwidget_floatbutton": pgettext("qt", "Float"),
             "ScrollLeftButton": pgettext("qt", "Scroll Left"),
             "ScrollRightButton": pgettext("qt", "Scroll Right")}
    for w in root.findChildren(QWidget):
        name = names.get(w.objectName())
        if name:
            w.setAccessibleName(name)
            w.setToolTip(name)
