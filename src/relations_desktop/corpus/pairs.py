"""Work out which pair of countries a document, each of its passages and each sentence is about.

First the document's frame: one pair (a bilateral article or news story, from its title, its
lead or the pair of countries it keeps naming together), or a hub country with many partners
("Foreign relations of X"; a page whose headings, table rows or list items each name one
partner; a title naming one country whose dated sentences pair it with several; a lead that
pairs one country with a list of others; a title naming two rivals over numbered partner
headings, corpus.hub_pages). In a hub, each passage goes to the partner its own
words, the heading, row label or hatnote above it, and the titles of the footnotes it cites
point to; a passage that names nobody continues the one before it. Only countries named as
parties count (corpus.roles): venues, mediators, currencies and listed examples do not.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import regex

from relations_desktop.corpus.countries import CountryIndex, Mention
from relations_desktop.corpus.event_types import classify
from relations_desktop.corpus.gazetteer import CAPITAL, COMBINING, DEMONYM, NAME
from relations_desktop.corpus.hub_pages import (
    LEAD_SENTENCES,
    body_sentences,
    hub_from_labels,
    hub_from_spread,
    hub_from_title_country,
    hub_from_tour,
    hub_over_title_pair,
    label_codes,
    tour_of,
)
from relations_desktop.corpus.hubs import hub_of_lead, hub_of_line, hub_of_quiz, tells_relations
from relations_desktop.corpus.roles import (
    CURRENCY,
    FRAME,
    LISTED,
    MEDIATOR,
    PARTY,
    PLACE,
    REPORTER,
    RULER,
    VENUE,
    coordinated,
    headline_topic,
    names_its_city,
    roles,
)
from relations_desktop.corpus.sections import pair_heading, pair_rows, pair_sections, quiz_sections
from relations_desktop.corpus.structure import BODY, CITATION, HATNOTE, HEADING, LIST_ITEM, TABLE_ROW, TITLE, Block

_KIND_WEIGHT = {NAME: 1.0, COMBINING: 1.0, DEMONYM: 0.7, CAPITAL: 0.6}
_ROLE_WEIGHT = {PARTY: 1.0, PLACE: 0.5, LISTED: 0.3, FRAME: 0.3, REPORTER: 0.3, VENUE: 0.3, MEDIATOR: 0.2,
                RULER: 0.2, CURRENCY: 0.0}
_FOOTNOTE_WEIGHT = 0.8
_HEADING_BONUS = 1.5
_CONTINUITY_BONUS = 0.5
_TITLE_WEIGHT = 3.0
_TITLE_TOPIC = 0.5
_HEADLINE_BREAK = regex.compile(r"[,;:|]")
_LEAD_WEIGHT = 2.0
_RELATION_WEIGHT = 1.5
_LEAD_BLOCKS = 3            # the blocks before a page's first heading that may say it is a hub
_ADJACENT_WEIGHT = 0.3
_MIN_PAIR_SCORE = 0.5

_FOOTNOTE_REF = regex.compile(r"\[(\d{1,3})\]")
_QUOTED = regex.compile(r"[\"“”«»]([^\"“”«»]{4,300})[\"“”«»]")
_FULL_STOP = regex.compile(r"\.\s")
_NUMBER_PREFIX = regex.compile(r"^\s*(?:\[\d+\]|\d+[.)]|\^)\s*")


def citation_title(text: str, cit: Block) -> tuple[int, int]:
    """The span of a citation's title: the quoted part, else the text up to the first full stop.

    Publishers and retrieval notes ("The Embassy of X to Y", "Retrieved …") are not what
    the cited work is about.
    """
    m = _QUOTED.search(text, cit.start, cit.end)
    if m:
        return m.start(1), m.end(1)
    prefix = _NUMBER_PREFIX.match(text, cit.start, cit.end)
    body = prefix.end() if prefix else cit.start
    stop = _FULL_STOP.search(text, body, cit.end)
    return body, stop.start() if stop else cit.end


def pair_of(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


@dataclass
class Assignment:
    hub: str | None = None
    doc_pair: tuple[str, str] | None = None
    titled: bool = False             # the title names the pair (its text is about that pair alone) or the hub
    rival: str | None = None         # the hub's rival its title names beside it, itself a partner's partner
    block_pairs: dict[int, tuple[str, str]] = field(default_factory=dict)   # body block -> its passage's pair
    headed: set[int] = field(default_factory=set)     # body blocks whose pair a pair heading gives
    # relations stated without a date, with the first sentence that states each
    stated_pairs: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)

    @property
    def pairs(self) -> list[tuple[str, str]]:
        return sorted(set(self.block_pairs.values()) | set(self.stated_pairs))

    def partner_of(self, block: int) -> str | None:
        """The hub's partner of a body block's passage."""
        pair = self.block_pairs.get(block)
        if pair is None or self.hub is None:
            return None
        return pair[1] if pair[0] == self.hub else pair[0]


class Parties:
    """The role of the state mentions of a document (each computed once, when a span that holds
    it is first asked about: mentions in reference lists never are) and the parties each span
    names."""

    def __init__(self, text: str, index: CountryIndex) -> None:
        self.text = text
        self.index = index
        self._roles: list[str | None] = [None] * len(index.mentions)
        # the code of each mention that is a party (None: not one, or its role not yet known)
        self._parties: list[str | None] = [None] * len(index.mentions)
        self._cache: dict[tuple[int, int], list[str]] = {}

    def _known(self, start: int, end: int) -> tuple[int, int]:
        """The slice of the mentions that start inside [start, end), with their roles worked out."""
        lo, hi = self.index.span_indices(start, end)
        if None in self._roles[lo:hi]:
            ms = self.index.mentions
            # a coordinated run shares its roles: take in the whole run at either end
            a, b = lo, hi
            while a > 0 and coordinated(self.text, ms[a - 1], ms[a]):
                a -= 1
            while b < len(ms) and b > 0 and (coordinated(self.text, ms[b - 1], ms[b])
                                             or names_its_city(self.text, ms[b - 1], ms[b])):
                b += 1
            got = roles(self.text, ms[a:b], ms[b].start if b < len(ms) else None)
            self._roles[a:b] = got
            self._parties[a:b] = [m.code if r == PARTY else None for m, r in zip(ms[a:b], got, strict=True)]
        return lo, hi

    def roles_between(self, start: int, end: int) -> list[tuple[Mention, str]]:
        lo, hi = self._known(start, end)
        return list(zip(self.index.mentions[lo:hi], self._roles[lo:hi], strict=True))

    def __call__(self, start: int, end: int) -> list[str]:
        key = (start, end)
        got = self._cache.get(key)
        if got is None:
            lo, hi = self._known(start, end)
            got = self._cache[key] = list(dict.fromkeys(filter(None, self._parties[lo:hi])))
        return got

    def weighted(self, start: int, end: int) -> dict[str, float]:
        """Each country named in the span with the weight of its strongest role."""
        lo, hi = self._known(start, end)
        out: dict[str, float] = {}
        for m, r in zip(self.index.mentions[lo:hi], self._roles[lo:hi], strict=True):
            w = _ROLE_WEIGHT[r]
            if w >= out.get(m.code, 0.0):
                out[m.code] = w
        return out


def assign(text: str, blocks: list[Block], sentences: dict[int, list[tuple[int, int]]],
           index: CountryIndex, title: tuple[int, int] | None, kind: str = "encyclopedia",
           parties: Parties | None = None) -> Assignment:
    """The frame of one document and the pair of each body block's passage."""
    body = [i for i, b in enumerate(blocks) if b.kind in BODY]
    if not body:
        return Assignment()
    parties = parties or Parties(text, index)
    out = _frame(text, blocks, body, sentences, index, title, kind, parties)
    # (a quiz's units keep their own pairs under the last pair heading before them)
    quiz = quiz_sections(text, blocks, parties)
    headed = pair_sections(text, blocks, index, parties)
    # (but a list item naming its own pair is that pair's: "• Egypt–Libya: the four-day war (1977)")
    own = {i: p for i, p in headed.items() if blocks[i].kind == LIST_ITEM
           and pair_heading(text, blocks[i], index, parties) is not None} if quiz else {}
    sections = {**headed, **pair_rows(text, blocks, index, parties), **quiz, **own}
    if out.hub is None:               # sections headed by a pair keep their heading's pair
        if not out.titled:            # (a page of disputes names each pair in brackets after its place)
            sections = {**pair_sections(text, blocks, index, parties, brackets=True), **sections}
        out.block_pairs.update(sections)
        out.headed = set(sections)
        if out.doc_pair is None and out.block_pairs:
            out.doc_pair = next(iter(out.block_pairs.values()))
        return out
    named = set(sections.values())
    if not named:
        return out
    # a quiz about the hub: each unit's partner is the one its question and answer name
    out.block_pairs.update({i: p for i, p in quiz.items() if out.hub in p})
    if not out.titled and not set.intersection(*(set(p) for p in named)):
        # a page of independent pairs: a country recurring across it (a venue's, a mediator's) is
        # no hub
        return Assignment(doc_pair=next(iter(sections.values())), block_pairs=sections, headed=set(sections))
    # in a hub its title names, a section headed by a pair without the hub is about that pair
    headed = {i: p for i, p in sections.items() if out.hub not in p}
    if headed:
        out.block_pairs.update(headed)
        out.headed = set(headed)
        spans = [(blocks[i].start, blocks[i].end) for i in headed]
        out.stated_pairs = {p: sp for p, sp in out.stated_pairs.items()
                            if not any(s <= sp[0] < e for s, e in spans)}
    return out


