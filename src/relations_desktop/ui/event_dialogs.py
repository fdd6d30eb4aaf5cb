"""The dialogs of a correction: Edit event… (date, type, countries; the extracted values shown
beside them), Add event… (the same, proposed from the selected words, with a note) and Note on
event…. They only ask; ui/corrector.py writes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from relations_desktop.i18n import _
from relations_desktop.i18n.formatting import localize_digits
from relations_desktop.present import labels
from relations_desktop.store.queries import Pair
from relations_desktop.ui.dialogs import ok_cancel


def _pair_label(pair: Pair, names: dict[str, dict[str, str]], lang: str) -> str:
    a, b = pair
    return labels.pair_name(names.get(a, {}).get(lang, a), names.get(b, {}).get(lang, b))


class EventDialog(QDialog):
    """Date, type and pair of an event; ``values()`` after it was accepted. ``pairs`` are offered
    (the first chosen); another can be typed, by codes or names in any of the three scripts."""

    def __init__(self, parent: QWidget | None, title: str, sentence: str, *, date: str | None, type_: str,
                 pairs: list[Pair], names: dict[str, dict[str, str]], extracted: str = "",
                 with_note: bool = False) -> None:
        super().__init__(parent)
        from relations_desktop.i18n import current_language
        lang = current_language()
        self.setWindowTitle(title)
        self.setObjectName("eventDialog")
        self.sentence = QLabel(" ".join(sentence.split()), self)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence.setWordWrap(True)
        self.extracted = QLabel(extracted, self)
        self.extracted.setTextFormat(Qt.TextFormat.PlainText)
        self.extracted.setVisible(bool(extracted))
        self.date = QLineEdit(localize_digits(date or ""), self)
        # the examples in the digits the field shows its date in
        self.date.setPlaceholderText(localize_digits(_("e.g. 1992, 1992-01 or 1992-01-29; empty: not stated")))
        self.date.setToolTip(localize_digits(
            _("A year, a month (1992-01), a day (1992-01-29) or a range (1992-01-19/1992-01-22)")))
        self.precision = QLabel(self)
        self.type = QComboBox(self)
        for code in labels.EVENT_TYPES:
            self.type.addItem(labels.event_type(code), code)
        self.type.setCurrentIndex(max(0, self.type.findData(type_)))
        self.pair = QComboBox(self)
        self.pair.setEditable(True)
        self.pair.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Matches in a list under the field: an inline completion (the combo box's default) takes
        # the first Enter to accept what it selected, so OK needed two.
        self.pair.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        for p in dict.fromkeys(pairs):
            self.pair.addItem(_pair_label(p, names, lang), p)
        self.pair.setCurrentIndex(0)
        self.note = QPlainTextEdit(self) if with_note else None
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(_("Source sentence:"), self.sentence)
        if extracted:
            form.addRow("", self.extracted)
        form.addRow(_("&Date:"), self.date)
        form.addRow(_("Precision:"), self.precision)
        form.addRow(_("&Type:"), self.type)
        form.addRow(_("&Countries:"), self.pair)
        if self.note is not None:
            self.note.setTabChangesFocus(True)
            self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
            form.addRow(_("&Note:"), self.note)
        buttons, self.ok = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.date.textChanged.connect(self._date_changed)
        self._date_changed()
        self.resize(560, self.sizeHint().height())
        self.date.setFocus()

    def _date_changed(self) -> None:
        from relations_desktop.errors import CorrectionError
        from relations_desktop.store.correction_values import date_value
        try:
            _value, precision = date_value(self.date.text())
        except CorrectionError:
            self.precision.setText(_("not a date yet"))
            self.ok.setEnabled(False)
            return
        self.precision.setText(labels.precision_name(precision))
        self.ok.setEnabled(True)

    def chosen_pair(self) -> Pair | None:
        """The pair chosen or typed; None (and a message shown) when the text names none."""
        from relations_desktop.present.pairs import PairError, parse_pair
        text = self.pair.currentText().strip()
        index = self.pair.findText(text)
        if index >= 0:
            return self.pair.itemData(index)
        try:
            return parse_pair(text)
        except PairError:
            self.error.setText(_("“{pair}” does not name two different countries.").format(pair=text))
            self.error.show()
            return None

    def accept(self) -> None:
        if self.chosen_pair() is not None:
            super().accept()

    def values(self) -> dict[str, object]:
        """date (as typed), type, pair; note when the dialog asks for one."""
        out: dict[str, object] = {"date": self.date.text(), "type": self.type.currentData(),
                                  "pair": self.chosen_pair()}
        if self.note is not None:
            out["note"] = self.note.toPlainText()
        return out


class NoteDialog(QDialog):
    """The reader's note on an event; empty removes it."""

    def __init__(self, parent: QWidget | None, sentence: str, note: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Note on event"))
        self.setObjectName("noteDialog")
        about = QLabel(" ".join(sentence.split()), self)
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setPlainText(note)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(_("Note"))
        hint = QLabel(_("The note goes into the exports (PDF, CSV, JSON). Leave it empty to remove it."), self)
        hint.setWordWrap(True)
        buttons = ok_cancel(self)[0]
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.text, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(520, 300)
        self.text.setFocus()

    def note(self) -> str:
        return self.text.toPlainText()
