"""The document clock: the text's own dates (datelines, publication, update and crawl stamps,
copyright lines), which are never events, and the one date they agree on, which completes a
day and month written without a year (ANNOTATION 4.2, 4.3)."""

from __future__ import annotations

import calendar
import dataclasses
import datetime
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from relations_desktop.corpus.bilateral import opens_term_in_office
from relations_desktop.corpus.calendars import OTHER_DATE
from relations_desktop.corpus.date_words import weekday_alternation
from relations_desktop.corpus.dates import DAY, MONTH, RANGE, UNDATED, YEAR, DateMention, find_dates
from relations_desktop.corpus.event_types import named_with_year
from relations_desktop.corpus.numeric_stamps import (
    LABELLED_NUMERIC,
    NUMERIC,
    day_first,
    read_together,
    readings_of,
    yearless,
)
from relations_desktop.corpus.spans import RECURRING, bounds, not_the_acts
from relations_desktop.corpus.structure import BODY, CITATION, HEADING, TITLE, Block
from relations_desktop.corpus.tense import is_future
from relations_desktop.textnorm import MARKS, fold_digits

_D = r"[0-9০-৯०-९]"
# A date's words or a stamp's label, then a date within a short reach.
_LABEL = re.compile(
    r"(?i:last\s+updated|updated(?:\s+on)?|published(?:\s+on)?|first\s+published|posted(?:\s+on)?|"
    r"last\s+modified|modified|date\s*:|"
    # a made file's stamp opens its line or names the file ("This report was generated on"): "exported
    # on" inside a sentence tells of goods
    r"(?P<made>(?:(?m:^)[ \t]*|\b(?:page|file|document|report|pdf|summary)\s+(?:was\s+)?)"
    r"(?:generated|exported|printed|downloaded)\s+(?:on|by)))|"
    r"সর্বশেষ\s+আপডেট|আপডেট(?:\s+সময়)?|হালনাগাদ|প্রকাশিত|প্রকাশের\s+সময়|প্রকাশ\s*:|প্রকাশঃ|পোস্ট(?:\s+করা)?|"
    r"अंतिम\s+अपडेट|अपडेटेड|अपडेट|अद्यतन|प्रकाशित|प्रकाशन\s+तिथि|पब्लिश्ड|पब्लिश|पोस्ट\s+किया|पोस्टेड(?:\s+ऑन)?|"
    r"दिनांक\s*:")
_LABEL_REACH = 70
# Fragments every label holds: a cheap test before the pattern is run.
_LABEL_WORDS = ("pdated", "PDATED", "ublished", "UBLISHED", "osted", "odified", "ate:", "ate :",
                "enerated", "ENERATED", "xported", "XPORTED", "rinted", "RINTED", "ownloaded", "OWNLOADED",
                "আপডেট", "হালনাগাদ", "প্রকাশ", "পোস্ট", "अपडेट", "अद्यतन", "प्रकाश", "पोस्ट", "दिनांक",
                "पब्लिश")
_DIGIT = re.compile(r"[0-9০-৯०-९]")
# A stamp's label opens its line or a field of it ("By A. Rahman | Updated: …"); one after more
# words than a byline's is a verb of a sentence.
_WORDS_BEFORE_LABEL = 2
# words (not times) between a label and its date: "Updated on Tuesday, 5 May 2020", "আপডেট সময় :
# ০২:২৮ অপরাহ্ন, শুক্রবার, ৪ ফেব্রুয়ারী ২০২২"; not "posted a new ambassador to Lomé in May 2020"
_WORDS_TO_DATE = 3
_LETTER = re.compile(r"[^\W\d_]")


def _in_prose(text: str, pos: int) -> bool:
    """Whether a label word at ``pos`` is a verb in a sentence, not a stamp's label."""
    start = max(text.rfind("\n", 0, pos), text.rfind("|", 0, pos), text.rfind("·", 0, pos),
                text.rfind("•", 0, pos)) + 1
    words = text[start:pos].split()
    if _CLOCK_TIME.search(text, start, pos):
        # (a date and a time before it are a stamp's: "January 30, 2024 6:12 PM GMT+8 Updated …")
        words = [w for w in words if not _DIGIT.search(w) and not w.isupper()]
    return len(words) > _WORDS_BEFORE_LABEL