def _frame(text: str, blocks: list[Block], body: list[int], sentences: dict[int, list[tuple[int, int]]],
           index: CountryIndex, title: tuple[int, int] | None, kind: str, parties: Parties) -> Assignment:
    """The document's pair or hub, and the pair of each body block."""
    lead_title = _title_zone(blocks, title)
    hub = _hub_from_cue(text, blocks, sentences, parties, lead_title, body, kind)
    if hub is not None:
        out = _split_hub(text, blocks, sentences, index, parties, hub)
        out.titled = True
        return out
    pair = _title_pair(parties, lead_title)
    hub = hub_over_title_pair(text, blocks, body, parties, pair) if pair is not None else None
    if hub is not None:
        out = _split_hub(text, blocks, sentences, index, parties, hub)
        out.titled = True
        out.rival = pair[1] if pair[0] == hub else pair[0]
        return out
    if pair is None:
        hub = hub_of_quiz(text, blocks, body, parties) \
            or hub_from_tour(body, sentences, parties, lead_title) \
            or (kind != "news" and hub_from_labels(text, blocks, body, sentences, parties, lead_title)) \
            or hub_from_title_country(text, body, sentences, parties, lead_title) \
            or hub_of_lead(text, body_sentences(body, sentences)[:2], parties, parties.index)
    if pair is None and hub is None:
        pair = _best_pair(text, body, sentences, parties, lead_title)
        if pair is None and kind != "news":
            hub = hub_from_spread(blocks, body, parties)
    if pair is not None:
        return Assignment(doc_pair=pair, titled=pair == _title_pair(parties, lead_title),
                          block_pairs={i: pair for i in body})
    if hub is None:
        return Assignment()
    return _split_hub(text, blocks, sentences, index, parties, hub)


