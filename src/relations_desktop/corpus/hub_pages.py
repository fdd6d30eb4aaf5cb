"""Pages that are hubs without saying so: one partner per heading, row or list label; a tour of
several states; a title's country paired with several others; a country present in most
paragraphs while many partners lead one each."""

from __future__ import annotations

from collections import Counter
from typing import Protocol

import regex

from relations_desktop.corpus.countries import CountryIndex
from relations_desktop.corpus.hubs import tells_relations
from relations_desktop.corpus.structure import HATNOTE, HEADING, LIST_ITEM, TABLE_ROW, Block
from relations_desktop.corpus.turns import tour


class Parties(Protocol):
    """The parties each span of a text names (corpus.pairs.Parties)."""

    text: str
    index: CountryIndex

    def __call__(self, start: int, end: int) -> list[str]: ...

LEAD_SENTENCES = 3


def tour_of(parties: Parties, s: int, e: int) -> tuple[str | None, list[str]] | None:
    """A span sending one traveller to several states (turns.tour)."""
    named = parties(s, e)
    return tour(parties.text, parties.index.between(s, e), named) if len(named) > 1 else None


def hub_from_tour(body: list[int], sentences: dict[int, list[tuple[int, int]]], parties: Parties,
                  zone: list[tuple[int, int]]) -> str | None:
    """A title or lead sending the head of one state to several others ("Norway's prime
    minister to visit Chile and Peru"): the traveller's state is the hub; when no span of the
    trip names it ("the Prime Minister"), the state the text names most besides the stops."""
    stops: set[str] = set()
    for s, e in [*zone, *body_sentences(body, sentences)[:LEAD_SENTENCES]]:
        trip = tour_of(parties, s, e)
        if trip is not None and trip[0] is not None:
            return trip[0]
        stops.update(trip[1] if trip else ())
    if not stops:
        return None
    return next((c for c, _n in presence(body, sentences, parties).most_common() if c not in stops), None)


def body_sentences(body: list[int], sentences: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    return [sp for i in body for sp in sentences.get(i, [])]


def presence(body: list[int], sentences: dict[int, list[tuple[int, int]]], parties: Parties) -> Counter:
    counts: Counter = Counter()
    for s, e in body_sentences(body, sentences):
        counts.update(set(parties(s, e)))
    return counts


def label_codes(text: str, b: Block, parties: Parties) -> list[str]:
    """The parties a heading, hatnote, row label or list label names."""
    if b.kind in (HEADING, HATNOTE):
        return parties(b.start, b.end)
    if b.kind in (TABLE_ROW, LIST_ITEM) and b.label:
        return parties(*b.label)
    return []


def hub_from_labels(text: str, blocks: list[Block], body: list[int],
                    sentences: dict[int, list[tuple[int, int]]], parties: Parties,
                    zone: list[tuple[int, int]]) -> str | None:
    """Headings, row labels or list labels naming one partner each: a page with one passage per
    partner of the country its title names, or else of the country its body names most."""
    named = [codes[0] for b in blocks if len(codes := label_codes(text, b, parties)) == 1]
    if len(set(named)) < 2:
        return None
    titled = [c for s, e in zone for c in parties(s, e) if c not in named]
    if not titled:
        # a title naming no country: the heading above all the body text heads the page
        # ("India and West Africa: notes"), though it names its country alone as a label would
        heads = [(b.start, b.end) for b in blocks[:body[0]] if b.kind == HEADING and (b.start, b.end) not in zone]
        titled = list(dict.fromkeys(c for s, e in heads[:1] if _words_besides_names(text, s, e, parties) >= 2
                                    for c in parties(s, e)))
    present = presence(body, sentences, parties)
    hub = titled[0] if len(titled) == 1 else next((c for c, _n in present.most_common() if c not in named), None)
    if hub is None:
        return None
    partners = set(named) - {hub}
    return hub if len(partners) >= 2 else None


_WORD = regex.compile(r"[\p{L}\p{M}]{2,}")


def _words_besides_names(text: str, s: int, e: int, parties: Parties) -> int:
    """How many words a line has besides its country names (a partner's label has none)."""
    rest, at = [], s
    for m in parties.index.between(s, e):
        rest.append(text[at:m.start])
        at = m.end
    rest.append(text[at:e])
    return len(_WORD.findall(" ".join(rest)))


def hub_from_title_country(text: str, body: list[int], sentences: dict[int, list[tuple[int, int]]],
                           parties: Parties, zone: list[tuple[int, int]]) -> str | None:
    """A title naming one country X whose dated or relation sentences pair it with several others."""
    if len(zone) != 1:
        return None
    codes = parties(*zone[0])
    if len(codes) != 1:
        return None
    hub = codes[0]
    partners: set[str] = set()
    for s, e in body_sentences(body, sentences):
        found = parties(s, e)
        if hub in found and len(found) > 1 and (_has_year(text, s, e) or tells_relations(text, s, e)):
            partners.update(c for c in found if c != hub)
    return hub if len(partners) >= 2 else None


_YEAR = regex.compile(r"(?<![\d])(?:1[6-9]|20)\d\d(?!\d)|[১২][০-৯]{3}|[१२][०-९]{3}")


def _has_year(text: str, s: int, e: int) -> bool:
    return bool(_YEAR.search(text, s, e))


def hub_from_spread(blocks: list[Block], body: list[int], parties: Parties) -> str | None:
    """A country present in most paragraphs while many partners lead one each."""
    if len(body) < 4:
        return None
    presence: Counter = Counter()
    leaders: list[str] = []
    named = [parties(blocks[i].start, blocks[i].end) for i in body]
    for codes in named:
        presence.update(codes)
    if not presence:
        return None
    hub, n = presence.most_common(1)[0]
    if n < 0.6 * len(body):
        return None
    for codes in named:
        rest = [c for c in codes if c != hub]
        if rest:
            leaders.append(rest[0])
    return hub if len(set(leaders)) >= 3 else None


_LABELLED_PARTNERS = 3
_NUMBERED = regex.compile(r"\s*(?:\d+|[০-৯]+|[०-९]+)[.)]\s")


def hub_over_title_pair(text: str, blocks: list[Block], body: list[int], parties: Parties,
                        pair: tuple[str, str]) -> str | None:
    """A title naming two states over headings that each name only one other ("Taiwan and the
    Caribbean: China–Taiwan diplomacy" over "1. Saint Lucia", "2. Dominica", …): the page is the
    hub of the title's state that the sections name beside their partners, the other a rival
    whose dealings with a partner are told too. None unless three such sections each name a
    state of the title."""
    sections: list[tuple[str, list[int]]] = []
    for i, b in enumerate(blocks):
        if b.kind == HEADING:
            codes = parties(b.start, b.end)
            # (a partner's name under a number, as notes list them: "1. Saint Lucia")
            pure = len(codes) == 1 and codes[0] not in pair and _NUMBERED.match(text, b.start, b.end) is not None \
                and _words_besides_names(text, b.start, b.end, parties) == 0
            sections.append((codes[0] if pure else "", []))
        elif i in body and sections:
            sections[-1][1].append(i)
    counts: Counter = Counter()
    partners = set()
    for code, blocks_under in sections:
        if not code:
            continue
        named = {c for i in blocks_under for c in parties(blocks[i].start, blocks[i].end)}
        if code in named and named & set(pair):
            partners.add(code)
            counts.update(named & set(pair))
    if len(partners) < _LABELLED_PARTNERS:
        return None
    a, b = (counts[c] for c in pair)
    return pair[0] if a > b else pair[1] if b > a else None
