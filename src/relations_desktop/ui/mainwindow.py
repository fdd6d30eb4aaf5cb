"""The main window: countries, partners and the relationship in three splitter panes, with
menus, a status bar, remembered settings and a live language switch."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
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
from relations_desktop.errors import DatabaseError
from relations_desktop.i18n import _, pgettext
from relations_desktop.i18n.formatting import format_number
from relations_desktop.present import labels, messages
from relations_desktop.store import queries
from relations_desktop.store.connection import open_corpus
from relations_desktop.ui.delegates import SecondaryTextDelegate
from relations_desktop.ui.fonts import ui_font
from relations_desktop.ui.language_notifier import notifier
from relations_desktop.ui.models import CodeRole, CountRole, CountryListModel, DetailRole, PartnerListModel

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMessageBox

    from relations_desktop.present.dossier import Dossier
    from relations_desktop.ui.importer import ImportRun
    from relations_desktop.ui.relationship_pane import RelationshipPane
    from relations_desktop.ui.search_panel import SearchPanel


def relabel_qt_buttons(root: QWidget) -> None:
    """Qt names some of its own buttons once, when it creates them (the dock's close and float
    buttons, a tab bar's scroll arrows): name them again in the interface language."""
    names = {"qt_dockwidget_closebutton": pgettext("qt", "Close"),
             "qt_dockwidget_floatbutton": pgettext("qt", "Float"),
             "ScrollLeftButton": pgettext("qt", "Scroll Left"),
             "ScrollRightButton": pgettext("qt", "Scroll Right")}
    for w in root.findChildren(QWidget):
        name = names.get(w.objectName())
        if name:
            w.setAccessibleName(name)
            w.setToolTip(name)


def _pane(*widgets: QWidget) -> QWidget:
    w = QWidget()
    layout = QVBoxLayout(w)
    layout.setContentsMargins(4, 4, 4, 4)
    for child in widgets:
        layout.addWidget(child)
    return w


class MainWindow(QMainWindow):
    def __init__(self, database: Path | None, user_database: Path | None = None,
                 settings: QSettings | None = None, database_error: DatabaseError | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or QSettings()
        self.database = database
        self.user_database = user_database
        self.conn: sqlite3.Connection | None = None
        self.db_error: DatabaseError | None = database_error
        self.current_pair: tuple[str, str] | None = None
        self.dossier: Dossier | None = None
        self._stats: queries.Stats | None = None
        self.problem_box: QMessageBox | None = None
        self.last_message: QMessageBox | None = None
        self.user_needs_rebuild = False

        # countries
        self.filter = QLineEdit(self)
        self.filter.setObjectName("countryFilter")
        self.filter.setClearButtonEnabled(True)
        self.country_model = CountryListModel()
        self.country_view = QListView(self)
        self.country_view.setObjectName("countries")
        self.country_view.setModel(self.country_model)
        self.country_view.setItemDelegate(SecondaryTextDelegate(CountRole, parent=self.country_view))
        self.country_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.country_view.setUniformItemSizes(True)
        self.country_label = QLabel(self)
        self.country_label.setBuddy(self.filter)
        # partners
        self.partner_model = PartnerListModel()
        self.partner_view = QListView(self)
        self.partner_view.setObjectName("partners")
        self.partner_view.setModel(self.partner_model)
        self.partner_view.setItemDelegate(SecondaryTextDelegate(DetailRole, below=True, parent=self.partner_view))
        self.partner_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.partner_view.setUniformItemSizes(True)
        self.partner_label = QLabel(self)
        self.partner_label.setBuddy(self.partner_view)
        # relationship: built just after the first paint (or when first needed), so the
        # window appears sooner; a placeholder holds its place until then.
        self._relationship: RelationshipPane | None = None
        self._labelled = False          # see retranslate
        self._icons_loaded = False
        self._placeholder = QLabel(self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)

        self.countries_pane = _pane(self.country_label, self.filter, self.country_view)
        self.partners_pane = _pane(self.partner_label, self.partner_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.countries_pane)
        self.splitter.addWidget(self.partners_pane)
        self.splitter.addWidget(self._placeholder)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([220, 240, 820])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel(self)
        self.statusBar().addWidget(self.status_label, 1)
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMaximumWidth(420)
        self._search_panel: SearchPanel | None = None     # made when first searched
        self.search_field.textChanged.connect(self._first_search)

        self._make_actions()
        self._make_menus()
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.act_export)
        self.toolbar.addAction(self.act_import)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.search_field)
        self.setTabOrder(self.filter, self.country_view)
        self.setTabOrder(self.country_view, self.partner_view)

        self.filter.textChanged.connect(self._on_filter)
        self.filter.returnPressed.connect(self._filter_enter)
        self.country_view.selectionModel().currentChanged.connect(self._on_country)
        self.country_view.activated.connect(lambda _i: self.partner_view.setFocus())
        self.partner_view.selectionModel().currentChanged.connect(self._on_partner)
        self.partner_view.activated.connect(lambda _i: self.relationship.timeline.setFocus())
        notifier().changed.connect(self.retranslate)

        self.open_database()
        self.retranslate()
        self._restore()

    # ----- actions and menus
    def _make_actions(self) -> None:
        def act(name: str, shortcut: QKeySequence | str | None, slot) -> QAction:
            a = QAction(self)
            a.setObjectName(name)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.act_export = act("export", "Ctrl+E", self.export_pdf)
        self.act_import = act("import", "Ctrl+I", lambda: self.import_documents(folder=False))
        self.act_import_folder = act("importFolder", "Ctrl+Shift+I", lambda: self.import_documents(folder=True))
        self.act_manage = act("manageImports", None, self.manage_imports)
        self.act_search = act("search", "Ctrl+K", self.focus_search)
        self.act_quit = act("quit", QKeySequence.StandardKey.Quit, self.close)
        self.act_quit.setShortcuts([QKeySequence("Ctrl+Q")])
        self.act_filter = act("filter", "Ctrl+F", self.focus_filter)
        self.act_zoom_in = act("zoomIn", "Ctrl+=", lambda: self.relationship.timeline.zoom(1.5))
        self.act_zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.act_zoom_out = act("zoomOut", "Ctrl+-", lambda: self.relationship.timeline.zoom(1 / 1.5))
        self.act_zoom_reset = act("zoomReset", "Ctrl+0", lambda: self.relationship.timeline.reset_zoom())
        self.act_about = act("about", "F1", self.show_about)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, native in i18n.LANGUAGES.items():
            a = QAction(native, self)
            a.setObjectName(f"language_{code}")
            a.setCheckable(True)
            a.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(a)
            self.language_actions[code] = a

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(self.act_export)
        self.menu_file.addAction(self.act_import)
        self.menu_file.addAction(self.act_import_folder)
        self.menu_file.addAction(self.act_manage)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_view = bar.addMenu("")
        self.menu_view.addAction(self.act_filter)
        self.menu_view.addAction(self.act_search)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_zoom_in)
        self.menu_view.addAction(self.act_zoom_out)
        self.menu_view.addAction(self.act_zoom_reset)
        self.menu_language = bar.addMenu("")
        for a in self.language_actions.values():
            self.menu_language.addAction(a)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

    def load_icons(self) -> None:
        """Icons arrive after the first paint (qtawesome is slow to import)."""
        from relations_desktop.ui.icons import icon
        for a, name in ((self.act_export, "export"), (self.act_import, "import"), (self.act_quit, "quit"),
                        (self.act_import_folder, "import"), (self.act_manage, "remove"), (self.act_search, "search"),
                        (self.act_filter, "filter"), (self.act_zoom_in, "zoom_in"),
                        (self.act_zoom_out, "zoom_out"), (self.act_zoom_reset, "zoom_reset"),
                        (self.act_about, "about")):
            a.setIcon(icon(name))
        self._icons_loaded = True
        if self._relationship is not None:
            self._relationship.sources.prev_btn.setIcon(icon("previous"))
            self._relationship.sources.next_btn.setIcon(icon("next"))

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
            state = self.settings.value(f"splitter/{pane.splitter.objectName()}")
            if isinstance(state, QByteArray):
                pane.splitter.restoreState(state)
            if self._icons_loaded:
                self.load_icons()
        return self._relationship

    # ----- data
    def open_database(self) -> None:
        """(Re)open the corpus; on failure the window stays usable and says what is wrong."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        if self.database is not None and self.db_error is None:
            try:
                self.conn = open_corpus(self.database, self.user_database)
            except DatabaseError as exc:
                if self.user_database is not None and exc.path == Path(self.user_database):
                    # The imported documents need updating (an older app made them): show the
                    # bundled corpus now and rebuild them in the background.
                    self.user_needs_rebuild = True
                    self.conn = open_corpus(self.database, None)
                else:
                    self.db_error = exc
        if self.conn is None:
            self.country_model.set_countries([])
            self.partner_model.set_partners(None, [])
            self._stats = None
            return
        self._stats = queries.stats(self.conn)
        self.country_model.set_countries(queries.countries(self.conn))
        if self._search_panel is not None:
            self._search_panel.set_corpus(self.conn, queries.country_names(self.conn))

    def database_problem(self) -> str | None:
        """The message for a missing or unreadable database, in the interface language."""
        return messages.database_error_message(self.db_error) if self.db_error else None

    def show_database_problem(self) -> None:
        text = self.database_problem()
        if text:
            from relations_desktop.ui import dialogs
            self.problem_box = dialogs.message(self, _("Corpus not available"), text,
                                               _("The app works without it, but there is nothing to show."))
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
        partners = queries.partners(self.conn, code) if (self.conn and code) else []
        self.partner_model.set_partners(code, partners)
        self._relabel_partners()

    def _on_partner(self, current: QModelIndex, _previous: QModelIndex) -> None:
        country = self.partner_model.country
        partner = current.data(CodeRole) if current.isValid() else None
        if country and partner:
            self.show_pair(country, partner)

    def show_pair(self, a: str, b: str) -> None:
        self._show(queries.pair_key(a, b))

    def _show(self, pair: queries.Pair) -> None:
        if self.conn is None or pair == self.current_pair:
            return
        self.current_pair = pair
        from relations_desktop.present.dossier import load_dossier
        self.dossier = load_dossier(self.conn, pair)
        self.relationship.show_dossier(self.dossier)
        self.act_export.setEnabled(True)
        self.settings.setValue("last_pair", "-".join(pair))

    def open_pair(self, a: str, b: str) -> bool:
        """Select both countries in the lists and show their relationship."""
        pair = queries.pair_key(a, b)
        if self.conn is None or not queries.relationship_exists(self.conn, pair):
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
            if self.conn is not None:
                panel.set_corpus(self.conn, queries.country_names(self.conn))
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
        self.settings.setValue("language", lang)

    def retranslate(self, _lang: str | None = None) -> None:
        # The first call labels a window just built in the current language: Qt's own widgets
        # already are, so only a later (live) switch re-installs the translator and relabels them.
        live, self._labelled = self._labelled, True
        lang = i18n.current_language()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setFont(ui_font(lang))
            translator = getattr(app, "_gettext_translator", None)
            if translator is not None and live:
                # Re-installing sends LanguageChange, so Qt's own widgets re-label themselves.
                app.removeTranslator(translator)
                app.installTranslator(translator)
        # The display name first: Qt appends it to a title that does not already end with it.
        QApplication.setApplicationDisplayName(_("Relations Desktop"))
        self.setWindowTitle(_("Relations Desktop"))
        self.menu_file.setTitle(_("&File"))
        self.menu_view.setTitle(_("&View"))
        self.menu_language.setTitle(_("&Language"))
        self.menu_help.setTitle(_("&Help"))
        self.act_export.setText(_("Export PDF…"))
        self.act_export.setToolTip(_("Export a summary of this relationship to PDF"))
        self.act_import.setText(_("Import documents…"))
        self.act_import_folder.setText(_("Import a folder…"))
        self.act_manage.setText(_("Imported documents…"))
        self.act_search.setText(_("Search all passages"))
        self.search_field.setPlaceholderText(_("Search all passages (Ctrl+K)"))
        self.search_field.setToolTip(_("Words in Bengali, Hindi or English; country names find every script"))
        self.search_field.setAccessibleName(_("Search all passages"))
        self.toolbar.setWindowTitle(_("Toolbar"))
        if self._search_panel is not None:
            self._search_panel.retranslate()
        if live:
            relabel_qt_buttons(self)
        self.act_quit.setText(_("Quit"))
        self.act_filter.setText(_("Filter countries"))
        self.act_zoom_in.setText(_("Zoom in on the timeline"))
        self.act_zoom_out.setText(_("Zoom out of the timeline"))
        self.act_zoom_reset.setText(_("Show the whole timeline"))
        self.act_about.setText(_("About Relations Desktop"))
        self.language_actions[lang].setChecked(True)
        self.country_label.setText(_("&Countries"))
        self.partner_label.setText(_("&Related countries"))
        self.filter.setPlaceholderText(_("Filter countries (Ctrl+F)"))
        self.filter.setToolTip(_("Matches names in Bengali, Hindi and English"))
        self.filter.setAccessibleName(_("Filter countries"))
        self.countries_pane.setAccessibleName(_("Countries"))
        self.country_view.setAccessibleName(_("Countries"))
        self.partners_pane.setAccessibleName(_("Related countries"))
        self.partner_view.setAccessibleName(_("Related countries"))
        self.act_export.setEnabled(self.current_pair is not None)
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
        if code and self.conn is not None:
            name = queries.country_names(self.conn).get(code, {}).get(i18n.current_language(), code)
            self.partner_label.setText(_("&Relations of {country}").format(country=name))
        else:
            self.partner_label.setText(_("&Related countries"))

    def _relabel_status(self) -> None:
        problem = self.database_problem()
        if problem:
            self.status_label.setText(problem)
            return
        s = self._stats
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
        dialogs.AboutDialog(self, self._stats).exec()

    def export_pdf(self) -> None:
        from relations_desktop.ui.export_action import export_current
        export_current(self)

    def import_documents(self, folder: bool = False, paths: list[Path] | None = None) -> ImportRun | None:
        """Choose files (or a folder) and import them in the background."""
        from relations_desktop.ui.importer import ImportRun, choose_files, import_job
        paths = paths if paths is not None else choose_files(self, folder)
        if not paths:
            return None
        self._release_user_corpus()
        run = ImportRun(self, import_job(paths, self.user_corpus_path(), self.database))
        run.finished.connect(lambda result, r=run: self._import_finished(r))
        self.import_run = run
        run.start()
        return run

    def rebuild_user_corpus(self) -> ImportRun:
        """Bring imported documents made by an older version up to date, in the background."""
        from relations_desktop.ui.importer import ImportRun, rebuild_job
        self._release_user_corpus()
        run = ImportRun(self, rebuild_job(self.user_corpus_path()), _("Updating your imported documents"))
        run.finished.connect(lambda result: self.reload_corpus())
        self.import_run = run
        self.user_needs_rebuild = False
        run.start()
        return run

    def _release_user_corpus(self) -> None:
        """Detach the user database while a worker replaces it (a file that is open cannot
        be replaced on Windows); the bundled corpus stays browsable."""
        if self.conn is not None and self.user_database is not None:
            self.conn.close()
            self.conn = open_corpus(self.database, None) if self.database else None

    def user_corpus_path(self) -> Path:
        from relations_desktop import resources
        return self.user_database or resources.user_corpus_db()

    def _import_finished(self, run: ImportRun) -> None:
        from relations_desktop.ui.importer import ImportSummaryDialog
        self.reload_corpus()
        if run.error:
            from relations_desktop.ui import dialogs
            self.last_message = dialogs.message(self, _("Import failed"),
                                                _("The documents could not be imported. Nothing was changed."),
                                                run.error)
            self.last_message.open()
            return
        self.import_summary = ImportSummaryDialog(self, run.result)
        self.import_summary.open()

    def manage_imports(self) -> None:
        from relations_desktop.ui.importer import ManageImportsDialog
        self._release_user_corpus()
        dlg = ManageImportsDialog(self, self.user_corpus_path(), self.database)
        dlg.exec()
        self.reload_corpus()

    def reload_corpus(self) -> None:
        """Show the bundled and imported documents together again, keeping the selection."""
        user = self.user_corpus_path()
        self.user_database = user if user.exists() else None
        pair = self.current_pair
        self.current_pair = None
        self.partner_model.set_partners(None, [])
        self.open_database()
        self._relabel_status()
        if pair and self.conn is not None and queries.relationship_exists(self.conn, pair):
            self.open_pair(*pair)

    # ----- settings
    def _restore(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value(f"splitter/{self.splitter.objectName()}")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        last = self.settings.value("last_pair")
        if isinstance(last, str) and "-" in last and self.conn is not None:
            a, b = last.split("-", 1)
            self.open_pair(a, b)

    def save_settings(self) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        splitters = [self.splitter] + ([self._relationship.splitter] if self._relationship else [])
        for splitter in splitters:
            self.settings.setValue(f"splitter/{splitter.objectName()}", splitter.saveState())
        self.settings.setValue("language", i18n.current_language())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)
        if self.user_needs_rebuild:
            QTimer.singleShot(0, self.rebuild_user_corpus)
        if self.db_error is not None and not getattr(self, "_problem_shown", False):
            self._problem_shown = True
            QTimer.singleShot(0, self.show_database_problem)
