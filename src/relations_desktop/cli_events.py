"""The ``events`` and ``corrections`` commands: list a relationship's events (as corrected), hide,
edit, note or restore one, and review, export or import the corrections.

An event is named by the id ``events list`` shows. A number is an extracted event's row id: it
stays the same while the databases are not rebuilt (a new app version or ``corpus update`` may
renumber them). ``cN`` is correction N of your library (an event you added, or one you
corrected): it never changes. Either way the correction itself is kept by the document's
content and the sentence, so it survives any re-extraction; ``corrections list`` says where
each one is now and which ones no longer find their sentence.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from relations_desktop.cli_corpus import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Stop, error

if TYPE_CHECKING:
    import argparse
    import sqlite3

    from relations_desktop.present.dossier import Dossier
    from relations_desktop.store.queries import EventRow


def add_commands(sub: argparse._SubParsersAction) -> None:
    """The ``events`` and ``corrections`` subcommands of the command line."""
    user_db = "your library, where corrections are kept (default: in your data folder)"
    e = sub.add_parser("events", help="list a relationship's events; hide, edit, note or restore one")
    esub = e.add_subparsers(dest="events_command", required=True)
    ls = esub.add_parser("list", help="the events of a relationship, as corrected, with their ids")
    ls.add_argument("--pair", dest="events_pair", required=True, help="codes or names, e.g. TJ-TR")
    ls.add_argument("--hidden", action="store_true", help="also list the events you hid")
    ls.add_argument("--json", action="store_true")
    h = esub.add_parser("hide", help="hide an event: not an event between these two countries")
    h.add_argument("event", metavar="ID")
    s = esub.add_parser("unhide", help="show a hidden event again")
    s.add_argument("event", metavar="ID")
    ed = esub.add_parser("edit", help="correct an event's date, type or pair")
    ed.add_argument("event", metavar="ID")
    ed.add_argument("--date", help="YYYY, YYYY-MM, YYYY-MM-DD or START/END; '' for undated")
    ed.add_argument("--type", dest="event_type", help="recognition, relations_established, embassy, visit, "
                    "agreement, aid, trade, military, conflict or other")
    ed.add_argument("--pair", dest="event_pair", help="the two countries it is between")
    n = esub.add_parser("note", help="write a note on an event ('' removes it)")
    n.add_argument("event", metavar="ID")
    n.add_argument("text")
    r = esub.add_parser("restore", help="drop your correction: the event as extracted (an added one goes)")
    r.add_argument("event", metavar="ID")
    for p in (ls, h, s, ed, n, r):
        p.add_argument("--user-db", help=user_db)
    c = sub.add_parser("corrections", help="review, export or import your corrections")
    csub = c.add_subparsers(dest="corrections_command", required=True)
    cl = csub.add_parser("list", help="every correction and where it is now")
    cl.add_argument("--json", action="store_true")
    ce = csub.add_parser("export", help="write your corrections to a JSON file")
    ce.add_argument("file")
    ce.add_argument("--force", action="store_true", help="replace an existing file")
    ci = csub.add_parser("import", help="add the corrections of a JSON file to your library")
    ci.add_argument("file")
    for p in (cl, ce, ci):
        p.add_argument("--user-db", help=user_db)


# ----- helpers
def _library(args: argparse.Namespace) -> Path:
    from relations_desktop.cli_corpus import user_library
    return user_library(getattr(args, "user_db", None))


def _open(args: argparse.Namespace) -> sqlite3.Connection:
    """The bundled corpus with the library (checked, migrated), as the window reads them."""
    from relations_desktop.cli_corpus import open_corpus_for
    return open_corpus_for(None, user=_library(args))


def _event_id(text: str) -> tuple[str, int]:
    """('event', row id) or ('correction', id) from what a person typed: 35, c7."""
    t = text.strip().lower()
    kind = "correction" if t.startswith("c") else "event"
    digits = t[1:] if kind == "correction" else t
    if not digits.isdigit():
        raise error(f"{text!r} is not an event id: give a number or cN as 'events list' shows them", EXIT_USAGE)
    return kind, int(digits)


def shown_id(e: EventRow) -> str:
    """An event's id as the command line shows and takes it."""
    return str(e.id) if e.id > 0 else f"c{e.correction.id}"


