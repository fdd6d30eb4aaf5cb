"""Imported once by the fork server of the import's worker processes (``store.pool``): loads the
pipeline and warms it, so that every worker forked from the server starts ready to work.

Warming is processing a short article in each language once, as a worker would: what the
pipeline builds on first use (the gazetteer from CLDR, date patterns, cue alternations, the HTML
reader) is then built in the server and shared with the workers it forks (copy-on-write).
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

# Sentences written for this purpose: each language's scripts, a pair, a date, an event.
# Several kinds of act each, and an act told again ("during the visit"): the cue and anaphora
# patterns are compiled as the pipeline first meets them, in the server rather than in each worker.
_ARTICLES = {
    "en": ("India–Bangladesh relations",
           "<h2>History</h2><p>On 12 March 2015 India and Bangladesh signed a trade agreement in Dhaka.</p>"
           "<p>The two countries established diplomatic relations in 1972, and India opened an embassy in Dhaka. "
           "The President of India visited Bangladesh on 5 May 2001; during the visit both sides agreed on aid "
           "after the cyclone.</p><ul><li>Nepal | 4 May 1999</li></ul>"),
    "bn": ("ভারত–বাংলাদেশ সম্পর্ক",
           "<h2>ইতিহাস</h2><p>১২ মার্চ ২০১৫ তারিখে ঢাকায় বাংলাদেশ ও ভারত একটি বাণিজ্য চুক্তি স্বাক্ষর করে।</p>"
           "<p>১৯৭২ সালে দুই দেশ কূটনৈতিক সম্পর্ক স্থাপন করে এবং ভারত ঢাকায় দূতাবাস খোলে। ২০০১ সালের ৫ মে ভারতের "
           "রাষ্ট্রপতি বাংলাদেশ সফর করেন; সে সফরে দুই দেশ সাহায্য নিয়ে একমত হয়।</p>"),
    "hi": ("भारत–बांग्लादेश संबंध",
           "<h2>इतिहास</h2><p>12 मार्च 2015 को भारत और बांग्लादेश ने ढाका में एक व्यापार समझौते पर हस्ताक्षर किए।</p>"
           "<p>1972 में दोनों देशों ने राजनयिक संबंध स्थापित किए और भारत ने ढाका में दूतावास खोला। 5 मई 2001 को भारत के "
           "राष्ट्रपति ने बांग्लादेश की यात्रा की; इस दौरान दोनों पक्ष सहायता पर सहमत हुए।</p>"),
}


def warm() -> None:
    """Process one short article per language as a worker does (read from HTML, windows, rows,
    near-duplicate signature); load the Kiwix reader's library."""
    import libzim.reader  # noqa: F401  (the archive reader's extension module)

    from relations_desktop.corpus.formats.zim import Candidate, ZimInfo, article_document
    from relations_desktop.store.pool import worker_rows

    info = ZimInfo(path="warm.zim", name="warm", title="Wikipedia", date="2015-03-12", language="eng",
                   source="en.wikipedia.org", creator="Wikipedia", publisher=None, licence=None, entries=0)
    for lang, (title, body) in _ARTICLES.items():
        candidate = Candidate(path=f"A/{lang}", title=title, lang=lang, codes=("BD", "IN"), hub=False)
        page = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
        worker_rows(article_document(info, candidate, page.encode()))


try:
    warm()
except Exception:       # a server that fails to warm still serves: its workers warm on first use
    log.exception("the worker processes' server could not warm the pipeline")
