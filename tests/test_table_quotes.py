"""A table row's event reads as its cells joined, not as the row's bars, wherever its sentence is
shown: the events list and its tooltip, a copied row, a citation and the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from relations_desktop.present.quoting import shown_sentence
from tests.pdf_helpers import need, pdftotext
from tests.qt_helpers import open_window

HUB = ("Foreign relations of Ghana\n\nDiplomatic relations were established with:\n\n"
       "| Country | Date |\n|---|---|\n| Kenya | 12 June 1964 |\n| Togo | 3 May 1961 |\n")


@pytest.mark.parametrize("text, shown", [
    ("| Kenya | 12 June 1964 |", "Kenya · 12 June 1964"),
    ("|টোগো|৩ মে ১৯৬১|দূতাবাস খোলা হয়|", "টোগো · ৩ মে ১৯৬১ · দূতাবাস খোলা হয়"),
    ("Kenya | 12 June 1964 | embassy opened", "Kenya · 12 June 1964 · embassy opened"),
    # a sentence with one bar, or none, is a sentence
    ("Ghana and Kenya\n established relations in 1964.", "Ghana and Kenya established relations in 1964."),
    ("Trade (exports | imports) grew in 1999.", "Trade (exports | imports) grew in 1999."),
])
def test_a_rows_cells_are_joined_and_a_sentence_is_one_line(text, shown):
    assert shown_sentence(text) == shown


@pytest.fixture
def hub_db(tmp_path: Path) -> Path:
    from relations_desktop.corpus.pipeline import process_all
    from relations_desktop.store.write import build_database
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "hub.txt").write_text(HUB, encoding="utf-8")
    docs, errors = process_all([tmp_path / "texts"])
    assert not errors
    return build_database(docs, tmp_path / "lib.db")


def test_the_list_the_copied_row_the_citation_and_the_pdf_show_the_cells(qtbot, app_fonts, hub_db, qt_settings,
                                                                        tmp_path):
    from PySide6.QtCore import Qt

    from relations_desktop.export.summary_pdf import export
    from relations_desktop.present.citations import quoted_sentence
    from relations_desktop.present.clipboard import event_row_text
    from relations_desktop.present.quoting import quoted
    need("pdftotext")
    win = open_window(qtbot, hub_db, None, qt_settings)
    assert win.open_pair("GH", "KE")
    model = win.relationship.events_model
    (row,) = [r for r in range(model.rowCount()) if model.group(r).date == "1964-06-12"]
    group = model.group(row)
    assert "|" in quoted(group).text                       # the stored text keeps the row as it was
    assert model.data(model.index(row, model.EXCERPT)) == "Kenya · 12 June 1964"
    assert model.data(model.index(row, model.EXCERPT), Qt.ItemDataRole.ToolTipRole).count("|") == 0
    assert event_row_text(group).endswith("\tKenya · 12 June 1964")
    assert quoted_sentence(quoted(group)) == "“Kenya · 12 June 1964”"
    text = " ".join(pdftotext(export(win.dossier, tmp_path / "hub.pdf", corpus_version="test")).split())
    assert "Kenya · 12 June 1964" in text
