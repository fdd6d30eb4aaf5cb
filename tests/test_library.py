"""The user library on real SQLite files: incremental imports and removals, WAL, modes and links,
damaged and newer files, migrations, re-processing, near-duplicates, bounded reading, windows,
worker processes and the writer lock."""

from __future__ import annotations

import itertools
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from relations_desktop.corpus.document import RawDocument
from relations_desktop.corpus.windows import window_spans
from relations_desktop.errors import DatabaseError
from relations_desktop.store import health, schema, sql
from relations_desktop.store.connection import open_corpus
from relations_desktop.store.dump import dump
from relations_desktop.store.lock import WaitCancelled, writer_lock
from relations_desktop.store.queries import events
from relations_desktop.store.search import search
from relations_desktop.store.texts import document_text
from relations_desktop.store.userdb import (
    USER_ID_BASE,
    check_library,
    import_documents,
    list_user_documents,
    rebuild_user_db,
    remove_document,
    remove_documents,
    remove_stale_temps,
)
from relations_desktop.store.write import build_database
from tests.library_helpers import (
    BN_BD_JP,
    EN_BT_BD,
    EN_NP_IN,
    HI_NP_BT,
    content,
    hold_lock,
    integrity,
    leftovers,
    numbered,
    sha,
    write,
)


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    from relations_desktop.corpus.pipeline import process_file
    return build_database([process_file(write(tmp_path / "bundled_src", "bt_bd.txt", EN_BT_BD))],
                          tmp_path / "bundled.db")


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return tmp_path / "data" / "user-corpus.db"


def three(folder: Path) -> Path:
    write(folder, "np_in.txt", EN_NP_IN)
    write(folder, "bd_jp.txt", BN_BD_JP)
    write(folder, "np_bt.txt", HI_NP_BT)
    return folder


def rows_of(library: Path, doc_id: int) -> dict[str, int]:
    conn = sqlite3.connect(library)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t} WHERE {c} = ?", (doc_id,)).fetchone()[0]
                for t, c in schema.DOCUMENT_TABLES}
    finally:
        conn.close()


# ----- incremental, WAL, modes

def test_a_new_library_is_in_wal_mode_and_gets_the_umask(tmp_path: Path, library: Path):
    old = os.umask(0o077)
    try:
        assert import_documents([three(tmp_path / "in")], library).ok
    finally:
        os.umask(old)
    assert stat.S_IMODE(library.stat().st_mode) == 0o600
    conn = sqlite3.connect(library)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    conn.close()
    other = tmp_path / "other" / "lib.db"
    old = os.umask(0o022)
    try:
        assert import_documents([write(tmp_path / "one", "x.txt", EN_NP_IN)], other).ok
    finally:
        os.umask(old)
    assert stat.S_IMODE(other.stat().st_mode) == 0o644


def test_an_import_adds_only_its_documents_and_leaves_the_earlier_rows_as_they_were(tmp_path: Path, library: Path):
    assert import_documents([write(tmp_path / "a", "np_in.txt", EN_NP_IN)], library).ok
    library.chmod(0o600)
    (first,) = list_user_documents(library)
    conn = sqlite3.connect(library)
    before = conn.execute("SELECT id, start FROM sentences WHERE document_id = ? ORDER BY id", (first.id,)).fetchall()
    conn.close()
    result = import_documents([write(tmp_path / "b", "bd_jp.txt", BN_BD_JP)], library)
    assert [a.file for a in result.added] == ["bd_jp.txt"] and result.bytes_processed == len(BN_BD_JP.encode())
    conn = sqlite3.connect(library)
    after = conn.execute("SELECT id, start FROM sentences WHERE document_id = ? ORDER BY id", (first.id,)).fetchall()
    conn.close()
    assert after == before                          # not re-processed: the same rows, the same ids
    assert stat.S_IMODE(library.stat().st_mode) == 0o600     # an existing library keeps its mode
    assert all(d.id > USER_ID_BASE for d in list_user_documents(library))


