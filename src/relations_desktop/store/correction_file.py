"""The reader's corrections as a JSON file, to review them elsewhere or share them (a class, a
team): written from a library's layer, read back into another one (``corrections.merge``).

Each correction names its document by content hash (and, for a person reading the file, by file
name and title), its sentence by offsets and text, and says what was extracted and what the
reader made of it. The ids of the library are left out: the library that reads it gives its own.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from relations_desktop import __version__
from relations_desktop.errors import CorrectionError
from relations_desktop.store.correction_values import checked_pair, date_value, event_type
from relations_desktop.store.corrections import ADDED, DOCUMENT_FIELDS, EVENT, Correction, DocumentEdit, DocumentName

FORMAT_NAME = "relations-desktop-corrections"
FORMAT_VERSION = 1


def _values(pair: tuple[str, str] | None, date: str | None, precision: str | None, type_: str | None,
            ) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if pair is not None:
        out["pair"] = list(pair)
    if precision is not None:
        out["date"], out["precision"] = date, precision
    if type_ is not None:
        out["type"] = type_
    return out


def _entry(c: Correction, documents: dict[str, DocumentName]) -> dict[str, Any]:
    name = documents.get(c.sha256) or c.document         # (one gone from the library: as last seen)
    entry: dict[str, Any] = {
        "kind": c.kind,
        "document": {"sha256": c.sha256, "file": name.file, "title": name.title, "source": name.source},
        "sentence": {"start": c.start, "end": c.end, "text": c.sentence},
        "cue": [c.cue_start, c.cue_end] if c.cue_start is not None and c.cue_end is not None else None,
    }
    if c.kind == EVENT:
        entry["extracted"] = _values(c.pair, c.date, c.precision or "undated", c.type)
        entry["hidden"] = bool(c.hidden)
        entry["corrected"] = _values((c.new_a, c.new_b) if c.new_a and c.new_b else None, c.new_date,
                                     c.new_precision, c.new_type)
    else:
        entry["event"] = _values(c.pair, c.new_date, c.new_precision or "undated", c.new_type)
    entry.update(note=c.note, created=c.created, updated=c.updated)
    return entry


def to_json(corrections: Sequence[Correction], edits: Sequence[DocumentEdit], *,
            documents: dict[str, DocumentName] | None = None, exported: str = "") -> bytes:
    """The file's bytes; ``documents`` (sha256 -> file name, title, source) names the documents
    (else each correction's document as it was last seen)."""
    documents = documents or {}
    doc = {
        "format": FORMAT_NAME, "version": FORMAT_VERSION, "app_version": __version__, "exported": exported,
        "corrections": [_entry(c, documents) for c in corrections],
        "documents": [{"sha256": e.sha256, **{f: getattr(e, f) for f in DOCUMENT_FIELDS if getattr(e, f) is not None},
                       "updated": e.updated} for e in edits],
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _text(value: object, what: str, *, empty: bool = True) -> str:
    if not isinstance(value, str) or (not empty and not value):
        raise CorrectionError(what, "bad_file")
    return value


def _int(value: object, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise CorrectionError(what, "bad_file")
    return value


def _read_values(values: object, what: str) -> tuple[tuple[str, str] | None, str | None, str | None, str | None]:
    if not isinstance(values, dict):
        raise CorrectionError(what, "bad_file")
    pair = checked_pair(values["pair"]) if "pair" in values else None
    date, precision = (date_value(values.get("date")) if "precision" in values else (None, None))
    if precision is not None and "precision" in values and values["precision"] != precision:
        raise CorrectionError(what, "bad_file")
    type_ = event_type(values["type"]) if "type" in values else None
    return pair, date, precision, type_


def _correction(entry: object, n: int) -> Correction:
    what = f"corrections[{n}]"
    if not isinstance(entry, dict):
        raise CorrectionError(what, "bad_file")
    kind = entry.get("kind")
    document, sentence, cue = entry.get("document"), entry.get("sentence"), entry.get("cue")
    if kind not in (EVENT, ADDED) or not isinstance(document, dict) or not isinstance(sentence, dict):
        raise CorrectionError(what, "bad_file")
    sha = _text(document.get("sha256"), what, empty=False).lower()
    start, end = _int(sentence.get("start"), what), _int(sentence.get("end"), what)
    text = _text(sentence.get("text"), what, empty=False)
    if end <= start or not (cue is None or (isinstance(cue, list) and len(cue) == 2)):
        raise CorrectionError(what, "bad_file")
    cue_start, cue_end = (_int(cue[0], what), _int(cue[1], what)) if cue else (None, None)
    name = DocumentName(*(_text(document.get(k) or "", what) or None for k in ("file", "title", "source")))
    note = _text(entry.get("note", ""), what)
    created, updated = _text(entry.get("created", ""), what), _text(entry.get("updated", ""), what)
    if kind == EVENT:
        pair, date, precision, type_ = _read_values(entry.get("extracted"), what)
        new_pair, new_date, new_precision, new_type = _read_values(entry.get("corrected", {}), what)
        if pair is None or type_ is None or precision is None:
            raise CorrectionError(what, "bad_file")
        return Correction(0, EVENT, sha, start, end, cue_start, cue_end, *pair, date, precision, type_,
                          int(bool(entry.get("hidden"))), *(new_pair or (None, None)), new_date, new_precision,
                          new_type, note, created, updated, text).seen_in(name)
    pair, date, precision, type_ = _read_values(entry.get("event"), what)
    if pair is None or type_ is None or precision is None:
        raise CorrectionError(what, "bad_file")
    return Correction(0, ADDED, sha, start, end, cue_start, cue_end, *pair, None, None, None, 0, None, None,
                      date, precision, type_, note, created, updated, text).seen_in(name)


def _edit(entry: object, n: int) -> DocumentEdit:
    what = f"documents[{n}]"
    if not isinstance(entry, dict):
        raise CorrectionError(what, "bad_file")
    fields = {f: _text(entry[f], what) for f in DOCUMENT_FIELDS if entry.get(f) is not None}
    return DocumentEdit(_text(entry.get("sha256"), what, empty=False).lower(),
                        *(fields.get(f) for f in DOCUMENT_FIELDS), _text(entry.get("updated", ""), what))


def from_json(data: bytes) -> tuple[list[Correction], list[DocumentEdit]]:
    """The corrections and document edits of a file (ids 0: the library gives them). Raises
    CorrectionError('bad_file') for anything that is not such a file."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise CorrectionError("file", "bad_file", str(exc)) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise CorrectionError("file", "bad_file", "not a corrections file")
    if not isinstance(doc.get("version"), int) or doc["version"] > FORMAT_VERSION:
        raise CorrectionError("file", "bad_file", f"version {doc.get('version')!r}")
    entries, edits = doc.get("corrections", []), doc.get("documents", [])
    if not isinstance(entries, list) or not isinstance(edits, list):
        raise CorrectionError("file", "bad_file")
    try:
        return ([_correction(e, n) for n, e in enumerate(entries)], [_edit(e, n) for n, e in enumerate(edits)])
    except CorrectionError as exc:
        if exc.reason == "bad_file":
            raise
        raise CorrectionError("file", "bad_file", str(exc)) from None
    except (KeyError, TypeError, AttributeError) as exc:
        raise CorrectionError("file", "bad_file", str(exc)) from None
