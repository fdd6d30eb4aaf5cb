"""The phrases that steer the cue words of corpus.cues: the words that turn an act against a
state, that point back to the act told before, that keep a clause from being a visit's outcome,
the label nouns of tables and keys, and the nouns that name an instrument or a war with its year.
"""

from __future__ import annotations

# "1994 तक … कोई राजनयिक संबंध नहीं थे": no relations until a year dates their start (a cue of
# relations_established), and makes the year no target.
NO_RELATIONS_UNTIL_HI = (r"तक\s+(?:\S+\s+){0,6}?(?:कोई\s+)?(?:राजनयिक\s+|औपचारिक\s+)?(?:संबंध|सम्बन्ध|रिश्ते)\s+नहीं\s+"
                         r"(?:थे|था)")

# Words that turn an act against a state (literal words), and on which side of them the state is
# named: an act "against" a member of the pair is hostile to it, whatever else its clause tells
# ("let its enemy's aircraft refuel in the war against B", "B-এর বিরুদ্ধে অভিযান", "B के खिलाफ कार्रवाई").
AGAINST: dict[str, tuple[list[str], str]] = {
    "en": (["against", "Against"], "after"),
    "bn": (["বিরুদ্ধে"], "before"),
    "hi": (["खिलाफ", "ख़िलाफ़", "खिलाफ़", "विरुद्ध", "विरूद्ध"], "before"),
}

# A defeat or a surrender, with the side defeated or surrendered to named right after (English) or
# right before (Bengali, Hindi): a clash between the two when no third state takes part (an ally's
# surrender to the two together is no conflict between them).
DEFEATED: list[tuple[list[str], str]] = [
    (["defeated", "routed", "vanquished", "surrendered to", "capitulated to"], "after"),       # en
    (["surrendered", "capitulated"], "before"),                                               # en
    (["পরাজিত", "আত্মসমর্পণ", "হারিয়ে দেয়", "হারিয়ে দেন"], "before"),                           # bn
    (["हराया", "हरा दिया", "हरा दी", "परास्त", "आत्मसमर्पण", "हथियार डाल"], "before"),           # hi
]

# Words that point back to the act or the series told just before ("the 9th edition", "was renamed",
# "इसका १२वाँ संस्करण"): the clause holding one is typed as that act (a joint exercise's editions
# are military; a treaty's renaming is an agreement).
POINTERS: dict[str, list[str]] = {
    "en": [r"(?i:editions?|iterations?|renamed|(?:began|started|launched) as)\b",
           r"(?i:(?<!were )(?<!was )(?<!been )(?<!being )returned (?:home|to (?:his|her|their|its) "
           r"(?:country|capital|homeland))|withdrew|pulled out|left for home)\b",
           r"(?i:closed it|shut it down)\b"],
    "bn": [r"সংস্করণ", r"নামকরণ\s*কর", r"নাম\s*(?:বদল|পরিবর্তন)", r"নামে\s*(?:\S+\s+)?(?:শুরু|যাত্রা)",
           r"ফিরে\s*(?:আসে|যায়|আসেন|যান|গেছে|এসেছে)", r"দেশে\s*ফের", r"(?:তা|সেটি|এটি|সেটা)\s*বন্ধ\s*কর"],
    "hi": [r"संस्करण", r"नाम\s*(?:बदल|बदला|बदली|परिवर्तित)", r"के\s*नाम\s*से", r"वापस\s*(?:लौट|आ|चल)",
           r"स्वदेश\s*लौट", r"(?:उसे|इसे)\s*बंद\s*कर"],
}

# Words that keep a clause from telling what a visit brought about: it talks about a topic
# ("discussed trade", "reviewed the agreements", "বাণিজ্য নিয়ে আলোচনা", "सहयोग पर चर्चा"), gives a
# reason or a contrast ("because …", "but …", "কারণ", "लेकिन"), denies ("did not sign", "সই হয়নি",
# "नहीं हुआ"), or has a time of its own ("the same year", "later", "একই বছর", "बाद में", "the day when").
NOT_OUTCOME: dict[str, list[str]] = {
    "en": [r"(?i:discuss(?:ed|es|ing)?|discussions?|talk(?:ed|s)? (?:about|on|over)|review(?:ed|s|ing)?|"
           r"exchanged views|took stock|focus(?:ed|sed) on|explor(?:ed|ing)|called for|urged)\b",
           r"(?i:because|but|although|though|whereas|yet|not|no|never|without|failed|refus(?:ed|ing))\b",
           r"(?i:the same (?:year|month|day)|later|the (?:next|following) (?:day|month|year)|subsequently|"
           r"afterwards|(?:the|that) (?:day|date|year) (?:when|on which|in which))\b"],
    "bn": [r"আলোচনা", r"আলাপ", r"কথা\s*বল", r"মতবিনিময়", r"পর্যালোচনা", r"গুরুত্বারোপ", r"আহ্বান",
           r"কারণ", r"কিন্তু", r"তবে", r"যদিও", r"(?<![\u0980-\u09ff])না(?:ই)?(?![\u0980-\u09ff])",
           r"(?:ে|েন|য়)নি(?![\u0980-\u09ff])", r"ব্যর্থ", r"প্রত্যাখ্যান",
           r"একই\s*(?:বছর|মাস|দিন)", r"পরবর্তী", r"পরদিন", r"পরের\s*(?:বছর|মাস|দিন)", r"যেদিন", r"যে\s*(?:দিন|বছর)"],
    "hi": [r"चर्चा", r"बातचीत", r"विचार[-\s]विमर्श", r"समीक्षा", r"विचारों\s*का\s*आदान", r"ज़ोर\s*दिया",
           r"जोर\s*दिया", r"आह्वान", r"क्योंकि", r"लेकिन", r"परंतु", r"परन्तु", r"हालांकि", r"किंतु", r"नहीं",
           r"\sन\s", r"विफल", r"इनकार", r"इंकार", r"(?:उसी|इसी)\s*(?:वर्ष|साल|महीने|दिन)", r"बाद\s*में",
           r"अगले\s*(?:वर्ष|साल|महीने|दिन)", r"जिस\s*(?:दिन|वर्ष|साल|तिथि|तारीख)"],
}