def _find(conn: sqlite3.Connection, text: str) -> tuple[Dossier, EventRow]:
    """The relationship an event is shown in and its row (hidden ones too)."""
    from relations_desktop.present.dossier import load_dossier
    from relations_desktop.store.corrections import all_corrections
    kind, number = _event_id(text)
    if kind == "event":
        row = conn.execute("SELECT r.a, r.b FROM all_events e JOIN all_relationships r ON r.id = e.relationship_id "
                           "WHERE e.id = ?", (number,)).fetchone()
        pairs = [tuple(row)] if row else []
    else:
        pairs = list(dict.fromkeys(p for c in all_corrections(conn) if c.id == number
                                   for p in (c.corrected_pair, c.pair)))
    for pair in pairs:
        dossier = load_dossier(conn, pair)
        for e in [e for g in dossier.groups for e in g.events] + dossier.removed:
            if (e.id == number) if kind == "event" else (e.correction is not None and e.correction.id == number):
                return dossier, e
    raise error(f"no event {text} (see: relations-desktop events list --pair A-B)")


def _write(args: argparse.Namespace, action) -> int:
    from relations_desktop.errors import CorrectionError, DatabaseError
    from relations_desktop.present.messages import correction_error_message
    from relations_desktop.store.corrections import EventRef
    conn = _open(args)
    try:
        dossier, event = _find(conn, args.event)
        ref: EventRef = dossier.ref(event)
        if not ref.sha256:
            from relations_desktop.store.documents import source_document
            doc = source_document(conn, event.document_id)
            ref = ref._replace(sha256=doc.sha256 if doc else "")
    finally:
        conn.close()
    try:
        change = action(_library(args), ref)
    except CorrectionError as exc:
        raise error(correction_error_message(exc)) from None
    except DatabaseError as exc:
        from relations_desktop.cli_corpus import database_error
        raise database_error(exc, change=True) from None
    ids = sorted({f"c{c.id}" for c in change.corrections()})
    print(f"{args.events_command}\t{args.event}\t{' '.join(ids) if ids else 'as extracted'}")
    return EXIT_OK


# ----- events
def cmd_list(args: argparse.Namespace) -> int:
    from relations_desktop.cli_corpus import pair_argument
    from relations_desktop.present.dossier import load_dossier
    pair = pair_argument(args.events_pair)
    conn = _open(args)
    try:
        dossier = load_dossier(conn, pair)
    finally:
        conn.close()
    rows = [(g, e) for g in dossier.dated + dossier.undated for e in g.events]
    hidden = [e for e in dossier.removed if e.correction is not None and e.correction.hidden] if args.hidden else []
    listed = [(n, e, e.state) for n, (_g, e) in enumerate(rows)] + [(-1, e, "hidden") for e in hidden]
    groups = {id(e): k for k, g in enumerate(dossier.dated + dossier.undated, start=1) for e in g.events}
    if args.json:
        print(json.dumps([{
            "id": shown_id(e), "group": groups.get(id(e)), "date": e.date, "precision": e.precision, "type": e.type,
            "pair": list(pair), "state": state, "note": e.note, "confidence": e.confidence, "file": e.file,
            "start": e.start, "end": e.end, "sentence": e.text,
            "correction": e.correction.id if e.correction is not None else None,
            "extracted": ({"date": e.original.date, "type": e.original.type, "pair": list(e.correction.pair)}
                          if e.original is not None and state == "edited" else None),
        } for _n, e, state in listed], ensure_ascii=False, indent=1))
        return EXIT_OK
    for _n, e, state in listed:
        confidence = "-" if e.confidence is None else f"{e.confidence:.2f}"
        print("\t".join([shown_id(e), e.date or "undated", e.type, state, confidence, e.file,
                         " ".join(e.text.split())[:100] + (f"  [note: {e.note}]" if e.note else "")]))
    if not listed:
        print(f"no events for {'-'.join(pair)}", file=sys.stderr)
    return EXIT_OK


def cmd_hide(args: argparse.Namespace) -> int:
    from relations_desktop.store import corrections
    return _write(args, lambda user_db, ref: corrections.hide(user_db, [ref]))


def cmd_unhide(args: argparse.Namespace) -> int:
    from relations_desktop.store import corrections
    return _write(args, lambda user_db, ref: corrections.hide(user_db, [ref], hidden=False))


def cmd_edit(args: argparse.Namespace) -> int:
    from relations_desktop.store import corrections
    if args.date is None and args.event_type is None and args.event_pair is None:
        raise error("say what to correct: --date, --type or --pair", EXIT_USAGE)
    values: dict[str, object] = {}
    if args.date is not None:
        values["date"] = args.date
    if args.event_type is not None:
        values["type"] = args.event_type
    if args.event_pair is not None:
        from relations_desktop.cli_corpus import pair_argument
        values["pair"] = pair_argument(args.event_pair)
    return _write(args, lambda user_db, ref: corrections.edit(user_db, [ref], **values))


