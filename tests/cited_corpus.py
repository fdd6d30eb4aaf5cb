"""A small corpus written for the citation and export tests: one relationship told in English,
Bengali and Hindi, each sentence citing its reference list with [n] markers in its own digits,
with titles, URLs and licences as a reader would have found them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

TEXTS = {
    "en.txt": """Nepal–Portugal relations

Nepal and Portugal established diplomatic relations on 17 June 1977.[1] The two countries signed an \
agreement on cultural cooperation in March 2005.[2][3] Trade between them grew slowly.

References

1. "Ties that bind". The Example Times. 3 March 2001. Retrieved 5 May 2010.
2. Smith, J. (1999). "A cultural agreement". Example Review. Check date values in: |date= (help)
3. "Friendship at forty". Example Post. 2017. Retrieved 2 June 2018.
""",
    "bn.txt": """নেপাল–পর্তুগাল সম্পর্ক

১৯৭৭ সালের ১৭ জুন নেপাল ও পর্তুগালের মধ্যে কূটনৈতিক সম্পর্ক স্থাপিত হয়।[১] ২০০৫ সালের মার্চ মাসে দুই দেশ \
একটি সাংস্কৃতিক চুক্তি স্বাক্ষর করে।[২]

তথ্যসূত্র

১. "দুই দেশের বন্ধুত্ব"। উদাহরণ পত্রিকা। সংগ্রহের তারিখ ৫ মে ২০১০।
২. "সাংস্কৃতিক চুক্তি"। উদাহরণ বার্তা। ২০০৫। সংগ্রহের তারিখ ২ জুন ২০১৮।
""",
    "hi.txt": """नेपाल–पुर्तगाल संबंध

17 जून 1977 को नेपाल और पुर्तगाल के बीच राजनयिक संबंध स्थापित हुए।[१] मार्च 2005 में दोनों देशों ने एक \
सांस्कृतिक समझौते पर हस्ताक्षर किए।[२]

संदर्भ

१. "दो देशों की मित्रता". उदाहरण समाचार. अभिगमन तिथि 5 मई 2010.
२. "सांस्कृतिक समझौता". उदाहरण पत्र. 2005. अभिगमन तिथि 2 जून 2018.
""",
}
TITLES = {"en.txt": "Nepal–Portugal relations", "bn.txt": "নেপাল–পর্তুগাল সম্পর্ক", "hi.txt": "नेपाल–पुर्तगाल संबंध"}
# What a reader of web pages would have found: the address, a licence, who wrote it and when.
META = {
    "en.txt": {"source": "Example Encyclopedia", "url": "https://en.example.org/wiki/Nepal–Portugal_relations?a=1&b=2",
               "licence": "CC BY-SA 4.0", "author": "Example {contributors} & friends_100%", "published": "2016-11-22"},
    "bn.txt": {"source": "উদাহরণ বিশ্বকোষ", "url": "https://bn.example.org/wiki/নেপাল–পর্তুগাল_সম্পর্ক",
               "licence": "CC BY-SA 4.0", "published": "2019-03"},
    "hi.txt": {"source": "उदाहरण समाचार", "url": "https://hi.example.org/news/1",
               "licence": None, "author": "राम कुमार", "published": "2021"},
}
PAIR = ("NP", "PT")


def write_texts(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    return paths


def build(folder: Path) -> Path:
    """The corpus database of the three texts, with their metadata."""
    from relations_desktop.corpus.pipeline import process_all
    from relations_desktop.store.write import build_database
    docs, errors = process_all(write_texts(folder / "texts"))
    assert not errors
    for d in docs:
        d.raw = dataclasses.replace(d.raw, meta=dataclasses.replace(d.raw.meta, **META[d.raw.file]))
    return build_database(docs, folder / "cited.db")
