"""Where the first export goes (the Documents folder), and a terminal without Qt's font-fallback
lines, where real warnings still appear (and still fail the tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths


def test_the_first_export_opens_in_the_documents_folder(window, seed_db, tmp_path, monkeypatch):
    from relations_desktop.store import queries
    from relations_desktop.store.connection import open_corpus
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))       # no user-dirs.dirs: the default
    monkeypatch.chdir(tmp_path)
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    assert documents.is_relative_to(home) and not documents.exists()
    pair = queries.relationships(open_corpus(seed_db))[0]
    window.open_pair(*pair)
    dialog = window.exporter.save_dialog(window.current_pair)
    assert Path(dialog.directory().absolutePath()) == documents and documents.is_dir()
    assert Path(dialog.directory().absolutePath()) != Path.cwd()
    assert dialog.selectedFiles()[0].endswith(f"{pair[0]}-{pair[1]}_en.pdf")
    # once saved somewhere, the next export opens there
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert window.export_pdf_to(elsewhere / "x.pdf", confirm_replace=False) is not None
    assert Path(window.exporter.save_dialog(pair).directory().absolutePath()) == elsewhere


def _run(code: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=os.environ.get("XDG_CACHE_HOME", ""))
    if not env["XDG_CACHE_HOME"]:
        env.pop("XDG_CACHE_HOME")
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)


def test_the_terminal_shows_no_font_fallback_lines_but_real_warnings(tmp_path, seed_db):
    # The window drawn with text in three scripts (where Qt logs its font fallbacks), then a warning.
    code = (f"import sys\nfrom relations_desktop.cli import main\n"
            f"rc = main(['--db', {str(seed_db)!r}, '--lang', 'bn', '--pair', 'TJ-TR', "
            f"'--screenshot', {str(tmp_path / 'shot.png')!r}])\n"
            "from PySide6.QtCore import qWarning\nqWarning('a real warning from the app')\nsys.exit(rc)\n")
    run = _run(code, tmp_path)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "shot.png").stat().st_size > 0
    assert "OpenType support missing" not in run.stderr
    assert "a real warning from the app" in run.stderr
    # without the filter the same run does print them: the test sees what it means to
    bare = _run(code.replace("from relations_desktop.cli import main\n",
                             "from relations_desktop.cli import main\nimport relations_desktop.ui.app as a\n"
                             "a._handler_installed = True\n"), tmp_path)
    assert "OpenType support missing" in bare.stderr


@pytest.mark.qt_log_ignore("a real warning after the app was made")
def test_real_warnings_still_reach_the_tests(app_fonts, qtlog):
    """pytest-qt's handler sees it (and, not ignored, would fail the test: qt_log_level_fail)."""
    from PySide6.QtCore import qWarning
    qWarning("a real warning after the app was made")
    assert any("a real warning after the app was made" in r.message for r in qtlog.records)
