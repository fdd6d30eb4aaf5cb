"""A user library whose last commits are only in its -wal file (its writer was killed, or it was
copied while in use) in a folder that cannot be written, with no -shm file: SQLite cannot open
it read-only there. The window and the command line show all of it from a private copy in the
app's cache, leave the original files exactly as they were and remove the copy when done; one
left by a killed process goes with the next. Real files, real processes."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from relations_desktop import resources
from relations_desktop.store import snapshot
from tests.library_helpers import sha, write
from tests.pdf_helpers import read_only_folder

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
