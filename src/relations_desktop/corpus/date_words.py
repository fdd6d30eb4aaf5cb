"""The words of dates in English, Bengali and Hindi: month and weekday names from CLDR (through
Babel) with the spellings writers use besides, the words of relative time, and the words that
can open a date (where the tagger tries its patterns)."""

from __future__ import annotations

from functools import cache

from babel import Locale

from relations_desktop.corpus.nametrie import trie_regex

# Spellings writers use besides CLDR's (general to each language, not to any document).
_MONTH_VARIANTS = {
    "en": {9: ["Sept"]},
    "bn": {8: ["অগাস্ট", "অগস্ট", "আগষ্ট", "আগাস্ট"], 9: ["সেপ্টেম্বার"], 10: ["অক্টোবার", "অক্টবর"],
           11: ["নভেম্বার"], 12: ["ডিসেম্বার"], 4: ["এপ্রিলে"]},
    "hi": {4: ["अप्रेल"], 9: ["सितम्बर"], 10: ["अक्तूबर", "अक्तुबर"], 11: ["नवम्बर"], 12: ["दिसम्बर"]},
}
EXTRA_RELATIVE = {
    "en": r"yesterday|today|tomorrow|(?:last|this|next|past|previous|coming) (?:week|month|year|weekend)|"
          r"earlier this (?:week|month|year)|(?:a|one|two|three|several) (?:days|weeks|months|years) ago|"
          r"recently",
    "bn": r"গতকাল|আজ|আগামীকাল|গত (?:সপ্তাহে|মাসে|বছর|বছরে|বছরের)|চলতি (?:সপ্তাহে|মাসে|বছর|বছরে)|"
          r"এ বছর|এই বছর|এই সপ্তাহে|এই মাসে|আগামী (?:সপ্তাহে|মাসে|বছর)|সম্প্রতি",
    "hi": r"कल|आज|परसों|पिछले (?:साल|वर्ष|हफ्ते|हफ़्ते|सप्ताह|महीने|माह)|इस (?:साल|वर्ष|हफ्ते|हफ़्ते|सप्ताह|महीने)|"
          r"गत (?:वर्ष|सप्ताह|माह)|अगले (?:साल|वर्ष|हफ्ते|सप्ताह|महीने)|हाल ही में",
}


def _variants(name: str, lang: str) -> set[str]:
    out = {name}
    if lang == "bn" and name[-1:] in "িী":
        out.add(name[:-1] + ("ি" if name[-1] == "ী" else "ী"))
    return out


@cache
def month_table() -> tuple[dict[str, int], str]:
    table: dict[str, int] = {}
    for lang in ("en", "bn", "hi"):
        loc = Locale.parse(lang)
        for ctx in ("format", "stand-alone"):
            widths = ("wide", "abbreviated") if lang == "en" else ("wide",)
            for width in widths:
                for num, name in loc.months[ctx][width].items():
                    for v in _variants(name, lang):
                        table[v] = num
        for num, names in _MONTH_VARIANTS.get(lang, {}).items():
            for name in names:
                for v in _variants(name, lang):
                    table[v] = num
    return table, trie_regex(list(table))


@cache
def weekday_alternation() -> str:
    names: set[str] = set()
    for lang in ("en", "bn", "hi"):
        loc = Locale.parse(lang)
        for ctx in ("format", "stand-alone"):
            names.update(loc.days[ctx]["wide"].values())
    return trie_regex(sorted(names))


def month_number(word: str) -> int | None:
    table, _ = month_table()
    if word in table:
        return table[word]
    stripped = word.replace("\u093c", "").replace("\u09bc", "").replace("\u0901", "\u0902").rstrip(".")
    for name, num in table.items():
        if name.replace("\u093c", "").replace("\u09bc", "").replace("\u0901", "\u0902") == stripped:
            return num
    return None


