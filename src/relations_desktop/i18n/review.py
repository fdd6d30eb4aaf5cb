"""A review sheet: the whole interface in Bengali and Hindi beside English, on one HTML page.

Every message with its placeholders filled in the language's own way, every plural message for
n = 0, 1, 2, 5, 21, 1000 and 100000 in the interface's digits, every date precision, every event
type, the menus with their access keys, and the glossary. Made from the .po files directly.
"""

from __future__ import annotations

import datetime as _dt
import gettext
import html
import os
import string
from collections.abc import Callable
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog, Message

from relations_desktop import __version__
from relations_desktop.i18n.formatting import format_date, format_event_date, format_number, localize_digits
from relations_desktop.i18n.glossary import ACCESS_KEY_GROUPS, LATIN_ACCESS_KEY, read_glossary

COUNTS = (0, 1, 2, 5, 21, 1000, 100000)
# One date per precision the pipeline writes (the dump contract), and the ways a range is shown.
DATES: tuple[tuple[str, str | None], ...] = (
    ("day", "1991-12-16"), ("month", "1992-03"), ("year", "1992"),
    ("range: days of one month", "2006-01-19/2006-01-22"), ("range: across months", "2006-01-30/2006-02-02"),
    ("range: years", "1991/1993"), ("range: month to year", "1998-05/2001"), ("undated", None),
)
LANGS = ("en", "bn", "hi")
CONTEXT_TITLES = {None: "Interface", "event type": "Event types", "key fact": "Key facts",
                  "qt": "Qt's own dialogs and menus"}
# Countries for the samples: any three will do; these read differently in the three scripts.
SAMPLE_COUNTRIES = {"a": "KE", "b": "CL", "country": "PE"}


class _Language:
    """Lookups in one catalog, the way the app does them (English: the source itself)."""

    def __init__(self, lang: str, catalog: Catalog | None) -> None:
        self.lang = lang
        self.catalog = catalog
        self._plural: Callable[[int], int] = (
            gettext.c2py(catalog.plural_expr) if catalog is not None else (lambda n: int(n != 1)))

    def text(self, msgid: str, context: str | None = None) -> str:
        if self.catalog is None:
            return msgid
        msg = self.catalog.get(msgid, context)
        return msg.string if msg is not None and msg.string else msgid

    def forms(self, message: Message) -> list[str]:
        """Every form of ``message`` in this language (one for a message without plurals)."""
        ids = list(message.id) if message.pluralizable else [message.id]
        if self.catalog is None:
            return ids
        msg = self.catalog.get(ids[0], message.context)
        if msg is None:
            return ids
        return list(msg.string) if msg.pluralizable else [msg.string]

    def plural(self, message: Message, n: int) -> str:
        forms = self.forms(message)
        if self.catalog is None:
            return forms[0] if n == 1 else forms[1]
        return forms[min(self._plural(n), len(forms) - 1)]


def _samples(lang: _Language) -> dict[str, str]:
    code = lang.lang
    names = Locale.parse(code).territories
    values = {key: names[iso] for key, iso in SAMPLE_COUNTRIES.items()}
    from babel.lists import format_list
    values["relationships"] = format_list([f"{values['a']} – {values['b']}", f"{values['country']} – {values['b']}"],
                                          locale=code)
    values.update(
        n=format_number(3, code), total=format_number(12, code), date=format_date(_dt.date(2026, 3, 5), code),
        version=localize_digits(__version__, code), corpus="3f2a9c1e", file="notes.txt",
        existing="notes (copy).txt", name="summary.pdf", folder="Documents", path="/home/user/relations.db",
        detail="[Errno 28]", language=lang.text("Bengali"), reason=lang.text("the file is empty"))
    return values


def _label(text: str) -> str:
    """Escaped text with its access key underlined, as Qt shows it."""
    match = LATIN_ACCESS_KEY.search(text)
    if match:
        head, tail = text[:match.start()], text[match.end():]
        return f"{_label(head)} (<u>{match.group(1)}</u>){html.escape(tail)}"
    out, i = [], 0
    while i < len(text):
        if text[i] == "&" and text[i + 1:i + 2] == "&":
            out.append("&amp;")
            i += 2
        elif text[i] == "&" and i + 1 < len(text):
            out.append(f"<u>{html.escape(text[i + 1])}</u>")
            i += 2
        else:
            out.append(html.escape(text[i]))
            i += 1
    return "".join(out)


def _render(text: str, values: dict[str, str]) -> str:
    """A message as the interface shows it, filled values marked (their field name on hover)."""
    out = []
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:
        return f'<span class="bad">{html.escape(text)}</span>'
    for literal, field, _spec, _conv in parts:
        out.append(_label(literal))
        if field is not None:
            value = values.get(field)
            shown = html.escape(value) if value is not None else html.escape("{" + field + "}")
            out.append(f'<span class="ph" title="{{{html.escape(field)}}}">{shown}</span>')
    return "".join(out)


def _table(head: list[str], rows: list[list[str]], langs: tuple[str, ...] = ("", *LANGS)) -> str:
    """An HTML table; ``langs`` marks each column's language (for its font), "" for none."""
    def row(cells: list[str], tag: str) -> str:
        return "<tr>" + "".join(f'<{tag} lang="{lang}">{cell}</{tag}>' if lang else f"<{tag}>{cell}</{tag}>"
                                for lang, cell in zip(langs, cells, strict=True)) + "</tr>"
    return "<table>" + row(head, "th") + "".join(row(r, "td") for r in rows) + "</table>"


