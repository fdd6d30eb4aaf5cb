"""Recognise the structure of a document without changing its text.

Wiki-markup remnants (``'''``, ``==Heading==``), hatnotes ("Main article: …"), table rows,
list items, site footers, category residue and reference lists are told apart from body
paragraphs. A format reader's layout spans, when given, decide the blocks; plain text is read
line by line. Every block is a [start, end) span of the original text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from operator import add

import regex

from relations_desktop.corpus.document import LayoutSpan
from relations_desktop.corpus.line_shapes import looks_like_heading, looks_like_title, titled_with_site
from relations_desktop.corpus.page_links import (
    ARCHIVE_LINE,
    EDITORS_NOTE,
    MAINTENANCE,
    NAVIGATION,
    READ_ALSO,
    RELATED_HEADING,
)
from relations_desktop.corpus.sentences import ANSWER, is_choices
from relations_desktop.corpus.textrows import (
    LIST_MARK,
    TABLE_RULE,
    continues_rows,
    is_table_row,
    item_label,
    row_label,
    strip_span,
)
from relations_desktop.corpus.wiki_headings import edit_link_start, is_back_matter_heading
from relations_desktop.textnorm import fold_digits

# Block kinds. Body text (para, list_item, table_row, caption) carries events; headings and
# titles may too; "citation" blocks are kept apart.
TITLE, HEADING, HATNOTE, PARA, CITATION, FOOTER, RESIDUE, NAV = (
    "title", "heading", "hatnote", "para", "citation", "footer", "residue", "nav")
LIST_ITEM, TABLE_ROW, CAPTION = "list_item", "table_row", "caption"
BODY = frozenset((PARA, LIST_ITEM, TABLE_ROW, CAPTION))


@dataclass
class Block:
    kind: str
    start: int
    end: int
    number: int | None = None        # citation number
    target: str | None = None        # hatnote target text ("Indo-Tajik relations")
    label: tuple[int, int] | None = None   # a table row's first cell, a list item's lead-in
    level: int = 0                   # heading level when the format tells it (1 = top)


@dataclass
class Structure:
    blocks: list[Block] = field(default_factory=list)
    title: tuple[int, int] | None = None     # span of the title or cut-title remnant

    def of_kind(self, *kinds: str) -> list[Block]:
        return [b for b in self.blocks if b.kind in kinds]


_WIKI_HEADING = regex.compile(r"(={2,6})[ \t]*([^=\n]{1,120}?)[ \t]*\1")
_BOLD = regex.compile(r"'{2,5}")
_NUMBERED = regex.compile(r"^[ \t]*(?:\[(\d{1,3})\]|(\d{1,3})[.)]|\^)[ \t]+\S")
# The back-link arrow that opens each entry of a wiki mirror's reference list ("↑ Author (2011).
# "Title". Retrieved …"), with the entry's letters for repeated citations ("↑ ক খ", "↑ a b").
_BACK_LINK = re.compile(r"[ \t]*↑")
# What only a reference's access or archive note says ("Retrieved 3 May 2015", "সংগ্রহের তারিখ",
# "অভিগমন তিথি", "মূল থেকে আর্কাইভ করা", "मूल से … को पुरालेखित"): a line holding one is a
# reference, wherever it stands.
_ACCESS_NOTE = re.compile(
    r"(?:Retrieved|Accessed)(?:\s+on)?\s+(?:\d|[A-Z][a-z]+\.?\s+\d)|Retrieved from\b|"
    r"Archived from the original|Wayback Machine|"
    r"সংগ্রহের তারিখ|সংগৃহীত\s*[:：]|মূল থেকে আর্কাইভ|আর্কাইভ করা|অভিগমনের তারিখ|"
    r"अभिगमन तिथि|पुनः प्राप्त\s*[:：]?\s*[0-9०-९]|पुरालेखित")
# A line that only continues the reference before it ("Publisher. 12 February 2018.", "৫ মার্চ ১৯৭২।"):
# a few words closed by a full stop or danda, holding a year.
_REFERENCE_TAIL = re.compile(r"[^.।]{0,60}?(?:[.।]\s*[^.।]{0,60}?)?(?:1[6-9]|20)\d\d[^.।]{0,12}[.।]\s*")
_REFERENCE_TAIL_WORDS = 10
# A timeline's line ("2017 – Investment agreement", "১৯৯৮: সীমান্ত চুক্তি"): what happened that year, no heading.
_TIMELINE_LINE = regex.compile(r"[ \t]*\d{4}(?:[ \t]*[-–—/][ \t]*\d{2,4})?[ \t]*[–—:-][ \t]+\S")
# A crawler's stamp on a line of its own (" date 2024-11-02 ", " date 2024-11-02 bn"): never a page's title.
_CRAWL_LINE = regex.compile(r"date\s+\d{4}-\d{2}-\d{2}(?:\s+[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)?\s*")
# A wiki image or file link left in the text ("[[File:X.jpg|thumb|caption]]", "[[চিত্র:…|থাম্ব|…]]",
# "[[चित्र:…|अंगूठाकार|…]]"): its caption describes a picture, it does not tell the story.
_FILE_LINK = re.compile(r"\[\[[^\[\]|:\n]{2,20}:[^\[\]|\n]{1,200}\|[^\n]*?\]\]")
_HATNOTE = regex.compile(
    r"^[ \t]*(?:Main articles?|Further information|See also|For more|Main page|"
    r"মূল নিবন্ধ|মূল প্রবন্ধ|আরও দেখুন|আরো দেখুন|আরও তথ্য|"
    r"मुख्य लेख|इन्हें भी देखें|अधिक जानकारी|यह भी देखें)\s*[:：]\s*(.+?)\s*$",
    regex.IGNORECASE)
_CITATION_SIGNALS = regex.compile(
    r"Retrieved|Archived|Accessed|ISBN|ISSN|doi:|\bpp?\.\s*\d|Wayback Machine|"
    r"সংগ্রহের তারিখ|আর্কাইভ|অভিগমন|"
    r"अभिगमन|पुनः प्राप्त|आर्काइव|संग्रहीत",
    regex.IGNORECASE)
_FOOTER = regex.compile(
    r"This article is issued from|This article incorporates|text is available under the Creative Commons|"
    r"Retrieved from \"?https?://|Wikipedia®|This page was last edited|last edited on|Last updated|"
    r"এই পাতাটি সর্বশেষ|সর্বশেষ সম্পাদিত|সর্বশেষ সম্পাদনা|শেষ সম্পাদনা|পাতাটি শেষ সম্পাদিত|সর্বশেষ [^\n]{0,50}?সম্পাদিত|"
    r"इस पृष्ठ का पिछला बदलाव|अंतिम परिवर्तन|अन्तिम परिवर्तन|(?:अंतिम|अन्तिम) बार [^\n]{0,50}?(?:संपादित|सम्पादित)|"
    r"উইকিপিডিয়া থেকে নেওয়া|এই নিবন্ধটি|"
    r"विकिपीडिया से लिया|यह लेख",
    regex.IGNORECASE)
_STARTS_WITH_DIGIT = regex.compile(r"\s*\d")
_DIGIT_IN = regex.compile(r"\d")
_LINE_BREAK = re.compile("[\r\n]")


def _lines(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of the lines of ``text[start:end]``, split at every CR and at every LF (a
    CR LF leaves an empty line between them). The offsets are summed in C."""
    chunk = text[start:len(text) if end is None else end]
    lengths = list(map(len, chunk.split("\n") if "\r" not in chunk else _LINE_BREAK.split(chunk)))
    starts = list(accumulate(map((1).__add__, lengths), initial=start))
    return list(zip(starts[:-1], map(add, starts, lengths), strict=True))




