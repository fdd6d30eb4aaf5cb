"""Grouping events from several documents that tell of the same happening (corpus.grouping)."""

from __future__ import annotations

import itertools

import pytest

from relations_desktop.corpus.grouping import PRECISION_RANK, date_bounds, group_events, precision_of

AB = ("AA", "BB")
AC = ("AA", "CC")


def partition(items: list[tuple]) -> set[frozenset[int]]:
    """The groups as sets of item positions (group ids themselves carry no meaning)."""
    groups: dict[int, set[int]] = {}
    for i, gid in enumerate(group_events(items)):
        groups.setdefault(gid, set()).add(i)
    return {frozenset(g) for g in groups.values()}


def test_the_same_happening_told_by_two_documents_is_one_group():
    items = [("doc1", AB, "visit", "2004-05"), ("doc2", AB, "visit", "2004-05-17")]
    assert partition(items) == {frozenset({0, 1})}


def test_a_range_and_the_month_that_holds_it_group():
    items = [("doc1", AB, "visit", "2006-01-19/2006-01-22"), ("doc2", AB, "visit", "2006-01")]
    assert partition(items) == {frozenset({0, 1})}


def test_two_happenings_in_one_document_stay_two():
    items = [("doc1", AB, "agreement", "1995"), ("doc1", AB, "agreement", "1995-06-02")]
    assert partition(items) == {frozenset({0}), frozenset({1})}


def test_type_pair_and_date_must_all_agree():
    items = [("doc1", AB, "visit", "2001-03"),
             ("doc2", AB, "trade", "2001-03"),          # another type
             ("doc3", AC, "visit", "2001-03"),          # another pair
             ("doc4", AB, "visit", "2002-03")]          # another year
    assert partition(items) == {frozenset({i}) for i in range(4)}


def test_an_event_that_fits_two_groups_joins_neither():
    items = [("doc1", AB, "visit", "2010-07-03"), ("doc2", AB, "visit", "2010-07-25"),
             ("doc3", AB, "visit", "2010-07")]
    assert partition(items) == {frozenset({0}), frozenset({1}), frozenset({2})}


def test_undated_events_are_never_grouped():
    items = [("doc1", AB, "visit", None), ("doc2", AB, "visit", None), ("doc3", AB, "visit", "1999")]
    ids = group_events(items)
    assert len(set(ids)) == 3


def test_a_range_is_found_from_any_year_it_covers():
    items = [("doc1", AB, "conflict", "1992/1997"), ("doc2", AB, "conflict", "1996")]
    assert partition(items) == {frozenset({0, 1})}


def test_the_grouping_does_not_depend_on_the_order_of_the_events():
    items = [("doc1", AB, "visit", "2004-05"), ("doc2", AB, "visit", "2004-05-17"),
             ("doc3", AB, "visit", "2004"), ("doc1", AB, "visit", "2004-05-30"), ("doc2", AB, "visit", None)]
    expected = partition(items)
    for order in itertools.permutations(range(len(items))):
        shuffled = [items[i] for i in order]
        got = {frozenset(order[i] for i in group) for group in partition(shuffled)}
        assert got == expected


@pytest.mark.parametrize(("value", "precision", "bounds"), [
    ("1992", "year", ("1992-01-01", "1992-12-31")),
    ("1992-02", "month", ("1992-02-01", "1992-02-29")),
    ("1900-02", "month", ("1900-02-01", "1900-02-28")),
    ("1992-03-11", "day", ("1992-03-11", "1992-03-11")),
    ("2006-01-19/2006-01-22", "range", ("2006-01-19", "2006-01-22")),
    ("1992/1997-06", "range", ("1992-01-01", "1997-06-30")),
])
def test_precision_and_bounds_of_a_date_value(value, precision, bounds):
    assert precision_of(value) == precision
    assert date_bounds(value) == bounds


def test_one_precision_order_from_day_to_undated():
    assert sorted(PRECISION_RANK, key=PRECISION_RANK.__getitem__) == ["day", "range", "month", "year", "undated"]
