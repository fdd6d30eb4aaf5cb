"""Find bundled resources the same way from a source checkout, a wheel and a frozen bundle.

Every file the app ships (fonts, icons, catalogs, seeds, the bundled database) is
looked up here and nowhere else. A missing resource raises ``ResourceError``:
there is no silent fallback.
"""

from __future__ import annotations

import contextlib
import os
import sys
from functools import cache
from pathlib import Path

from relations_desktop import APP_ID
from relations_desktop.errors import ResourceError

_PACKAGE_DIR = Path(__file__).resolve().parent


def is_frozen() -> bool:
    """True when running from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


@cache
def data_root() -> Path:
    """The folder holding ``resources/``, ``i18n/`` and ``seeds/``.

    Frozen: the bundle's ``_MEIPASS``. Installed wheel: ``relations_desktop/_data``.
    Source checkout (also editable installs): the repository root.
    """
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    wheel_data = _PACKAGE_DIR / "_data"
    if wheel_data.is_dir():
        return wheel_data
    return _PACKAGE_DIR.parents[1]


def path(*parts: str, must_exist: bool = True) -> Path:
    """Path of a shipped file under the data root, e.g. ``path("resources", "fonts", "x.ttf")``."""
    p = data_root().joinpath(*parts)
    if must_exist and not p.exists():
        raise ResourceError(f"missing resource: {'/'.join(parts)} (looked in {data_root()})")
    return p


def font_dir() -> Path:
    return path("resources", "fonts")


FONT_FILES: tuple[str, ...] = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansBengali-Regular.ttf",
    "NotoSansBengali-Bold.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansDevanagari-Bold.ttf",
)


def font_files() -> list[Path]:
    """The bundled Noto fonts; raises if any is missing."""
    return [path("resources", "fonts", name) for name in FONT_FILES]


def seeds_dir() -> Path:
    return path("seeds")


def catalog_dir() -> Path:
    """Folder of the gettext catalogs (``*.po`` in a checkout, compiled ``*.mo`` everywhere)."""
    return path("i18n")


def bundled_database() -> Path | None:
    """The database built into a frozen bundle or wheel, or None in a source checkout."""
    p = data_root() / "data" / "relations.db"
    return p if p.is_file() else None


def user_cache_dir() -> Path:
    import platformdirs  # imported when first needed, not at start-up
    d = Path(platformdirs.user_cache_dir(APP_ID, appauthor=False))
    d.mkdir(parents=True, exist_ok=True)
    return d


USER_CORPUS_NAME = "user-corpus.db"


def user_corpus_db(make: bool = True) -> Path:
    """Where the user's imported documents live (it may not exist yet; ``make``: its folder is
    made if it can be)."""
    return user_data_dir(make) / USER_CORPUS_NAME


def user_data_dir(make: bool = True) -> Path:
    """The user's data folder, made if it can be (a read-only one is reported when written to;
    not made, only named, when ``make`` is False)."""
    if sys.platform.startswith("linux"):
        # The XDG rule platformdirs applies on Linux (a test holds the two equal): importing
        # platformdirs costs about 3 ms of the window's start, where this is asked for.
        base = os.environ.get("XDG_DATA_HOME", "").strip() or os.path.expanduser("~/.local/share")
        d = Path(base) / APP_ID
    else:
        import platformdirs
        d = Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
    if make:
        with contextlib.suppress(OSError):
            d.mkdir(parents=True, exist_ok=True)
    return d
