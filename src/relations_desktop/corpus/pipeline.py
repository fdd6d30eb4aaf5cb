"""Run the whole pipeline over one document: read → structure → language → sentences →
countries → pairs → dates → events."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path

import regex

from relations_desktop.corpus.anaphora import act_pointer, find_anaphors, last_told, pointed_act, resolve
from relations_desktop.corpus.bilateral import dates_taking_office
from relations_desktop.corpus.clock import complete, read_clock, story_month, story_year
from relations_desktop.corpus.countries import CountryIndex, find_mentions
from relations_desktop.corpus.date_pairs import SentenceContext
from relations_desktop.corpus.dates import RANGE, WORD_RE, YEAR, DateMention
from relations_desktop.corpus.event_types import classify
from relations_desktop.corpus.events import Event, carried_events, sentence_events
from relations_desktop.corpus.gazetteer import CAPITAL, FORMER, continued_states, predecessor_pair
from relations_desktop.corpus.hubs import BOTH
from relations_desktop.corpus.labels import block_labels
from relations_desktop.corpus.language import detect_language
from relations_desktop.corpus.pairs import Parties, assign, pair_of
from relations_desktop.corpus.processed import ProcessedDocument
from relations_desktop.corpus.reader import DOCUMENT_SUFFIXES, RawDocument, read_document
from relations_desktop.corpus.sections import answers, not_asked
from relations_desktop.corpus.sentences import is_year_frame, split_sentences
from relations_desktop.corpus.structure import (
    BODY,
    CITATION,
    HATNOTE,
    HEADING,
    LIST_ITEM,
    TITLE,
    Block,
    analyse,
)
from relations_desktop.corpus.tense import is_future, steps_back
from relations_desktop.corpus.turns import between_two, passage_turns, tour
from relations_desktop.errors import DocumentError
from relations_desktop.gcpause import batch_allocations
from relations_desktop.textnorm import MARKS, fold_digits

_WIKI_SIGNS = regex.compile(r"'''|==[^=\n]+==|Wikipedia|উইকিপিডিয়া|विकिपीडिया|Main article:|Retrieved")
_NEWS_SIGNS = regex.compile(
    r"(?i:\b(?:said|told reporters|according to|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"correspondent|staff reporter)\b)|"
    r"বলেন|জানান|বলেছেন|কহেন|জানিয়েছে|প্রতিবেদক|সংবাদদাতা|"
    r"ने कहा|कहा कि|के अनुसार|ने बताया|संवाददाता|"
    # a dateline with its agency ("Riyadh, 13 May (Reuters) –", "ঢাকা, ১৪ মার্চ (বাসস) -", "रियाद, 13 मई (रॉयटर्स)।")
    # (opening its line, and not a list's "…, 2 October (Gandhi Jayanti).")
    r"(?m:^)[^\W\d_][\w\p{M}.'’-]*(?:[ \t]+[\w\p{M}.'’-]+){0,2}[,،]\s*\d{1,2}\s+[^\W\d_][\w\p{M}]*\.?(?:,?\s+\d{4})?\s*"
    r"\([^()\n\d]{2,30}\)\s*[।:–—-]|"
    # the weekday and the date in brackets of Bengali and Hindi news ("সোমবার (৩০ অক্টোবর)")
    r"(?:সোম|মঙ্গল|বুধ|বৃহস্পতি|শুক্র|শনি|রবি|রোব)বার\s*\(|(?:सोम|मंगल|बुध|बृहस्पति|गुरु|शुक्र|शनि|रवि)वार\s*\(")


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
    lang = detect_language(text, raw.meta.declared_lang)
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
    parties = Parties(text, countries)
    assignment = assign(text, st.blocks, sentences, countries, title_span, kind, parties)
    doc = ProcessedDocument(raw, lang, kind, title, st.blocks, sentences, mentions, countries, assignment,
                            parties=parties)
    doc.clock = read_clock(text, st.blocks, raw.meta.published, doc.dates_of)
    if _is_story(doc) and assignment.hub is None and assignment.doc_pair is not None \
            and set(assignment.block_pairs.values()) == {assignment.doc_pair}:
        paragraphs = [(i, b.start, b.end, (sentences.get(i) or [(b.start, b.end)])[0])
                      for i, b in enumerate(st.blocks) if b.kind in BODY]
        # (a subheading naming a third state opens another matter: "अज़रबैजान की आपत्ति")
        asides = {i for i, b in enumerate(st.blocks[1:], 1) if b.kind in BODY and st.blocks[i - 1].kind == HEADING
                  and set(parties(st.blocks[i - 1].start, st.blocks[i - 1].end)) - set(assignment.doc_pair)}
        assignment.block_pairs.update(passage_turns(text, paragraphs, countries.between, parties,
                                                    assignment.doc_pair, asides))
    doc.events = _one_per_happening([e for e in _events(doc) if not predecessor_pair(e.pair)])
    doc.block_dates.clear()
    return doc


def _one_per_happening(events: list[Event]) -> list[Event]:
    """One event per (date, type, pair) in a document (ANNOTATION 5): a caption or a later
    sentence that retells a dated act adds nothing."""
    seen: set[tuple[str, str, tuple[str, str]]] = set()
    out = []
    for e in events:
        if e.date:
            key = (e.date, e.type, e.pair)
            if key in seen:
                continue
            seen.add(key)
        out.append(e)
    return out


# The sentence's subject points back to the act told before ("This was completed", "সেটি বন্ধ
# করে দেওয়া হয়", "यह …"); the phrases that carry the date of that act are anaphora.act_pointer.
_ANAPHORIC_SUBJECT = re.compile(
    r"(?:[^,।.]{1,30},\s*)?(?:"                                   # "In May 2021, this …"
    r"\W*(?:(?i:however|but|then|later|also|soon),?\s+)?(?i:this|it|that|these)\b|"
    r"\W*(?:তবে|পরে|এরপর|পরবর্তীতে)?[,\s]*(?:সেটি|এটি|এটা|সেটা|তা)(?![\w" + MARKS + r"])|"
    r"\W*(?:हालांकि|बाद में)?[,\s]*(?:यह|वह|इसे|उसे)(?![\w" + MARKS + r"]))")


def _is_story(doc: ProcessedDocument) -> bool:
    """A news story (a dateline tells one too)."""
    return doc.kind == "news" or any(st.kind == "dateline" for st in doc.clock.stamps)


@cache
def _continued_by() -> dict[str, str]:
    """The state that continues each former one (the Soviet Union: Russia)."""
    return {former: state for state, (former, _until) in continued_states().items()}


def _capitals_as_former(doc: ProcessedDocument, s: int, e: int, named: list[str],
                        successors: dict[str, str]) -> list[str]:
    """``named`` with a successor state named only by its capital (Moscow) as the former state
    whose capital it was (the Soviet Union), in a text about the former state."""
    by_name = {m.code for m in doc.countries.between(s, e) if m.kind != CAPITAL}
    return [successors[c] if c in successors and c not in by_name else c for c in named]


def _context(text: str, s: int, e: int, block: int, doc: ProcessedDocument,
             previous: tuple[list[tuple[str, str]], str] | None) -> SentenceContext:
    """The pairs a sentence is about: the document's pair when it names one or both of them or
    none at all (a third state with one member is a third-country sentence); in a hub, the
    partners it names, else the partner it continues, else its passage's."""
    a = doc.assignment
    named = doc.parties(s, e)
    # a section under a heading naming its own pair (study notes) is about that pair
    own = a.block_pairs.get(block)
    # a hub's section headed by a pair without the hub is about that pair
    hub = a.hub if a.hub is not None and (own is None or a.hub in own) else None
    pair = a.block_pairs.get(block, a.doc_pair) if hub is None else None
    # a news story may turn to a second partner even when its headline names the pair
    ctx = SentenceContext([], "none", doc.parties, hub, pair, open_frame=not a.titled or _is_story(doc),
                          headed=block in a.headed, rival=a.rival if hub is not None else None)
    if pair is not None:
        # (a text about Russia and X that names the Soviet Union names Russia as it then was)
        continued = _continued_by()
        named = [continued[c] if continued.get(c) in pair else c for c in named]
        # (and one about the Soviet Union and X that names Moscow names the Soviet Union's capital)
        successors = {continued[f]: f for f in pair if f in continued}
        if successors and any(c in successors for c in named):
            named = _capitals_as_former(doc, s, e, named, successors)
        if pair[0] in named and pair[1] in named:
            ctx.pairs, ctx.pair_source = [pair], "both"
        elif BOTH.search(text, s, e):
            ctx.pairs, ctx.pair_source = [pair], "phrase"
        elif not named:
            ctx.pairs, ctx.pair_source = [pair], "unnamed"
        elif set(named) <= set(pair):
            ctx.pairs, ctx.pair_source = [pair], "one"
        else:
            ctx.pair_source = "third"           # each date's clause decides (date_pairs.pairs_for)
    elif hub is not None:
        partners = [c for c in named if c != hub]
        passage = a.partner_of(block)
        if previous and previous[0]:
            ctx.fallback, ctx.fallback_source = previous[0], "continued"
        elif passage:
            ctx.fallback, ctx.fallback_source = [pair_of(hub, passage)], "passage"
        trip = tour(text, doc.countries.between(s, e), named) if len(partners) > 1 else None
        if trip is not None and trip[0] in (None, hub) and set(trip[1]) <= set(partners):
            ctx.pairs, ctx.pair_source = [pair_of(hub, c) for c in trip[1]], "several"   # one trip, each stop
        elif len(partners) == 2 and hub not in named and between_two(text, doc.countries.between(s, e)):
            ctx.pair_source = "between"         # an act between two partners, not with the hub
        elif len(partners) == 1 or (partners and passage in partners):
            ctx.pairs, ctx.pair_source = [pair_of(hub, partners[0] if len(partners) == 1 else passage)], "own"
        elif partners:
            ctx.pairs, ctx.pair_source = [pair_of(hub, c) for c in partners], "several"
        else:
            ctx.pairs, ctx.pair_source = ctx.fallback, ctx.fallback_source
    return ctx


