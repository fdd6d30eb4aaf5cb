"""Write every file the app writes (databases, exports) atomically and durably.

The content goes to a temporary file beside the target, is synced, and is renamed over the
target; then the folder is synced. A failure or an interruption leaves the old file as it
was and no partial file behind (a killed process may leave a temporary file, which
``temporary_files`` finds).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

_SUFFIX = ".tmp"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def temporary_files(target: Path) -> list[Path]:
    """Temporary files ``replace_atomically`` may have left beside ``target`` when killed."""
    return sorted(target.parent.glob(f".{target.name}.*{_SUFFIX}"))


@contextlib.contextmanager
def replace_atomically(target: str | Path) -> Iterator[Path]:
    """A temporary path beside ``target`` to write inside the ``with`` block; when the block
    ends normally it becomes ``target`` (durably), when it raises it is removed."""
    target = Path(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=_SUFFIX, dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        tmp.chmod(0o644 & ~_umask())       # mkstemp makes it private; nothing we write is secret
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)     # without it a power cut right after the rename can lose it


def write_bytes(target: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically; OSError on failure (nothing partial is left)."""
    with replace_atomically(target) as tmp:
        tmp.write_bytes(data)
    return Path(target)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
