"""Which sentence stands for an event told by several sources, wherever one is shown: the events
list and its tooltip, a copied row, the context menu's target, the sources pane's first mark, the
PDF and the references listed first; and how its sentence reads on one line."""

from __future__ import annotations

from relations_desktop.i18n import current_language
from relations_desktop.store.queries import EventGroup, EventRow


def quoted(group: EventGroup, lang: str | None = None) -> EventRow:
    """The event whose sentence stands for ``group``: the most precise told in the interface
    language (or ``lang``), else in English, else the group's lead. The group's date and type
    stay the lead's."""
    lead = group.lead
    lang = lang or current_language()
    if lead.lang == lang or len(group.events) == 1:
        return lead
    for wanted in (lang, "en"):
        told = [e for e in group.events if e.lang == wanted]
        if told:
            return EventGroup(told).lead       # the lead's order of precision, among these
    return lead


def one_line(text: str) -> str:
    """A sentence as one line (the line breaks of the source are layout, not content)."""
    return " ".join(text.split())


def shown_sentence(text: str) -> str:
    """An event's sentence as shown on one line: its line breaks folded (layout, not content), and a
    table row's cells ("| Kenya | 12 June 1964 |") joined by middle dots, its bars left out."""
    line = one_line(text)
    if line.startswith("|") or line.endswith("|") or line.count(" | ") >= 2:
        cells = (c.strip() for c in line.strip("| ").split("|"))
        line = " · ".join(c for c in cells if c.strip("-: "))
    return line
