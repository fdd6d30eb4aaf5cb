"""Work out which pair of countries a document, or each passage of it, is about.

A bilateral article or news story gets one pair, from its title, its lead sentence or
the countries it keeps returning to. A hub article ("Foreign relations of X") is split:
each paragraph goes to the partner its own words, the hatnote or heading above it, and
the titles of the footnotes it cites point to; a paragraph that names nobody continues
the one before it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import regex

from relations_desktop.corpus.countries import CountryIndex, Mention
from relations_desktop.corpus.gazetteer import CAPITAL, COMBINING, DEMONYM, NAME
from relations_desktop.corpus.structure import BODY, CITATION, HATNOTE, HEADING, TITLE, Block

_KIND_WEIGHT = {NAME: 1.0, COMBINING: 1.0, DEMONYM: 0.7, CAPITAL: 0.6}
_FOOTNOTE_WEIGHT = 0.8
_HEADING_BONUS = 1.5
_CONTINUITY_BONUS = 0.5

_RELATION_CUE = regex.compile(
    r"(?i:relations?|ties|relationship)|সম্পর্ক|সম্বন্ধ|संबंध|सम्बन्ध|रिश्त")
_HUB_CUE = regex.compile(
    r"(?i:foreign relations|foreign policy|international relations|diplomatic missions)|"
    r"বৈদেশিক সম্পর্ক|পররাষ্ট্র সম্পর্ক|পররাষ্ট্রনীতি|পররাষ্ট্র নীতি|বিদেশ নীতি|বৈদেশিক নীতি|"
    r"विदेश संबंध|विदेशी संबंध|वैदेशिक संबंध|विदेश नीति|विदेशी नीति")
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


@dataclass
class Assignment:
    hub: str | None = None
    doc_pair: tuple[str, str] | None = None
    block_pairs: dict[int, tuple[str, str]] = field(default_factory=dict)   # para block index -> pair

    @property
    def pairs(self) -> list[tuple[str, str]]:
        return sorted(set(self.block_pairs.values()))


def pair_of(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _countries(mentions: CountryIndex, s: int, e: int) -> list[Mention]:
    return mentions.between(s, e)


def _ordered_codes(ms: list[Mention]) -> list[str]:
    seen: list[str] = []
    for m in ms:
        if m.code not in seen:
            seen.append(m.code)
    return seen


def assign(text: str, blocks: list[Block], sentences: dict[int, list[tuple[int, int]]],
           index: CountryIndex, title: tuple[int, int] | None, kind: str = "encyclopedia") -> Assignment:
    """Pairs for the para blocks of one document (a news story is always about one pair)."""
    paras = [i for i, b in enumerate(blocks) if b.kind in BODY]
    if not paras:
        return Assignment()
    hub = _hub_from_title(text, blocks, sentences, index, title)
    if hub is None:
        pair = _title_pair(index, title) or _lead_pair(text, paras, sentences, index)
        if pair is None and kind != "news":
            hub = _hub_from_spread(blocks, paras, index)
        if pair is None and hub is None:
            pair = _frequency_pair(paras, blocks, sentences, index)
        if pair is not None:
            return Assignment(doc_pair=pair, block_pairs={i: pair for i in paras})
        if hub is None:
            return Assignment()
    return _split_hub(text, blocks, index, hub)


def _hub_from_title(text: str, blocks: list[Block], sentences: dict[int, list[tuple[int, int]]],
                    mentions: CountryIndex, title: tuple[int, int] | None) -> str | None:
    spans = []
    if title:
        spans.append(title)
    first_para = next((i for i, b in enumerate(blocks) if b.kind in BODY), None)
    if first_para is not None and sentences.get(first_para):
        spans.append(sentences[first_para][0])
    for s, e in spans:
        if _HUB_CUE.search(text, s, e):
            codes = _ordered_codes(_countries(mentions, s, e))
            if len(codes) == 1:
                return codes[0]
    return None


def _title_pair(mentions: CountryIndex, title: tuple[int, int] | None) -> tuple[str, str] | None:
    if not title:
        return None
    codes = _ordered_codes(_countries(mentions, *title))
    return pair_of(codes[0], codes[1]) if len(codes) == 2 else None


def _lead_pair(text: str, paras: list[int], sentences: dict[int, list[tuple[int, int]]],
               mentions: CountryIndex) -> tuple[str, str] | None:
    """The first sentence that names two countries and a relationship; failing that, the
    first that names two of the three countries the document mentions most (a news lead)."""
    lead = [s for i in paras[:2] for s in sentences.get(i, [])][:3]
    for s, e in lead:
        codes = _ordered_codes(_countries(mentions, s, e))
        if len(codes) >= 2 and _RELATION_CUE.search(text, s, e):
            return pair_of(codes[0], codes[1])
    top = {c for c, _n in _sentence_counts(paras, sentences, mentions).most_common(3)}
    for s, e in lead:
        codes = [c for c in _ordered_codes(_countries(mentions, s, e)) if c in top]
        if len(codes) >= 2:
            return pair_of(codes[0], codes[1])
    return None


def _sentence_counts(paras: list[int], sentences: dict[int, list[tuple[int, int]]],
                     mentions: CountryIndex) -> Counter:
    counts: Counter = Counter()
    for i in paras:
        for s, e in sentences.get(i, []):
            for code in set(m.code for m in _countries(mentions, s, e)):
                counts[code] += 1
    return counts


def _frequency_pair(paras: list[int], blocks: list[Block], sentences: dict[int, list[tuple[int, int]]],
                    mentions: CountryIndex) -> tuple[str, str] | None:
    counts = _sentence_counts(paras, sentences, mentions)
    top = counts.most_common(2)
    if len(top) < 2 or top[1][1] < 2:
        return None
    return pair_of(top[0][0], top[1][0])


def _hub_from_spread(blocks: list[Block], paras: list[int], mentions: CountryIndex) -> str | None:
    """A country present in most paragraphs while many partners lead one each."""
    if len(paras) < 4:
        return None
    presence: Counter = Counter()
    leaders: list[Counter] = []
    for i in paras:
        ms = _countries(mentions, blocks[i].start, blocks[i].end)
        presence.update(set(m.code for m in ms))
        leaders.append(Counter(m.code for m in ms))
    if not presence:
        return None
    hub, n = presence.most_common(1)[0]
    if n < 0.6 * len(paras):
        return None
    partners = {c.most_common(1)[0][0] for c in (lc - Counter({hub: 10**6}) for lc in leaders) if c}
    return hub if len(partners) >= 3 else None


def _split_hub(text: str, blocks: list[Block], mentions: CountryIndex, hub: str) -> Assignment:
    citations = {b.number: b for b in blocks if b.kind == CITATION and b.number is not None}
    current: str | None = None       # partner named by the heading or hatnote above
    previous: str | None = None      # partner of the paragraph before
    fresh = False                    # the paragraph comes right after its heading
    out = Assignment(hub=hub)
    for i, b in enumerate(blocks):
        if b.kind in (HEADING, HATNOTE, TITLE):
            codes = [c for c in _ordered_codes(_countries(mentions, b.start, b.end)) if c != hub]
            if b.kind == TITLE:
                continue
            if len(codes) == 1:
                current = previous = codes[0]
                fresh = True
            elif b.kind == HEADING and not codes:
                current = previous = None
            continue
        if b.kind not in BODY:
            continue
        scores: defaultdict[str, float] = defaultdict(float)
        first_seen: dict[str, int] = {}
        for m in _countries(mentions, b.start, b.end):
            if m.code == hub:
                continue
            scores[m.code] += _KIND_WEIGHT.get(m.kind, 0.5)
            first_seen.setdefault(m.code, m.start)
        for ref in _FOOTNOTE_REF.finditer(text, b.start, b.end):
            cit = citations.get(int(ref.group(1)))
            if cit is None:
                continue
            ts, te = citation_title(text, cit)
            for code in set(m.code for m in _countries(mentions, ts, te)):
                if code != hub:
                    scores[code] += _FOOTNOTE_WEIGHT
                    first_seen.setdefault(code, b.end + cit.start)
        # Context from above: the heading or hatnote speaks loudest for the paragraph right
        # below it; after that it, like the paragraph before, only tips a close call.
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
        previous = partner
    return out
