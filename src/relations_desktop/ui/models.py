"""Qt item models over store query results: countries, partners, events. No widgets here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from relations_desktop.i18n import _, current_language
from relations_desktop.i18n.formatting import format_number, format_percent
from relations_desktop.present import labels
from relations_desktop.present.country_filter import CountryFilter
from relations_desktop.present.quoting import quoted, shown_sentence
from relations_desktop.store.queries import Country, EventGroup, Partner
from relations_desktop.ui import plain_text

CodeRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2
GroupRole = Qt.ItemDataRole.UserRole + 3
DetailRole = Qt.ItemDataRole.UserRole + 4

_Index = QModelIndex | QPersistentModelIndex


def _localized_name(names: dict[str, str]) -> str:
    return names.get(current_language()) or names.get("en") or ""


class CountryListModel(QAbstractListModel):
    """Countries that have relationships, named and sorted in the interface language,
    with a filter that matches names and aliases in all three scripts."""

    def __init__(self, countries: list[Country] | None = None) -> None:
        super().__init__()
        self._all: list[Country] = []
        self._rows: list[Country] = []
        self._filter = ""
        self._matcher = CountryFilter()
        self.set_countries(countries or [])

    def set_countries(self, countries: list[Country]) -> None:
        self.beginResetModel()
        self._all = list(countries)
        self._matcher.reset()
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        rows = self._matcher.select(self._all, self._filter)
        lang = current_language()
        rows.sort(key=lambda c: c.ranks.get(lang, 0))
        self._rows = rows

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = text
        self._apply()
        self.endResetModel()

    def relabel(self) -> None:
        """Names and order follow the interface language."""
        self.set_filter(self._filter)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _localized_name(c.names)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{_localized_name(c.names)} — {labels.relationships_count(c.relationships)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{_localized_name(c.names)}, {labels.relationships_count(c.relationships)}"
        if role == CodeRole:
            return c.code
        if role == CountRole:
            return format_number(c.relationships)
        return None

    def row_of(self, code: str) -> int:
        return next((i for i, c in enumerate(self._rows) if c.code == code), -1)

    def codes(self) -> list[str]:
        return [c.code for c in self._rows]


class PartnerListModel(QAbstractListModel):
    """The selected country's relationships: partner name, events and documents behind it."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Partner] = []
        self.country: str | None = None

    def set_partners(self, country: str | None, partners: list[Partner]) -> None:
        self.beginResetModel()
        self.country = country
        self._rows = list(partners)
        self._sort()
        self.endResetModel()

    def update_counts(self, partners: list[Partner]) -> bool:
        """The same partners' counts read again (after a correction), the rows and the selection
        kept; False (nothing changed) when the partners themselves differ."""
        by_code = {p.code: p for p in partners}
        if set(by_code) != {p.code for p in self._rows}:
            return False
        self._rows = [by_code[p.code] for p in self._rows]
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
        return True

    def _sort(self) -> None:
        lang = current_language()
        self._rows.sort(key=lambda p: p.ranks.get(lang, 0))

    def relabel(self) -> None:
        self.beginResetModel()
        self._sort()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        detail = f"{labels.events_count(p.events)} · {labels.documents_count(p.documents)}"
        if role == Qt.ItemDataRole.DisplayRole:
            return _localized_name(p.names)
        if role in (Qt.ItemDataRole.ToolTipRole, DetailRole):
            return detail
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{_localized_name(p.names)}, {detail}"
        if role == CodeRole:
            return p.code
        if role == CountRole:
            return format_number(p.events)
        return None

    def row_of(self, code: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.code == code), -1)


def marker(group: EventGroup) -> str:
    """Which marker an event group carries in the list: corrected, added, noted, uncertain or none."""
    states = {e.state for e in group.events}
    if "added" in states:
        return "added"
    if "edited" in states:
        return "corrected"
    if any(e.note for e in group.events):
        return "noted"
    return "uncertain" if mark_uncertain(group) else ""


