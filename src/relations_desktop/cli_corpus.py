"""The ``corpus`` commands of the command line: build, dump, search, list, import, remove, update.

Commands that read see the bundled corpus together with the user's library unless ``--db``
names one database file. A library that cannot be used (damaged and now set aside, made by a
newer version) is one line on stderr and exit code 1; a usage mistake is one line and exit
code 2; never a traceback for what the environment causes.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from relations_desktop.errors import DatabaseError
    from relations_desktop.store.snapshot import Snapshot

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
MAX_LIMIT = 100_000
# The copies of the user's library read by this command (store/snapshot): kept until it ends.
_SNAPSHOTS: list[Snapshot] = []


class Stop(Exception):
    """Leave the command with this exit code (its message is printed already)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def error(message: str, code: int = EXIT_FAILED) -> Stop:
    print(f"error: {message}", file=sys.stderr)
    return Stop(code)


def database_error(exc: DatabaseError, *, change: bool = False) -> Stop:
    """The error's words; for a command that changes the library (``change``), that it did not."""
    from relations_desktop.i18n import _
    from relations_desktop.present.messages import NOTHING_CHANGED, database_error_message
    return error(database_error_message(exc) + (f" {_(NOTHING_CHANGED)}" if change else ""))


def user_library(arg: str | None = None) -> Path:
    from relations_desktop.resources import user_corpus_db
    return Path(arg) if arg else user_corpus_db()


def pair_argument(text: str) -> tuple[str, str]:
    """A --pair value as a pair of codes; raises cli_corpus.Stop (exit 2) saying what is wrong."""
    from relations_desktop.present.pairs import PairError, parse_pair
    try:
        return parse_pair(text)
    except PairError as exc:
        if exc.names:
            raise error(f"--pair {text!r}: no country is called {', '.join(map(repr, exc.names))} "
                        "(give two countries, e.g. TJ-TR or Tajikistan-Turkey)", EXIT_USAGE) from None
        raise error(f"--pair {text!r}: give two different countries, e.g. TJ-TR or Tajikistan-Turkey",
                    EXIT_USAGE) from None


def open_corpus_for(db: str | None, user: Path | None = None) -> sqlite3.Connection:
    """The corpus a reading command sees: the database ``db`` alone, or the bundled corpus with
    the user's library (``user``, else the one in the data folder; checked first; one that waits
    for a re-process is left out, with a note). Raises Stop after printing why it cannot be
    opened."""
    from relations_desktop.errors import DatabaseError
    from relations_desktop.seed_corpus import default_database
    from relations_desktop.store import sql
    from relations_desktop.store.connection import open_corpus
    from relations_desktop.store.health import check_library
    try:
        if db:
            return open_corpus(db)
        user = user or user_library()
        try:
            state = check_library(user)
        except DatabaseError:
            copy = _snapshot(user)
            if copy is None:
                raise
            state, user = copy.inspect(), copy.path
        if not state.exists:
            user = None
        elif not sql.can_migrate(state.version):
            print(f"note: your imported documents were made by an older version and are left out until "
                  f"they are updated: relations-desktop corpus update ({user})", file=sys.stderr)
            user = None
        return open_corpus(default_database(), user)
    except DatabaseError as exc:
        raise database_error(exc) from None


def _snapshot(user: Path) -> Snapshot | None:
    """A copy to read the user's library from, when it cannot be written and SQLite cannot open it
    where it is (store/snapshot): made once, with a note, and removed when the command ends. None
    when the library can be read where it is."""
    from relations_desktop import fileio
    from relations_desktop.errors import DatabaseError
    from relations_desktop.i18n import _
    from relations_desktop.present.messages import SNAPSHOT_NOTE, database_error_message
    from relations_desktop.store import snapshot
    made = [copy for copy in _SNAPSHOTS if copy.original == user]
    if made:
        return made[0]
    if fileio.writable(user) or not snapshot.needed(user):
        return None
    copy = snapshot.take(user)
    _SNAPSHOTS.append(copy)
    print(f"note: {database_error_message(DatabaseError(user, 'readonly'))} {_(SNAPSHOT_NOTE)}", file=sys.stderr)
    return copy


def reading_path(user: Path) -> Path:
    """The file the user's library ``user`` is read from: its copy when it can be read only from
    one (``_snapshot``), else itself."""
    copy = _snapshot(user)
    return copy.path if copy is not None else user


