"""Shared test setup: offscreen Qt, compiled catalogs, a seed database built once per run."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


def pytest_sessionstart(session: pytest.Session) -> None:
    # Catalogs are build output; make sure they are fresh before anything imports them.
    from relations_desktop.i18n.catalogs import compile_catalogs
    if (ROOT / "i18n" / "bn.po").exists():
        compile_catalogs(ROOT / "i18n")


@pytest.fixture(scope="session")
def seed_docs():
    from relations_desktop.corpus.pipeline import process_all
    docs, errors = process_all([SEEDS])
    assert not errors
    return docs


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory, seed_docs) -> Path:
    """The seed database as the app's is built: the seeds with their sidecar metadata."""
    import dataclasses

    from relations_desktop.seed_corpus import METADATA_FOLDER, with_sidecar
    from relations_desktop.store.write import build_database
    path = tmp_path_factory.mktemp("db") / "seeds.db"
    docs = [dataclasses.replace(d, raw=with_sidecar(d.raw, SEEDS / METADATA_FOLDER)) for d in seed_docs]
    build_database(docs, path)
    return path


@pytest.fixture
def seed_db_copy(seed_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "seeds.db"
    shutil.copy(seed_db, target)
    return target


@pytest.fixture(autouse=True)
def english_afterwards():
    """The interface language and its digits are process-wide: every test starts and ends in
    English, with each language's default digits."""
    from relations_desktop import i18n
    from relations_desktop.i18n import formatting
    yield
    if i18n.current_language() != "en":
        i18n.set_language("en")
    for lang, native in formatting.NATIVE_BY_DEFAULT.items():
        formatting.set_native_digits(lang, native)


@pytest.fixture
def qt_settings(tmp_path: Path):
    """QSettings in a temporary folder, so tests never touch the user's settings."""
    from PySide6.QtCore import QSettings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    settings = QSettings(str(tmp_path / "settings" / "test.ini"), QSettings.Format.IniFormat)
    yield settings
    settings.sync()


@pytest.fixture
def app_fonts(qapp):
    from relations_desktop.ui.app import make_application
    return make_application()


@pytest.fixture
def window(qtbot, app_fonts, seed_db: Path, qt_settings):
    from tests.qt_helpers import open_window
    return open_window(qtbot, seed_db, None, qt_settings)


@pytest.fixture(scope="session")
def cited_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small corpus of tests/cited_corpus.py: one relationship in three languages, with
    [n] markers, reference lists and metadata."""
    from tests import cited_corpus
    return cited_corpus.build(tmp_path_factory.mktemp("cited"))


@pytest.fixture
def cited_dossier(cited_db: Path):
    from relations_desktop.present.dossier import load_dossier
    from relations_desktop.store.connection import open_corpus
    from tests import cited_corpus
    conn = open_corpus(cited_db)
    yield load_dossier(conn, cited_corpus.PAIR)
    conn.close()


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder for one test module: the seed database is built in it once."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def home(tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's folders in the test's own (the module's cache); the user library's path."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    return tmp_path / "share" / "relations-desktop" / "user-corpus.db"


@pytest.fixture(scope="session")
def archive(tmp_path_factory) -> Path:
    """A Kiwix archive of relation articles in the three languages (read, never changed)."""
    from tests.kiwix_helpers import relations_zim
    return relations_zim(tmp_path_factory.mktemp("kiwix") / "wikipedia_mul_relations_2024-05.zim")


@pytest.fixture
def user_db(window, tmp_path: Path) -> Path:
    """The window's user library, in a folder of its own (not made yet)."""
    path = tmp_path / "user" / "corpus.db"
    path.parent.mkdir()
    window.library.user_database = path
    return path
