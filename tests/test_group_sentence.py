"""The sentence that stands for an event told by several sources: the one in the interface
language, else the English one, else the group's lead; the same in the events list, its
tooltip, a copied row, the context menu's target, the sources pane and the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from relations_desktop import i18n
from relations_desktop.present.dossier import load_dossier
from relations_desktop.present.quoting import quoted
from relations_desktop.store.connection import open_corpus
from tests import cited_corpus
from tests.pdf_helpers import need, pdftotext
from tests.qt_helpers import open_window

ESTABLISHED = {"en": "Nepal and Portugal established diplomatic relations on 17 June 1977.[1]",
               "bn": "১৯৭৭ সালের ১৭ জুন নেপাল ও পর্তুগালের মধ্যে কূটনৈতিক সম্পর্ক স্থাপিত হয়।[১]",
               "hi": "17 जून 1977 को नेपाल और पुर्तगाल के बीच राजनयिक संबंध स्थापित हुए।[१]"}


def _build(folder: Path, names: tuple[str, ...]) -> Path:
    from relations_desktop.corpus.pipeline import process_all
    from relations_desktop.store.write import build_database
    paths = [p for p in cited_corpus.write_texts(folder / "texts") if p.name in names]
    docs, errors = process_all(paths)
    assert not errors
    return build_database(docs, folder / "lib.db")


def _established(dossier):
    return next(g for g in dossier.groups if g.type == "relations_established")


@pytest.mark.parametrize("lang", ["bn", "hi", "en"])
def test_the_interface_languages_sentence_stands_for_the_group(cited_db, lang):
    conn = open_corpus(cited_db)
    group = _established(load_dossier(conn, cited_corpus.PAIR))
    conn.close()
    assert sorted(e.lang for e in group.events) == ["bn", "en", "hi"]
    i18n.set_language(lang)
    assert quoted(group).text == ESTABLISHED[lang]
    assert quoted(group, "hi").text == ESTABLISHED["hi"]
    assert group.date == "1977-06-17"              # the date stays the most precise event's


def test_english_then_the_lead_when_the_interface_language_tells_nothing(tmp_path):
    conn = open_corpus(_build(tmp_path / "a", ("bn.txt", "en.txt")))
    group = _established(load_dossier(conn, cited_corpus.PAIR))
    conn.close()
    assert quoted(group, "hi").text == ESTABLISHED["en"]
    conn = open_corpus(_build(tmp_path / "b", ("bn.txt", "hi.txt")))
    group = _established(load_dossier(conn, cited_corpus.PAIR))
    conn.close()
    assert quoted(group, "en") is group.lead


def test_the_events_list_and_the_pdf_show_the_hindi_sentence_in_hindi(qtbot, app_fonts, cited_db, qt_settings,
                                                                      tmp_path):
    from PySide6.QtCore import Qt

    from relations_desktop.export.summary_pdf import export
    from relations_desktop.present.clipboard import event_row_text
    need("pdftotext")
    win = open_window(qtbot, cited_db, None, qt_settings)
    assert win.open_pair(*cited_corpus.PAIR)
    rel = win.relationship
    model = rel.events_model
    row = next(r for r in range(model.rowCount()) if model.group(r).type == "relations_established")
    for lang in ("hi", "bn", "en", "hi"):              # switched live
        i18n.set_language(lang)
        assert model.data(model.index(row, model.EXCERPT)) == ESTABLISHED[lang]
        assert ESTABLISHED[lang] in model.data(model.index(row, model.EXCERPT), Qt.ItemDataRole.ToolTipRole)
    group = model.group(row)
    assert event_row_text(group).endswith("\t" + ESTABLISHED["hi"])
    assert win._menus.event_target(row).event.lang == "hi"
    rel.select_group(group)
    assert rel.sources.current_event().lang == "hi"       # the sources pane opens at that sentence
    rel.grab().save(str(tmp_path / "hi.png"))
    text = " ".join(pdftotext(export(win.dossier, tmp_path / "hi.pdf", corpus_version="test")).split())
    # Each sentence is in the sources' passages once; the events table adds the Hindi one.
    assert text.count("राजनयिक संबंध स्थापित हुए") == 2
    assert text.count("স্থাপিত") == 1 and text.count("established diplomatic") == 1
