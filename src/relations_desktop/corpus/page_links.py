"""The lines of a web page that lead elsewhere or place it in its site, never its story: links to
other stories and the next part of a series, tags and categories, a blog's archive list."""

from __future__ import annotations

import re

import regex

# Links to other stories ("Also read: …", "আরও পড়ুন: …", "यह भी पढ़ें: …"): navigation.
READ_ALSO = re.compile(
    r"[ \t]*(?:(?i:also read|read also|read more|see more|"
    r"related(?:\s+(?:articles?|stories|news|links|coverage|posts))?)|"
    r"আরও পড়ুন|আরো পড়ুন|আরও দেখুন|"
    r"পড়ুন\s*(?:আরও|আরো)|यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें|पढ़ें भी|और पढ़ें)\s*[:：-]|"
    # the next or the previous part of a series ("Next part: …", "পরবর্তী পর্ব: …", "अगला भाग »"), not
    # "Previous post-war …" or "Next chapter – the 2000s: …"
    r"[ \t]*(?:(?i:next|previous)\s+(?i:part|article|post|chapter)|পরবর্তী\s+(?:পর্ব|অংশ|লেখা)|"
    r"(?:আগের|পূর্ববর্তী|পরের)\s+(?:পর্ব|অংশ|লেখা)|(?:अगला|पिछला)\s+(?:भाग|लेख|अंक|पोस्ट|अध्याय))\s*[:：»]")
# A list of links to other stories under a heading of its own ("Related news", "সম্পর্কিত খবর",
# "संबंधित खबरें"), which needs no colon: the lines under it, up to a blank line, are its links.
RELATED_HEADING = re.compile(
    r"[ \t]*(?:(?i:related(?:\s+(?:news|stories|articles|coverage|posts|links|reads))?|more\s+(?:news|stories)|"
    r"you\s+may\s+also\s+like|recommended(?:\s+(?:stories|for\s+you))?|most\s+read)|"
    r"(?:এ\s+)?(?:সম্পর্কিত|সংশ্লিষ্ট)\s+(?:আরও\s+)?(?:খবর|সংবাদ|প্রতিবেদন)|আরও\s+খবর|আরো\s+খবর|"
    r"সর্বাধিক\s+পঠিত|(?:सम्बंधित|संबंधित|सम्बन्धित)\s+(?:ख\u093c?बरें|ख\u093c?बर|समाचार|लेख)|"
    r"(?:और|अन्य)\s+ख\u093c?बरें|सबसे\s+ज\u093c?्यादा\s+पढ़ी\s+गई)\s*[:：]?[ \t]*")
# A blog's archive list: a month, its year and the count of posts ("May 2023 (2)", "মে ২০২৩ (২)").
ARCHIVE_LINE = regex.compile(r"[^\W\d_][\w\p{M}]*\.?,?[ \t]+\d{4}[ \t]*\(\d{1,4}\)")
# Navigation and a page's place in its site: a series banner, the wiki's tagline, tags, categories.
NAVIGATION = regex.compile(r"This article is part of a series|Part of a series on|Jump to navigation|"
                            r"From Wikipedia, the free encyclopedia|উইকিপিডিয়া, মুক্ত বিশ্বকোষ থেকে|"
                            r"मुक्त ज्ञानकोश विकिपीडिया से|"
                            # a page's tags and categories
                            r"\s*(?:(?i:tags?|tagged|categories|category|filed under)|ট্যাগ|বিষয়শ্রেণী|"
                            r"বিষয়শ্রেণি|श्रेणी|श्रेणियाँ|श्रेणियां|टैग)\s*[:：]")

# An editor's note or a correction below a story: about the story, not what it tells ("Editor's note: …",
# "(This story has been corrected to show …)", "संपादक की टिप्पणी: …", "সম্পাদকের নোট: …").
# ("Correction:" and its like only where the note speaks of the story: a list item may open so too)
EDITORS_NOTE = regex.compile(
    r"\W*(?:(?i:editor['’]?s\s+note)\s*[:：]|"
    r"(?i:(?:correction|clarification)\s*[:：][^\n]{0,100}?\b(?:story|report|earlier\s+version|previous\s+version|"
    r"incorrectly|misstated|wrongly)\b)|"
    r"(?i:this\s+(?:story|report|news\s+item)\s+(?:has\s+been|was|had\s+been)\s+(?:corrected|updated|amended|"
    r"changed)|this\s+article\s+(?:has\s+been|was)\s+(?:corrected|updated)\s+to\s+(?:show|correct|reflect|clarify))|"
    r"(?:संपादक\s+की\s+टिप्पणी|संपादकीय\s+(?:नोट|टिप्पणी))\s*[:：]|"
    r"(?:সম্পাদকের\s+(?:নোট|টীকা|মন্তব্য)|সম্পাদকীয়\s+নোট)\s*[:：])")

# A wiki's maintenance banner, dated by the month it was placed ("This article needs additional citations
# … (March 2021) (Learn how and when to remove this message)"): the page's upkeep, not what it tells.
MAINTENANCE = regex.compile(
    r"\((?i:learn how and when to remove this(?: template)? message)\)|"
    r"(?:কীভাবে|কিভাবে)\s+(?:ও|এবং)\s+কখন\s+[^\n()]{0,40}(?:সরা|অপসারণ)|কখন\s+(?:ও|এবং)\s+(?:কীভাবে|কিভাবে)\s+"
    r"[^\n()]{0,40}(?:সরা|অপসারণ)|(?:कैसे\s+और\s+कब|कब\s+और\s+कैसे)\s+[^\n()]{0,40}हटा")
