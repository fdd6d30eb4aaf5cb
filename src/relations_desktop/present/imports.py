"""What an import did and what the user has imported, in the interface language: file names,
languages and the relationships found, with country names (never ISO codes)."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from relations_desktop.corpus.gazetteer import country_name
from relations_desktop.i18n import NC_, _, current_language, ngettext, pgettext
from relations_desktop.i18n.formatting import format_number
from relations_desktop.present import labels, messages

if TYPE_CHECKING:
    from relations_desktop.store.kiwix import LanguageCounts
    from relations_desktop.store.report import DuplicateFile
    from relations_desktop.store.userdb import ImportResult

FAILED_FILE = NC_("import failure", "{file}: {reason}")


def relationships_text(pairs: Iterable[tuple[str, str]], lang: str | None = None) -> str:
    """'Nepal – India, Nepal – Bhutan and India – Bhutan', in the language's own list style."""
    from babel.lists import format_list  # Babel loads slowly: only when needed
    lang = lang or current_language()
    names = [labels.pair_name(country_name(a, lang), country_name(b, lang)) for a, b in pairs]
    return format_list(names, locale=_locale(lang)) if names else ""


@functools.cache
def _locale(lang: str):
    """Babel's locale for ``lang``, parsed once (a summary of a thousand articles asks for it a
    thousand times)."""
    from babel import Locale
    return Locale.parse(lang)


def document_line(file: str, lang: str, pairs: Iterable[tuple[str, str]]) -> str:
    """One document: its file, its language and the relationships found in it."""
    found = relationships_text(pairs)
    if not found:
        return _("{file} — {language}; no relationship found").format(file=file, language=labels.language_name(lang))
    return _("{file} — {language}; relations: {relationships}").format(
        file=file, language=labels.language_name(lang), relationships=found)


def language_line(lang: str, counts: LanguageCounts) -> str:
    """What became of one language's articles of a Kiwix archive: "Bengali: 12 articles added,
    1 of them nearly the same as one already there, 2 already in the library"."""
    parts = [ngettext("{n} article added", "{n} articles added", counts.added).format(n=format_number(counts.added))]
    if counts.near_duplicates:
        parts.append(ngettext("{n} of them nearly the same as one already there",
                              "{n} of them nearly the same as ones already there",
                              counts.near_duplicates).format(n=format_number(counts.near_duplicates)))
    if counts.duplicates:
        parts.append(ngettext("{n} already in the library", "{n} already in the library",
                              counts.duplicates).format(n=format_number(counts.duplicates)))
    if counts.failed:
        parts.append(ngettext("{n} could not be imported", "{n} could not be imported",
                              counts.failed).format(n=format_number(counts.failed)))
    return f"{labels.language_name(lang)}: {', '.join(parts)}"


def summary_text(result: ImportResult, languages: Mapping[str, LanguageCounts] | None = None,
                 titles: Mapping[str, str] | None = None) -> str:
    """What an import did, in the interface language; for a Kiwix archive's articles, a line
    per language of them first (``languages``: ``store.kiwix.language_counts``) and each added
    article named by its title (``titles``: ``store.kiwix.article_titles``) rather than its file."""
    if result.cancelled:
        return _("The import was cancelled. Your documents are as they were before.")
    head = [language_line(lang, c) for lang, c in (languages or {}).items()]
    if head:
        head.append("")
    return "\n".join(head + _summary_lines(result, titles or {}))


def _duplicate_line(d: DuplicateFile) -> str:
    """A file skipped as a copy: of which document, unless that one has its name (then it is
    the same file, imported again or chosen twice, not "the same as" itself)."""
    if d.existing_file != d.file:
        return _("{file} (same as {existing})").format(file=d.file, existing=d.existing_file)
    if d.existing_origin == "import":
        return _("{file} (chosen twice)").format(file=d.file)
    return _("{file} (already in the library)").format(file=d.file)


def _summary_lines(result: ImportResult, titles: Mapping[str, str]) -> list[str]:
    if result.added:
        lines = [ngettext("{n} document added.", "{n} documents added.", len(result.added)).format(
            n=format_number(len(result.added)))]
    else:
        lines = [_("No document was added.")]
    lines += ["  " + document_line(titles.get(a.file, a.file), a.lang, a.pairs) for a in result.added]
    if result.duplicates:
        lines.append(ngettext("{n} file skipped: already in the library.",
                              "{n} files skipped: already in the library.", len(result.duplicates)).format(
            n=format_number(len(result.duplicates))))
        lines += ["  " + _duplicate_line(d) for d in result.duplicates]
    near = len(result.near_duplicates)
    if near:
        lines.append(ngettext("{n} added document nearly repeats one already there; its events are not counted twice:",
                              "{n} added documents nearly repeat ones already there; their events are not counted "
                              "twice:", near).format(n=format_number(near)))
        lines += ["  " + _("{file} (nearly the same as {existing})").format(file=d.file, existing=d.existing_file)
                  for d in result.near_duplicates]
    if result.skipped:
        lines.append(ngettext("{n} file of the folder was skipped:", "{n} files of the folder were skipped:",
                              len(result.skipped)).format(n=format_number(len(result.skipped))))
        lines += ["  " + pgettext("import failure", FAILED_FILE).format(
            file=f.file, reason=messages.document_error_message(f.reason)) for f in result.skipped]
    if result.failed:
        lines.append(ngettext("{n} file could not be imported:", "{n} files could not be imported:",
                              len(result.failed)).format(n=format_number(len(result.failed))))
        lines += ["  " + pgettext("import failure", FAILED_FILE).format(
            file=f.file, reason=messages.document_error_message(f.reason)) for f in result.failed]
    return lines