def _events(doc: ProcessedDocument) -> list[Event]:
    text = doc.text
    out: list[Event] = []
    body = [i for i, b in enumerate(doc.blocks) if b.kind in BODY]
    dated = {i: _dates_by_sentence(doc.dates_of(doc.blocks[i]), doc.sentences.get(i, [])) for i in body}
    relative = {i: any(d.relative and not d.yearless for ds in dated[i] for d in ds) for i in dated}
    # A news story told relative to its day ("on Friday") reports its acts without dates.
    story = doc.kind == "news" and any(relative.values())
    last: Event | None = None                 # the event told in the sentence before
    # the last dated event of the passage, which "during the visit" points back to over
    # sentences that tell no date (ANNOTATION 4.6); none once a sentence's date dates nothing
    anchor: Event | None = None
    anchors: list[Event] = []                 # the dated events of the sentence the anchor ends
    told: DateMention | None = None           # the last date told in the passage ("the same year")
    before: tuple[int, int] | None = None     # the sentence before, up to the last heading
    heading: Block | None = None              # the last heading
    heading_seen = -1
    labels = block_labels(text, doc.blocks)
    topics = _topic_items(doc, dated)
    section_year: int | None = None          # the year a heading gives its section ("Crisis of 1957")
    year_of_story: int | None = None
    month_of_story: tuple[int, int] | None = None     # a month told with its year since
    # the last event of a news story's own day, which an act it tells without a date shares
    today = "{:04d}-{:02d}-{:02d}".format(*doc.clock.today) if doc.clock.today else None
    day: Event | None = None
    for i in body:
        if i in topics:
            continue
        passed = [b for b in doc.blocks[heading_seen + 1:i] if b.kind in (HEADING, HATNOTE)]
        if passed:
            last = before = anchor = told = None
            anchors = []
            heading = next((b for b in reversed(passed) if b.kind == HEADING), heading)
            section_year = _year_of(doc, heading)
        # a list's items under one heading tell one story: an item's day and month takes the year
        # of the item before ("• 6 March 1975 … • signed on 13 June")
        items = doc.blocks[i].kind == LIST_ITEM and heading_seen == i - 1 and doc.blocks[i - 1].kind == LIST_ITEM
        heading_seen = i
        year_of_story = (year_of_story if items else None) or section_year
        month_of_story = month_of_story if items else None
        previous: tuple[list[tuple[str, str]], str] | None = None
        narrated = relative[i] or story
        spans = doc.sentences.get(i, [])
        former = frozenset(m.code for m in doc.countries.between(doc.blocks[i].start, doc.blocks[i].end)
                           if m.kind == FORMER)
        for k, ((s, e), found) in enumerate(zip(spans, dated[i], strict=True)):
            found = not_asked(text, s, e, found)
            found = resolve(found, find_anaphors(text, s, e, doc.kind == "news"), told)
            pointer = act_pointer(text, s, e) if anchor is not None and not found else None
            if pointer is not None and (pointed := pointed_act(text, pointer, anchors, anchor)) is None:
                pointer = None           # ("Following the talks, …" with no talks told before)
            elif pointer is not None:
                anchor = pointed
            if not found and not narrated and pointer is None and doc.assignment.hub is None:
                last, before = None, (s, e)         # nothing to date here, no partner to carry on
                continue
            ctx = _context(text, s, e, i, doc, previous)
            if not found and not narrated and pointer is None:
                # a hub's sentence with nothing to date: only the partner it names carries on
                last, before = None, (s, e)
                if ctx.pairs:
                    previous = (ctx.pairs, ctx.pair_source)
                continue
            # (a pointer opening the sentence: "On that visit, …", "সে সফরে …")
            opening = act_pointer(text, s, min(e, s + _OPENING_REACH)) if found and anchor is not None \
                and anchor.date else None
            if opening is not None and text[s:opening.start()].strip(" ,\"'“‘"):
                opening = None           # (only a sentence opening with its pointer continues that act)
            elif opening is not None:
                pointed = pointed_act(text, opening, anchors, anchor)
                opening, anchor = (opening, pointed) if pointed is not None else (None, anchor)
            # "In August 1961 he visited China. On that visit, on 18 August, …": the act's year (not
            # for a day yet to come: "সে সফরে … আগামী ১৭ মার্চ")
            lent = int(anchor.date[:4]) if opening is not None and anchor is not None and anchor.date \
                and not is_future(text, s, e) else None
            dates = complete(text, s, e, found, doc.clock, lent or year_of_story, None if lent else month_of_story)
            if found and anchor is not None and not any(d.is_absolute for d in dates):
                pointer = act_pointer(text, s, e)      # its dates only bound or name a term
            if not steps_back(text, s, e):
                year_of_story = story_year(dates) or year_of_story
                month_of_story = story_month(dates, month_of_story)
            told = last_told(dates, told)
            ctx.narrated_relatively = narrated
            ctx.label = labels.get(i)
            ctx.inherited = _inherited(text, s, e, last, before)
            ctx.topic = _topic(text, last, before, heading)
            ctx.following = _following(text, s, e, spans[k + 1] if k + 1 < len(spans) else None)
            ctx.former = former

            events = sentence_events(text, s, e, dates, ctx)
            if pointer is not None and not any(d.is_absolute for d in dates):
                events = carried_events(text, s, e, pointer.span(), anchor, ctx) + \
                    [ev for ev in events if ev.date is None]
            elif opening is not None and (cut := _clause_before(text, opening.end(), dates)) is not None:
                # "On that visit a loan was agreed, whose final deal was signed in December 2011": the
                # pointer's clause is that act's, the date after it another's
                events = carried_events(text, s, e, opening.span(), anchor, ctx, until=cut) + events
            out.extend(events)
            # the act a later "during that visit" points back to: not a date that only frames it
            dated_events = [ev for ev in events if ev.date and not ev.evidence.endswith("/shifted")]
            last = dated_events[-1] if dated_events else None
            # (taking office, "… her first visit since taking office in October", dates no act of the pair)
            passing = found and not dated_events and all(dates_taking_office(text, s, d.start) for d in found)
            if passing:
                last = anchor
            elif dated_events or found:
                anchor, anchors = last, dated_events
                day = next((ev for ev in reversed(dated_events) if ev.date == today), day)
            elif story and pointer is None and events and k == 0 and day is not None:
                # a paragraph back in the story's day opens with an act told without its date
                anchor, anchors = day, [day]
            if ctx.pairs:
                previous = (ctx.pairs, ctx.pair_source)
            before = (s, e)
    return out


