"""The reader's corrections, in a real user library beside a real bundled database: they survive a
rebuild of the bundled database, a re-process of the library by another pipeline, and a removal
and new import of the same document; they are found again where the text moved, and reported
(never dropped) where their sentence is gone; Undo writes back exactly the rows there were; a
file of them, read into a fresh library, gives the same corrected timeline."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from relations_desktop.corpus.document import RawDocument
from relations_desktop.corpus.pipeline import process_text
from relations_desktop.errors import CorrectionError
from relations_desktop.present.dossier import Dossier, load_dossier
from relations_desktop.store import anchors, corrected, corrections
from relations_desktop.store.connection import open_corpus
from relations_desktop.store.corrected import review
from relations_desktop.store.correction_file import from_json, to_json
from relations_desktop.store.userdb import import_documents, list_user_documents, rebuild_user_db, remove_documents
from relations_desktop.store.write import build_database
from tests.library_helpers import EN_BT_BD, EN_NP_IN, HI_NP_BT, write

BD_BT, IN_NP, BT_NP = ("BD", "BT"), ("IN", "NP"), ("BT", "NP")


def raw(file: str, text: str, sha: str | None = None) -> RawDocument:
    data = text.encode("utf-8")
    return RawDocument(file, file, sha or hashlib.sha256(data).hexdigest(), "utf-8", text, len(data))


def bundled(path: Path, *docs: RawDocument) -> Path:
    """A bundled database of ``docs``, built as the packaging step builds one."""
    build_database([process_text(d) for d in docs], path)
    return path


def dossier(db: Path, user: Path, pair: tuple[str, str]) -> Dossier:
    conn = open_corpus(db, user if user.exists() else None)
    return load_dossier(conn, pair)


def view(d: Dossier) -> list[tuple]:
    """What a reader sees of a relationship: every event shown, with its correction."""
    return [(e.date, e.precision, e.type, e.state, e.note, e.text) for g in d.dated + d.undated for e in g.events]


def event(d: Dossier, year: str):
    return next(e for g in d.groups for e in g.events if (e.date or "").startswith(year))


def rows(user: Path, table: str = "corrections") -> list[tuple]:
    conn = sqlite3.connect(f"file:{user}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
    finally:
        conn.close()


def correct_three(d: Dossier, user: Path) -> None:
    """Hide 2023, move 2020 to 2021 as trade, write a note on 1971: three corrections of the
    same document, two of them of one sentence's two events."""
    corrections.hide(user, [d.ref(event(d, "2023"))])
    corrections.edit(user, [d.ref(event(d, "2020"))], date="2021", type="trade")
    corrections.set_note(user, d.ref(event(d, "1971")), "Recognised nine days before the surrender.")


def check_three(d: Dossier) -> None:
    seen = view(d)
    assert [(date, precision, type_, state, note) for date, precision, type_, state, note, _t in seen] == [
        ("1971-12-06", "day", "recognition", "extracted", "Recognised nine days before the surrender."),
        ("2021", "year", "trade", "edited", "")]
    assert [e.correction.state for e in d.removed] == ["hidden"] and d.removed[0].date == "2023"
    edited = event(d, "2021")
    assert edited.original is not None and (edited.original.date, edited.original.type) == ("2020", "agreement")


def test_a_correction_survives_a_rebuild_of_the_bundled_database(tmp_path: Path):
    user = tmp_path / "user-corpus.db"
    db = bundled(tmp_path / "v1.db", raw("bt_bd.txt", EN_BT_BD))
    before = dossier(db, user, BD_BT)
    correct_three(before, user)
    check_three(dossier(db, user, BD_BT))
    assert not db.with_suffix(".db-wal").exists() and rows(db) == []     # the bundled database is never written
    # a new build with another document first: every id is another one
    db2 = bundled(tmp_path / "v2.db", raw("a_first.txt", EN_NP_IN), raw("bt_bd.txt", EN_BT_BD))
    after = dossier(db2, user, BD_BT)
    assert {e.id for g in after.groups for e in g.events}.isdisjoint({e.id for g in before.groups for e in g.events})
    check_three(after)
    assert {w.status for w in after.located} == {anchors.APPLIED}


def test_a_correction_survives_a_reprocess_by_another_pipeline(tmp_path: Path, seed_db: Path):
    user = tmp_path / "user-corpus.db"
    assert import_documents([write(tmp_path / "in", "bt_bd.txt", EN_BT_BD)], user).ok
    d = dossier(seed_db, user, BD_BT)
    correct_three(d, user)
    kept = rows(user)
    ids = {e.id for g in d.groups for e in g.events}
    conn = sqlite3.connect(user)
    conn.execute("UPDATE meta SET value = 'an older pipeline' WHERE key = 'pipeline'")
    conn.commit()
    conn.close()
    assert rebuild_user_db(user)
    assert rows(user) == kept                            # carried over row for row
    after = dossier(seed_db, user, BD_BT)
    check_three(after)
    assert {e.id for g in after.groups for e in g.events} != ids


