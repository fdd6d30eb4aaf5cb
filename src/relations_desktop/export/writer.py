"""Write an exported file: refuse to replace one unless asked (and anything but a regular file,
always), write it atomically (fileio), and turn a failure into an ExportError whose reason key
the interface translates."""

from __future__ import annotations

import errno
from pathlib import Path

from relations_desktop import fileio
from relations_desktop.errors import ExportError


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "disk_full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "unwritable"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return "not_a_folder"
    return "failed"


def write_atomic(target: str | Path, data: bytes, *, overwrite: bool = False) -> Path:
    """Write ``data`` to ``target`` or raise ExportError; never leaves a partial file."""
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(target, "not_a_folder", str(folder))
    try:
        exists = fileio.check_replaceable(target)
    except fileio.NotRegularFileError:
        raise ExportError(target, "not_a_file") from None
    if exists and not overwrite:
        raise ExportError(target, "exists")
    try:
        fileio.write_bytes(target, data)
    except fileio.NotRegularFileError:
        raise ExportError(target, "not_a_file") from None
    except OSError as exc:
        raise ExportError(target, _reason(exc), exc.strerror or str(exc)) from None
    return target
