"""Importing into a real user database: atomic, duplicate-aware, removable, crash-safe."""

from __future__ import annotations

import hashlib
import multiprocessing
import shutil
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from relations_desktop.cli import main
from relations_desktop.corpus.pipeline import process_file
from relations_desktop.errors import DatabaseError
from relations_desktop.store.connection import open_corpus
from relations_desktop.store.search import search
from relations_desktop.store.userdb import (
    USER_ID_BASE,
    BundledDocumentError,
    import_documents,
    list_user_documents,
    rebuild_user_db,
    remove_document,
)
from relations_desktop.store.write import build_database

EN_NEPAL_INDIA = """India–Nepal relations

India and Nepal signed the Treaty of Peace and Friendship in July 1950. The open border between \
India and Nepal lets citizens of both countries travel and work without a visa.

In 2015 a blockade at the border crossings cut fuel supplies to Nepal for several months.
"""

BN_JAPAN = """জাপান–বাংলাদেশ সম্পর্ক

জাপান ১৯৭২ সালের ১০ ফেব্রুয়ারি বাংলাদেশকে স্বীকৃতি দেয়। ঢাকায় জাপানের দূতাবাস সে বছরই খোলা হয়।

২০১৪ সালে বাংলাদেশের প্রধানমন্ত্রী টোকিও সফর করেন এবং জাপান ও বাংলাদেশ একটি সমন্বিত অংশীদারত্ব ঘোষণা করে।
"""

HI_JAPAN = """जापान–बांग्लादेश संबंध

जापान ने फ़रवरी १९७२ में बांग्लादेश को मान्यता दी। जापान बांग्लादेश को सबसे ज़्यादा विकास सहायता देने वाले \
देशों में से एक है।

२०१४ में बांग्लादेश की प्रधानमंत्री ने टोक्यो की यात्रा की और जापान के साथ व्यापक साझेदारी की घोषणा हुई।
"""

EN_BHUTAN_HTML = """<!doctype html><html><head><title>Bhutan and Bangladesh</title>
<style>p { color: red }</style></head><body>
<h1>Bangladesh–Bhutan relations</h1>
<p>Bhutan was the first country to recognise <b>Bangladesh</b>, on 6 December 1971.</p>
<p>In 2020 Bhutan and Bangladesh signed a preferential trade agreement, the first such agreement \
Bangladesh had concluded with any country.</p>
</body></html>
"""


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def temps(user_db: Path) -> list[Path]:
    return sorted(p for p in user_db.parent.iterdir() if p.name.endswith(".tmp"))


