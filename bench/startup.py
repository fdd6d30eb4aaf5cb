"""Startup and relationship-switch timings, as ratios against a bare PySide6 window measured
in the same run. Prints figures; it is not a test.

    python bench/startup.py [--runs 9] [--no-bytecode-cache]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class First(QObject):
    def eventFilter(self, w, e):
        if e.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            print("first-paint", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False
app = QApplication(sys.argv)
w = QMainWindow()
w.resize(1280, 800)
f = First(w)
w.installEventFilter(f)
w.show()
app.exec()
"""


def time_to_paint(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "first-paint":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{cmd} never painted (exit {proc.wait()})")
    proc.wait(timeout=30)
    return elapsed


def switch_times(db: Path, n: int) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from relations_desktop.store import queries
    from relations_desktop.store.connection import open_corpus
    from relations_desktop.ui.app import make_application
    from relations_desktop.ui.mainwindow import MainWindow

    app = make_application()
    conn = open_corpus(db)
    pairs = sorted(queries.relationships(conn), key=lambda p: -len(queries.events(conn, p)))[:2]
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "bench.ini"), QSettings.Format.IniFormat)
        win = MainWindow(db, None, settings=settings)
        win.resize(1280, 800)
        win.show()
        app.processEvents()
        out = []
        for i in range(n):
            pair = pairs[i % 2]
            t0 = time.perf_counter()
            win.open_pair(*pair)
            win.repaint()          # include the paint of the new relationship
            app.processEvents()
            out.append(time.perf_counter() - t0)
        win.close()
    QApplication.processEvents()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--no-bytecode-cache", action="store_true",
                    help="keep PYTHONDONTWRITEBYTECODE if set (every run then compiles the sources)")
    args = ap.parse_args()
    from relations_desktop.seed_corpus import default_database
    db = default_database()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   RELATIONS_DESKTOP_EXIT_AFTER_PAINT="1", XDG_CONFIG_HOME=home)
        if not args.no_bytecode_cache:
            # An installed app starts from cached bytecode (pip compiles it; an editable install
            # writes it on the first run). Some shells set this variable, which would make every
            # run recompile our sources, a cost no user pays; --no-bytecode-cache measures it.
            env.pop("PYTHONDONTWRITEBYTECODE", None)
        app_cmd = [sys.executable, "-m", "relations_desktop", "--db", str(db), "--lang", "en"]
        bare_cmd = [sys.executable, "-c", BARE_WINDOW]
        time_to_paint(app_cmd, env)          # warm the file cache for both
        time_to_paint(bare_cmd, env)
        app_t, bare_t = [], []
        for _ in range(args.runs):           # interleaved, so drift hits both alike
            bare_t.append(time_to_paint(bare_cmd, env))
            app_t.append(time_to_paint(app_cmd, env))
    a, b = statistics.median(app_t), statistics.median(bare_t)
    print(f"first painted window, median of {args.runs}: app {a * 1000:.0f} ms, bare PySide6 window "
          f"{b * 1000:.0f} ms, ratio {a / b:.2f} (target ≤ 1.8)")
    sw = switch_times(db, 40)[4:]
    print(f"switch between two relationships: median {statistics.median(sw) * 1000:.1f} ms, "
          f"max {max(sw) * 1000:.1f} ms over {len(sw)} switches (target ≤ 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