# The stamp of a file a program made, where the date comes before the words of making, as Bengali
# and Hindi put them: "৭ ডিসেম্বর ২০২৬ তারিখে তৈরি;", "7 दिसंबर 2026 को X 1.0 से बनाया गया;". The words
# end the phrase (no auxiliary: "… তারিখে তৈরি হয়" tells of something made then).
_MADE_AFTER = re.compile(
    r"\s*(?:তারিখে\s+(?:তৈরি|প্রস্তুত)|को\s+(?:[^\n।;|]{1,60}?\s(?:से|द्वारा)\s+)?"
    r"(?:तैयार(?:\s+किया\s+गया)?|बनाया\s+गया|जनरेट\s+किया\s+गया))(?=[ \t]*(?:[;,।|]|$))", re.M)
_MADE_AFTER_WORDS = ("তৈরি", "প্রস্তুত", "तैयार", "बनाया", "जनरेट")
_MADE_REACH = 100          # how far before those words the date may start
# A date followed by a clock time: "21 Oct 2016, 10:38 am", "১২ আগস্ট ২০২৫, ০৯:৪১".
_TIME_AFTER = re.compile(rf"\s*[,|]?\s*(?:at\s+)?{_D}{{1,2}}[:.]{_D}{{2}}(?:[:.]{_D}{{2}})?"
                         r"(?:\s*(?:(?i:am|pm|a\.m\.|p\.m\.|IST|GMT|UTC)\b|অপরাহ্ন|পূর্বাহ্ন))?")
_CRAWL = re.compile(rf"(?m)^[ \t]*date[ \t]+({_D}{{4}}-{_D}{{2}}-{_D}{{2}})\b[^\n]*")
_COPYRIGHT = re.compile(
    rf"(?i:copyright|\(c\)|©|কপিরাইট|স্বত্ব|कॉपीराइट)\s*(?:©\s*)?(?:[^\d\n]{{1,40}}?\s)?{_D}{{4}}(?:\s*[-–—]\s*{_D}{{4}})?")
_COPYRIGHT_WORDS = ("opyright", "OPYRIGHT", "(c)", "(C)", "©", "কপিরাইট", "স্বত্ব", "कॉपीराइट")
# A dateline opens a body block: a place of one to three words (not a sentence's subject: no
# verb follows), a comma or a news agency in brackets, the date, then a dash, bar or colon;
# or the date alone and a dash ("June 17 – …").
_AGENCY = r"\(\s*[^()\n]{1,20}?\s*\)"
_PLACE = rf"[^\W\d_][\w{MARKS}.’'-]*(?:\s+[^\W\d_][\w{MARKS}.’'-]*){{0,2}}"
_BYLINE = r"(?:(?i:by)\s+[^\n]{1,40}?\s+)?"
# (the place may be followed by its country in brackets: "Kingstown (St Vincent), 15 December";
# a story from two places names both: "बमाको/अल्जीयर्स, 7 अप्रैल")
# (and a masthead's weekday may come before the date: "ঢাকা, বুধবার ১৪ মে ২০২৫"; after a bar it must:
# "नई दिल्ली | गुरुवार, 16 नवंबर 2023" is a masthead, "Ghana | 6 March 1957" a table's row)
_DATELINE_HEAD_PATTERN = (rf"\s*{_BYLINE}(?:{_PLACE})(?:\s*/\s*{_PLACE})?\s*(?:\([^()\n]{{1,30}}\)\s*)?"
                          rf"(?:(?:,|{_AGENCY})\s*(?:(?:@WEEKDAYS@),?\s*)?|\|\s*(?:@WEEKDAYS@),?\s*)")


@cache
def _dateline_head() -> re.Pattern:
    return re.compile(_DATELINE_HEAD_PATTERN.replace("@WEEKDAYS@", weekday_alternation()))

_DATELINE_TAIL = re.compile(rf"\s*(?P<agency>{_AGENCY})?\s*(?P<dash>[-–—:|।]|$)?")
_DASH_AFTER = re.compile(r"\s*(?:[–—]|-(?![\u0900-\u09ff]))")       # (not a suffix's hyphen: "মার্চ ২০২৩-এ")
_PUNCT = re.compile(r"[\s,;:.|()\-–—/]*")