def _font_faces(out: Path, fonts: Path) -> str:
    faces = []
    for family, stem in (("Noto Sans", "NotoSans"), ("Noto Sans Bengali", "NotoSansBengali"),
                         ("Noto Sans Devanagari", "NotoSansDevanagari")):
        for weight, style in (("normal", "Regular"), ("bold", "Bold")):
            font = fonts / f"{stem}-{style}.ttf"
            if font.is_file():
                url = Path(os.path.relpath(font, out.parent)).as_posix()
                faces.append(f'@font-face {{ font-family: "{family}"; font-weight: {weight}; src: url("{url}"); }}')
    return "\n".join(faces)


STYLE = """
body { font-family: "Noto Sans", "Noto Sans Bengali", "Noto Sans Devanagari", sans-serif; margin: 2em;
       line-height: 1.55; }
:lang(bn) { font-family: "Noto Sans Bengali", "Noto Sans", sans-serif; }
:lang(hi) { font-family: "Noto Sans Devanagari", "Noto Sans", sans-serif; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
td:first-child { color: #555; white-space: nowrap; }
.ph { background: #fff3c4; border-radius: 3px; padding: 0 2px; }
.bad { background: #fcc; }
h2 { margin-top: 2em; border-bottom: 2px solid #ddd; }
.small { color: #666; font-size: 90%; }
"""


def review_sheet(folder: Path, out: Path, fonts: Path | None = None) -> str:
    """The HTML review sheet for the catalogs in ``folder`` (i18n/), to be written at ``out``."""
    from babel.messages.pofile import read_po

    def load(path: Path, locale: str | None = None) -> Catalog:
        with path.open("rb") as fh:
            return read_po(fh, locale=locale)

    template = load(folder / "relations_desktop.pot")
    langs = [_Language("en", None)] + [_Language(code, load(folder / f"{code}.po", code)) for code in ("bn", "hi")]
    samples = {lang.lang: _samples(lang) for lang in langs}
    messages = [m for m in template if m.id]
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        "<title>Relations Desktop: Bengali and Hindi review sheet</title>",
        f"<style>{_font_faces(out, fonts) if fonts else ''}{STYLE}</style></head><body>",
        "<h1>Relations Desktop: Bengali and Hindi review sheet</h1>",
        f'<p class="small">{len(messages)} messages from {html.escape(str(folder))}, made '
        f"{_dt.date.today().isoformat()}. Highlighted: a value the app fills in (hover for its field). "
        "Underlined: the access key (Alt + that letter). Numbers and dates are written as the interface "
        "writes them in each language. The terms are in <a href='#glossary'>the glossary</a>.</p>",
    ]

    parts.append("<h2>Menus and access keys</h2>")
    for group, slots in ACCESS_KEY_GROUPS.items():
        rows = [[html.escape(f"{ctx}|{msgid}" if ctx else msgid)]
                + [_render(lang.text(msgid, ctx), samples[lang.lang]) for lang in langs]
                for slot in slots for ctx, msgid in slot]
        parts += [f"<h3>{html.escape(group)}</h3>", _table(["message", *LANGS], rows)]

    for context in ("event type", "key fact"):
        rows = [[html.escape(m.id)] + [_render(lang.text(m.id, context), samples[lang.lang]) for lang in langs]
                for m in messages if m.context == context]
        parts += [f"<h2>{CONTEXT_TITLES[context]}</h2>", _table(["message", *LANGS], rows)]

    parts.append("<h2>Dates at every precision</h2>")
    rows = []
    for precision, value in DATES:
        shown = [html.escape(format_event_date(value, lang.lang) if value else lang.text("date not stated"))
                 for lang in langs]
        rows.append([html.escape(f"{precision}: {value or '—'}"), *shown])
    for msgid in ("exact day", "month or year", "Filled: exact day · hollow: month or year"):
        rows.append([html.escape(msgid)] + [_render(lang.text(msgid), samples[lang.lang]) for lang in langs])
    parts.append(_table(["precision", *LANGS], rows))

    parts.append("<h2>Plural messages</h2>")
    for m in (m for m in messages if m.pluralizable):
        rows = []
        for n in COUNTS:
            cells = []
            for lang in langs:
                values = dict(samples[lang.lang], n=format_number(n, lang.lang))
                cells.append(_render(lang.plural(m, n), values))
            rows.append([format_number(n, "en"), *cells])
        parts += [f"<h3>{html.escape(m.id[0])} / {html.escape(m.id[1])}</h3>", _table(["n", *LANGS], rows)]

    for context in (None, "qt"):
        rows = []
        for m in messages:
            if m.context != context:
                continue
            if m.pluralizable:
                forms = [_render(lang.plural(m, 5), dict(samples[lang.lang], n=format_number(5, lang.lang)))
                         for lang in langs]
                rows.append([html.escape(m.id[1]) + " (n = 5)", *forms])
            else:
                rows.append([html.escape(m.id)] + [_render(lang.text(m.id, context), samples[lang.lang])
                                                   for lang in langs])
        parts += [f"<h2>All messages: {CONTEXT_TITLES[context]}</h2>", _table(["message", *LANGS], rows)]

    parts.append('<h2 id="glossary">Glossary</h2>')
    glossary = read_glossary(folder / "glossary.csv")
    rows = [[html.escape(t.term), html.escape(t.context), html.escape(" | ".join(t.approved["bn"])),
             html.escape(" | ".join(t.approved["hi"])),
             html.escape(" | ".join(dict.fromkeys(t.forbidden["bn"] + t.forbidden["hi"]))), html.escape(t.note)]
            for t in glossary]
    parts.append(_table(["term", "context", "bn", "hi", "forbidden", "note"], rows, ("", "", "bn", "hi", "", "")))
    parts.append("</body></html>")
    return "\n".join(parts)


def write_review_sheet(folder: Path, out: Path, fonts: Path | None = None) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(review_sheet(folder, out, fonts), encoding="utf-8")
    return out
