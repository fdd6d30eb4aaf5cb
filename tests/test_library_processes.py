"""Several processes on one user library, and processes killed at random points: two imports at
once (command line and windows), a writer that waits for another, kill -9 during an import and
during a removal. Real processes, real files; nothing is simulated."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from relations_desktop.store.userdb import import_documents, list_user_documents
from tests.library_helpers import EN_NP_IN, cli, content, hold_lock, integrity, leftovers, numbered, write


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """XDG folders for the processes: their seed database is built once for the module."""
    root = tmp_path_factory.mktemp("home")
    env = {"XDG_CACHE_HOME": str(root / "cache"), "XDG_DATA_HOME": str(root / "share"),
           "XDG_CONFIG_HOME": str(root / "config"), "QT_QPA_PLATFORM": "offscreen"}
    out = cli("corpus", "search", "India", env=env)
    assert out.returncode == 0, out.stderr
    return env


def _added(stdout: str) -> list[str]:
    return sorted(line.split("\t")[1] for line in stdout.splitlines() if line.startswith("added\t"))


def test_two_imports_at_once_into_one_library_keep_both(tmp_path: Path, home: dict[str, str]):
    library = tmp_path / "lib" / "user-corpus.db"
    a = numbered(tmp_path / "a", "a", 12, 3)
    b = numbered(tmp_path / "b", "b", 12, 3)
    runs = [subprocess.Popen([sys.executable, "-m", "relations_desktop", "corpus", "import", str(folder),
                              "--user-db", str(library)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, **home}) for folder in (a, b)]
    outs = [r.communicate(timeout=300) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], outs
    assert _added(outs[0][0]) == sorted(p.name for p in a.iterdir())      # each report is true
    assert _added(outs[1][0]) == sorted(p.name for p in b.iterdir())
    assert sorted(d.file for d in list_user_documents(library)) == sorted(
        [p.name for p in a.iterdir()] + [p.name for p in b.iterdir()])
    assert integrity(library) == ("ok", "ok") and leftovers(library) == []


def test_two_imports_of_the_same_files_at_once_add_them_once(tmp_path: Path, home: dict[str, str]):
    library = tmp_path / "lib" / "user-corpus.db"
    folder = numbered(tmp_path / "same", "s", 10, 2)
    runs = [subprocess.Popen([sys.executable, "-m", "relations_desktop", "corpus", "import", str(folder),
                              "--user-db", str(library), "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env={**os.environ, **home}) for _ in range(2)]
    reports = [json.loads(r.communicate(timeout=300)[0]) for r in runs]
    added = [f["file"] for r in reports for f in r["added"]]
    duplicates = [f["file"] for r in reports for f in r["duplicates"]]
    assert sorted(added) == sorted(p.name for p in folder.iterdir())        # each file added by one of them
    assert sorted(duplicates) == sorted(added)                              # and reported a duplicate by the other
    assert len(list_user_documents(library)) == 10
    assert integrity(library) == ("ok", "ok")


def test_the_command_line_waits_for_another_writer_and_says_so(tmp_path: Path, home: dict[str, str]):
    library = tmp_path / "lib" / "user-corpus.db"
    library.parent.mkdir()
    release = tmp_path / "release"
    holder = hold_lock(library, 0, release)         # until the import has said it waits
    try:
        child = subprocess.Popen([sys.executable, "-m", "relations_desktop", "corpus", "import",
                                  str(write(tmp_path / "in", "np_in.txt", EN_NP_IN)), "--user-db", str(library)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **home})
        said = child.stderr.readline()
        release.touch()
        stdout, stderr = child.communicate(timeout=300)
    finally:
        release.touch()
        holder.wait(30)
    assert child.returncode == 0, stderr
    assert (said + stderr).startswith("waiting: another import or removal")
    assert _added(stdout) == ["np_in.txt"]


# ----- two windows

APP_IMPORT = r"""
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings
from relations_desktop.ui.app import make_application
from relations_desktop.ui.mainwindow import MainWindow
app = make_application()
bundled, library, folder = sys.argv[1:4]
settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
win = MainWindow(Path(bundled), None, settings=settings)
win.library.user_database = Path(library)
win.show()
from PySide6.QtCore import QEventLoop, QObject, Slot
labels = []

class Watch(QObject):      # lives in this (the interface) thread: the worker's signal is queued to it
    @Slot()
    def seen(self):
        labels.append(run.dialog.labelText())
        print("waiting", flush=True)

