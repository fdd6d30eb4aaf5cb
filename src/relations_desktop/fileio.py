"""Write every file the app writes (databases, exports) atomically and durably.

The content goes to a temporary file beside the target, is synced, and is renamed over the
target; then the folder is synced. A failure or an interruption leaves the old file as it
was and no partial file behind (a killed process may leave a temporary file, which
``temporary_files`` finds). Only a regular file is ever replaced: a symbolic link, a pipe or a
device in the target's place is refused (``NotRegularFileError``), never overwritten. A new
file gets the permissions the user's umask allows; a replaced one keeps its own. Whether a file
can be written at all (``writable``) is asked here too.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

_SUFFIX = ".tmp"


class NotRegularFileError(OSError):
    """The target exists and is not a regular file (a link, a folder, a pipe or a device)."""

    def __init__(self, target: Path) -> None:
        super().__init__(errno.EEXIST, "not a regular file", str(target))


def umask() -> int:
    """The process's umask. Read from /proc where it can be: ``os.umask`` can only be read by
    setting it, which races with other threads creating files."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def writable(path: str | Path) -> bool:
    """Whether ``path`` can be written, or made when it does not exist: the file itself and its
    folder (where a database keeps its journal and its lock), or the nearest folder that exists
    (a read-only disk and, for root, an immutable file or folder count as not writable)."""
    path = Path(path)
    if path.exists() and not os.access(path, os.W_OK):
        return False
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return os.access(folder, os.W_OK | os.X_OK)


def check_replaceable(target: str | Path) -> bool:
    """True when ``target`` exists (as a regular file), False when nothing is there; raises
    NotRegularFileError for anything else in its place (a symbolic link is not followed)."""
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        return False
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFileError(Path(target))
    return True


def new_file_mode(existing: str | Path | None = None) -> int:
    """Permission bits for a file written at ``existing``: its own when it exists, else what
    the umask allows for a document (0644 under umask 022)."""
    if existing is not None:
        with contextlib.suppress(FileNotFoundError):
            return stat.S_IMODE(os.stat(existing).st_mode)
    return 0o666 & ~umask()


def temporary_files(target: Path) -> list[Path]:
    """Temporary files ``replace_atomically`` may have left beside ``target`` when killed."""
    return sorted(target.parent.glob(f".{target.name}.*{_SUFFIX}"))


@contextlib.contextmanager
def replace_atomically(target: str | Path) -> Iterator[Path]:
    """A temporary path beside ``target`` to write inside the ``with`` block; when the block
    ends normally it becomes ``target`` (durably), when it raises it is removed. Raises
    NotRegularFileError, before anything is written, when ``target`` is not a regular file."""
    target = Path(target)
    exists = check_replaceable(target)
    mode = new_file_mode(target if exists else None)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=_SUFFIX, dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        tmp.chmod(mode)                    # mkstemp makes it private
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        check_replaceable(target)          # nothing else appeared there meanwhile
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
