"""A running import seen from the window: closing the window asks whether to cancel it and quit
(yes cancels it, changing nothing, and quits; no lets it go on), the window takes no other input
meanwhile, Cancel says at once that it is stopping and the progress stays until it has, and the
progress dialog keeps one size, wide enough for its title, with long names shortened.

The import is held at its commit by another process that holds the library's writer lock (a real
lock, released when the test says): what the window does while an import runs is then seen on an
event, not on a guess at how fast the machine is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFontMetrics, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from relations_desktop import i18n
from relations_desktop.i18n.formatting import format_number, format_percent
from relations_desktop.store.userdb import import_documents, list_user_documents
from tests.library_helpers import content, hold_lock, integrity, leftovers
from tests.qt_helpers import when_modal


def _write(folder: Path, names: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in names.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


WAITING = ("Another import or change of your documents is running, in this window or another program. "
           "Waiting for it to finish…")
MINE = {"ghana_kenya.txt": "Ghana–Kenya relations\n\nGhana and Kenya established diplomatic relations on "
                           "2 March 1964.\n"}
NEW = {"chile_peru.txt": "Chile–Peru relations\n\nChile and Peru signed a treaty of friendship in Lima on "
                         "20 May 1920.\n",
       "nepal_bhutan.txt": "Bhutan–Nepal relations\n\nBhutan and Nepal established diplomatic relations on "
                           "8 June 1983.\n"}


class Held:
    """A window whose import is held at its commit; ``release()`` lets the import go on."""

    def __init__(self, window, library: Path, run, release) -> None:
        self.window, self.library, self.run, self.release = window, library, run, release
        self.before = content(library)


@pytest.fixture
def held(request, qtbot, app_fonts, seed_db: Path, qt_settings, tmp_path: Path):
    """A window on a library with a document of the person's own, and an import of two more
    started and held at its commit by another process's writer lock (in the interface language
    the test is parametrized with, if any).

    The window is this fixture's, not pytest-qt's: pytest-qt closes its widgets before the
    fixtures end, and a window closed with an import running asks first (the test would wait)."""
    from relations_desktop.ui.mainwindow import MainWindow
    library = tmp_path / "user" / "corpus.db"
    import_documents([_write(tmp_path / "mine", MINE)], library)
    i18n.set_language(getattr(request, "param", "en"))
    window = MainWindow(seed_db, library, settings=qt_settings)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    release = tmp_path / "release"
    holder = hold_lock(library, 0, release)
    run = window.import_documents(paths=[_write(tmp_path / "new", NEW)])
    qtbot.waitUntil(lambda: run.dialog.labelText() == i18n._(WAITING), timeout=60_000)
    held = Held(window, library, run, lambda: (release.touch(), holder.wait(30)))
    yield held
    held.release()
    qtbot.waitUntil(lambda: not run.active, timeout=60_000)
    if window.import_summary is not None:
        window.import_summary.close()
    window.close()
    window.deleteLater()


def _close_and_answer(window, qtbot, answer: str) -> list[str]:
    """Close the window as a window manager asks it to, and answer the question it asks (the
    button whose text is ``answer``); returns the question's title and text."""
    asked: list[str] = []

    def answer_it(box: QMessageBox) -> None:
        asked.extend([box.windowTitle(), box.text()])
        assert box.defaultButton().text() == i18n._("Continue")      # Enter keeps the import going
        next(b for b in box.buttons() if b.text() == answer).click()
    when_modal(QMessageBox, answer_it)
    QApplication.sendEvent(window.windowHandle(), QCloseEvent())
    return asked


def test_closing_the_window_during_an_import_asks_and_no_keeps_importing(qtbot, held):
    window = held.window
    # The import's dialog blocks no window: a window manager's close request reaches the window
    # (under a modal dialog Qt drops it, and the close button did nothing).
    assert QGuiApplication.modalWindow() is None and held.run.dialog.isVisible()
    asked = _close_and_answer(window, qtbot, "Continue")
    assert asked == ["Quit", "An import is running. Cancel it and quit?"]
    assert window.isVisible() and held.run.active and not held.run.dialog.cancelling
    qtbot.waitUntil(held.run.dialog.isActiveWindow)      # the import's dialog in front again
    held.release()
    with qtbot.waitSignal(held.run.finished, timeout=60_000):
        pass
    assert not held.run.result.cancelled and len(held.run.result.added) == 2
    assert sorted(d.file for d in list_user_documents(held.library)) == [
        "chile_peru.txt", "ghana_kenya.txt", "nepal_bhutan.txt"]
    assert window.isVisible()
    window.import_summary.close()


