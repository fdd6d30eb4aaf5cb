"""What an import did and what the user has imported, in the interface language: file names,
languages and the relationships found, with country names (never ISO codes)."""

from __future__ import annotations

from collections.abc import Iterable

from relations_desktop.corpus.gazetteer import country_name
from relations_desktop.i18n import N_, NC_, _, current_language, ngettext, pgettext
from relations_desktop.i18n.formatting import format_number
from relations_desktop.present import labels
from relations_desktop.store.userdb import ImportResult

FAILURE_REASONS = {
    "unreadable": N_("the file cannot be read"),
    "empty": N_("the file is empty"),
    "binary": N_("it is not a text file"),
    "undecodable": N_("its text encoding could not be recognised"),
    "processing": N_("the text could not be processed"),
    "unsupported_type": N_("this type of file cannot be imported"),
    "legacy_bijoy": N_("its Bengali is typed for a Bijoy font (ASCII letters), not in Unicode"),
    "legacy_krutidev": N_("its Hindi is typed for a Krutidev font (ASCII letters), not in Unicode"),
    "pdf_invalid": N_("the PDF file is damaged or is not a PDF"),
    "pdf_encrypted": N_("the PDF is protected by a password"),
    "pdf_no_text": N_("the PDF has no text, only images of pages (a scan?)"),
    "pdf_unreadable_text": N_("this PDF's text cannot be read reliably (its fonts do not map to Unicode)"),
    "docx_invalid": N_("the Word document is damaged or is not a .docx file"),
    "zim_archive": N_("it is a Kiwix library: import it with File → Import from a Kiwix library"),
    "zim_invalid": N_("the Kiwix file is damaged or incomplete"),
    "zim_entry_missing": N_("the article is missing from the Kiwix file"),
}
FAILED_FILE = NC_("import failure", "{file}: {reason}")


def failure_reason(key: str) -> str:
    return _(FAILURE_REASONS.get(key, FAILURE_REASONS["unreadable"]))


def relationships_text(pairs: Iterable[tuple[str, str]], lang: str | None = None) -> str:
    """'Nepal – India, Nepal – Bhutan and India – Bhutan', in the language's own list style."""
    from babel.lists import format_list  # Babel loads slowly: only when needed
    lang = lang or current_language()
    names = [labels.pair_name(country_name(a, lang), country_name(b, lang)) for a, b in pairs]
    return format_list(names, locale=lang) if names else ""


def document_line(file: str, lang: str, pairs: Iterable[tuple[str, str]]) -> str:
    """One document: its file, its language and the relationships found in it."""
    found = relationships_text(pairs)
    if not found:
        return _("{file} — {language}; no relationship found").format(file=file, language=labels.language_name(lang))
    return _("{file} — {language}; relations: {relationships}").format(
        file=file, language=labels.language_name(lang), relationships=found)


def summary_text(result: ImportResult) -> str:
    """What an import did, in the interface language."""
    if result.cancelled:
        return _("The import was cancelled. Your documents are as they were before.")
    if result.added:
        lines = [ngettext("{n} document added.", "{n} documents added.", len(result.added)).format(
            n=format_number(len(result.added)))]
    else:
        lines = [_("No document was added.")]
    lines += ["  " + document_line(a.file, a.lang, a.pairs) for a in result.added]
    if result.duplicates:
        lines.append(ngettext("{n} file skipped: already in the corpus.",
                              "{n} files skipped: already in the corpus.", len(result.duplicates)).format(
            n=format_number(len(result.duplicates))))
        lines += ["  " + _("{file} (same as {existing})").format(file=d.file, existing=d.existing_file)
                  for d in result.duplicates]
    if result.failed:
        lines.append(ngettext("{n} file could not be imported:", "{n} files could not be imported:",
                              len(result.failed)).format(n=format_number(len(result.failed))))
        lines += ["  " + pgettext("import failure", FAILED_FILE).format(file=f.file, reason=failure_reason(f.reason))
                  for f in result.failed]
    return "\n".join(lines)
