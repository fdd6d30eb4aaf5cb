"""Size and startup of the frozen app, next to a bare PySide6 window frozen the same way
(same excludes, Qt plugin pruning, ICU trim and strip). Prints figures; it is not a test.

    python bench/package.py [--reuse] [--runs 7]
    python bench/package.py --sizes-only

--reuse keeps an existing dist/relations-desktop/ and build/bench-package/bare-window/ instead
of building them again (the app with `python -m relations_desktop.packaging`).
--sizes-only measures the existing dist/relations-desktop/ against the size budget and exits 1
if it is over (CI runs it after the build); nothing is built or timed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "bench-package"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import startup  # noqa: E402
from relations_desktop.packaging import bundle as rd  # noqa: E402
from startup import BARE_WINDOW  # noqa: E402

BARE = "bare-window"
# The size budget of the standalone app (one folder), in MB of 10^6 bytes.
DISK_BUDGET_MB = 140
TARGZ_BUDGET_MB = 60
RATIO_TARGET = 1.5

BARE_SPEC = """
import sys
from pathlib import Path
sys.path.insert(0, {src!r})
from relations_desktop.packaging import bundle as rd, icu
a = Analysis([{script!r}], excludes=rd.EXCLUDED_MODULES)
a.scripts = rd.workers_only_runtime_hook(a.scripts, Path(workpath))
a.scripts = rd.on_import_runtime_hooks(a.scripts, Path(workpath))
a.binaries, a.datas = rd.prune(a.binaries, a.datas)
a.binaries, a.datas = icu.trim_icu_data(a.binaries, a.datas, Path(workpath))
pyz = PYZ(a.pure)
options = [(option, None, "OPTION") for option in rd.PYTHON_OPTIONS]
exe = EXE(pyz, a.scripts, options, exclude_binaries=True, name={name!r}, console=True, strip=rd.STRIP, upx=False)
coll = COLLECT(exe, a.binaries, a.datas, name={name!r}, strip=rd.STRIP, upx=False)
"""


def executable(folder: Path, name: str) -> Path:
    return folder / (name + (".exe" if sys.platform == "win32" else ""))


def build_app() -> Path:
    subprocess.run([sys.executable, "-m", "relations_desktop.packaging"], cwd=ROOT, check=True)
    return rd.output_path(onefile=False)


def build_bare() -> Path:
    work = OUT / "bare-build"
    work.mkdir(parents=True, exist_ok=True)
    script = work / "bare_window.py"
    script.write_text(BARE_WINDOW, encoding="utf-8")
    spec = work / "bare-window.spec"
    spec.write_text(BARE_SPEC.format(src=str(ROOT / "src"), script=str(script), name=BARE), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--workpath", str(work / "pyinstaller"), "--distpath", str(OUT), str(spec)],
                   cwd=work, check=True)
    return OUT / BARE


def disk_bytes(folder: Path) -> int:
    """Bytes the folder takes on disk (allocated blocks where the platform reports them)."""
    total = 0
    for p in folder.rglob("*"):
        if p.is_file() and not p.is_symlink():
            st = p.stat()
            total += st.st_blocks * 512 if hasattr(st, "st_blocks") else st.st_size
    return total


def targz_bytes(folder: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "bundle.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(folder, arcname=folder.name)
        return archive.stat().st_size


def bundle_sizes(folder: Path) -> tuple[float, float]:
    """MB on disk and MB as tar.gz."""
    return disk_bytes(folder) / 1e6, targz_bytes(folder) / 1e6


def report_budget(folder: Path) -> bool:
    """Print the app bundle's two sizes against the budget; whether both are within it."""
    disk, targz = bundle_sizes(folder)
    within = disk <= DISK_BUDGET_MB and targz <= TARGZ_BUDGET_MB
    print(f"app bundle: {disk:.1f} MB on disk (budget ≤ {DISK_BUDGET_MB} MB: "
          f"{'met' if disk <= DISK_BUDGET_MB else 'NOT met'}), {targz:.1f} MB as tar.gz (budget ≤ "
          f"{TARGZ_BUDGET_MB} MB: {'met' if targz <= TARGZ_BUDGET_MB else 'NOT met'})  "
          f"({folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder})")
    return within


def fresh_profile_time_to_paint(cmd: list[str]) -> float:
    """Seconds from process start to the main window's first paint, with a fresh profile:
    no remembered relationship or window geometry."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   RELATIONS_DESKTOP_EXIT_AFTER_PAINT="1", XDG_CONFIG_HOME=f"{home}/config",
                   XDG_DATA_HOME=f"{home}/data", XDG_CACHE_HOME=f"{home}/cache")
        return startup.time_to_paint(cmd, env)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reuse", action="store_true", help="reuse existing builds")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--sizes-only", action="store_true", help="check the built app's size budget, then exit")
    args = ap.parse_args()

    app_dir = rd.output_path(onefile=False)
    if args.sizes_only:
        if not executable(app_dir, rd.APP).is_file():
            print(f"no app bundle at {app_dir}: build it with `python -m relations_desktop.packaging`")
            return 2
        return 0 if report_budget(app_dir) else 1
    bare_dir = OUT / BARE
    if not (args.reuse and executable(app_dir, rd.APP).is_file()):
        app_dir = build_app()
    if not (args.reuse and executable(bare_dir, BARE).is_file()):
        bare_dir = build_bare()

    app_cmd = [str(executable(app_dir, rd.APP)), "--lang", "en"]
    bare_cmd = [str(executable(bare_dir, BARE))]
    fresh_profile_time_to_paint(app_cmd)  # warm the file cache for both
    fresh_profile_time_to_paint(bare_cmd)
    app_t, bare_t = [], []
    for _ in range(args.runs):  # interleaved, so drift hits both alike
        bare_t.append(fresh_profile_time_to_paint(bare_cmd))
        app_t.append(fresh_profile_time_to_paint(app_cmd))

    disk, targz = bundle_sizes(bare_dir)
    print(f"bundle bare PySide6 window: {disk:.1f} MB on disk, {targz:.1f} MB as tar.gz  "
          f"({bare_dir.relative_to(ROOT)})")
    report_budget(app_dir)
    a, b = statistics.median(app_t), statistics.median(bare_t)
    print(f"first painted window, median of {args.runs}: frozen app {a * 1000:.0f} ms, frozen bare PySide6 "
          f"window {b * 1000:.0f} ms, ratio {a / b:.2f} (target ≤ {RATIO_TARGET}: "
          f"{'met' if a / b <= RATIO_TARGET else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