_HEAD = 3000              # stamps and datelines are looked for in the first characters
_FIRST_LINES = 400        # where a page's own stamp stands
_FOOT = 1500              # and copyright lines and stamps in the last ones
# (not inside a number; but right after a year a copied page glued it to: "March 14, 20245:41 PM")
_CLOCK_TIME = re.compile(rf"(?:(?<!{_D})|(?<={_D}{{4}})){_D}{{1,2}}[:.]{_D}{{2}}(?![\d.,])")
_TIME_REACH = 40           # how far before a clock time its date may start
# A page section's name: a word or three in capitals, or the usual names of a paper's pages.
_SECTION = re.compile(r"[A-Z][A-Z&-]*(?: [A-Z][A-Z&-]*){0,2}|"
                      r"(?:(?i:world|international|national|news|politics)|বিশ্ব|আন্তর্জাতিক|জাতীয়|রাজনীতি|"
                      r"विदेश|दुनिया|देश|अंतरराष्ट्रीय|अंतर्राष्ट्रीय|राजनीति)")
_HEADER_MAX = 80           # the longest block that may be a header of dates alone
_BYLINE_MAX = 140          # the longest block that may be a byline with its date
# The words of a byline: who wrote it, how long it takes to read, how many commented.
_BYLINE = re.compile(r"(?i:\b(?:min(?:ute)?s?\s+read|\d+\s+comments?|(?:posted|written)\s+by|blog)\b)|"
                     r"মিনিটে\s*পড়ুন|মিনিটের\s*পাঠ|পড়তে\s*সময়|লিখেছেন|লেখক\s*:|লেখিকা|ব্লগ|"
                     r"मिनट\s*(?:में\s*)?पढ़|लेखक\s*:|लेखिका|द्वारा\s*लिखित|पोस्ट\s*किया\s*गया|ब्लॉग")
_HEAD_BLOCKS = 12          # the blocks a page's header and a story's dateline may be in
_DATELINE_REACH = 120      # how far into a block a dateline's date may lie

# How much each kind of stamp is trusted to tell the text's own date: the dateline and the
# publication date tell it; an update or a crawl only bounds it.
_RANK = {"dateline": 0, "published": 1, "header": 2, "updated": 3, "crawl": 4}
@dataclass(frozen=True)
class Stamp:
    start: int
    end: int
    kind: str                         # dateline, published, updated, header, crawl, copyright, made
    date: tuple[int, int, int] | None  # (year, month, day) when it gives one
    # a numeric date either order could mean (08/06/2022): its two readings; a dateline's day and
    # month without a year ("ALGIERS, June 8"): that one, year 0. Each tells the other's missing part
    readings: tuple[tuple[int, int, int], ...] = ()


@dataclass
class Clock:
    stamps: list[Stamp] = field(default_factory=list)
    today: tuple[int, int, int] | None = None      # the text's own date, when its stamps agree
    # the day and month of an update within a week after it ("Updated: 09/06/2022" on June 8's story)
    latest: tuple[int, int] | None = None

    def covers(self, start: int, end: int) -> bool:
        """Whether text[start:end] lies inside a stamp (a date there is never an event)."""
        return any(s.start <= start and end <= s.end for s in self.stamps)

    def year_for(self, month: int, day: int, future: bool) -> int | None:
        """The year a day and month without one takes from the text's own date: that year, or
        the year before when the day lies after it (and after an update within a week) and the
        text tells of it as past."""
        if self.today is None:
            return None
        y, m, d = self.today
        return y - 1 if (month, day) > max((m, d), self.latest or (m, d)) and not future else y


def _full(d: DateMention) -> tuple[int, int, int] | None:
    if d.value and d.precision == DAY:
        y, m, dd = d.value.split("-")
        return int(y), int(m), int(dd)
    return None


