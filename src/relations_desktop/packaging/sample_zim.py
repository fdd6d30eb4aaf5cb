"""A tiny Kiwix archive for checking imports end to end (the self-test, the built app's smoke
test, screenshots): written with libzim's own writer from short articles written for it, in
English, Bengali and Hindi, with a hub article whose table lists partners, a redirect and a
page that is not about relations. About 40 KB.

    python -m relations_desktop.packaging.sample_zim OUT.zim
"""

from __future__ import annotations

import contextlib
import html
import os
import sys
from collections.abc import Iterator
from pathlib import Path

# (entry path, title, language, body HTML): sentences written for this check.
ARTICLES = (
    ("Ghana–Kenya_relations", "Ghana–Kenya relations", "en",
     "<p><b>Ghana–Kenya relations</b> are the bilateral relations between Ghana and Kenya.</p>"
     "<h2>History</h2><p>Ghana and Kenya established diplomatic relations on 2 March 1964. Kenya opened a high "
     "commission in Accra on 14 October 1999.<sup class=\"reference\"><a href=\"#cite_note-1\">[1]</a></sup></p>"
     "<h2>Visits</h2><table class=\"wikitable\"><tr><th>Guest</th><th>Host city</th><th>Date</th></tr>"
     "<tr><td>President of Ghana</td><td>Nairobi</td><td>18 June 2012</td></tr></table>"
     "<h2>References</h2><ol class=\"references\"><li id=\"cite_note-1\"><span class=\"reference-text\">"
     "\"Kenya mission opens\". Daily Graphic. 15 October 1999.</span></li></ol>"),
    ("ঘানা–কেনিয়া_সম্পর্ক", "ঘানা–কেনিয়া সম্পর্ক", "bn",
     "<p><b>ঘানা–কেনিয়া সম্পর্ক</b> হলো ঘানা ও কেনিয়ার মধ্যকার দ্বিপাক্ষিক সম্পর্ক।</p>"
     "<h2>ইতিহাস</h2><p>ঘানা ও কেনিয়া ১৯৬৪ সালের ২ মার্চ কূটনৈতিক সম্পর্ক স্থাপন করে। ১৯৯৯ সালের ১৪ অক্টোবর "
     "কেনিয়া আক্রায় একটি হাইকমিশন খোলে।</p>"),
    ("घाना-केन्या_संबंध", "घाना-केन्या संबंध", "hi",
     "<p><b>घाना-केन्या संबंध</b> घाना और केन्या के बीच द्विपक्षीय संबंध हैं।</p>"
     "<h2>इतिहास</h2><p>घाना और केन्या ने 2 मार्च 1964 को राजनयिक संबंध स्थापित किए।</p>"),
    ("Foreign_relations_of_Chile", "Foreign relations of Chile", "en",
     "<p>The <b>foreign relations of Chile</b> are conducted by its Ministry of Foreign Affairs.</p>"
     "<h2>Bilateral relations</h2><table class=\"wikitable\"><tr><th>Country</th><th>Formal relations began</th>"
     "</tr><tr><td>Argentina</td><td>12 April 1827</td></tr><tr><td>Peru</td><td>20 May 1920</td></tr></table>"
     "<h3>Peru</h3><p>Chile and Peru signed a treaty on fisheries in Lima on 3 June 1929.</p>"),
    ("Accra", "Accra", "en", "<p>Accra is the capital of Ghana.</p>"),
)
REDIRECTS = (("Kenya–Ghana_relations", "Kenya–Ghana relations", "Ghana–Kenya_relations"),)
METADATA = {"Name": "wikipedia_mul_sample", "Title": "Wikipedia", "Language": "eng,ben,hin", "Date": "2024-05-01",
            "Creator": "Wikipedia", "Publisher": "Relations Desktop", "Description": "A sample for checking imports",
            "Source": "en.wikipedia.org"}
# What an import of it finds: articles per language, and the relationships.
EXPECTED_ARTICLES = {"bn": 1, "en": 2, "hi": 1}
EXPECTED_PAIRS = {("GH", "KE"), ("AR", "CL"), ("CL", "PE")}
EXPECTED_FILES = tuple(entry for entry, *_rest in ARTICLES[:4])      # the documents those articles become


def page(title: str, body: str, lang: str) -> str:
    """An article page as Kiwix archives hold Wikipedia's: the title heading, the content, a footer."""
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'</head><body><h1>{html.escape(title)}</h1><div class="mw-parser-output">{body}</div>'
            '<div class="mw-footer">This article is issued from Wikipedia.</div></body></html>')


@contextlib.contextmanager
def _quiet_stdout() -> Iterator[None]:
    """libzim's writer reports its steps on the process's standard output (C++), whatever its
    verbosity: sent to the null device here, so that the self-test prints its one line."""
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 1)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def write_sample(path: str | Path) -> Path:
    """Write the sample archive at ``path`` (needs libzim's writer: a source checkout or the build)."""
    from libzim.writer import Creator, Hint, Item, StringProvider

    class _Page(Item):
        def __init__(self, entry: str, title: str, content: str) -> None:
            super().__init__()
            self.entry, self.title, self.content = entry, title, content

        def get_path(self) -> str:
            return self.entry

        def get_title(self) -> str:
            return self.title

        def get_mimetype(self) -> str:
            return "text/html"

        def get_contentprovider(self) -> StringProvider:
            return StringProvider(self.content)

        def get_hints(self) -> dict:
            return {Hint.FRONT_ARTICLE: True}

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    creator = Creator(str(path)).config_indexing(False, "eng").config_verbose(False)
    with _quiet_stdout(), creator:
        creator.set_mainpath(ARTICLES[0][0])
        for key, value in METADATA.items():
            creator.add_metadata(key, value)
        for entry, title, lang, body in ARTICLES:
            creator.add_item(_Page(entry, title, page(title, body, lang)))
        for entry, title, target in REDIRECTS:
            creator.add_redirection(entry, title, target, {Hint.FRONT_ARTICLE: True})
    return path


if __name__ == "__main__":
    print(write_sample(sys.argv[1] if len(sys.argv) > 1 else "sample.zim"))
