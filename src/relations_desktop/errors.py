"""The errors the layers raise for a person to act on. Each carries a ``reason`` from its
class's REASONS, which present/messages.py turns into text in the interface language, and a
technical ``detail``. No Qt, no imports of ours: every layer may raise them."""

from __future__ import annotations

from pathlib import Path


class ReasonError(Exception):
    """An error whose ``reason`` is one of the class's REASONS (a new reason needs a message)."""

    REASONS: tuple[str, ...] = ()

    def __init__(self, subject: object, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{subject}: {reason}{': ' + detail if detail else ''}")


class DocumentError(ReasonError):
    """A file that cannot be read (or processed) as a document."""

    REASONS = ("unreadable", "empty", "binary", "undecodable", "processing", "unsupported_type",
               "legacy_bijoy", "legacy_krutidev", "pdf_invalid", "pdf_encrypted", "pdf_no_text",
               "pdf_unreadable_text", "docx_invalid", "zim_archive", "zim_invalid", "zim_entry_missing")

    def __init__(self, file: str, reason: str, detail: str = "") -> None:
        self.file = file
        super().__init__(file, reason, detail)


class DatabaseError(ReasonError):
    """The corpus database is missing, unreadable or of another schema."""

    REASONS = ("missing", "unreadable", "schema")

    def __init__(self, path: Path | str, reason: str, detail: str = "") -> None:
        self.path = Path(path)
        super().__init__(path, reason, detail)


class ExportError(ReasonError):
    """An exported file could not be written; nothing partial was left."""

    REASONS = ("exists", "unwritable", "disk_full", "not_a_folder", "failed")

    def __init__(self, path: Path | str, reason: str, detail: str = "") -> None:
        self.path = Path(path)
        super().__init__(path, reason, detail)


class ResourceError(RuntimeError):
    """A resource the app needs is not where the build put it."""
