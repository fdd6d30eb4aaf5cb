"""The ``relations-desktop`` command: no arguments start the app; subcommands work headless."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from relations_desktop import __version__

if TYPE_CHECKING:
    import argparse

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    import argparse
    p = argparse.ArgumentParser(prog="relations-desktop",
                                description="Offline atlas of bilateral relations between countries.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--db", help="corpus database to open (default: the bundled one)")
    p.add_argument("--lang", choices=("bn", "hi", "en"), help="interface language")
    p.add_argument("--pair", help="open this relationship, e.g. TJ-TR")
    p.add_argument("--screenshot", metavar="PNG", help="render the main window to PNG and exit")
    p.add_argument("--dark", action="store_true", help="use a dark palette (with --screenshot)")
    p.add_argument("--self-test", action="store_true", help="check the bundle works, then exit")
    sub = p.add_subparsers(dest="command")

    corpus = sub.add_parser("corpus", help="build, dump, search or import the corpus")
    csub = corpus.add_subparsers(dest="corpus_command", required=True)
    b = csub.add_parser("build", help="build a database from documents")
    b.add_argument("sources", nargs="+", help="files or folders")
    b.add_argument("-o", "--output", required=True, help="database file to write")
    d = csub.add_parser("dump", help="print the extraction as JSON")
    d.add_argument("--db", dest="corpus_db", help="database (default: the bundled one)")
    s = csub.add_parser("search", help="full-text search over all passages")
    s.add_argument("query")
    s.add_argument("--db", dest="corpus_db", help="database (default: the bundled one)")
    s.add_argument("--json", action="store_true", help="print hits as JSON")
    s.add_argument("--limit", type=int, default=50)
    i = csub.add_parser("import", help="import documents into your user corpus")
    i.add_argument("paths", nargs="+")
    i.add_argument("--user-db", help="user database (default: in your data folder)")

    e = sub.add_parser("export", help="export a relationship: summary (PDF), timeline, or sources")
    e.add_argument("--pair", dest="export_pair", required=True, help="e.g. TJ-TR")
    e.add_argument("--lang", dest="export_lang", choices=("bn", "hi", "en"), default="en")
    e.add_argument("-o", "--output", required=True)
    e.add_argument("--db", dest="corpus_db")
    e.add_argument("--force", action="store_true", help="replace an existing file")
    _add_format_option(e)
    return p


def _add_format_option(export: argparse.ArgumentParser) -> None:
    from relations_desktop.export.formats import FORMATS
    export.add_argument("--format", dest="export_format", choices=tuple(FORMATS),
                        help="pdf (summary), csv/json (timeline table), png/svg (timeline drawing), "
                             "ris/bibtex/csljson (sources); default: from the output's suffix, else pdf")


def _resolve_db(arg: str | None) -> Path:
    from relations_desktop.seed_corpus import default_database
    return Path(arg) if arg else default_database()


def cmd_corpus_build(args: argparse.Namespace) -> int:
    from relations_desktop.corpus.pipeline import process_all
    from relations_desktop.present.messages import document_error_message
    from relations_desktop.store.write import build_database

    missing = [s for s in args.sources if not Path(s).exists()]
    if missing:
        print(f"error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE

    def report(path: Path, doc, err) -> None:
        if err is not None:
            print(f"FAILED {path.name}: {err.reason}: {document_error_message(err.reason)}"
                  f"{' (' + err.detail + ')' if err.detail else ''}")
        else:
            pairs = ",".join("-".join(p) for p in doc.pairs) or "-"
            dated = sum(1 for e in doc.events if e.date)
            print(f"{doc.raw.file}\t{doc.lang}\t{doc.kind}\tpairs={pairs}\tevents={len(doc.events)} "
                  f"({dated} dated)")

    docs, errors = process_all(args.sources, report)
    if not docs and not errors:
        print("error: no documents found", file=sys.stderr)
        return EXIT_USAGE
    seen: dict[str, str] = {}
    unique = []
    for doc in docs:
        if doc.raw.sha256 in seen:
            print(f"skipped {doc.raw.file}: same content as {seen[doc.raw.sha256]}")
            continue
        seen[doc.raw.sha256] = doc.raw.file
        unique.append(doc)
    docs = unique
    build_database(docs, args.output)
    rels = {p for d in docs for p in d.pairs}
    events = sum(len(d.events) for d in docs)
    print(f"{len(docs)} documents, {len(rels)} relationships, {events} events -> {args.output}"
          + (f"; {len(errors)} failed" if errors else ""))
    return EXIT_FAILED if errors else EXIT_OK


def cmd_corpus_dump(args: argparse.Namespace) -> int:
    from relations_desktop.errors import DatabaseError
    from relations_desktop.present.messages import database_error_message
    from relations_desktop.store.connection import open_readonly
    from relations_desktop.store.dump import dump_json
    try:
        conn = open_readonly(_resolve_db(args.corpus_db))
    except DatabaseError as exc:
        print(f"error: {database_error_message(exc)}", file=sys.stderr)
        return EXIT_FAILED
    sys.stdout.write(dump_json(conn))
    return EXIT_OK


def cmd_corpus_search(args: argparse.Namespace) -> int:
    from relations_desktop.errors import DatabaseError
    from relations_desktop.present.messages import database_error_message
    from relations_desktop.resources import user_corpus_db
    from relations_desktop.seed_corpus import default_database
    from relations_desktop.store.connection import open_corpus
    from relations_desktop.store.search import search
    try:
        if args.corpus_db:
            conn = open_corpus(args.corpus_db)
        else:
            user = user_corpus_db()
            conn = open_corpus(default_database(), user if user.is_file() else None)
    except DatabaseError as exc:
        print(f"error: {database_error_message(exc)}", file=sys.stderr)
        return EXIT_FAILED
    try:
        hits = search(conn, args.query, limit=args.limit)
    finally:
        conn.close()
    if args.json:
        import json
        print(json.dumps([{"file": h.file, "lang": h.lang, "pair": list(h.pair), "start": h.start,
                           "end": h.end, "snippet": h.snippet,
                           "highlights": [list(span) for span in h.highlights]} for h in hits],
                         ensure_ascii=False, indent=1))
    else:
        for h in hits:
            print(f"{h.file}:{h.start}-{h.end}\t{h.lang}\t{'-'.join(h.pair)}\t{h.snippet}")
        if not hits:
            print("no matches", file=sys.stderr)
    return EXIT_OK


def cmd_corpus_import(args: argparse.Namespace) -> int:
    from relations_desktop.errors import DatabaseError
    from relations_desktop.present.messages import database_error_message, document_error_message
    from relations_desktop.resources import user_corpus_db
    from relations_desktop.seed_corpus import default_database
    from relations_desktop.store.userdb import import_documents
    user_db = Path(args.user_db) if args.user_db else user_corpus_db()
    try:
        result = import_documents(args.paths, user_db, bundled_db=default_database())
    except DatabaseError as exc:
        print(f"error: {database_error_message(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(f"interrupted: {user_db} is unchanged", file=sys.stderr)
        return 130
    for a in result.added:
        pairs = ",".join("-".join(p) for p in a.pairs) or "no relationship found"
        print(f"added\t{a.file}\t{a.lang}\t{pairs}\tevents={a.events}")
    for d in result.duplicates:
        print(f"duplicate\t{d.file}\tsame content as {d.existing_file} ({d.existing_origin})")
    for f in result.failed:
        print(f"FAILED\t{f.file}\t{f.reason}\t{document_error_message(f.reason)}"
              f"{' (' + f.detail + ')' if f.detail else ''}")
    print(f"{len(result.added)} added, {len(result.duplicates)} duplicates, {len(result.failed)} failed "
          f"-> {user_db}")
    return EXIT_OK if result.ok else EXIT_FAILED


def cmd_export(args: argparse.Namespace) -> int:
    from relations_desktop import i18n
    from relations_desktop.errors import DatabaseError, ExportError
    from relations_desktop.present.dossier import load_dossier
    from relations_desktop.present.messages import database_error_message, export_error_message
    from relations_desktop.store import queries
    from relations_desktop.store.connection import open_corpus

    a, _sep, b = args.export_pair.upper().partition("-")
    if not (len(a) == 2 and len(b) == 2 and a.isalpha() and b.isalpha()):
        print(f"error: --pair must look like TJ-TR, not {args.export_pair!r}", file=sys.stderr)
        return EXIT_USAGE
    i18n.set_language(args.export_lang)
    try:
        conn = open_corpus(_resolve_db(args.corpus_db))
    except DatabaseError as exc:
        print(f"error: {database_error_message(exc)}", file=sys.stderr)
        return EXIT_FAILED
    pair = queries.pair_key(a, b)
    if not queries.relationship_exists(conn, pair):
        print(f"error: no relationship {a}-{b} in the corpus", file=sys.stderr)
        return EXIT_FAILED
    try:
        path = _write_export(args, load_dossier(conn, pair), queries.corpus_version(conn))
    except ExportError as exc:
        print(f"error: {export_error_message(exc)}", file=sys.stderr)
        return EXIT_FAILED
    print(path)
    return EXIT_OK


def _write_export(args: argparse.Namespace, dossier, corpus_version: str) -> Path:
    """Write the export in the format asked for (or the output's suffix says); PNG is drawn by Qt
    offscreen, without a display."""
    import os

    from relations_desktop.export.formats import format_for_path, write_export
    fmt = args.export_format or format_for_path(args.output)
    rasterise = None
    if fmt == "png":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        from relations_desktop.ui.timeline_image import png_bytes
        app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (kept alive)
        rasterise = png_bytes
    return write_export(dossier, fmt, args.output, overwrite=args.force, corpus_version=corpus_version,
                        rasterise=rasterise)


_GUI_VALUES = {"--db": "db", "--lang": "lang", "--pair": "pair", "--screenshot": "screenshot"}


def _plain_launch(argv: list[str]) -> dict[str, object] | None:
    """The options of a plain app launch, read without building the argparse parser (which
    costs milliseconds at every start); None for anything else, which argparse handles."""
    opts: dict[str, object] = {"db": None, "lang": None, "pair": None, "screenshot": None, "dark": False}
    it = iter(argv)
    for arg in it:
        if arg == "--dark":
            opts["dark"] = True
        elif arg in _GUI_VALUES:
            value = next(it, None)
            if value is None or value.startswith("-"):
                return None
            opts[_GUI_VALUES[arg]] = value
        else:
            return None
    if opts["lang"] not in (None, "bn", "hi", "en"):
        return None
    return opts


def _start_app(argv: list[str], **options: object) -> int:
    """The window, once the system has what Qt needs to open it (else a message, exit 1)."""
    from relations_desktop.system_libraries import check
    problem = check(argv)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_FAILED
    from relations_desktop.ui.app import run
    return run(**options)  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    launch = _plain_launch(argv)
    if launch is not None:
        return _start_app(argv, **launch)
    args = _parser().parse_args(argv)
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    if args.command == "corpus":
        return {"build": cmd_corpus_build, "dump": cmd_corpus_dump, "search": cmd_corpus_search,
                "import": cmd_corpus_import}[args.corpus_command](args)
    if args.command == "export":
        return cmd_export(args)
    if args.self_test:
        from relations_desktop.selftest import run_self_test
        return run_self_test(args.db)
    return _start_app(argv, db=args.db, lang=args.lang, pair=args.pair, screenshot=args.screenshot, dark=args.dark)
