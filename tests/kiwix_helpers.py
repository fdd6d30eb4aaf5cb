"""A Kiwix archive of relation articles in three languages, built with libzim's own writer: a
bilateral article in each language, a hub in each whose table lists partners row by row, a
redirect, a page on another subject and an image."""

from __future__ import annotations

from pathlib import Path

from tests.test_zim import BN_ARTICLE, EN_ARTICLE, EN_HUB, HI_ARTICLE
from tests.zim_helpers import Entry, build_zim, wiki_page

BN_TABLE_HUB = """
<p><b>চিলির বৈদেশিক সম্পর্ক</b> পরিচালনা করে দেশটির পররাষ্ট্র মন্ত্রণালয়।</p>
<h2>দ্বিপাক্ষিক সম্পর্ক</h2>
<table class="wikitable"><tr><th>দেশ</th><th>আনুষ্ঠানিক সম্পর্ক শুরু</th></tr>
<tr><td>আর্জেন্টিনা</td><td>১২ এপ্রিল ১৮২৭</td></tr>
<tr><td>পেরু</td><td>২০ মে ১৯২০</td></tr></table>
"""
HI_TABLE_HUB = """
<p><b>चिली के विदेश संबंध</b> उसके विदेश मंत्रालय द्वारा संचालित होते हैं।</p>
<h2>द्विपक्षीय संबंध</h2>
<table class="wikitable"><tr><th>देश</th><th>औपचारिक संबंध शुरू हुए</th></tr>
<tr><td>अर्जेंटीना</td><td>12 अप्रैल 1827</td></tr>
<tr><td>पेरू</td><td>20 मई 1920</td></tr></table>
"""

# entry path -> (title, language, body)
ARTICLES = {
    "Ghana–Kenya_relations": ("Ghana–Kenya relations", "en", EN_ARTICLE),
    "Foreign_relations_of_Chile": ("Foreign relations of Chile", "en", EN_HUB),
    "ঘানা–কেনিয়া_সম্পর্ক": ("ঘানা–কেনিয়া সম্পর্ক", "bn", BN_ARTICLE),
    "চিলির_বৈদেশিক_সম্পর্ক": ("চিলির বৈদেশিক সম্পর্ক", "bn", BN_TABLE_HUB),
    "घाना-केन्या_संबंध": ("घाना-केन्या संबंध", "hi", HI_ARTICLE),
    "चिली_के_विदेश_संबंध": ("चिली के विदेश संबंध", "hi", HI_TABLE_HUB),
}
METADATA = {"Name": "wikipedia_mul_relations", "Language": "eng,ben,hin", "Date": "2024-05-01"}


def relations_zim(path: Path, *, footer: str = "", metadata: dict[str, str] | None = None) -> Path:
    """The archive at ``path``; ``footer`` changes every page's bytes but not its text (a mirror)."""
    entries = [Entry(p, title, wiki_page(title, body + footer, lang)) for p, (title, lang, body) in ARTICLES.items()]
    entries += [Entry("Accra", "Accra", wiki_page("Accra", "<p>Accra is the capital of Ghana.</p>")),
                Entry("Chile–Peru_relations.png", "Chile–Peru relations", b"\x89PNG\r\n\x1a\n", "image/png", False)]
    redirects = [("Kenya–Ghana_relations", "Kenya–Ghana relations", "Ghana–Kenya_relations")]
    return build_zim(path, entries=entries, redirects=redirects, metadata={**METADATA, **(metadata or {})})


def open_chooser(window, qtbot, path: Path):
    """File > Import from a Kiwix library… on ``path``, once the chooser has looked through it."""
    from PySide6.QtWidgets import QApplication
    chooser = window.import_kiwix(path)
    qtbot.addWidget(chooser)
    qtbot.waitUntil(lambda: not chooser.scanning(), timeout=30_000)
    QApplication.processEvents()        # the scan's result arrives as a queued signal
    qtbot.waitUntil(lambda: chooser.scan is not None or chooser.problem is not None, timeout=30_000)
    return chooser


def chooser_titles(chooser) -> list[str]:
    """The titles the chooser lists, in its order."""
    from PySide6.QtCore import Qt
    return [chooser.shown.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(chooser.shown.rowCount())]
