"""Maintain the gettext catalogs in ``i18n/``: extract, update, compile, check.

    python -m relations_desktop.i18n.catalogs extract   # sources → relations_desktop.pot
    python -m relations_desktop.i18n.catalogs update    # .pot → bn.po, hi.po (keeps translations)
    python -m relations_desktop.i18n.catalogs compile   # .po → .mo (build output, not committed)
    python -m relations_desktop.i18n.catalogs review [-o FILE]   # → build/i18n-review.html

The review sheet shows the whole interface in Bengali and Hindi beside English on one page
(plurals for several n, every date precision, every event type, menus, the glossary), for a
native reader. The terms translators follow are in i18n/glossary.csv.

Compiled catalogs are produced before tests (tests/conftest.py) and packaging (the wheel
build hook and build.spec).
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

DOMAIN = "relations_desktop"
TRANSLATED = ("bn", "hi")


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as fh:
        return read_po(fh, locale=locale)


def compile_catalogs(folder: Path | None = None) -> list[Path]:
    """Compile every ``<lang>.po`` in ``folder`` to ``<lang>.mo`` (only when out of date)."""
    if folder is None:
        from relations_desktop import resources
        folder = resources.catalog_dir()
    out = []
    for lang in TRANSLATED:
        po, mo = folder / f"{lang}.po", folder / f"{lang}.mo"
        if not po.is_file():
            raise FileNotFoundError(f"missing catalog {po}")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            catalog = read_catalog(po, lang)
            tmp = mo.with_suffix(".mo.tmp")
            with tmp.open("wb") as fh:
                write_mo(fh, catalog, use_fuzzy=False)
            tmp.replace(mo)
        out.append(mo)
    return out


def extract(root: Path) -> Path:
    from babel.messages.frontend import CommandLineInterface
    pot = root / "i18n" / f"{DOMAIN}.pot"
    CommandLineInterface().run([
        "pybabel", "-q", "extract", "-F", str(root / "i18n" / "babel.cfg"), "-k", "N_", "-k", "NC_:1c,2",
        "-k", "ngettext:1,2",
        "-k", "pgettext:1c,2", "--no-location", "--sort-output", "--project", "Relations Desktop",
        "--msgid-bugs-address", "relations-desktop@example.org", "--no-wrap",
        "-o", str(pot), str(root)])
    return pot


def update(root: Path) -> None:
    folder = root / "i18n"
    template = read_catalog(folder / f"{DOMAIN}.pot")
    for lang in TRANSLATED:
        po = folder / f"{lang}.po"
        catalog = read_catalog(po, lang) if po.exists() else Catalog(locale=lang, domain=DOMAIN)
        catalog.update(template, no_fuzzy_matching=True)
        with po.open("wb") as fh:
            write_po(fh, catalog, no_location=True, omit_header=False, sort_output=True, width=0,
                     ignore_obsolete=True)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    root = Path(__file__).resolve().parents[3]
    cmd = argv[0] if argv else "compile"
    if cmd == "extract":
        print(extract(root))
    elif cmd == "update":
        update(root)
    elif cmd == "compile":
        for mo in compile_catalogs(root / "i18n"):
            print(mo)
    elif cmd == "review":
        from relations_desktop.i18n.review import write_review_sheet
        out = Path(argv[2]) if len(argv) > 2 and argv[1] in ("-o", "--output") else root / "build" / "i18n-review.html"
        print(write_review_sheet(root / "i18n", out.resolve(), root / "resources" / "fonts"))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