def cmd_build(args: argparse.Namespace) -> int:
    from relations_desktop import fileio
    from relations_desktop.corpus.pipeline import process_all
    from relations_desktop.present.messages import document_error_message
    from relations_desktop.seed_corpus import pipeline_version
    from relations_desktop.store.write import build_database

    missing = [s for s in args.sources if not Path(s).exists()]
    if missing:
        raise error(f"no such file or folder: {', '.join(missing)}", EXIT_USAGE)
    out = Path(args.output)
    try:
        fileio.check_replaceable(out)
    except fileio.NotRegularFileError:
        raise error(f"{out} is not a regular file (a link, a folder, a pipe or a device); it is left alone") from None

    def report(path: Path, doc, err) -> None:
        if err is not None:
            print(f"FAILED {err.file}: {err.reason}: {document_error_message(err.reason)}"
                  f"{' (' + err.detail + ')' if err.detail else ''}")
        else:
            pairs = ",".join("-".join(p) for p in doc.pairs) or "-"
            dated = sum(1 for e in doc.events if e.date)
            print(f"{doc.raw.file}\t{doc.lang}\t{doc.kind}\tpairs={pairs}\tevents={len(doc.events)} "
                  f"({dated} dated)")

    docs, errors = process_all(args.sources, report)
    if not docs and not errors:
        raise error("no documents found", EXIT_USAGE)
    if not docs:
        raise error(f"no document could be read; nothing was written ({out} is as it was)")
    seen: dict[str, str] = {}
    unique = []
    for doc in docs:
        if doc.raw.sha256 in seen:
            print(f"skipped {doc.raw.file}: same content as {seen[doc.raw.sha256]}")
            continue
        seen[doc.raw.sha256] = doc.raw.file
        unique.append(doc)
    try:
        build_database(unique, out, pipeline=pipeline_version())
    except fileio.NotRegularFileError:
        raise error(f"{out} is not a regular file; it is left alone") from None
    except (OSError, sqlite3.Error) as exc:
        raise error(f"{out} could not be written ({exc}); nothing was changed") from None
    rels = {p for d in unique for p in d.pairs}
    events = sum(len(d.events) for d in unique)
    print(f"{len(unique)} documents, {len(rels)} relationships, {events} events -> {out}"
          + (f"; {len(errors)} failed" if errors else ""))
    return EXIT_FAILED if errors else EXIT_OK


def cmd_dump(args: argparse.Namespace) -> int:
    from relations_desktop.store.dump import dump_json
    conn = open_corpus_for(args.corpus_db)
    try:
        sys.stdout.write(dump_json(conn))
    finally:
        conn.close()
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from relations_desktop.store.search import search
    if not args.query.strip():
        raise error("say what to search for: corpus search WORDS", EXIT_USAGE)
    if not 1 <= args.limit <= MAX_LIMIT:
        raise error(f"--limit must be between 1 and {MAX_LIMIT:,}", EXIT_USAGE)
    conn = open_corpus_for(args.corpus_db)
    try:
        hits = search(conn, args.query, limit=args.limit)
    finally:
        conn.close()
    if args.json:
        print(json.dumps([{"file": h.file, "lang": h.lang, "pair": list(h.pair), "start": h.start,
                           "end": h.end, "snippet": h.snippet, "origin": h.origin,
                           "highlights": [list(span) for span in h.highlights]} for h in hits],
                         ensure_ascii=False, indent=1))
    else:
        for h in hits:
            print(f"{h.file}:{h.start}-{h.end}\t{h.lang}\t{'-'.join(h.pair)}\t{h.snippet}")
        if not hits:
            print("no matches", file=sys.stderr)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from relations_desktop.store import queries
    conn = open_corpus_for(args.corpus_db)
    try:
        docs = queries.documents(conn)
    finally:
        conn.close()
    if args.json:
        print(json.dumps([{"id": d.id, "file": d.file, "origin": d.origin, "title": d.title, "source": d.source,
                           "url": d.url, "author": d.author, "date": d.published, "licence": d.licence,
                           "language": d.lang, "kind": d.kind, "archive": d.archive,
                           "archive_date": d.archive_date, "size": d.size, "added": d.added,
                           "duplicate_of": d.duplicate_of, "pairs": [list(p) for p in d.pairs]} for d in docs],
                         ensure_ascii=False, indent=1))
        return EXIT_OK
    for d in docs:
        fields = [str(d.id), d.origin, d.lang, d.kind, ",".join("-".join(p) for p in d.pairs) or "-", d.file,
                  d.title, d.source, d.url, d.author, d.published, d.licence]
        print("\t".join(f or "-" for f in fields))
    if not docs:
        print("no documents", file=sys.stderr)
    return EXIT_OK


