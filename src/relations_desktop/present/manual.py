"""The short manual (Help ▸ Manual, F1): its sections in the interface language, each with the
picture that goes with it. Words only; the window lays it out."""

from __future__ import annotations

from typing import NamedTuple

from relations_desktop.i18n import _

# The pictures, one per section that has one: resources/manual/NAME-LANG.png.
PICTURES = ("relationship", "search")


class Section(NamedTuple):
    heading: str
    paragraphs: list[str]
    picture: str | None = None


def manual() -> list[Section]:
    """The manual's sections, in the interface language."""
    return [
        Section(_("Reading a relationship"), [
            _("Choose a country in the first list (type a few letters of its name in any of the three "
              "scripts in the box above it), then one of the countries it has relations with. The right "
              "side shows both names, the key facts, a timeline, the list of events and the source passages."),
            _("On the timeline each dot is an event, coloured by its type. A filled dot has an exact day; a "
              "hollow one only a month or a year; a bar is a period. Click a dot or a row of the list to see "
              "the sentence it was read from, marked in the sources. Ctrl+= and Ctrl+- zoom, Ctrl+0 shows "
              "the whole timeline."),
            _("Events whose source gives no date come last in the list, as “date not stated”. The Citations "
              "tab lists the references of each source document."),
        ], "relationship"),
        Section(_("Searching"), [
            _("Press Ctrl+K and type words in Bengali, Hindi or English; a country's name in any script finds "
              "it in all three. Each result names its relationship and shows the sentence. Enter or a "
              "double click opens it; Esc closes the results."),
        ], "search"),
        Section(_("Adding documents"), [
            _("File ▸ Import documents… (Ctrl+I) adds text and Markdown files, saved web pages, PDF, Word "
              "(.docx) and Kiwix (.zim) files; Import a folder… adds every document in a folder. They are "
              "read on this computer: the app never uses the network."),
            _("File ▸ Imported documents… lists what you added and removes what you no longer want. The "
              "documents that come with the app stay."),
        ]),
        Section(_("Checking and correcting"), [
            _("The events are read from the text by rules, and a rule can be wrong. Every event keeps its "
              "sentence: right-click an event or a passage to copy the sentence, copy it with its citation, "
              "search for it, or open the whole document and read it around the sentence."),
            _("Uncertain events, of which the rules are less sure, have a dashed ring on the timeline and "
              "a question mark in the list. The filter above the timeline shows only them (or only the "
              "confident ones, or some types and years): check them first."),
            _("To correct an event, select it and use the Edit menu or right-click it: Hide event when it is "
              "not an event between these two countries, Edit event… (F2) for its date, type or countries, "
              "Note on event… for your note. Select words in a source passage and choose Add event… to add "
              "one the rules missed. A pencil marks a corrected event; Show the extracted event takes the "
              "correction back, and Ctrl+Z undoes any step. Edit ▸ Corrections… lists them all, saves them "
              "to a file and adds those of a file. Your corrections stay in your library when the app is "
              "updated or a document is imported again."),
            _("File ▸ Library… (Ctrl+L) lists every document: sort by any column, filter by typing, open one "
              "in full, correct its title, source, address, author or date, or remove one you added."),
            _("If an imported document is wrong or damaged, remove it (File ▸ Imported documents…) and "
              "import a corrected copy: everything shown is read again from it."),
        ]),
        Section(_("Exporting"), [
            _("File ▸ Export PDF… (Ctrl+E) saves a summary of the relationship shown: the key facts, the "
              "timeline, every event with its sentence, and the sources with their licences. It is written "
              "in the interface language, with its digits."),
        ]),
        Section(_("Keys"), [
            _("Tab and Shift+Tab go through every part of the window; F6 jumps from pane to pane. Ctrl+F "
              "finds a country, Ctrl+K searches, Ctrl+C copies the selected event as a line of text, "
              "and the menu key or a right click opens the menu of an event or a passage. In every language "
              "the menus open with Alt and the Latin letter shown in brackets."),
            _("View ▸ Appearance chooses light or dark colours, or those of your system; View ▸ Digits "
              "chooses the digits of Bengali and Hindi."),
        ]),
    ]
