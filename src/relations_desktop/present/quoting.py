"""Which sentence stands for an event told by several sources, wherever one is shown: the events
list and its tooltip, a copied row, the context menu's target, the sources pane's first mark, the
PDF and the references listed first."""

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
