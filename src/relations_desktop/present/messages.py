"""Every error's text, in the interface language: one vocabulary for the window, the dialogs
and the command line. A reason without its own message here falls back to a general one."""

from __future__ import annotations

from relations_desktop.errors import CorrectionError, DatabaseError, ExportError
from relations_desktop.i18n import N_, _
from relations_desktop.i18n.formatting import localize_digits

# Why a document was not imported; shown after its file name.
_DOCUMENT_REASONS = {
    "unreadable": N_("the file cannot be read"),
    "empty": N_("the file is empty"),
    "binary": N_("it is not a text file"),
    "undecodable": N_("its text encoding could not be recognised"),
    "processing": N_("the text could not be processed"),
    "unsupported_type": N_("this type of file cannot be imported"),
    "too_large": N_("the file is larger than a document may be; split it into smaller files"),
    "not_a_file": N_("it is not a regular file (a pipe, a device or a socket)"),
    "folder": N_("it is a folder, not a file"),
    "bad_name": N_("its file name is not valid text; rename the file"),
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
    "crashed": N_("it crashed the program reading it; the file may be damaged"),
}


# Said after a change that failed (an import, a removal, a correction): each is one transaction.
NOTHING_CHANGED = N_("Nothing was changed.")

# Why a library that cannot be written is shown from a copy (store/snapshot): said after why it
# cannot be written.
SNAPSHOT_NOTE = N_("It was not closed properly (or it was copied while in use), so what is shown is a copy of it "
                   "made when it was opened; the library itself is left as it is.")


def document_error_message(reason: str) -> str:
    """Why a file could not be imported (a DocumentError's reason), as a phrase."""
    return _(_DOCUMENT_REASONS.get(reason, _DOCUMENT_REASONS["unreadable"]))


def database_error_message(exc: DatabaseError) -> str:
    """What is wrong with a corpus database (the bundled one or the user's library). That a change
    which failed changed nothing is said by what reports the change (``NOTHING_CHANGED``), once:
    the same reason also explains a library that cannot be changed before anything was tried."""
    path = exc.path
    if exc.reason == "missing":
        return _("The database was not found: {path}").format(path=path)
    if exc.reason == "schema":
        return _("The database {path} was made by another version of the app.").format(path=path)
    if exc.reason == "newer":
        return _("Your library {path} was made by a newer version of the app. It is left as it is; "
                 "this version shows only the documents that come with it.").format(path=path)
    if exc.reason == "set_aside":
        return _("Your library {path} was damaged and could not be read. It has been kept as {aside}; "
                 "the app carries on with the documents that come with it.").format(path=path, aside=exc.aside)
    if exc.reason == "not_a_file":
        return _("{path} is a folder or another thing that is not a database file.").format(path=path)
    if exc.reason == "disk_full":
        return _("There is not enough space on the disk to change {path}.").format(path=path)
    if exc.reason == "readonly":
        return _("{path} cannot be written to (no permission, or a read-only disk).").format(path=path)
    if exc.reason == "no_room":
        return _("{path} cannot be written to (no permission, or a read-only disk), and it can be shown only "
                 "from a copy, for which there is not enough free space on the disk.").format(path=path)
    if exc.reason == "busy":
        return _("{path} is being changed by another program; try again when it has finished.").format(path=path)
    return _("The database {path} cannot be read. It may be damaged.").format(path=path)


def export_error_message(exc: ExportError) -> str:
    """Why an export was not saved."""
    name, folder = exc.path.name, str(exc.path.parent)
    if exc.reason == "exists":
        return _("A file named {name} already exists in {folder}.").format(name=name, folder=folder)
    if exc.reason == "unwritable":
        return _("The folder {folder} cannot be written to. Choose another folder.").format(folder=folder)
    if exc.reason == "disk_full":
        return _("There is not enough space on the disk to save {name}.").format(name=name)
    if exc.reason == "not_a_file":
        return _("{name} in {folder} is not a regular file (a link, a folder or a device); "
                 "it is left alone. Choose another name.").format(name=name, folder=folder)
    if exc.reason == "not_a_folder":
        return _("The folder {folder} does not exist.").format(folder=folder)
    return _("{name} could not be saved: {detail}").format(name=name, detail=exc.detail)



def correction_error_message(exc: CorrectionError) -> str:
    """Why a correction was not made (nothing was changed)."""
    subject = str(exc.subject)
    if exc.reason == "bad_date":
        return localize_digits(_("“{date}” is not a date. Write a year (1992), a month (1992-01), a day (1992-01-29) "
                                 "or a range (1992-01-19/1992-01-22).")).format(date=subject)
    if exc.reason == "bad_type":
        return _("“{type}” is not an event type.").format(type=subject)
    if exc.reason == "bad_pair":
        return _("“{pair}” does not name two different countries.").format(pair=subject)
    if exc.reason == "no_event":
        return _("There is no event {id}; it may have been removed meanwhile. Nothing was changed.").format(id=subject)
    return _("This is not a file of corrections from Relations Desktop, or it is damaged. Nothing was "
             "changed.")
