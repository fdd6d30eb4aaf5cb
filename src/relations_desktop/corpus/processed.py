"""A document after the pipeline: its text, blocks, countries, pairs and events, and the passages
each pair is told in."""

from __future__ import annotations

from dataclasses import dataclass, field

from relations_desktop.corpus.clock import Clock
from relations_desktop.corpus.countries import CountryIndex, Mention
from relations_desktop.corpus.dates import DateMention, find_dates
from relations_desktop.corpus.events import Event
from relations_desktop.corpus.former_states import before_it_existed
from relations_desktop.corpus.gazetteer import one_state, predecessor_pair
from relations_desktop.corpus.hubs import tells_relations
from relations_desktop.corpus.pairs import Assignment, Parties
from relations_desktop.corpus.reader import RawDocument
from relations_desktop.corpus.structure import CITATION, Block


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
    parties: Parties | None = None       # the parties each span names (computed once)
    events: list[Event] = field(default_factory=list)
    block_dates: dict[int, list[DateMention]] = field(default_factory=dict)   # found once per block

    def dates_of(self, block: Block) -> list[DateMention]:
        """The dates found in a block (each block read once, by the clock or the events)."""
        got = self.block_dates.get(block.start)
        if got is None:
            got = self.block_dates[block.start] = find_dates(self.text, block.start, block.end)
        return got

    @property
    def text(self) -> str:
        return self.raw.text

    @property
    def pairs(self) -> list[tuple[str, str]]:
        """Every pair the document is about: its passages', its relation statements' and its
        dated events'."""
        return sorted({p for p, *_ in self.passages()})

    def passages(self) -> list[tuple[tuple[str, str], int, int, int]]:
        """(pair, start, end, block index) for each block about a pair, then for each sentence
        about a pair no block is about (a relation stated in passing, a third state's act)."""
        out = [(pair, self.blocks[i].start, self.blocks[i].end, i)
               for i, pair in sorted(self.assignment.block_pairs.items())
               if not one_state(*pair) and not predecessor_pair(pair)]
        covered = {p for p, *_ in out}
        extra = {pair: span for pair, span in self.assignment.stated_pairs.items()
                 if pair not in covered and not one_state(*pair) and not predecessor_pair(pair)}
        for e in self.events:
            if e.date and e.pair not in covered:
                extra.setdefault(e.pair, (e.start, e.end))
        for pair, (s, e) in sorted(extra.items()):
            block = next(i for i, b in enumerate(self.blocks) if b.start <= s < b.end)
            out.append((pair, s, e, block))
        # a pair (not the one a title names, nor one whose relations its passage tells of) whose
        # passages tell only of a time before one of its states existed is a predecessor's (the
        # Russian Empire and Japan in a quiz about Finland; ANNOTATION 2)
        acted = {e.pair for e in self.events} | set(self.assignment.stated_pairs)
        if self.assignment.titled and self.assignment.doc_pair is not None:
            acted.add(self.assignment.doc_pair)
        told: dict[tuple[str, str], list[str | None]] = {}
        for pair, _s, _e, b in out:
            if pair not in acted:
                if any(tells_relations(self.text, s, e) for s, e in self.sentences.get(b, [])):
                    acted.add(pair)
                    continue
                told.setdefault(pair, []).extend(d.value for d in self.dates_of(self.blocks[b]))
        gone = {pair for pair, values in told.items()
                if pair not in acted and values and all(v and before_it_existed(pair, v) for v in values)}
        return [p for p in out if p[0] not in gone] if gone else out

    def citations(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == CITATION]
