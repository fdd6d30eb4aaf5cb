"""A temporal tagger for English, Bengali and Hindi built from CLDR month and weekday names.

It finds absolute dates with their precision (day, month, year, range) and relative
time expressions ("on Wednesday", "last year", বুধবার, पिछले साल). Money, quantities,
footnote markers, page numbers and clock times are not dates. Works on any digits:
the text is folded to ASCII digits one character for one, so offsets hold.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache
from itertools import compress
from operator import itemgetter

from relations_desktop.corpus.date_words import (
    BN_MONTH_ENDINGS,
    DAY_WORDS,
    EXTRA_RELATIVE,
    anchor_words,
    month_number,
    month_table,
    weekday_alternation,
)
from relations_desktop.corpus.not_years import year_ok
from relations_desktop.textnorm import MARKS, NAME_CHAR, bmp_class, fold_digits, has_astral
from relations_desktop.textnorm import WORD_END as _E
from relations_desktop.textnorm import WORD_START as _B

DAY, MONTH, YEAR, RANGE, UNDATED = "day", "month", "year", "range", "undated"

@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str | None        # YYYY, YYYY-MM, YYYY-MM-DD or START/END; None when relative
    precision: str           # day, month, year, range, undated
    relative: bool = False
    yearless: bool = False   # a day and month without a year: not absolute by itself
    month: int = 0           # of a yearless day and month (or a month alone), for the document clock to complete
    day: int = 0
    completed: str = ""      # where a completed day and month took its year: sentence, story, clock
    end_month: int = 0       # of a yearless range ("June 10–14", "১০ থেকে ১৪ জুন"): its last day
    end_day: int = 0

    @property
    def is_absolute(self) -> bool:
        return self.value is not None


# A dash or "to" links a range; "and" links a list unless "between" frames it (see _convert).
_DASH = r"(?:\s?[-–—]\s?|\s+(?P<link>to|until|till|through|and|&|ও|এবং|থেকে|হতে|से|और|व|एवं)\s+)"


# The patterns are compiled with the standard re module: it runs them about twice as fast.
_LETTER = r"[^\W\d_]"
WORD_RE = re.compile(_LETTER + NAME_CHAR + "*")    # words that start with a letter


@cache
def _word_re_bmp() -> re.Pattern:
    """WORD_RE for a text without characters beyond the Basic Multilingual Plane."""
    return re.compile(f"[{bmp_class(_LETTER)}][{bmp_class(NAME_CHAR)}]*")


@cache
def _patterns() -> list[tuple[str, re.Pattern]]:
    _, M = month_table()
    W = weekday_alternation()
    # (a year glued to a clock time by a copied page, "March 14, 20245:41 PM", still ends at its fourth digit)
    Y = r"(?<![\d,.])(?P<@>1[2-9]\d{2}|20\d{2})(?!(?!\d{1,2}:\d{2}\s?[AaPp]\.?[Mm])\d|[.,]\d|\s?%)"
    D = r"(?<![\d,.])(?P<@>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|ই|লা|রা|ঠা|\s?শে|ে|তম)?(?![\d]|[.,:]\d)"
    # Bengali inflects month names too: ডিসেম্বরে, মার্চে, জুলাইয়ে, ফেব্রুয়ারিতে, আগস্টের.
    BN_END = "|".join(BN_MONTH_ENDINGS)
    # a month alone is a date only "in" it (ডিসেম্বরে, জুলাইয়েই), not "of" it (সেপ্টেম্বরের এক রাতে)
    BN_IN = "|".join(e for e in BN_MONTH_ENDINGS if not e.endswith("র") and e != "ই")
    MON = r"(?P<@>" + M + r")(?:" + BN_END + r")?\.?" + _E
    y1, y2 = Y.replace("@", "y1"), Y.replace("@", "y2")
    d1, d2 = D.replace("@", "d1"), D.replace("@", "d2")
    m1, m2 = MON.replace("@", "m1"), MON.replace("@", "m2")
    DASH = TO = _DASH
    TO_ONLY = r"(?:\s?[-–—]\s?|\s+(?:to|until|till|through|থেকে|হতে|से)\s+)"   # two full dates: no "and"
    UNTIL = r"(?:\s*(?:तक|পর্যন্ত|অবধি))?"
    BN_YEAR = r"\s*(?:সালের|সালে|সাল|সালেই|খ্রিস্টাব্দের|খ্রিস্টাব্দে|খ্রিস্টাব্দ|খ্রিষ্টাব্দের|খ্রিষ্টাব্দে|খ্রিষ্টাব্দ|-এর|-এ|এর|এ)?"
    BN_MONTH_WORD = r"(?:\s*(?:মাসের|মাসে|মাস))?"
    BN_DAY_WORD = r"(?:\s*(?:তারিখের|তারিখে|তারিখ))?"
    HI_DAY_WORD = "\\s*तारीख\u093c?"      # (NFC text: the nukta stands apart)
    pats = [
        # ranges
        ("ymd_range", rf"{y1}{BN_YEAR}\s+{d1}{DASH}{d2}\s+{m1}"),                  # ২০০৬ সালের ১৯-২২ জানুয়ারি
        ("dmy_range", rf"(?:[Ff]rom\s+)?{d1}{DASH}{d2}\s+{m1},?\s+{y1}"),          # 19–22 January 2006
        ("mmy_range", rf"{m1}{DASH}{m2},?\s+(?:of\s+)?{y1}"),                      # August and September 2022
        ("mdy_range", rf"{m1}\s+{d1}{DASH}{d2},?\s+{y1}"),                          # January 19–22, 2006
        ("myd_range", rf"{m1}\s+{y1}\s+(?:की|के|में)\s+{d1}{DASH}{d2}{HI_DAY_WORD}"),   # सितंबर 2023 में 20-22 तारीख़
        ("dm_dmy_range", rf"{d1}\s+{m1}{TO}{d2}\s+{m2},?\s+{y1}"),                  # 19 January – 3 February 2006
        ("my_my_range", rf"(?:(?:[Ff]rom|[Bb]etween)\s+)?{m1},?\s+{y1}{TO}{m2},?\s+{y2}"),
        ("dmy_dmy_range", rf"(?:[Ff]rom\s+)?{d1}\s+{m1},?\s+{y1}{TO_ONLY}{d2}\s+{m2},?\s+{y2}(?:\s*(?:तक|পর্যন্ত|অবধি))?"),
        ("mdy_mdy_range", rf"(?:[Ff]rom\s+)?{m1}\s+{d1},?\s+{y1}{TO_ONLY}{m2}\s+{d2},?\s+{y2}"),
        ("md_mdy_range", rf"(?:[Ff]rom\s+)?{m1}\s+{d1}{TO_ONLY}{m2}\s+{d2},?\s+{y1}"),   # from May 3 to May 9, 2019
        ("ydm_dm_range", rf"{y1}{BN_YEAR}\s+{d1}\s+{m1}\s*(?:থেকে|হতে)\s+{d2}\s+{m2}(?:\s*(?:পর্যন্ত|অবধি))?"),
        # ২০১৭ সালের ২৬শে ফেব্রুয়ারি থেকে ১লা মার্চ
        ("ym_m_range", rf"{y1}{BN_YEAR}\s+{m1}{BN_MONTH_WORD}\s*(?:থেকে|হতে)\s+{m2}{BN_MONTH_WORD}\s*(?:পর্যন্ত|অবধি)"),
        # ১৯৫৭ সালের আগস্ট থেকে অক্টোবর পর্যন্ত
        ("ym_ym_range", rf"{y1}{BN_YEAR}\s+{m1}{BN_MONTH_WORD}\s*(?:থেকে|হতে)\s+{y2}{BN_YEAR}\s+{m2}"
                        rf"{BN_MONTH_WORD}(?:\s*(?:পর্যন্ত|অবধি))?"),     # ২০১৯ সালের নভেম্বর থেকে ২০২০ সালের ফেব্রুয়ারি পর্যন্ত
        ("yy_range_bn", rf"{y1}\s*(?:সাল|সালের)?\s*(?:থেকে|হতে|(?P<and>ও|এবং))\s+{y2}\s*"
                        rf"(?(and)(?:সালের|-?এর)?\s*(?:মধ্যে|মাঝে)|(?:(?:সাল)?\s*(?:পর্যন্ত|অবধি)|"
                        rf"(?:সালের|-?এর)?\s*(?:মধ্যে|মাঝে)))"),                  # ২০০১ থেকে ২০০৫ সালের মধ্যে
        ("yy_range_hi", rf"{y1}\s*(?:से|(?P<and>और|व|एवं))\s+{y2}\s*(?(and)के\s+(?:बीच|मध्य)|(?:तक|के\s+(?:बीच|मध्य)))"),
        ("yy_range_en", rf"(?:[Ff]rom|[Bb]etween)\s+{y1}\s+(?:to|until|till|and|through)\s+{y2}"),
        ("yy_range_dash", rf"{y1}[-–—/](?P<y2s>\d{{2}}|1\d{{3}}|20\d{{2}})(?![\d/-])"),
        # days
        ("ymd", rf"{y1}{BN_YEAR}\s+{m1}{BN_MONTH_WORD}\s+{d1}{BN_DAY_WORD}"),       # ১৯৯১ সালের ডিসেম্বর মাসের ১৬ তারিখে
        ("ydm", rf"{y1}{BN_YEAR}\s+{d1}\s+{m1}"),                                   # ১৯৯১ সালের ১৬ ডিসেম্বর
        ("dmy", rf"{d1}\s+(?:of\s+)?{m1},?\s+{y1}"),                                # 2 February 1992
        ("mdy", rf"{m1}\s+{d1},?\s+{y1}"),                                          # April 14, 2007
        ("myd", rf"{m1}\s+{y1}\s+(?:की|के)\s+{d1}{HI_DAY_WORD}"),                    # नवंबर 1985 की 15 तारीख़
        ("ymd_hi", rf"{y1}\s+(?:में\s+|के\s+)?{m1}\s+(?:(?:महीने|माह)\s+)?की\s+{d1}{HI_DAY_WORD}"),
        # 2025 में जनवरी महीने की 15 तारीख
        ("iso", rf"(?<![\d/.-]){y1}(?P<sep>[-/.])(?P<mm>0[1-9]|1[0-2])(?P=sep)(?P<dd>0[1-9]|[12]\d|3[01])(?![\d/-])"),
        # months
        ("ym", rf"{y1}{BN_YEAR}\s+{m1}{BN_MONTH_WORD}"),                            # ১৯৯২ সালের মার্চ, ১৯৯২ সালে আগস্ট
        ("my", rf"{m1},?\s+(?:of\s+)?{y1}"),                                        # January 2007, अगस्त 1971
        # yearless day + month (never absolute)
        ("dm", rf"{d1}\s+{m1}"),
        ("md", rf"{m1}\s+{d1}(?!\d|,\s*\d)"),
        ("md_hi", rf"{m1}\s+(?:(?:महीने|माह)\s+)?की\s+{d1}{HI_DAY_WORD}"),             # जनवरी महीने की 15 तारीख
        ("dm_range", rf"(?:[Ff]rom\s+)?{d1}{DASH}{d2}\s+{m1}{UNTIL}"),           # 10 to 14 June, 10 से 14 जून तक
        ("md_range", rf"{m1}\s+{d1}{DASH}{d2}(?!\d|,\s*\d)"),                        # June 10–14
        ("dm_dm_range", rf"(?:[Ff]rom\s+)?{d1}\s+{m1}{TO_ONLY}{d2}\s+{m2}{UNTIL}"),  # 28 June to 2 July
        ("md_md_range", rf"(?:[Ff]rom\s+)?{m1}\s+{d1}{TO_ONLY}{m2}\s+{d2}(?!\d|,\s*\d)"),  # from June 10 to June 14
        # years
        ("year", y1),
        # relative expressions
        ("weekday", rf"{_B}(?:{W}){_E}"),
        ("month_only", rf"{_B}(?P<m1>{M})(?:{BN_IN})?{_E}(?=\s*(?:में|মাসে|মাসের|[,.;।])|\s|$)"),
        ("relative", rf"{_B}(?:{'|'.join(EXTRA_RELATIVE.values())}){_E}"),
    ]
    return [(name, re.compile(p)) for name, p in pats]


# Where each pattern can start. A run of four digits can only open a year-first pattern,
# one or two digits a day-first one; a month, weekday, relative or "from" word the rest.
_YEAR_FIRST = ("ymd_hi", "ymd_range", "ydm_dm_range", "ym_m_range", "ym_ym_range", "yy_range_bn", "yy_range_hi", "yy_range_dash", "ymd", "ydm", "iso", "ym", "year")
_DAY_FIRST = ("dmy_range", "dm_dmy_range", "dmy_dmy_range", "dmy", "dm", "dm_range", "dm_dm_range")
_MONTH_FIRST = ("mdy_range", "myd_range", "myd", "md_hi", "mmy_range", "my_my_range", "mdy_mdy_range", "md_mdy_range", "mdy", "my", "md", "month_only",
                "md_range", "md_md_range")
_FROM_FIRST = ("dmy_range", "my_my_range", "dmy_dmy_range", "mdy_mdy_range", "md_mdy_range", "yy_range_en",
               "dm_range", "dm_dm_range", "md_md_range")
_DIGIT_RUN = re.compile(r"\d+")


@cache
def _digit_run_bmp() -> re.Pattern:
    """_DIGIT_RUN for a text without characters beyond the Basic Multilingual Plane."""
    return re.compile("[" + bmp_class(r"\d") + "]+")


_NEXT_WORD_AFTER = re.compile(rf"[^\s\d]*\s*([^\W\d_][\w{MARKS}]*|[-–—])")
_DAY_LINKS = frozenset(["to", "until", "till", "through", "and", "of", "ও", "এবং", "থেকে", "হতে", "से", "और", "व",
                       "एवं", "শে"])


def _after_year(folded: str, pos: int) -> str:
    """Which year-first patterns can match: they differ in what follows the year."""
    nxt = folded[pos:pos + 2].lstrip()[:1]
    if "\u0980" <= nxt <= "\u09ff":
        return "year_bn"            # সালের …, সাল থেকে …
    if nxt in "-–—/":
        # (a Bengali ending after a hyphen: "২০২৩-এর মার্চে")
        return "year_bn" if "\u0980" <= folded[pos + 1:pos + 2] <= "\u09ff" else "year_dash"  # 2008-03-26, 1992–97
    if "\u0900" <= nxt <= "\u097f":
        return "year_hi"            # 1992 से 1997 तक, 1910 और 1920 के बीच
    return "year_only"


# What follows a month name (and its full stop) decides which month-first patterns can match:
# a number (a day or a year), a link to a second month ("August and September 2022"), or
# neither (the month alone, "in March").
_MONTH_THEN_NUMBER = re.compile(r"\.?,?\s+(?:of\s+|(?:(?:महीने|माह)\s+)?की\s+)?\d")
_MONTH_THEN_LINK = re.compile(r"\.?" + _DASH)


def _after_month(folded: str, pos: int, end: int) -> str:
    if _MONTH_THEN_NUMBER.match(folded, pos, end):
        return "month_number"
    return "month_link" if _MONTH_THEN_LINK.match(folded, pos, end) else "month_alone"


@cache
def _from_then_date() -> re.Pattern:
    """"from" or "between" opens a date only before a number or a month."""
    return re.compile(rf"(?:[Ff]rom|[Bb]etween)\s+(?:\d|{month_table()[1]})")


def _day_may_open_date(folded: str, pos: int, words: dict[str, str]) -> bool:
    """A day-first date needs a month or a range link right after the number (and its ending)."""
    m = _NEXT_WORD_AFTER.match(folded, pos)
    if m is None:
        return False
    w = m.group(1)
    return w in "-–—" or w in _DAY_LINKS or words.get(w) == "month"


@cache
def _dispatch() -> dict[str, list[tuple[int, str, re.Pattern]]]:
    pats = list(enumerate(_patterns()))

    def pick(names: tuple[str, ...]) -> list[tuple[int, str, re.Pattern]]:
        return [(r, n, p) for r, (n, p) in pats if n in names]

    return {"year_bn": pick(("ymd_range", "ydm_dm_range", "ym_m_range", "ym_ym_range", "yy_range_bn", "ymd", "ydm", "ym", "year")),
            "year_dash": pick(("iso", "yy_range_dash", "year")),
            "year_hi": pick(("yy_range_hi", "ymd_hi", "year")),
            "year_only": pick(("year",)),
            "day": pick(_DAY_FIRST), "month_number": pick(tuple(n for n in _MONTH_FIRST if n != "mmy_range")),
            "month_link": pick(("mmy_range", "month_only")), "month_alone": pick(("month_only",)),
            "weekday": pick(("weekday",)), "relative": pick(("relative",)), "from": pick(_FROM_FIRST)}


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


_AND_LINKS = frozenset(["and", "&", "ও", "এবং", "और", "व", "एवं"])
_BETWEEN_BEFORE = re.compile(r"(?i:\b(?:between|from)\s+(?:the\s+)?)$")
_BETWEEN_AFTER = re.compile(r"\s*(?:के\s+(?:बीच|मध्य)|(?:সালের\s+|-?এর\s+)?মধ্যে|(?:সালের\s+)?মাঝে)")

# One date found: (start, end, value, precision) in the folded text.
Found = tuple[int, int, str, str]


def _is_list(m: re.Match, folded: str) -> bool:
    """"16 and 23 July", "March and May 2004": a list of dates, unless "between … and" (or
    "… के बीच", "… মধ্যে") makes it a range."""
    link = m.groupdict().get("link")
    if link not in _AND_LINKS:
        return False
    if m.group(0)[:7].lower().startswith(("between", "from")):
        return False
    return not (_BETWEEN_BEFORE.search(folded, max(0, m.start() - 12), m.start())
                or _BETWEEN_AFTER.match(folded, m.end()))


def _convert(name: str, m: re.Match, folded: str) -> list[Found]:
    g = m.groupdict()
    whole = (m.start(), m.end())

    def year(key: str = "y1") -> int:
        return int(g[key])

    def month(key: str = "m1") -> int:
        return month_number(g[key]) or 0

    def day(key: str = "d1") -> int:
        return int(g[key])

    def two(first_end: str, second_start: str, a: str, b: str, precision: str) -> list[Found]:
        return [(m.start(), m.end(first_end), a, precision), (m.start(second_start), m.end(), b, precision)]

    listed = _is_list(m, folded)
    if name in ("ymd_range", "dmy_range", "mdy_range", "myd_range"):
        y, mo, a, b = year(), month(), day(), day("d2")
        if not (_valid(y, mo, a) and _valid(y, mo, b)) or a >= b:
            return []
        if listed:                       # "13 and 14 September": two days, as any conjunction (4.5)
            return two("d1", "d2", _fmt(y, mo, a), _fmt(y, mo, b), DAY)
        return [(*whole, f"{_fmt(y, mo, a)}/{_fmt(y, mo, b)}", RANGE)]
    if name in ("dm_dmy_range", "ydm_dm_range"):
        y, m1, m2, a, b = year(), month(), month("m2"), day(), day("d2")
        if not (_valid(y, m1, a) and _valid(y, m2, b)) or (m1, a) >= (m2, b):
            return []
        if listed:
            return two("m1", "d2", _fmt(y, m1, a), _fmt(y, m2, b), DAY)
        return [(*whole, f"{_fmt(y, m1, a)}/{_fmt(y, m2, b)}", RANGE)]
    if name in ("mmy_range", "ym_m_range"):
        y, a, b = year(), month(), month("m2")
        if not (a and b) or a >= b:
            return []
        if listed:
            return two("m1", "m2", _fmt(y, a), _fmt(y, b), MONTH)
        return [(*whole, f"{_fmt(y, a)}/{_fmt(y, b)}", RANGE)]
    if name in ("my_my_range", "ym_ym_range"):
        a, b = (year(), month()), (year("y2"), month("m2"))
        if not (a[1] and b[1]) or a >= b:
            return []
        if listed:
            return two("y1", "m2", _fmt(*a), _fmt(*b), MONTH)
        return [(*whole, f"{_fmt(*a)}/{_fmt(*b)}", RANGE)]
    if name in ("dmy_dmy_range", "mdy_mdy_range", "md_mdy_range"):
        a, b = (year(), month(), day()), (year("y2" if g.get("y2") else "y1"), month("m2"), day("d2"))
        return [(*whole, f"{_fmt(*a)}/{_fmt(*b)}", RANGE)] if _valid(*a) and _valid(*b) and a < b else []
    if name in ("yy_range_bn", "yy_range_hi", "yy_range_en"):
        a, b = year(), year("y2")
        return [(*whole, f"{a:04d}/{b:04d}", RANGE)] if a < b else []
    if name == "yy_range_dash":
        a, tail = year(), g["y2s"]
        b = int(str(a)[:2] + tail) if len(tail) == 2 else int(tail)
        if not (a < b <= a + 50):
            return []
        return [(*whole, f"{a:04d}/{b:04d}", RANGE)]
    if name in ("ymd", "ydm", "dmy", "mdy", "myd", "ymd_hi"):
        y, mo, d = year(), month(), day()
        return [(*whole, _fmt(y, mo, d), DAY)] if _valid(y, mo, d) else []
    if name == "iso":
        y, mo, d = year(), int(g["mm"]), int(g["dd"])
        return [(*whole, _fmt(y, mo, d), DAY)] if _valid(y, mo, d) else []
    if name in ("ym", "my"):
        mo = month()
        return [(*whole, _fmt(year(), mo), MONTH)] if mo else []
    if name == "year":
        return [(*whole, _fmt(year()), YEAR)]
    return []


_RELATIVE_KINDS = frozenset(("weekday", "month_only", "relative", "dm", "md", "md_hi"))
_YEARLESS_RANGES = frozenset(("dm_range", "md_range", "dm_dm_range", "md_md_range"))


def _yearless_range(name: str, m: re.Match, folded: str, base: int) -> list[DateMention]:
    """A span of days without a year ("June 10–14", "from 10 to 14 June"): one mention for the
    clock to complete into a range; a list ("on 10 and 14 June") is two days (ANNOTATION 4.5)."""
    g = m.groupdict()
    a = (month_number(g["m1"]) or 0, int(g["d1"]))
    b = ((month_number(g["m2"]) or 0) if g.get("m2") else a[0], int(g["d2"]))
    if not (a[0] and b[0]) or a >= b:
        return []
    if _is_list(m, folded):
        return [DateMention(m.start() + base, m.end("d1") + base, None, UNDATED, True, True, a[0], a[1]),
                DateMention(m.start("d2") + base, m.end() + base, None, UNDATED, True, True, b[0], b[1])]
    return [DateMention(m.start() + base, m.end() + base, None, UNDATED, True, True, a[0], a[1],
                        end_month=b[0], end_day=b[1])]
_first = itemgetter(0)
_length_then_rank = itemgetter(0, 1)
_MAY = re.compile(r"^May\.?$")
_ON_BEFORE = re.compile(r"(?i:\b(?:on|by|since|until|till|from)\s+)$")
# A month name alone after a capitalised word that opens no date is a name's word ("the Green
# March", "the Long March"), not a month.
_NAME_BEFORE = re.compile(r"\b(?!(?:In|On|By|Since|Until|Till|From|Early|Late|Mid|Last|Next|This|That|Each|Every|"
                          r"And|Or|Of|The|During|Before|After)\b)[A-Z][a-z]+\s$")

# A Bengali or Hindi month name with no ending of its own is a month only before a postposition, a
# month word, a conjunction or punctuation ("মে মাসে", "মে থেকে", "मई में"); before another word it is a
# name's word ("মে সাই সীমান্তে", "লং মার্চ শুরু"): these scripts have no capitals to tell.
_INDIC_MONTH_NEXT = re.compile(
    r"\s*(?:[,.;:।)\-–]|$|(?:মাস|মাসে|মাসের|থেকে|হতে|পর্যন্ত|অবধি|নাগাদ|ও|এবং|আর|বা|মধ্যে|"
    r"में|से|तक|के|की|का|को|महीने|महीना|माह|और|या|व|तथा|एवं)" + _E + ")")


def _bare_indic_month_in_name(folded: str, m: re.Match, hi: int) -> bool:
    month = m.group("m1")
    return (m.end() == m.end("m1") and "\u0900" <= month[:1] <= "\u09ff" and not _inflected(month)
            and not _INDIC_MONTH_NEXT.match(folded, m.end(), hi))


def _inflected(month: str) -> bool:
    """A Bengali month name with a case ending ("এপ্রিলে"; not "মে", whose vowel sign is its own)."""
    table, _ = month_table()
    return any(month.endswith(e) and month[:-len(e)] in table for e in BN_MONTH_ENDINGS)


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date mentions in text[start:end], left to right, not overlapping."""
    end = len(text) if end is None else end
    # Fold only the window (plus a little context for the look-behinds), not the whole text.
    base = max(0, start - 16)
    folded = fold_digits(text[base:min(len(text), end + 16)])
    lo, hi = start - base, end - base
    # Try the patterns only where a date can begin: at digits, or at a month, weekday or
    # "from" word. Scanning every position with twenty patterns was ten times slower.
    dispatch = _dispatch()
    anchors = []
    words = anchor_words()
    astral = has_astral(folded)
    for m in (_DIGIT_RUN if astral else _digit_run_bmp()).finditer(folded, lo, hi):
        n = m.end() - m.start()
        if n == 4:
            anchors.append((m.start(), dispatch[_after_year(folded, m.end())]))
        elif n <= 2 and _day_may_open_date(folded, m.end(), words):
            anchors.append((m.start(), dispatch["day"]))
    matches = list((WORD_RE if astral else _word_re_bmp()).finditer(folded, lo, hi))
    kinds = list(map(words.get, map(re.Match.group, matches)))
    from_then_date = _from_then_date()
    for m, k in zip(compress(matches, kinds), filter(None, kinds), strict=True):
        if k == "month":
            k = _after_month(folded, m.end(), hi)
        elif k == "from" and not from_then_date.match(folded, m.start(), hi):
            continue
        anchors.append((m.start(), dispatch[k]))
    # Leftmost first; at one position the longest match, then the pattern listed first. A
    # position inside a date already taken is not tried at all.
    anchors.sort(key=_first)
    out: list[DateMention] = []
    taken_until = start - base
    for pos, pats in anchors:
        if pos < taken_until:
            continue
        cands: list[tuple[int, int, str, re.Match]] = []
        for rank, name, pat in pats:
            m = pat.match(folded, pos, hi)
            if m is not None and m.end() > pos:
                cands.append((pos - m.end(), rank, name, m))
        if len(cands) > 1:
            cands.sort(key=_length_then_rank)
        for neg_len, _rank, name, m in cands:
            e = pos - neg_len
            if name in ("md", "month_only", "dm") and _MAY.match(m.group("m1") or "") and not (
                    name in ("md", "dm") and (_ON_BEFORE.search(folded, max(0, pos - 8), pos)
                                             or folded[pos - 1:pos] == "(")):
                continue                     # "May" the verb, unless a year follows, "on May 4", "(4 May)"
            if name == "month_only" and (_NAME_BEFORE.search(folded, max(0, pos - 16), pos)
                                         or _bare_indic_month_in_name(folded, m, hi)):
                continue
            if name in _YEARLESS_RANGES:
                spans = _yearless_range(name, m, folded, base)
                if not spans:
                    continue
                out.extend(spans)
                taken_until = e
                break
            if name in _RELATIVE_KINDS:
                mo, dd = (month_number(m.group("m1")) or 0, int(m.group("d1"))) if name in ("dm", "md", "md_hi") else \
                    (month_number(m.group("m1")) or 0 if name == "month_only" else 0, 0)
                out.append(DateMention(pos + base, e + base, None, UNDATED, relative=True,
                                       yearless=bool(dd), month=mo, day=dd))
                taken_until = e
                break
            if name in ("year", "yy_range_dash") and not year_ok(folded, pos, e):
                continue
            found = _convert(name, m, folded)
            if not found:
                continue
            out.extend(DateMention(s + base, fe + base, value, precision) for s, fe, value, precision in found)
            taken_until = e
            break
    # (a day word only comes before a month: without one the words are not looked for)
    if any(map(_is_month, out)) and _DAY_WORD_HINT.search(text, start, end):
        return [_with_day_word(text, d, start) for d in out]
    return out


# A day number written as a word right before a month ("सत्रह मई 1983", "दो जून को", "পহেলা জানুয়ারি").
_DAY_WORD_BEFORE = re.compile(_B + "(" + "|".join(sorted(DAY_WORDS, key=len, reverse=True))
                              + r")\s+$")
_DAY_WORD_HINT = re.compile("|".join(sorted(DAY_WORDS, key=len, reverse=True)))


def _is_month(d: DateMention) -> bool:
    return d.precision == MONTH or bool(d.relative and d.month and not d.day)


def _with_day_word(text: str, d: DateMention, start: int) -> DateMention:
    """A month (with or without its year) that a day word comes right before, as that day."""
    m = _DAY_WORD_BEFORE.search(text, max(start, d.start - 12), d.start) if _is_month(d) else None
    if m is None:
        return d
    day = DAY_WORDS[m.group(1)]
    if d.value:                                    # "सत्रह मई 1983"
        y, mo = int(d.value[:4]), int(d.value[5:7])
        if day > calendar.monthrange(y, mo)[1]:
            return d
        return DateMention(m.start(), d.end, f"{d.value}-{day:02d}", DAY)
    return DateMention(m.start(), d.end, None, UNDATED, relative=True, yearless=True, month=d.month, day=day)