watch = Watch()
loop = QEventLoop()
run = win.import_documents(paths=[Path(folder)])
run.worker.waiting.connect(watch.seen)
run.finished.connect(lambda _result: loop.quit())
print("started", flush=True)
loop.exec()
result = run.result
print(json.dumps({"added": sorted(a.file for a in result.added), "error": run.error, "labels": labels}))
"""


def _app_import(seed_db: Path, library: Path, folder: Path, home: dict[str, str]) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", APP_IMPORT, str(seed_db), str(library), str(folder)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **home})
    assert child.stdout.readline().strip() == "started"
    return child


def _report(child: subprocess.Popen) -> dict:
    out, err = child.communicate(timeout=300)
    assert child.returncode == 0, err
    return json.loads(out.strip().splitlines()[-1])


def test_two_windows_importing_at_once_lose_nothing(tmp_path: Path, seed_db: Path, home: dict[str, str]):
    library = tmp_path / "lib" / "user-corpus.db"
    a = numbered(tmp_path / "a", "a", 8, 3)
    b = numbered(tmp_path / "b", "b", 8, 3)
    reports = [_report(c) for c in [_app_import(seed_db, library, f, home) for f in (a, b)]]
    assert reports[0]["added"] == sorted(p.name for p in a.iterdir()) and reports[0]["error"] is None
    assert reports[1]["added"] == sorted(p.name for p in b.iterdir()) and reports[1]["error"] is None
    assert len(list_user_documents(library)) == 16
    assert integrity(library) == ("ok", "ok")


def test_a_window_waits_for_another_writer_and_shows_it(tmp_path: Path, seed_db: Path, home: dict[str, str]):
    library = tmp_path / "lib" / "user-corpus.db"
    library.parent.mkdir()
    release = tmp_path / "release"
    holder = hold_lock(library, 0, release)         # until the window has shown that it waits
    try:
        child = _app_import(seed_db, library, write(tmp_path / "in", "np_in.txt", EN_NP_IN), home)
        said = child.stdout.readline().strip()
        release.touch()
        report = _report(child)
    finally:
        release.touch()
        holder.wait(30)
    assert said == "waiting"
    assert report["added"] == ["np_in.txt"] and report["error"] is None
    assert report["labels"] and all("Waiting for it to finish" in label for label in report["labels"])


# ----- kill -9

def _fresh(before: Path, library: Path) -> None:
    for side in (library, library.with_name(library.name + "-wal"), library.with_name(library.name + "-shm")):
        side.unlink(missing_ok=True)
    shutil.copyfile(before, library)


def _kill_after(args: list[str], delay: float | None, env: dict[str, str]) -> int:
    """Run the command and kill -9 it after ``delay`` seconds, or (None) once it has ended by itself."""
    child = subprocess.Popen([sys.executable, "-m", "relations_desktop", *args], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, env={**os.environ, **env})
    if delay is None:
        child.wait(120)
    else:
        time.sleep(delay)
    child.send_signal(signal.SIGKILL)           # a no-op once the child has been waited for
    return child.wait(30)


@pytest.mark.slow
def test_kill_at_random_points_of_an_import_leaves_it_before_or_after(tmp_path: Path, home: dict[str, str]):
    library = tmp_path / "lib" / "user-corpus.db"
    assert import_documents([numbered(tmp_path / "first", "f", 5)], library).ok
    before_file = tmp_path / "before.db"
    shutil.copyfile(library, before_file)            # closed: everything is in the main file
    before = content(library)
    more = numbered(tmp_path / "more", "m", 30, 6)
    args = ["corpus", "import", str(more), "--user-db", str(library)]
    t0 = time.monotonic()
    assert cli(*args, env=home).returncode == 0
    took = time.monotonic() - t0
    after = content(library)
    assert after != before
    rng = random.Random(12)
    outcomes = []
    # the last one after the run has ended, however slow the machine is at that moment
    delays = [0.2] + [rng.uniform(0.2, took * 1.1) for _ in range(5)] + [took * f for f in (0.85, 0.9, 0.95)] + [None]
    for delay in delays:
        _fresh(before_file, library)
        _kill_after(args, delay, home)
        state = content(library)
        assert state in (before, after), delay
        assert integrity(library) == ("ok", "ok")
        assert leftovers(library) == []
        outcomes.append(state == after)
    # The next run after a kill works and cleans up.
    assert cli(*args, env=home).returncode == 0 and content(library) == after
    assert not outcomes[0] and outcomes[-1]        # killed at once: as before; killed after its end: as after


@pytest.mark.slow
def test_kill_at_random_points_of_a_removal_leaves_it_before_or_after(tmp_path: Path, home: dict[str, str]):
    library = tmp_path / "lib" / "user-corpus.db"
    assert import_documents([numbered(tmp_path / "docs", "d", 20, 8)], library).ok
    before_file = tmp_path / "before.db"
    shutil.copyfile(library, before_file)
    before = content(library)
    args = ["corpus", "remove", "d007.txt", "d008.txt", "d009.txt", "--user-db", str(library)]
    t0 = time.monotonic()
    assert cli(*args, env=home).returncode == 0
    took = time.monotonic() - t0
    after = content(library)
    assert len(after[0]) == len(before[0]) - 3
    rng = random.Random(5)
    for delay in [rng.uniform(took * 0.3, took * 1.05) for _ in range(8)]:
        _fresh(before_file, library)
        _kill_after(args, delay, home)
        assert content(library) in (before, after), delay
        assert integrity(library) == ("ok", "ok")
        assert leftovers(library) == []
