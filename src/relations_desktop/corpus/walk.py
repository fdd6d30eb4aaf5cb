"""The files an import reads: the files named, and the documents inside the folders named,
in a stable order. What cannot be listed (a subfolder without permission, a path that does
not exist) and a file in a folder that is not a document the app reads (an image, a Kiwix
archive) come out as a DocumentError in their place, so that the import reports every file
it skipped and why, and one bad entry never stops a batch. Hidden files and folders (a name
starting with a dot) are not the user's documents and are passed over."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from relations_desktop.corpus.reader import DOCUMENT_SUFFIXES, display_name, format_of
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
            if name.startswith("."):
                continue
            path = Path(root, name)
            if path.suffix.lower() in DOCUMENT_SUFFIXES:
                yield path
            else:
                yield _not_a_document(path)
    for exc in errors:
        where = Path(exc.filename) if exc.filename else folder
        yield DocumentError(display_name(where), "unreadable", exc.strerror or str(exc))


def _not_a_document(path: Path) -> DocumentError:
    """Why a file in a folder is not imported: a Kiwix archive (imported on its own, with its
    articles chosen), or a type the app does not read."""
    if format_of(path.name, b"") == "zim":
        return DocumentError(display_name(path), "zim_archive", "a Kiwix archive: import it on its own")
    return DocumentError(display_name(path), "unsupported_type", path.suffix.lower() or "no suffix")


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
