"""Help ▸ Manual (F1): the short manual in the interface language, with its pictures, shipped
with the app (resources/manual) and shown offline in a window that stays open beside the app."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from relations_desktop import i18n, resources
from relations_desktop.errors import ResourceError
from relations_desktop.i18n import _
from relations_desktop.present.manual import manual
from relations_desktop.ui.language_notifier import notifier

PICTURE_WIDTH = 560


def picture_path(name: str, lang: str) -> str | None:
    """The picture of a section for ``lang`` (else the English one), as a file URL; None if absent."""
    for candidate in (lang, "en"):
        try:
            return QUrl.fromLocalFile(str(resources.path("resources", "manual", f"{name}-{candidate}.png"))).toString()
        except ResourceError:
            continue
    return None


def manual_html(lang: str) -> str:
    """The manual as the browser shows it: our own words, escaped; no source text in it."""
    parts = [f"<h1>{html.escape(_('Manual'))}</h1>"]
    for section in manual():
        parts.append(f"<h2>{html.escape(section.heading)}</h2>")
        parts += [f"<p>{html.escape(p)}</p>" for p in section.paragraphs]
        url = picture_path(section.picture, lang) if section.picture else None
        if url:
            parts.append(f'<p><img src="{html.escape(url)}" width="{PICTURE_WIDTH}" '
                         f'alt="{html.escape(section.heading)}"></p>')
    return "\n".join(parts)


class ManualDialog(QDialog):
    """The manual; one per window, raised again by F1, following the interface language."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("manual")
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.resize(PICTURE_WIDTH + 80, 640)
        notifier().changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self, _lang: str | None = None) -> None:
        self.setWindowTitle(_("Manual"))         # Qt adds " — Relations Desktop"
        self.browser.setAccessibleName(_("Manual"))
        self.close_button.setText(_("Close"))
        self.browser.setHtml(manual_html(i18n.current_language()))

    @classmethod
    def show_for(cls, window: QWidget) -> ManualDialog:
        dialog = window.findChild(cls)
        if dialog is None:
            dialog = cls(window)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
