"""Generalisation: an independent development set (other pairs, all three languages, written
apart from the pipeline; see data/dev/README.md) must stay well above the hold-out target."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relations_desktop.corpus.pipeline import process_all
from tests.gold_eval import evaluate

DEV = Path(__file__).resolve().parent / "data" / "dev"


@pytest.fixture(scope="module")
def figures():
    gold = json.loads((DEV / "gold.json").read_text(encoding="utf-8"))
    files = [DEV / g["file"] for g in gold["documents"]]
    docs, errors = process_all(files)
    assert not errors
    return evaluate({d.raw.file: d for d in docs}, gold)


def test_dev_languages_and_pairs(figures):
    assert figures.langs_wrong == []
    assert len(figures.pairs_missing) <= 1
    assert len(figures.pairs_extra) <= 1


def test_dev_events(figures):
    assert figures.f1 >= 0.9, (figures.missed[:10], figures.extra[:10])
    assert not figures.leaks
    assert len(figures.wrong_pair) <= 2