def analyse(text: str, layout: Sequence[LayoutSpan] = ()) -> Structure:
    """Split ``text`` into typed blocks; offsets point into ``text``. ``layout``: what a format
    reader knows of the text's blocks (sorted spans). Its headings, list items, table rows,
    captions, citations, navigation and footers decide those blocks; paragraphs and the text
    between spans are read as plain text, line by line (a reader keeps a page's line breaks,
    and a line may be a dateline, a stamp or a heading of its own)."""
    st = Structure()
    pos, in_back_matter, first = 0, False, True
    for span in layout:
        if span.start < pos or span.end <= span.start or span.kind == "para":
            continue                       # overlapping, empty, or plain paragraphs: read as text
        if text[pos:span.start].strip():
            in_back_matter = _read_lines(text, _lines(text, pos, span.start), st, in_back_matter, first)
            first = False
        s, e = strip_span(text, span.start, min(span.end, len(text)))
        pos = max(pos, span.end)
        if s >= e:
            continue
        first = False
        b = _layout_block(text, span, s, e, in_back_matter)
        if b.kind == TITLE:
            st.title = st.title or (s, e)
        elif b.kind == HEADING:
            in_back_matter = is_back_matter_heading(text[s:e])
        st.blocks.append(b)
    if text[pos:].strip():
        _read_lines(text, _lines(text, pos, len(text)), st, in_back_matter, first)
    _join_answers(text, st)
    _numbered_headings(text, st.blocks)
    _note_rows(text, st.blocks)
    return st


