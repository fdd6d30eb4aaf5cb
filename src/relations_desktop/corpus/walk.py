"""The files an import reads: the files named, and the documents inside the folders named,
in a stable order. What cannot be listed (a subfolder without permission, a path that does
not exist) comes out as a DocumentError in its place, so one bad entry never stops a batch."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from relations_desktop.corpus.reader import DOCUMENT_SUFFIXES, display_name
from relations_desktop.errors import DocumentError


def _listed(folder: Path) -> Iterator[Path | DocumentError]:
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):    # links to folders not followed
        while errors:
            exc = errors.pop()
            where = Path(exc.filename) if exc.filename else Path(root)
            yield DocumentError(display_name(where), "unreadable", exc.strerror or str(exc))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in DOCUMENT_SUFFIXES:
                yield Path(root, name)
    for exc in errors:
        where = Path(exc.filename) if exc.filename else folder
        yield DocumentError(display_name(where), "unreadable", exc.strerror or str(exc))


def walk_sources(sources: Iterable[str | Path]) -> Iterator[Path | DocumentError]:
    """Each file to read, or the error that stands for an entry that cannot be listed. Files
    named directly are passed on whatever they are (the reader says what is wrong with them)."""
    for src in sources:
        p = Path(src)
        if p.is_dir():
            yield from _listed(p)
        elif not p.exists() and not p.is_symlink():
            yield DocumentError(display_name(p), "unreadable", "no such file or folder")
        else:
            yield p
