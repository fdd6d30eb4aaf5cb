"""Words that mark the headings of a copied wiki page in the three languages: the names of its
back-matter sections, and the edit link a heading keeps when the page is copied as text."""

from __future__ import annotations

import regex

from relations_desktop.textnorm import fold_digits

_BACK_MATTER_HEADINGS = frozenset(
    fold_digits(h).casefold() for h in (
        "References", "Notes", "Footnotes", "Citations", "Sources", "Bibliography", "External links",
        "Further reading", "See also", "Notes and references", "References and notes",
        "তথ্যসূত্র", "টীকা", "তথ্যসূত্র ও টীকা", "বহিঃসংযোগ", "আরও দেখুন", "আরো দেখুন", "উৎস", "গ্রন্থপঞ্জি",
        "সূত্র", "তথ্যসূত্রসমূহ",
        "संदर्भ", "सन्दर्भ", "टिप्पणी", "टिप्पणियाँ", "बाहरी कड़ियाँ", "इन्हें भी देखें", "स्रोत",
        "संदर्भ सूची", "सन्दर्भ सूची",
    )
)

# MediaWiki's section edit links ("History[edit]", "ইতিহাস[সম্পাদনা]", "इतिहास[संपादित करें]",
# "[edit | edit source]"), at the end of a line.
_EDIT_LINK = regex.compile(
    r"[ \t]*\[[ \t]*(?:edit|edit source|সম্পাদনা|উৎস সম্পাদনা|সম্পাদনা করুন|"
    r"(?:स्रोत\s+)?(?:संपादित|सम्पादित)\s+करें|संपादन|सम्पादन)"
    r"(?:[ \t]*\|[ \t]*(?:edit source|উৎস সম্পাদনা|(?:स्रोत\s+)?(?:संपादित|सम्पादित)\s+करें))?[ \t]*\][ \t]*$",
    regex.IGNORECASE)
_LABEL_MAX = 120


def is_back_matter_heading(label: str) -> bool:
    return fold_digits(label.strip(" =:")).casefold() in _BACK_MATTER_HEADINGS


def edit_link_start(text: str, start: int, end: int) -> int | None:
    """Where the edit link closing the line ``text[start:end]`` begins, when the line is a
    heading with one (or the link alone); None otherwise."""
    if "[" not in text[start:end]:
        return None
    m = _EDIT_LINK.search(text, start, end)
    if m is None or m.start() - start > _LABEL_MAX or "|" in text[start:m.start()]:
        return None
    return m.start()