def _note_rows(text: str, blocks: list[Block]) -> None:
    """Lines under a table row with its cells, whose last cell (the notes) holds whole sentences,
    are rows of that table too."""
    for k in range(1, len(blocks)):
        b, prev = blocks[k], blocks[k - 1]
        if b.kind == PARA and prev.kind == TABLE_ROW and text.find("|", b.start, b.end) >= 0 \
                and continues_rows(text[b.start:b.end], text[prev.start:prev.end]):
            blocks[k] = Block(TABLE_ROW, b.start, b.end, label=row_label(text, b.start, b.end))


# "1. Serbia" over the bullet points or paragraphs of its section: a numbered heading, not an
# item of a list (an item of a numbered list of names is followed by the next number).
_NUMBER_MARK = regex.compile(r"[ \t]*\d{1,2}[.)][ \t]+")
_SECTION_WORDS = 5
_RUN_WORDS = 8
_DIGITS_OF = regex.compile(r"\d+")


def _numbered_headings(text: str, blocks: list[Block]) -> None:
    last = 0                    # the number of the last numbered heading: the next one goes on the run
    for k, b in enumerate(blocks[:-1]):
        mark = _NUMBER_MARK.match(text, b.start, b.end) if b.kind == LIST_ITEM else None
        if mark is None or b.label is not None:
            continue
        rest = text[mark.end():b.end]
        nxt = blocks[k + 1]
        number = int(_DIGITS_OF.search(text, mark.start(), mark.end()).group())
        # (the next section of a run, "5. Other partners (relations established)", may be longer
        # and open a table)
        goes_on = last and number == last + 1
        # (a section may close with the parties in brackets: "1. Hans Island (Canada vs Denmark)")
        shaped = looks_like_heading(rest) or (rest.rstrip().endswith(")") and looks_like_heading(rest.rstrip()[:-1])
                                                and (goes_on or not _DIGIT_IN.search(rest)))
        after = (LIST_ITEM, PARA, TABLE_ROW) if goes_on else (LIST_ITEM, PARA)
        if len(rest.split()) <= (_RUN_WORDS if goes_on else _SECTION_WORDS) and shaped and not _is_quiz_line(rest) \
                and nxt.kind in after and not _NUMBER_MARK.match(text, nxt.start, nxt.end):
            blocks[k] = Block(HEADING, b.start, b.end)
            last = number


def _is_quiz_line(seg: str) -> bool:
    """A line of a quiz's choices ("(a) Canada (b) Poland") or its answer ("Answer: (b) Poland"):
    short and unpunctuated like a heading, but no heading."""
    return bool(ANSWER.match(seg)) or is_choices(seg)


def _join_answers(text: str, st: Structure) -> None:
    """A quiz's question, the lines of choices after it and its answer line are one paragraph:
    the answer ("Answer: Bhutan, 6 December 1971.") means nothing without its question."""
    out: list[Block] = []
    asking = False                       # the last block is a question not yet answered
    for b in st.blocks:
        prev = out[-1] if out else None
        if asking and prev is not None and b.kind == PARA and not text[prev.end:b.start].strip():
            seg = text[b.start:b.end]
            answer = ANSWER.match(seg)
            if answer or is_choices(seg):
                out[-1] = Block(prev.kind, prev.start, b.end, label=prev.label)
                asking = not answer
                continue
        out.append(b)
        # a question ends in "?" or, to be completed, in ":" ("… signed by Egypt and:"); a
        # numbered one ("১. কোন দেশ …?") is a list item
        asking = b.kind in (PARA, LIST_ITEM) and text[b.start:b.end].rstrip().endswith(("?", "？", ":"))
    st.blocks[:] = out


