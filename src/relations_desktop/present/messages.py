"""Messages for errors the core raises, in the interface language (used by the window and the CLI)."""

from __future__ import annotations

from relations_desktop.errors import ExportError
from relations_desktop.i18n import _


def export_error_message(exc: ExportError) -> str:
    name, folder = exc.path.name, str(exc.path.parent)
    if exc.reason == "exists":
        return _("A file named {name} already exists in {folder}.").format(name=name, folder=folder)
    if exc.reason == "unwritable":
        return _("The folder {folder} cannot be written to. Choose another folder.").format(folder=folder)
    if exc.reason == "disk_full":
        return _("There is not enough space on the disk to save {name}.").format(name=name)
    if exc.reason == "not_a_folder":
        return _("The folder {folder} does not exist.").format(folder=folder)
    return _("{name} could not be saved: {detail}").format(name=name, detail=exc.detail)

