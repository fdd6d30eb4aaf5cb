"""Interface translation: everything imports ``_``, ``N_`` and ``ngettext`` from here.

The language can change while the app runs; ``_`` looks the message up in the catalog of
the current language at each call, and listeners hear about a change (the UI re-labels
itself). No Qt here: the core and the command line use the same functions.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Callable

from relations_desktop import resources

DOMAIN = "relations_desktop"
SOURCE_LANGUAGE = "en"
# Each language's name in its own script, as the Language menu shows it.
LANGUAGES: dict[str, str] = {"bn": "বাংলা", "hi": "हिंदी", "en": "English"}

_current = SOURCE_LANGUAGE
_translations: dict[str, gettext.NullTranslations] = {}
_listeners: list[Callable[[str], None]] = []


class CatalogError(RuntimeError):
    """A compiled catalog the interface needs is missing."""


def _load(lang: str) -> gettext.NullTranslations:
    if lang == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    if lang not in _translations:
        mo = resources.catalog_dir() / f"{lang}.mo"
        if not mo.is_file():
            raise CatalogError(
                f"missing compiled catalog {mo}; run `python -m relations_desktop.i18n.catalogs compile`")
        with mo.open("rb") as fh:
            _translations[lang] = gettext.GNUTranslations(fh)
    return _translations[lang]


def set_language(lang: str) -> None:
    """Switch the interface language now and tell every listener."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported interface language: {lang!r}")
    _load(lang)
    changed = lang != _current
    _current = lang
    if changed:
        notify_listeners()


def notify_listeners() -> None:
    """Tell every listener the interface text changed (a new language, or new digits)."""
    for listener in list(_listeners):
        listener(_current)


def current_language() -> str:
    return _current


def add_listener(callback: Callable[[str], None]) -> None:
    _listeners.append(callback)


def remove_listener(callback: Callable[[str], None]) -> None:
    if callback in _listeners:
        _listeners.remove(callback)


def _(message: str) -> str:
    """Translate ``message`` into the current interface language."""
    if _current == SOURCE_LANGUAGE:
        return message
    return _load(_current).gettext(message)


def N_(message: str) -> str:
    """Mark ``message`` for translation without translating it (translate later with ``_``)."""
    return message


def NC_(context: str, message: str) -> str:
    """Mark ``message`` with a context for translation (translate later with ``pgettext``)."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The plural form for ``n`` in the current language (format ``n`` yourself with format_number)."""
    if _current == SOURCE_LANGUAGE:
        return singular if n == 1 else plural
    return _load(_current).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    if _current == SOURCE_LANGUAGE:
        return message
    return _load(_current).pgettext(context, message)


def language_for_locale(name: str | None) -> str:
    """bn_* → bn, hi_* → hi, anything else → en."""
    code = (name or "").replace("-", "_").split(".")[0].split("_")[0].lower()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def system_language() -> str:
    """The interface language the system locale asks for."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return language_for_locale(value.split(":")[0])
    import locale  # only when no variable says it: not on every start
    try:
        return language_for_locale(locale.getlocale()[0])
    except ValueError:
        return SOURCE_LANGUAGE