_LAYOUT_KINDS = {"title": TITLE, "heading": HEADING, "para": PARA, "list_item": LIST_ITEM,
                 "table_row": TABLE_ROW, "caption": CAPTION, "citation": CITATION, "nav": NAV,
                 "footer": FOOTER}


def _layout_block(text: str, span: LayoutSpan, s: int, e: int, in_back_matter: bool) -> Block:
    kind = _LAYOUT_KINDS.get(span.kind, PARA)
    seg = text[s:e]
    if kind == CITATION or (in_back_matter and kind in (PARA, LIST_ITEM)):
        return Block(CITATION, s, e, number=span.number if span.number is not None else _citation_number(seg))
    if kind == HEADING:
        return Block(HEADING, s, e, level=span.level)
    if kind == PARA:
        m = _HATNOTE.match(seg)
        if m:
            return Block(HATNOTE, s, e, target=m.group(1))
    if kind == TABLE_ROW:
        return Block(TABLE_ROW, s, e, label=row_label(text, s, e))
    if kind == LIST_ITEM:
        return Block(LIST_ITEM, s, e, label=item_label(text, s, e))
    return Block(kind, s, e)


def _read_lines(text: str, lines: list[tuple[int, int]], st: Structure, in_back_matter: bool,
                first: bool) -> bool:
    """Blocks of plain-text lines; returns whether the text ends inside the back matter."""
    nonblank = [(s, e) for s, e in lines if text[s:e].strip()]
    numbered_tail = _numbered_tail(text, nonblank)
    runs = _word_per_line_runs(text, nonblank)
    # the lines right under an "Also read:" that ends its line are the links it lists, up to a blank line
    listing_until = -1
    for ls, le in nonblank:
        if ls == listing_until and not _reads_as_sentence(text[ls:le]):
            st.blocks.append(Block(NAV, *strip_span(text, ls, le)))
            listing_until = le + 1
            continue
        if ls in runs:
            if runs[ls] is not None:
                st.blocks.append(Block(PARA, ls, runs[ls]))
            continue
        line = text[ls:le]
        # Inline wiki headings and file links split a line into segments.
        pos = ls
        segments: list[tuple[str, int, int]] = []
        inline = [(m, "wikiheading") for m in _WIKI_HEADING.finditer(line)] if "==" in line else []
        if "[[" in line:
            inline = sorted(inline + [(m, "file") for m in _FILE_LINK.finditer(line)], key=lambda x: x[0].start())
        for m, what in inline:
            hs, he = ls + m.start(), ls + m.end()
            if hs < pos:
                continue
            if hs > pos:
                segments.append(("text", pos, hs))
            segments.append((what, hs, he))
            pos = he
        if pos < le:
            segments.append(("text", pos, le))
        for kind, s, e in segments:
            s, e = strip_span(text, s, e)
            if s >= e:
                continue
            seg = text[s:e]
            if kind == "wikiheading":
                label = _WIKI_HEADING.fullmatch(seg).group(2)
                in_back_matter = is_back_matter_heading(label)
                st.blocks.append(Block(HEADING, s, e))
                first = False
                continue
            if kind == "file":
                st.blocks.append(Block(RESIDUE, s, e))
                first = False
                continue
            if first and _CRAWL_LINE.fullmatch(seg):
                st.blocks.append(Block(RESIDUE, s, e))     # a crawler's stamp above the title
                continue
            if first:
                first = False
                if "|" not in seg or titled_with_site(seg, next((text[a:b] for a, b in nonblank if a > ls), "")):
                    s = _take_title(text, s, e, st)
                    if s >= e:
                        continue
                    seg = text[s:e]
            link = edit_link_start(text, s, e)
            label_end = strip_span(text, s, link)[1] if link is not None else s
            # a copied wiki heading and its edit link (a heading naming a date, "Treaty of X (1962)", is
            # read as before: its date may be an event; one naming a period, "Since 2021", "1991–present",
            # dates nothing)
            if link is not None and (label_end == s or (looks_like_heading(text[s:label_end]) and (
                    not _DIGIT_IN.search(text, s, label_end) or _PERIOD.fullmatch(text, s, label_end)))):
                if label_end > s:
                    st.blocks.append(Block(HEADING, s, label_end))
                    in_back_matter = is_back_matter_heading(text[s:label_end])
                continue
            b = _classify_text(text, s, e, seg, in_back_matter, (ls, le) in numbered_tail)
            if b.kind == NAV and e == le and (READ_ALSO.fullmatch(seg) or RELATED_HEADING.fullmatch(seg)):
                listing_until = le + 1
            if b.kind in (PARA, HEADING) and st.blocks and st.blocks[-1].kind == CITATION \
                    and _continues_reference(seg):
                b = Block(CITATION, s, e)
            st.blocks.append(b)
            if b.kind == HEADING:
                in_back_matter = is_back_matter_heading(seg)
    return in_back_matter


