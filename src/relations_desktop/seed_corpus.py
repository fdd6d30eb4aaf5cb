"""The seed database, built from ``seeds/``: into the bundle by the packaging step, and in a
source checkout or a wheel into the user cache on first use (rebuilt when the seeds or the
pipeline change). ``default_database`` finds the one the app opens.

A seed's provenance (source, licence, the article's address where its text tells it) is in a
sidecar, ``seeds/metadata/<file name>.json``, with the fields of ``corpus.document.DocumentMeta``;
the build gives it to the document. The pipeline never reads it: it states where a text comes
from, not what it says."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from relations_desktop import __version__, resources
from relations_desktop.errors import DatabaseError
from relations_desktop.store.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from relations_desktop.corpus.document import RawDocument

_PACKAGE = Path(__file__).resolve().parent
# What a seed database depends on besides the seeds: the pipeline and the text folding it stores.
_PIPELINE_SOURCES = ("corpus", "textnorm.py", "digits.py", "store/write.py", "store/rows.py")


def build_seed_database(seeds: Path, target: Path) -> Path:
    """Process every document in ``seeds`` and write the database to ``target``. A seed that
    fails, or no seed at all, raises DatabaseError ('unreadable', naming what failed)."""
    from relations_desktop.corpus.pipeline import process_all
    from relations_desktop.store.write import build_database

    docs, errors = process_all([seeds])
    if errors or not docs:
        raise DatabaseError(seeds, "unreadable", "; ".join(str(e) for e in errors) or "no seed documents")
    for doc in docs:
        doc.raw = with_sidecar(doc.raw, seeds / METADATA_FOLDER)
    return build_database(docs, target, pipeline=pipeline_version())


METADATA_FOLDER = "metadata"


def with_sidecar(raw: RawDocument, folder: Path) -> RawDocument:
    """``raw`` with the metadata its sidecar (``folder/<file name>.json``) states, if it has one;
    a field the sidecar does not name keeps what the reader found. DatabaseError for a sidecar
    that is not a JSON object of DocumentMeta's fields."""
    import dataclasses
    import json
    sidecar = folder / f"{raw.file}.json"
    if not sidecar.is_file():
        return raw
    try:
        fields = json.loads(sidecar.read_text(encoding="utf-8"))
        meta = dataclasses.replace(raw.meta, **fields)
    except (ValueError, TypeError) as exc:
        raise DatabaseError(sidecar, "unreadable", str(exc)) from None
    return dataclasses.replace(raw, meta=meta)


@cache
def pipeline_version() -> str:
    """What made a database's extraction: the app version and schema, and, where the sources are
    at hand (a checkout, a wheel), a hash of the pipeline's code and data. A user library made
    by another pipeline is re-processed."""
    import hashlib  # off the start-up path until a library is checked
    h = hashlib.sha256(f"{__version__} {SCHEMA_VERSION}\n".encode())
    files: list[Path] = []
    for name in _PIPELINE_SOURCES:
        source = _PACKAGE / name
        files += sorted(source.rglob("*")) if source.is_dir() else [source]
    for p in files:
        if p.is_file() and p.suffix in (".py", ".json"):
            h.update(p.relative_to(_PACKAGE).as_posix().encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return f"{__version__}-{SCHEMA_VERSION}-{h.hexdigest()[:16]}"


def _fingerprint(seeds: Path) -> str:
    import hashlib  # only a checkout builds its seed database: keep it off the start-up path
    h = hashlib.sha256(f"{pipeline_version()}\n".encode())
    files = sorted(p for p in seeds.iterdir() if p.is_file()) + sorted((seeds / METADATA_FOLDER).glob("*.json"))
    for p in files:
        h.update(p.name.encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()[:16]


def default_database(build_if_missing: bool = True) -> Path:
    """The bundled database, or in a source checkout the one built from ``seeds/`` into the
    user cache on first use (rebuilt when the seeds or the pipeline change)."""
    bundled = resources.bundled_database()
    if bundled is not None:
        return bundled
    if resources.is_frozen():      # a bundle without its database is broken: say so
        raise DatabaseError(resources.data_root() / "data" / "relations.db", "missing")
    seeds = resources.seeds_dir()
    target = resources.user_cache_dir() / f"seeds-{_fingerprint(seeds)}.db"
    if not target.exists() and build_if_missing:
        build_seed_database(seeds, target)
        for old in target.parent.glob("seeds-*.db"):
            if old != target:
                old.unlink(missing_ok=True)
    return target