def test_a_library_behind_a_link_stays_where_the_link_points(tmp_path: Path):
    real = tmp_path / "elsewhere" / "lib.db"
    assert import_documents([write(tmp_path / "a", "np_in.txt", EN_NP_IN)], real).ok
    link = tmp_path / "data" / "user-corpus.db"
    link.parent.mkdir()
    link.symlink_to(real)
    assert import_documents([write(tmp_path / "b", "bd_jp.txt", BN_BD_JP)], link).ok
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert len(list_user_documents(real)) == 2


def test_removal_takes_every_row_and_the_index_entries_and_nothing_else(tmp_path: Path, library: Path,
                                                                        bundled: Path):
    assert import_documents([three(tmp_path / "in")], library, bundled_db=bundled).ok
    docs = {d.file: d for d in list_user_documents(library)}
    gone, kept = docs["bd_jp.txt"], docs["np_in.txt"]
    kept_rows = rows_of(library, kept.id)
    assert remove_documents(library, [gone.id]) == [gone.id]
    assert set(rows_of(library, gone.id).values()) == {0}
    assert rows_of(library, kept.id) == kept_rows
    assert integrity(library) == ("ok", "ok")
    conn = open_corpus(bundled, library)
    try:
        assert search(conn, "দূতাবাস") == []
        assert {h.file for h in search(conn, "blockade")} == {"np_in.txt"}
        assert {h.file for h in search(conn, "preferential")} == {"bt_bd.txt"}      # the bundled one
    finally:
        conn.close()
    with pytest.raises(Exception, match="bundled"):
        remove_documents(library, [1])
    assert remove_document(library, gone.id) is False


# ----- damaged, foreign, newer

def _library_with_pages(tmp_path: Path, library: Path) -> Path:
    assert import_documents([numbered(tmp_path / "many", "doc", 30, 4)], library).ok
    conn = sqlite3.connect(library)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return library


def _garbage_header(p: Path) -> None:
    data = bytearray(p.read_bytes())
    data[:100] = b"\xa5" * 100
    p.write_bytes(bytes(data))