_LINK_WORDS = 3
# A heading that names a period only: years, dashes and words of a span ("Since 2021", "1991–present",
# "১৯৭১–বর্তমান", "2014 से अब तक", "The 2010s")
_PERIOD = regex.compile(
    r"(?:[\s\p{Pd}/]|\p{Nd}|(?i:since|until|till|after|before|from|to|present|today|now|post|pre|the|s)\b|"
    r"বর্তমান|থেকে|পর্যন্ত|সাল(?:ের)?|পর|वर्तमान|से|तक|अब|बाद|वर्ष|दशक|দশক)+")
_STORY_END = regex.compile(r"[.!?।]\s*$")


def _reads_as_sentence(line: str) -> bool:
    """A line that ends as a sentence does, as a link's title does not: the story goes on (a list
    of links ends before it even without a blank line)."""
    return bool(_STORY_END.search(line)) and len(line.split()) > _LINK_WORDS


_WORD_PER_LINE_RUN = 8


def _word_per_line_runs(text: str, nonblank: list[tuple[int, int]]) -> dict[int, int | None]:
    """A text broken one word per line (a mirror's rendering): runs of at least eight lines of
    one or two words are one paragraph. Maps each line start in a run to the run's end (for
    its first line) or None."""
    out: dict[int, int | None] = {}
    run: list[tuple[int, int]] = []
    for s, e in [*nonblank, (-1, -1)]:
        if s >= 0 and len(text[s:e].split(None, 2)) <= 2 and "|" not in text[s:e]:    # (a third word ends it)
            run.append((s, e))
            continue
        if len(run) >= _WORD_PER_LINE_RUN:
            out[run[0][0]] = run[-1][1]
            out.update((rs, None) for rs, _re in run[1:])
        run = []
    return out


def _take_title(text: str, s: int, e: int, st: Structure) -> int:
    """Record a title at the start of a document; return where the body starts.

    A wiki fragment whose title was cut starts with ``…'''``; a plain-text page starts
    with a short title line.
    """
    seg = text[s:e]
    m = _BOLD.search(seg, 0, 160)
    if m and "'''" in m.group(0) and not seg[:m.start()].strip().startswith("'"):
        opening = seg.rfind("'''", 0, m.start())
        if opening < 0:
            st.title = (s, s + m.start())
            body = s + m.end()
            while body < e and (text[body].isspace() or text[body] in ",;:-–—"):
                body += 1
            return body
    if looks_like_title(seg) and not _STARTS_WITH_DIGIT.match(seg):
        st.title = (s, e)
        st.blocks.append(Block(TITLE, s, e))
        return e
    return s