def test_a_correction_survives_removing_and_importing_the_document_again(tmp_path: Path, seed_db: Path):
    user = tmp_path / "user-corpus.db"
    path = write(tmp_path / "in", "bt_bd.txt", EN_BT_BD)
    assert import_documents([path], user).ok
    correct_three(dossier(seed_db, user, BD_BT), user)
    remove_documents(user, [d.id for d in list_user_documents(user)])
    conn = open_corpus(seed_db, user)
    gone = review(conn)
    assert [w.status for w in gone] == [anchors.DOCUMENT_GONE] * 3 and len(rows(user)) == 3      # reported, kept
    conn.close()
    result = import_documents([path], user)
    assert result.ok and len(result.added) == 1 and not result.duplicates
    check_three(dossier(seed_db, user, BD_BT))


def test_a_moved_sentence_is_found_again_and_a_lost_one_is_reported(tmp_path: Path):
    user = tmp_path / "user-corpus.db"
    sha = hashlib.sha256(EN_BT_BD.encode()).hexdigest()
    db = bundled(tmp_path / "v1.db", raw("bt_bd.txt", EN_BT_BD))
    correct_three(dossier(db, user, BD_BT), user)
    # a new reader gives the same bytes more text before (the offsets move) ...
    moved = EN_BT_BD.replace("\n\n", "\n\nBoth countries are in South Asia.\n\n", 1)
    db2 = bundled(tmp_path / "v2.db", raw("bt_bd.txt", moved, sha))
    after = dossier(db2, user, BD_BT)
    check_three(after)
    assert {w.status for w in after.located} == {anchors.MOVED}
    assert event(after, "2021").start > event(dossier(db, user, BD_BT), "2021").start
    # ... or words changed in the sentence of 2020 and 2023: those two are reported, the note stays
    changed = EN_BT_BD.replace("preferential trade agreement", "trade pact")
    db3 = bundled(tmp_path / "v3.db", raw("bt_bd.txt", changed, sha))
    lost = dossier(db3, user, BD_BT)
    assert [(e.date, e.state, e.note) for g in lost.groups for e in g.events] == [
        ("1971-12-06", "extracted", "Recognised nine days before the surrender."), ("2020", "extracted", ""),
        ("2023", "extracted", "")]
    conn = open_corpus(db3, user)
    statuses = {w.correction.id: w.status for w in review(conn)}
    assert sorted(statuses.values()) == [anchors.APPLIED, anchors.SENTENCE_GONE, anchors.SENTENCE_GONE]
    assert len(rows(user)) == 3                           # nothing dropped: the old text brings them back
    check_three(dossier(db, user, BD_BT))


def test_undo_writes_back_exactly_what_there_was(tmp_path: Path):
    user = tmp_path / "user-corpus.db"
    db = bundled(tmp_path / "v1.db", raw("bt_bd.txt", EN_BT_BD), raw("np_in.txt", EN_NP_IN))
    d = dossier(db, user, BD_BT)
    steps = []
    states = [(rows(user) if user.exists() else [], rows(user, "document_edits") if user.exists() else [], view(d))]

    def act(change: corrections.Change) -> None:
        steps.append(change)
        states.append((rows(user), rows(user, "document_edits"), view(dossier(db, user, BD_BT))))

    act(corrections.hide(user, [d.ref(event(d, "2023"))]))
    d = dossier(db, user, BD_BT)
    act(corrections.edit(user, [d.ref(event(d, "2020"))], date="2020-06-01", type="trade"))
    d = dossier(db, user, BD_BT)
    act(corrections.edit(user, [d.ref(event(d, "2020"))], pair=IN_NP))       # moved to another relationship
    d = dossier(db, user, BD_BT)
    act(corrections.set_note(user, d.ref(event(d, "1971")), "first note"))
    d = dossier(db, user, BD_BT)
    act(corrections.set_note(user, d.ref(event(d, "1971")), "second note"))
    lead = event(d, "1971")
    act(corrections.add(user, corrections.NewEvent(d.ref(lead).sha256, lead.start, lead.end, lead.text, None, None,
                                                   BD_BT, "1971-12", "relations_established", "added by hand")))
    act(corrections.edit_document(user, d.ref(lead).sha256, {"title": None}, {"title": "Bhutan and Bangladesh"}))
    assert [len(s.rows) for s in steps] == [1, 1, 1, 1, 1, 1, 1]
    moved = dossier(db, user, IN_NP)
    assert [(e.date, e.type, e.state) for g in moved.groups for e in g.events if e.state == "edited"] == [
        ("2020-06-01", "trade", "edited")]
    for k in range(len(steps) - 1, -1, -1):
        corrections.undo(user, steps[k])
        assert (rows(user), rows(user, "document_edits"), view(dossier(db, user, BD_BT))) == states[k]
    for k, step in enumerate(steps):
        corrections.redo(user, step)
        assert (rows(user), rows(user, "document_edits"), view(dossier(db, user, BD_BT))) == states[k + 1]


