"""Numbers and dates in the interface language, through Babel/CLDR, with the digits each
language is set to write (its own or Latin).

Babel writes Latin digits even for Bengali, so output is mapped to the language's own digits
here when it writes them. An event date keeps its precision: a month is never shown as a day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from relations_desktop import i18n
from relations_desktop.digits import to_bengali_digits, to_devanagari_digits
from relations_desktop.i18n import current_language

if TYPE_CHECKING:
    import datetime as _dt

# A language's own digits, for the languages that have them.
_NATIVE = {"bn": to_bengali_digits, "hi": to_devanagari_digits}
# Whether a language writes its own digits unless the person chose otherwise. Bengali print
# uses Bengali digits. Hindi uses the international (Latin) digits: the Constitution names "the
# international form of Indian numerals" for official use (Art. 343), and the large Hindi
# newspapers, publishers and Hindi Wikipedia print 0-9; CLDR's default for hi is Latin too.
NATIVE_BY_DEFAULT = {"bn": True, "hi": False}
_native = dict(NATIVE_BY_DEFAULT)


def has_native_digits(lang: str) -> bool:
    """Whether ``lang`` has digits of its own to choose (English does not)."""
    return lang in _NATIVE


def writes_native_digits(lang: str | None = None) -> bool:
    return _native.get(lang or current_language(), False)


def set_native_digits(lang: str, native: bool) -> None:
    """Choose the digits of ``lang``; the interface re-labels itself if it is the current one."""
    if not has_native_digits(lang):
        raise ValueError(f"{lang!r} has no digits of its own")
    changed = _native[lang] != native
    _native[lang] = native
    if changed and lang == current_language():
        i18n.notify_listeners()


def native_digits(text: str, lang: str) -> str:
    """``text`` with ``lang``'s own digits, whichever it is set to write."""
    return _NATIVE[lang](text) if lang in _NATIVE else text


def localize_digits(text: str, lang: str | None = None) -> str:
    """``text`` with the digits the language is set to write."""
    lang = lang or current_language()
    return _NATIVE[lang](text) if _native.get(lang) else text


def format_number(n: int | float, lang: str | None = None) -> str:
    lang = lang or current_language()
    if isinstance(n, int) and -1000 < n < 1000:
        return localize_digits(str(n), lang)   # no grouping below a thousand in any locale here
    from babel.numbers import format_decimal  # Babel loads slowly: only when needed
    return localize_digits(format_decimal(n, locale=lang), lang)


def format_percent(value: float, lang: str | None = None) -> str:
    """A share (0-1) as a whole percentage: 0.62 → "62%" ("৬২%" in Bengali digits)."""
    return localize_digits(f"{round(value * 100)}%", lang or current_language())


def format_year(year: int, lang: str | None = None) -> str:
    """A year as people write it: no thousands separator."""
    return localize_digits(str(year), lang)


def _parse(part: str) -> tuple[int, int | None, int | None]:
    bits = [int(x) for x in part.split("-")]
    return bits[0], (bits[1] if len(bits) > 1 else None), (bits[2] if len(bits) > 2 else None)


# Bangla Academy spellings, which Bengali readers expect, where CLDR writes the long ī.
_BN_MONTHS = {1: "জানুয়ারি", 2: "ফেব্রুয়ারি"}


def month_name(month: int, lang: str | None = None) -> str:
    lang = lang or current_language()
    if lang == "bn" and month in _BN_MONTHS:
        return _BN_MONTHS[month]
    from babel import Locale
    return Locale.parse(lang).months["format"]["wide"][month]


def _day_month_year(day: str, month: int, year: int, lang: str) -> str:
    if lang == "en":
        return f"{month_name(month, lang)} {day}, {format_year(year, lang)}"
    return f"{day} {month_name(month, lang)} {format_year(year, lang)}"


def _one(part: str, lang: str) -> str:
    y, m, d = _parse(part)
    if m is None:
        return format_year(y, lang)
    if d is None:
        return f"{month_name(m, lang)} {format_year(y, lang)}"
    return _day_month_year(format_year(d, lang), m, y, lang)


def format_event_date(value: str | None, lang: str | None = None) -> str:
    """An event date in the interface language, at its own precision: '১৬ ডিসেম্বর ১৯৯১',
    'মার্চ ১৯৯২', '১৯৯২', '১৯–২২ জানুয়ারি ২০০৬'. None gives ''."""
    lang = lang or current_language()
    if not value:
        return ""
    if "/" not in value:
        return _one(value, lang)
    a, b = value.split("/", 1)
    (y1, m1, d1), (y2, m2, d2) = _parse(a), _parse(b)
    if d1 and d2 and y1 == y2 and m1 == m2:
        days = f"{format_year(d1, lang)}–{format_year(d2, lang)}"
        return _day_month_year(days, m1, y1, lang)
    if m1 is None and m2 is None:
        return f"{format_year(y1, lang)}–{format_year(y2, lang)}"
    return f"{_one(a, lang)} – {_one(b, lang)}"


def format_date(date: _dt.date, lang: str | None = None) -> str:
    """A calendar date (export date, build time) in the interface language."""
    lang = lang or current_language()
    return _day_month_year(format_year(date.day, lang), date.month, date.year, lang)


