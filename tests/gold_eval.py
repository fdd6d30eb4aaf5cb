"""Our own evaluation of processed documents against a gold file (seed gold or the dev set)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def spans_of(text: str, needle: str) -> list[tuple[int, int]]:
    needle = unicodedata.normalize("NFC", needle)
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


@dataclass
class Figures:
    pairs_missing: list = field(default_factory=list)
    pairs_extra: list = field(default_factory=list)
    missed: list = field(default_factory=list)
    extra: list = field(default_factory=list)
    leaks: list = field(default_factory=list)
    wrong_pair: list = field(default_factory=list)
    matched: int = 0
    type_right: int = 0
    langs_wrong: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / (self.matched + len(self.extra)) if self.matched + len(self.extra) else 0.0

    @property
    def recall(self) -> float:
        return self.matched / (self.matched + len(self.missed)) if self.matched + len(self.missed) else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.type_right / self.matched if self.matched else 0.0


def evaluate(docs: dict, gold: dict) -> Figures:
    """``docs``: file name -> ProcessedDocument."""
    fig = Figures()
    for g in gold["documents"]:
        doc = docs[g["file"]]
        if doc.lang != g["lang"]:
            fig.langs_wrong.append(g["file"])
        got = {tuple(p) for p in doc.pairs}
        want = {tuple(sorted(p)) for p in g["pairs"]}
        optional = {tuple(sorted(p)) for p in g.get("optional_pairs", [])}
        fig.pairs_missing += [(g["file"], p) for p in want - got]
        fig.pairs_extra += [(g["file"], p) for p in got - want - optional]
        negs = [s for n in g.get("negatives", []) for s in spans_of(doc.text, n)]
        dont = [s for c in g.get("dont_care", []) for s in spans_of(doc.text, c["cue"] if isinstance(c, dict) else c)]
        used: set[int] = set()
        for ge in g["events"]:
            cue = spans_of(doc.text, ge["cue"])
            assert cue, (g["file"], ge["cue"])
            hit = next((k for k, e in enumerate(doc.events) if k not in used and e.date == ge["date"]
                        and any(overlaps((e.start, e.end), c) for c in cue)), None)
            if hit is None:
                fig.missed.append((g["file"], ge["date"], ge["cue"][:50]))
                continue
            used.add(hit)
            fig.matched += 1
            e = doc.events[hit]
            fig.type_right += e.type == ge["type"]
            if list(e.pair) != sorted(ge["pair"]) and not ge.get("note", "").startswith("Spanish"):
                fig.wrong_pair.append((g["file"], ge["date"], e.pair))
        for k, e in enumerate(doc.events):
            if k in used or not e.date:
                continue
            span = (e.start, e.end)
            if any(overlaps(span, n) for n in negs):
                fig.leaks.append((g["file"], doc.text[e.start:e.end][:60]))
            if not any(overlaps(span, d) for d in dont):
                fig.extra.append((g["file"], e.date, doc.text[e.start:e.end][:60]))
    return fig
