"""Message boxes and the About box, with every button in the interface language
(Qt ships no Bengali or Hindi catalogue, so the texts are set here)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relations_desktop import __version__
from relations_desktop.i18n import _
from relations_desktop.i18n.formatting import format_number, localize_digits
from relations_desktop.present import credits, labels
from relations_desktop.store.queries import Stats


def message(parent: QWidget | None, title: str, text: str, detail: str = "",
            icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    """A message box with a translated OK button; returned (not yet shown) for tests."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.addButton(_("OK"), QMessageBox.ButtonRole.AcceptRole)
    return box


def ok_cancel(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    """The OK and Cancel buttons of a dialog that edits something, wired to accept and reject;
    returns the box and its OK button. Ctrl+Enter is OK from any field, a note's too (where
    Enter starts a new line)."""
    buttons = QDialogButtonBox(dialog)
    ok = buttons.addButton(_("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, ok.click)        # as OK: nothing while it is disabled
    return buttons, ok


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None) -> bool:
    """Whether the person chose ``yes`` over ``no`` (Cancel unless given; the default button)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(no or _("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def about_text(stats: Stats | None) -> str:
    lines = [_("Relations Desktop"), _("Version {version}").format(version=localize_digits(__version__)), ""]
    lines.append(_("An offline atlas of bilateral relations between countries, read from Bengali, "
                   "Hindi and English sources."))
    if stats is not None:
        langs = ", ".join(f"{labels.language_name(lang)}: {format_number(n)}"
                          for lang, n in sorted(stats.documents_by_lang.items()))
        lines += ["", _("Library"),
                  labels.documents_count(sum(stats.documents_by_lang.values())) + f" ({langs})",
                  labels.relationships_count(stats.relationships), labels.events_count(stats.events)]
    lines += ["", _("Licences"),
              _("Source texts from Wikipedia are available under the Creative Commons "
                "Attribution-ShareAlike licence (CC BY-SA); each document names its source and "
                "its reference list is kept with it."),
              _("Relations Desktop itself is free software under the {app} licence. The standalone app "
                "includes {part}, under the {build} licence, so as a whole it is distributed under the "
                "terms of that licence. Its parts, each under its own licence (the texts are in its "
                "{folder} folder):").format(app=credits.APP_LICENCE, part=credits.BUILD_LICENCE_PART,
                                            build=credits.BUILD_LICENCE, folder=credits.LICENCE_FOLDER)]
    lines += [f"  {part.name}: {part.licence}" for part in credits.PARTS]
    lines += ["", _("It never uses the network.")]
    return "\n".join(lines)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None, stats: Stats | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("About Relations Desktop"))
        text = QPlainTextEdit(self)
        text.setReadOnly(True)
        text.setPlainText(about_text(stats))
        text.setAccessibleName(_("About Relations Desktop"))
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(_("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        title = QLabel(_("Relations Desktop"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        self.resize(560, 460)
