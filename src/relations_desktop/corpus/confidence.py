"""The confidence of an event: how often an event whose date, pair and type were decided the
way this one's were is right in all three. One factor per decision, measured on annotated text
(bench/reliability.py prints the table that checks them)."""

from __future__ import annotations

# How the date was read: written out in the sentence, a range, or a day and month completed
# from the sentence's year, the story's, the text's own date, or carried from the sentence before.
DATE = {"text": 1.0, "range": 0.97, "sentence": 0.95, "story": 0.85, "clock": 0.85, "anaphora": 0.8}
# How the pair was found: both named (or "both countries"), one named in a text about the pair,
# none named (the passage continues), a hub partner named in the sentence, one of several
# named, the partner of the passage (heading, row label), carried from the sentence before, a
# third state's act with one member.
PAIR = {"both": 1.0, "phrase": 0.97, "one": 0.95, "unnamed": 0.85, "own": 0.95, "several": 0.85,
        "passage": 0.85, "continued": 0.8, "secondary": 0.85}
# How the type was decided: an instrument or war named with the year, a cue in the date's
# clause, in a clause near it, carried from the act before, the date framing another act
# ("after the war"), no cue at all.
TYPE = {"named": 0.97, "clause": 0.97, "near": 0.85, "inherited": 0.8, "shifted": 0.7, "none": 0.6}


def confidence(date_source: str, pair_source: str, type_source: str) -> tuple[float, str]:
    """The confidence (0-1, two decimals) and the evidence it was computed from."""
    value = DATE.get(date_source, 0.8) * PAIR.get(pair_source, 0.8) * TYPE.get(type_source, 0.6)
    return round(value, 2), f"{date_source}/{pair_source}/{type_source}"
