"""Split paragraphs into sentences at । ॥ . ? ! without breaking abbreviations or decimals."""

from __future__ import annotations

import re
import unicodedata

import regex

from relations_desktop.textnorm import WORD_START

_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "capt", "sgt", "gov", "sen", "rep", "hon", "rev", "no", "nos", "vol", "pp", "p", "approx", "est", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "d.c", "u.n", "u.s.s.r", "a.m", "p.m", "ph.d", "mt", "ft", "fig", "al", "cf", "ed", "eds", "op", "art", "sec", "ch"]
)
# Candidate boundaries: a terminator, then optional closers and footnote markers. (Opening
# with the class of terminators lets the re module skip to them in C.)
_BOUNDARY = re.compile(
    r"[।॥?!.](?:(?<=[।॥?!])[।॥?!]*|(?<=\.)(?!\.))[\"'”’)\]]*(?:\[(?:\d{1,3}|[০-৯]{1,3}|[०-९]{1,3}|[a-z])\])*"
)
# What opens the answer to the question before it ("Answer:", "Ans.", "A2.", "উত্তর:", "উঃ", "उत्तर:").
# Only with a colon: "উত্তর-পূর্ব", "उत्तर-पूर्व" are the north-east.
_ANSWER_LABEL = (r"(?:(?i:(?:correct\s+|right\s+)?answer|ans\.?|a[0-9]{1,3}(?=\s*[.:)]))\s*[:：.)\-–]|"
                 r"(?:সঠিক\s*|सही\s*)?(?:উত্তর|उत्तर|जवाब)\s*[:：ঃ]|उ०\s*[:：])")
ANSWER = regex.compile(r"\s*" + _ANSWER_LABEL)
# A quiz line's own label before its dot ("Q2. Which …?", "A2. Chile"): the sentence goes on.
_QA_LABEL = re.compile(r"[ \t]*(?i:q|qs|que|a|ans)[0-9]{0,3}")
# The mark of a choice offered after a question: "(a) 1971 (b) 1972", "ক) … খ) …", "(क) … (ख) …".
_CHOICE_LETTER = r"(?:[a-dA-D]|[ক-ঘ]|[क-घ])"
_CHOICE_MARK = r"\(?" + _CHOICE_LETTER + r"\)"
CHOICE = re.compile(WORD_START + _CHOICE_MARK)
# A choice on a line of its own, its letter closed by a bracket or a dot: "a. Romania", "(b) Ukraine",
# "গ. রাশিয়া", "घ) बेलारूस"
CHOICE_LINE = re.compile(r"\s*\(?" + _CHOICE_LETTER + r"[.)]\s")
# A line that opens with a choice's mark, after a question.
_CHOICES_LINE = re.compile(r"[ \t]*\n?[ \t]*(?=" + _CHOICE_MARK + r")[^\n]*\n")
# What comes right before a name that is one of the choices ("(a) Canada"), and right before one
# that is the answer ("Answer: (b) Poland").
CHOICE_BEFORE = re.compile(r"(?:^|[\s(])" + _CHOICE_MARK + r"\s*$")
ANSWERED_BEFORE = re.compile(_ANSWER_LABEL + r"\s*" + _CHOICE_MARK + r"\s*$")


