"""The confidence of an event: how often an event whose date, pair and type were decided the
way this one's were is right in all three. One factor per decision, measured on annotated text
(`bench/reliability.py --fit` prints what the development sets measure; the reliability table
it prints checks the result)."""

from __future__ import annotations

# How the date was read: written out in the sentence, a range, or a day and month completed
# from the sentence's year, the story's, the text's own date, or carried from the sentence before.
DATE = {"text": 0.99, "range": 0.99, "sentence": 0.96, "story": 0.9, "clock": 0.92, "anaphora": 0.88}
# How the pair was found: both named (or "both countries"), one named in a text about the pair,
# none named (the passage continues), a hub partner named in the sentence, one of several
# named, the partner of the passage (heading, row label), carried from the sentence before, a
# third state's act with one member. "several" and "unnamed" as the older set and the seeds
# measure them (0/5 and 5/9 right): the development set, tuned on, says nothing of them.
PAIR = {"both": 0.99, "phrase": 0.98, "one": 0.97, "own": 0.97, "unnamed": 0.88, "continued": 0.94,
        "passage": 0.93, "several": 0.75, "secondary": 0.9, "turn": 0.8}
# How often each type is right when the pipeline reads it (recognition, relations and embassies
# are told in set phrases; "military" and "conflict" shade into each other; "other" is what
# no cue claimed).
KIND = {"relations_established": 0.97, "embassy": 0.97, "visit": 0.92, "agreement": 0.9, "aid": 0.9,
        "recognition": 0.9, "trade": 0.82, "conflict": 0.78, "other": 0.73, "military": 0.57}
# How the type was decided, relative to all: an instrument or war named with its year, a cue in
# the date's clause, in a clause near it, carried from the act before, told by a table's header
# or a list's heading, shared with the next part of the sentence (its own part telling no act),
# told in the sentence after one that only sets the year,
# the date framing another act ("after the war"), no cue at all.
HOW_TYPED = {"named": 1.03, "clause": 1.02, "near": 0.99, "inherited": 1.0, "label": 0.97, "shared": 0.9,
             "framed": 0.9, "shifted": 0.9, "none": 0.85}
_MOST = 0.99


def confidence(date_source: str, pair_source: str, type_source: str, type_: str) -> tuple[float, str]:
    """The confidence (0-1, two decimals) and the evidence it was computed from."""
    value = (DATE.get(date_source, 0.85) * PAIR.get(pair_source, 0.9)
             * min(_MOST, KIND.get(type_, 0.8) * HOW_TYPED.get(type_source, 0.9)))
    return round(min(_MOST, value), 2), f"{date_source}/{pair_source}/{type_source}"
