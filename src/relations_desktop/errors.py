"""The errors the layers raise for a person to act on, each with a ``reason`` key that
present/messages.py turns into text in the interface language. No Qt, no imports of ours."""

from __future__ import annotations

from pathlib import Path


class DocumentError(Exception):
    """A file that cannot be read as a text document. ``reason`` is a short machine key."""

    def __init__(self, file: str, reason: str, detail: str = "") -> None:
        self.file = file
        self.reason = reason
        self.detail = detail
        super().__init__(f"{file}: {reason}{': ' + detail if detail else ''}")


class DatabaseError(Exception):
    """The corpus database is missing, unreadable or of another schema. ``reason`` is a key."""

    def __init__(self, path: Path | str, reason: str, detail: str = "") -> None:
        self.path = Path(path)
        self.reason = reason          # missing, unreadable, schema
        self.detail = detail
        super().__init__(f"{path}: {reason}{': ' + detail if detail else ''}")


class ExportError(Exception):
    """``reason``: exists, unwritable, disk_full, not_a_folder or failed."""

    def __init__(self, path: Path, reason: str, detail: str = "") -> None:
        self.path = Path(path)
        self.reason = reason
        self.detail = detail
        super().__init__(f"{path}: {reason}{': ' + detail if detail else ''}")


class ResourceError(RuntimeError):
    """A resource the app needs is not where the build put it."""