def is_choices(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] offers two or more choices ("(a) Canada (b) Poland")."""
    return len(CHOICE.findall(text, start, len(text) if end is None else end)) >= 2


def answer_after(text: str, pos: int, end: int) -> regex.Match | None:
    """The answer that follows a question at ``pos``, past any lines of choices ("…?\n(a) 1971
    (b) 1972\nAnswer: (b) 1972")."""
    m = _CHOICES_LINE.match(text, pos, end)
    while m is not None and is_choices(text, m.start(), m.end()):
        pos = m.end()
        m = _CHOICES_LINE.match(text, pos, end)
    return ANSWER.match(text, pos, end)


_INITIALS = regex.compile(r"(?:\p{Lu}\.)+\p{Lu}")
_LETTER = regex.compile(r"[\w\p{M}]")
_WORD_BEFORE = regex.compile(r"(?r)([\w\p{M}.]+)$")      # searched from the end: one try, not one per character
# In Bengali and Hindi a sentence ends with । or ॥; a full stop after a short word is an
# abbreviation or an initial (ড., মো., জে. আর., एस., डॉ.), unless the word is one of the short verbs
# a sentence ends with where a page writes "." for "।" ("… किया गया था.", "… সই হয়.").
_INDIC_SHORT = regex.compile(r"^(?:[\p{Bengali}\p{Devanagari}]\p{M}*){1,3}$")
_FINAL_VERBS = (
    "है हैं था थी थे हो गया गई गए गये की दी दिया दिए दिये ली लिया हुआ हुई हुए रहा रही रहे सका सकी सके "
    "कहा मिला मिली मिले होगा होगी "
    "হয় হয়েছে হল হলো ছিল ছিলেন করে করেন করল দেয় দেন দিল নেয় নেন যায় যান গেল আছে আছেন নেই না হবে "
    "হয়নি বলে বলেন জানান")
_INDIC_FINAL = frozenset(unicodedata.normalize("NFC", w) for w in _FINAL_VERBS.split())


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if not m:
        return False
    word = m.group(1)
    low = word.lower().rstrip(".")
    if low in _ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():            # an initial: "J. Smith"
        return True
    if _INITIALS.fullmatch(word):                    # U.S, U.K
        return True
    last = word.rsplit(".", 1)[-1]                               # the last of জে.আর., एस.के.
    return bool(_INDIC_SHORT.match(last)) and last not in _INDIC_FINAL     # ড. মো. डॉ.


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], whitespace-trimmed, covering every non-space character."""
    out: list[tuple[int, int]] = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        term = m.group(0)
        after = m.end()
        nxt = text[after:after + 1]
        if term[0] == ".":
            dot = m.start()
            prev = text[dot - 1:dot]
            if prev.isdigit() and nxt.isdigit():                 # 5.5, ৫.৫
                continue
            if nxt and not nxt.isspace() and nxt not in "\"'”’([":
                continue                                         # U.S.-Tajik, e.g.x
            if _is_abbreviation(text, dot):
                continue
            if nxt in " \t" and _QA_LABEL.fullmatch(text, max(start, text.rfind("\n", start, dot) + 1), dot):
                continue                                         # "Q2. Which …?", "A2. Chile (1970)."
            rest = text[after:min(end, after + 3)].lstrip()
            if rest[:1].islower():
                continue
        elif term[0] in "?!" and nxt and not nxt.isspace() and nxt not in "\"'”’":
            continue
        elif term[0] == "?" and answer_after(text, after, end):     # a quiz's question, its choices, its answer
            continue                                             # a quiz's question and its answer
        _append(text, s, after, out)
        s = after
    _append(text, s, end, out)
    return out


def _append(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and (text[s].isspace() or text[s] in ",;"):
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and _LETTER.search(text, s, e):
        out.append((s, e))


# A sentence that only sets the year of the story ("It was 1975.", "সেটা ছিল ১৯৭১ সাল।", "वह 1971
# का साल था।"): the act it dates is told in the next sentence (ANNOTATION 4.6).
_YEAR_FRAME = regex.compile(
    r"\W*(?:(?i:(?:it|that|this)\s+was|the\s+year\s+was)\s+(?:(?i:the\s+year)\s+)?|"
    r"(?:সেটা|সেটি|এটা|সে|তখন)\s+(?:ছিল\s+)?|(?:वह|यह|तब)\s+(?:साल\s+)?|साल\s+था\s+)"
    r"(?:(?i:in\s+)?\S+\s+)?\d{4}\s*(?:সাল|খ্রিস্টাব্দ|খ্রিষ্টাব্দ|ई\.?|का\s+साल|का\s+वर्ष)?\s*(?:ছিল|था)?\W*")


def is_year_frame(folded: str) -> bool:
    """Whether a sentence (digits folded to Latin) only sets the year of what follows."""
    return len(folded) < 60 and _YEAR_FRAME.fullmatch(folded) is not None
