"""The one atomic writer (fileio) that databases and exports go through."""

from __future__ import annotations

import os
import stat

import pytest

from relations_desktop import fileio


def test_a_write_replaces_the_file_and_leaves_nothing_else(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    fileio.write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert list(tmp_path.iterdir()) == [target]


def test_a_failure_keeps_the_old_file_and_removes_the_temporary_one(tmp_path):
    target = tmp_path / "corpus.db"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), fileio.replace_atomically(target) as tmp:
        tmp.write_bytes(b"half")
        assert fileio.temporary_files(target) == [tmp]
        raise RuntimeError("stopped")
    assert target.read_bytes() == b"old"
    assert fileio.temporary_files(target) == []
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.skipif(os.name != "posix", reason="permission bits")
def test_written_files_are_readable_as_the_umask_allows(tmp_path):
    old = os.umask(0o022)
    try:
        path = fileio.write_bytes(tmp_path / "summary.pdf", b"%PDF-")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