def _title_zone(blocks: list[Block], title: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The title, or failing one the first heading before any body text."""
    if title:
        return [title]
    for b in blocks:
        if b.kind in BODY:
            break
        if b.kind == HEADING:
            return [(b.start, b.end)]
    return []


def _hub_from_cue(text: str, blocks: list[Block], sentences: dict[int, list[tuple[int, int]]],
                  parties: Parties, zone: list[tuple[int, int]], body: list[int], kind: str) -> str | None:
    """"Foreign relations of X", "X's relations with various countries" in the title, a heading
    above the text (a site's name may be the title) or the first sentence."""
    heads = [(b.start, b.end) for b in blocks[:body[0]] if b.kind == HEADING and (b.start, b.end) not in zone]
    # the first sentence of each of the lead's first blocks (a site's name and section may come
    # first, on a line of their own), up to the first heading
    lead = list(itertools.takewhile(lambda i: blocks[i].kind != HEADING, range(body[0], len(blocks))))
    first = [sentences[i][0] for i in lead if i in body and sentences.get(i)][:_LEAD_BLOCKS]
    # a first sentence about relations with many countries makes a hub only of a page whose title
    # does not name a pair, and not of a news story
    many = kind != "news" and _title_pair(parties, zone) is None
    for k, (s, e) in enumerate([*zone, *heads, *first]):
        # (a news headline sending someone to one state "to strengthen ties with the region's
        # countries" names a stop, not a hub)
        headline = k < len(zone) + len(heads) and not (kind == "news" and classify(text, s, e) == "visit")
        hub = hub_of_line(text, s, e, parties, many or headline)
        if hub is not None:
            return hub
    return None


def _title_pair(parties: Parties, zone: list[tuple[int, int]]) -> tuple[str, str] | None:
    for s, e in zone:
        codes = parties(s, e)
        if len(codes) == 2 and tour_of(parties, s, e) is None:
            return pair_of(*codes)
    return None


def _best_pair(text: str, body: list[int], sentences: dict[int, list[tuple[int, int]]],
               parties: Parties, zone: list[tuple[int, int]]) -> tuple[str, str] | None:
    """The pair of countries named together most, the title and lead counting more, then
    sentences about relations; two named in consecutive sentences count a little. Ties go to
    the pair whose countries the text names most often, then to the one named first."""
    scores: Counter = Counter()
    first: dict[tuple[str, str], int] = {}
    spans = [(sp, _TITLE_WEIGHT) for sp in zone]
    for k, sp in enumerate(body_sentences(body, sentences)):
        spans.append((sp, _LEAD_WEIGHT if k < LEAD_SENTENCES else 1.0))
    presence: Counter = Counter()
    before: dict[str, float] = {}
    for k, ((s, e), weight) in enumerate(spans):
        named = parties.weighted(s, e)
        if k < len(zone) and len(named) > 2:
            # (a title naming three: the one it is about is not who acts, "A pauses B funding over C deals")
            ms = [m for m, _r in parties.roles_between(s, e)]
            topics = {m.code for m, n in zip(ms, [*ms[1:], None], strict=True)
                      if headline_topic(text, m, n.start if n else e)}
            # (only where the two others act in one clause: in "A's decision over a B ceasefire, C
            # welcomes" the topic is a party and C only reacts)
            acting = [m for m in ms if m.code not in topics]
            if acting and _HEADLINE_BREAK.search(text, acting[0].end, acting[-1].start):
                topics = set()
            named = {c: w * (_TITLE_TOPIC if c in topics else 1.0) for c, w in named.items()}
        presence.update(c for c, w in named.items() if w >= 1.0)
        if 2 <= len(named) <= 5:
            w = weight * (_RELATION_WEIGHT if tells_relations(text, s, e) else 1.0)
            trip = tour_of(parties, s, e)
            for a, b in itertools.combinations(sorted(named), 2):
                if trip is not None and a in trip[1] and b in trip[1]:
                    continue                         # two stops of one trip are not a pair
                scores[(a, b)] += w * named[a] * named[b]
                first.setdefault((a, b), s)
        for a, wa in before.items():                 # named in consecutive sentences
            for b, wb in named.items():
                if a != b and not (a in named and b in before):
                    key = (a, b) if a < b else (b, a)
                    scores[key] += _ADJACENT_WEIGHT * weight * wa * wb
                    first.setdefault(key, s)
        before = named
    if not scores:
        return None
    best = max(scores, key=lambda p: (round(scores[p], 6), presence[p[0]] + presence[p[1]], -first[p]))
    return best if scores[best] >= _MIN_PAIR_SCORE else None


def _split_hub(text: str, blocks: list[Block], sentences: dict[int, list[tuple[int, int]]],
               index: CountryIndex, parties: Parties, hub: str) -> Assignment:
    citations = {b.number: b for b in blocks if b.kind == CITATION and b.number is not None}
    # the countries each cited title names, read once however often the citation is cited
    cited: dict[int, set[str]] = {}
    current: str | None = None       # partner named by the heading or hatnote above
    previous: str | None = None      # partner of the passage before
    fresh = False                    # the passage comes right after its heading
    out = Assignment(hub=hub)
    for i, b in enumerate(blocks):
        if b.kind in (HEADING, HATNOTE, TITLE):
            if b.kind == TITLE:
                continue
            codes = [c for c in parties(b.start, b.end) if c != hub]
            if len(codes) == 1:
                current = previous = codes[0]
                fresh = True
            elif b.kind == HEADING and not codes:
                current = previous = None
            continue
        if b.kind not in BODY:
            continue
        label = [c for c in label_codes(text, b, parties) if c != hub]
        scores: defaultdict[str, float] = defaultdict(float)
        first_seen: dict[str, int] = {}
        for m, r in parties.roles_between(b.start, b.end):
            if m.code == hub or r != PARTY:
                continue
            scores[m.code] += _KIND_WEIGHT.get(m.kind, 0.5)
            first_seen.setdefault(m.code, m.start)
        for ref in _FOOTNOTE_REF.finditer(text, b.start, b.end):
            number = int(ref.group(1))
            cit = citations.get(number)
            if cit is None:
                continue
            if number not in cited:
                cited[number] = set(m.code for m in index.between(*citation_title(text, cit)))
            for code in cited[number]:
                if code != hub:
                    scores[code] += _FOOTNOTE_WEIGHT
                    first_seen.setdefault(code, b.end + cit.start)
        if len(label) == 1:                 # a table row or list item is about its label
            scores[label[0]] += _HEADING_BONUS * 2
            first_seen[label[0]] = b.start - 2
        # Context from above: the heading or hatnote speaks loudest for the passage right
        # below it; after that it, like the passage before, only tips a close call.
        bonus: dict[str, float] = {}
        if previous and scores:
            bonus[previous] = _CONTINUITY_BONUS
        if current:
            bonus[current] = max(bonus.get(current, 0.0), _HEADING_BONUS if fresh else _CONTINUITY_BONUS)
            first_seen.setdefault(current, b.start - 1)
        fresh = False
        for code, extra in bonus.items():
            scores[code] += extra
        partner = max(scores, key=lambda c: (scores[c], -first_seen.get(c, 1 << 30))) if scores else previous
        if partner:
            out.block_pairs[i] = pair_of(hub, partner)
            for s, e in sentences.get(i, []):
                if tells_relations(text, s, e) or tour_of(parties, s, e):     # ties, or a trip to partners
                    # a row or item is about its label: a third state in its note is no partner
                    named = [c for c in parties(s, e) if c != hub] if len(label) != 1 else []
                    for c in named or [partner]:
                        out.stated_pairs.setdefault(pair_of(hub, c), (s, e))
        if b.kind not in (TABLE_ROW, LIST_ITEM) or not label:
            previous = partner
    return out
