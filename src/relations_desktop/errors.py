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
               "too_large", "not_a_file", "folder", "bad_name",
               "legacy_bijoy", "legacy_krutidev", "pdf_invalid", "pdf_encrypted", "pdf_no_text",
               "pdf_unreadable_text", "docx_invalid", "zim_archive", "zim_invalid", "zim_entry_missing",
               "crashed")

    def __init__(self, file: str, reason: str, detail: str = "") -> None:
        self.file = file
        super().__init__(file, reason, detail)

    def __reduce__(self) -> tuple:
        # (a worker process sends it back to the importing process)
        return type(self), (self.file, self.reason, self.detail)


class DatabaseError(ReasonError):
    """A corpus database that is missing, unreadable, damaged, of another schema, or cannot be
    written (a full disk, a read-only folder, another writer that does not finish), or a
    library that can be read only from a copy, with no room for one."""

    REASONS = ("missing", "unreadable", "schema", "newer", "set_aside", "not_a_file",
               "disk_full", "readonly", "busy", "no_room")

    def __init__(self, path: Path | str, reason: str, detail: str = "", *, aside: Path | None = None) -> None:
        self.path = Path(path)
        self.aside = aside          # set_aside: where the damaged file was moved
        super().__init__(path, reason, detail)


class ExportError(ReasonError):
    """An exported file could not be written; nothing partial was left."""

    REASONS = ("exists", "unwritable", "disk_full", "not_a_folder", "not_a_file", "failed")

    def __init__(self, path: Path | str, reason: str, detail: str = "") -> None:
        self.path = Path(path)
        super().__init__(path, reason, detail)


class CorrectionError(ReasonError):
    """A correction that cannot be made as asked: a date, type or pair that is not one, an event
    that is not there, a corrections file that is not one."""

    REASONS = ("bad_date", "bad_type", "bad_pair", "no_event", "bad_file")

    def __init__(self, subject: object, reason: str, detail: str = "") -> None:
        self.subject = subject
        super().__init__(subject, reason, detail)


class ResourceError(RuntimeError):
    """A resource the app needs is not where the build put it."""
