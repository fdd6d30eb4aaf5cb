"""A correction names its document even when the document is gone from the library: the title
and source it had (as the reader corrected them) are kept with the correction, written when the
correction is, when the document is removed, and when a library of schema 7 is brought up to
date; a file of corrections carries them to another library."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from relations_desktop.corpus.document import DocumentMeta
from relations_desktop.present.corrections import document_text
from relations_desktop.store import anchors, corrections, schema
from relations_desktop.store.connection import open_corpus
from relations_desktop.store.corrected import review
from relations_desktop.store.correction_file import from_json, to_json
from relations_desktop.store.userdb import import_documents, list_user_documents, remove_documents
from tests.library_helpers import EN_BT_BD, EN_NP_IN, write
from tests.test_corrections import BD_BT, bundled, correct_three, dossier, raw, rows
from tests.test_ui_corrections import corpus, select, win  # noqa: F401  (fixtures)

TITLE = "Bangladesh–Bhutan relations"


def reviewed(db: Path, user: Path) -> list[tuple[str, str]]:
    """(status, the document as the review list names it) of every correction."""
    conn = open_corpus(db, user)
    try:
        return [(w.status, document_text(w.document, w.correction.sha256)) for w in review(conn)]
    finally:
        conn.close()


def test_a_correction_of_a_bundled_document_names_it_after_a_rebuild_without_it(tmp_path: Path):
    user = tmp_path / "user-corpus.db"
    doc = raw("bt_bd.txt", EN_BT_BD)
    doc = dataclasses.replace(doc, meta=DocumentMeta(title=TITLE, source="Example Encyclopedia"))
    db = bundled(tmp_path / "v1.db", doc)
    correct_three(dossier(db, user, BD_BT), user)
    assert reviewed(db, user) == [(anchors.APPLIED, f"{TITLE} · Example Encyclopedia")] * 3
    # the next build of the bundled database no longer has the document
    db2 = bundled(tmp_path / "v2.db", raw("np_in.txt", EN_NP_IN))
    assert reviewed(db2, user) == [(anchors.DOCUMENT_GONE, f"{TITLE} · Example Encyclopedia")] * 3


def test_a_removed_document_is_named_as_the_reader_last_corrected_it(tmp_path: Path, seed_db: Path):
    user = tmp_path / "user-corpus.db"
    assert import_documents([write(tmp_path / "in", "bt_bd.txt", EN_BT_BD)], user).ok
    correct_three(dossier(seed_db, user, BD_BT), user)
    (mine,) = list_user_documents(user)
    corrections.edit_document(user, mine.sha256, {"title": mine.title, "source": None},
                              {"title": "Bhutan and Bangladesh, my notes", "source": "Class reader"})
    remove_documents(user, [mine.id])
    assert reviewed(seed_db, user) == [(anchors.DOCUMENT_GONE, "Bhutan and Bangladesh, my notes · Class reader")] * 3
    # and a file of them names it too, for a library that never had the document
    data = to_json(*corrections.layer(user))
    found, _edits = from_json(data)
    other = tmp_path / "classmate.db"
    corrections.merge(other, found, [])
    assert reviewed(seed_db, other) == reviewed(seed_db, user)


def test_a_library_of_schema_7_learns_the_names_of_its_corrections_documents(tmp_path: Path, seed_db: Path):
    from relations_desktop.store.health import check_library
    user = tmp_path / "user-corpus.db"
    assert import_documents([write(tmp_path / "in", "bt_bd.txt", EN_BT_BD)], user).ok
    correct_three(dossier(seed_db, user, BD_BT), user)
    conn = sqlite3.connect(user)
    for column in ("document_file", "document_title", "document_source"):      # (what version 8 added)
        conn.execute(f"ALTER TABLE corrections DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    assert check_library(user).version == schema.SCHEMA_VERSION == 8
    assert {r[-3:] for r in rows(user)} == {("bt_bd.txt", TITLE, None)}
    remove_documents(user, [d.id for d in list_user_documents(user)])
    assert reviewed(seed_db, user) == [(anchors.DOCUMENT_GONE, TITLE)] * 3


def test_the_corrections_window_names_a_removed_document_by_its_title(win, qtbot, tmp_path: Path):  # noqa: F811
    from relations_desktop.ui.corrections_view import CorrectionsDialog
    window = win
    user = tmp_path / "user-corpus.db"
    assert import_documents([write(tmp_path / "mine", "bt_bd.txt", EN_BT_BD)], user).ok
    window.library.reload()
    assert window.open_pair(*BD_BT)
    select(window, "2023")
    assert window.corrector.hide()
    dialog = CorrectionsDialog.show_for(window)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 3).text() == TITLE
    remove_documents(user, [d.id for d in list_user_documents(user)])
    window.library.reload()
    dialog.refresh()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "its document is not in the library"
    assert dialog.table.item(0, 3).text() == TITLE and dialog.table.item(0, 3).toolTip() == "bt_bd.txt"