# Noun phrases that type the dates under them only as a label (a table's header cell, the key of
# a "key: value" line); in running text they name a topic, not an act.
LABEL_CUES: dict[str, dict[str, list[str]]] = {
    "conflict": {
        "en": [r"(?i:relations\s+(?:ended|severed|broken|broken off|cut|terminated)|(?:date of\s+)?(?:break|rupture|"
               r"severance)(?:\s+of\s+relations)?|switched\s+(?:to|recognition))\b"],
        "bn": [r"সম্পর্ক\s*(?:ছিন্ন|বিচ্ছেদ|ছেদ)", r"সম্পর্কচ্ছেদ"],
        "hi": [r"(?:संबंध|सम्बन्ध)\s*(?:विच्छेद|टूटे|तोड़े|समाप्त)"],
    },
    "relations_established": {
        "en": [r"(?i:diplomatic relations|relations (?:established|since|began)|establishment of (?:\w+\s+)?relations|"
               r"established relations)\b"],
        "bn": [r"কূটনৈতিক\s*সম্পর্ক", r"সম্পর্ক\s*(?:স্থাপন|প্রতিষ্ঠা|শুরু)", r"সম্পর্কের\s*(?:সূচনা|শুরু|প্রতিষ্ঠা)"],
        "hi": [r"राजनयिक\s*(?:संबंध|सम्बन्ध)", r"(?:संबंध|सम्बन्ध)\s*(?:स्थापना|स्थापित|शुरू)"],
    },
    # a visits table's column of who came ("| Visiting leader | Destination | Date |"; not "Visitors",
    # which counts tourists; the running text's cues already tell "সফরকারী" and "अतिथि")
    "visit": {
        "en": [r"(?i:visiting\s+(?:leaders?|dignitar(?:y|ies)|officials?|heads?\s+of\s+(?:state|government)))\b"],
        "bn": [r"সফরকারী\s*(?:নেতা|রাষ্ট্রপ্রধান|সরকারপ্রধান)"],
        "hi": [r"(?:यात्रा|दौरा)\s+करने\s+वाले\s+(?:नेता|राष्ट्राध्यक्ष)"],
    },
    "embassy": {
        "en": [r"(?i:missions?)\b"],
        "bn": [r"মিশন"],
        "hi": [r"मिशन"],
    },
}

# Nouns that name an instrument or a war: a year right before them dates that instrument or war
# ("the 1994 treaty", "1960 की सिंधु जल संधि", "১৯৭২ সালের সিমলা চুক্তি", "the 1971 war").
NAMED_WITH_YEAR: dict[str, str] = {
    "agreement": r"(?i:treaty|agreement|accord|pact|protocol|convention|declaration|communiqu[eé]|"
                 r"memorandum|MoU|joint statement)\b|"
                 r"চুক্তি|সমঝোতা|প্রটোকল|ঘোষণা|संधि|समझौत|करार|घोषणा",
    # a ceasefire (যুদ্ধবিরতি, युद्धविराम) and a warship or a war exercise are not a war; nor is a war
    # that only frames what was done during it ("১৯৭৩ সালের যুদ্ধ চলাকালে …", "১৯৭১ সালের যুদ্ধে …",
    # "1971 के युद्ध के दौरान …", "1971 के युद्ध में …")
    "conflict": r"(?:(?i:war|conflict|invasion)\b|যুদ্ধ(?!বিরতি|জাহাজ|বিধ্বস্ত|াহত|বিমান)|সংঘাত|"
                r"युद्ध(?!विराम|ाभ्यास|पोत|ग्रस्त)|संघर्ष|"
                r"जंग)(?!\S*\s*(?:চলাকালে|চলাকালীন|চলার\s*সময়|(?:এর|ের)?\s*সময়|"
                r"के\s*दौरान|के\s*समय|में(?!\s+\S+\s+(?:के\s+)?(?:बाद|पश्चात))))(?!ে\s+\S+\s+(?:পর|পরে)\b)(?!ে\s)",
}
