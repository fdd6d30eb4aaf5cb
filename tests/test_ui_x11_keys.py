"""The window's command keys on a real X11 display. On X11 a text field binds Ctrl+E (the end of
its line), which the offscreen platform does not, so this runs the window in a process of its
own on an Xvfb display (skipped where there is no Xvfb)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

XVFB = shutil.which("Xvfb")
pytestmark = pytest.mark.skipif(not (XVFB and sys.platform.startswith("linux")), reason="needs Xvfb")
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def x_display():
    """A display of its own: Xvfb chooses a free number and says it on a pipe."""
    read, write = os.pipe()
    server = subprocess.Popen([XVFB, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    with os.fdopen(read, "rb") as said:
        while not number.endswith(b"\n"):
            chunk = said.read(1)
            if not chunk:
                break
            number += chunk
    try:
        assert number.strip(), "Xvfb did not start"
        yield f":{number.decode().strip()}"
    finally:
        server.terminate()
        server.wait(10)


def test_ctrl_e_exports_the_pdf_from_every_text_field_of_the_window(x_display, cited_db, tmp_path):
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CACHE_HOME": str(tmp_path / "cache"), "HOME": str(tmp_path)}
    env.pop("WAYLAND_DISPLAY", None)
    out = subprocess.run([sys.executable, "-m", "tests.x11_keys", str(cited_db), str(tmp_path / "settings")],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["platform"] == "xcb" and result["active"]
    assert "Ctrl+E" in result["end of line"]              # the field's own binding: what was in the way
    assert result["opened"] == {"search": "Export PDF", "countries": "Export PDF", "from year": "Export PDF"}