def read_clock(text: str, blocks: Sequence[Block], published: str | None = None,
               dates_of: Callable[[Block], list[DateMention]] | None = None) -> Clock:
    """Find the stamps of a text and the date they give it. ``dates_of``: the dates of a block
    (when the caller keeps them, to find them once)."""
    if dates_of is None:
        def dates_of(b: Block) -> list[DateMention]:
            return find_dates(text, b.start, b.end)
    stamps: list[Stamp] = []
    # Stamps sit at the head or the foot of a page: only there are they looked for.
    head, foot = min(len(text), _HEAD), max(0, len(text) - _FOOT)
    # (one zone when they meet: a stamp across their border is read whole)
    zones = [(0, head), (foot, len(text))] if foot > head else [(0, len(text))]
    # (a crawl stamp holds "date": most texts have none, and the pattern tries every line start)
    for m in _CRAWL.finditer(text, 0, head) if text.find("date", 0, head) >= 0 else ():
        y, mo, d = (int(x) for x in fold_digits(m.group(1)).split("-"))
        stamps.append(Stamp(m.start(), m.end(), "crawl", (y, mo, d)))
    for m in (m for z in zones for m in _near(_COPYRIGHT, text, z, _COPYRIGHT_WORDS)):
        stamps.append(Stamp(m.start(), m.end(), "copyright", None))
    for m in (m for z in zones for m in _near(_LABEL, text, z, _LABEL_WORDS)):
        kind = "made" if m.group("made") else \
            "published" if m.group(0)[:1].lower() in "pপप" and "पोस्ट" not in m.group(0) else "updated"
        if kind != "made" and _in_prose(text, m.start()):
            continue                  # "Ghana posted a new ambassador …", "the two published a communiqué …"
        found = [d for d in find_dates(text, m.end(), min(len(text), m.end() + _LABEL_REACH)) if d.value
                 and sum(1 for w in text[m.end():d.start].split() if _LETTER.search(w)) <= _WORDS_TO_DATE]
        numeric = LABELLED_NUMERIC.match(fold_digits(text[m.end():m.end() + _LABEL_REACH])) if not found else None
        if numeric:                   # "Updated: 26-07-2025 10:15", "প্রকাশ: ২৬/০৭/২০২৫"
            end = m.end() + numeric.end()
            t = _TIME_AFTER.match(text, end)
            stamps.append(Stamp(m.start(), t.end() if t else end, kind, day_first(*numeric.groups()),
                                readings_of(*numeric.groups())))
        elif found:
            d = found[0]
            end = d.end
            t = _TIME_AFTER.match(text, end)
            stamps.append(Stamp(m.start(), t.end() if t else end, kind, _full(d)))
    stamps += _made_after(text, zones)
    readable = [b for b in blocks if b.kind in BODY or b.kind in (HEADING, TITLE)]
    starts = [b.start for b in readable]
    timed = [z for z in zones if text.find(":", *z) >= 0]
    times = [m for z in timed for m in _CLOCK_TIME.finditer(text, *z)
             if not _after(text, m.start(), ".,:") or text[max(0, m.start() - 4):m.start()].isdigit()]
    for m in times:                   # a date right before a clock time
        k = bisect_right(starts, m.start()) - 1
        if k < 0 or m.start() >= readable[k].end:
            continue
        b = readable[k]
        for d in dates_of(b):
            if d.value and m.end() <= d.start <= m.end() + 2 and _full(d):    # "17:32 December 05, 2022"
                stamps.append(Stamp(m.start(), d.end, "header", _full(d)))
                continue
            if not m.start() - _TIME_REACH <= d.end <= m.start():
                continue
            t = _TIME_AFTER.match(text, d.end, b.end)
            if d.value and t and t.end() > m.start():
                stamps.append(Stamp(d.start, t.end(), "header", _full(d)))
    for b in readable[:_HEAD_BLOCKS]:
        if b.start >= head:
            break
        if not _DIGIT.search(text, b.start, min(b.end, b.start + _DATELINE_REACH)):
            continue
        dates = dates_of(b)
        if b.end - b.start <= _HEADER_MAX and dates and _only_dates(text, b, dates):
            full = next((_full(d) for d in dates if _full(d)), None)
            stamps.append(Stamp(b.start, b.end, "header", full))
            continue
        if b.end - b.start <= _BYLINE_MAX and any(d.value for d in dates) and _BYLINE.search(text, b.start, b.end):
            # a blog's byline: "April 2, 2022 by A. Writer · 14 comments · 9 min read"
            stamps.append(Stamp(b.start, b.end, "header", next((_full(d) for d in dates if _full(d)), None)))
            continue
        dates = [d for d in dates if d.start < b.start + _DATELINE_REACH]
        line = _dateline(text, b, dates)
        if line is not None:
            stamps.append(line)
    folded = fold_digits(text[:head]) if times and times[0].start() < head else ""
    for m in NUMERIC.finditer(folded):       # "12/05/2021 10:30": only where a clock time is
        t = _TIME_AFTER.match(text, m.end())
        if _after(folded, m.start(), "/."):
            continue
        a, b_, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not t or not any(bl.start <= m.start() < bl.end and bl.kind != CITATION for bl in blocks):
            continue
        stamps.append(Stamp(m.start(), t.end(), "header", day_first(a, b_, y), readings_of(a, b_, y)))
    if published:
        parts = [int(x) for x in published.split("-")[:3]]
        if len(parts) == 3:
            stamps.append(Stamp(0, 0, "published", (parts[0], parts[1], parts[2])))
    stamps.sort(key=lambda s: (s.start, -s.end))
    stamps = read_together(stamps)
    today = _today(stamps)
    return Clock(stamps, today, _latest(stamps, today))