def mark_uncertain(group: EventGroup) -> bool:
    from relations_desktop.present.event_filter import uncertain
    return uncertain(group)


def marker_text(group: EventGroup) -> str:
    """The marker in words (its tooltip, and what a screen reader says)."""
    from relations_desktop.present.event_filter import confidence
    parts = []
    states = {e.state for e in group.events}
    if "added" in states:
        parts.append(_("Added by you"))
    elif "edited" in states:
        parts.append(_("Corrected by you"))
    note = next((e.note for e in group.events if e.note), "")
    if note:
        parts.append(_("Note: {note}").format(note=" ".join(note.split())))
    if mark_uncertain(group):
        value = confidence(group)
        parts.append(_("Uncertain (confidence {percent}): check its source sentence").format(
            percent=format_percent(value or 0)))
    return "\n".join(parts)


class EventTableModel(QAbstractTableModel):
    """Event groups as rows: localised date, type, the sources' languages, an excerpt. Dated
    groups come first, by date; then those whose source states no date."""

    DATE, TYPE, SOURCES, EXCERPT = range(4)
    HEADERS = ("Date", "Type", "Sources", "Excerpt")

    def __init__(self) -> None:
        super().__init__()
        self._groups: list[EventGroup] = []
        self._cells: dict[int, tuple[str, str, str, str]] = {}
        # The markers of corrected, added, noted and uncertain events (shapes, not colours),
        # given once the icons are loaded (after the first paint).
        self.icons: dict[str, object] = {}

    def set_icons(self, icons: dict[str, object]) -> None:
        self.icons = icons
        if self._groups:
            self.dataChanged.emit(self.index(0, self.DATE), self.index(len(self._groups) - 1, self.DATE))

    def set_groups(self, groups: list[EventGroup]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self._cells: dict[int, tuple[str, str, str, str]] = {}
        self.endResetModel()

    def _row(self, row: int) -> tuple[str, str, str, str]:
        """Display texts of a row, formatted once per language (views ask many times)."""
        cells = self._cells.get(row)
        if cells is None:
            g = self._groups[row]
            cells = self._cells[row] = (
                labels.date_or_unstated(g.date),
                labels.event_type(g.type),
                " ".join(labels.language_badge(lang) for lang in g.languages),
                shown_sentence(quoted(g).text),
            )
        return cells

    def group(self, row: int) -> EventGroup | None:
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def row_of(self, group: EventGroup) -> int:
        return next((i for i, g in enumerate(self._groups) if g is group), -1)

    def relabel(self) -> None:
        self._cells = {}
        if self._groups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, 3))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._groups)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [_("Date"), _("Type"), _("Sources"), _("Excerpt")][section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        g = self.group(index.row()) if index.isValid() else None
        if g is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row(index.row())[col]
        if col == self.DATE and role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
                                         Qt.ItemDataRole.AccessibleDescriptionRole):
            mark = marker(g)
            if role == Qt.ItemDataRole.DecorationRole:
                return self.icons.get(mark) if mark else None
            return marker_text(g) or None
        if role == Qt.ItemDataRole.FontRole and col == self.EXCERPT and mark_uncertain(g):
            from PySide6.QtGui import QFont
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.SOURCES:
                return ", ".join(labels.language_name(lang) for lang in g.languages)
            if col == self.EXCERPT:
                return plain_text.tooltip(shown_sentence(quoted(g).text))
        if role == Qt.ItemDataRole.DecorationRole and col == self.TYPE:
            from PySide6.QtGui import QColor
            return QColor(*labels.type_color(g.type))
        if role == Qt.ItemDataRole.FontRole and col == self.DATE and not g.date:
            from PySide6.QtGui import QFont
            font = QFont()
            font.setItalic(True)      # "date not stated": not a date
            return font
        if role == GroupRole:
            return g
        return None