def _waiting() -> None:
    print("waiting: another import or removal is changing your library; this one starts when it ends",
          file=sys.stderr, flush=True)


def _scan_archives(paths: list[str], langs: set[str] | None) -> tuple[list[str], list, list]:
    """The Kiwix archives among ``paths`` scanned for their relation articles (progress on
    stderr): (other paths, [(path, chosen candidates)], [DocumentError of archives that cannot be read])."""
    from relations_desktop.errors import DocumentError
    from relations_desktop.store import kiwix
    others, archives, broken = [], [], []
    for path in paths:
        if not kiwix.is_archive(path):
            others.append(path)
            continue

        def progress(done: int, total: int, name: str = Path(path).name) -> None:
            print(f"\rscanning {name}: {done * 100 // max(total, 1)}%", end="", file=sys.stderr, flush=True)

        try:
            scan = kiwix.scan_archive(path, progress=progress)
        except DocumentError as exc:
            broken.append(exc)
            continue
        finally:
            print("", file=sys.stderr)
        chosen = [c for c in scan.candidates if langs is None or c.lang in langs]
        found = ", ".join(f"{lang} {n}" for lang, n in scan.by_language().items()) or "none"
        print(f"{Path(path).name}: {len(scan.candidates)} articles about relations between countries "
              f"({found}); {len(chosen)} chosen", file=sys.stderr)
        archives.append((path, chosen))
    return others, archives, broken


def cmd_import(args: argparse.Namespace) -> int:
    from contextlib import ExitStack

    from relations_desktop.errors import DatabaseError, DocumentError
    from relations_desktop.seed_corpus import default_database
    from relations_desktop.store import kiwix
    from relations_desktop.store.report import FailedFile
    from relations_desktop.store.userdb import import_documents
    user_db = user_library(args.user_db)
    if args.jobs < 0:
        raise error("--jobs must be 0 or more", EXIT_USAGE)
    langs = {x.strip() for x in args.languages.split(",") if x.strip()} if args.languages else None
    if langs and not langs <= {"bn", "hi", "en"}:
        raise error("--languages takes bn, hi and en, separated by commas", EXIT_USAGE)
    if args.jobs > 1:       # the workers' server loads the pipeline while the archives are scanned
        from relations_desktop.store.workers import start_worker_server
        start_worker_server()
    try:
        others, archives, broken = _scan_archives(args.paths, langs)
        with ExitStack() as stack:
            items = [*others, *(stack.enter_context(kiwix.articles(path, chosen)) for path, chosen in archives)]
            result = import_documents(items, user_db, bundled_db=default_database(), waiting=_waiting,
                                      workers=args.jobs if args.jobs > 1 else 0)
    except DatabaseError as exc:
        raise database_error(exc, change=True) from None
    except DocumentError as exc:        # an archive that became unreadable between scan and import
        broken.append(exc)
        result = None
    except KeyboardInterrupt:
        print(f"interrupted: {user_db} is unchanged", file=sys.stderr)
        return 130
    if result is None:
        from relations_desktop.store.report import ImportResult
        result = ImportResult(user_db=user_db)
    result.failed[:0] = [FailedFile(e.file, e.file, e.reason, e.detail) for e in broken]
    languages = {Path(path).name: kiwix.language_counts(chosen, result) for path, chosen in archives}
    _print_import(args, user_db, result, languages)
    return EXIT_OK if result.ok else EXIT_FAILED


