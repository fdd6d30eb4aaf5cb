"""A library the user cannot write (a read-only file, folder or disk): shown as it is, said so
in the status bar, no warning before anything was tried, and a clear word (said once) when a
change is asked for."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from relations_desktop import i18n
from relations_desktop.i18n import _
from relations_desktop.present.messages import NOTHING_CHANGED
from relations_desktop.store.userdb import import_documents
from tests.pdf_helpers import read_only_file, read_only_folder
from tests.qt_helpers import open_window

EN = ("Ghana–Kenya relations\n\nGhana and Kenya established diplomatic relations in March 1960. Kenya opened "
      "an embassy in Accra on 4 June 1995.\n")


def _window(qtbot, seed_db: Path, user_db: Path, qt_settings):
    return open_window(qtbot, seed_db, user_db if user_db.exists() else None, qt_settings)


def _said(box) -> str:
    return f"{box.text()}\n{box.informativeText()}"


def test_a_read_only_library_from_an_older_version_is_shown_as_it_is_without_a_warning(
        qtbot, app_fonts, seed_db, qt_settings, tmp_path):
    doc = tmp_path / "gh_ke.txt"
    doc.write_text(EN, encoding="utf-8")
    user_db = tmp_path / "data" / "user-corpus.db"
    user_db.parent.mkdir()
    import_documents([doc], user_db, bundled_db=seed_db)
    with sqlite3.connect(user_db) as conn:          # as an upgrade leaves it: another pipeline made it
        conn.execute("UPDATE meta SET value = 'an older pipeline' WHERE key = 'pipeline'")
    conn.close()
    with read_only_file(user_db):
        window = _window(qtbot, seed_db, user_db, qt_settings)
        # no warning, no re-process attempted; the imported document is there
        assert window.problem_box is None and window.library.job is None
        assert window.library.read_only and window.library.user_error is None
        assert "KE" in window.country_model.codes()
        # the state is said where it stays in sight, with the reason on hover
        assert window.read_only_label.isVisible() and window.read_only_label.text() == "Read-only library"
        assert str(user_db) in window.read_only_label.toolTip()
        # a change is refused with a clear word before any dialog or job
        assert window.import_documents(paths=[doc]) is None and window.library.job is None
        said = _said(window.last_message)
        assert window.last_message.windowTitle().startswith("Read-only library")
        assert f"{user_db} cannot be written to" in said and "can still be read and exported" in said
        assert "Nothing was changed" not in said
        assert window.open_pair("GH", "KE")
        window.commands.hide_event.setEnabled(True)
        window.last_message = None
        window.commands.hide_event.trigger()
        assert window.last_message is not None and "cannot be written to" in _said(window.last_message)
        # in Bengali too
        i18n.set_language("bn")
        assert window.read_only_label.text() == _("Read-only library") != "Read-only library"
        window.close()


def test_a_fresh_user_with_a_read_only_data_folder_is_told_once(qtbot, app_fonts, seed_db, qt_settings, tmp_path):
    doc = tmp_path / "gh_ke.txt"
    doc.write_text(EN, encoding="utf-8")
    with read_only_folder(tmp_path / "data") as data:
        user_db = data / "relations-desktop" / "user-corpus.db"
        window = _window(qtbot, seed_db, user_db, qt_settings)
        window.library.user_database = user_db
        window.library.reload()
        assert window.problem_box is None and window.read_only_label.isVisible()
        assert window.import_documents(paths=[doc]) is None
        assert "cannot be written to" in _said(window.last_message)
        # the import itself, asked for without the window's check: it fails, and says that nothing
        # was changed once, not in the heading and again in the reason
        run = window.library.import_documents([doc])
        qtbot.waitUntil(lambda: window.last_message is not None and "imported" in window.last_message.text(),
                        timeout=60_000)
        said = _said(window.last_message)
        assert run.error and "cannot be written to" in said
        assert said.count("Nothing was changed.") == 1
        i18n.set_language("hi")
        window.last_message = None
        run = window.library.import_documents([doc])
        qtbot.waitUntil(lambda: window.last_message is not None, timeout=60_000)
        assert run.error and _said(window.last_message).count(_(NOTHING_CHANGED)) == 1
        assert _(NOTHING_CHANGED) != "Nothing was changed."
        # (the job ends in the event-loop turn after its report: closing before would ask whether
        # to cancel it)
        qtbot.waitUntil(lambda: window.library.running() is None, timeout=60_000)
        window.close()
