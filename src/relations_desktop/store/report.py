"""What an import did, file by file: added, duplicates (the same bytes), near-duplicates (the
same text, nearly), files of a folder passed over (not documents the app reads), and failures
with their reasons; shared by the import engine
(``store.ingest``), its commit (``store.commit``) and whoever reports it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from relations_desktop.store.rows import Pair

ORIGIN = "user"

# Reasons for which a file found in a folder is passed over, not failed: it is not a document
# the app reads this way (the import reports it all the same).
SKIPPED_REASONS = ("unsupported_type", "zim_archive")


class ImportCancelled(Exception):
    """Raised inside an import when ``cancelled()`` says stop; the import then writes nothing."""


@dataclass(frozen=True)
class AddedFile:
    file: str
    path: str
    sha256: str
    lang: str
    pairs: list[tuple[str, str]]        # empty: stored, but no passage to search or browse
    events: int


@dataclass(frozen=True)
class DuplicateFile:
    file: str
    path: str
    sha256: str
    existing_file: str                  # the document it has the same bytes as
    existing_origin: str                # "bundled", "user", or "import" (earlier in this import)
    existing_id: int | None             # that document's id (None for one earlier in this import)


@dataclass(frozen=True)
class NearDuplicate:
    """An added document that says nearly what one already there says: it is kept (and listed),
    but its passages and events are not counted a second time."""
    file: str
    existing_file: str
    existing_origin: str                # "bundled", "user" or "import"
    existing_id: int
    similarity: float


@dataclass(frozen=True)
class FailedFile:
    file: str
    path: str
    reason: str                         # DocumentError key: unreadable, empty, binary, too_large, ...
    detail: str


@dataclass
class ImportResult:
    user_db: Path
    added: list[AddedFile] = field(default_factory=list)
    duplicates: list[DuplicateFile] = field(default_factory=list)
    near_duplicates: list[NearDuplicate] = field(default_factory=list)
    failed: list[FailedFile] = field(default_factory=list)
    skipped: list[FailedFile] = field(default_factory=list)     # files of a folder that are not documents
    bytes_processed: int = 0            # size of the files that went through the pipeline
    elapsed: float = 0.0                # seconds, the whole import
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed and not self.cancelled


@dataclass
class Staged:
    """A document in the staging database, waiting for the commit."""
    id: int                             # its id there
    raw_file: str
    path: str
    sha256: str
    lang: str
    pairs: list[Pair]
    events: int
    size: int