def test_yes_cancels_the_import_changes_nothing_and_quits(qtbot, held):
    window = held.window
    asked = _close_and_answer(window, qtbot, "Cancel and quit")
    assert asked[1] == "An import is running. Cancel it and quit?"
    # at once: the import is being cancelled, said in its dialog; the window waits for it
    assert held.run.dialog.isVisible() and held.run.dialog.labelText() == "Cancelling… nothing will be changed."
    with qtbot.waitSignal(held.run.finished, timeout=60_000):
        pass
    assert held.run.result.cancelled
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert window.import_summary is None            # no summary shown to a window that is closing
    assert content(held.library) == held.before     # the person's library as it was, and sound
    assert integrity(held.library) == ("ok", "ok") and leftovers(held.library) == []


def test_the_question_in_bengali_and_hindi(qtbot, held):
    window = held.window
    for lang, title, text, no in (
            ("bn", "প্রস্থান", "নথি যোগ করার কাজ চলছে। সেটি বাতিল করে প্রস্থান করবেন?", "চালিয়ে যান"),
            ("hi", "बाहर निकलें",
             "दस्तावेज़ जोड़ने का काम चल रहा है। क्या आप इसे रद्द करके बाहर निकलना चाहते हैं?", "जारी रखें")):
        i18n.set_language(lang)
        held.run.quit_question = i18n._("An import is running. Cancel it and quit?")
        assert _close_and_answer(window, qtbot, no) == [title, text]
        assert window.isVisible() and held.run.active


def test_the_window_takes_no_input_while_an_import_runs(qtbot, held):
    window = held.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)          # where a shortcut would act
    handle = window.windowHandle()
    window.search_field.setFocus()
    QTest.keyClick(handle, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)     # the country filter's shortcut
    assert not window.filter.hasFocus()
    row = window.country_view.visualRect(window.country_model.index(3, 0)).center()
    before = window.country_view.currentIndex().row()
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     window.country_view.viewport().mapTo(window, row))
    assert window.country_view.currentIndex().row() == before
    held.release()
    with qtbot.waitSignal(held.run.finished, timeout=60_000):
        pass
    window.import_summary.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(handle, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)     # the window's own again
    assert window.filter.hasFocus()


def test_escape_says_cancelling_until_the_import_has_stopped(qtbot, held):
    window = held.window
    dialog = held.run.dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.labelText() == "Cancelling… nothing will be changed."
    assert not dialog.cancel_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)       # again: still there, still saying so
    assert dialog.isVisible() and held.run.active
    shown: list[tuple[bool, bool]] = []             # (progress dialog, summary) as the import ends
    held.run.finished.connect(lambda _r: shown.append((dialog.isVisible(), window.import_summary.isVisible())))
    window.library.imported.connect(lambda _r: shown.append((dialog.isVisible(), window.import_summary.isVisible())))
    with qtbot.waitSignal(held.run.finished, timeout=60_000):
        pass
    # the summary is shown while the dialog still stands; then the dialog closes: nothing blank between
    assert shown == [(True, True), (False, True)]
    assert held.run.result.cancelled and "cancelled" in window.import_summary.text.toPlainText()
    assert content(held.library) == held.before
    window.import_summary.close()


@pytest.mark.parametrize("held", ["en", "bn", "hi"], indirect=True)
def test_the_progress_dialog_keeps_one_size_wide_enough_for_its_title(qtbot, held, tmp_path):
    run, dialog = held.run, held.run.dialog
    bold = dialog.font()
    bold.setBold(True)
    title = f"{dialog.windowTitle()} — {QGuiApplication.applicationDisplayName()}"    # as a title bar shows it
    assert dialog.windowTitle() == i18n._("Importing documents")
    assert dialog.width() >= QFontMetrics(bold).horizontalAdvance(title) + 100
    size = dialog.size()
    long = "Bangladesh–India relations: " + "a very long title that goes on and on without stopping " * 8

    def read(name: str) -> str:
        return i18n._("Reading {file} ({n} of {total})").format(
            file=name, n=format_number(42), total=format_number(1225))

    for name in (long, "Chile–Peru relations", long):
        run.worker.progress.emit(41, 1225, name)        # as the job reports, here in this thread
        QApplication.processEvents()
        assert dialog.size() == size
    assert dialog.bar.text() == format_percent(41 / 1225)        # "3%", in Bengali "৩%"
    shown = dialog.labelText()
    before, after = read("\0").split("\0")
    assert shown.startswith(before + "Bangladesh–India") and shown.endswith("stopping " + after)
    assert "…" in shown and len(shown) < len(read(long))
    assert QFontMetrics(dialog.label.font()).horizontalAdvance(shown) <= dialog.label.width()   # one line
    dialog.grab().save(str(tmp_path / "reading.png"))
    run.worker.waiting.emit()
    QApplication.processEvents()
    assert dialog.labelText() == i18n._(WAITING) and dialog.size() == size
    dialog.reject()
    QApplication.processEvents()
    assert dialog.labelText() == i18n._("Cancelling… nothing will be changed.") and dialog.size() == size
    dialog.grab().save(str(tmp_path / "cancelling.png"))
