"""The presentation layer without Qt: key facts, timeline places and ticks, labels."""

from __future__ import annotations

import itertools

import pytest

from relations_desktop.corpus.grouping import date_bounds, precision_of
from relations_desktop.present.dossier import (
    AGREEMENTS,
    ESTABLISHED,
    FIRST_EMBASSY,
    LATEST_VISIT,
    RECOGNITION,
    VISITS,
    key_facts,
)
from relations_desktop.present.timeline import (
    POINT,
    RANGE,
    SPAN,
    TICK_STEPS,
    legend_types,
    tick_step,
    timeline_places,
    year_fraction,
)
from relations_desktop.store.queries import EventGroup, EventRow

_ids = itertools.count(1)


def event(type_: str, date: str | None, doc: int = 1) -> EventRow:
    lo, hi = date_bounds(date) if date else (None, None)
    precision = precision_of(date) if date else "undated"
    n = next(_ids)
    return EventRow(n, doc, date, lo, hi, precision, type_, 10 * n, 10 * n + 5, f"sentence {n}", None, None,
                    "en", f"doc{doc}.txt")


def group(type_: str, date: str | None, *more: str | None) -> EventGroup:
    """One group: an event per date, each from its own document."""
    return EventGroup([event(type_, d, doc) for doc, d in enumerate((date, *more), start=1)])


# ----- key facts

def test_each_key_fact_comes_from_its_own_kind_of_event():
    groups = [group("relations_established", "1992-01-29"), group("recognition", "1991-12-16"),
              group("embassy", "1995-10"), group("visit", "2009-06-29"), group("agreement", "1996"),
              group("trade", "2000")]
    facts = {f.kind: f for f in key_facts(groups)}
    assert [f.kind for f in key_facts(groups)] == [ESTABLISHED, RECOGNITION, FIRST_EMBASSY, LATEST_VISIT,
                                                   AGREEMENTS, VISITS]
    assert facts[ESTABLISHED].date == "1992-01-29"
    assert facts[RECOGNITION].date == "1991-12-16"
    assert facts[FIRST_EMBASSY].date == "1995-10"
    assert facts[LATEST_VISIT].date == "2009-06-29"
    assert facts[AGREEMENTS].count == 1 and facts[VISITS].count == 1


def test_first_means_earliest_and_latest_means_the_latest_end():
    groups = [group("embassy", "2001"), group("embassy", "1995-10-16"), group("embassy", "1995"),
              group("visit", "2004-05-17"), group("visit", "2003/2005"), group("visit", "2005-01-02")]
    facts = {f.kind: f for f in key_facts(groups)}
    # 1995 starts on 1 January, before 16 October 1995
    assert facts[FIRST_EMBASSY].date == "1995"
    # the range ends on 31 December 2005, after 2 January 2005
    assert facts[LATEST_VISIT].date == "2003/2005"


def test_counts_include_undated_events_and_dates_do_not():
    groups = [group("agreement", None), group("agreement", "1999"), group("visit", None),
              group("relations_established", None)]
    facts = {f.kind: f for f in key_facts(groups)}
    assert facts[AGREEMENTS].count == 2
    assert facts[VISITS].count == 1
    assert LATEST_VISIT not in facts          # no visit has a date
    assert ESTABLISHED not in facts           # stated, but without a date


def test_a_relationship_without_events_states_no_facts():
    assert key_facts([]) == []
    assert key_facts([group("trade", "2010"), group("other", None)]) == []


# ----- timeline

def test_a_day_is_a_point_a_month_or_year_a_span_and_a_range_a_range():
    day, month, year, span = (group("visit", "1992-03-11"), group("visit", "1992-03"), group("visit", "1992"),
                              group("visit", "2006-01-19/2006-01-22"))
    places = {p.group: p for p in timeline_places([day, month, year, span, group("visit", None)])}
    assert set(places) == {day, month, year, span}              # undated groups have no place
    assert places[day].kind == POINT
    assert places[month].kind == SPAN and places[year].kind == SPAN
    assert places[span].kind == RANGE
    assert places[year].start == 1992.0 and places[year].end == 1993.0
    assert places[month].start == pytest.approx(1992 + 60 / 366)      # 1 March in a leap year
    assert places[month].end == pytest.approx(1992 + 91 / 366)         # end of 31 March
    assert places[day].end - places[day].start == pytest.approx(1 / 366)