_NEAR_BEFORE = 24          # how far before one of its words a label or a copyright line may start
_NEAR_AFTER = 24           # and how far after the word it may end


def _near(pattern: re.Pattern, text: str, zone: tuple[int, int], words: Sequence[str]) -> list[re.Match]:
    """The matches of ``pattern`` in a zone that hold one of ``words``, looked for only around
    those words (a pattern of many alternatives run over a whole page is slow; the words are
    found in one pass each)."""
    lo, hi = zone
    spans = []
    for w in words:
        i = text.find(w, lo, hi)
        while i >= 0:
            spans.append((max(lo, i - _NEAR_BEFORE), min(hi, i + len(w) + _NEAR_AFTER)))
            i = text.find(w, i + 1, hi)
    out: dict[int, re.Match] = {}
    for a, b in spans:
        for m in pattern.finditer(text, a, b):
            if m.start() not in out or m.end() > out[m.start()].end():
                out[m.start()] = m
    kept: list[re.Match] = []
    for k in sorted(out):                 # windows overlap: a match inside a kept one is dropped
        if not kept or k >= kept[-1].end():
            kept.append(out[k])
    return kept


def _made_after(text: str, zones: Sequence[tuple[int, int]]) -> list[Stamp]:
    """The stamps of a made file whose date comes before the words of making (_MADE_AFTER)."""
    found: dict[tuple[int, int], Stamp] = {}
    for lo, hi in zones:
        for w in _MADE_AFTER_WORDS:
            i = text.find(w, lo, hi)
            while i >= 0:
                for d in find_dates(text, max(lo, i - _MADE_REACH), i):
                    m = _MADE_AFTER.match(text, d.end)
                    if d.value and m and m.end() > i:
                        found[d.start, m.end()] = Stamp(d.start, m.end(), "made", _full(d))
                i = text.find(w, i + 1, hi)
    return list(found.values())


def _after(text: str, pos: int, marks: str) -> bool:
    """Whether ``pos`` follows a digit or one of ``marks`` (inside a longer number)."""
    if pos == 0:
        return False
    ch = text[pos - 1]
    return ch in marks or ch.isdigit()


def _today(stamps: list[Stamp]) -> tuple[int, int, int] | None:
    """The date of the best-ranked stamps that give one, if they agree on the year; of those in
    the page's first lines when some are there (further down, a date and time may be a link's)."""
    dated = [s for s in stamps if s.date and s.kind in _RANK]
    if not dated:
        return None
    best = min(_RANK[s.kind] for s in dated)
    ranked = [s for s in dated if _RANK[s.kind] == best]
    top = [s.date for s in ranked if s.start < _FIRST_LINES] or [s.date for s in ranked]
    if len({d[0] for d in top}) != 1:
        return None
    return min(top)


_UPDATE_DAYS = 7          # how long after the text's date an update still tells of its story