def cmd_note(args: argparse.Namespace) -> int:
    from relations_desktop.store import corrections
    return _write(args, lambda user_db, ref: corrections.set_note(user_db, ref, args.text))


def cmd_restore(args: argparse.Namespace) -> int:
    from relations_desktop.store import corrections
    return _write(args, lambda user_db, ref: corrections.restore(user_db, [ref]))


# ----- corrections
def cmd_corrections_list(args: argparse.Namespace) -> int:
    from relations_desktop.present.corrections import describe, document_text
    from relations_desktop.store.corrected import review
    conn = _open(args)
    try:
        located = review(conn)
    finally:
        conn.close()
    if args.json:
        print(json.dumps([{"id": f"c{w.correction.id}", "state": w.correction.state, "status": w.status,
                           "pair": list(w.correction.corrected_pair), "file": w.document.file or None,
                           "title": w.document.title, "source": w.document.source,
                           "sha256": w.correction.sha256, "start": w.start if w.found else None,
                           "sentence": w.correction.sentence, "note": w.correction.note} for w in located],
                         ensure_ascii=False, indent=1))
    else:
        for w in located:
            print("\t".join([f"c{w.correction.id}", w.status, "-".join(w.correction.corrected_pair),
                             describe(w.correction), document_text(w.document, w.correction.sha256),
                             " ".join(w.correction.sentence.split())[:80]]))
        if not located:
            print("no corrections", file=sys.stderr)
    lost = [w for w in located if not w.found]
    if lost:
        print(f"{len(lost)} correction(s) no longer find their sentence (status sentence_gone or document_gone); "
              "they are kept", file=sys.stderr)
    return EXIT_OK


def cmd_corrections_export(args: argparse.Namespace) -> int:
    import datetime as _dt

    from relations_desktop.cli_corpus import reading_path
    from relations_desktop.errors import ExportError
    from relations_desktop.export.writer import write_atomic
    from relations_desktop.present.messages import export_error_message
    from relations_desktop.store.correction_file import to_json
    from relations_desktop.store.corrections import layer
    from relations_desktop.store.documents import names_by_hash
    conn = _open(args)
    try:
        names = names_by_hash(conn)
    finally:
        conn.close()
    found, edits = layer(reading_path(_library(args)))
    data = to_json(found, edits, documents=names, exported=_dt.date.today().isoformat())
    try:
        path = write_atomic(args.file, data, overwrite=args.force)
    except ExportError as exc:
        raise error(export_error_message(exc)) from None
    print(f"{len(found)} corrections, {len(edits)} document details -> {path}")
    return EXIT_OK


def cmd_corrections_import(args: argparse.Namespace) -> int:
    from relations_desktop.errors import CorrectionError, DatabaseError
    from relations_desktop.present.messages import correction_error_message
    from relations_desktop.store.correction_file import from_json
    from relations_desktop.store.corrections import merge
    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise error(f"{args.file} cannot be read: {exc.strerror or exc}") from None
    try:
        found, edits = from_json(data)
        change = merge(_library(args), found, edits)
    except CorrectionError as exc:
        raise error(correction_error_message(exc)) from None
    except DatabaseError as exc:
        from relations_desktop.cli_corpus import database_error
        raise database_error(exc, change=True) from None
    new = sum(1 for _t, _k, before, _a in change.rows if before is None)
    print(f"{len(found)} corrections, {len(edits)} document details read; {new} new, "
          f"{len(change.rows) - new} replaced -> {_library(args)}")
    return EXIT_OK


EVENTS = {"list": cmd_list, "hide": cmd_hide, "unhide": cmd_unhide, "edit": cmd_edit, "note": cmd_note,
          "restore": cmd_restore}
CORRECTIONS = {"list": cmd_corrections_list, "export": cmd_corrections_export, "import": cmd_corrections_import}


def run(args: argparse.Namespace) -> int:
    try:
        if args.command == "events":
            return EVENTS[args.events_command](args)
        return CORRECTIONS[args.corrections_command](args)
    except Stop as stop:
        return stop.code
    except Exception as exc:
        from relations_desktop.errors import DatabaseError
        if isinstance(exc, DatabaseError):
            from relations_desktop.cli_corpus import database_error
            return database_error(exc).code
        raise


__all__ = ["EXIT_FAILED", "add_commands", "run", "shown_id"]