_OPENING_REACH = 40          # how far into its sentence a pointer opening it ends
_CLAUSE_END = re.compile(r"[,;]")


def _clause_before(text: str, start: int, dates: list[DateMention]) -> int | None:
    """Where the clause from ``start`` ends, if it ends before the sentence's first date of its
    own (at a comma or a semicolon)."""
    first = min((d.start for d in dates if d.is_absolute), default=None)
    if first is None:
        return None
    cuts = [m.start() for m in _CLAUSE_END.finditer(text, start, first)]
    return cuts[-1] if cuts else None


def _year_of(doc: ProcessedDocument, heading: Block | None) -> int | None:
    """The year a heading names as its only date ("১৯৫৭ সালের সংকট", "On the brink: 1998"): the
    year of the story its section tells (ANNOTATION 4.2, rule 3)."""
    if heading is None or doc.kind == "news":       # (a news page's headings are its furniture)
        return None
    dates = [d for d in doc.dates_of(heading) if d.value]
    return int(dates[0].value[:4]) if len(dates) == 1 and dates[0].precision == YEAR else None


def _inherited(text: str, s: int, e: int, last: Event | None, before: tuple[int, int] | None
               ) -> Callable[[], str | None]:
    """The type of the act a sentence whose subject points back to it ("This was completed")
    continues: the event told just before, else the sentence before; or of the act the question
    it answers asks about ("Q. Which state first recognised A? Ans. B (1971).") (read when asked)."""
    def inherited() -> str | None:
        if _ANAPHORIC_SUBJECT.match(text, s, e):
            return last.type if last is not None else classify(text, *before) if before else None
        if answers(text, s, e, before):
            asked = classify(text, *before)          # (before is the question)
            return asked if asked != "other" else None
        return None
    return inherited