def _latest(stamps: list[Stamp], today: tuple[int, int, int] | None) -> tuple[int, int] | None:
    """The day and month of an update within a few days after the text's own date (of a stamp
    either order could mean, the earlier reading): a story updated the next day tells of that day."""
    if today is None:
        return None
    start = datetime.date(*today)
    days = [s.date if s.date else min(s.readings) for s in stamps
            if s.kind in _RANK and s.kind != "crawl" and (s.date or (s.kind != "dateline" and s.readings))]
    near = [d for d in days if 0 <= _days_between(start, d) <= _UPDATE_DAYS]
    return max((d[1:] for d in near), default=None)


def _days_between(start: datetime.date, d: tuple[int, int, int]) -> int:
    try:
        return (datetime.date(*d) - start).days
    except ValueError:                # (a numeric stamp's impossible day: 31/02)
        return -1


def _only_dates(text: str, b: Block, dates: list[DateMention]) -> bool:
    """A block that holds nothing but dates, weekdays, times and punctuation: a page header."""
    if b.end - b.start > _HEADER_MAX or not any(d.value for d in dates):
        return False
    rest = []
    pos = b.start
    for d in dates:
        rest.append(text[pos:d.start])
        pos = d.end
    rest.append(text[pos:b.end])
    leftover = OTHER_DATE.sub(" ", _TIME_AFTER.sub(" ", " ".join(rest)))
    if "|" in leftover:               # a section's name beside the date: "LATIN AMERICA | 31 July 2024"
        leftover = " ".join(c for c in leftover.split("|") if not _SECTION.fullmatch(c.strip()))
    return not _PUNCT.sub("", leftover)


def _dateline(text: str, b: Block, dates: list[DateMention]) -> Stamp | None:
    """"Nairobi, 14 March 2021 (KNA) –", "ঢাকা, ১৪ মার্চ (বাসস)", "Riyadh (AFP) Jan 03, 2015",
    "June 17 – …" at the start of a body block."""
    dates = [d for d in dates if d.value or d.yearless]        # (not a masthead's weekday)
    if b.kind not in BODY or not dates:
        return None
    d = dates[0]
    if d.precision == RANGE or d.end_month or not (d.value or d.yearless):
        return None
    full = _full(d)
    if d.start == b.start or not text[b.start:d.start].strip():
        if d.precision == YEAR:
            return None                   # "2017 – Investment agreement": a timeline's line
        tail = _DASH_AFTER.match(text, d.end, b.end)
        return Stamp(b.start, tail.end(), "dateline", full, yearless(d)) if tail else None
    head = _dateline_head().fullmatch(text, b.start, d.start)
    if head is None or ("|" in head.group(0) and not _masthead(text, b.start, head.end())):
        return None
    tail = _DATELINE_TAIL.match(text, d.end, b.end)
    agency_before = "(" in text[b.start:d.start]
    if not (tail.group("agency") or tail.group("dash") is not None
            or (agency_before and d.value and d.precision in (DAY, MONTH))):
        return None
    end = tail.end() if tail.end() > d.end else d.end
    while end > d.end and text[end - 1].isspace():
        end -= 1
    return Stamp(b.start, end, "dateline", full, yearless(d))


def _masthead(text: str, start: int, end: int) -> bool:
    """Whether a place, a bar and a weekday stand where a page's masthead does: on its first lines,
    a place's Latin words capitalised ("Lomé | Thursday", not a table's "Relations established |
    Thursday")."""
    words = text[start:text.find("|", start, end)].split()
    return start < _FIRST_LINES and all(w[:1].isupper() for w in words if w.isascii() and w.isalpha())


