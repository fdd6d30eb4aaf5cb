"""The main window: countries, partners and the relationship in three splitter panes, with
menus, a status bar, remembered settings and a live language switch. It lays the panes out
and wires them to the library (ui/library.py) and the commands (ui/window_commands.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from relations_desktop import i18n
from relations_desktop.i18n import _
from relations_desktop.i18n.formatting import format_number
from relations_desktop.present import labels
from relations_desktop.store import queries
from relations_desktop.ui import qt_translator
from relations_desktop.ui.delegates import SecondaryTextDelegate
from relations_desktop.ui.fonts import ui_font
from relations_desktop.ui.language_notifier import notifier
from relations_desktop.ui.library import Library
from relations_desktop.ui.models import CodeRole, CountRole, CountryListModel, DetailRole, PartnerListModel
from relations_desktop.ui.settings import (
    GEOMETRY,
    LANGUAGE,
    MAIN_SPLITTER,
    RELATIONSHIP_SPLITTER,
    read_pair,
    write_pair,
)
from relations_desktop.ui.window_commands import WindowCommands

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog, QMessageBox

    from relations_desktop.errors import DatabaseError
    from relations_desktop.present.dossier import Dossier
    from relations_desktop.ui.export_action import PdfExporter
    from relations_desktop.ui.importer import ImportRun
    from relations_desktop.ui.relationship_pane import RelationshipPane
    from relations_desktop.ui.search_panel import SearchPanel


def _pane(*widgets: QWidget) -> QWidget:
    w = QWidget()
    layout = QVBoxLayout(w)
    layout.setContentsMargins(4, 4, 4, 4)
    for child in widgets:
        layout.addWidget(child)
    return w


def _list_view(parent: QWidget, name: str, model: CountryListModel | PartnerListModel) -> QListView:
    view = QListView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setUniformItemSizes(True)
    return view


class MainWindow(QMainWindow):
    def __init__(self, database: Path | None, user_database: Path | None = None,
                 settings: QSettings | None = None, database_error: DatabaseError | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or QSettings()
        self.library = Library(database, user_database, database_error, self)
        self.current_pair: queries.Pair | None = None
        self.dossier: Dossier | None = None
        self.problem_box: QMessageBox | None = None       # the database problem, once shown
        self.last_message: QMessageBox | None = None      # the last failure reported
        self.import_summary: QDialog | None = None
        self._problem_shown = False
        self._labelled = False          # see retranslate
        self._icons_loaded = False
        # Built when first needed (the relationship pane just after the first paint), so the
        # window appears sooner; a placeholder holds the pane's place until then.
        self._relationship: RelationshipPane | None = None
        self._search_panel: SearchPanel | None = None
        self._exporter: PdfExporter | None = None
        self._build_lists()
        self._build_layout()
        self.commands = WindowCommands(self, self.search_field)
        self._connect()
        self.library.open()
        self._show_library()
        self.retranslate()
        self._restore()

    # ----- layout and wiring
    def _build_lists(self) -> None:
        self.filter = QLineEdit(self)
        self.filter.setObjectName("countryFilter")
        self.filter.setClearButtonEnabled(True)
        self.country_model = CountryListModel()
        self.country_view = _list_view(self, "countries", self.country_model)
        self.country_view.setItemDelegate(SecondaryTextDelegate(CountRole, parent=self.country_view))
        self.country_label = QLabel(self)
        self.country_label.setBuddy(self.filter)
        self.partner_model = PartnerListModel()
        self.partner_view = _list_view(self, "partners", self.partner_model)
        self.partner_view.setItemDelegate(SecondaryTextDelegate(DetailRole, below=True, parent=self.partner_view))
        self.partner_label = QLabel(self)
        self.partner_label.setBuddy(self.partner_view)

    def _build_layout(self) -> None:
        self._placeholder = QLabel(self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self.countries_pane = _pane(self.country_label, self.filter, self.country_view)
        self.partners_pane = _pane(self.partner_label, self.partner_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for i, (pane, stretch) in enumerate(((self.countries_pane, 0), (self.partners_pane, 0),
                                             (self._placeholder, 1))):
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(i, stretch)
        self.splitter.setSizes([220, 240, 820])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)     # it may name a file
        self.statusBar().addWidget(self.status_label, 1)
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMaximumWidth(420)

    def _connect(self) -> None:
        c = self.commands
        c.export.triggered.connect(self.export_pdf)
        c.import_files.triggered.connect(lambda: self.import_documents(folder=False))
        c.import_folder.triggered.connect(lambda: self.import_documents(folder=True))
        c.manage.triggered.connect(self.manage_imports)
        c.search.triggered.connect(self.focus_search)
        c.quit.triggered.connect(self.close)
        c.filter.triggered.connect(self.focus_filter)
        c.zoom_in.triggered.connect(lambda: self.relationship.timeline.zoom(1.5))
        c.zoom_out.triggered.connect(lambda: self.relationship.timeline.zoom(1 / 1.5))
        c.zoom_reset.triggered.connect(lambda: self.relationship.timeline.reset_zoom())
        c.about.triggered.connect(self.show_about)
        for code, a in c.language.items():
            a.triggered.connect(lambda _checked=False, lang=code: self.set_language(lang))
        self.search_field.textChanged.connect(self._first_search)
        self.setTabOrder(self.filter, self.country_view)
        self.setTabOrder(self.country_view, self.partner_view)
        self.filter.textChanged.connect(self._on_filter)
        self.filter.returnPressed.connect(self._filter_enter)
        self.country_view.selectionModel().currentChanged.connect(self._on_country)
        self.country_view.activated.connect(lambda _i: self.partner_view.setFocus())
        self.partner_view.selectionModel().currentChanged.connect(self._on_partner)
        self.partner_view.activated.connect(lambda _i: self.relationship.timeline.setFocus())
        self.library.changed.connect(self._show_library)
        self.library.imported.connect(self._report_import)
        self.library.failed.connect(self.show_library_problem)
        notifier().changed.connect(self.retranslate)

    def load_icons(self) -> None:
        """Icons arrive after the first paint (qtawesome is slow to import)."""
        self.commands.load_icons()
        self._icons_loaded = True
        if self._relationship is not None:
            self._relationship.load_icons()

    @property
    def relationship(self) -> RelationshipPane:
        """The relationship pane, built on first use."""
        if self._relationship is None:
            from relations_desktop.ui.relationship_pane import RelationshipPane
            pane = RelationshipPane(self)
            pane.setObjectName("relationship")
            pane.setAccessibleName(_("Relationship"))
            sizes = self.splitter.sizes()
            self.splitter.replaceWidget(2, pane)
            self.splitter.setSizes(sizes)
            self._placeholder.deleteLater()
            self._relationship = pane
            self.setTabOrder(self.partner_view, pane.timeline)
            state = RELATIONSHIP_SPLITTER.read(self.settings)
            if state is not None:
                pane.splitter.restoreState(state)
            if self._icons_loaded:
                pane.load_icons()
        return self._relationship

    # ----- the library
    def _show_library(self) -> None:
        """Fill the lists from the library (opened, or changed), keeping the relationship shown."""
        conn = self.library.conn
        pair, self.current_pair = self.current_pair, None
        self.partner_model.set_partners(None, [])
        self.country_model.set_countries(queries.countries(conn) if conn is not None else [])
        if self._search_panel is not None and conn is not None:
            self._search_panel.set_corpus(conn, queries.country_names(conn))
        self._relabel_status()
        if pair and conn is not None and queries.relationship_exists(conn, pair):
            self.open_pair(*pair)

    def show_database_problem(self) -> None:
        text = self.library.problem()
        if text:
            from relations_desktop.ui import dialogs
            self.problem_box = dialogs.message(self, _("Corpus not available"), text,
                                               _("The app works without it, but there is nothing to show."))
            self.problem_box.open()
        else:
            self.show_library_problem(self.library.user_problem_text())

    def show_library_problem(self, text: str | None) -> None:
        """Tell what happened to the user's library (or to a job changing it)."""
        if text:
            from relations_desktop.ui import dialogs
            self.problem_box = dialogs.message(self, _("Imported documents"), text)
            self.problem_box.open()

    # ----- selection
    def _on_filter(self, text: str) -> None:
        keep = self.selected_country()
        self.country_model.set_filter(text)
        row = self.country_model.row_of(keep) if keep else -1
        if row < 0 and self.country_model.rowCount() == 1:
            row = 0
        if row >= 0:
            self.country_view.setCurrentIndex(self.country_model.index(row))

    def _filter_enter(self) -> None:
        if self.country_model.rowCount():
            if not self.country_view.currentIndex().isValid():
                self.country_view.setCurrentIndex(self.country_model.index(0))
            self.country_view.setFocus()

    def selected_country(self) -> str | None:
        idx = self.country_view.currentIndex()
        return idx.data(CodeRole) if idx.isValid() else None

    def _on_country(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = current.data(CodeRole) if current.isValid() else None
        if code == self.partner_model.country:
            return
        conn = self.library.conn
        self.partner_model.set_partners(code, queries.partners(conn, code) if (conn and code) else [])
        self._relabel_partners()

    def _on_partner(self, current: QModelIndex, _previous: QModelIndex) -> None:
        country = self.partner_model.country
        partner = current.data(CodeRole) if current.isValid() else None
        if country and partner:
            self._show(queries.pair_key(country, partner))

    def _show(self, pair: queries.Pair) -> None:
        if self.library.conn is None or pair == self.current_pair:
            return
        self.current_pair = pair
        from relations_desktop.present.dossier import load_dossier
        self.dossier = load_dossier(self.library.conn, pair)
        self.relationship.show_dossier(self.dossier)
        self.commands.export.setEnabled(True)
        write_pair(self.settings, pair)

    def open_pair(self, a: str, b: str) -> bool:
        """Select both countries in the lists and show their relationship."""
        pair = queries.pair_key(a, b)
        conn = self.library.conn
        if conn is None or not queries.relationship_exists(conn, pair):
            return False
        a, b = a.upper(), b.upper()
        if self.country_model.row_of(a) < 0:
            self.filter.clear()
        self.country_view.setCurrentIndex(self.country_model.index(self.country_model.row_of(a)))
        self.partner_view.setCurrentIndex(self.partner_model.index(self.partner_model.row_of(b)))
        self._show(pair)
        return True

    def _first_search(self, text: str) -> None:
        self.search_field.textChanged.disconnect(self._first_search)
        self.search_panel.timer.start()

    @property
    def search_panel(self) -> SearchPanel:
        """The search results dock, built on first use (it is not needed to show the window)."""
        if self._search_panel is None:
            from relations_desktop.ui.search_panel import SearchPanel
            panel = SearchPanel(self.search_field, self)
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, panel)
            panel.activated.connect(self.open_hit)
            if self.library.conn is not None:
                panel.set_corpus(self.library.conn, queries.country_names(self.library.conn))
            self._search_panel = panel
        return self._search_panel

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def open_hit(self, hit) -> None:
        """Open a search hit's relationship at its sentence."""
        if self.open_pair(*hit.pair):
            self.relationship.select_sentence(hit.document_id, hit.start, hit.end)

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # ----- language
    def set_language(self, lang: str) -> None:
        i18n.set_language(lang)
        LANGUAGE.write(self.settings, lang)

    def retranslate(self, _lang: str | None = None) -> None:
        # The first call labels a window just built in the current language: Qt's own widgets
        # already are, so only a later (live) switch re-installs the translator and relabels them.
        live, self._labelled = self._labelled, True
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setFont(ui_font(i18n.current_language()))
            if live:
                qt_translator.refresh(app)
        # The display name first: Qt appends it to a title that does not already end with it.
        QApplication.setApplicationDisplayName(_("Relations Desktop"))
        self.setWindowTitle(_("Relations Desktop"))
        self.commands.retranslate()
        self.search_field.setPlaceholderText(_("Search all passages (Ctrl+K)"))
        self.search_field.setToolTip(_("Words in Bengali, Hindi or English; country names find every script"))
        self.search_field.setAccessibleName(_("Search all passages"))
        if self._search_panel is not None:
            self._search_panel.retranslate()
        if live:
            qt_translator.relabel_qt_buttons(self)
        self.country_label.setText(_("&Countries"))
        self.filter.setPlaceholderText(_("Filter countries (Ctrl+F)"))
        self.filter.setToolTip(_("Matches names in Bengali, Hindi and English"))
        self.filter.setAccessibleName(_("Filter countries"))
        for widget, name in ((self.countries_pane, _("Countries")), (self.country_view, _("Countries")),
                             (self.partners_pane, _("Related countries")), (self.partner_view, _("Related countries"))):
            widget.setAccessibleName(name)
        self.commands.export.setEnabled(self.current_pair is not None)
        self.country_model.relabel()
        self.partner_model.relabel()
        self._reselect()
        self._relabel_partners()
        if self._relationship is not None:
            self._relationship.retranslate()
            self._relationship.setAccessibleName(_("Relationship"))
        else:
            self._placeholder.setText(_("Choose a country, then one it has relations with"))
        self._relabel_status()

    def _reselect(self) -> None:
        """Keep the selected country and partner selected after a re-sort."""
        if self.partner_model.country:
            row = self.country_model.row_of(self.partner_model.country)
            if row >= 0:
                sm = self.country_view.selectionModel()
                sm.blockSignals(True)
                self.country_view.setCurrentIndex(self.country_model.index(row))
                sm.blockSignals(False)
        if self.current_pair and self.partner_model.country:
            other = [c for c in self.current_pair if c != self.partner_model.country]
            if other:
                row = self.partner_model.row_of(other[0])
                sm = self.partner_view.selectionModel()
                sm.blockSignals(True)
                self.partner_view.setCurrentIndex(self.partner_model.index(row))
                sm.blockSignals(False)

    def _relabel_partners(self) -> None:
        code = self.partner_model.country
        if code and self.library.conn is not None:
            name = queries.country_names(self.library.conn).get(code, {}).get(i18n.current_language(), code)
            self.partner_label.setText(_("&Relations of {country}").format(country=name))
        else:
            self.partner_label.setText(_("&Related countries"))

    def _relabel_status(self) -> None:
        problem = self.library.problem()
        if problem:
            self.status_label.setText(problem)
            return
        s = self.library.stats
        if s is None:
            self.status_label.setText("")
            return
        langs = " · ".join(f"{labels.language_name(lang)} {format_number(n)}"
                           for lang, n in sorted(s.documents_by_lang.items()))
        self.status_label.setText(
            f"{labels.documents_count(sum(s.documents_by_lang.values()))} ({langs})   ·   "
            f"{labels.relationships_count(s.relationships)}   ·   {labels.events_count(s.events)}")

    # ----- dialogs
    def show_about(self) -> None:
        from relations_desktop.ui import dialogs
        dialogs.AboutDialog(self, self.library.stats).exec()

    @property
    def exporter(self) -> PdfExporter:
        """File ▸ Export PDF…, made on first use (the PDF code is not needed to show the window)."""
        if self._exporter is None:
            from relations_desktop.ui.export_action import PdfExporter
            self._exporter = PdfExporter(self, self.settings)
            self._exporter.saved.connect(
                lambda path: self.statusBar().showMessage(_("Saved {path}").format(path=path), 8000))
        return self._exporter

    def export_pdf(self) -> Path | None:
        return self.exporter.export(self.dossier, self.library.corpus_version()) if self.dossier else None

    def export_pdf_to(self, target: Path, *, confirm_replace: bool = True) -> Path | None:
        """Export the relationship shown to ``target``; a failure is shown (``exporter.message``)."""
        if self.dossier is None:
            return None
        return self.exporter.export_to(self.dossier, target, self.library.corpus_version(),
                                       confirm_replace=confirm_replace)

    def import_documents(self, folder: bool = False, paths: list[Path] | None = None) -> ImportRun | None:
        """Choose files (or a folder) and import them in the background."""
        from relations_desktop.ui.importer import choose_files
        paths = paths if paths is not None else choose_files(self, folder)
        return self.library.import_documents(paths) if paths else None

    def _report_import(self, run: ImportRun) -> None:
        from relations_desktop.ui import dialogs
        from relations_desktop.ui.importer import ImportSummaryDialog
        if run.error:
            self.last_message = dialogs.message(self, _("Import failed"),
                                                _("The documents could not be imported. Nothing was changed."),
                                                run.error)
            self.last_message.open()
            return
        self.import_summary = ImportSummaryDialog(self, run.result)
        self.import_summary.open()

    def manage_imports(self) -> None:
        from relations_desktop.ui.importer import ManageImportsDialog
        dialog = ManageImportsDialog(self, self.library.user_corpus_path(), self.library.database)
        dialog.exec()
        if dialog.changed:
            self.library.reload()

    # ----- settings
    def _restore(self) -> None:
        geometry = GEOMETRY.read(self.settings)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = MAIN_SPLITTER.read(self.settings)
        if state is not None:
            self.splitter.restoreState(state)
        last = read_pair(self.settings)
        if last and self.library.conn is not None:
            self.open_pair(*last)

    def save_settings(self) -> None:
        GEOMETRY.write(self.settings, self.saveGeometry())
        MAIN_SPLITTER.write(self.settings, self.splitter.saveState())
        if self._relationship is not None:
            RELATIONSHIP_SPLITTER.write(self.settings, self._relationship.splitter.saveState())
        LANGUAGE.write(self.settings, i18n.current_language())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)
        if self.library.needs_rebuild:
            QTimer.singleShot(0, self.library.rebuild_user_corpus)
        if (self.library.error is not None or self.library.user_error is not None) and not self._problem_shown:
            self._problem_shown = True
            QTimer.singleShot(0, self.show_database_problem)