def test_corrections_read_into_a_fresh_library_give_the_same_timeline(tmp_path: Path):
    mine, theirs = tmp_path / "mine.db", tmp_path / "theirs.db"
    db = bundled(tmp_path / "v1.db", raw("bt_bd.txt", EN_BT_BD), raw("hi.txt", HI_NP_BT))
    d = dossier(db, mine, BD_BT)
    correct_three(d, mine)
    d = dossier(db, mine, BD_BT)
    lead = event(d, "1971")
    corrections.add(mine, corrections.NewEvent(d.ref(lead).sha256, lead.start, lead.end, lead.text,
                                               lead.cue_start, lead.cue_end, BD_BT, "1971-12-06", "visit", "নোট"))
    h = dossier(db, mine, BT_NP)
    corrections.edit(mine, [d.ref(e)._replace(sha256=h.ref(e).sha256) for e in [event(h, "2010")]], type="trade")
    corrections.edit_document(mine, h.ref(event(h, "1983")).sha256, {"title": None, "author": None},
                              {"title": "नेपाल–भूटान संबंध", "author": "कक्षा ९"})
    data = to_json(*corrections.layer(mine))
    found, edits = from_json(data)
    corrections.merge(theirs, found, edits)
    for pair in (BD_BT, BT_NP):
        assert view(dossier(db, theirs, pair)) == view(dossier(db, mine, pair))
    strip = [tuple(c)[1:] for c in corrections.layer(mine)[0]]
    assert [tuple(c)[1:] for c in corrections.layer(theirs)[0]] == strip
    assert corrections.layer(theirs)[1] == corrections.layer(mine)[1]
    conn = open_corpus(db, theirs)
    from relations_desktop.store.documents import source_document
    assert {source_document(conn, e.document_id).meta.title for e in [event(dossier(db, theirs, BT_NP), "1983")]} == {
        "नेपाल–भूटान संबंध"}
    # the same file again replaces, adds nothing
    before = rows(theirs)
    change = corrections.merge(theirs, found, edits)
    assert change.empty and rows(theirs) == before


def test_what_is_not_a_correction_is_refused_and_nothing_is_written(tmp_path: Path):
    user = tmp_path / "user-corpus.db"
    db = bundled(tmp_path / "v1.db", raw("bt_bd.txt", EN_BT_BD))
    d = dossier(db, user, BD_BT)
    ref = d.ref(event(d, "2020"))
    for kwargs, reason in (({"date": "2020-13"}, "bad_date"), ({"date": "১৯৯২-০২-৩০"}, "bad_date"),
                           ({"date": "2021/2020"}, "bad_date"), ({"type": "wedding"}, "bad_type"),
                           ({"pair": ("BD", "BD")}, "bad_pair")):
        with pytest.raises(CorrectionError) as raised:
            corrections.edit(user, [ref], **kwargs)
        assert raised.value.reason == reason
    assert corrections.date_value("১৯৯২-০১") == ("1992-01", "month")
    assert corrections.date_value("1992-01-19/1992-01-22") == ("1992-01-19/1992-01-22", "range")
    assert corrections.date_value("") == (None, "undated")
    for bad in (b"not json", b'{"format": "something else"}', b'{"format": "relations-desktop-corrections", '
                b'"version": 1, "corrections": [{"kind": "event"}]}'):
        with pytest.raises(CorrectionError) as raised:
            from_json(bad)
        assert raised.value.reason == "bad_file"
    assert not user.exists() or rows(user) == []


def test_an_edit_back_to_the_extracted_values_leaves_no_correction(tmp_path: Path):
    user = tmp_path / "user-corpus.db"
    db = bundled(tmp_path / "v1.db", raw("bt_bd.txt", EN_BT_BD))
    d = dossier(db, user, BD_BT)
    corrections.edit(user, [d.ref(event(d, "2020"))], date="2021", type="trade")
    d = dossier(db, user, BD_BT)
    corrections.edit(user, [d.ref(event(d, "2021"))], date="2020", type="agreement")
    assert rows(user) == [] and all(e.state == "extracted" for g in dossier(db, user, BD_BT).groups
                                    for e in g.events)