def write(folder: Path, name: str, data: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    if isinstance(data, bytes):
        p.write_bytes(data)
    else:
        p.write_text(data, encoding="utf-8")
    return p


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    src = write(tmp_path / "bundled_src", "india_nepal.txt", EN_NEPAL_INDIA)
    return build_database([process_file(src)], tmp_path / "bundled.db")


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """A folder of documents to import, with a subfolder."""
    folder = tmp_path / "articles"
    write(folder, "japan_bangladesh_bn.txt", BN_JAPAN)
    write(folder / "hindi", "japan_bangladesh_hi.md", HI_JAPAN)
    write(folder, "bhutan_bangladesh.html", EN_BHUTAN_HTML)
    return folder


@pytest.fixture
def user_db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "user-corpus.db"


@pytest.fixture
def populated(tmp_path: Path, user_db: Path, bundled: Path) -> Path:
    """A user database that already holds one imported document."""
    first = write(tmp_path / "first", "japan_bangladesh_bn.txt", BN_JAPAN)
    result = import_documents([first], user_db, bundled_db=bundled)
    assert len(result.added) == 1 and result.ok
    return user_db


def test_import_search_remove(docs: Path, user_db: Path, bundled: Path):
    seen: list[tuple[int, int, str]] = []
    result = import_documents([docs], user_db, bundled_db=bundled,
                              progress=lambda done, total, file: seen.append((done, total, file)))
    assert result.ok and not result.duplicates and not result.failed
    assert sorted(a.file for a in result.added) == [
        "bhutan_bangladesh.html", "japan_bangladesh_bn.txt", "japan_bangladesh_hi.md"]
    assert {a.lang for a in result.added} == {"bn", "hi", "en"}
    assert all(a.pairs for a in result.added)
    assert result.bytes_processed == sum(p.stat().st_size for p in docs.rglob("*") if p.is_file())
    assert result.elapsed > 0
    assert [s[:2] for s in seen] == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert {s[2] for s in seen[:3]} == {"japan_bangladesh_bn.txt", "japan_bangladesh_hi.md",
                                        "bhutan_bangladesh.html"}

    listed = list_user_documents(user_db)
    assert len(listed) == 3 and all(d.id > USER_ID_BASE for d in listed)
    with sqlite3.connect(user_db) as c:
        assert {r[0] for r in c.execute("SELECT origin FROM documents")} == {"user"}

    conn = open_corpus(bundled, user_db)
    try:
        assert {h.file for h in search(conn, "দূতাবাস")} == {"japan_bangladesh_bn.txt"}
        assert {h.file for h in search(conn, "preferential")} == {"bhutan_bangladesh.html"}
        assert search(conn, "color") == [] and search(conn, "doctype") == []   # tags and styles are gone
        assert {h.file for h in search(conn, "1950")} == {"india_nepal.txt"}   # bundled still there
        assert {h.file for h in search(conn, "फरवरी")} == {"japan_bangladesh_hi.md"}
    finally:
        conn.close()

    hindi = next(d for d in listed if d.file == "japan_bangladesh_hi.md")
    assert remove_document(user_db, hindi.id) is True
    assert remove_document(user_db, hindi.id + 10_000) is False
    html = next(d for d in list_user_documents(user_db) if d.file == "bhutan_bangladesh.html")
    assert remove_document(user_db, html.sha256) is True
    assert [d.file for d in list_user_documents(user_db)] == ["japan_bangladesh_bn.txt"]

    conn = open_corpus(bundled, user_db)
    try:
        assert search(conn, "फरवरी") == [] and search(conn, "preferential") == []
        assert {h.file for h in search(conn, "দূতাবাস")} == {"japan_bangladesh_bn.txt"}
    finally:
        conn.close()
    assert temps(user_db) == []


def test_bundled_documents_cannot_be_removed(populated: Path, bundled: Path):
    before = sha(populated)
    bundled_id, bundled_sha = sqlite3.connect(bundled).execute("SELECT id, sha256 FROM documents").fetchone()
    with pytest.raises(BundledDocumentError):
        remove_document(populated, bundled_id)
    with pytest.raises(BundledDocumentError):
        remove_document(populated, bundled_sha, bundled_db=bundled)
    assert remove_document(populated, "0" * 64, bundled_db=bundled) is False
    assert sha(populated) == before


def test_removing_the_last_document_leaves_an_empty_user_corpus(populated: Path, bundled: Path):
    (only,) = list_user_documents(populated)
    assert remove_document(populated, only.id)
    assert list_user_documents(populated) == []
    conn = open_corpus(bundled, populated)
    try:
        assert search(conn, "দূতাবাস") == []
    finally:
        conn.close()


def test_importing_the_same_folder_twice_adds_nothing_the_second_time(docs: Path, user_db: Path,
                                                                      bundled: Path):
    first = import_documents([docs], user_db, bundled_db=bundled)
    assert len(first.added) == 3
    before = sha(user_db)
    again = import_documents([docs], user_db, bundled_db=bundled)
    assert again.added == [] and again.ok
    assert sorted((d.file, d.existing_file, d.existing_origin) for d in again.duplicates) == [
        ("bhutan_bangladesh.html", "bhutan_bangladesh.html", "user"),
        ("japan_bangladesh_bn.txt", "japan_bangladesh_bn.txt", "user"),
        ("japan_bangladesh_hi.md", "japan_bangladesh_hi.md", "user")]
    assert all(d.existing_id and d.existing_id > USER_ID_BASE for d in again.duplicates)
    assert sha(user_db) == before          # not even rewritten
    assert len(list_user_documents(user_db)) == 3


def test_duplicates_of_bundled_documents_and_within_one_import(tmp_path: Path, user_db: Path,
                                                               bundled: Path):
    folder = tmp_path / "mixed"
    write(folder, "copy_of_bundled.txt", EN_NEPAL_INDIA)
    write(folder, "a.txt", BN_JAPAN)
    write(folder, "b.txt", BN_JAPAN)
    result = import_documents([folder], user_db, bundled_db=bundled)
    assert [a.file for a in result.added] == ["a.txt"]
    assert sorted((d.file, d.existing_file, d.existing_origin) for d in result.duplicates) == [
        ("b.txt", "a.txt", "import"), ("copy_of_bundled.txt", "india_nepal.txt", "bundled")]
    bundled_dup = next(d for d in result.duplicates if d.existing_origin == "bundled")
    assert bundled_dup.existing_id is not None and bundled_dup.existing_id < USER_ID_BASE


def test_earlier_documents_survive_a_later_import_with_their_import_time(populated: Path, docs: Path,
                                                                         bundled: Path):
    (old,) = list_user_documents(populated)
    with sqlite3.connect(populated) as c:   # make the earlier import time recognisable
        c.execute("UPDATE documents SET added = '2001-01-01T00:00:00Z'")
    c.close()
    result = import_documents([docs], populated, bundled_db=bundled)
    assert len(result.added) == 2 and [d.file for d in result.duplicates] == ["japan_bangladesh_bn.txt"]
    now = {d.sha256: d for d in list_user_documents(populated)}
    assert len(now) == 3
    assert now[old.sha256].added == "2001-01-01T00:00:00Z"
    assert all(d.added != "2001-01-01T00:00:00Z" for s, d in now.items() if s != old.sha256)


def test_unreadable_files_fail_alone(tmp_path: Path, populated: Path, bundled: Path):
    folder = tmp_path / "bad"
    write(folder, "good.txt", HI_JAPAN)
    write(folder, "empty.txt", "  \n")
    write(folder, "binary.txt", b"\x00\x01\x02PK\x03\x04" * 100)
    # Latin-1 is read (its encoding detected); Bengali typed for a Bijoy font is refused as such.
    write(folder, "latin1.txt", "Nepal and India met at a caf\xe9 in Kathmandu in 1950.".encode("latin-1"))
    write(folder, "bijoy.txt", "evsjv‡`k I fviZ GKwU Pzw³ Ki‡jb Ges `yB ‡`‡ki m¤ú‡K©i Dbœqb n‡q‡Q|")
    missing = tmp_path / "no_such_file.txt"
    result = import_documents([folder, missing], populated, bundled_db=bundled)
    assert not result.ok
    assert [a.file for a in result.added] == ["good.txt", "latin1.txt"]
    assert sorted((f.file, f.reason) for f in result.failed) == [
        ("bijoy.txt", "legacy_bijoy"), ("binary.txt", "binary"), ("empty.txt", "empty"),
        ("no_such_file.txt", "unreadable")]
    assert all(f.detail for f in result.failed if f.reason != "empty")
    assert len(list_user_documents(populated)) == 3


def test_an_import_with_only_failures_leaves_the_database_byte_identical(tmp_path: Path, populated: Path):
    before = sha(populated)
    result = import_documents([write(tmp_path / "bad", "empty.md", "")], populated)
    assert [f.reason for f in result.failed] == ["empty"]
    assert sha(populated) == before


def test_cancel_while_reading_files(docs: Path, populated: Path, bundled: Path):
    before = sha(populated)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) >= 2

    result = import_documents([docs], populated, bundled_db=bundled, cancelled=cancelled)
    assert result.cancelled and not result.ok and result.added == []
    assert sha(populated) == before and temps(populated) == []


