"""Which events the timeline and the events list show: by type, by date range, by how sure the
extraction is. Also the one rule for what counts as uncertain (the calibrated confidence is
below ``CONFIDENT``; an event the reader corrected or added counts as checked)."""

from __future__ import annotations

from dataclasses import dataclass

from relations_desktop.store.queries import EventGroup, EventRow

# The pipeline's confidence is calibrated: at 0.8 or more an event is right (date, pair and
# type) at least four times in five.
CONFIDENT = 0.8
ALL, CONFIDENT_ONLY, UNCERTAIN_ONLY = "all", "confident", "uncertain"


def event_uncertain(e: EventRow) -> bool:
    if e.state in ("edited", "added"):
        return False
    return e.confidence is not None and e.confidence < CONFIDENT


def uncertain(group: EventGroup) -> bool:
    """A group is uncertain when none of its events is confident (several sources agreeing on
    a happening make it likelier; one confident telling is enough)."""
    return all(event_uncertain(e) for e in group.events)


def confidence(group: EventGroup) -> float | None:
    """The group's best confidence (None when the extraction gave none)."""
    values = [e.confidence for e in group.events if e.confidence is not None]
    return max(values) if values else None


@dataclass(frozen=True)
class EventFilter:
    types: frozenset[str] | None = None       # None: every type
    first_year: int | None = None             # events that reach into [first_year, last_year]
    last_year: int | None = None
    certainty: str = ALL                      # ALL, CONFIDENT_ONLY or UNCERTAIN_ONLY

    @property
    def active(self) -> bool:
        return self != EventFilter()

    def keeps(self, group: EventGroup) -> bool:
        if self.types is not None and group.type not in self.types:
            return False
        if self.certainty != ALL and uncertain(group) != (self.certainty == UNCERTAIN_ONLY):
            return False
        if self.first_year is not None or self.last_year is not None:
            lead = group.lead
            if not lead.date_start or not lead.date_end:
                return False                  # a date range leaves the undated out
            if self.first_year is not None and int(lead.date_end[:4]) < self.first_year:
                return False
            if self.last_year is not None and int(lead.date_start[:4]) > self.last_year:
                return False
        return True

    def apply(self, groups: list[EventGroup]) -> list[EventGroup]:
        return [g for g in groups if self.keeps(g)] if self.active else list(groups)


def year_span(groups: list[EventGroup]) -> tuple[int, int] | None:
    """The first and last year the dated groups reach, for the date range's bounds."""
    years = [(int(g.lead.date_start[:4]), int(g.lead.date_end[:4])) for g in groups
             if g.lead.date_start and g.lead.date_end]
    if not years:
        return None
    return min(a for a, _b in years), max(b for _a, b in years)