def _print_import(args: argparse.Namespace, user_db: Path, result, languages: dict) -> None:
    from relations_desktop.present.messages import document_error_message
    if args.json:
        print(json.dumps({
            "library": str(user_db),
            "added": [{"file": a.file, "path": a.path, "language": a.lang, "pairs": [list(p) for p in a.pairs],
                       "events": a.events} for a in result.added],
            "duplicates": [{"file": d.file, "path": d.path, "same_as": d.existing_file, "origin": d.existing_origin}
                           for d in result.duplicates],
            "near_duplicates": [{"file": n.file, "like": n.existing_file, "origin": n.existing_origin,
                                 "similarity": round(n.similarity, 3)} for n in result.near_duplicates],
            "skipped": [{"file": f.file, "path": f.path, "reason": f.reason} for f in result.skipped],
            "failed": [{"file": f.file, "path": f.path, "reason": f.reason, "detail": f.detail}
                       for f in result.failed],
            "archives": {name: {lang: vars(c) for lang, c in counts.items()} for name, counts in languages.items()}},
            ensure_ascii=False, indent=1))
        return
    for a in result.added:
        pairs = ",".join("-".join(p) for p in a.pairs) or "no relationship found"
        print(f"added\t{a.file}\t{a.lang}\t{pairs}\tevents={a.events}")
    for d in result.duplicates:
        print(f"duplicate\t{d.file}\tsame content as {d.existing_file} ({d.existing_origin})")
    for n in result.near_duplicates:
        print(f"near-duplicate\t{n.file}\tnearly the same text as {n.existing_file} ({n.existing_origin}); "
              "its events are not counted twice")
    for f in result.skipped:
        why = ("a Kiwix archive: import it on its own (relations-desktop corpus import FILE.zim)"
               if f.reason == "zim_archive" else document_error_message(f.reason))
        print(f"skipped\t{f.file}\t{f.reason}\t{why}")
    for f in result.failed:
        print(f"FAILED\t{f.file}\t{f.reason}\t{document_error_message(f.reason)}"
              f"{' (' + f.detail + ')' if f.detail else ''}")
    for name, counts in languages.items():
        for lang, c in counts.items():
            print(f"language\t{name}\t{lang}\tchosen={c.chosen} added={c.added} duplicates={c.duplicates} "
                  f"near-duplicates={c.near_duplicates} failed={c.failed}")
    print(f"{len(result.added)} added, {len(result.duplicates)} duplicates, {len(result.failed)} failed, "
          f"{len(result.near_duplicates)} near-duplicates, {len(result.skipped)} skipped -> {user_db}")


def cmd_remove(args: argparse.Namespace) -> int:
    from relations_desktop.errors import DatabaseError
    from relations_desktop.store.schema import USER_ID_BASE
    from relations_desktop.store.userdb import find_documents, remove_documents
    user_db = user_library(args.user_db)
    ids: list[int] = []
    try:
        for key in args.documents:
            if key.isdigit() and int(key) < USER_ID_BASE:
                raise error(f"document {key} comes with the app and cannot be removed")
            found = find_documents(user_db, key)
            if not found:
                raise error(f"no imported document {key!r} in {user_db} (see: relations-desktop corpus list)")
            if len(found) > 1:
                raise error(f"{key!r} names {len(found)} imported documents; give one id: "
                            + ", ".join(str(d.id) for d in found))
            ids.append(found[0].id)
        removed = remove_documents(user_db, ids, waiting=_waiting)
    except DatabaseError as exc:
        raise database_error(exc, change=True) from None
    if args.json:
        print(json.dumps({"library": str(user_db), "removed": removed}))
    else:
        for doc_id in removed:
            print(f"removed\t{doc_id}")
    return EXIT_OK


def cmd_update(args: argparse.Namespace) -> int:
    from relations_desktop.errors import DatabaseError
    from relations_desktop.store.userdb import rebuild_user_db
    user_db = user_library(args.user_db)

    def progress(done: int, total: int, name: str) -> None:
        if name:
            print(f"\r{done + 1}/{total} {name[:60]:60}", end="", file=sys.stderr, flush=True)

    try:
        done = rebuild_user_db(user_db, progress=progress, waiting=_waiting)
    except DatabaseError as exc:
        raise database_error(exc, change=True) from None
    print("", file=sys.stderr)
    print(f"re-processed your imported documents -> {user_db}" if done else "nothing to update")
    return EXIT_OK


COMMANDS = {"build": cmd_build, "dump": cmd_dump, "search": cmd_search, "list": cmd_list, "import": cmd_import,
            "remove": cmd_remove, "update": cmd_update}


def run(args: argparse.Namespace) -> int:
    from relations_desktop.errors import DatabaseError
    from relations_desktop.store import sql
    try:
        return COMMANDS[args.corpus_command](args)
    except Stop as stop:
        return stop.code
    except DatabaseError as exc:
        return database_error(exc).code
    except sqlite3.DatabaseError as exc:      # damage met while reading a large library
        reason = sql.known_reason(exc)
        if reason is None:
            raise
        where = getattr(args, "corpus_db", None) or getattr(args, "user_db", None) or user_library()
        return database_error(DatabaseError(where, reason, str(exc))).code
