"""Help ▸ Manual (F1): the short manual in the interface language, with its pictures, from the
files the app ships (the same lookup in a checkout and in the standalone build)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from relations_desktop import i18n
from relations_desktop.present.manual import PICTURES, manual


def pictures_shown(dialog) -> list[str]:
    """The pictures the manual's page loaded (a missing file gives a null resource)."""
    doc = dialog.browser.document()
    html = dialog.browser.toHtml()
    urls = [part.split('"')[0] for part in html.split('src="')[1:]]
    loaded = [(u, doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(u))) for u in urls]
    return [u for u, image in loaded if image is not None and not image.isNull()]


@pytest.mark.parametrize("lang", ["en", "bn", "hi"])
def test_f1_opens_the_manual_in_the_interface_language(window, qtbot, lang):
    from relations_desktop.ui.manual import ManualDialog
    window.set_language(lang)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ManualDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    sections = manual()
    assert len(sections) >= 5
    for section in sections:                      # how to read, search, import, correct, export
        assert section.heading in text
        assert all(p[:40] in text for p in section.paragraphs)
    shown = pictures_shown(dialog)
    assert len(shown) == len(PICTURES)
    assert all(f"-{lang}.png" in url for url in shown)
    # pressed again, the same window comes back; it follows a language switch
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(window.findChildren(ManualDialog)) == 1
    other = "bn" if lang != "bn" else "hi"
    window.set_language(other)
    assert manual()[0].heading in dialog.browser.toPlainText()
    assert all(f"-{other}.png" in url for url in pictures_shown(dialog))
    dialog.close()


def test_the_manual_is_our_words_only_and_escaped():
    from relations_desktop.ui.manual import manual_html
    i18n.set_language("bn")
    page = manual_html("bn")
    assert "<script" not in page and page.count("<h2>") == len(manual())
    assert all("&lt;" not in s.heading for s in manual())


def test_the_standalone_build_carries_the_pictures():
    from relations_desktop.packaging import bundle
    shipped = {(src.name, dest) for src, dest in bundle.bundled_files()}
    for name in bundle.manual_pictures():
        assert (name, "resources/manual") in shipped
        assert (bundle.ROOT / "resources" / "manual" / name).is_file()
