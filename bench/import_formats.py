"""Import readers: a ZIM of 100,000 entries with 1,000 relation articles (built here with
libzim's writer), its title scan and its article reader, as rates and as ratios against a
baseline measured in the same run. Prints figures; it is not a test.

    python bench/import_formats.py [--entries 100000] [--articles 1000] [--runs 3] [--keep DIR]

- scan: ZimArchive.scan() over every entry, against a bare loop that only reads each
  entry's title through libzim (what any scan must pay). Target: >= 200,000 entries/s.
- read: ZimArchive.read() of every relation article (HTML -> text, layout, metadata) in
  MB of article HTML per second, against lxml parsing the same HTML alone; also the
  pipeline (process_text) and the near-duplicate signature on the documents read, for
  the end-to-end figures of the import (phase 2 adds the store and the worker processes).
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from libzim.writer import Creator, Hint, Item, StringProvider  # noqa: E402

from relations_desktop.corpus.formats.html import parse  # noqa: E402
from relations_desktop.corpus.formats.zim import open_zim  # noqa: E402
from relations_desktop.corpus.gazetteer import country_name, sovereign_codes  # noqa: E402
from relations_desktop.corpus.neardup import signature  # noqa: E402
from relations_desktop.corpus.pipeline import process_text  # noqa: E402

SCAN_TARGET = 200_000

_TEMPLATES = {
    "en": ("{a}–{b} relations", "<p><b>{a}–{b} relations</b> are the bilateral relations between {a} and {b}.</p>"
           "<h2>History</h2><p>{a} and {b} established diplomatic relations on {d} March {y}. The two countries "
           "signed an agreement on trade in {y2}.<sup class=\"reference\"><a href=\"#cite_note-1\">[1]</a></sup></p>"
           "<table class=\"wikitable\"><tr><th>Visit</th><th>Date</th></tr><tr><td>President of {a} to {b}</td>"
           "<td>{d} May {y3}</td></tr></table>"
           "<h2>References</h2><ol class=\"references\"><li id=\"cite_note-1\"><span class=\"reference-text\">"
           "\"Trade agreement\". Ministry of Foreign Affairs. Retrieved 1 June {y3}.</span></li></ol>"),
    "bn": ("{a}–{b} সম্পর্ক", "<p><b>{a}–{b} সম্পর্ক</b> হলো {a} ও {b}-এর মধ্যকার দ্বিপাক্ষিক সম্পর্ক।</p>"
           "<h2>ইতিহাস</h2><p>{a} ও {b} {y} সালের {d} মার্চ কূটনৈতিক সম্পর্ক স্থাপন করে। দুই দেশ {y2} সালে একটি বাণিজ্য "
           "চুক্তি সই করে।</p>"),
    "hi": ("{a}-{b} संबंध", "<p><b>{a}-{b} संबंध</b> {a} और {b} के बीच द्विपक्षीय संबंध हैं।</p>"
           "<h2>इतिहास</h2><p>{a} और {b} ने {d} मार्च {y} को राजनयिक संबंध स्थापित किए। दोनों देशों ने {y2} में एक "
           "व्यापार समझौते पर हस्ताक्षर किए।</p>"),
}
_FILLER = ("<p>This article is about a subject of general interest. It has several paragraphs of ordinary "
           "encyclopedic prose, a list of facts and a short history.</p>") * 6


class _Item(Item):
    def __init__(self, path: str, title: str, html: str) -> None:
        super().__init__()
        self._path, self._title, self._html = path, title, html

    def get_path(self) -> str:
        return self._path

    def get_title(self) -> str:
        return self._title

    def get_mimetype(self) -> str:
        return "text/html"

    def get_contentprovider(self) -> StringProvider:
        return StringProvider(self._html)

    def get_hints(self) -> dict:
        return {Hint.FRONT_ARTICLE: True}


def _page(title: str, body: str, lang: str) -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<h1>{title}</h1><div class="mw-parser-output">{body}{_FILLER}</div></body></html>')


def build(path: Path, entries: int, articles: int) -> None:
    rnd = random.Random(1)
    codes = list(sovereign_codes())
    pairs = list(itertools.combinations(codes, 2))
    rnd.shuffle(pairs)
    relation_at = set(rnd.sample(range(entries), articles))
    langs = itertools.cycle(("en", "bn", "hi"))
    pair_iter = iter(pairs)
    with Creator(str(path)).config_indexing(False, "eng") as creator:
        creator.set_mainpath("A0")
        for key, value in {"Name": "wikipedia_mul_bench", "Title": "Wikipedia", "Language": "eng,ben,hin",
                           "Date": "2024-05-01", "Creator": "Wikipedia", "Publisher": "bench",
                           "Description": "bench", "Source": "en.wikipedia.org"}.items():
            creator.add_metadata(key, value)
        for i in range(entries):
            if i in relation_at:
                lang = next(langs)
                a, b = (country_name(c, lang) for c in next(pair_iter))
                fields = {"a": a, "b": b, "d": 1 + i % 28, "y": 1950 + i % 60, "y2": 1990 + i % 30,
                          "y3": 2000 + i % 20}
                title = _TEMPLATES[lang][0].format(**fields)
                html = _page(title, _TEMPLATES[lang][1].format(**fields), lang)
            else:
                title = f"Article {i} on a subject of general interest"
                html = _page(title, f"<p>Entry {i}.</p>", "en")
            creator.add_item(_Item(f"A{i}", title, html))


def _best(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--entries", type=int, default=100_000)
    ap.add_argument("--articles", type=int, default=1_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", help="folder to build the ZIM in (and keep it)")
    args = ap.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-zim-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"bench-{args.entries}-{args.articles}.zim"
    if not path.is_file():
        t = time.perf_counter()
        build(path, args.entries, args.articles)
        print(f"built {path.name}: {args.entries} entries, {args.articles} relation articles, "
              f"{path.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - t:.1f} s")

    with open_zim(path) as zim:
        archive = zim._archive
        total = archive.entry_count

        def bare() -> int:
            get = archive._get_entry_by_id
            return sum(len(get(i).title) for i in range(total))

        # alternate baseline and scan, best of each
        bare_times, scan_times, found = [], [], []
        for _ in range(args.runs):
            bare_times.append(_best(bare, 1)[0])
            t, found = _best(zim.scan, 1)
            scan_times.append(t)
        bare_t, scan_t = min(bare_times), min(scan_times)
        print(f"scan: {len(found)} candidates of {total} entries; {total / scan_t:,.0f} entries/s "
              f"(target >= {SCAN_TARGET:,}: {'met' if total / scan_t >= SCAN_TARGET else 'NOT met'}); "
              f"bare title loop {total / bare_t:,.0f} entries/s; scan/bare time ratio {scan_t / bare_t:.2f}")
        by_lang: dict[str, int] = {}
        for c in found:
            by_lang[c.lang] = by_lang.get(c.lang, 0) + 1
        print(f"      per language: {by_lang}")

        html = [bytes(archive.get_entry_by_path(c.path).get_item().content) for c in found]
        mb = sum(map(len, html)) / 1e6
        parse_t, _ = _best(lambda: [parse(h.decode("utf-8")) for h in html], args.runs)
        read_t, docs = _best(lambda: list(zim.documents(found)), args.runs)
    print(f"read: {len(docs)} articles, {mb:.2f} MB of HTML; reader {mb / read_t:.2f} MB/s; "
          f"lxml parse alone {mb / parse_t:.2f} MB/s; reader/parse time ratio {read_t / parse_t:.2f}")
    text_mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    pipe_t, _ = _best(lambda: [process_text(d) for d in docs], 1)
    sig_t, _ = _best(lambda: [signature(d.text) for d in docs], args.runs)
    print(f"text: {text_mb:.2f} MB; pipeline {text_mb / pipe_t:.2f} MB/s of text; near-duplicate signature "
          f"{text_mb / sig_t:.2f} MB/s; reader+pipeline {mb / (read_t + pipe_t):.2f} MB/s of HTML "
          f"(one core, no store)")
    print(f"times: scan {statistics.mean(scan_times):.3f} s mean of {args.runs}")


if __name__ == "__main__":
    main()
