"""Run the whole pipeline over one document: read → structure → language → sentences →
countries → pairs → dates → events."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import regex

from relations_desktop.corpus.clock import Clock, complete, read_clock, story_year
from relations_desktop.corpus.countries import CountryIndex, Mention, find_mentions
from relations_desktop.corpus.dates import find_dates
from relations_desktop.corpus.events import Event, sentence_events
from relations_desktop.corpus.language import detect_language
from relations_desktop.corpus.pairs import Assignment, assign
from relations_desktop.corpus.reader import DOCUMENT_SUFFIXES, RawDocument, read_document
from relations_desktop.corpus.sentences import split_sentences
from relations_desktop.corpus.structure import BODY, CITATION, HATNOTE, HEADING, TITLE, Block, analyse
from relations_desktop.errors import DocumentError

_WIKI_SIGNS = regex.compile(r"'''|==[^=\n]+==|Wikipedia|উইকিপিডিয়া|विकिपीडिया|Main article:|Retrieved")
_NEWS_SIGNS = regex.compile(
    r"(?i:\b(?:said|told reporters|according to|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b)|"
    r"বলেন|জানান|বলেছেন|কহেন|"
    r"ने कहा|कहा कि|के अनुसार|ने बताया")


@dataclass
class ProcessedDocument:
    raw: RawDocument
    lang: str
    kind: str
    title: str | None
    blocks: list[Block]
    sentences: dict[int, list[tuple[int, int]]]      # block index -> sentence spans
    mentions: list[Mention]
    countries: CountryIndex          # the mentions that name a country, by position
    assignment: Assignment
    clock: Clock = field(default_factory=Clock)
    events: list[Event] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.raw.text

    @property
    def pairs(self) -> list[tuple[str, str]]:
        return self.assignment.pairs

    def passages(self) -> list[tuple[tuple[str, str], int, int, int]]:
        """(pair, start, end, block index) for each paragraph about a pair."""
        return [(pair, self.blocks[i].start, self.blocks[i].end, i)
                for i, pair in sorted(self.assignment.block_pairs.items())]

    def citations(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == CITATION]


def _kind(text: str, lang: str, blocks: list[Block]) -> str:
    if _WIKI_SIGNS.search(text) or any(b.kind in (CITATION, HATNOTE) for b in blocks):
        return "encyclopedia"
    if _NEWS_SIGNS.search(text):
        return "news"
    return "article"


def process_text(raw: RawDocument) -> ProcessedDocument:
    """Process a decoded document."""
    text = raw.text
    st = analyse(text, raw.layout)
    lang = detect_language(text)
    sentences: dict[int, list[tuple[int, int]]] = {}
    for i, b in enumerate(st.blocks):
        if b.kind in BODY or b.kind in (HEADING, TITLE, HATNOTE):
            sentences[i] = split_sentences(text, b.start, b.end)
    mentions = find_mentions(text)
    title_span = st.title
    title = None
    if title_span and any(b.kind == TITLE for b in st.blocks):
        title = text[title_span[0]:title_span[1]].strip() or None
    kind = _kind(text, lang, st.blocks)
    countries = CountryIndex(mentions)
    assignment = assign(text, st.blocks, sentences, countries, title_span, kind)
    clock = read_clock(text, st.blocks, raw.meta.published)
    doc = ProcessedDocument(raw, lang, kind, title, st.blocks, sentences, mentions, countries, assignment, clock)
    doc.events = _events(doc)
    return doc


# "Both countries", "the two leaders": the pair named without naming it.
_BOTH = re.compile(
    r"(?i:\b(?:both|the two) (?:countries|nations|sides|leaders|governments|states|prime ministers)\b)|"
    r"উভয় (?:দেশ|পক্ষ|নেতা|সরকার)|দুই (?:দেশ|পক্ষ|নেতা|সরকার)|দেশ দুটি|"
    r"दोनों (?:देश|पक्ष|नेता|सरकार|प्रधानमंत्रि)")


def _events(doc: ProcessedDocument) -> list[Event]:
    text = doc.text
    out: list[Event] = []
    paragraphs = sorted(doc.assignment.block_pairs.items())
    dated = {i: _dates_by_sentence(text, doc.blocks[i], doc.sentences.get(i, [])) for i, _pair in paragraphs}
    relative = {i: any(d.relative and not d.yearless for ds in dated[i] for d in ds) for i in dated}
    # A news story told relative to its day ("on Friday") reports its acts without dates.
    story = doc.kind == "news" and any(relative.values())
    index = doc.countries
    for i, pair in paragraphs:
        year_of_story: int | None = None
        for (s, e), found in zip(doc.sentences.get(i, []), dated[i], strict=True):
            dates = complete(text, s, e, found, doc.clock, year_of_story)
            year_of_story = story_year(dates) or year_of_story
            def names_pair(s: int = s, e: int = e, pair: tuple[str, str] = pair) -> bool:
                return any(m.code in pair for m in index.between(s, e)) or bool(_BOTH.search(text, s, e))
            out.extend(sentence_events(text, s, e, dates, pair, relative[i] or story, names_pair))
    return out


def _dates_by_sentence(text: str, block: Block, sentences: list[tuple[int, int]]) -> list[list]:
    """Tag the paragraph once and hand each date to the sentence it starts in."""
    out: list[list] = [[] for _ in sentences]
    k = 0
    for d in find_dates(text, block.start, block.end):
        while k < len(sentences) and sentences[k][1] <= d.start:
            k += 1
        if k < len(sentences) and sentences[k][0] <= d.start:
            out[k].append(d)
    return out


def process_file(path: str | Path) -> ProcessedDocument:
    """Read and process one file. Raises DocumentError for unreadable input."""
    return process_text(read_document(path))


def iter_sources(sources: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and the documents inside named folders, in a stable order."""
    for src in sources:
        p = Path(src)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in DOCUMENT_SUFFIXES and not child.name.startswith("."):
                    yield child
        else:
            yield p


@contextmanager
def batch_allocations() -> Iterator[None]:
    """Pause the cyclic garbage collector during a batch.

    A batch keeps every processed document in memory, so each full collection walks a
    heap that keeps growing (a fifth of the time on a 20 MB corpus). The pipeline's
    objects hold no reference cycles. At the end, everything allocated in the batch moves
    to the oldest generation unscanned (freeze, then unfreeze): left in the youngest, it
    would all be walked by the very next collection. A later full collection still frees
    any cycle among them.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def process_all(sources: Iterable[str | Path],
                on_result: Callable[[Path, ProcessedDocument | None, DocumentError | None], None] | None = None,
                ) -> tuple[list[ProcessedDocument], list[DocumentError]]:
    """Process every source; one bad file never stops the others."""
    docs: list[ProcessedDocument] = []
    errors: list[DocumentError] = []
    with batch_allocations():
        for path in iter_sources(sources):
            try:
                doc = process_file(path)
            except DocumentError as exc:
                errors.append(exc)
                if on_result:
                    on_result(path, None, exc)
                continue
            docs.append(doc)
            if on_result:
                on_result(path, doc, None)
    return docs, errors
