"""The main window's commands: its actions with their shortcuts, the menus, the toolbar and the
language, appearance and digits choices, with their labels and icons. The window connects them
to what they do."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow

from relations_desktop import i18n
from relations_desktop.i18n import _
from relations_desktop.i18n.formatting import has_native_digits, native_digits, writes_native_digits
from relations_desktop.ui.appearance import DARK, LIGHT, SYSTEM


def plain_label(text: str) -> str:
    """A menu label as a tooltip says it: no access key (neither "&F" nor " (&F)"), no "…"."""
    for i in range(len(text) - 3):
        if text[i:i + 3] == " (&" and text[i + 4:i + 5] == ")":
            text = text[:i] + text[i + 5:]
            break
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "").strip()


class WindowCommands:
    """Built into ``window`` (menus, toolbar with ``search_field``); nothing is connected here."""

    def __init__(self, window: QMainWindow, search_field: QLineEdit) -> None:
        self.window = window

        def act(name: str, *shortcuts: QKeySequence | QKeySequence.StandardKey | str) -> QAction:
            a = QAction(window)
            a.setObjectName(name)
            if shortcuts:
                a.setShortcuts([QKeySequence(s) for s in shortcuts])
            window.addAction(a)      # shortcuts work with the menu bar hidden too
            return a

        def choices(names: list[str]) -> tuple[QActionGroup, dict[str, QAction]]:
            group = QActionGroup(window)
            group.setExclusive(True)
            actions = {}
            for name in names:
                a = QAction(window)
                a.setObjectName(name)
                a.setCheckable(True)
                group.addAction(a)
                actions[name] = a
            return group, actions

        self.export = act("export", "Ctrl+E")
        self.export_timeline = act("exportTimeline", "Ctrl+Shift+E")
        self.export_sources = act("exportSources")
        self.import_files = act("import", "Ctrl+I")
        self.import_folder = act("importFolder", "Ctrl+Shift+I")
        self.import_kiwix = act("importKiwix")
        self.manage = act("manageImports")
        self.copy_citation = act("copyCitation", "Ctrl+Shift+C")
        self.copy_source_citation = act("copySourceCitation")
        # The reader's corrections (ui/corrector.py does them) and the library (ui/library_view.py)
        self.undo = act("undo", QKeySequence.StandardKey.Undo)
        self.redo = act("redo", "Ctrl+Shift+Z", "Ctrl+Y")
        self.hide_event = act("hideEvent", "Ctrl+Shift+H")
        self.edit_event = act("editEvent", "F2")
        self.note_event = act("noteEvent", "Ctrl+Shift+N")
        self.add_event = act("addEvent", "Ctrl+Shift+A")
        self.restore_event = act("restoreEvent")
        self.corrections = act("corrections", "Ctrl+Shift+R")
        self.library = act("library", "Ctrl+L")
        self.filter_events = act("filterEvents", "Ctrl+Shift+F")
        for a in (self.undo, self.redo, self.hide_event, self.edit_event, self.note_event, self.add_event,
                  self.restore_event):
            a.setEnabled(False)
        self.search = act("search", "Ctrl+K")
        self.quit = act("quit", "Ctrl+Q")
        self.filter = act("filter", "Ctrl+F")
        self.zoom_in = act("zoomIn", "Ctrl+=", "Ctrl++")
        self.zoom_out = act("zoomOut", "Ctrl+-")
        self.zoom_reset = act("zoomReset", "Ctrl+0")
        self.next_pane = act("nextPane", "F6")
        self.previous_pane = act("previousPane", "Shift+F6")
        self.manual = act("manual", "F1")
        self.about = act("about")
        self.language_group, self.language = choices([f"language_{c}" for c in i18n.LANGUAGES])
        self.language = {code: self.language[f"language_{code}"] for code in i18n.LANGUAGES}
        for code, native in i18n.LANGUAGES.items():
            self.language[code].setText(native)
        self.appearance_group, self.appearance = choices([SYSTEM, LIGHT, DARK])
        self.digits_group, digits = choices(["nativeDigits", "latinDigits"])
        self.native_digits, self.latin_digits = digits["nativeDigits"], digits["latinDigits"]
        self._menus()
        self.toolbar = window.addToolBar("")
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.export)
        self.toolbar.addAction(self.import_files)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(search_field)

    def _menus(self) -> None:
        bar = self.window.menuBar()
        self.menu_file = bar.addMenu("")
        for a in (self.export, self.export_timeline, self.export_sources, self.import_files, self.import_folder,
                  self.import_kiwix, self.manage, self.library):
            self.menu_file.addAction(a)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.quit)
        self.menu_edit = bar.addMenu("")
        for a in (self.undo, self.redo, None, self.copy_citation, self.copy_source_citation, None,
                  self.hide_event, self.edit_event, self.note_event, self.add_event, self.restore_event, None,
                  self.corrections):
            self.menu_edit.addAction(a) if a is not None else self.menu_edit.addSeparator()
        self.menu_view = bar.addMenu("")
        self.menu_view.addAction(self.filter)
        self.menu_view.addAction(self.filter_events)
        self.menu_view.addAction(self.search)
        self.menu_view.addAction(self.next_pane)
        self.menu_view.addAction(self.previous_pane)
        self.menu_view.addSeparator()
        for a in (self.zoom_in, self.zoom_out, self.zoom_reset):
            self.menu_view.addAction(a)
        self.menu_view.addSeparator()
        self.menu_appearance = self.menu_view.addMenu("")
        for a in self.appearance.values():
            self.menu_appearance.addAction(a)
        self.menu_digits = self.menu_view.addMenu("")
        self.menu_digits.addAction(self.native_digits)
        self.menu_digits.addAction(self.latin_digits)
        self.menu_language = bar.addMenu("")
        for a in self.language.values():
            self.menu_language.addAction(a)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.manual)
        self.menu_help.addAction(self.about)

    def set_export_enabled(self, enabled: bool) -> None:
        for a in (self.export, self.export_timeline, self.export_sources, self.add_event, self.filter_events):
            a.setEnabled(enabled)

    def set_event_enabled(self, enabled: bool, corrected: bool = False) -> None:
        """What can be done to the selected event (one is selected; a correction changed it)."""
        for a in (self.hide_event, self.edit_event, self.note_event):
            a.setEnabled(enabled)
        self.restore_event.setEnabled(enabled and corrected)

    def load_icons(self) -> None:
        """Icons arrive after the first paint (qtawesome is slow to import)."""
        from relations_desktop.ui.icons import icon
        for a, name in ((self.export, "export"), (self.import_files, "import"), (self.quit, "quit"),
                        (self.import_folder, "import"), (self.import_kiwix, "kiwix"), (self.manage, "remove"),
                        (self.search, "search"),
                        (self.copy_citation, "copy"), (self.copy_source_citation, "copy"),
                        (self.export_timeline, "timeline"), (self.export_sources, "sources"),
                        (self.filter, "filter"), (self.zoom_in, "zoom_in"), (self.zoom_out, "zoom_out"),
                        (self.undo, "undo"), (self.redo, "redo"), (self.hide_event, "hide"),
                        (self.edit_event, "edit"), (self.note_event, "note"), (self.add_event, "add"),
                        (self.restore_event, "restore"), (self.corrections, "corrections"),
                        (self.library, "library"), (self.filter_events, "filter"),
                        (self.zoom_reset, "zoom_reset"), (self.about, "about"), (self.manual, "manual")):
            a.setIcon(icon(name))

    def retranslate(self) -> None:
        self.menu_file.setTitle(_("&File"))
        self.menu_edit.setTitle(_("&Edit"))
        self.menu_view.setTitle(_("&View"))
        self.menu_language.setTitle(_("&Language"))
        self.menu_help.setTitle(_("&Help"))
        self.export.setText(_("&Export PDF…"))
        self.export.setToolTip(_("Export a summary of this relationship to PDF"))
        self.export_timeline.setText(_("Export &timeline…"))
        self.export_timeline.setToolTip(_("Save the timeline as a table (CSV, JSON) or a drawing (PNG, SVG)"))
        self.export_sources.setText(_("Export &sources…"))
        self.export_sources.setToolTip(_("Save the sources for Zotero, Mendeley or pandoc (RIS, BibTeX, CSL-JSON)"))
        self.import_files.setText(_("&Import documents…"))
        self.import_folder.setText(_("Import a &folder…"))
        self.import_kiwix.setText(_("Import from a &Kiwix library…"))
        self.manage.setText(_("Imported &documents…"))
        self.copy_citation.setText(_("&Copy citation"))
        self.copy_citation.setToolTip(_("Copy the selected event's sentence and its source as text"))
        self.copy_source_citation.setText(_("Copy &source citation"))
        self.copy_source_citation.setToolTip(_("Copy the title, address and licence of the source shown"))
        self.undo.setText(_("&Undo"))
        self.redo.setText(_("&Redo"))
        self.hide_event.setText(_("H&ide event"))
        self.hide_event.setToolTip(_("Hide the selected event: it is not an event between these two countries"))
        self.edit_event.setText(_("&Edit event…"))
        self.edit_event.setToolTip(_("Correct the date, type or countries of the selected event"))
        self.note_event.setText(_("&Note on event…"))
        self.note_event.setToolTip(_("Write a note on the selected event (it goes into the exports)"))
        self.add_event.setText(_("&Add event…"))
        self.add_event.setToolTip(_("Add an event from the words selected in a source passage"))
        self.restore_event.setText(_("Show the e&xtracted event"))
        self.restore_event.setToolTip(_("Undo every correction of the selected event: the event as extracted"))
        self.corrections.setText(_("C&orrections…"))
        self.corrections.setToolTip(_("Review, save or add the corrections you made"))
        self.library.setText(_("&Library…"))
        self.library.setToolTip(_("Every document of the library: open, correct its details, remove"))
        self.filter_events.setText(_("Filter &events"))
        self.filter_events.setToolTip(_("Show events of some types, some years or some confidence"))
        self.search.setText(_("&Search all passages"))
        self.toolbar.setWindowTitle(_("Toolbar"))
        self.quit.setText(_("&Quit"))
        self.filter.setText(_("&Filter countries"))
        self.next_pane.setText(_("&Next pane"))
        self.previous_pane.setText(_("&Previous pane"))
        self.zoom_in.setText(_("Zoom &in on the timeline"))
        self.zoom_out.setText(_("Zoom &out of the timeline"))
        self.zoom_reset.setText(_("Show the &whole timeline"))
        self.menu_appearance.setTitle(_("&Appearance"))
        self.appearance[SYSTEM].setText(_("&System"))
        self.appearance[LIGHT].setText(_("&Light"))
        self.appearance[DARK].setText(_("&Dark"))
        self.relabel_digits()
        self.manual.setText(_("&Manual"))
        self.about.setText(_("&About Relations Desktop"))
        self.language[i18n.current_language()].setChecked(True)
        for a in (self.import_files, self.import_folder, self.import_kiwix, self.manage, self.search, self.quit,
                  self.filter, self.next_pane, self.previous_pane, self.zoom_in, self.zoom_out, self.zoom_reset,
                  self.manual, self.about, self.undo, self.redo):
            a.setToolTip(plain_label(a.text()))

    def relabel_digits(self) -> None:
        """View ▸ Digits: for a language with digits of its own, which ones it writes."""
        lang = i18n.current_language()
        self.menu_digits.setTitle(_("&Digits"))
        self.menu_digits.menuAction().setVisible(has_native_digits(lang))
        self.native_digits.setText(_("&Native digits ({digits})").format(digits=native_digits("123", lang)))
        self.latin_digits.setText(_("&Latin digits ({digits})").format(digits="123"))
        (self.native_digits if writes_native_digits(lang) else self.latin_digits).setChecked(True)