def _numbered_tail(text: str, nonblank: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Numbered lines that form the reference list: a run of them towards the end."""
    numbered = [i for i, (s, e) in enumerate(nonblank) if _NUMBERED.match(text[s:e])]
    if len(numbered) < 2:
        return {nonblank[i] for i in numbered if _CITATION_SIGNALS.search(text[nonblank[i][0]:nonblank[i][1]])}
    out: set[tuple[int, int]] = set()
    # Any numbered line after the first numbered line that carries a citation signal opens the list.
    start = None
    for i in numbered:
        s, e = nonblank[i]
        if _CITATION_SIGNALS.search(text[s:e]):
            start = i
            break
    if start is None:
        return out
    first_run = start
    while first_run - 1 in numbered:
        first_run -= 1
    for i in range(first_run, len(nonblank)):
        s, e = nonblank[i]
        if _NUMBERED.match(text[s:e]):
            out.add(nonblank[i])
    return out


def _classify_text(text: str, s: int, e: int, seg: str, in_back_matter: bool, numbered: bool) -> Block:
    # one scan for a word of a footer or of a reference's note; most lines have none
    furniture = len(seg) < _NOTE_MAX and any(map(seg.lower().__contains__, _FURNITURE_WORDS))
    if furniture and (in_back_matter or numbered or _looks_like_footer(seg)) and _FOOTER.search(seg):
        return Block(FOOTER, s, e)
    if numbered:
        m = _NUMBERED.match(seg)        # None for the rest of a line split by a wiki heading
        n = (m.group(1) or m.group(2)) if m else None
        return Block(CITATION, s, e, number=int(n) if n else None)
    if _BACK_LINK.match(seg) or (furniture and _ACCESS_NOTE.search(seg)):
        return Block(CITATION, s, e, number=None)
    m = _HATNOTE.match(seg)
    if m:
        return Block(HATNOTE, s, e, target=m.group(1))
    if READ_ALSO.match(seg) or ARCHIVE_LINE.fullmatch(seg) or RELATED_HEADING.fullmatch(seg):
        return Block(NAV, s, e)
    if in_back_matter:
        if _CITATION_SIGNALS.search(seg) or _NUMBERED.match(seg):
            mm = _NUMBERED.match(seg)
            n = (mm.group(1) or mm.group(2)) if mm else None
            return Block(CITATION, s, e, number=int(n) if n else None)
        return Block(RESIDUE, s, e)
    if NAVIGATION.match(seg) or MAINTENANCE.search(seg):
        return Block(NAV, s, e)
    if EDITORS_NOTE.match(seg):
        return Block(FOOTER, s, e)
    if "|" in seg:
        if TABLE_RULE.fullmatch(seg):
            return Block(RESIDUE, s, e)
        if is_table_row(seg):
            return Block(TABLE_ROW, s, e, label=row_label(text, s, e))
    if LIST_MARK.match(seg):
        return Block(LIST_ITEM, s, e, label=item_label(text, s, e))
    if looks_like_heading(seg) and not _is_quiz_line(seg) and not _TIMELINE_LINE.match(seg):
        if seg[:1].islower():
            return Block(NAV, s, e)
        return Block(HEADING, s, e)
    return Block(PARA, s, e)


# A word every footer and every reference's access or archive note holds (lower case).
# (tested by substring search in the lower-cased line, several times faster than a regex scan)
_FURNITURE_WORDS = (
    "this article", "text is available", "retrieved", "wikipedia®", "this page was", "last edited", "last updated",
    "accessed", "archived", "wayback", "এই পাতাটি", "সর্বশেষ সম্পাদ", "শেষ সম্পাদ", "পাতাটি শেষ", "সংগ্রহের তারিখ",
    "সংগৃহীত", "আর্কাইভ", "অভিগমন", "উইকিপিডিয়া থেকে", "এই নিবন্ধটি", "इस पृष्ठ", "अंतिम", "अन्तिम", "अभिगमन",
    "पुनः प्राप्त", "पुरालेखित", "विकिपीडिया से", "यह लेख")
_NOTE_MAX = 600


def _continues_reference(seg: str) -> bool:
    """A line right after a reference that only goes on with it: a publisher and a date, or a
    date alone, closed by a full stop."""
    return len(seg.split()) <= _REFERENCE_TAIL_WORDS and bool(_REFERENCE_TAIL.fullmatch(fold_digits(seg)))


def _looks_like_footer(seg: str) -> bool:
    return len(seg) < 400


def _citation_number(seg: str) -> int | None:
    m = _NUMBERED.match(seg)
    n = (m.group(1) or m.group(2)) if m else None
    return int(n) if n else None


FOOTNOTE_MARK = regex.compile(r"\[(?:\d{1,3}|[০-৯]{1,3}|[०-९]{1,3}|[a-z]|note \d+|citation needed)\]")