def test_the_library_of_the_previous_schema_gets_the_corrections_tables(tmp_path: Path):
    from relations_desktop.store import schema, sql
    from relations_desktop.store.health import check_library
    user = tmp_path / "user-corpus.db"
    assert import_documents([write(tmp_path / "in", "np_in.txt", EN_NP_IN)], user).ok
    conn = sqlite3.connect(user)
    conn.execute("DROP TABLE corrections")
    conn.execute("DROP TABLE document_edits")
    conn.execute("ALTER TABLE documents DROP COLUMN declared_lang")      # (what version 7 added)
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    state = check_library(user)
    assert state.version == schema.SCHEMA_VERSION == 8
    c = sql.connect(user, readonly=True)
    assert {"corrections", "document_edits"} <= {r[0] for r in c.execute("SELECT name FROM sqlite_master")}
    c.close()


def test_the_dump_stays_the_extraction(tmp_path: Path):
    """The scorer's dump is what the pipeline found; corrections are the reader's layer."""
    from relations_desktop.store.dump import dump
    user = tmp_path / "user-corpus.db"
    db = bundled(tmp_path / "v1.db", raw("bt_bd.txt", EN_BT_BD))
    before = dump(open_corpus(db))
    correct_three(dossier(db, user, BD_BT), user)
    assert dump(open_corpus(db, user))["events"] == before["events"]


def test_timeline_rows_carry_the_correction_state(tmp_path: Path):
    from relations_desktop.export.timeline_table import timeline_rows
    user = tmp_path / "user-corpus.db"
    db = bundled(tmp_path / "v1.db", raw("bt_bd.txt", EN_BT_BD))
    correct_three(dossier(db, user, BD_BT), user)
    got = [(r.date, r.type, r.state, r.note, r.group, r.extracted_date, r.extracted_type) for r in
           timeline_rows(dossier(db, user, BD_BT), "en")]
    assert got == [("1971-12-06", "recognition", "extracted", "Recognised nine days before the surrender.", 1, None,
                    None), ("2021", "trade", "edited", "", 2, "2020", "agreement"),
                   ("2023", "agreement", "hidden", "", None, None, None)]



def test_an_event_moved_to_a_pair_the_corpus_does_not_relate_opens_there(tmp_path: Path):
    from relations_desktop.store import queries
    user = tmp_path / "user-corpus.db"
    db = bundled(tmp_path / "v1.db", raw("bt_bd.txt", EN_BT_BD))
    conn = open_corpus(db)
    assert not queries.relationship_exists(conn, ("BT", "IN")) and "IN" not in {c.code for c in queries.countries(conn)}
    conn.close()
    corrections.edit(user, [dossier(db, user, BD_BT).ref(event(dossier(db, user, BD_BT), "2020"))], pair=("IN", "BT"))
    conn = open_corpus(db, user)
    try:
        assert queries.relationship_exists(conn, ("BT", "IN"))
        assert "IN" in {c.code for c in queries.countries(conn)}
        assert [(p.code, p.events, p.documents) for p in queries.partners(conn, "BT")] == [("BD", 3, 1)]  # extracted
        # as the reader sees them: the event moved from one list to the other
        assert [(p.code, p.events, p.documents) for p in corrected.partners(conn, "BT")] == [("BD", 2, 1),
                                                                                             ("IN", 1, 1)]
        assert [(p.code, p.events) for p in corrected.partners(conn, "IN")] == [("BT", 1)]
        moved = load_dossier(conn, ("BT", "IN"))
        assert [(e.date, e.type, e.state) for g in moved.groups for e in g.events] == [("2020", "agreement", "edited")]
        assert [s.file for s in moved.sources] == ["bt_bd.txt"]         # its sentence can be shown
        assert "2020" not in [e.date for g in load_dossier(conn, BD_BT).groups for e in g.events]
    finally:
        conn.close()
    # hidden, it makes no relationship
    corrections.hide(user, [dossier(db, user, ("BT", "IN")).ref(event(dossier(db, user, ("BT", "IN")), "2020"))])
    conn = open_corpus(db, user)
    try:
        assert not queries.relationship_exists(conn, ("BT", "IN"))
        assert [(p.code, p.events) for p in corrected.partners(conn, "BT")] == [("BD", 2)]
    finally:
        conn.close()
