"""The bar above the timeline that filters what the timeline and the events list show: event
types (a menu of check boxes), a date range in years, confident or uncertain events only, and
Zoom to fit. Emits the filter (present/event_filter.py) whenever it changes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QSpinBox, QToolButton, QWidget

from relations_desktop.i18n import _
from relations_desktop.i18n.formatting import format_number, format_percent, format_year
from relations_desktop.present import labels
from relations_desktop.present.event_filter import ALL, CONFIDENT, CONFIDENT_ONLY, UNCERTAIN_ONLY, EventFilter
from relations_desktop.ui.flow_layout import FlowLayout

# The years a date range may take.
YEARS = (1, 2999)


class _Year(QSpinBox):
    """A year, written with the interface's digits; its lowest value means "any"."""

    def textFromValue(self, value: int) -> str:
        return format_year(value) if value > self.minimum() else ""

    def valueFromText(self, text: str) -> int:
        from relations_desktop.digits import fold_digits
        digits = "".join(ch for ch in fold_digits(text) if ch.isdigit())
        return int(digits) if digits else self.minimum()


class FilterBar(QWidget):
    """``changed(EventFilter)``; ``fit`` asks the timeline to zoom to what is shown."""

    changed = Signal(object)
    fit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventFilters")
        self.types = QToolButton(self)
        self.types.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.types.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.types_menu = QMenu(self.types)
        self.all_types = QAction(self.types_menu)
        self.all_types.triggered.connect(self._all_types)
        self.types_menu.addAction(self.all_types)
        self.types_menu.addSeparator()
        self.type_actions: dict[str, QAction] = {}
        for code in labels.EVENT_TYPES:
            a = QAction(self.types_menu)
            a.setCheckable(True)
            a.setChecked(True)
            a.toggled.connect(self._emit)
            self.types_menu.addAction(a)
            self.type_actions[code] = a
        self.types.setMenu(self.types_menu)
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.first, self.last = _Year(self), _Year(self)
        for box in (self.first, self.last):
            box.setRange(YEARS[0] - 1, YEARS[1])
            box.setValue(box.minimum())
            box.setKeyboardTracking(False)
            box.setGroupSeparatorShown(False)
            box.valueChanged.connect(self._emit)
        self.from_label.setBuddy(self.first)
        self.to_label.setBuddy(self.last)
        self.certainty = QComboBox(self)
        for key in (ALL, CONFIDENT_ONLY, UNCERTAIN_ONLY):
            self.certainty.addItem("", key)
        self.certainty.currentIndexChanged.connect(self._emit)
        self.zoom_fit = QToolButton(self)
        self.zoom_fit.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.zoom_fit.clicked.connect(self.fit)
        self.clear = QToolButton(self)
        self.clear.clicked.connect(self.reset)
        self.shown = QLabel(self)
        self.shown.setTextFormat(Qt.TextFormat.PlainText)
        self.shown.hide()
        # The controls wrap onto a second row where one row would cut a label (a narrow pane,
        # Bengali's longer words); "From … to …" stays together, Zoom to fit at the right.
        years = QWidget(self)
        row = QHBoxLayout(years)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.from_label, self.first, self.to_label, self.last):
            w.setParent(years)
            row.addWidget(w)
        layout = FlowLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(row.spacing() if row.spacing() >= 0 else 6)
        for w in (self.types, years, self.certainty, self.clear, self.shown):
            layout.add_widget(w)
        layout.add_widget(self.zoom_fit, trailing=True)
        self._quiet = False
        self.retranslate()

    def value(self) -> EventFilter:
        chosen = frozenset(code for code, a in self.type_actions.items() if a.isChecked())
        first = self.first.value() if self.first.value() > self.first.minimum() else None
        last = self.last.value() if self.last.value() > self.last.minimum() else None
        return EventFilter(types=None if len(chosen) == len(self.type_actions) else chosen, first_year=first,
                           last_year=last, certainty=self.certainty.currentData() or ALL)

    def set_value(self, f: EventFilter) -> None:
        self._quiet = True
        try:
            for code, a in self.type_actions.items():
                a.setChecked(f.types is None or code in f.types)
            self.first.setValue(f.first_year or self.first.minimum())
            self.last.setValue(f.last_year or self.last.minimum())
            self.certainty.setCurrentIndex(max(0, self.certainty.findData(f.certainty)))
        finally:
            self._quiet = False
        self._emit()

    def reset(self) -> None:
        self.set_value(EventFilter())

    def _all_types(self) -> None:
        f = self.value()
        self.set_value(EventFilter(None, f.first_year, f.last_year, f.certainty))

    def _emit(self, *_args: object) -> None:
        if self._quiet:
            return
        f = self.value()
        self.clear.setEnabled(f.active)
        self._relabel_types(f)
        self.changed.emit(f)

    def show_counts(self, shown: int, total: int) -> None:
        """"5 of 9 events" while a filter hides some."""
        self.shown.setText(_("{shown} of {total} events").format(shown=format_number(shown), total=format_number(total))
                           if shown != total else "")
        self.shown.setVisible(shown != total)

    def _relabel_types(self, f: EventFilter) -> None:
        if f.types is None:
            self.types.setText(_("All types"))
        elif len(f.types) == 1:
            self.types.setText(labels.event_type(next(iter(f.types))))
        else:
            self.types.setText(_("{n} types").format(n=format_number(len(f.types))))

    def focus(self) -> None:
        self.types.setFocus()

    def retranslate(self) -> None:
        self.types.setToolTip(_("Event types to show"))
        self.types.setAccessibleName(_("Event types to show"))
        self.all_types.setText(_("All types"))
        for code, a in self.type_actions.items():
            a.setText(labels.event_type(code))
        self.from_label.setText(_("From"))
        self.to_label.setText(_("to"))
        for box, name in ((self.first, _("First year shown")), (self.last, _("Last year shown"))):
            box.setSpecialValueText(_("any"))
            box.setAccessibleName(name)
            box.setToolTip(name)
        for i, text in enumerate((_("All events"), _("Confident events only"), _("Uncertain events only"))):
            self.certainty.setItemText(i, text)
        self.certainty.setToolTip(_("Uncertain: the extraction's confidence is below {percent}; check them first")
                                  .format(percent=format_percent(CONFIDENT)))
        self.certainty.setAccessibleName(_("Confidence"))
        self.zoom_fit.setText(_("Zoom to fit"))
        self.zoom_fit.setToolTip(_("Show every event shown on the timeline (Ctrl+0)"))
        self.clear.setText(_("Show all"))
        self.clear.setToolTip(_("Clear the filters"))
        self.clear.setEnabled(self.value().active)
        self._relabel_types(self.value())
