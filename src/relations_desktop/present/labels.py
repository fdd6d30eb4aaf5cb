"""Translatable names for what the corpus stores: event types, document kinds, languages, facts,
and what a document without a title is called in a list.

Shared by the interface and the PDF export. Strings are marked with ``N_`` and translated
when shown, so a language switch relabels everything.
"""

from __future__ import annotations

import re

from relations_desktop.i18n import N_, NC_, _, ngettext, pgettext
from relations_desktop.i18n.formatting import format_event_date, format_number

EVENT_TYPES: dict[str, str] = {
    "recognition": NC_("event type", "Recognition"),
    "relations_established": NC_("event type", "Relations established"),
    "embassy": NC_("event type", "Embassy"),
    "visit": NC_("event type", "Visit"),
    "agreement": NC_("event type", "Agreement"),
    "aid": NC_("event type", "Aid"),
    "trade": NC_("event type", "Trade"),
    "military": NC_("event type", "Military"),
    "conflict": NC_("event type", "Conflict"),
    "other": NC_("event type", "Other"),
}

# Colours per event type (RGB), chosen to stay apart in light and dark palettes.
TYPE_COLORS: dict[str, tuple[int, int, int]] = {
    "recognition": (142, 68, 173),
    "relations_established": (31, 119, 180),
    "embassy": (23, 162, 184),
    "visit": (44, 160, 44),
    "agreement": (255, 127, 14),
    "aid": (227, 119, 194),
    "trade": (188, 189, 34),
    "military": (127, 127, 127),
    "conflict": (214, 39, 40),
    "other": (140, 86, 75),
}

DOCUMENT_KINDS: dict[str, str] = {
    "encyclopedia": N_("Encyclopedia article"),
    "news": N_("News story"),
    "article": N_("Article"),
}

LANGUAGE_NAMES: dict[str, str] = {
    "bn": N_("Bengali"),
    "hi": N_("Hindi"),
    "en": N_("English"),
    "und": N_("Other language"),
}

# Short badges shown next to sources, translated like everything else.
LANGUAGE_BADGES: dict[str, str] = {"bn": N_("BN"), "hi": N_("HI"), "en": N_("EN"), "und": N_("??")}

# How precise a stored date is (corpus.grouping.precision_of), as the edit dialog says it.
PRECISIONS: dict[str, str] = {
    "day": N_("exact day"),
    "month": NC_("precision", "month"),
    "year": NC_("precision", "year"),
    "range": N_("date range"),
    "undated": N_("date not stated"),
}

FACTS: dict[str, str] = {
    "established": NC_("key fact", "Relations established"),
    "recognition": NC_("key fact", "Recognition"),
    "first_embassy": NC_("key fact", "First embassy"),
    "latest_visit": NC_("key fact", "Latest visit"),
    "agreements": NC_("key fact", "Agreements"),
    "visits": NC_("key fact", "Visits"),
}


def type_color(type_: str) -> tuple[int, int, int]:
    """The colour (RGB) of an event type on the timeline, in lists and in the PDF."""
    return TYPE_COLORS.get(type_, TYPE_COLORS["other"])


def event_type(type_: str) -> str:
    return pgettext("event type", EVENT_TYPES.get(type_, EVENT_TYPES["other"]))


def precision_name(precision: str) -> str:
    text = PRECISIONS.get(precision, PRECISIONS["undated"])
    return pgettext("precision", text) if precision in ("month", "year") else _(text)


def document_kind(kind: str) -> str:
    return _(DOCUMENT_KINDS.get(kind, DOCUMENT_KINDS["article"]))


def language_name(lang: str) -> str:
    return _(LANGUAGE_NAMES.get(lang, LANGUAGE_NAMES["und"]))


def language_badge(lang: str) -> str:
    return _(LANGUAGE_BADGES.get(lang, LANGUAGE_BADGES["und"]))


def fact_label(kind: str) -> str:
    return pgettext("key fact", FACTS[kind])


def fact_value(fact: object) -> str:
    """A fact's value in the interface language (a date at its precision, or a count)."""
    date = getattr(fact, "date", None)
    count = getattr(fact, "count", None)
    if date:
        return format_event_date(date)
    return format_number(count or 0)


def date_or_unstated(value: str | None, lang: str | None = None) -> str:
    """An event date at its precision, or "date not stated"."""
    return format_event_date(value, lang) if value else _("date not stated")


def pair_name(name_a: str, name_b: str) -> str:
    """Two country names as the interface writes a relationship: 'Nepal – Bhutan'."""
    return f"{name_a} – {name_b}"


_MARKUP = re.compile(r"^[\s='*#]+|[\s='*#]+$")    # a wiki heading's or a bold title's marks


def document_name(title: str | None, opening: tuple[str, str] | None, pairs: list[tuple[str, str]],
                  names: dict[str, dict[str, str]], lang: str) -> tuple[str, bool]:
    """What a document is called in a list, and whether that is its own title: its title; else
    the title or heading line its text opens with; else the relationship it is about ("Tajikistan
    – Turkey relations"; several: the first two, then …); else the first words of its text
    ('' when there are none: the caller shows the file name)."""
    if title and title.strip():
        return title.strip(), True
    kind, text = opening or ("", "")
    line = _MARKUP.sub("", text.split("\n", 1)[0])
    if kind in ("title", "heading") and line:
        return line, False

    def name(code: str) -> str:
        return names.get(code, {}).get(lang) or code
    if len(pairs) == 1:
        return _("{a} – {b} relations").format(a=name(pairs[0][0]), b=name(pairs[0][1])), False
    if pairs:
        return ", ".join(pair_name(name(a), name(b)) for a, b in pairs[:2]) + (", …" if len(pairs) > 2 else ""), False
    words = " ".join(line.split())
    return (words[:60].rsplit(" ", 1)[0] + " …" if len(words) > 60 else words), False


# Counts say "none" in words: "০টি ঘটনা" / "0 घटना" read as a broken number.
def events_count(n: int) -> str:
    if n == 0:
        return _("no events")
    return ngettext("{n} event", "{n} events", n).format(n=format_number(n))


def reading_events(n: int) -> str:
    """What a relationship pane says while its events are read."""
    return ngettext("Reading {n} event…", "Reading {n} events…", n).format(n=format_number(n))


def documents_count(n: int) -> str:
    if n == 0:
        return _("no documents")
    return ngettext("{n} document", "{n} documents", n).format(n=format_number(n))


def relationships_count(n: int) -> str:
    if n == 0:
        return _("no relationships")
    return ngettext("{n} relationship", "{n} relationships", n).format(n=format_number(n))
