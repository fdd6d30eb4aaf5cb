"""The two lists on the left of the window: the countries (with the filter that matches names in
three scripts, and what to do when it matches none) and the countries the chosen one has
relations with. Emits what was chosen; the window shows it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from relations_desktop import i18n
from relations_desktop.i18n import _
from relations_desktop.store import queries
from relations_desktop.ui import navigation
from relations_desktop.ui.delegates import SecondaryTextDelegate
from relations_desktop.ui.models import CodeRole, CountRole, CountryListModel, DetailRole, PartnerListModel
from relations_desktop.ui.welcome import NoMatch


def _pane(*widgets: QWidget) -> QWidget:
    w = QWidget()
    layout = QVBoxLayout(w)
    layout.setContentsMargins(4, 4, 2, 0)
    for child in widgets:
        layout.addWidget(child)
    return w


def _list_view(parent: QWidget, name: str, model: CountryListModel | PartnerListModel) -> QListView:
    view = QListView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setUniformItemSizes(True)
    navigation.show_focus(view)
    return view


class CountryLists(QObject):
    """``country_changed(code)`` after a country was chosen and its relations listed (None: no
    country); ``pair_chosen(country, other)`` when one of them is; ``import_requested`` from
    the offer shown when the filter matches nothing; ``filtered`` after the filter changed (what
    it matches: ``unmatched``). ``conn()`` gives the open library."""

    country_changed = Signal(object)
    filtered = Signal()
    pair_chosen = Signal(str, str)
    import_requested = Signal()

    def __init__(self, parent: QWidget, conn: Callable[[], sqlite3.Connection | None]) -> None:
        super().__init__(parent)
        self.conn = conn
        self.filter = QLineEdit(parent)
        self.filter.setObjectName("countryFilter")
        self.filter.setClearButtonEnabled(True)
        self.country_model = CountryListModel()
        self.country_view = _list_view(parent, "countries", self.country_model)
        self.country_view.setItemDelegate(SecondaryTextDelegate(CountRole, parent=self.country_view))
        self.country_label = QLabel(parent)
        self.country_label.setBuddy(self.filter)
        self.partner_model = PartnerListModel()
        self.partner_view = _list_view(parent, "partners", self.partner_model)
        self.partner_view.setItemDelegate(SecondaryTextDelegate(DetailRole, below=True, parent=self.partner_view))
        self.partner_label = QLabel(parent)
        self.partner_label.setBuddy(self.partner_view)
        self.no_match = NoMatch(parent)
        self.no_match.hide()
        self.countries_pane = _pane(self.country_label, self.filter, self.no_match, self.country_view)
        self.partners_pane = _pane(self.partner_label, self.partner_view)
        self.filter.textChanged.connect(self._on_filter)
        self.filter.returnPressed.connect(self._filter_enter)
        self.country_view.selectionModel().currentChanged.connect(self._on_country)
        self.country_view.activated.connect(lambda _i: self.partner_view.setFocus())
        self.partner_view.selectionModel().currentChanged.connect(self._on_partner)
        self.no_match.import_requested.connect(self.import_requested)

    # ----- content
    def set_countries(self, countries: list[queries.Country]) -> None:
        """New contents (the library changed): nothing chosen until the window chooses again."""
        self.partner_model.set_partners(None, [])
        self.country_model.set_countries(countries)
        self._on_filter(self.filter.text())

    def selected_country(self) -> str | None:
        idx = self.country_view.currentIndex()
        return idx.data(CodeRole) if idx.isValid() else None

    def select_country(self, code: str) -> bool:
        row = self.country_model.row_of(code)
        if row < 0:
            self.filter.clear()
            row = self.country_model.row_of(code)
        if row >= 0:
            self.country_view.setCurrentIndex(self.country_model.index(row))
        return row >= 0

    def select(self, country: str, other: str) -> None:
        """Choose ``country`` and, in its relations, ``other`` (signals follow)."""
        self.select_country(country)
        self.partner_view.setCurrentIndex(self.partner_model.index(self.partner_model.row_of(other)))

    def reselect(self, pair: queries.Pair | None) -> None:
        """Keep the chosen country and its related country selected after a re-sort (no signals)."""
        country = self.partner_model.country
        rows = [(self.country_view, self.country_model.index(self.country_model.row_of(country)))] if country else []
        other = [c for c in pair if c != country] if pair and country in pair else []
        if other:
            rows.append((self.partner_view, self.partner_model.index(self.partner_model.row_of(other[0]))))
        for view, index in rows:
            if index.isValid():
                sm = view.selectionModel()
                sm.blockSignals(True)
                view.setCurrentIndex(index)
                sm.blockSignals(False)

    # ----- choices
    def _on_filter(self, text: str) -> None:
        keep = self.selected_country()
        self.country_model.set_filter(text)
        row = self.country_model.row_of(keep) if keep else -1
        if row < 0 and self.country_model.rowCount() == 1:
            row = 0
        nothing = bool(text.strip()) and self.country_model.rowCount() == 0 and self.conn() is not None
        if nothing:
            self.no_match.show_for(text)
        self.no_match.setVisible(nothing)
        self.country_view.setVisible(not nothing)
        if row >= 0:
            self.country_view.setCurrentIndex(self.country_model.index(row))
        elif self.partner_model.country is not None:
            self._choose(None)          # the chosen country is filtered out: so are its relations
        self.filtered.emit()

    def _filter_enter(self) -> None:
        if self.country_model.rowCount():
            if not self.country_view.currentIndex().isValid():
                self.country_view.setCurrentIndex(self.country_model.index(0))
            self.country_view.setFocus()

    def unmatched(self) -> str | None:
        """The filter's text while it matches no country (None otherwise)."""
        return None if self.no_match.isHidden() else self.no_match.text.strip()

    def _on_country(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._choose(current.data(CodeRole) if current.isValid() else None)

    def _choose(self, code: str | None) -> None:
        if code == self.partner_model.country:
            return
        from relations_desktop.store import corrected  # not before the first paint (it loads the writer's lock)
        conn = self.conn()
        self.partner_model.set_partners(code, corrected.partners(conn, code) if (conn and code) else [])
        self._relabel_partners()
        self.country_changed.emit(code)

    def recount(self) -> None:
        """The partners' event counts again, as corrected (a hidden event no longer counted)."""
        from relations_desktop.store import corrected
        code, conn = self.partner_model.country, self.conn()
        if code and conn is not None:
            self.partner_model.update_counts(corrected.partners(conn, code))

    def _on_partner(self, current: QModelIndex, _previous: QModelIndex) -> None:
        country = self.partner_model.country
        partner = current.data(CodeRole) if current.isValid() else None
        if country and partner:
            self.pair_chosen.emit(country, partner)

    # ----- words
    def country_name(self, code: str) -> str:
        conn = self.conn()
        names = queries.country_names(conn).get(code, {}) if conn is not None else {}
        return names.get(i18n.current_language(), code)

    def _relabel_partners(self) -> None:
        code = self.partner_model.country
        if code and self.conn() is not None:
            self.partner_label.setText(_("&Relations of {country}").format(country=self.country_name(code)))
        else:
            self.partner_label.setText(_("&Related countries"))

    def retranslate(self, pair: queries.Pair | None) -> None:
        self.country_label.setText(_("&Countries"))
        self.filter.setPlaceholderText(_("Filter countries (Ctrl+F)"))
        self.filter.setToolTip(_("Matches names in Bengali, Hindi and English"))
        self.filter.setAccessibleName(_("Filter countries"))
        for widget, name in ((self.countries_pane, _("Countries")), (self.country_view, _("Countries")),
                             (self.partners_pane, _("Related countries")), (self.partner_view, _("Related countries"))):
            widget.setAccessibleName(name)
        self.country_model.relabel()
        self.partner_model.relabel()
        self.reselect(pair)
        self._relabel_partners()
        self.no_match.retranslate()
