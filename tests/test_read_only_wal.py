"""A user library whose last commits are only in its -wal file (its writer was killed, or it was
copied while in use) in a folder that cannot be written, with no -shm file: SQLite cannot open
it read-only there. The window and the command line show all of it from a private copy in the
app's cache, leave the original files exactly as they were and remove the copy when done; one
left by a killed process goes with the next. Real files, real processes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from relations_desktop import i18n, resources
from relations_desktop.i18n import _
from relations_desktop.present.messages import SNAPSHOT_NOTE, database_error_message
from relations_desktop.store import queries, snapshot
from tests.library_helpers import cli, sha, write
from tests.pdf_helpers import read_only_folder
from tests.qt_helpers import open_window, when_modal

GH_KE = ("Ghana–Kenya relations\n\nGhana and Kenya established diplomatic relations in March 1960. Kenya opened "
         "an embassy in Accra on 4 June 1995.\n")
FJ_TO = ("Fiji–Tonga relations\n\nFiji and Tonga established diplomatic relations in 1971. The King of Tonga "
         "visited Suva on 12 May 1998, and Fiji and Tonga signed a fisheries agreement in 2004.\n")

# Imports one document, then a second while another connection holds the library open (so the
# import's closing does not checkpoint it), says so and waits to be killed.
WRITER = """
import sqlite3, sys, time
from pathlib import Path
from relations_desktop.store.userdb import import_documents
library, first, second = (Path(a) for a in sys.argv[1:4])
assert import_documents([first], library).ok
holder = sqlite3.connect(library)
holder.execute("SELECT count(*) FROM documents").fetchone()
assert import_documents([second], library).ok
print("committed", flush=True)
time.sleep(300)
"""

# Takes a snapshot of a library, says where, and waits to be killed (or to be told to end).
HOLDER = """
import sys
from relations_desktop.store import snapshot
copy = snapshot.take(sys.argv[1])
print(copy.folder, flush=True)
sys.stdin.readline()
"""


def _killed_writer(folder: Path) -> Path:
    """A library whose writer was killed (SIGKILL) after its second import committed: that
    commit is only in the -wal file."""
    library = folder / "user-corpus.db"
    gh, fj = write(folder / "in", "gh_ke.txt", GH_KE), write(folder / "in", "fj_to.txt", FJ_TO)
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(library), str(gh), str(fj)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "committed"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL
    # the database file alone has the first document only
    alone = folder / "alone" / library.name
    alone.parent.mkdir()
    shutil.copyfile(library, alone)
    conn = sqlite3.connect(alone)
    assert [r[0] for r in conn.execute("SELECT file FROM documents")] == ["gh_ke.txt"]
    conn.close()
    return library


def _copied_while_in_use(tmp_path: Path, target: Path) -> Path:
    """The killed writer's library copied to ``target`` as a person copies it: the database and
    its -wal, not the -shm (only a running program needs that)."""
    library = _killed_writer(tmp_path / "writer")
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{library}{suffix}", f"{target}{suffix}")
    assert Path(f"{target}-wal").stat().st_size > 0
    return target


def _files(folder: Path) -> dict[str, str]:
    return {p.name: sha(p) for p in sorted(folder.iterdir()) if p.is_file()}


def _snapshots() -> list[Path]:
    root = resources.user_cache_dir() / snapshot.SNAPSHOTS
    return sorted(p for p in root.iterdir() if p.is_dir()) if root.exists() else []


def _window(qtbot, seed_db: Path, library: Path, qt_settings):
    return open_window(qtbot, seed_db, library, qt_settings)


def _user_files(conn: sqlite3.Connection) -> set[str]:
    return {d.file for d in queries.documents(conn) if d.origin == "user"}


def _listed_by_manage_imports(window) -> list[str]:
    """The files File → Imported documents lists (its dialog is modal: read, then closed)."""
    from relations_desktop.ui.importer import FILE_ROLE, ManageImportsDialog
    listed: list[str] = []

    def look(dialog) -> None:
        listed.extend(sorted(dialog.list.item(i).data(FILE_ROLE) for i in range(dialog.list.count())))
        dialog.reject()

    when_modal(ManageImportsDialog, look)
    window.manage_imports()
    return listed


def test_the_window_shows_every_commit_of_a_read_only_library_from_a_copy_and_removes_it(
        qtbot, app_fonts, seed_db, qt_settings, tmp_path, home):
    library = _copied_while_in_use(tmp_path, home)
    bundled = sqlite3.connect(seed_db)
    assert not {"FJ", "TO", "GH"} & {r[0] for r in bundled.execute("SELECT country FROM mentions")}
    bundled.close()
    with read_only_folder(library.parent) as folder:
        before = _files(folder)
        assert snapshot.needed(library)
        window = _window(qtbot, seed_db, library, qt_settings)
        assert window.problem_box is None and window.library.user_error is None
        assert window.library.read_only
        # both documents, the one only in the -wal too, with their relationships
        assert _user_files(window.library.conn) == {"gh_ke.txt", "fj_to.txt"}
        assert {"GH", "KE", "FJ", "TO"} <= set(window.country_model.codes())
        assert window.open_pair("FJ", "TO") and window.dossier.sources
        # the status line says read-only, and why a copy is shown
        assert window.read_only_label.isVisible() and window.read_only_label.text() == "Read-only library"
        tip = window.read_only_label.toolTip()
        assert f"{library} cannot be written to" in tip and "copy of it" in tip
        (copy,) = _snapshots()
        assert (copy / library.name).is_file() and str(copy) not in tip
        # the imported documents' list and the corrections' export read the copy too
        assert _listed_by_manage_imports(window) == ["fj_to.txt", "gh_ke.txt"]
        from relations_desktop.ui.corrections_view import CorrectionsDialog
        dialog = CorrectionsDialog.show_for(window)
        qtbot.addWidget(dialog)
        saved = dialog.export(tmp_path / "corrections.json")
        assert saved is not None and json.loads(saved.read_text(encoding="utf-8"))["corrections"] == []
        dialog.close()
        # a change is refused as for any read-only library
        assert window.import_documents(paths=[tmp_path / "writer" / "in" / "gh_ke.txt"]) is None
        assert "cannot be written to" in window.last_message.text()
        # reopened: a fresh copy, the old one gone
        window.library.reload()
        (again,) = _snapshots()
        assert again != copy and not copy.exists()
        assert _user_files(window.library.conn) == {"gh_ke.txt", "fj_to.txt"}
        # in Bengali too
        i18n.set_language("bn")
        assert _(SNAPSHOT_NOTE) != SNAPSHOT_NOTE and _(SNAPSHOT_NOTE) in window.read_only_label.toolTip()
        i18n.set_language("en")
        # closed (as the app closes it when its window has closed): the copy goes
        window.close()
        window.library.close()
        assert _snapshots() == [] and window.library.conn is None
        assert _files(folder) == before               # byte for byte; no -shm made beside it


def test_the_app_opens_on_a_relationship_only_the_wal_holds_and_leaves_no_copy(tmp_path, home):
    library = _copied_while_in_use(tmp_path, home)
    env = {"XDG_DATA_HOME": os.environ["XDG_DATA_HOME"], "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"],
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen"}
    shot = tmp_path / "shot.png"
    with read_only_folder(library.parent) as folder:
        before = _files(folder)
        out = cli("--pair", "FJ-TO", "--screenshot", str(shot), env=env)
        assert out.returncode == 0, out.stderr          # 1: "no relationship FJ-TO in the corpus"
        assert shot.stat().st_size > 0
        assert _snapshots() == []
        assert _files(folder) == before


def test_a_library_that_becomes_writable_is_read_where_it_is_again(qtbot, app_fonts, seed_db, qt_settings,
                                                                    tmp_path, home):
    library = _copied_while_in_use(tmp_path, home)
    with read_only_folder(library.parent):
        window = _window(qtbot, seed_db, library, qt_settings)
        assert window.library.snapshot is not None and len(_snapshots()) == 1
    assert window.library.writable()                # asked again: the folder can be written now
    assert window.library.snapshot is None and _snapshots() == []
    assert not window.library.read_only and not window.read_only_label.isVisible()
    assert _user_files(window.library.conn) == {"gh_ke.txt", "fj_to.txt"}
    window.close()


def test_only_a_library_sqlite_cannot_open_where_it_is_is_copied(qtbot, app_fonts, seed_db, qt_settings,
                                                                 tmp_path, home):
    library = _copied_while_in_use(tmp_path, home)
    # a folder that can be written: SQLite makes its -shm there, no copy
    assert not snapshot.needed(library)
    # a read-only folder with the library checkpointed (no -wal): read where it is
    conn = sqlite3.connect(library)             # as the app leaves it when it closes
    conn.execute("SELECT count(*) FROM documents").fetchone()
    conn.close()
    assert not Path(f"{library}-wal").exists()
    assert sqlite3.connect(library).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with read_only_folder(library.parent):
        assert not snapshot.needed(library)
        window = _window(qtbot, seed_db, library, qt_settings)
        assert window.library.read_only and window.library.snapshot is None and _snapshots() == []
        assert _user_files(window.library.conn) == {"gh_ke.txt", "fj_to.txt"}
        assert "copy of it" not in window.read_only_label.toolTip()
        window.close()


def test_damage_the_copy_finds_is_told_as_damage_and_the_original_is_left_alone(
        qtbot, app_fonts, seed_db, qt_settings, tmp_path, home):
    library = _copied_while_in_use(tmp_path, home)
    _corrupt_pages(library)
    with read_only_folder(library.parent) as folder:
        before = _files(folder)
        assert snapshot.needed(library)
        window = _window(qtbot, seed_db, library, qt_settings)
        error = window.library.user_error
        assert error is not None and error.reason == "unreadable" and error.path == library
        assert window.library.snapshot is None and _snapshots() == []
        qtbot.waitUntil(lambda: window.problem_box is not None and window.problem_box.isVisible(), timeout=5000)
        assert f"{library} cannot be read. It may be damaged." in window.problem_box.text()
        assert _user_files(window.library.conn) == set() and window.country_model.rowCount() > 0
        window.close()
        assert _files(folder) == before


def _corrupt_pages(p: Path) -> None:
    """Garbage over the middle of every page after the first two (the header stays sound)."""
    data = bytearray(p.read_bytes())
    page = 4096
    for n in range(2, len(data) // page):
        data[n * page + 100:n * page + 900] = bytes((i * 37) % 251 for i in range(800))
    p.write_bytes(bytes(data))


@pytest.fixture
def small_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The cache folder on a disk of 1 MB (a tmpfs: root only)."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small disk here (not root, or no tmpfs)")
    monkeypatch.setenv("XDG_CACHE_HOME", str(mount))
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


def test_without_room_for_a_copy_the_window_says_so_and_shows_the_bundled_corpus(
        qtbot, app_fonts, seed_db, qt_settings, tmp_path, home, small_cache):
    library = _copied_while_in_use(tmp_path, home)
    with read_only_folder(library.parent) as folder:
        before = _files(folder)
        window = _window(qtbot, seed_db, library, qt_settings)
        assert window.library.user_error is not None and window.library.user_error.reason == "no_room"
        qtbot.waitUntil(lambda: window.problem_box is not None and window.problem_box.isVisible(), timeout=5000)
        said = window.problem_box.text()
        assert f"{library} cannot be written to" in said and "not enough free space" in said
        assert window.read_only_label.isVisible()
        assert _user_files(window.library.conn) == set() and window.country_model.rowCount() > 0
        assert list((small_cache / "relations-desktop" / snapshot.SNAPSHOTS).iterdir()) == []
        window.close()
        assert _files(folder) == before
    english = database_error_message(window.library.user_error)
    i18n.set_language("hi")
    hindi = database_error_message(window.library.user_error)
    assert hindi != english and str(library) in hindi


def test_the_command_line_lists_every_document_from_a_copy_and_removes_it(tmp_path, home):
    library = _copied_while_in_use(tmp_path, home)
    env = {"XDG_DATA_HOME": os.environ["XDG_DATA_HOME"], "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]}
    with read_only_folder(library.parent) as folder:
        before = _files(folder)
        out = cli("corpus", "list", "--json", env=env)
        assert out.returncode == 0, out.stderr
        user = {d["file"] for d in json.loads(out.stdout) if d["origin"] == "user"}
        assert user == {"gh_ke.txt", "fj_to.txt"}
        assert "cannot be written to" in out.stderr and "copy of it" in out.stderr
        out = cli("corpus", "search", "fisheries", env=env)
        assert out.returncode == 0 and "fj_to.txt" in out.stdout
        out = cli("corrections", "export", str(tmp_path / "corrections.json"), env=env)
        assert out.returncode == 0, out.stderr
        assert json.loads((tmp_path / "corrections.json").read_text(encoding="utf-8"))["corrections"] == []
        assert _snapshots() == []
        assert _files(folder) == before


def test_a_copy_left_by_a_killed_process_goes_with_the_next_one_and_a_live_one_stays(tmp_path, home):
    library = _copied_while_in_use(tmp_path, home)
    with read_only_folder(library.parent):
        killed, alive = (subprocess.Popen([sys.executable, "-c", HOLDER, str(library)], stdin=subprocess.PIPE,
                                          stdout=subprocess.PIPE, text=True) for _ in range(2))
        try:
            left, kept = (Path(p.stdout.readline().strip()) for p in (killed, alive))
            killed.send_signal(signal.SIGKILL)
            killed.wait()
            assert left.is_dir() and kept.is_dir()
            mine = snapshot.take(library)
            assert not left.exists() and kept.is_dir()
            assert sha(mine.path) == sha(library) and sha(Path(f"{mine.path}-wal")) == sha(Path(f"{library}-wal"))
            mine.close()
            assert not mine.folder.exists() and mine.closed
        finally:
            alive.communicate("end\n")
        assert _snapshots() == []              # the live one removed itself as its process ended