def _following(text: str, s: int, e: int, after: tuple[int, int] | None) -> Callable[[], str | None]:
    """For a sentence that only sets the year ("সেটা ছিল ১৯৭১ সাল।"), the type of the act the
    sentence after it tells (read when asked)."""
    def following() -> str | None:
        if after is None or not is_year_frame(fold_digits(text[s:e])):
            return None
        t = classify(text, *after)
        return t if t != "other" else None
    return following


def _topic(text: str, last: Event | None, before: tuple[int, int] | None, heading: Block | None
           ) -> Callable[[], str | None]:
    """The type of the act or series a sentence's pointing word ("the 9th edition") refers back
    to: the event told just before, else the sentence before, else the heading (read when asked)."""
    def topic() -> str | None:
        if last is not None:
            return last.type
        for span in (before, (heading.start, heading.end) if heading is not None else None):
            t = classify(text, *span) if span is not None else "other"
            if t != "other":
                return t
        return None
    return topic


# "• Land reform (1972)": a short name and a year in brackets, the whole item.
_TOPIC = re.compile(r"\W*[^\W\d][^\d()\n]{0,60}\(\s*[^()\n]{1,30}\)\W*")
_TOPIC_WORDS = 6


def _topic_items(doc: ProcessedDocument, dated: dict[int, list[list[DateMention]]]) -> set[int]:
    """List items that only name a topic and its year ("• সংবিধান প্রণয়ন (১৯৭২)", "• Land reform
    (1972)"), two or more in one list or any under a "See also" heading, where a label may name
    states too ("• A–B border dispute (1965)"): an index of subjects, not statements of acts."""
    out: set[int] = set()
    run: list[int] = []
    see_also = False
    for i, b in enumerate([*doc.blocks, None]):
        if b is not None and b.kind == LIST_ITEM:
            run.append(i)
            continue
        topics = [k for k in run if _is_topic(doc, k, dated.get(k, []), see_also)]
        if len(topics) >= 2 or (topics and see_also):
            out.update(topics)
        run = []
        if b is not None and b.kind in (HEADING, TITLE):
            see_also = bool(_SEE_ALSO.match(doc.text, b.start, b.end))
    return out


