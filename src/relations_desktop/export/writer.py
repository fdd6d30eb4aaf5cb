"""Write a file atomically: to a temporary file in the target folder, then rename.

A failure leaves no partial file behind; the reason is a key the interface translates.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

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
    if target.exists() and not overwrite:
        raise ExportError(target, "exists")
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        tmp = Path(name)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise ExportError(target, _reason(exc), exc.strerror or str(exc)) from None
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    return target
