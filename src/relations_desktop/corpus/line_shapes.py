"""The shapes of single lines of plain text: a heading or caption, a page's title (a headline,
a series part's number, a site's name after a bar)."""

from __future__ import annotations

import regex

_SENTENCE_END = regex.compile(r"[.!?।॥:;\"”’)\]]\s*$")
_DIGIT_IN = regex.compile(r"\d")
_TITLE_WORDS = 16
_TITLE_CHARS = 160
# The number of a part in a series that closes a title: "(Part 3)", "(भाग-3)", "(পর্ব ২)".
_PART_NUMBER = regex.compile(r"\s*\((?:(?i:part|pt\.?|vol\.?)|भाग|पार्ट|खंड|পর্ব|ভাগ|খণ্ড)[\s\-–:]*"
                             r"(?:\d+|[IVX]+)\)$")
_SITE_WORDS = 5
_HEADLINE_WORDS = 3


def looks_like_heading(line: str) -> bool:
    """A short line without sentence punctuation: a plain-text heading or caption."""
    stripped = line.strip()
    if not stripped or len(stripped) > 90 or (_SENTENCE_END.search(stripped) and not stripped.endswith("D.C.")):
        return False
    words = stripped.split()
    return len(words) <= 9


def looks_like_title(line: str) -> bool:
    """The first line of a page: a heading, or a news headline of up to 16 words without a
    sentence's end ("(LEAD) S. Korea, Poland sign $5.8 bln deal for tanks, howitzers")."""
    stripped = line.strip()
    return looks_like_heading(line) or (
        0 < len(stripped) <= _TITLE_CHARS and len(stripped.split()) <= _TITLE_WORDS
        and not _SENTENCE_END.search(_part_number_gone(stripped)))


def _part_number_gone(line: str) -> str:
    """The line without the number of its part in a series, where it holds no other digit (a dated
    headline stays a sentence)."""
    rest = _PART_NUMBER.sub("", line)
    return line if rest == line or _DIGIT_IN.search(rest) else rest


def titled_with_site(line: str, below: str = "") -> bool:
    """A page's first line giving its headline and then, after a bar, its site's or section's name
    ("India–Bangladesh relations | Wikipedia", "अफ्रीका में फ़्रांस | करेंट अफेयर्स नोट्स"), as a
    browser's title does: not a table's first row, whose cells are short, dated or keyed, nor
    one the line ``below`` goes on with as a row of as many cells (a key's line, "Posted: … |
    Category: …", goes on with no table)."""
    stripped = line.strip()
    parts = [p.strip() for p in stripped.split("|")]
    if not 2 <= len(parts) <= 3 or not all(parts) or len(parts[0].split()) < _HEADLINE_WORDS:
        return False
    cells = [p.strip() for p in below.strip().strip("|").split("|")]
    if len(cells) == len(parts) and not any(":" in c for c in cells):
        return False
    return looks_like_title(parts[0]) and all(
        len(p.split()) <= _SITE_WORDS and not _DIGIT_IN.search(p) and ":" not in p for p in parts[1:])