def _calls_of_cancelled(docs: Path, user_db: Path, bundled: Path) -> int:
    """How many times an import of ``docs`` asks whether it is cancelled (into a scratch copy)."""
    scratch = user_db.with_name("scratch.db")
    shutil.copyfile(user_db, scratch)
    calls: list[int] = []
    import_documents([docs], scratch, bundled_db=bundled, cancelled=lambda: bool(calls.append(1)))
    return len(calls)


def test_cancel_at_every_point_while_the_documents_are_staged(docs: Path, populated: Path, bundled: Path):
    """The documents go through the pipeline into a private staging database; a cancel at any of
    the points the import asks (between documents, between windows, before the commit) leaves
    the library as it was, and no temporary file behind."""
    before = sha(populated)
    total = _calls_of_cancelled(docs, populated, bundled)
    assert total >= 6            # three documents: before each, inside each, before the commit
    for k in range(1, total + 1):
        def cancelled(k: int = k, calls: list[int] = []) -> bool:  # noqa: B006 (one list per k)
            calls.append(1)
            return len(calls) >= k

        result = import_documents([docs], populated, bundled_db=bundled, cancelled=cancelled)
        assert result.cancelled and result.added == [], k
        assert sha(populated) == before and temps(populated) == [], k


def test_failure_halfway_through_staging_leaves_the_database_byte_identical(docs: Path, populated: Path,
                                                                             bundled: Path):
    before = sha(populated)
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        if len(calls) == 4:          # inside the second document
            raise OSError(28, "No space left on device")
        return False

    with pytest.raises(OSError, match="No space"):
        import_documents([docs], populated, bundled_db=bundled, cancelled=cancelled)
    assert len(calls) == 4
    assert sha(populated) == before and temps(populated) == []


