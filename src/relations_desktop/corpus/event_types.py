"""Decide an event's type by the predicate of the clause that carries its date.

The cue words of every type (corpus.cues) are found in the sentence once, vetoed cues left
out, and each placed in the clause where it ends (its verb: Bengali and Hindi put it last).
The date's own clause decides, by the priority of ANNOTATION 6.11 among its strong cues, then
its weak ones; a clause that only sets the time ("In 1831, …", "during the visit") leaves the
decision to its neighbours, read outward. Verbs joined by "and" are separate clauses; names
joined by "and" are not ("relations and an embassy were established").
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from functools import cache, lru_cache

from relations_desktop.corpus.bilateral import names_a_body
from relations_desktop.corpus.cue_lines import Cue, CueLines
from relations_desktop.corpus.cue_rules import LABEL_CUES, NAMED_WITH_YEAR, NOT_OUTCOME, POINTERS
from relations_desktop.corpus.cue_vetoes import VETOES
from relations_desktop.corpus.cues import CUES, TYPES
from relations_desktop.textnorm import MARKS
from relations_desktop.textnorm import WORD_START as _B

_VETO = "veto:"
POINTER = "@pointer"        # a word pointing back to the act told before: no type of its own


@cache
def _cue_lines() -> CueLines:
    """The cue lines and the veto lines (their type marked "veto:") of the three languages, read
    in one scan (a line can only start where its language's letters are)."""
    return CueLines([(t, not p.startswith("~"), p.lstrip("~")) for t in TYPES for lang in _LANGS
                   for p in CUES[t].get(lang, [])]
                  + [(_VETO + t, True, p) for t, langs in VETOES.items() for lang in _LANGS
                     for p in langs.get(lang, [])]
                  + [(POINTER, True, p) for lang in _LANGS for p in POINTERS.get(lang, [])])


_LANGS = ("en", "bn", "hi")


@cache
def _named_patterns() -> dict[str, re.Pattern]:
    # the year, its genitive ending or "of", up to three words, then the noun
    # (possessive: a shorter run of spaces or of a word's letters never lets the noun follow)
    lead = r"\s*+(?:সালের|সালে|-?এর|ের|की|का|के|’s|'s)?\s*+(?:(?!(?:and|or|but|ও|এবং|আর|और|तथा|एवं)\s)[^\s।.,;:]++\s++){0,3}?"
    return {t: re.compile(lead + f"(?:{p})") for t, p in NAMED_WITH_YEAR.items()}


def named_with_year(text: str, date_end: int, end: int) -> str | None:
    """The type of an instrument or a war named with the year just before it ("the 1994 treaty");
    not a declaration of independence ("১৯৭১ সালের ২৬ মার্চ স্বাধীনতা ঘোষণা")."""
    for t, pat in _named_patterns().items():
        m = pat.match(text, date_end, end)
        if m and not _INDEPENDENCE.search(m.group(0)):
            return t
    return None


# "during the 1973 war": the war named with its year only frames what was done during it
_DURING_BEFORE = re.compile(r"(?i:\b(?:during|in the course of|throughout|in)\s+(?:the\s+)?)$")
_INDEPENDENCE = re.compile(r"(?i:independence)|স্বাধীনতা|स्वतंत्रता|स्वाधीनता|आज़ादी|आजादी")


def cues(text: str, start: int, end: int) -> list[Cue]:
    """Every cue in text[start:end] that no veto cancels."""
    return _cues_cached(text, start, end)


@lru_cache(maxsize=256)
def _cues_cached(text: str, start: int, end: int) -> list[Cue]:
    found = _cue_lines().find(text, start, end)
    vetoes = [(s, e, t[len(_VETO):]) for s, e, t, _strong in found if t.startswith(_VETO)]
    if vetoes:
        found = [c for c in found if not c[2].startswith(_VETO)
                 and not any(v[2] == c[2] and v[0] < c[1] and c[0] < v[1] for v in vetoes)]
    return found


# Aid told as a noun only ("assistance", "विकास सहयोग", "উন্নয়ন সহযোগিতা"): in a clause that signs an
# instrument, what the instrument is about ("a treaty of friendship, assistance and cooperation",
# "तकनीकी सहयोग पर एक समझौता"), not aid given (6.11 puts aid first only where it is given).
_AID_NOUN = re.compile(r"(?:(?:\w+\s+){0,2}(?i:assistance|aid|cooperation|support)|(?:\S+\s+)?(?:सहायता|सहयोग|मदद)|"
                       r"(?:\S+\s+)?(?:সহায়তা|সহযোগিতা))")


# (but aid handed over, or an amount of it, stays aid: "received an aid package … under an agreement
# signed earlier", "an agreement on $7.5 billion in economic aid", "১২০ কোটি ডলারের আর্থিক সহায়তা চুক্তি")
_AID_GIVEN = re.compile(r"(?i:\b(?:received|receives|gave|gives|given|granted|provided|provides|extended|donated|"
                        r"delivered|sent|pledged|disbursed|million|billion|dollars|euros|rupees|pounds|yen)\b)|"
                        r"[$€£¥]|(?:কোটি|লাখ|ডলার|টাকা|রুপি|ইউরো|ইয়েন|करोड़|लाख|अरब|डॉलर|डालर|रुपये|रुपए|यूरो|येन)|"
                        r"(?:দেয়|দেন|দিয়েছে|প্রদান\s*কর|পাঠায়|পায়)(?![\u0980-\u09ff])|"
                        r"(?:दी|दिया|दिए|दीं|प्रदान\s+कि|भेजी|भेजा|भेजे|मिली|मिला)(?![\u0900-\u097f])")


def _topics_dropped(text: str, found: list[Cue], start: int, end: int) -> list[Cue]:
    """The cues of the region text[start:end] without its aid nouns where a strong cue signs an
    instrument there and no aid is handed over."""
    if not any(t == "aid" for _s, _e, t, _st in found) or not any(t == "agreement" and st for _s, _e, t, st in found):
        return found
    if _AID_GIVEN.search(text, start, end):
        return found
    return [c for c in found if c[2] != "aid" or not _AID_NOUN.fullmatch(text, c[0], c[1])]


def _best(found: list[Cue]) -> str | None:
    strong = [t for _s, _e, t, st in found if st and t != POINTER]
    pool = strong or [t for _s, _e, t, _st in found if t != POINTER]
    return min(pool, key=TYPES.index) if pool else None


@cache
def _label_lines() -> CueLines:
    """The cue lines read only in labels: a table's header cells, a line's key."""
    return CueLines([(t, not p.startswith("~"), p.lstrip("~")) for t in TYPES for lang in _LANGS
                   for p in LABEL_CUES.get(t, {}).get(lang, [])])


def label_type(text: str, start: int, end: int) -> str | None:
    """The type a label (a header cell, a key) tells, read with the cues of running text and the
    noun phrases of labels ("Date of establishment of relations"); None if none."""
    return _best(cues(text, start, end) + _label_lines().find(text, start, end))


def classify(text: str, start: int = 0, end: int | None = None) -> str:
    """The type whose cues occur in text[start:end] (priority among strong cues first); 'other'."""
    end = len(text) if end is None else end
    return _best(cues(text, start, end)) or "other"


# Clause breaks: punctuation and the words that open another clause; "and" only where a verb
# comes before it (Bengali, Hindi) or after it (English). (Every break opens with a punctuation
# mark or a space, tried first: the pattern is then tried only there.)
# A Bengali conditional ("ভারত আকাশসীমা বন্ধ করে দিলে …", "when India closed …") frames what follows.
_IF_BN = "দিলে|করলে|হলে|গেলে|নিলে|এলে|পেলে|থাকলে|চাইলে|বললে|জানালে|পাঠালে|খুললে"
_BREAK = re.compile(
    r"[,;:\s](?:(?<=[,;:])\s|(?<=\s)(?:"
    r"(?:but|while|whereas|which|when|where|after|before|since|during|although|though|because|"
    r"কিন্তু|যখন|তবে|যদিও|কারণ|যাতে|যার|যেখানে|लेकिन|जब|तब|क्योंकि|हालांकि|जबकि|जिसके|जिसमें|जिससे)\s"
    r"|(?:and|&)\s(?=(?:\w+ly\s+)?(?:\w+ed|took|made|met|held|sent|gave|won|began|became|signed|agreed|"
    r"opened|closed|paid|left|came|went|restored|re-established|established)\b)"
    # after a postposition "after", "during", "for": what precedes frames the act that follows
    rf"|(?:পর|পরে|সময়|সময়ে|চলাকালে|কালে|সফরকালে|জন্য|লক্ষ্যে|যুদ্ধে|{_IF_BN})(?P<c3>\s)(?!\S+\s+(?:পর|পরে)\s)"
    r"|(?:के बाद|के पश्चात|के दौरान|के समय|के लिए|के लिये|होने पर|युद्ध में|युद्धों में)(?P<c4>\s)(?!\S+\s+के\s+बाद)))")
_CUT_GROUPS = ("c3", "c4")
# "and" after a verb (the end of a word: "দিয়েছিল এবং"), looked for at the "and" and checked behind
_AND = re.compile(r"\s\s*(?:এবং|ও|আর|और|तथा|एवं)\s")     # (\s\s* rather than \s+: scanned for in C)
# (a verb ends a word: "দিয়েছিল" ends like "ছিল"; the shortest ones must be the whole word, or a
# noun would end like them: "যানবাহন ও …" is a list)
_VERB_BEFORE = re.compile(
    rf"{_B}(?:হন|হল|হয়)$|"
    r"(?:করে|করেন|করেছে|করেছেন|করেছিল|করেছিলেন|করল|করলেন|দেয়|দেন|দিয়েছে|দিয়েছেন|দিল|দিলেন|"
    r"হয়েছে|হয়েছিল|হলো|যান|যায়|গেছে|গেছেন|গিয়েছিলেন|ছিল|ছিলেন|পান|পায়|নেয়|নেন|নিয়েছে|জানায়|জানান|"
    r"জানিয়েছে|পাঠায়|পাঠান|খোলে|খোলেন|আসে|আসেন|এসেছেন|বলে|বলেন"
    rf")$|{_B}(?:किया|किए|किये|की|गया|गई|गए|आया|आई|आए|आये|हुआ|हुई|हुए|है|हैं|था|थी|थे|दी|दिया|दिए|लिया|ली|"
    r"भेजा|भेजे|भेजी|खोला|खोले|बुलाया|बुलाए|पहुंचा|पहुंचे|पहुँचे|मिला|मिले|मिली|बनाया|बनाए|सौंपा|सौंपे)$")
# (Hindi verbs stand as words of their own: "माली" ends like "ली" but is a name)
_VERB_REACH = 14


# A comma in Bengali or Hindi after a bare noun (no verb, no postposition or case ending) lists the
# nouns an act's verb comes after ("श्रम, निवेश, पर्यटन … में छह समझौतों पर हस्ताक्षर किए गए"): no break.
_INDIC_COMMA = re.compile(r"(?<=[\u0980-\u09ff\u0900-\u097f]),\s")
_CASE_BEFORE = re.compile(r"(?:\s(?:में|से|को|पर|ने|के|की|का|तक|भी)|[েয়]|তে|কে|র)$")


def _listed(text: str, start: int, m: re.Match) -> bool:
    at = m.start()
    return bool(_INDIC_COMMA.match(text, at)) and not _CASE_BEFORE.search(text, max(start, at - 4), at) \
        and not _ends_with_verb(text, max(start, at - 40), at)


def _cut(m: re.Match) -> int:
    """Where a clause break cuts: the start of the match, or of the part a postposition before
    it leaves to the next clause."""
    for g in _CUT_GROUPS:
        if m.start(g) >= 0:
            return m.start(g)
    return m.start()


_WORDS = re.compile(rf"[^\W\d_][\w{MARKS}]")
_ONLY_TIME_WORDS = re.compile(r"\W*(?:(?i:in|on|by|from|since|until|during|of|the|early|late|mid|and)\b\W*)*")


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    found = [_cut(m) for m in _BREAK.finditer(text, start, end) if not _listed(text, start, m)]
    found += [m.start() for m in _AND.finditer(text, start, end)
              if _VERB_BEFORE.search(text, max(start, m.start() - _VERB_REACH), m.start())]
    cuts = [start, *sorted(set(found)), end]
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


# A clause that only sets the time of another act, "during" it ("during the visit", "while
# soldiers were patrolling", "সফরের সময়", "यात्रा के दौरान"), or that only states its purpose
# ("to improve relations", "সম্পর্ক উন্নয়নের লক্ষ্যে", "संबंध सुधारने के लिए"), or the means of it ("with
# the reparations agreement, …"), leaves the act to the other clauses. A clause opened by "after"
# tells an act of its own: the act after it is not dated.
_WHEN_OPENING = re.compile(r"\W*(?:(?i:when|whereupon)\b|(?:যখন|जब)\s)")
_DURING_OPENING = re.compile(r"\W*(?:(?i:during|while|when|in the course of|in order to|so as to|aimed at|with|under|"
                             r"on the (?:\w+\s+)?(?:anniversary|occasion)|in the (?:\d{4}\s+)?(?:[\w-]+\s+){0,2}?wars?|"
                             r"at (?:the|a|that|this|their|his|her) (?:[\w-]+\s+){0,3}(?:summit|meeting|conference|"
                             r"session|talks)|on (?:that|this|the|their|his|her) (?:[\w-]+\s+){0,2}?(?:visit|trip|tour))\b|"
                             r"(?:যখন|जब)\s)")
# (also "when it happened": "চুক্তিটি কার্যকর হলে …", "समझौता लागू होने पर …")
_DURING_CLOSING = re.compile(r"(?:সময়|সময়ে|চলাকালে|কালে|সফরকালে|জন্য|লক্ষ্যে|বার্ষিকীতে|উপলক্ষে|যুদ্ধে|"
                             rf"{_IF_BN}|চ্ছিল|চ্ছিলেন|"
                             r"के दौरान|के समय|के लिए|के लिये|वर्षगांठ पर|के अवसर पर|होने पर|युद्ध में|युद्धों में|"
                             r"रहा था|रही थी|रहे थे)\W*$")
# The words of a frame that tells the time of a visit ("during", "সফরের সময়", "यात्रा के दौरान"), not
# its purpose ("यात्रा के लिए": for travel).
_IN_THE_TIME_OF = re.compile(r"(?i:\b(?:during|in the course of)\b)|সময়|চলাকালে|কালে|के दौरान|के समय")
_AFTER_OPENING = re.compile(r"\W*(?i:after|following|before|since)\b")
_AFTER_CLOSING = re.compile(r"(?:পর|পরে|के बाद|के पश्चात)\W*$")
_CLOSING_REACH = 24


# (English only: a Bengali or Hindi relative clause may follow the verb, not its noun, "संबंध तोड़ लिए, जो …")
_RELATIVE_OPENING = re.compile(r"\W*(?i:which|who)\b")
_ANTECEDENT_WORDS = 4


def _antecedent_start(text: str, a: int, b: int) -> int:
    """Where the last few words of the clause text[a:b] (the noun a relative clause after it tells of) start."""
    words = list(_WORD_SPANS.finditer(text, a, b))
    return words[-_ANTECEDENT_WORDS].start() if len(words) >= _ANTECEDENT_WORDS else a


_WORD_SPANS = re.compile(r"\S+")


def tells_after(text: str, a: int, b: int) -> bool:
    """Whether the clause text[a:b] tells what came after or before another act, or when it
    came ("after …", "… পর", "… के बाद", "when …")."""
    return _is_frame(text, a, b, _AFTER_OPENING, _AFTER_CLOSING) or bool(_WHEN_OPENING.match(text, a, b))


def own_clause(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The clause of text[start:end] that holds position ``at`` (the whole span if none does)."""
    return next(((a, b) for a, b in clauses(text, start, end) if a <= at < b), (start, end))


def _is_frame(text: str, a: int, b: int, opening: re.Pattern, closing: re.Pattern) -> bool:
    """Whether the clause text[a:b] opens or closes with one of the words of a frame."""
    return bool(opening.match(text, a, b) or closing.search(text, max(a, b - _CLOSING_REACH), b))


def _frames(text: str, parts: list[tuple[int, int]], by_clause: dict[int, list[Cue]]) -> set[int]:
    """The clauses (of those with cues) that only frame another act. A frame a postposition
    closes ("… सुधार करने और …, खासकर … चर्चा करने के लिए") takes in the clauses before it that
    a comma alone cuts off and that end without a verb of their own."""
    out = {i for i in by_clause if _is_frame(text, *parts[i], _DURING_OPENING, _DURING_CLOSING)}
    for i in range(len(parts) - 1, 0, -1):
        a, b = parts[i]
        if not _DURING_CLOSING.search(text, max(a, b - _CLOSING_REACH), b):
            continue
        j = i - 1
        while j >= 0 and text.startswith(",", parts[j + 1][0]) and not _ends_with_verb(text, *parts[j]):
            out.add(j)
            j -= 1
    return out


def _ends_with_verb(text: str, a: int, b: int) -> bool:
    b = len(text[a:b].rstrip(" ,")) + a
    return bool(_VERB_BEFORE.search(text, max(a, b - _VERB_REACH), b))


def _joined_act(text: str, parts: list[tuple[int, int]], by_clause: dict[int, list[Cue]], k: int,
                frames: set[int], own: str) -> str | None:
    """A weightier act told in a later clause of the same date's region, joined to the date's act:
    what a visit brought about ("met … on 3 May and signed two agreements", "visited …, where a loan
    was announced"), relations established with a recognition ("recognised it on … and established
    relations"), or any act joined to one of no type ("upgraded ties to a partnership on …, during a
    visit": only the frame then): the priority of ANNOTATION 6.4 and 6.11. Only strong cues count,
    and not in a clause that frames another act (but for an act of no type), tells what came before
    or after, or talks, reasons or denies (NOT_OUTCOME)."""
    weightier = _WEIGHTIER.get(own, ())
    if not weightier:
        return None
    # an act of no type of its own takes the type of the frame it happens in ("a partnership
    # announced on …, during a visit"), and only that; what happened "when" a visit took place is
    # what it brought about ("paid a state visit on …, when a new treaty was signed")
    framing = {i for i in frames if not _WHEN_OPENING.match(text, *parts[i])} if own != "other" else \
        set(by_clause) - frames
    outcome = [c for i, cs in by_clause.items() if i > k and i not in framing
               and not _is_frame(text, *parts[i], _AFTER_OPENING, _AFTER_CLOSING)
               and not tells_no_outcome(text, *parts[i])
               and not _APART.match(text, *parts[i]) and not _YEAR.search(text, *parts[i])
               for c in cs if c[3] and c[2] in weightier]
    return _best(outcome)


# A clause after a semicolon stands apart, as a sentence would; one with a year of its own tells its
# own time ("visited on 11–12 March 2019, and in July 2024 the two renewed the treaty").
_APART = re.compile(r"\s*;")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


# What a visit brings about (ANNOTATION 6.11 ranks them above it): not a war, trade or exercise it
# happens to speak of.
_OUTCOMES = ("relations_established", "recognition", "aid", "agreement", "embassy")
# The acts joined to one that outrank it (6.11): a visit's outcomes; relations begun with a
# recognition or by a treaty; the hostility an embassy closed with ("closed its embassy and
# expelled the ambassadors"); any type for an act of none.
_WEIGHTIER = {"visit": _OUTCOMES, "recognition": ("relations_established",),
              "agreement": ("relations_established", "aid"), "embassy": ("conflict",), "military": ("conflict",),
              "other": TYPES[:-1]}


def tells_no_outcome(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] talks about a topic, gives a reason, denies or tells a time of its own
    rather than telling what came of a visit (NOT_OUTCOME)."""
    return _not_outcome().search(text, start, end) is not None


@cache
def _not_outcome() -> re.Pattern:
    return re.compile("|".join(unicodedata.normalize("NFC", p) for lang in _LANGS for p in NOT_OUTCOME[lang]))


def classify_near(text: str, start: int, end: int, anchor: int, anchor_end: int | None = None,
                  sentence: tuple[int, int] | None = None,
                  others: Callable[[int, int], bool] | None = None,
                  pointed: Callable[[], str | None] | None = None,
                  foreign: Callable[[int, int], bool] | None = None) -> tuple[str, str]:
    """The type of the act dated at ``anchor`` in the region text[start:end] of its sentence,
    and how it was decided: 'named' (an instrument or war named with its year), 'clause' (a
    cue in the date's clause), 'near' (in a clause near it), or 'none' (no cue: 'other'). Cues
    are read in the whole ``sentence`` (a cue may begin before the region: "relations … were
    severed in 1990 but restored in 2004") and count where they end; a word pointing back
    ("the 9th edition") counts as the type ``pointed`` gives, the act told before. ``others``:
    whether a clause tells of other states only (it names a party, neither of the pair): its cues are
    theirs ("with funding from the United States, A and B opened a bridge" is no aid). ``foreign``:
    whether a span names a state outside the pair (a visit of a third state frames no act of the pair)."""
    ss, se = sentence or (start, end)
    in_sentence = cues(text, ss, se)
    found = [c for c in in_sentence if start < c[1] <= end]
    if anchor_end is not None and not _DURING_BEFORE.search(text, max(start, anchor - 24), anchor):
        named = named_with_year(text, anchor_end, end)
        # the named instrument or war, unless the region tells a weightier act of its own ("with the
        # 1956 reparations agreement the two re-established relations"); an act done to the named
        # instrument itself ("denounced the 2014 treaty") is dated elsewhere
        if named and (any(c[0] < anchor_end <= c[1] for c in found) or not any(
                c[3] and c[2] in TYPES and TYPES.index(c[2]) < TYPES.index(named) for c in found)):
            return named, "named"
    if any(c[2] == POINTER for c in found):
        # a word pointing back ("closed it", "তা বন্ধ করে") points first to the act told earlier in
        # its own sentence ("opened an embassy in 1973 and closed it in 1992"), else to the one before
        at = min(c[0] for c in found if c[2] == POINTER)
        earlier = [c for c in in_sentence if c[1] <= at and c[2] != POINTER and c[3]]
        back = earlier[-1][2] if earlier else pointed() if pointed is not None else None
        found = [c for c in found if c[2] != POINTER] + (
            [(c[0], c[1], back, c[3]) for c in found if c[2] == POINTER] if back else [])
    # (a weak cue of the lowest rank, a bridge opened, types its clause only when nothing else is
    # told: "opened a road …, which B protested" is the protest; its part shares no other's type)
    if any(c[2] == "other" and not c[3] for c in found):
        found = [c for c in found if c[2] != "other" or c[3]]
        if not found:
            return "other", "clause"
    if not found:
        return "other", "none"
    found = _topics_dropped(text, found, start, end)
    parts = clauses(text, start, end)
    ends = [b for _a, b in parts]
    by_clause: dict[int, list[Cue]] = {}
    for c in found:
        where = min(bisect_left(ends, c[1]), len(parts) - 1)
        by_clause.setdefault(where, []).append(c)
    k = next((i for i, (a, b) in enumerate(parts) if a <= anchor < b), 0)
    if _RELATIVE_OPENING.match(text, *parts[k]) and (k > 0 or start > ss):
        # a relative clause tells of the noun before it (in the region or the sentence before it):
        # "a battalion, which landed at … on …"
        a, b = parts[k - 1] if k > 0 else (ss, start)
        noun = _antecedent_start(text, a, b)
        lent = [c for c in in_sentence if noun <= c[0] and c[1] <= b and c[3] and c[2] != POINTER]
        if lent and k in by_clause:       # (a clause with no cue of its own is typed from its sentence)
            by_clause[k] = by_clause[k] + lent
    if others is not None:
        by_clause = {i: cs for i, cs in by_clause.items() if i == k or not others(*parts[i])}
        if not by_clause:
            return "other", "none"
    frames = _frames(text, parts, by_clause)
    # the date's own clause decides, unless it only frames another act ("during the visit, …
    # were signed"; "while soldiers were patrolling on …"); against an act told only by weak
    # cues, the priority of 6.11 decides ("यात्रा के दौरान सहमति जताई" is an agreement, "present
    # during the signing" is too)
    strong_elsewhere = any(c[3] for i, cs in by_clause.items() if i != k for c in cs)
    if k in by_clause and not (k in frames and strong_elsewhere):
        own = _best(by_clause[k])
        if k in frames:
            told = [t for t in (own, *(c[2] for i, cs in by_clause.items() if i != k for c in cs)) if t and t != POINTER]
            own = min(told, key=TYPES.index) if told else own
        return _joined_act(text, parts, by_clause, k, frames, own) or own, "clause"
    # A date that opens its clause ("On 5 May, …") dates what follows; one that closes it
    # ("… doing so on 13 January 1972") dates what came before.
    a, b = parts[k]
    if not _WORDS.search(text, anchor_end or anchor, b):
        forward = False
    elif _ONLY_TIME_WORDS.fullmatch(text, a, anchor):
        forward = True
    else:
        forward = anchor - a <= b - anchor
    order = []
    for d in range(1, len(parts)):
        near = (k + d, k - d) if forward else (k - d, k + d)
        order += [i for i in near if i in by_clause]
    late = frames | {i for i in by_clause if _is_frame(text, *parts[i], _AFTER_OPENING, _AFTER_CLOSING)}
    order = [i for i in order if i not in late] + [i for i in order if i in late] + [k] * (k in by_clause)
    near = _best(by_clause[order[0]])
    if order[0] > k:
        near = _joined_act(text, parts, by_clause, order[0], frames, near) or near
    if near == "other" and anchor_end is not None and foreign is not None and not foreign(ss, se) \
            and not names_a_body(text, ss, se) and any(c[2] == "visit" and c[3] and _IN_THE_TIME_OF.search(text, *parts[i])
                                                       for i in frames for c in by_clause.get(i, ())):
        # an act of the lowest rank during a visit of the two this date dates ("in May 2009, during
        # the president's visit, ties were raised to a partnership"): the visit outranks it (6.11)
        return "visit", "near"
    return near, "near"
