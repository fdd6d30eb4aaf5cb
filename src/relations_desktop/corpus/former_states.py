"""The pair of an act as it was at its date: a predecessor state's acts before it ended are its
own, not its successor's (ANNOTATION 2)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from relations_desktop.corpus.gazetteer import FORMER, NAME, continued_states, founded_years, one_state
from relations_desktop.corpus.pairs import pair_of


def named_as_itself(parties: Callable[[int, int], list[str]], clause: tuple[int, int],
                     sentence: tuple[int, int]) -> set[str]:
    """The states a clause names by their own names ("Russia and Latvia established …"), when its
    sentence names no former state ("Russia | 1985 (with the Soviet Union)"); a capital ("the
    Moscow treaty") names the state of any time."""
    index = getattr(parties, "index", None)
    if index is None or any(m.kind == FORMER for m in index.between(*sentence)):
        return set()
    return {m.code for m in index.between(*clause) if m.kind == NAME}


def in_its_time(pair: tuple[str, str], date: str, former: frozenset[str], named: set[str]
                 ) -> tuple[str, str] | None:
    """The pair as it was on ``date``: in a passage that names the Soviet Union, Russia's acts
    before it ended were the Soviet Union's (ANNOTATION 2: a predecessor is not the modern state),
    unless the clause names Russia itself. None when that leaves one state (the Soviet Union and
    Russia are no pair of their time)."""
    continued = continued_states()
    out = []
    for code in pair:
        was = continued.get(code)
        # (at the date's own precision: "December 1991" is not before 26 December 1991)
        before_end = was is not None and date[:10] < was[1][:len(date[:10])]
        out.append(was[0] if was and was[0] in former and before_end and code not in named else code)
    if out == list(pair):
        return pair
    return pair_of(*out) if out[0] != out[1] else None


def of_the_pair(code: str, pair: tuple[str, str]) -> bool:
    """Whether ``code`` is a member of ``pair`` or a member's predecessor or successor (the Soviet
    Union in a text about Russia)."""
    return code in pair or any(one_state(code, c) for c in pair)


def one_pair_in_time(p: tuple[str, str], q: tuple[str, str]) -> bool:
    """Whether two pairs are one pair at two times (India and Russia, India and the Soviet Union)."""
    return all(of_the_pair(c, q) for c in p)


def before_it_existed(pair: tuple[str, str], date: str) -> bool:
    """Whether an act dated ``date`` (its last year, for a span) came before one of the two states
    was founded: the dealings of a colony or a predecessor on its land, not of the pair (ANNOTATION
    2: British India is not India)."""
    founded = founded_years()
    year = int(date.rpartition("/")[2][:4])
    return any(year < founded.get(code, 0) for code in pair)


# A war of independence or liberation ("the war of independence against Portugal", "মুক্তিযুদ্ধ",
# "स्वतंत्रता संग्राम"): the state fighting for itself is the country (ANNOTATION 2, a revolutionary
# government the text treats as the country).
_INDEPENDENCE = re.compile(r"(?i:independence|liberation)|স্বাধীনতা|মুক্তিযুদ্ধ|মুক্তি\s*সংগ্রাম|"
                           r"स्वतंत्रता|स्वाधीनता|आज़ादी|आजादी|मुक्ति")


# The years before its full independence in which a state governing itself already establishes
# relations with others (a protectorate or a dominion on its way out).
_SELF_GOVERNING_YEARS = 3


def won_before_founding(text: str, s: int, e: int, type_: str, date: str, pair: tuple[str, str],
                        named: Iterable[str] = ()) -> bool:
    """Whether an act of a state-to-be counts before its founding: its recognition (a state is
    recognised before it is won), the war it fights for its independence, and relations it
    establishes, named as itself (in ``named``), in the last years before it."""
    if type_ == "relations_established":
        founded = founded_years()
        year = int(date.rpartition("/")[2][:4])
        return all(year >= founded.get(code, 0) or (year + _SELF_GOVERNING_YEARS >= founded[code] and code in named)
                   for code in pair)
    return type_ == "recognition" or (type_ == "conflict" and _INDEPENDENCE.search(text, s, e) is not None)
