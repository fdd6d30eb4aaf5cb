"""The relationship pane: header with both names and key facts, the drawn timeline, one list of
its events (dated ones by date, then those whose date is not stated), the sources and the
citations, in a splitter whose default heights keep rows and source lines readable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from relations_desktop.i18n import _, current_language
from relations_desktop.present import labels
from relations_desktop.present.dossier import Dossier
from relations_desktop.present.event_filter import EventFilter
from relations_desktop.present.quoting import quoted
from relations_desktop.store.queries import EventGroup, EventRow, Pair
from relations_desktop.ui.citations_view import CitationsView
from relations_desktop.ui.event_filters import FilterBar
from relations_desktop.ui.models import EventTableModel
from relations_desktop.ui.qt_translator import relabel_qt_buttons
from relations_desktop.ui.sources import SourcesView
from relations_desktop.ui.timeline import TimelineWidget
from relations_desktop.ui.timeline_plan import TimelinePlan

# Rows of the events list and lines of source text the default layout keeps visible.
EVENT_ROWS, SOURCE_LINES = 6, 10
TIMELINE_HEIGHT = 130


class RowTable(QTableView):
    """A table read as a list of rows: Home and End go to the first and last row (a table's own
    go to the first and last column of the row)."""

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if action in (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd):
            modifiers |= Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)


def _event_table(model: EventTableModel) -> QTableView:
    view = RowTable()
    view.setObjectName("events")
    view.setModel(model)
    view.setTabKeyNavigation(False)       # Tab leaves the table; arrows move in it
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(200)    # columns fit the first rows, not 1,000 formatted dates
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().lineSpacing() + 8)
    return view


def _fit_columns(view: QTableView, keep: bool = False) -> None:
    """Date, type and sources as wide as their first rows, each header word with room around
    it: measured once when the rows or their words change (sized to contents, the header
    measured them again at every layout). ``keep``: the same relationship's rows again (after a
    correction, through a filter): no column gets narrower, so the list does not jump."""
    header = view.horizontalHeader()
    room = view.fontMetrics().horizontalAdvance("M")
    for column in (EventTableModel.DATE, EventTableModel.TYPE, EventTableModel.SOURCES):
        before = header.sectionSize(column)
        view.resizeColumnToContents(column)
        width = max(header.sectionSize(column), header.sectionSizeHint(column) + room)
        header.resizeSection(column, max(width, before) if keep else width)


def _to_clipboard(text: str) -> str:
    if text:
        QGuiApplication.clipboard().setText(text)
    return text


class RelationshipPane(QWidget):
    """Shows one relationship; ``groupSelected`` tells which event group is current."""

    groupSelected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dossier: Dossier | None = None
        self.current_group: EventGroup | None = None
        self.reading: int | None = None        # events being read (the dossier then holds names only)
        self._pending: tuple[int, int, int] | None = None     # a sentence to show once they are read
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
        self.filters = FilterBar(self)
        self.filter = EventFilter()
        self.events_model = EventTableModel()
        self.events_view = _event_table(self.events_model)
        self._fitted: Pair | None = None      # the relationship the columns were fitted to
        # Under the events: how the selected one was corrected (the extracted one a click away),
        # its note, or that it is uncertain.
        self.about_event = QLabel(self)
        self.about_event.setObjectName("aboutEvent")
        self.about_event.setTextFormat(Qt.TextFormat.PlainText)
        self.about_event.setWordWrap(True)
        self.restore_button = QToolButton(self)
        self.restore_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        events_area = QWidget(self)
        events_layout = QVBoxLayout(events_area)
        events_layout.setContentsMargins(0, 0, 0, 0)
        events_layout.setSpacing(2)
        events_layout.addWidget(self.events_view, 1)
        self.about_row = QWidget(events_area)
        about = QHBoxLayout(self.about_row)
        about.setContentsMargins(4, 0, 4, 2)
        about.addWidget(self.about_event, 1)
        about.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignTop)
        events_layout.addWidget(self.about_row)
        self.about_row.hide()
        self.sources = SourcesView(self)
        self.citations = CitationsView(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.sources, "")
        self.tabs.addTab(self.citations, "")
        self.tabs.setCornerWidget(self.sources.bar, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(lambda i: self.sources.bar.setVisible(i == 0))

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("relationshipSplitter")
        self.splitter.addWidget(self.timeline)
        self.splitter.addWidget(events_area)
        self.splitter.addWidget(self.tabs)
        for i, stretch in enumerate((1, 2, 4)):
            self.splitter.setStretchFactor(i, stretch)
        self.splitter.setChildrenCollapsible(False)
        self.sized = False              # default heights given (or restored) once

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 4, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        self.filters.changed.connect(self.set_filter)
        self.filters.fit.connect(lambda: self.timeline.reset_zoom())

        self.timeline.selected.connect(self._on_timeline)
        self.events_view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._on_row(cur.row()))
        self.events_view.activated.connect(lambda _idx: self._focus_source())
        self.setTabOrder(self.timeline, self.events_view)
        self.setTabOrder(self.events_view, self.tabs)
        self.retranslate()
        self.show_dossier(None)

    def default_sizes(self, height: int) -> list[int]:
        """Heights of timeline, events and sources in ``height`` pixels: the events list shows
        EVENT_ROWS rows and a little more, the timeline what is left above SOURCE_LINES lines."""
        view = self.events_view
        rows = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth() + 2 + \
            round((EVENT_ROWS + 0.5) * view.verticalHeader().defaultSectionSize())
        lines = self.sources.height_for_lines(SOURCE_LINES) + self.tabs.tabBar().sizeHint().height()
        handles = 2 * self.splitter.handleWidth()
        timeline = max(self.timeline.minimumHeight(), min(TIMELINE_HEIGHT, height - handles - rows - lines))
        return [timeline, rows, max(lines, height - handles - rows - timeline)]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.sized and self.splitter.height() > 0:
            self.sized = True
            self.splitter.setSizes(self.default_sizes(self.splitter.height()))

    # ----- content
    def show_dossier(self, dossier: Dossier | None, keep_view: bool = False, reading: int | None = None,
                     plan: TimelinePlan | None = None, sources: bool = True) -> None:
        """Show a relationship; ``keep_view``: the same one read again (after a correction), the
        timeline where it was; ``reading``: its names only while that many events are read;
        ``plan``: its timeline as ``planner`` worked it out on the reading thread; ``sources``:
        False to show them later (show_sources: a large relationship's events and its sources
        are laid out in turns of their own, the window answering in between)."""
        if reading is not None:
            self._pending = None
        self.dossier = dossier
        self.reading = reading
        self.current_group = None
        self._show_groups(keep_view, plan)
        self._relabel_header()
        self._describe(None)
        self.filters.setEnabled(dossier is not None)
        if sources:
            self.show_sources()

    def show_sources(self) -> None:
        """The sources and citations of the relationship shown; then a sentence asked for while
        its events were read."""
        dossier = self.dossier
        self.sources.set_sources(dossier.sources if dossier else [], dossier.highlights if dossier else None)
        self.citations.set_citations(dossier.sources if dossier else [],
                                     dossier.citations if dossier else [])
        self.tabs.setTabEnabled(1, bool(dossier and dossier.citations))
        if self.timeline.note is not None:
            self.sources.show_note(self.timeline.note)          # while its events are read
        elif self.current_group is not None:
            self.sources.show_group(self.current_group)         # chosen before the sources came
        pending, self._pending = (self._pending, None) if self.reading is None else (None, self._pending)
        if pending is not None and dossier is not None:
            self.select_sentence(*pending)

    def planner(self, keep_view: bool = False) -> Callable[[Dossier], TimelinePlan]:
        """What a reading thread works out for this pane from a dossier: the timeline of all its
        events laid out for the timeline's size now (``keep_view``: for the years it shows, when
        the reader zoomed; a view of all the events shows all of them again)."""
        keep_view = keep_view and self.timeline.zoomed()
        planner = self.timeline.planner(self.timeline.visible_range() if keep_view else None)
        return lambda dossier: planner(dossier.places)

    def _show_groups(self, keep_view: bool = False, plan: TimelinePlan | None = None) -> None:
        """The timeline and the events list with what the filter keeps."""
        dossier = self.dossier
        groups = self.filter.apply(dossier.dated + dossier.undated) if dossier else []
        view = self.timeline.visible_range()
        keep_view = keep_view and self.timeline.zoomed()   # else the view is all the events, as they are now
        if dossier is not None and len(groups) == len(dossier.groups) and plan is not None:
            self.timeline.set_plan(plan)                 # worked out on the reading thread
        elif dossier is not None and len(groups) == len(dossier.groups):
            self.timeline.set_places(dossier.places)     # all of them: where they sit is kept
        else:
            self.timeline.set_groups([g for g in groups if g.date])
        if keep_view and self.timeline.visible_range() != view:
            self.timeline.show_range(*view)
        self.events_model.set_groups(groups)
        pair = dossier.pair if dossier is not None else None
        _fit_columns(self.events_view, keep=pair is not None and pair == self._fitted)
        self._fitted = pair
        total = len(dossier.groups) if dossier else 0
        self.filters.show_counts(len(groups), total)

    def set_filter(self, f: EventFilter) -> None:
        """Show only the events ``f`` keeps (the selected one stays selected if it is kept)."""
        self.filter = f
        current = self.current_group
        self._show_groups()
        if current is not None and self.events_model.row_of(current) >= 0:
            self.select_group(current)
        else:
            self.current_group = None
            self._describe(None)
            self.groupSelected.emit(None)

    def select_event(self, event_id: int | None) -> bool:
        """Select the group that holds the event ``event_id`` (after the relationship was read again)."""
        if event_id is None or self.dossier is None:
            return False
        for row in range(self.events_model.rowCount()):
            group = self.events_model.group(row)
            if group is not None and any(e.id == event_id for e in group.events):
                self.select_group(group)
                return True
        return False

    def _describe(self, group: EventGroup | None) -> None:
        """The line under the events: a correction and the extracted event, a note, uncertainty."""
        from relations_desktop.ui.models import marker_text
        lines = [line for line in marker_text(group).splitlines() if line] if group is not None else []
        from relations_desktop.present.corrections import extracted_text, restorable
        edited = next((e for e in group.events if e.state == "edited"), None) if group is not None else None
        if edited is not None and self.dossier is not None and lines:
            lines[0] += "  ·  " + extracted_text(edited, self.dossier.names)
        self.about_event.setText("\n".join(lines))
        self.restore_button.setVisible(restorable(group) and self.restore_button.defaultAction() is not None)
        self.about_row.setVisible(bool(lines))

    def _relabel_header(self) -> None:
        s = self.dossier
        # While its events are read, the pane says so where they will be.
        self.timeline.note = labels.reading_events(self.reading) if self.reading is not None else None
        self.timeline.update()
        if s is None:
            self.title.setText(_("Choose a country, then one it has relations with"))
            self.facts.setText(_("Relationships are listed on the left. Press Ctrl+F to filter countries."))
            return
        lang = current_language()
        a, b = s.pair
        self.title.setText(labels.pair_name(s.name(a, lang), s.name(b, lang)))
        parts = [f"{labels.fact_label(f.kind)}: {labels.fact_value(f)}" for f in s.facts]
        if self.timeline.note is not None:
            parts = [self.timeline.note]
            self.sources.show_note(self.timeline.note)
        self.facts.setText("   ·   ".join(parts))
        self.facts.setVisible(bool(parts))
        self.title.setAccessibleName(self.title.text())

    # ----- selection
    def _on_timeline(self, index: int) -> None:
        groups = self.timeline.groups()
        group = groups[index] if 0 <= index < len(groups) else None
        self.select_group(group, source="timeline")

    def _on_row(self, row: int) -> None:
        group = self.events_model.group(row)
        if group is not None:
            self.select_group(group, source="list")

    def _focus_source(self) -> None:
        self.tabs.setCurrentWidget(self.sources)
        self.sources.text.setFocus()

    def select_group(self, group: EventGroup | None, source: str = "", event: EventRow | None = None) -> None:
        """Select an event group everywhere; ``event``: the one of its sentences the reader
        points at in the sources (the view stays where it is)."""
        self.current_group = group
        if source != "timeline":
            self.timeline.select_group(group)
        if source != "list":
            model, view = self.events_model, self.events_view
            row = model.row_of(group) if group is not None else -1
            if row >= 0:
                view.selectionModel().setCurrentIndex(
                    model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                view.scrollTo(model.index(row, 0))
            else:
                view.selectionModel().clearSelection()
        self.tabs.setCurrentWidget(self.sources)
        self.sources.show_group(group, event)
        self.citations.show_references(self.group_references(group) if group is not None else None)
        self._describe(group)
        self.groupSelected.emit(group)

    def group_references(self, group: EventGroup) -> list:
        """The references the sentences of ``group`` cite ([26] → entry 26 of their document)."""
        from relations_desktop.present.citations import group_references
        return group_references(group, self.dossier.cited if self.dossier else {})

    def select_sentence(self, document_id: int, start: int, end: int) -> None:
        """Show the event group whose source sentence starts at ``start`` in the document;
        if no event is told there, just mark the sentence."""
        if self.reading is not None:
            self._pending = (document_id, start, end)
        if self.dossier is None or self.reading is not None:
            return
        for g in self.dossier.groups:
            for e in g.events:
                if e.document_id == document_id and e.start == start:
                    self.select_group(g)
                    return
        self.tabs.setCurrentWidget(self.sources)
        self.sources.show_span(document_id, start, end)

    def copy_citation(self) -> str:
        """Put the citation of the event shown (sentence and source) on the clipboard, or with no
        event selected that of the source at the cursor; returns the text."""
        from relations_desktop.present.citations import copy_event_citation
        if self.dossier is None:
            return ""
        event = self.sources.current_event() or (quoted(self.current_group) if self.current_group else None)
        if event is None:
            return self.copy_source_citation()
        return _to_clipboard(copy_event_citation(self.dossier, event))

    def copy_source_citation(self) -> str:
        """Put the citation of the source at the cursor (or of the event shown) on the clipboard."""
        from relations_desktop.present.citations import copy_source_citation
        doc_id = self.sources.document_at_cursor()
        if self.dossier is None or doc_id is None:
            return ""
        return _to_clipboard(copy_source_citation(self.dossier, doc_id))

    def load_icons(self) -> None:
        from relations_desktop.ui.icons import icon
        self.sources.prev_btn.setIcon(icon("previous"))
        self.sources.next_btn.setIcon(icon("next"))
        self.events_model.set_icons({name: icon(name) for name in ("corrected", "added", "noted", "uncertain")})
        _fit_columns(self.events_view, keep=True)
        self.filters.zoom_fit.setIcon(icon("zoom_reset"))
        self.filters.types.setIcon(icon("filter"))

    def retranslate(self) -> None:
        relabel_qt_buttons(self)
        self.tabs.setTabText(0, _("Sources"))
        self.tabs.setTabText(1, _("Citations"))
        self.events_view.setAccessibleName(_("Events"))
        self.timeline.retranslate()
        self.filters.retranslate()
        self.events_model.relabel()
        _fit_columns(self.events_view)
        self._describe(self.current_group)
        self.sources.retranslate()
        self.citations.retranslate()
        self._relabel_header()