def test_unreadable_user_database_is_never_overwritten(docs: Path, user_db: Path):
    user_db.parent.mkdir(parents=True)
    user_db.write_bytes(b"this is not a database" * 100)
    before = sha(user_db)
    with pytest.raises(DatabaseError) as raised:
        import_documents([docs], user_db)
    # Set aside, byte for byte, beside where it was; never written over.
    assert raised.value.reason == "set_aside" and raised.value.aside.parent == user_db.parent
    assert sha(raised.value.aside) == before and not user_db.exists()


def test_a_user_database_of_an_older_schema_is_rebuilt_not_lost(populated: Path, docs: Path, bundled: Path):
    with sqlite3.connect(populated) as c:
        c.execute("PRAGMA user_version = 0")      # as if written by an earlier version of the app
    c.close()
    with pytest.raises(DatabaseError, match="schema"):
        open_corpus(bundled, populated)
    (old,) = [r for r in sqlite3.connect(populated).execute("SELECT sha256 FROM documents")]
    seen = []
    assert rebuild_user_db(populated, progress=lambda d, t, f: seen.append((d, t, f))) is True
    assert seen == [(0, 1, "japan_bangladesh_bn.txt"), (1, 1, "")]
    conn = open_corpus(bundled, populated)
    try:
        assert {h.file for h in search(conn, "দূতাবাস")} == {"japan_bangladesh_bn.txt"}
    finally:
        conn.close()
    assert [d.sha256 for d in list_user_documents(populated)] == [old[0]]
    assert rebuild_user_db(populated.with_name("none.db")) is False


def test_an_import_brings_an_older_user_database_up_to_date(populated: Path, docs: Path, bundled: Path):
    with sqlite3.connect(populated) as c:
        c.execute("PRAGMA user_version = 0")
    c.close()
    result = import_documents([docs], populated, bundled_db=bundled)
    assert len(result.added) == 2
    assert len(list_user_documents(populated)) == 3


def _import_in_child(paths: list[str], user_db: str, bundled_db: str, stop_when: str,
                     ready: multiprocessing.synchronize.Event) -> None:
    """Run an import that signals ``ready`` and then hangs at the named point, to be killed."""
    user = Path(user_db)

    def hang() -> None:
        ready.set()
        time.sleep(600)

    def progress(done: int, total: int, file: str) -> None:
        # "reading": after the first document; "writing": everything staged, the commit next.
        if (stop_when == "reading" and done == 1) or (stop_when == "writing" and done == total):
            hang()

    import_documents(paths, user, bundled_db=bundled_db, progress=progress)


