"""What the window shows where nothing is chosen yet: what the library holds and how to add to it
(in place of a relationship), and a country filter that matches nothing (in place of the list).
Both offer Import documents…; drawn in regular type, as the first frame is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from relations_desktop.i18n import _
from relations_desktop.present import labels
from relations_desktop.store.queries import Stats


def _label(parent: QWidget, scale: float = 1.0) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if scale != 1.0:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    return label


def library_text(stats: Stats | None) -> str:
    """What the library holds, in one sentence of the interface language."""
    if stats is None:
        return ""
    documents = sum(stats.documents_by_lang.values())
    langs = ", ".join(labels.language_name(lang) for lang in sorted(stats.documents_by_lang))
    return _("The library holds {documents} in {languages} about {relationships}, with {events} "
             "tied to the sentences they were read from.").format(
        documents=labels.documents_count(documents), languages=langs,
        relationships=labels.relationships_count(stats.relationships), events=labels.events_count(stats.events))


class WelcomeView(QWidget):
    """Where a relationship will show: how to choose one, what there is, how to add more.
    ``import_requested`` and ``manual_requested`` follow its buttons."""

    import_requested = Signal()
    manual_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.stats: Stats | None = None
        self.country: str | None = None     # the chosen country's name, once one is chosen
        self.unmatched: str | None = None   # what the country filter holds while it matches none
        self.heading = _label(self, 1.4)
        self.contents = _label(self)
        self.how_to_add = _label(self)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("welcomeImport")
        self.import_button.clicked.connect(self.import_requested)
        self.manual_button = QPushButton(self)
        self.manual_button.setObjectName("welcomeManual")
        self.manual_button.clicked.connect(self.manual_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.manual_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.contents)
        layout.addWidget(self.how_to_add)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def show_state(self, stats: Stats | None, country: str | None, unmatched: str | None = None) -> None:
        self.stats, self.country, self.unmatched = stats, country, unmatched
        self.retranslate()

    def retranslate(self) -> None:
        if self.unmatched:
            self.heading.setText(_("No country matches “{text}”").format(text=self.unmatched))
        elif self.country:
            self.heading.setText(_("Choose one of the countries {country} has relations with").format(
                country=self.country))
        else:
            self.heading.setText(_("Choose a country, then one it has relations with"))
        self.contents.setText(library_text(self.stats))
        self.contents.setVisible(bool(self.contents.text()))
        self.how_to_add.setText(_(
            "To add your own documents, choose File ▸ Import documents… (Ctrl+I): text and Markdown "
            "files, saved web pages, PDF, Word (.docx) and Kiwix (.zim) files. They stay on this computer."))
        self.import_button.setText(_("Import documents…"))
        self.manual_button.setText(_("Read the manual (F1)"))
        self.setAccessibleName(self.heading.text())


class NoMatch(QWidget):
    """Shown under the country filter when it matches no country; offers to import documents."""

    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noMatch")
        self.text = ""
        self.message = _label(self)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("noMatchImport")
        self.import_button.clicked.connect(self.import_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 8)
        layout.addWidget(self.message)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def show_for(self, text: str) -> None:
        self.text = text
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setText(_("No country in the library matches “{text}”. Documents about it can be "
                               "imported.").format(text=self.text.strip()))
        self.import_button.setText(_("Import documents…"))