def test_a_group_is_placed_by_its_most_precise_event():
    g = group("visit", "2004", "2004-05-17")
    (place,) = timeline_places([g])
    assert place.kind == POINT
    assert place.start == pytest.approx(year_fraction("2004-05-17"))


def test_year_fractions_run_from_the_first_to_the_end_of_the_last_day():
    assert year_fraction("2001-01-01") == 2001.0
    assert year_fraction("2001-12-31", end=True) == 2002.0
    assert year_fraction("2001-07-02") == pytest.approx(2001 + 182 / 365)


@pytest.mark.parametrize(("span", "max_ticks", "step"), [
    (8, 10, 1), (30, 10, 5), (30, 30, 1), (95, 10, 10), (2200, 10, 250), (9000, 10, 1000),
    (30, 0, 1000),                       # no room at all: the widest step
])
def test_one_tick_rule(span, max_ticks, step):
    assert tick_step(span, max_ticks) == step
    assert span / step <= max_ticks or step == TICK_STEPS[-1]
    smaller = [s for s in TICK_STEPS if s < step]
    assert all(span / s > max_ticks for s in smaller)


def test_the_legend_lists_the_types_present_in_one_fixed_order():
    groups = [group("trade", "2001"), group("visit", "2002"), group("trade", "2003"), group("recognition", "1991")]
    assert legend_types(groups) == ["recognition", "visit", "trade"]
    assert legend_types(list(reversed(groups))) == ["recognition", "visit", "trade"]


def test_unknown_event_types_are_coloured_as_other():
    from relations_desktop.present import labels
    assert labels.type_color("something new") == labels.type_color("other")
    assert labels.type_color("visit") != labels.type_color("other")



@pytest.mark.parametrize("text", [
    "বাংলাদেশ–ভারত সম্পর্ক\n\nঅনেক দেশের মতো দুই দেশেরও পরস্পরের রাজধানীতে মিশন আছে। "
    "১৯৭২ সালের ১০ জানুয়ারি ঢাকায় ভারতের হাইকমিশন খোলা হয়। ১৯৭৩ সালে নয়াদিল্লিতে বাংলাদেশের হাইকমিশন চালু হয়।\n",
    "भारत–बांग्लादेश संबंध\n\n1972 में भारत ने ढाका में अपना उच्चायोग खोला। "
    "1973 में नई दिल्ली में बांग्लादेश का उच्चायोग शुरू हुआ।\n",
    "Bangladesh–India relations\n\nIndia opened a High Commission in Dhaka in 1972. "
    "Bangladesh opened its high commission in New Delhi in 1973.\n",
])
def test_a_high_commission_opened_is_the_first_embassy_of_the_key_facts(text: str, tmp_path) -> None:
    """Between Commonwealth states a mission is a high commission: read from a document into a
    library, its dated opening is an embassy event and gives the key fact (an undated 'there is a
    high commission' is no event: ANNOTATION 4 wants a date)."""
    import hashlib

    from relations_desktop.corpus.document import RawDocument
    from relations_desktop.corpus.pipeline import process_text
    from relations_desktop.present.dossier import load_dossier
    from relations_desktop.store.connection import open_corpus
    from relations_desktop.store.write import build_database
    data = text.encode("utf-8")
    raw = RawDocument("hc.txt", "hc.txt", hashlib.sha256(data).hexdigest(), "utf-8", text, len(data))
    build_database([process_text(raw)], tmp_path / "hc.db")
    dossier = load_dossier(open_corpus(tmp_path / "hc.db"), ("BD", "IN"))
    assert [g.type for g in dossier.groups] == ["embassy", "embassy"]
    assert {f.kind: f.date for f in dossier.facts}[FIRST_EMBASSY].startswith("1972")