@pytest.mark.parametrize("stop_when", ["reading", "writing"])
def test_worker_killed_mid_import(tmp_path: Path, docs: Path, populated: Path, bundled: Path, stop_when: str):
    before = sha(populated)
    # spawn: a fresh interpreter, as on Windows and macOS; kill() is SIGKILL or TerminateProcess.
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Event()
    child = ctx.Process(target=_import_in_child,
                        args=([str(docs)], str(populated), str(bundled), stop_when, ready))
    child.start()
    try:
        assert ready.wait(120), "the import never reached the point where it is killed"
        child.kill()
        child.join(30)
    finally:
        if child.is_alive():
            child.kill()
            child.join()
    if hasattr(signal, "SIGKILL"):
        assert child.exitcode == -signal.SIGKILL
    assert sha(populated) == before
    assert [d.file for d in list_user_documents(populated)] == ["japan_bangladesh_bn.txt"]

    # The next import cleans up after the crash and works.
    result = import_documents([docs], populated, bundled_db=bundled)
    assert len(result.added) == 2 and temps(populated) == []
    assert len(list_user_documents(populated)) == 3


def test_stale_temporary_files_are_removed_at_the_next_import(tmp_path: Path, populated: Path):
    stale = [populated.parent / f".{populated.name}.k3j4h5.tmp",
             populated.parent / f"..{populated.name}.k3j4h5.tmp.x9y8.tmp"]
    for p in stale:
        p.write_bytes(b"half a database")
    unrelated = populated.parent / "notes.tmp"
    unrelated.write_text("mine")
    import_documents([write(tmp_path / "x", "e.txt", "")], populated)
    assert not any(p.exists() for p in stale)
    assert unrelated.exists()


def test_cli_import(tmp_path: Path, docs: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    # Keep the default (seed) database and data folders inside the test's folder.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    user_db = tmp_path / "cli" / "user.db"
    assert main(["corpus", "import", str(docs), "--user-db", str(user_db)]) == 0
    out = capsys.readouterr().out
    assert "3 added, 0 duplicates, 0 failed" in out
    write(docs, "empty.txt", "")
    assert main(["corpus", "import", str(docs), "--user-db", str(user_db)]) == 1
    out = capsys.readouterr().out
    assert "0 added, 3 duplicates, 1 failed" in out
    assert "FAILED\tempty.txt\tempty" in out
    assert main(["corpus", "search", "ফেব্রুয়ারি", "--db", str(user_db), "--json"]) == 0
    assert '"japan_bangladesh_bn.txt"' in capsys.readouterr().out


def test_metadata_of_a_web_page_is_stored_and_survives_a_later_import(tmp_path: Path, user_db: Path, bundled: Path):
    page = ("<html><head><title>Japan and Bangladesh</title>"
            '<link rel="canonical" href="https://news.example.org/jp-bd">'
            '<meta name="author" content="A. Reporter">'
            '<meta property="article:published_time" content="2021-06-09T08:00:00Z">'
            f"</head><body><article><p>{EN_NEPAL_INDIA}</p></article></body></html>")
    page_file = write(tmp_path / "web", "page.html", page)
    assert import_documents([page_file], user_db, bundled_db=bundled).ok
    later = write(tmp_path / "later", "japan_bangladesh_bn.txt", BN_JAPAN)
    assert import_documents([later], user_db, bundled_db=bundled).ok   # re-processes the page too
    conn = sqlite3.connect(user_db)
    row = conn.execute("SELECT title, url, author, published FROM documents WHERE file = 'page.html'").fetchone()
    conn.close()
    assert row == ("Japan and Bangladesh", "https://news.example.org/jp-bd", "A. Reporter", "2021-06-09")
