"""The relationship pane: header with both names and key facts, the drawn timeline, the
event lists (dated, and "date not stated"), the sources and the citations."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from relations_desktop.i18n import _, current_language
from relations_desktop.present import labels
from relations_desktop.present.dossier import Dossier
from relations_desktop.store.queries import EventGroup
from relations_desktop.ui.models import EventTableModel
from relations_desktop.ui.qt_translator import relabel_qt_buttons
from relations_desktop.ui.sources import CitationsView, SourcesView
from relations_desktop.ui.timeline import TimelineWidget


def _event_table(model: EventTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(EventTableModel.DATE, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(EventTableModel.TYPE, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(EventTableModel.SOURCES, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class RelationshipPane(QWidget):
    """Shows one relationship; ``groupSelected`` tells which event group is current."""

    groupSelected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dossier: Dossier | None = None
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.facts = QLabel(self)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        self.timeline = TimelineWidget(self)
        self.dated_model = EventTableModel()
        self.undated_model = EventTableModel()
        self.dated_view = _event_table(self.dated_model)
        self.undated_view = _event_table(self.undated_model)
        self.undated_label = QLabel(self)
        self.sources = SourcesView(self)
        self.citations = CitationsView(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.sources, "")
        self.tabs.addTab(self.citations, "")

        events_box = QWidget(self)
        ev_layout = QVBoxLayout(events_box)
        ev_layout.setContentsMargins(0, 0, 0, 0)
        ev_layout.addWidget(self.dated_view, 3)
        ev_layout.addWidget(self.undated_label)
        ev_layout.addWidget(self.undated_view, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("relationshipSplitter")
        self.splitter.addWidget(self.timeline)
        self.splitter.addWidget(events_box)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.splitter, 1)

        self.timeline.selected.connect(self._on_timeline)
        self.dated_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._on_row(self.dated_model, cur.row()))
        self.undated_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._on_row(self.undated_model, cur.row()))
        self.dated_view.activated.connect(lambda idx: self._focus_source(self.dated_model, idx.row()))
        self.undated_view.activated.connect(lambda idx: self._focus_source(self.undated_model, idx.row()))
        self.setTabOrder(self.timeline, self.dated_view)
        self.setTabOrder(self.dated_view, self.undated_view)
        self.setTabOrder(self.undated_view, self.tabs)
        self.retranslate()
        self.show_dossier(None)

    # ----- content
    def show_dossier(self, dossier: Dossier | None) -> None:
        self.dossier = dossier
        dated = dossier.dated if dossier else []
        undated = dossier.undated if dossier else []
        self.timeline.set_groups(dated)
        self.dated_model.set_groups(dated)
        self.undated_model.set_groups(undated)
        self.undated_label.setVisible(bool(undated))
        self.undated_view.setVisible(bool(undated))
        self.sources.set_sources(dossier.sources if dossier else [], dossier.highlights if dossier else None)
        self.citations.set_citations(dossier.sources if dossier else [],
                                     dossier.citations if dossier else [])
        self.tabs.setTabEnabled(1, bool(dossier and dossier.citations))
        self._relabel_header()

    def _relabel_header(self) -> None:
        s = self.dossier
        if s is None:
            self.title.setText(_("Choose a country, then one it has relations with"))
            self.facts.setText(_("Relationships are listed on the left. Press Ctrl+F to filter countries."))
            return
        lang = current_language()
        a, b = s.pair
        self.title.setText(labels.pair_name(s.name(a, lang), s.name(b, lang)))
        parts = [f"{labels.fact_label(f.kind)}: {labels.fact_value(f)}" for f in s.facts]
        self.facts.setText("   ·   ".join(parts))
        self.facts.setVisible(bool(parts))
        self.title.setAccessibleName(self.title.text())

    # ----- selection
    def _on_timeline(self, index: int) -> None:
        groups = self.timeline.groups()
        group = groups[index] if 0 <= index < len(groups) else None
        self.select_group(group, source="timeline")

    def _on_row(self, model: EventTableModel, row: int) -> None:
        group = model.group(row)
        if group is not None:
            self.select_group(group, source="list")

    def _focus_source(self, model: EventTableModel, row: int) -> None:
        self.tabs.setCurrentWidget(self.sources)
        self.sources.text.setFocus()

    def select_group(self, group: EventGroup | None, source: str = "") -> None:
        if source != "timeline":
            self.timeline.select_group(group)
        if source != "list":
            for model, view in ((self.dated_model, self.dated_view), (self.undated_model, self.undated_view)):
                row = model.row_of(group) if group is not None else -1
                if row >= 0:
                    view.selectionModel().setCurrentIndex(
                        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows)
                    view.scrollTo(model.index(row, 0))
                else:
                    view.selectionModel().clearSelection()
        self.tabs.setCurrentWidget(self.sources)
        self.sources.show_group(group)
        self.groupSelected.emit(group)

    def select_sentence(self, document_id: int, start: int, end: int) -> None:
        """Show the event group whose source sentence starts at ``start`` in the document;
        if no event is told there, just mark the sentence."""
        if self.dossier is None:
            return
        for g in self.dossier.groups:
            for e in g.events:
                if e.document_id == document_id and e.start == start:
                    self.select_group(g)
                    return
        self.tabs.setCurrentWidget(self.sources)
        self.sources.show_span(document_id, start, end)

    def load_icons(self) -> None:
        from relations_desktop.ui.icons import icon
        self.sources.prev_btn.setIcon(icon("previous"))
        self.sources.next_btn.setIcon(icon("next"))

    def retranslate(self) -> None:
        relabel_qt_buttons(self)
        self.tabs.setTabText(0, _("Sources"))
        self.tabs.setTabText(1, _("Citations"))
        self.undated_label.setText(_("Date not stated"))
        self.dated_view.setAccessibleName(_("Events"))
        self.undated_view.setAccessibleName(_("Events without a date"))
        self.timeline.retranslate()
        self.dated_model.relabel()
        self.undated_model.relabel()
        self.sources.retranslate()
        self.citations.retranslate()
        self._relabel_header()
