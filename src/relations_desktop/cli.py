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
    p.add_argument("--db", help="corpus database to open (default: the bundled one with your imported documents)")
    p.add_argument("--lang", choices=("bn", "hi", "en"), help="interface language")
    p.add_argument("--pair", help="open this relationship: codes or names, e.g. TJ-TR, Tajikistan-Turkey")
    p.add_argument("--screenshot", metavar="PNG", help="render the main window to PNG and exit")
    p.add_argument("--dark", action="store_true", help="use a dark palette (with --screenshot)")
    p.add_argument("--self-test", action="store_true", help="check the bundle works, then exit")
    sub = p.add_subparsers(dest="command")

    corpus = sub.add_parser("corpus", help="build, dump, search, list, import or remove documents")
    _corpus_commands(corpus)

    from relations_desktop.cli_events import add_commands
    add_commands(sub)

    e = sub.add_parser("export", help="export a relationship: summary (PDF), timeline, or sources")
    e.add_argument("--pair", dest="export_pair", required=True,
                   help="codes or names in English, Bengali or Hindi, e.g. TJ-TR or Tajikistan-Turkey")
    e.add_argument("--lang", dest="export_lang", choices=("bn", "hi", "en"), default="en")
    e.add_argument("-o", "--output", required=True)
    e.add_argument("--db", dest="corpus_db", help="one database (default: the bundled one with your imported ones)")
    e.add_argument("--force", action="store_true", help="replace an existing file")
    _add_format_option(e)
    return p


def _add_format_option(export: argparse.ArgumentParser) -> None:
    from relations_desktop.export.formats import FORMATS
    export.add_argument("--format", dest="export_format", choices=tuple(FORMATS),
                        help="pdf (summary), csv/json (timeline table), png/svg (timeline drawing), "
                             "ris/bibtex/csljson (sources); default: from the output's suffix, else pdf")


def _corpus_commands(corpus: argparse.ArgumentParser) -> None:
    """The ``corpus`` subcommands (run by cli_corpus)."""
    one_db = "one database (default: the bundled one with your imported documents)"
    user_db = "your library (default: in your data folder)"
    csub = corpus.add_subparsers(dest="corpus_command", required=True)
    b = csub.add_parser("build", help="build a database from documents")
    b.add_argument("sources", nargs="+", help="files or folders")
    b.add_argument("-o", "--output", required=True, help="database file to write")
    d = csub.add_parser("dump", help="print the extraction as JSON")
    d.add_argument("--db", dest="corpus_db", help=one_db)
    s = csub.add_parser("search", help="full-text search over all passages")
    s.add_argument("query")
    s.add_argument("--db", dest="corpus_db", help=one_db)
    s.add_argument("--json", action="store_true", help="print hits as JSON")
    s.add_argument("--limit", type=int, default=50)
    ls = csub.add_parser("list", help="list the documents with their metadata")
    ls.add_argument("--db", dest="corpus_db", help=one_db)
    ls.add_argument("--json", action="store_true", help="print the list as JSON")
    i = csub.add_parser("import", help="import documents (files, folders, Kiwix .zim archives) into your library")
    i.add_argument("paths", nargs="+", help="files, folders, or Kiwix archives (.zim: their articles about "
                                            "relations between countries)")
    i.add_argument("--languages", metavar="bn,hi,en", help="from a Kiwix archive, only the articles in these "
                                                              "languages (default: all)")
    i.add_argument("--user-db", help=user_db)
    i.add_argument("--json", action="store_true", help="print what was done as JSON")
    i.add_argument("--jobs", type=int, default=1, help="processes that run the pipeline (default 1)")
    r = csub.add_parser("remove", help="remove imported documents (by id, file name or sha256)")
    r.add_argument("documents", nargs="+", metavar="ID|FILE")
    r.add_argument("--user-db", help=user_db)
    r.add_argument("--json", action="store_true", help="print the ids removed as JSON")
    u = csub.add_parser("update", help="re-process your imported documents with this version's pipeline")
    u.add_argument("--user-db", help=user_db)


def cmd_export(args: argparse.Namespace) -> int:
    from relations_desktop import i18n
    from relations_desktop.cli_corpus import Stop, error, open_corpus_for, pair_argument
    from relations_desktop.errors import ExportError
    from relations_desktop.present.dossier import load_dossier
    from relations_desktop.present.messages import export_error_message
    from relations_desktop.store import queries

    try:
        pair = pair_argument(args.export_pair)
        i18n.set_language(args.export_lang)
        conn = open_corpus_for(args.corpus_db)
    except Stop as stop:
        return stop.code
    if not queries.relationship_exists(conn, pair):
        print(f"error: no relationship {'-'.join(pair)} in the corpus", file=sys.stderr)
        return EXIT_FAILED
    try:
        path = _write_export(args, load_dossier(conn, pair), queries.corpus_version(conn))
    except ExportError as exc:
        return error(export_error_message(exc)).code
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
        from relations_desktop.cli_corpus import run as run_corpus
        return run_corpus(args)
    if args.command == "export":
        return cmd_export(args)
    if args.command in ("events", "corrections"):
        from relations_desktop.cli_events import run as run_events
        return run_events(args)
    if args.self_test:
        from relations_desktop.selftest import run_self_test
        return run_self_test(args.db)
    return _start_app(argv, db=args.db, lang=args.lang, pair=args.pair, screenshot=args.screenshot, dark=args.dark)