# The endings a Bengali month name takes (ডিসেম্বরে, জুলাইয়ের, ফেব্রুয়ারিতেই), longest first.
BN_MONTH_ENDINGS = ("য়েই", "য়ের", "তেই", "য়ে", "েই", "তে", "ের", "ে", "এ", "র", "ই")
_RELATIVE_FIRST_WORDS = {
    "en": "yesterday today tomorrow last this next past previous coming earlier a one two three several recently",
    "bn": "গতকাল আজ আগামীকাল গত চলতি এ এই আগামী সম্প্রতি",
    "hi": "कल आज परसों पिछले इस गत अगले हाल",
}
_NO_NUKTA = dict.fromkeys([0x093C, 0x09BC])


@cache
def anchor_words() -> dict[str, str]:
    """Words that can open a date: months (with Bengali endings), weekdays, the first word of
    a relative expression, and "from"/"between". Looked up per word, nukta ignored."""
    table, _ = month_table()
    words: dict[str, str] = {}
    for w in ("from", "From", "between", "Between"):
        words[w] = "from"
    for lang, first in _RELATIVE_FIRST_WORDS.items():
        for w in first.split():
            words[w] = "relative"
            if lang == "en":
                words[w.capitalize()] = "relative"
    for lang in ("en", "bn", "hi"):
        loc = Locale.parse(lang)
        for ctx in ("format", "stand-alone"):
            for w in loc.days[ctx]["wide"].values():
                words[w] = words[w.translate(_NO_NUKTA)] = "weekday"
    for name in table:
        # with and without nukta, as words are looked up exactly
        for form in {name, name.translate(_NO_NUKTA)}:
            words[form] = "month"
            if "\u0980" <= name[:1] <= "\u09ff":
                for ending in BN_MONTH_ENDINGS:
                    words[form + ending] = "month"
    return words


# Day numbers written as words before a month ("तीन मई", "पहली जनवरी", "সতেরো মে"): 1 to 31.
DAY_WORDS: dict[str, int] = {
    **dict.fromkeys(["एक", "पहली", "पहला"], 1), "दो": 2, "तीन": 3, "चार": 4, **dict.fromkeys(["पांच", "पाँच"], 5),
    **dict.fromkeys(["छह", "छः", "छै"], 6), "सात": 7, "आठ": 8, "नौ": 9, "दस": 10, "ग्यारह": 11, "बारह": 12,
    "तेरह": 13, "चौदह": 14, **dict.fromkeys(["पंद्रह", "पन्द्रह"], 15), "सोलह": 16, "सत्रह": 17, "अठारह": 18,
    "उन्नीस": 19, "बीस": 20, "इक्कीस": 21, "बाईस": 22, "तेईस": 23, "चौबीस": 24, "पच्चीस": 25, "छब्बीस": 26,
    "सत्ताईस": 27, **dict.fromkeys(["अट्ठाईस", "अठाईस"], 28), "उनतीस": 29, "तीस": 30, "इकतीस": 31,
    **dict.fromkeys(["এক", "পহেলা", "পয়লা", "পয়লা"], 1), "দুই": 2, "তিন": 3, "চার": 4, "পাঁচ": 5,
    **dict.fromkeys(["ছয়", "ছয়"], 6), "সাত": 7, "আট": 8, **dict.fromkeys(["নয়", "নয়"], 9), "দশ": 10,
    "এগারো": 11, "বারো": 12, "তেরো": 13, "চৌদ্দ": 14, "পনেরো": 15, "ষোলো": 16, "সতেরো": 17, "আঠারো": 18,
    "উনিশ": 19, "বিশ": 20, "একুশ": 21, "বাইশ": 22, "তেইশ": 23, "চব্বিশ": 24, "পঁচিশ": 25, "ছাব্বিশ": 26,
    "সাতাশ": 27, "আটাশ": 28, "ঊনত্রিশ": 29, "ত্রিশ": 30, "একত্রিশ": 31,
}