def _truncated(p: Path) -> None:
    data = p.read_bytes()
    p.write_bytes(data[:len(data) // 3])


def _corrupt_page(p: Path) -> None:
    data = bytearray(p.read_bytes())
    page = 4096
    for n in range(3, len(data) // page, 3):        # garbage over the middle of every third page
        data[n * page + 100:n * page + 900] = bytes((i * 37) % 251 for i in range(800))
    p.write_bytes(bytes(data))


def _folder(p: Path) -> None:
    for side in (p, p.with_name(p.name + "-wal"), p.with_name(p.name + "-shm")):
        side.unlink(missing_ok=True)
    p.mkdir()
    (p / "inside.txt").write_text("mine")


DAMAGE = {"garbage header": _garbage_header, "truncated": _truncated, "corrupt page": _corrupt_page,
          "a folder in its place": _folder}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_library_is_set_aside_whole_and_a_new_one_can_start(tmp_path: Path, library: Path, damage: str):
    _library_with_pages(tmp_path, library)
    DAMAGE[damage](library)
    before = sha(library) if library.is_file() else None
    with pytest.raises(DatabaseError) as raised:
        check_library(library)
    exc = raised.value
    assert exc.reason == "set_aside" and exc.aside is not None and exc.aside.parent == library.parent
    assert exc.aside.name.startswith("user-corpus.damaged-") and exc.aside.name.endswith(".db")
    assert not library.exists()
    if before is not None:
        assert sha(exc.aside) == before          # kept byte for byte, never deleted
    else:
        assert (exc.aside / "inside.txt").read_text() == "mine"
    assert import_documents([write(tmp_path / "next", "np_in.txt", EN_NP_IN)], library).ok
    assert [d.file for d in list_user_documents(library)] == ["np_in.txt"]


def test_a_library_from_a_newer_version_is_left_exactly_as_it_is(tmp_path: Path, library: Path):
    assert import_documents([write(tmp_path / "a", "np_in.txt", EN_NP_IN)], library).ok
    conn = sqlite3.connect(library)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    before = sha(library)
    for attempt in (lambda: check_library(library), lambda: list_user_documents(library),
                    lambda: import_documents([write(tmp_path / "b", "bd_jp.txt", BN_BD_JP)], library),
                    lambda: rebuild_user_db(library), lambda: remove_documents(library, [USER_ID_BASE + 1])):
        with pytest.raises(DatabaseError) as raised:
            attempt()
        assert raised.value.reason == "newer"
    assert sha(library) == before and leftovers(library) == []


def test_migrations_step_one_version_at_a_time(tmp_path: Path, library: Path, monkeypatch: pytest.MonkeyPatch):
    assert import_documents([write(tmp_path / "a", "np_in.txt", EN_NP_IN)], library).ok
    steps = {**schema.MIGRATIONS, schema.SCHEMA_VERSION: ["CREATE TABLE notes (document_id INTEGER, text TEXT)"],
             schema.SCHEMA_VERSION + 1: ["ALTER TABLE notes ADD COLUMN author TEXT"]}
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 2)
    assert sql.can_migrate(schema.MIGRATABLE_FROM, steps) and not sql.can_migrate(4, steps)
    conn = sql.connect(library)
    try:
        assert sql.migrate(conn, library, steps) == 2
        assert sql.user_version(conn) == schema.SCHEMA_VERSION
        assert [r[1] for r in conn.execute("PRAGMA table_info(notes)")] == ["document_id", "text", "author"]
        assert sql.migrate(conn, library, steps) == 0
    finally:
        conn.close()


def test_another_pipeline_means_a_reprocess_that_keeps_every_document(tmp_path: Path, library: Path,
                                                                     bundled: Path):
    assert import_documents([three(tmp_path / "in")], library, bundled_db=bundled).ok
    conn = sqlite3.connect(library)
    conn.execute("UPDATE meta SET value = 'an older pipeline' WHERE key = 'pipeline'")
    conn.execute("UPDATE documents SET added = '2001-01-01T00:00:00Z'")
    conn.commit()
    conn.close()
    before = {d.sha256 for d in list_user_documents(library)}
    from relations_desktop.seed_corpus import pipeline_version
    assert check_library(library).needs_reprocess(pipeline_version())
    seen: list[tuple[int, int, str]] = []
    assert rebuild_user_db(library, progress=lambda *r: seen.append(r))
    assert seen[-1] == (3, 3, "") and [s[:2] for s in seen[:3]] == [(0, 3), (1, 3), (2, 3)]
    after = list_user_documents(library)
    assert {d.sha256 for d in after} == before and {d.added for d in after} == {"2001-01-01T00:00:00Z"}
    assert not check_library(library).needs_reprocess(pipeline_version())
    assert integrity(library) == ("ok", "ok") and leftovers(library) == []


def test_a_cancelled_reprocess_leaves_the_old_library_serving(tmp_path: Path, library: Path):
    assert import_documents([three(tmp_path / "in")], library).ok
    conn = sqlite3.connect(library)
    conn.execute("UPDATE meta SET value = 'an older pipeline' WHERE key = 'pipeline'")
    conn.commit()
    conn.close()
    before = content(library)
    calls: list[int] = []
    assert rebuild_user_db(library, cancelled=lambda: bool(calls.append(1)) or len(calls) > 2) is False
    assert content(library) == before and leftovers(library) == []


# ----- near-duplicates

def test_a_near_duplicate_is_kept_and_reported_but_never_counted_twice(tmp_path: Path, library: Path):
    original = write(tmp_path / "a", "np_in.txt", EN_NP_IN)
    assert import_documents([original], library).ok
    conn = open_corpus(library)
    counted = len(events(conn, ("IN", "NP")))
    conn.close()
    mirror = write(tmp_path / "b", "np_in_mirror.txt", "Mirrored from a news site\n\n" + EN_NP_IN
                   + "\nAll rights reserved.\n")
    result = import_documents([mirror], library)
    assert [a.file for a in result.added] == ["np_in_mirror.txt"]
    (near,) = result.near_duplicates
    assert (near.file, near.existing_file, near.existing_origin) == ("np_in_mirror.txt", "np_in.txt", "user")
    assert near.similarity >= 0.9
    docs = {d.file: d for d in list_user_documents(library)}
    assert docs["np_in_mirror.txt"].duplicate_of == docs["np_in.txt"].id
    conn = open_corpus(library)
    try:
        assert len(events(conn, ("IN", "NP"))) == counted
        assert {h.file for h in search(conn, "blockade")} == {"np_in.txt"}
        assert len(dump(conn)["documents"]) == 2
    finally:
        conn.close()
    # The original goes: its copy stands for it, in the events and in the index.
    assert remove_documents(library, [docs["np_in.txt"].id])
    conn = open_corpus(library)
    try:
        assert len(events(conn, ("IN", "NP"))) == counted
        assert {h.file for h in search(conn, "blockade")} == {"np_in_mirror.txt"}
    finally:
        conn.close()
    assert integrity(library) == ("ok", "ok")


def test_a_near_duplicate_added_by_another_import_while_this_one_stages_is_found(tmp_path: Path, library: Path):
    # Near-duplicates are looked for while documents are staged, against the library as it was
    # then; the original arrives (another import) before this import's commit: it is found.
    original = write(tmp_path / "a", "np_in.txt", EN_NP_IN)
    write(tmp_path / "b", "np_in_mirror.txt", "Mirrored from a news site\n\n" + EN_NP_IN
                   + "\nAll rights reserved.\n")
    write(tmp_path / "b", "bd_jp.txt", BN_BD_JP)
    assert import_documents([write(tmp_path / "c", "np_bt.txt", HI_NP_BT)], library).ok   # the library exists

    def meanwhile(done: int, total: int, _name: str) -> None:
        if done == total and total:           # everything staged; the commit comes next
            assert import_documents([original], library).ok

    result = import_documents([tmp_path / "b"], library, progress=meanwhile)
    assert sorted(a.file for a in result.added) == ["bd_jp.txt", "np_in_mirror.txt"]
    (near,) = result.near_duplicates
    assert (near.file, near.existing_file, near.existing_origin) == ("np_in_mirror.txt", "np_in.txt", "user")
    docs = {d.file: d for d in list_user_documents(library)}
    assert docs["np_in_mirror.txt"].duplicate_of == docs["np_in.txt"].id


# ----- bounded reading

def test_what_is_not_a_readable_document_fails_alone(tmp_path: Path, library: Path):
    folder = tmp_path / "mixed"
    write(folder, "good.txt", EN_NP_IN)
    (folder / "folder.txt").mkdir()
    write(folder / "folder.txt", "inner.txt", HI_NP_BT)         # a folder named *.txt is walked
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    bad_name = os.fsencode(folder) + b"/caf\xe9.txt"              # not UTF-8
    with open(bad_name, "wb") as fh:
        fh.write(BN_BD_JP.encode())
    big = write(folder, "big.txt", EN_NP_IN * 20)
    result = import_documents([folder, "/dev/zero", fifo, tmp_path / "missing.txt"], library,
                              max_bytes=big.stat().st_size - 1)
    assert sorted(a.file for a in result.added) == ["good.txt", "inner.txt"]
    assert sorted((f.file, f.reason) for f in result.failed) == [
        ("big.txt", "too_large"), ("caf\ufffd.txt", "bad_name"), ("missing.txt", "unreadable"),
        ("pipe.txt", "not_a_file"), ("pipe.txt", "not_a_file"), ("zero", "not_a_file")]


@pytest.mark.skipif(not hasattr(os, "setuid") or os.geteuid() != 0,
                    reason="drops privileges to make a folder unreadable")
def test_an_unreadable_subfolder_is_one_error_and_the_rest_is_imported(tmp_path: Path):
    # Permissions do not bind root: the import runs as "nobody" in a folder it may use.
    work = Path(tempfile_dir())
    try:
        folder = work / "in"
        write(folder, "good.txt", EN_NP_IN)
        write(folder / "locked", "hidden.txt", HI_NP_BT)
        (folder / "locked").chmod(0o000)
        # Everything is loaded first: as "nobody" the interpreter's own files may be out of reach.
        script = ("import json, os, sys\n"
                  "from relations_desktop.store.userdb import import_documents\n"
                  "import relations_desktop.corpus.formats.text, charset_normalizer, encodings.idna\n"
                  "from relations_desktop.corpus.countries import find_mentions\n"
                  "from relations_desktop.corpus.pipeline import process_text\n"
                  "from relations_desktop.seed_corpus import pipeline_version\n"
                  "pipeline_version(); find_mentions('India and Nepal met in 1950.')\n"
                  "import_documents([sys.argv[1] + '/good.txt'], sys.argv[3])\n"
                  "os.setgid(65534)\nos.setuid(65534)\n"
                  "r = import_documents([sys.argv[1]], sys.argv[2])\n"
                  "print(json.dumps({'added': [a.file for a in r.added], "
                  "'failed': [[f.file, f.reason] for f in r.failed]}))\n")
        out = subprocess.run([sys.executable, "-c", script, str(folder), str(work / "lib" / "user.db"),
                              str(work / "warm" / "user.db")],
                             capture_output=True, text=True, timeout=120,
                             env={**os.environ, "HOME": str(work), "XDG_CACHE_HOME": str(work / "cache")})
        assert out.returncode == 0, out.stderr
        import json
        report = json.loads(out.stdout.splitlines()[-1])
        assert report == {"added": ["good.txt"], "failed": [["locked", "unreadable"]]}
    finally:
        import shutil
        (work / "in" / "locked").chmod(0o755)
        shutil.rmtree(work, ignore_errors=True)


def tempfile_dir() -> str:
    import tempfile
    d = tempfile.mkdtemp(prefix="relations-nobody-")
    os.chmod(d, 0o777)
    return d


# ----- windows and worker processes

def test_windows_cut_at_paragraph_breaks_and_cover_the_text():
    text = "".join(f"Paragraph {i} about India and Nepal.\n\n" for i in range(1000))
    spans = window_spans(text, 1000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert all(e - s <= 1000 for s, e in spans)
    assert all(text[e - 2:e] == "\n\n" for _s, e in spans[:-1])


def test_a_long_document_is_processed_in_windows_with_every_offset_true(tmp_path: Path, library: Path,
                                                                         monkeypatch: pytest.MonkeyPatch):
    from relations_desktop.corpus import windows
    monkeypatch.setattr(windows, "WINDOW_CHARS", 3_000)
    monkeypatch.setattr(windows.process_parts, "__defaults__", (3_000,))
    doc = write(tmp_path / "long", "long.txt", "".join(
        f"India and Nepal signed a treaty on trade in July {1950 + i}. The two countries met again in "
        f"{1951 + i} to renew it.\n\nTravellers crossed the border between India and Nepal every day.\n\n"
        for i in range(60)))
    assert import_documents([doc], library).ok
    conn = open_corpus(library)
    try:
        (info,) = list_user_documents(library)
        text = document_text(conn, info.id)
        assert text == doc.read_text(encoding="utf-8")
        rows = events(conn, ("IN", "NP"))
        assert len(rows) >= 60
        assert all(text[e.start:e.end] == e.text for e in rows)
        assert len({e.start // 3_000 for e in rows}) >= len(text) // 3_000     # from every window
    finally:
        conn.close()


def test_a_new_library_has_the_countries_the_app_computes(tmp_path: Path, seed_db: Path):
    # (taken from the bundled database when the same pipeline made it; computed otherwise)
    from relations_desktop.seed_corpus import pipeline_version
    from relations_desktop.store.write import write_countries
    computed = sqlite3.connect(":memory:")
    computed.execute(schema.DDL[1])
    write_countries(computed)
    expected = computed.execute("SELECT * FROM countries ORDER BY code").fetchall()
    made_here = tmp_path / "seeds.db"         # as the app's own: its pipeline recorded
    shutil.copy(seed_db, made_here)
    with sqlite3.connect(made_here) as conn:
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('pipeline', ?)", (pipeline_version(),))
    conn.close()
    for bundled in (made_here, seed_db, None):
        user_db = tmp_path / f"library-{bundled and bundled.name}.db"
        assert import_documents([write(tmp_path / "a", "np_in.txt", EN_NP_IN)], user_db, bundled_db=bundled).ok
        conn = sqlite3.connect(user_db)
        assert conn.execute("SELECT * FROM countries ORDER BY code").fetchall() == expected
        conn.close()


def test_worker_processes_give_the_same_library(tmp_path: Path):
    folder = three(tmp_path / "in")
    numbered(folder, "n", 6)
    here, pool = tmp_path / "here.db", tmp_path / "pool.db"
    assert import_documents([folder], here).ok
    assert import_documents([folder], pool, workers=2).ok
    assert dump(open_corpus(here)) == dump(open_corpus(pool))


def test_documents_already_read_are_imported_lazily(tmp_path: Path, library: Path):
    import hashlib

    def articles():
        for i, text in enumerate((EN_NP_IN, BN_BD_JP)):
            digest = hashlib.sha256(text.encode()).hexdigest()
            yield RawDocument(file=f"article{i}", path=f"archive.zim#{i}", sha256=digest, encoding="utf-8",
                              text=text, size=len(text.encode()))

    seen: list[tuple[int, int, str]] = []
    result = import_documents(articles(), library, progress=lambda *r: seen.append(r))
    assert [a.file for a in result.added] == ["article0", "article1"]
    assert seen == [(0, 0, "article0"), (1, 0, "article1"), (0, 0, "")]


# ----- one writer at a time

def test_a_second_writer_waits_for_the_first_and_says_so(tmp_path: Path, library: Path):
    library.parent.mkdir(parents=True)
    release = tmp_path / "release"
    told: list[float] = []
    t0 = time.monotonic()
    holder = hold_lock(library, 1.5, release)       # 1.5 s at least, and until the import says it waits

    def waiting() -> None:
        told.append(time.monotonic() - t0)
        release.touch()
    try:
        result = import_documents([write(tmp_path / "a", "np_in.txt", EN_NP_IN)], library, waiting=waiting)
    finally:
        holder.wait(30)
    assert result.ok and len(result.added) == 1
    assert len(told) == 1 and time.monotonic() - t0 >= 1.0


def test_waiting_can_be_cancelled_or_run_out(tmp_path: Path, library: Path):
    library.parent.mkdir(parents=True)
    holder = hold_lock(library, 20)
    try:
        with pytest.raises(WaitCancelled), writer_lock(library, cancelled=lambda: True):
            pass
        with pytest.raises(DatabaseError) as raised, writer_lock(library, timeout=0.5):
            pass
        assert raised.value.reason == "busy"
        result = import_documents([write(tmp_path / "a", "np_in.txt", EN_NP_IN)], library,
                                  cancelled=_cancel_when_waiting())
        assert result.cancelled and not library.exists()
        stale = library.parent / f".{library.name}.k3j4.tmp"
        stale.write_bytes(b"another writer's")
        assert remove_stale_temps(library) == [] and stale.exists()     # a writer is at work: left alone
    finally:
        holder.kill()
        holder.wait(30)
    assert remove_stale_temps(library) == [stale]


def _cancel_when_waiting():
    """A cancelled() that says yes once the import stands waiting at the lock."""
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3      # the import's own questions come first; then the waiting loop's
    return cancelled


def test_health_of_a_missing_library_is_no_library(tmp_path: Path):
    state = health.inspect(tmp_path / "none.db")
    assert not state.exists and not state.needs_reprocess("x") and not state.needs_migration


@pytest.fixture
def small_disk(tmp_path: Path):
    """A real file system of 700 KB (tmpfs), where the library's disk runs full."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=700k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("mounting a small file system needs privileges this machine does not give")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_is_said_and_changes_nothing(tmp_path: Path, small_disk: Path, capsys):
    from relations_desktop.cli import main
    library = small_disk / "user-corpus.db"
    assert import_documents([write(tmp_path / "a", "np_in.txt", EN_NP_IN)], library).ok
    before = content(library)
    many = numbered(tmp_path / "many", "big", 40, 40)          # far more than the disk holds
    with pytest.raises(DatabaseError) as raised:
        import_documents([many], library)
    assert raised.value.reason == "disk_full"
    assert content(library) == before and integrity(library) == ("ok", "ok")
    assert main(["corpus", "import", str(many), "--user-db", str(library)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: There is not enough space on the disk") and len(err.strip().splitlines()) == 1
    assert content(library) == before
