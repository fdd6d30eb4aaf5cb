"""The app never uses the network: a whole session opens no socket (Python or Qt)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

_EVENTS: list[tuple[str, tuple]] = []
_RECORDING = {"on": False}


def _audit(event: str, args: tuple) -> None:
    if _RECORDING["on"] and event.startswith(("socket.", "urllib.", "http.")):
        _EVENTS.append((event, args))


sys.addaudithook(_audit)      # audit hooks cannot be removed; it only records while "on"


def network_socket_inodes() -> set[str]:
    """Inodes of this process's IPv4/IPv6 sockets (Linux), whoever opened them."""
    inodes = set()
    for name in ("tcp", "tcp6", "udp", "udp6"):
        p = Path("/proc/self/net") / name
        if p.exists():
            for line in p.read_text().splitlines()[1:]:
                parts = line.split()
                if len(parts) > 9:
                    inodes.add(parts[9])
    fds = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            fds.add(target[8:-1])
    return fds & inodes


@pytest.mark.skipif(not Path("/proc/self/net/tcp").exists(), reason="needs Linux /proc")
def test_a_whole_session_opens_no_socket(window, seed_db, qtbot, tmp_path):
    from relations_desktop import i18n
    from relations_desktop.export.summary_pdf import export
    from relations_desktop.store import queries
    from relations_desktop.store.connection import open_corpus
    conn = open_corpus(seed_db)
    before = network_socket_inodes()
    _RECORDING["on"] = True
    try:
        window.load_icons()
        for pair in queries.relationships(conn):
            window.open_pair(*pair)
        for lang in ("bn", "hi", "en"):
            window.commands.language[lang].trigger()
        window.search_field.setText("relations")
        window.search_panel.run()
        export(window.dossier, tmp_path / "x.pdf")
        assert i18n.current_language() == "en"
        during = network_socket_inodes()
    finally:
        _RECORDING["on"] = False
    assert _EVENTS == []
    assert during - before == set()


def test_the_audit_hook_would_see_a_socket():
    """The check above can fail: opening a socket is recorded."""
    import socket
    before = network_socket_inodes()
    _RECORDING["on"] = True
    try:
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.bind(("127.0.0.1", 0))           # loopback only, listening: listed in /proc/self/net/tcp
        s.listen()
        seen = network_socket_inodes() - before
        s.close()
    finally:
        _RECORDING["on"] = False
    assert any(e == "socket.__new__" for e, _a in _EVENTS)
    assert seen
    _EVENTS.clear()