def complete(text: str, start: int, end: int, dates: list[DateMention], clock: Clock,
             story_year: int | None, story_month: tuple[int, int] | None = None) -> list[DateMention]:
    """The dates of one sentence, stamps left out, each day and month without a year given one
    in the order of ANNOTATION 4.2: a year of the same sentence (the nearest), the year of the
    story told earlier in the passage (``story_year``; or of a month and year told since, where
    the day is in that month: ``story_month``), the text's own date."""
    kept = [d for d in dates if not clock.covers(d.start, d.end)]
    # (not a year that opens a term in office: "on Sept. 9, his first visit since returning to the
    # presidency in 2022" is a day of the text's own year; "after returning … in 2023, on 9 September" is 2023's)
    years = [(d.start, int(d.value[:4])) for d in kept
             if d.value and not bounds(text, d) and not opens_term_in_office(text, start, d.start)]
    out = []
    # (searched for only when a day or month without a year is there to be recurring)
    recurring = any(not d.value and d.month for d in kept) and RECURRING.search(text, start, end)
    lent: set[int] = set()          # the years that complete a day and month of the sentence
    for d in kept:
        if recurring and not d.value and d.month:      # "from 15 June to 15 November every year"
            out.append(dataclasses.replace(d, precision=UNDATED, relative=True))
            continue
        if d.value and not_the_acts(text, start, d):
            out.append(dataclasses.replace(d, value=None, precision=UNDATED, relative=True))
            continue
        if d.month and not d.day and not d.value:
            # a month alone is completed as a day and month is, but only by a year told before it in
            # its sentence ("in July 2019 … and in August …"), then the story's, then the text's own
            before = [y for p, y in years if p < d.start]
            if before:
                year, how = before[-1], "sentence"
            elif story_year is not None:
                year, how = story_year, "story"
            else:
                year, how = clock.year_for(d.month, 1, is_future(text, start, end)), "clock"
            if year is not None:
                d = dataclasses.replace(d, value=f"{year:04d}-{d.month:02d}", precision=MONTH, relative=False,
                                        completed=how)
            out.append(d)
            continue
        if d.yearless:
            if years:
                at, year = min(years, key=lambda p: abs(p[0] - d.start))
                how = "sentence"
                lent.add(at)
            elif story_month is not None and story_month[1] == d.month and clock.today is None \
                    and story_month[0] > (story_year or 0):
                # "In April 2023 he visited … On 25 April …" in a text with no stamp of its own, where
                # the month is the story's latest (a stamp's year outranks a month told in passing)
                year, how = story_month[0], "story"
            elif story_year is not None:
                year, how = story_year, "story"
            else:
                year, how = clock.year_for(d.month, d.day, is_future(text, start, end)), "clock"
            if year is not None and d.day <= calendar.monthrange(year, d.month)[1]:
                value, precision = f"{year:04d}-{d.month:02d}-{d.day:02d}", DAY
                if d.end_month:           # a span of days: the range of the same year
                    if d.end_day > calendar.monthrange(year, d.end_month)[1]:
                        out.append(d)
                        continue
                    value, precision = f"{value}/{year:04d}-{d.end_month:02d}-{d.end_day:02d}", RANGE
                d = dataclasses.replace(d, value=value, precision=precision, relative=False, yearless=False,
                                        completed=how)
        out.append(d)
    # a year written apart from its day and month ("In 1986 … on April 26") is that date's year, no
    # date of its own (but for an instrument or a war named with it: "the 1972 treaty … on 2 July")
    return [d for d in out if not (d.start in lent and d.precision == YEAR and not named_with_year(text, d.end, end))]


def story_year(dates: list[DateMention]) -> int | None:
    """The year of the last full date (day, month and year, as written; also a span of days in
    one year, "4–5 May 2021"): the story's year. A bare year or a month and year is background
    ("founded in 1961", "since May 2019"), not the date of the story a later day and month
    continues (ANNOTATION 4.2, rule 3)."""
    for d in reversed(dates):
        if d.value and not d.completed and (d.precision == DAY or _days_of_one_year(d.value)):
            return int(d.value[:4])
    return None


def story_month(dates: list[DateMention], told: tuple[int, int] | None) -> tuple[int, int] | None:
    """The year and month of the story's last month told with its year ("In April 2023 the
    president visited …"), which a later day of that month continues; none once a full date is
    told after it (that date's year is the story's)."""
    for d in reversed(dates):
        if d.value and not d.completed and (d.precision == DAY or _days_of_one_year(d.value)):
            return None
        if d.value and not d.completed and d.precision == MONTH:
            return int(d.value[:4]), int(d.value[5:7])
    return told


def _days_of_one_year(value: str) -> bool:
    """A range of days within one year: "2021-05-04/2021-05-05"."""
    a, _, b = value.partition("/")
    return len(a) == len(b) == 10 and a[:4] == b[:4]
