"""Starting on a Linux system that lacks what Qt's xcb plugin needs: one message naming the
libraries and the command that installs them, exit 1, never Qt's abort."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from relations_desktop import i18n
from relations_desktop import system_libraries as sl

ROOT = Path(__file__).resolve().parents[1]
LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
# Always there wherever Python itself runs: the C and C++ runtimes.
RUNTIME = {"libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1", "libstdc++.so.6",
           "libgcc_s.so.1"}


def installed_requirements() -> list[str]:
    qt = sl.qt_folder()
    assert qt is not None
    return sl.system_requirements(qt.joinpath(*sl.PLUGIN), [qt / "lib"])


@LINUX
def test_the_requirements_are_read_from_the_installed_plugin():
    required = installed_requirements()
    # the three a fresh Debian lacked, read from the ELF files (not from our table)
    assert {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"} <= set(required)
    assert not [n for n in required if n.startswith("libQt6")]       # Qt's own come with PySide6
    # every library outside the C runtime has its Debian and Fedora package in the table
    unknown = [n for n in required if n not in sl.PACKAGES and n not in RUNTIME and not n.startswith("ld-linux")]
    assert unknown == []


@LINUX
def test_everything_loads_on_this_machine_through_the_dynamic_linker():
    assert sl.missing_libraries(installed_requirements()) == []
    assert sl.dlopen_error("libxcb-surely-not-here.so.0") == "libxcb-surely-not-here.so.0"
    assert sl.check(["--lang", "en"]) is None


def test_missing_libraries_are_named_with_the_command_that_installs_them():
    hidden = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    required = ["libGL.so.1", "libxcb-icccm.so.4", "libxcb.so.1", "libxcb-keysyms.so.1"]
    missing = sl.missing_libraries(required, lambda name: name if name in hidden else None)
    assert missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    apt = sl.missing_message(missing, sl.APT)
    assert "libxcb-icccm.so.4 libxcb-keysyms.so.1" in apt
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in apt and "dnf" not in apt
    dnf = sl.missing_message(missing, sl.DNF)
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms" in dnf and "apt" not in dnf
    both = sl.missing_message(missing, None)
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in both
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms" in both
    # a library missing underneath another is the one named
    assert sl.missing_libraries(["libxcb-cursor.so.0"], lambda n: "libxcb-util.so.1") == ["libxcb-util.so.1"]


def test_the_message_is_in_the_interface_language():
    i18n.set_language("bn")
    text = sl.missing_message(["libxcb-icccm.so.4"], sl.APT)
    assert "sudo apt install libxcb-icccm4" in text
    assert any("\u0980" <= ch <= "\u09ff" for ch in text)


@pytest.mark.parametrize(("release", "manager"), [
    ('ID=debian\nVERSION_ID="12"\n', sl.APT),
    ('ID=ubuntu\nID_LIKE=debian\n', sl.APT),
    ('ID=linuxmint\nID_LIKE="ubuntu debian"\n', sl.APT),
    ('ID=fedora\nVERSION_ID=40\n', sl.DNF),
    ('ID="rocky"\nID_LIKE="rhel centos fedora"\n', sl.DNF),
    ('ID=arch\n', None),
    ("", None),
])
def test_the_package_manager_comes_from_os_release(release, manager):
    assert sl.package_manager(release) == manager


@pytest.mark.parametrize(("env", "argv", "xcb"), [
    ({}, [], True),
    ({"QT_QPA_PLATFORM": "offscreen"}, [], False),
    ({"QT_QPA_PLATFORM": "wayland"}, [], False),
    ({"QT_QPA_PLATFORM": "xcb"}, [], True),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, [], False),
    ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, [], False),
    ({"XDG_SESSION_TYPE": "x11"}, [], True),
    ({"QT_QPA_PLATFORM": "xcb"}, ["-platform", "offscreen"], False),
])
def test_the_check_is_only_for_the_xcb_plugin(env, argv, xcb):
    assert sl.uses_xcb(env, argv) is xcb


def test_the_readme_names_the_packages_for_debian_and_fedora():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert sl.install_command(sl.APT, sl.PACKAGES) in readme
    assert sl.install_command(sl.DNF, sl.PACKAGES) in readme


def _namespaces_work() -> bool:
    if not (sys.platform.startswith("linux") and shutil.which("unshare")):
        return False
    return subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _namespaces_work(), reason="needs unshare with user and mount namespaces")
def test_a_system_without_them_gets_the_message_not_an_abort(tmp_path):
    """The app started for real where two of the libraries are hidden (an empty file mounted over
    each, in a private mount namespace): the message, exit 1, no core dump."""
    hide = [os.path.realpath(f"/lib/{d}/{name}") for name in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")
            for d in os.listdir("/lib") if os.path.exists(f"/lib/{d}/{name}")]
    if len(hide) < 2:
        pytest.skip("the libraries are not installed where this test can hide them")
    mounts = " && ".join(f"mount --bind /dev/null {path}" for path in hide)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":0", LANG="C.UTF-8", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"))

    def hidden_run(*command: str) -> subprocess.CompletedProcess:
        script = f"{mounts} && exec \"$@\""
        return subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", *command], env=env,
                              capture_output=True, text=True, timeout=120)

    # the view really lacks them: the dynamic linker cannot load the first
    probe = hidden_run(sys.executable, "-c", "import ctypes; ctypes.CDLL('libxcb-icccm.so.4')")
    assert probe.returncode == 1 and "libxcb-icccm.so.4" in probe.stderr
    run = hidden_run(sys.executable, "-m", "relations_desktop", "--lang", "en")
    assert run.returncode == 1, run.stderr
    assert "libxcb-icccm.so.4 libxcb-keysyms.so.1" in run.stderr
    manager = sl.package_manager(Path("/etc/os-release").read_text(encoding="utf-8"))
    if manager == sl.APT:
        assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in run.stderr
    assert "Traceback" not in run.stderr and "qt.qpa" not in run.stderr