# The heading of a list of related pages.
_SEE_ALSO = re.compile(r"\W*(?:(?i:see also|related(?:\s+\w+)?|further reading|also read|read more)|আরও দেখুন|আরো দেখুন|"
                       r"আরও পড়ুন|আরো পড়ুন|সম্পর্কিত|यह भी देखें|इन्हें भी देखें|ये भी पढ़ें|यह भी पढ़ें|संबंधित)")
# Words that join names in a label ("A and B"): not a topic's own words.
_JOINERS = frozenset(("and", "&", "the", "of", "ও", "এবং", "और", "व", "का", "की", "के", "এর"))


def _is_topic(doc: ProcessedDocument, k: int, by_sentence: list[list[DateMention]], see_also: bool) -> bool:
    b = doc.blocks[k]
    found = [d for ds in by_sentence for d in ds]
    if len(found) != 1:
        return False
    d = found[0]
    text = doc.text
    if doc.parties(b.start, b.end):
        # under "See also" a label may name states if it names more than states (a hub's list of
        # partners and dates is not an index) and its date is a year
        if not see_also:
            return False
        pieces, pos = [], b.start
        for x in doc.countries.between(b.start, d.start):
            pieces.append(text[pos:x.start])
            pos = max(pos, x.end)
        rest = " ".join([*pieces, text[pos:d.start]])
        words = [w for w in WORD_RE.findall(rest) if w.lower() not in _JOINERS]
        if d.precision not in (YEAR, RANGE) or not words:
            return False
    body = text[b.start:b.end].lstrip("-*•·▪–— \t")
    return (len(body.split()) <= _TOPIC_WORDS + 1 and bool(_TOPIC.fullmatch(body))
            and text.rfind("(", b.start, d.start) > text.rfind(")", b.start, d.start)
            and not text[d.end:text.find(")", d.end, b.end)].strip())


def _dates_by_sentence(found: list[DateMention], sentences: list[tuple[int, int]]) -> list[list]:
    """Hand each date of a paragraph (tagged once) to the sentence it starts in."""
    out: list[list] = [[] for _ in sentences]
    k = 0
    for d in found:
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
