"""Hatchling build hook: compile the gettext catalogs before a wheel or editable install.

Compiled ``.mo`` files are build output: never committed, always made from ``i18n/*.po``.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CatalogBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        folder = Path(self.root) / "i18n"
        for po in sorted(folder.glob("*.po")):
            mo = po.with_suffix(".mo")
            with po.open("rb") as fh:
                catalog = read_po(fh, locale=po.stem)
            with mo.open("wb") as fh:
                write_mo(fh, catalog, use_fuzzy=False)
