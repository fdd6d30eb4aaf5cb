"""The main window: countries, related countries and the relationship (or, before one is chosen,
what the library holds) in three splitter panes; the search results take the lists' place while
they are open. Menus, a status bar, remembered settings, a live language switch. It lays the
panes out and wires them to the library (ui/library.py), the lists (ui/country_lists.py), the
commands (ui/window_commands.py), the keyboard (ui/navigation.py) and the context menus
(ui/reading_menus.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QStackedWidget, QWidget

from relations_desktop import i18n
from relations_desktop.i18n import _
from relations_desktop.present.messages import NOTHING_CHANGED
from relations_desktop.store import queries
from relations_desktop.ui import import_commands, navigation, qt_translator
from relations_desktop.ui.appearance import Appearance
from relations_desktop.ui.country_lists import CountryLists
from relations_desktop.ui.dossier_reader import DossierReader
from relations_desktop.ui.fonts import ui_font
from relations_desktop.ui.language_notifier import notifier
from relations_desktop.ui.library import Library
from relations_desktop.ui.search_host import SearchHost
from relations_desktop.ui.settings import (
    GEOMETRY,
    LANGUAGE,
    MAIN_SPLITTER,
    RELATIONSHIP_SPLITTER,
    first_size,
    read_pair,
    write_pair,
)
from relations_desktop.ui.status_line import READ_ONLY_DETAIL, StatusLine
from relations_desktop.ui.welcome import WelcomeView
from relations_desktop.ui.window_commands import WindowCommands

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog, QMessageBox

    from relations_desktop.errors import DatabaseError
    from relations_desktop.present.dossier import Dossier
    from relations_desktop.store.search import Hit
    from relations_desktop.ui.corrector import Corrector
    from relations_desktop.ui.export_action import Exporter
    from relations_desktop.ui.importer import ImportRun
    from relations_desktop.ui.kiwix_chooser import KiwixChooser
    from relations_desktop.ui.reading_menus import ReadingMenus
    from relations_desktop.ui.relationship_pane import RelationshipPane
    from relations_desktop.ui.search_panel import SearchPanel



class MainWindow(QMainWindow):
    def __init__(self, database: Path | None, user_database: Path | None = None,
                 settings: QSettings | None = None, database_error: DatabaseError | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or QSettings()
        self.appearance = Appearance(self.settings, self)
        self.library = Library(database, user_database, database_error, self)
        self.current_pair: queries.Pair | None = None
        self.dossier: Dossier | None = None
        self.problem_box: QMessageBox | None = None       # the database problem, once shown
        self.last_message: QMessageBox | None = None      # the last failure reported
        self.import_summary: QDialog | None = None
        self.kiwix_chooser: KiwixChooser | None = None
        self._problem_shown = False
        self.quitting = False           # closing once the running job has stopped (import_commands.may_close)
        self._labelled = False          # see retranslate
        self._icons_loaded = False
        # Built when first needed (the relationship pane just after the first paint), so the
        # window appears sooner; the welcome holds the pane's place until a relationship is chosen.
        self._relationship: RelationshipPane | None = None
        self._exporter: Exporter | None = None
        self._menus: ReadingMenus | None = None
        self._corrector: Corrector | None = None
        self.reader = DossierReader(self)
        # After a relationship read again (a correction, ui.corrector): keep the view? the event to select
        self.after_read: tuple[bool, int | None] | None = None
        self._build_layout()
        self.commands = WindowCommands(self, self.search_field)
        self._connect()
        self.appearance.apply()
        self.library.open()
        self._show_library()
        self.retranslate()
        self._restore()

    # ----- layout and wiring
    def _build_layout(self) -> None:
        self.lists = lists = CountryLists(self, lambda: self.library.conn)
        self.filter, self.country_model, self.country_view = lists.filter, lists.country_model, lists.country_view
        self.partner_model, self.partner_view = lists.partner_model, lists.partner_view
        self.countries_pane, self.partners_pane = lists.countries_pane, lists.partners_pane
        self.no_match = lists.no_match
        self.welcome = WelcomeView(self)
        self.right = QStackedWidget(self)          # the welcome, or the relationship once chosen
        self.right.setObjectName("relationshipArea")
        self.right.addWidget(self.welcome)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for i, (pane, stretch) in enumerate(((self.countries_pane, 0), (self.partners_pane, 0), (self.right, 1))):
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(i, stretch)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.status = StatusLine(self, self.library)
        self.status_label, self.read_only_label = self.status.label, self.status.read_only
        self.search = SearchHost(self, [self.countries_pane, self.partners_pane], self._corpus)
        self.search_field = self.search.field

    def _connect(self) -> None:
        c = self.commands
        c.export.triggered.connect(self.export_pdf)
        c.export_timeline.triggered.connect(lambda: self.export_as("timeline"))
        c.export_sources.triggered.connect(lambda: self.export_as("sources"))
        c.import_files.triggered.connect(lambda: self.import_documents(folder=False))
        c.import_folder.triggered.connect(lambda: self.import_documents(folder=True))
        c.import_kiwix.triggered.connect(lambda: self.import_kiwix())
        c.manage.triggered.connect(self.manage_imports)
        c.copy_citation.triggered.connect(lambda: self.relationship.copy_citation())
        c.copy_source_citation.triggered.connect(lambda: self.relationship.copy_source_citation())
        c.search.triggered.connect(self.search.focus)
        c.quit.triggered.connect(self.close)
        c.filter.triggered.connect(self.focus_filter)
        c.zoom_in.triggered.connect(lambda: self.relationship.timeline.zoom(1.5))
        c.zoom_out.triggered.connect(lambda: self.relationship.timeline.zoom(1 / 1.5))
        c.zoom_reset.triggered.connect(lambda: self.relationship.timeline.reset_zoom())
        c.next_pane.triggered.connect(lambda: navigation.cycle(self._panes(), 1))
        c.previous_pane.triggered.connect(lambda: navigation.cycle(self._panes(), -1))
        for action, name in ((c.undo, "undo"), (c.redo, "redo"), (c.hide_event, "hide"), (c.edit_event, "edit"),
                             (c.note_event, "note"), (c.add_event, "add"), (c.restore_event, "restore")):
            action.triggered.connect(
                lambda _checked=False, name=name: self.check_writable() and getattr(self.corrector, name)())
        c.corrections.triggered.connect(self.show_corrections)
        c.library.triggered.connect(self.show_library_view)
        c.filter_events.triggered.connect(lambda: self.relationship.filters.focus())
        c.manual.triggered.connect(self.show_manual)
        c.about.triggered.connect(self.show_about)
        for code, a in c.language.items():
            a.triggered.connect(lambda _checked=False, lang=code: self.set_language(lang))
        for choice, a in c.appearance.items():
            a.triggered.connect(lambda _checked=False, choice=choice: self.appearance.choose(choice))
        c.native_digits.triggered.connect(lambda: self.appearance.choose_digits(i18n.current_language(), True))
        c.latin_digits.triggered.connect(lambda: self.appearance.choose_digits(i18n.current_language(), False))
        self.appearance.changed.connect(self._colours_changed)
        self.welcome.import_requested.connect(lambda: self.import_documents(folder=False))
        self.lists.import_requested.connect(lambda: self.import_documents(folder=False))
        self.welcome.manual_requested.connect(self.show_manual)
        self.lists.country_changed.connect(self._on_country)
        self.lists.filtered.connect(self._relabel_welcome)
        self.lists.pair_chosen.connect(lambda a, b: self._show(queries.pair_key(a, b)))
        self.partner_view.activated.connect(lambda _i: self.relationship.timeline.setFocus())
        self.search.hit_chosen.connect(self.open_hit)
        self.search.leaving.connect(self.focus_reading)
        self.search.panel_built.connect(self._chain)
        self._chain()
        self.library.changed.connect(self._show_library)
        self.library.imported.connect(self._report_import)
        self.library.failed.connect(lambda text: self.show_library_problem(text, _(NOTHING_CHANGED)))
        self.reader.read.connect(self._on_read)
        self.reader.failed.connect(lambda text: (self.clear_relationship(), self.show_library_problem(text)))
        notifier().changed.connect(self.retranslate)

    def load_icons(self) -> None:
        """Icons arrive after the first paint (qtawesome is slow to import)."""
        self.commands.load_icons()
        self._icons_loaded = True
        if self._relationship is not None:
            self._relationship.load_icons()

    def _colours_changed(self) -> None:
        if self._icons_loaded:
            self.load_icons()           # the icons are drawn in the text colour
        self.commands.appearance[self.appearance.choice].setChecked(True)

    @property
    def relationship(self) -> RelationshipPane:
        """The relationship pane, built on first use (it shows once a relationship is chosen)."""
        if self._relationship is None:
            from relations_desktop.ui.reading_menus import ReadingMenus
            from relations_desktop.ui.relationship_pane import RelationshipPane
            pane = RelationshipPane(self)
            pane.setObjectName("relationship")
            pane.setAccessibleName(_("Relationship"))
            self.right.addWidget(pane)
            self._relationship = pane
            state = RELATIONSHIP_SPLITTER.read(self.settings)
            if state is not None:
                pane.sized = pane.splitter.restoreState(state)
            navigation.show_focus(pane.events_view, pane.sources.text, pane.citations)
            if self._icons_loaded:
                pane.load_icons()
            self._menus = ReadingMenus(pane, self.search.search_for, self.commands)
            pane.restore_button.setDefaultAction(self.commands.restore_event)
            from relations_desktop.present.corrections import restorable
            pane.groupSelected.connect(lambda g: self.commands.set_event_enabled(g is not None, restorable(g)))
            self._chain()
        return self._relationship

    @property
    def corrector(self) -> Corrector:
        """Hide, Edit…, Note…, Add event…, Undo (built on first use)."""
        if self._corrector is None:
            from relations_desktop.ui.corrector import Corrector
            self._corrector = Corrector(self)
        return self._corrector

    def _on_read(self, pair: queries.Pair, dossier: Dossier, plan: object) -> None:
        """A relationship read on a thread, if still chosen: its events now, its sources in a turn
        of their own (read again after a correction: as after_read says)."""
        after, self.after_read = self.after_read, None
        if pair == self.current_pair:
            self.relationship.show_dossier(dossier, bool(after and after[0]), plan=plan, sources=False)  # type: ignore
            QTimer.singleShot(10, lambda: self.relationship.dossier is dossier and self._sources_read(dossier, after))

    def _sources_read(self, dossier: Dossier, after: tuple[bool, int | None] | None) -> None:
        self.relationship.show_sources()
        self._show_dossier(dossier)
        if after is not None and not self.relationship.select_event(after[1]):
            self.commands.set_event_enabled(False)

    @property
    def search_panel(self) -> SearchPanel:
        """The search results (built on first use)."""
        return self.search.panel

    # ----- keyboard (the orders: ui.navigation)
    def _chain(self) -> None:
        navigation.window_chain(self)
        navigation.window_command_keys(self)

    def _panes(self) -> list[tuple[QWidget, QWidget]]:
        return navigation.window_panes(self)

    def focus_reading(self) -> None:
        """The focus back on the relationship shown (on the country filter without one)."""
        shown = self._relationship is not None and self.right.currentWidget() is self._relationship
        (self._relationship.events_view if shown else self.filter).setFocus()

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # ----- the library
    def _corpus(self) -> tuple[sqlite3.Connection | None, dict[str, dict[str, str]]]:
        conn = self.library.conn
        return conn, (queries.country_names(conn) if conn is not None else {})

    def _show_library(self) -> None:
        """Fill the lists from the library (opened, or changed): the relationship shown is read
        again, or cleared if it is gone; the search results too, if they are open."""
        conn = self.library.conn
        country = self.lists.selected_country()
        pair, self.current_pair = self.current_pair, None
        self.lists.set_countries(queries.countries(conn) if conn is not None else [])
        self.search.set_corpus(*self._corpus())
        self._relabel_status()
        if pair and conn is not None and queries.relationship_exists(conn, pair):
            first = country if country in pair else pair[0]
            self.open_pair(first, pair[1] if first == pair[0] else pair[0])
            return
        self.clear_relationship()
        if country:
            self.lists.select_country(country)

    def show_database_problem(self) -> None:
        text = self.library.problem()
        if text:
            from relations_desktop.ui import dialogs
            self.problem_box = dialogs.message(self, _("Library not available"), text,
                                               _("The app works without it, but there is nothing to show."))
            self.problem_box.open()
        else:
            self.show_library_problem(self.library.user_problem_text())

    def check_writable(self) -> bool:
        """Before a change to the user's library: whether it can be written; if not, say so."""
        if self.library.writable():
            return True
        from relations_desktop.ui import dialogs
        self.last_message = dialogs.message(self, _("Read-only library"), self.library.read_only_text(),
                                            _(READ_ONLY_DETAIL))
        self.last_message.open()
        return False

    def show_library_problem(self, text: str | None, detail: str = "") -> None:
        """Tell what happened to the user's library (or to a job changing it: ``detail`` says
        that nothing was changed)."""
        if text:
            from relations_desktop.ui import dialogs
            self.problem_box = dialogs.message(self, _("Imported documents"), text, detail)
            self.problem_box.open()

    # ----- what is shown
    def selected_country(self) -> str | None:
        return self.lists.selected_country()

    def _on_country(self, code: str | None) -> None:
        if self.current_pair is not None and code not in self.current_pair:
            self.clear_relationship()           # another country: its relations, not the old pair
        else:
            self.lists.reselect(self.current_pair)
            self._relabel_welcome()
            self._remember_pair()               # the same relationship, seen from this side

    def _show(self, pair: queries.Pair) -> None:
        if self.library.conn is None or pair == self.current_pair:
            return
        self.current_pair = pair
        self._remember_pair()
        self.after_read = None
        self._show_dossier(*self.reader.open(self.library.conn, pair, self.library.open_reader,
                                             self.relationship.planner()))

    def _remember_pair(self) -> None:
        """The relationship shown, from the side of the country whose relations are listed."""
        pair, country = self.current_pair, self.partner_model.country
        if pair is not None:
            write_pair(self.settings, (country, *(c for c in pair if c != country)) if country in pair else pair)

    def _show_dossier(self, dossier: Dossier, reading: int | None = None) -> None:
        """Show ``dossier``; with ``reading``, its names while that many events are read."""
        self.dossier = None if reading else dossier
        if self.relationship.dossier is not dossier:
            self.relationship.show_dossier(dossier, reading=reading)
        self.right.setCurrentWidget(self.relationship)
        self.commands.set_export_enabled(not reading)

    def clear_relationship(self) -> None:
        """Show no relationship (none chosen, or the one shown is gone): nothing to export."""
        self.current_pair = None
        self.dossier = None
        self.reader.cancel()
        if self._relationship is not None:
            self._relationship.show_dossier(None)
        self.right.setCurrentWidget(self.welcome)
        self.commands.set_export_enabled(False)
        self._relabel_welcome()

    def open_pair(self, a: str, b: str) -> bool:
        """Select both countries in the lists and show their relationship."""
        pair = queries.pair_key(a, b)
        conn = self.library.conn
        if conn is None or not queries.relationship_exists(conn, pair):
            return False
        self.lists.select(a.upper(), b.upper())
        self._show(pair)
        return True

    def open_hit(self, hit: Hit) -> None:
        """Open a search hit's relationship at its sentence."""
        if self.open_pair(*hit.pair):
            self.relationship.select_sentence(hit.document_id, hit.start, hit.end)

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
        # The title in the interface language alone: Qt appends the display name to a title
        # that does not end with it, so both are the same text, set display name first.
        QApplication.setApplicationDisplayName(_("Relations Desktop"))
        self.setWindowTitle(_("Relations Desktop"))
        self.commands.retranslate()
        self.search_field.setPlaceholderText(_("Search all passages (Ctrl+K)"))
        self.search_field.setToolTip(_("Words in Bengali, Hindi or English; country names find every script"))
        self.search_field.setAccessibleName(_("Search all passages"))
        if self.search.built is not None:
            self.search.built.retranslate()
        if live:
            qt_translator.relabel_qt_buttons(self)
        self.commands.set_export_enabled(self.current_pair is not None)
        self.lists.retranslate(self.current_pair)
        if self._relationship is not None:
            self._relationship.retranslate()
            self._relationship.setAccessibleName(_("Relationship"))
        if self._menus is not None:
            self._menus.retranslate()
        self._relabel_welcome()
        self._relabel_status()

    def _relabel_welcome(self) -> None:
        code = self.partner_model.country
        self.welcome.show_state(self.library.stats, self.lists.country_name(code) if code else None,
                                self.lists.unmatched())

    def _relabel_status(self) -> None:
        self.status.relabel()

    # ----- dialogs
    def show_about(self) -> None:
        from relations_desktop.ui import dialogs
        dialogs.AboutDialog(self, self.library.stats).exec()

    def show_manual(self) -> None:
        from relations_desktop.ui.manual import ManualDialog
        ManualDialog.show_for(self)

    @property
    def exporter(self) -> Exporter:
        """File ▸ Export…, made on first use (the export code is not needed to show the window)."""
        if self._exporter is None:
            from relations_desktop.ui.export_action import Exporter
            self._exporter = Exporter(self, self.settings)
            self._exporter.saved.connect(lambda path: self.status.tell(_("Saved {path}").format(path=path)))
        return self._exporter

    def export_pdf(self) -> Path | None:
        return self.export_as("summary")

    def export_as(self, kind: str) -> Path | None:
        """Ask where and in which format of ``kind`` (summary, timeline, sources), then export."""
        return self.exporter.export(self.dossier, self.library.corpus_version(), kind) if self.dossier else None

    def export_pdf_to(self, target: Path, *, confirm_replace: bool = True) -> Path | None:
        """Export the relationship shown to ``target``; a failure is shown (``exporter.message``)."""
        if self.dossier is None:
            return None
        return self.exporter.export_to(self.dossier, target, self.library.corpus_version(),
                                       confirm_replace=confirm_replace)

    def import_kiwix(self, path: Path | None = None) -> KiwixChooser | None:
        return import_commands.import_kiwix(self, path)

    def import_documents(self, folder: bool = False, paths: list[Path] | None = None) -> ImportRun | None:
        return import_commands.import_documents(self, folder, paths)

    def _report_import(self, run: ImportRun) -> None:
        import_commands.report_import(self, run)

    def show_corrections(self) -> None:
        from relations_desktop.ui.corrections_view import CorrectionsDialog
        CorrectionsDialog.show_for(self)

    def show_library_view(self) -> None:
        from relations_desktop.ui.library_view import LibraryDialog
        LibraryDialog.show_for(self)

    def manage_imports(self) -> None:
        import_commands.manage_imports(self)

    # ----- settings
    def _restore(self) -> None:
        geometry = GEOMETRY.read(self.settings)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(*first_size())
        state = MAIN_SPLITTER.read(self.settings)
        self._lists_sized = state is not None and self.splitter.restoreState(state)
        last = read_pair(self.settings)
        if last and self.library.conn is not None:
            self.open_pair(*last)

    def save_settings(self) -> None:
        GEOMETRY.write(self.settings, self.saveGeometry())
        if not self.countries_pane.isHidden():         # (the search results hide the lists)
            MAIN_SPLITTER.write(self.settings, self.splitter.saveState())
        if self._relationship is not None:
            RELATIONSHIP_SPLITTER.write(self.settings, self._relationship.splitter.saveState())
        LANGUAGE.write(self.settings, i18n.current_language())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not import_commands.may_close(self):
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)
        if not self._lists_sized:             # first start: the lists narrower on a small screen
            self._lists_sized = True
            width = self.width()
            self.splitter.setSizes([max(170, width * 16 // 100), max(190, width * 18 // 100), width])
        if self.library.needs_rebuild and not self.library.read_only:    # (else shown as it is)
            QTimer.singleShot(0, self.library.rebuild_user_corpus)
        if (self.library.error is not None or self.library.user_error is not None) and not self._problem_shown:
            self._problem_shown = True
            QTimer.singleShot(0, self.show_database_problem)
