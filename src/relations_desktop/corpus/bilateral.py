"""The bilateral test (ANNOTATION 3): a dated act is an event of a pair only if both states take
part. Memberships of international organisations, domestic happenings (independence, elections,
a new constitution, a civil war, a leader taking office), attacks by militants, acts toward all
foreigners alike, possibilities and expectations, and clauses cut off before their verb are not."""

from __future__ import annotations

import re

import regex

from relations_desktop.corpus.countries import find_mentions
from relations_desktop.textnorm import WORD_END as _E

# The names of bodies of many states.
_BODIES = (r"NATO|EU|UN|ASEAN|SAARC|BIMSTEC|SCO|BRICS|OIC|OPEC|WTO|WHO|IMF|G-?\d+|D-8|CIS|GCC|AU|OAS|"
           r"APEC|ECOWAS|EAC|SADC|IAEA|Quad|Mercosur|CELAC|CARICOM|Caricom|World Bank|"
           r"Commonwealth|League of Nations|United Nations|European Union|African Union|Arab League")
# Joining, belonging to or being admitted into an organisation of many states.
_MEMBERSHIP = re.compile(
    r"(?i:\b(?:joined|joining|join|accession|acceded|admitted|admission|membership|"
    r"became (?:an? |the )?(?:\w+ )?members?|served\s+together\s+as\s+(?:[\w-]+\s+){0,2}?members|"
    r"belonged to|belongs to|(?:is|are|was|were|ha[sd] been|have been)\s+(?:a\s+|the\s+|both\s+)?"
    r"(?:founding\s+|original\s+|[A-Z]\w+\s+){0,2}members?)\b)|"
    r"সদস্যপদ|সদস্য(?!\s*থাকা)(?:\s*(?:হয়|হন|হয়ে|হিসেবে|রাষ্ট্র)|(?=[।,;\s]|$))|যোগ\s*দে(?:য়|ন)|যোগদান|অন্তর্ভুক্ত\s*হ|"
    r"सदस्यता|सदस्य\s*(?:बना|बने|बनी|है|हैं|था|थे|देश|(?:रहा|रहे|रही)(?=\s*[।.]))|में\s*शामिल\s*(?:हुआ|हुए|हो|था|थे|है|हैं)|सदस्यों\s*में|"
    # leaving one is a membership's end: "संगठन से अलग हो गया", "জোট থেকে বেরিয়ে যায়", "withdrew from the bloc"
    r"से\s*(?:अलग|बाहर)\s*(?:हो|निकल)|থেকে\s*(?:বেরিয়ে|বের\s*হয়ে)|(?i:\bwithdrew\s+from\b|\bleft\s+the\b)|"
    # and so is a suspension from one ("suspended from the Pacific Islands Forum", "राष्ट्रमंडल से निलंबित")
    r"\b(?:(?i:suspended|expelled)\s+from\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:Forum|Commonwealth|Union|League|"
    r"Organi[sz]ation|Community|Council|Group|Alliance|Association|Movement|Bloc)\b|"
    rf"(?i:suspended|expelled)\s+from\s+(?:the\s+)?(?:{_BODIES})\b)|"
    r"থেকে\s*(?:সাময়িকভাবে\s*)?(?:বহিষ্কৃত|বহিষ্কার|স্থগিত|নিলম্বিত)|से\s*(?:\S+\s+)?(?:निलंबित|निष्कासित)|"
    # a quiz's "the UN's member in which year did it become": the question's words between
    r"सदस्य(?:\s+\S+){1,2}\s+(?:बना|बने|बनी)|সদস্য(?:\s+\S+){1,2}\s+(?:হয়|হন)")
# The bodies of many states by name.
_BODY_NAMES = (
    rf"\b(?:{_BODIES}|General Assembly)\b|"
    r"জাতিসংঘ|ন্যাটো|আসিয়ান|সার্ক|বিমসটেক|ইউরোপীয় ইউনিয়ন|কমনওয়েলথ|ওআইসি|ব্রিকস|ওপেক|জি-?২০|জি-?৭|আইএমএফ|"
    r"বিশ্বব্যাংক|বিশ্ব ব্যাংক|আফ্রিকান ইউনিয়ন|ইকোওয়াস|কোয়াড|ক্যারিকম|মার্কোসুর|"
    r"संयुक्त राष्ट्र|नाटो|आसियान|सार्क|बिम्सटेक|यूरोपीय संघ|राष्ट्रमंडल|ब्रिक्स|ओपेक|जी-?20|जी-?7|जी-?२०|आईएमएफ|"
    r"विश्व बैंक|अफ्रीकी संघ|इकोवास|क्वाड|कैरिकॉम|मर्कोसुर")
_BODY_NAME = re.compile(_BODY_NAMES)
_ORGANISATION = re.compile(
    _BODY_NAMES + r"|(?i:\b(?:organi[sz]ation|union|alliance|bloc|group|community|association|league|council|"
    r"forum|movement|pact|bank|fund)\b)|"
    r"সংস্থা|সংগঠন|জোট|ফোরাম|আন্দোলন|তহবিল|লীগ|লিগ|সম্প্রদায়|কমিউনিটি|"
    r"संगठन|गठबंधन|समूह|मंच|आंदोलन|समुदाय|कोष")


def names_a_body(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a body of many states (the UN, ASEAN, জাতিসংঘ, राष्ट्रमंडल)."""
    return bool(_BODY_NAME.search(text, start, end))
# Happenings inside one state.
_DOMESTIC = re.compile(
    r"(?i:\b(?:(?:gained|gaining|won|winning|obtained|declared|proclaimed|achieved|attained|got|regained)\s+(?:its\s+|their\s+)?"
    r"independence|independence day|elections?|elected|general election|constitution|took office|"
    r"assumed office|sworn in|swearing-in ceremony|came to power|civil war|coup|insurgency|dissolution|"
    r"dissolved|collapse of|was founded|was formed|referendum|riots?|became independent|revolution|"
    r"military (?:rule|regime|junta)|martial law|"
    r"succeeded\s+(?:\w+\s+){0,3}as|became an independent (?:state|nation|country|republic)|"
    r"overthrown|overthrow|ousted|toppled|"
    r"(?:earthquake|floods?|cyclone|tsunami|typhoon|hurricane)s?\s+(?:\w+\s+){0,2}(?:struck|hit|devastated|killed)|"
    r"became (?:the )?(?:first )?(?:president|prime minister|king|queen|head of state)|"
    r"(?:down)?fall of|death of|[’']s death|died|fled the country|became a republic)\b)|"
    r"স্বাধীনতা\s*(?:লাভ|অর্জন|ঘোষণা|পায়)|স্বাধীনতা দিবস|নির্বাচন|সংবিধান|ক্ষমতা\s*গ্রহণ|ক্ষমতায়\s*আসে|"
    r"রাষ্ট্র(?:ের)?\s*(?:প্রতিষ্ঠা|গঠন)|(?:সরকারের|শাসনের)?\s*পতন|"
    r"(?:ভূমিকম্প|বন্যা|ঘূর্ণিঝড়|সুনামি)\S*\s+(?:\S+\s+){0,2}(?:আঘাত|হানা|হানে)|"
    r"(?<!কমিশন )(?<!কমিটি )(?<!পরিষদ )প্রতিষ্ঠিত\s*হয়|"
    r"দেশ\s*ছেড়ে\s*(?:পালা|পালি)|প্রজাতন্ত্রে\s*পরিণত|"
    r"শপথ|গৃহযুদ্ধ|অভ্যন্তরীণ যুদ্ধ|অভ্যুত্থান|বিলুপ্ত|গণভোট|দাঙ্গা|বিপ্লব|সামরিক শাসন|সামরিক জান্তা|স্বাধীন\s*(?:হয়|হন|হওয়া)|"
    r"(?:প্রধানমন্ত্রী|রাষ্ট্রপতি|প্রেসিডেন্ট|রাজা)\s*(?:হন|হিসেবে\s*দায়িত্ব)|উত্তরসূরি|"
    r"(?:स्वतंत्रता|स्वाधीनता|आज़ादी|आजादी)\s*(?:प्राप्त|हासिल|मिली|की घोषणा)|स्वतंत्रता दिवस|चुनाव|संविधान|"
    r"(?<!आयोग )(?<!समिति )(?<!परिषद )की\s+स्थापना\s+(?:\S+\s+){0,3}?(?:हुई|हुआ)|"
    r"निधन|देश\s*छोड़कर\s*भाग|(?:गणराज्य|गणतंत्र)\s*(?:बना|बने)|"
    # a state's creation ("इज़राइल के गठन के बाद", "the creation of Israel"), not a joint body's
    r"(?<!आयोग )(?<!समिति )(?<!परिषद )(?<!समूह )(?<!मंच )(?<!बल )(?:का|के)\s+गठन|"
    r"\b(?i:creation|formation|birth|founding)\s+of\s+(?:the\s+)?(?:(?i:state|modern|independent)\s+(?:of\s+)?)?"
    r"(?!Joint\b|Commission\b|Committee\b|Council\b)[A-Z]|"
    r"पदभार|शपथ|सत्ता में (?:आ|लौट)|गृहयुद्ध|तख्तापलट|विघटन|विघटित|जनमत संग्रह|दंगे|दंगा|क्रांति|सैन्य शासन|"
    r"(?:राज्य|राष्ट्र)\s*की\s*स्थापना|(?:सरकार|शासन)\s*का\s*पतन|"
    r"(?:भूकंप|भूकम्प|बाढ़|चक्रवात|सुनामी)\S*\s+(?:\S+\s+){0,2}(?:आया|आई|आए|ने\s+तबाही)|"
    r"(?:स्वतंत्रता|स्वाधीनता|आज़ादी|आजादी)\s*मिल|(?:स्वतंत्र|आज़ाद|आजाद)\s*(?:हुए|हुआ|हुई|हो\s*गए|हो\s*गया)|"
    r"(?:स्वतंत्र|संप्रभु|आज़ाद|आजाद)\s*(?:राष्ट्र|देश|गणराज्य)\s*(?:बना|बने|बनी)|"
    r"স্বাধীন\s*(?:রাষ্ট্র|দেশ)\s*(?:হয়|হিসেবে)|"
    r"(?:प्रधानमंत्री|राष्ट्रपति|राजा)\s*(?:बने|बनीं|बनी)|उत्तराधिकारी")
# A leader taking office or succeeding another, a state's independence from its former ruler
# (not independence won with a partner's help, an event of the pair): what a date
# in the same narrow clause dates, whatever the sentence's main act ("X, who succeeded his
# father as prime minister in May 2019, visited …"; "দিসেম্বরে … প্রধানমন্ত্রী হওয়া X …").
_OFFICE_OR_INDEPENDENCE = re.compile(
    r"(?i:\b(?:succeeded\s+(?:\S+\s+){0,4}?as|replaced\s+(?:\S+\s+){1,4}?as|took office|assumed office|"
    r"taking office|assuming office|took power|taking power|came to power|seized power|seizing power|"
    r"(?:(?:gain(?:ed|ing)|w(?:on|inning)|achiev(?:ed|ing)|attain(?:ed|ing)|obtain(?:ed|ing)|declar(?:ed|ing)|"
    r"proclaim(?:ed|ing))\s+(?:\w+\s+){0,2}independence|"
    r"became independent)\s+from|became (?:fully |formally )?independent\s+(?=(?:on|in)\s+\S*\d)|"
    r"became (?:the )?(?:new )?(?:prime minister|president|"
    r"king|queen|emir|sultan|chancellor|head of (?:state|government)))\b)|"
    r"স্থলাভিষিক্ত|ক্ষমতা\s*গ্রহণ|ক্ষমতায়\s*আস|ক্ষমতা\s*দখল(?!ের\s*(?:চেষ্টা|প্রয়াস))|"
    r"(?:প্রধানমন্ত্রী|রাষ্ট্রপতি|প্রেসিডেন্ট|রাজা|সুলতান|আমির)\s*(?:হন|হওয়া|হয়ে|হিসেবে\s*দায়িত্ব)|"
    r"থেকে\s*(?:পূর্ণ\s*)?(?:স্বাধীনতা\s*(?:লাভ|অর্জন|পায়)|স্বাধীন\s*হ)|"
    r"पदभार\s+(?:संभाल|ग्रहण)|की\s+जगह\s+(?:\S+\s+){0,2}?बने|सत्ता\s+(?:संभाल|में\s+आ|(?:पर\s+कब्ज़ा|पर\s+कब्जा|हथिया)(?!(?:ने|\s+करने)\s+(?:की|का)\s+(?:कोशिश|प्रयास)))|"
    r"(?:प्रधानमंत्री|राष्ट्रपति|राजा|सुल्तान|अमीर)\s*(?:बने|बनीं|बनी|बनाए\s+गए)|"
    r"से\s+(?:पूर्ण\s+)?(?:(?:स्वतंत्रता|स्वाधीनता|आज़ादी|आजादी)\s+(?:प्राप्त|हासिल|मिली|मिल)|"
    r"(?:स्वतंत्र|आज़ाद|आजाद)\s+(?:हुआ|हुए|हुई|हो))")
# What bounds a narrow clause: punctuation, a bracket, a relative pronoun.
_NARROW_BREAK = re.compile(r"[,;:()।]|\s(?:who|whose|which|whom)\s|(?:যিনি|যারা|जो|जिन्होंने)\s")
_NARROW_REACH = 60          # how far from the date its predicate may lie
# "became the first prime minister of A to visit B", "B जाने वाले पहले … बने": a record
# set by a bilateral act, not a taking of office.
_FIRST_BEFORE = re.compile(r"(?i:\bfirst\b)|প্রথম|पहले|पहली|प्रथम")
_FIRST_REACH = 30
_OFFICE_HINTS = ("succeed", "replac", "office", "power", "independ", "became", "স্থলাভিষিক্ত", "ক্ষমতা", "মন্ত্রী",
                 "রাষ্ট্রপতি", "প্রেসিডেন্ট", "রাজা", "সুলতান", "আমির", "স্বাধীন", "पदभार", "जगह", "सत्ता",
                 "मंत्री", "राष्ट्रपति", "राजा", "सुल्तान", "अमीर", "स्वतंत्र", "स्वाधीन", "आज़ाद", "आजाद")


def dates_office_or_independence(text: str, start: int, end: int, date_start: int, date_end: int) -> bool:
    """Whether a date in text[start:end] dates a leader's taking office or a state's
    independence told in its own narrow clause, near the date: background, not an act of the
    pair (ANNOTATION 3)."""
    if not _hinted(text, max(start, date_start - _NARROW_REACH - 20), min(end, date_end + _NARROW_REACH + 20),
                   _OFFICE_HINTS):
        return False
    a = start
    for m in _NARROW_BREAK.finditer(text, start, date_start):
        a = m.end()
    b = next((m.start() for m in _NARROW_BREAK.finditer(text, date_end, end)), end)
    for m in _OFFICE_OR_INDEPENDENCE.finditer(text, a, b):
        # (the English patterns cannot hold "first" ("became the first prime minister … to visit"),
        # and "his first visit … since taking office in 2014" is an office)
        if not m.group(0).isascii() and (_FIRST_BEFORE.search(text, max(a, m.start() - _FIRST_REACH), m.start())
                                         or _FIRST_TO.search(text, max(a, m.start() - _FIRST_REACH), m.start())):
            continue
        # (a Hindi subject marked "ने" after the date, before the office as a frame "… के बाद":
        # the date is the main act's)
        if subject_between(text, date_end, m.start()) and _FRAME_CLOSE.match(text, m.end()):
            continue
        # English puts the date after its verb; Bengali and Hindi before it
        if m.group(0).isascii():
            if date_start - _NARROW_REACH <= m.end() <= date_start:
                return True
        elif date_end <= m.start() <= date_end + _NARROW_REACH:
            return True
    return False


# A Hindi subject marked "ने" is the finite verb's: one between a date and a frame "… के बाद" makes
# the frame part of the main clause, and the date the main act's ("३१ जनवरी २०११ को X ने पदभार
# संभालने के बाद … का दौरा किया").
_ERGATIVE = re.compile(r"(?<!\S)ने(?!\S)")
_FRAME_CLOSE = re.compile(r"\S*\s+के\s+(?:बाद|पश्चात)(?!\S)(?!\s+से(?!\S))")
_SINCE = re.compile(r"\s+से(?!\S)")


def subject_between(text: str, start: int, end: int) -> bool:
    """Whether a Hindi subject marked "ने" stands in text[start:end], and the frame ending there
    is no "… के बाद से" ("since …", which the date of the frame opens)."""
    return _ERGATIVE.search(text, start, end) is not None and not _SINCE.match(text, end)


# An act toward all foreigners alike ("a scholarship for foreign students").
_EVERYONE = re.compile(
    r"(?i:\b(?:foreign (?:students|nationals|citizens|visitors|tourists|investors)|all countries|"
    r"other countries|international students|all (?:travell?ers|visitors|foreigners|passengers))\b)|"
    r"বিদেশি\s*(?:ছাত্র|শিক্ষার্থী|নাগরিক|পর্যটক|বিনিয়োগ)|বিদেশী\s*(?:ছাত্র|শিক্ষার্থী|নাগরিক|পর্যটক|বিনিয়োগ)|"
    r"সব দেশ|অন্যান্য দেশ|(?:সব|সকল)\s*(?:যাত্রী|বিদেশি|বিদেশী)|"
    r"विदेशी\s*(?:छात्र|छात्रों|नागरिक|पर्यटक|निवेशक)|सभी देश|अन्य देश|सभी\s*(?:यात्रियों|विदेशियों)|"
    # as the ones acting ("recognised by over 100 UN member states", "৮০টির বেশি দেশ … স্বীকৃতি", "80 से अधिक देशों ने")
    r"(?i:\bby\s+(?:over\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|around\s+|almost\s+)?\d{2,3}\s+"
    r"(?:[\w-]+\s+){0,2}?(?:states|countries|nations)\b)|"
    r"(?<![০-৯\d])[০-৯\d]{2,3}\s*(?:টি|টির)\s*(?:বেশি\s+|অধিক\s+)?দেশ\S*\s+(?:\S+\s+){0,3}?স্বীকৃতি|"
    r"(?<![०-९\d])[०-९\d]{2,3}\s+से\s+(?:अधिक|ज़्यादा|ज्यादा)\s+देशों\s+(?:ने|द्वारा)")
# What may or is expected to happen is not yet an event.
_POSSIBLE = re.compile(
    r"\b(?:may|might|could)\s+(?!not\b)[a-z]|"            # lower case: "May 2004" is a month
    r"(?i:\b(?:is expected to|are expected to|was expected to|is likely to|are likely to|possibly|probably)\b)|"
    rf"(?:তে|য়ে|ে)\s*পারে(?:ন)?{_E}|সম্ভাবনা|সম্ভবত|"
    rf"सकता\s+है|सकते\s+हैं|सकती\s+है|संभावना|संभवतः|उम्मीद\s+है")
# A sentence opened by "when" or "if" whose main clause was cut off with the text.
_SUBORDINATE_OPENING = re.compile(r"\W*(?:(?i:when|while|as|if|after|before)\b|যখন|যদি|जब|अगर|यदि)")
_TERMINAL = re.compile(r"[.!?।॥\"'”’)\]]\s*$")


# Attending a summit or a conference of an organisation is not joining it ("সম্মেলনে যোগ দেন").
_MEETING = re.compile(r"(?i:\b(?:summit|conference|meeting|session|talks|ceremony)\b)|সম্মেলন|বৈঠক|অধিবেশন|"
                      r"অনুষ্ঠান|सम्मेलन|बैठक|अधिवेशन|समारोह|शिखर")


# Fragments each test's words hold (lower case): regions without any are not searched.
_MEMBERSHIP_HINTS = ("join", "acce", "admi", "member", "belong", "withdrew", "left the", "সদস্য", "যোগ", "অন্তর্ভুক্ত",
                     "থেকে বে", "सदस्य", "शामिल", "अलग", "बाहर", "suspended from", "expelled from", "বহিষ্ক", "স্থগিত",
                     "নিলম্বিত", "निलंबित", "निष्कासित")
_DOMESTIC_HINTS = ("independ", "elect", "constitution", "office", "sworn", "swearing", "power", "civil war",
                   "overthr", "ousted", "toppled", "earthquake", "flood", "cyclone", "tsunami",
                   "typhoon", "hurricane", "রাষ্ট্র", "পতন", "ভূমিকম্প", "বন্যা", "ঘূর্ণিঝ", "সুনামি", "स्थापना",
                   "पतन", "भूकं", "बाढ़", "चक्रवात", "सुनामी",
                   "revolution", "বিপ্লব", "क्रांति", "military", "martial", "সামরিক", "सैन्य",
                   "coup", "insurg", "dissol", "collapse", "founded", "formed", "referend", "riot",
                   "স্বাধীন", "নির্বাচন", "সংবিধান", "ক্ষমতা", "শপথ", "গৃহযুদ্ধ", "অভ্যন্তরীণ", "অভ্যুত্থান",
                   "বিলুপ্ত", "গণভোট", "দাঙ্গা", "स्वतंत्र", "स्वाधीन", "आज़ादी", "आजादी", "चुनाव", "संविधान",
                   "पदभार", "शपथ", "सत्ता", "गृहयुद्ध", "तख्तापलट", "विघटन", "जनमत", "दंग", "succeed", "became",
                   "প্রধানমন্ত্রী", "রাষ্ট্রপতি", "প্রেসিডেন্ট", "রাজা", "উত্তরসূরি", "आज़ाद", "आजाद", "प्रधानमंत्री",
                   "राष्ट्रपति", "राजा", "उत्तराधिकारी", "fall of", "death", "died", "fled", "republic",
                   "প্রতিষ্ঠিত", "ছেড়ে", "প্রজাতন্ত্র", "निधन", "भाग", "गणराज्य", "गणतंत्र", "गठन", "creation",
                   "formation", "birth", "founding")
_EVERYONE_HINTS = ("foreign", "all countries", "other countries", "international students", "বিদেশ", "সব দেশ",
                   "অন্যান্য দেশ", "विदेशी", "सभी देश", "अन्य देश", "all travel", "all visitors", "all foreign",
                   "all passengers", "যাত্রী", "সকল বিদেশ", "सभी यात्र", "सभी विदेश", "states", "countries", "nations",
                   "স্বীকৃতি", "देशों ने", "देशों द्वारा")
_POSSIBLE_HINTS = ("may", "might", "could", "expect", "likely", "possib", "probab", "পার", "সম্ভাব", "সম্ভবত",
                   "सकत", "संभाव", "उम्मीद")


def _hinted(text: str, start: int, end: int, hints: tuple[str, ...]) -> bool:
    return any(map(text[start:end].lower().__contains__, hints))


# Becoming a member or an observer of something: a state becomes one only of a body of many
# states, whatever its name ("became a member of APEC", "অ্যাপেকের সদস্যপদ লাভ করে", "एपेक का
# सदस्य बना", "observer status at the OIC", "ওআইসিতে পর্যবেক্ষকের মর্যাদা পায়").
_BECAME_MEMBER = re.compile(
    r"(?i:\b(?:became (?:an? |the |its )?(?:[\w-]+ ){0,2}?(?:member|observer)|"
    r"(?:gained|obtained|was granted|received|got) (?:full |associate )?(?:membership|observer status)|"
    r"observer status)\b)|"
    r"সদস্যপদ\s*(?:লাভ|পায়|পেয়ে|অর্জন)|সদস্য\s*(?:হয়|হন)(?![\u0980-\u09ff])|পর্যবেক্ষক(?:ের)?\s*(?:মর্যাদা|সদস্য)|"
    r"सदस्य(?:ता)?\s*(?:बना|बने|बनी|प्राप्त|मिली|हासिल)|पर्यवेक्षक\s*(?:का\s*)?(?:दर्जा|सदस्य)|"
    r"पर्यवेक्षक\s*(?:देश\s*|राष्ट्र\s*)?(?:बना|बने|बनी)|পর্যবেক্ষক\s*(?:দেশ\s*|রাষ্ট্র\s*)?(?:হয়|হন)")
_BECAME_MEMBER_HINTS = ("member", "observer", "সদস্য", "পর্যবেক্ষক", "सदस्य", "पर्यवेक्षक")
_ANY_MEMBERSHIP_HINTS = _MEMBERSHIP_HINTS + _BECAME_MEMBER_HINTS


def is_membership(text: str, start: int, end: int) -> bool:
    if not _hinted(text, start, end, _ANY_MEMBERSHIP_HINTS):
        return False
    if _BECAME_MEMBER.search(text, start, end):
        return True                     # (also at a summit: "became its 11th member at the summit")
    if _MEETING.search(text, start, end) or (_MEMBERSHIP_BACKED.search(text, start, end)
                                             and not _MEMBERS_ALIKE.search(text, start, end)
                                             and len({m.code for m in find_mentions(text, start, end)}) <= 2):
        return False        # (a third state's bid, "A backed C's bid while B opposed it", is no act of the pair)
    return bool(_MEMBERSHIP.search(text, start, end) and _ORGANISATION.search(text, start, end))


# One state backing the other's membership or bid is its act toward it (ANNOTATION 6.10: support
# in international bodies), not a membership: "backed India's bid for membership of …", "भारत की
# सदस्यता का समर्थन", "ভারতের সদস্যপদের প্রতি সমর্থন"
_MEMBERSHIP_BACKED = re.compile(
    r"(?i:\b(?:support(?:ed|s|ing)?|back(?:ed|s|ing)?|endors(?:ed|es|ing)|sponsor(?:ed|s|ing)?)\s+"
    r"(?:(?:for|of)\s+)?(?:[\w'’-]+\s+){0,3}?(?:membership|bid|candidacy|candidature|accession)\b|"
    r"\bsupport\s+(?:for|of)\s+(?:[\w'’-]+\s+){0,4}?(?:membership|bid|candidacy|candidature|accession)\b)|"
    r"(?:সদস্যপদ|সদস্যপদে|সদস্যপদের|প্রার্থিতা|প্রার্থিতার)\s+(?:\S+\s+){0,2}?সমর্থন|"
    r"(?:सदस्यता|दावेदारी|उम्मीदवारी)\s+(?:\S+\s+){0,3}?समर्थन")
# (but two states that are members alike, of a body that backs a bid, are no act of either)
_MEMBERS_ALIKE = re.compile(r"(?i:\b(?:were|are|is|was|both)\s+(?:\w+\s+){0,4}?members?\b|\bmember\s+states\b)|"
                            r"সদস্য\s*(?:দেশ|রাষ্ট্র|ছিল|ছিলো|হিসেবে)|सदस्य\s*(?:देश|राष्ट्र|थे|हैं|के\s+रूप\s+में)")


# An organisation of many states as the one who acts ("the UN General Assembly recognised its
# neutrality", "संयुक्त राष्ट्र महासभा ने … मान्यता दी"): no act of one state toward another.
_ORGANISATION_ACTS = re.compile(
    r"\b(?:the\s+)?(?:UN|United Nations)(?:\s+General Assembly|\s+Security Council)?\s+(?:unanimously\s+)?"
    r"(?:recogni[sz]ed|adopted|passed|voted|declared|imposed|endorsed)\b|"
    r"(?:संयुक्त\s+राष्ट्र(?:\s+महासभा|\s+सुरक्षा\s+परिषद)?|महासभा|सुरक्षा\s+परिषद)\s+ने\s")
_ORGANISATION_ACT_HINTS = ("un ", "united nations", "संयुक्त", "महासभा", "परिषद")


def is_organisation_act(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] tells an act of an organisation of many states as its doer."""
    return _hinted(text, start, end, _ORGANISATION_ACT_HINTS) and bool(_ORGANISATION_ACTS.search(text, start, end))


def tells_joining(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has the words of joining or belonging to a body (which body the
    sentence around it may name: "… SADC; it joined SADC in 1995")."""
    return _hinted(text, start, end, _ANY_MEMBERSHIP_HINTS) and bool(
        _BECAME_MEMBER.search(text, start, end) or _MEMBERSHIP.search(text, start, end))


def is_domestic(text: str, start: int, end: int) -> bool:
    return _hinted(text, start, end, _DOMESTIC_HINTS) and any(
        not (_LEADER.match(m.group(0)) and _FIRST_TO.search(text, max(start, m.start() - _FIRST_REACH), m.start()))
        for m in _DOMESTIC.finditer(text, start, end))


# "the first … to …" before a leader's office in Bengali and Hindi: a record set by an act of the
# pair ("भारत आने वाले पहले इज़राइली प्रधानमंत्री बने", "ভারত সফরকারী প্রথম … প্রধানমন্ত্রী হন"), no taking of office
_FIRST_TO = re.compile(r"(?:वाले|वाली|वाला)\s+(?:पहले|पहली|पहला|प्रथम|दूसरे|दूसरी|तीसरे|तीसरी)|"
                       r"(?:কারী|করা|যাওয়া|আসা)\s+(?:প্রথম|দ্বিতীয়|তৃতীয়)(?!\S)")
_LEADER = re.compile(r"প্রধানমন্ত্রী|রাষ্ট্রপতি|প্রেসিডেন্ট|রাজা|प्रधानमंत्री|राष्ट्रपति|राजा")


# A date inside "after the <happening> of <date>": the date is the happening's ("Following the elections
# of September 2014 the two governments agreed …": ANNOTATION 3, a change dated only as after a domestic
# anchor).
_ANCHOR_BEFORE = re.compile(r"(?i:\b(?:after|following|since|before)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:of|in)\s+)$")


def dates_domestic_anchor(text: str, start: int, at: int) -> bool:
    """Whether the date at ``at`` (in a sentence from ``start``) is that of a domestic happening
    another act is told to come after or before."""
    m = _ANCHOR_BEFORE.search(text, max(start, at - 60), at)
    return (m is not None and (is_domestic(text, m.start(), at) or _ITS_INDEPENDENCE.search(text, m.start(), at)
                               is not None)) or dates_taking_office(text, start, at)


# (a state's own independence as the anchor: "Before Zimbabwe's independence in 1980, …")
_ITS_INDEPENDENCE = re.compile(r"[’']s\s+independence\b|(?i:\bindependence\s+of\s+)[A-Z]")


# A leader taking office or coming back to power, dated: "since she took office in October", and
# Bengali and Hindi after the date, right after it ("অক্টোবরে দায়িত্ব নেওয়ার পর", "अक्टूबर में
# पदभार संभालने के बाद", "अक्टूबर में सत्ता में लौटने के बाद"; not over a comma: "जून 2014 में, सत्ता
# में आने के बाद पहली विदेश यात्रा पर …" dates the trip)
_OFFICE_BEFORE = re.compile(r"(?i:\b(?:(?P<since>since)|after)\s+(?:\w+\s+){0,2}?(?:(?:took|taking|assumed|assuming)\s+"
                            r"(?:office|the\s+presidency|the\s+premiership)|"
                            r"(?:came|coming|returned|returning)\s+to\s+(?:power|office|the\s+presidency|the\s+premiership))"
                            r"\s+(?:in|on)\s+)$")
_OFFICE_AFTER = re.compile(r"[^\s।,]+(?:\s+[^\s।,]+){0,3}?\s+(?:(?:দায়িত্ব|শপথ)\s*(?:নেওয়ার|নেয়ার|গ্রহণের)\s+(?:পর|পরে)|"
                           r"ক্ষমতায়\s*(?:আসার|ফেরার|ফিরে\s+আসার)\s+(?:পর|পরে)|"
                           r"(?:पदभार|शपथ)\s+(?:संभालने|ग्रहण\s+करने|लेने)\s+के\s+(?:बाद|पश्चात)|"
                           r"सत्ता\s+में\s+(?:आने|लौटने|वापसी)\s+के\s+(?:बाद|पश्चात))(?!\S)")


def dates_taking_office(text: str, start: int, at: int) -> bool:
    """Whether the date at ``at`` dates only a leader's taking office, told as what came before."""
    return bool(_OFFICE_BEFORE.search(text, max(start, at - 50), at)) or bool(_OFFICE_AFTER.match(text, at))


def opens_term_in_office(text: str, start: int, at: int) -> bool:
    """Whether the year at ``at`` opens a span since a leader took office ("his first visit since
    returning to the presidency in 2022"): it bounds the span, and lends no day its year."""
    m = _OFFICE_BEFORE.search(text, max(start, at - 50), at)
    return m is not None and m.group("since") is not None


# A state renamed, or its parts unified: what happens to one state, whatever act was told before
# ("The country was renamed Zaire in 1971", "দেশটির নাম পরিবর্তন করে রাখা হয়", "देश का नाम बदलकर",
# "the two halves were unified in 1990", "एकीकरण हुआ", "একীভূত হয়"). The unification of the two
# states of the pair names both, and is theirs.
_STATE_CHANGE = re.compile(
    r"(?i:\b(?:(?:country|state|nation|republic|kingdom|colony|territory)(?:\s+of\s+\w+)?\s+(?:was|were)\s+(?:officially\s+|formally\s+)?"
    r"renamed|renamed itself|changed its name|(?:re)?unification|confederation|(?:was|were)\s+(?:re)?unified|"
    r"(?:re)?united into)\b)|"
    r"(?:দেশটির|দেশের|রাষ্ট্রের|রাষ্ট্রটির)\s*(?:\S+\s+)?নাম\s*(?:বদল|পরিবর্তন|রাখা|হয়)|"
    r"একীকরণ|একত্রীকরণ|পুনরেকত্রীকরণ|একীভূত\s*হ|"
    r"(?:देश|राष्ट्र)\s*का\s*(?:\S+\s+)?नाम\s*(?:बदल|परिवर्तित|रखा)|एकीकरण|पुनर्एकीकरण|एकीकृत\s+(?:हुआ|हुए|हुई|हो\s+गए|हो\s+गया|किया\s+गया)")
_STATE_CHANGE_HINTS = ("rename", "name", "unifi", "united", "confederation", "নাম", "একী", "একত্র", "नाम", "एकी")


def is_state_change(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] tells a state renamed or its parts unified."""
    return _hinted(text, start, end, _STATE_CHANGE_HINTS) and bool(_STATE_CHANGE.search(text, start, end))

# An attack by militants or terrorists (non-state actors) is no act of one state against the
# other, unless the clause blames a state for it.
_NON_STATE_ATTACK = re.compile(
    r"(?i:\b(?:terror(?:ist)?|militant|jihadist|insurgent|extremist|rebel)\s+(?:attacks?|bombings?|assaults?)\b|"
    r"\b(?:attacks?|bombings?)\s+by\s+(?:\w+\s+){0,2}(?:terrorists|militants|jihadists|insurgents|gunmen|"
    r"extremists|rebels)\b)|"
    r"(?:জঙ্গি|সন্ত্রাসী|জঙ্গিদের|সন্ত্রাসীদের)\s*হামলা|(?:आतंकी|आतंकवादी|आतंकवादियों|उग्रवादी|उग्रवादियों)\s*(?:के\s*)?हमल|"
    # a lone gunman ("a gunman stormed the embassy", "এক বন্দুকধারী", "एक बंदूकधारी ने हमला")
    r"(?i:\bgunm[ae]n\b)|বন্দুকধারী|बंदूकधारी")
_BLAME = re.compile(r"(?i:\b(?:accus|blam|back(?:ed|ing)|sponsor|support(?:ed|ing))\w*)|অভিযোগ|দায়ী|মদদ|"
                    r"आरोप|दोषी|समर्थित|प्रायोजित")
_NON_STATE_HINTS = ("terror", "militant", "jihad", "insurgent", "extremist", "rebel", "জঙ্গি", "সন্ত্রাস", "आतंक",
                    "उग्रवाद", "gunm", "বন্দুকধারী", "बंदूकधारी")


# The writer speaking of themself or their family ("my father was in Freetown in 2004", "आমি …",
# "मैं 2022 में पहुँचा"): a private person, not a state (ANNOTATION 3). Not inside a quotation,
# where an official may speak; "मेरी" is also the name Mary, and "I" a numeral ("World War I").
_FIRST_PERSON = regex.compile(r"(?<![\w\p{M}])(?:my|me|আমি|আমার|আমাকে|मैं|मेरे|मेरा|मुझे)(?![\w\p{M}])|"
                              r"(?<![\w\p{M}'’-])(?<!War )I(?=\s+[a-z])")
_QUOTES = ("\"", "“", "”", "‘", "’", "'")


def is_personal(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] tells of the writer (first person singular), outside a quotation."""
    return bool(_FIRST_PERSON.search(text, start, end)) and not any(map(text[start:end].__contains__, _QUOTES))


def is_non_state_attack(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] tells an attack by militants or terrorists and blames no state."""
    return (_hinted(text, start, end, _NON_STATE_HINTS) and bool(_NON_STATE_ATTACK.search(text, start, end))
            and not _BLAME.search(text, start, end))


def is_toward_everyone(text: str, start: int, end: int) -> bool:
    return _hinted(text, start, end, _EVERYONE_HINTS) and bool(_EVERYONE.search(text, start, end))


def is_possible(text: str, start: int, end: int) -> bool:
    return _hinted(text, start, end, _POSSIBLE_HINTS) and bool(_POSSIBLE.search(text, start, end))


def is_cut_off(text: str, sentence_start: int, sentence_end: int) -> bool:
    """The text ends inside this sentence, which opened with a subordinate clause ("when …"):
    what happened in its main clause is not in the text."""
    return (len(text) - sentence_end < _TAIL and not text[sentence_end:sentence_end + _TAIL].strip()
            and not _TERMINAL.search(text, sentence_start, sentence_end)
            and bool(_SUBORDINATE_OPENING.match(text, sentence_start, sentence_end)))


_TAIL = 200


# A fact sheet's line for one state ("• Independence: 1 October 1994", "স্বাধীনতা: ২৬ মার্চ ১৯৭১",
# "राष्ट्रीय दिवस: 3 नवंबर"): a date of its own history, no act with another.
_FACT_LABEL = re.compile(
    r"[\s•·▪*–—-]*(?:(?i:independence(?:\s+day)?|national\s+day|founded|republic\s+day|constitution|capital|"
    r"population|currency)|স্বাধীনতা(?:\s*দিবস)?|জাতীয়\s*দিবস|প্রজাতন্ত্র\s*দিবস|সংবিধান|রাজধানী|জনসংখ্যা|মুদ্রা|"
    r"(?:स्वतंत्रता|स्वाधीनता|आज़ादी|आजादी)(?:\s*दिवस)?|राष्ट्रीय\s*दिवस|गणतंत्र\s*दिवस|संविधान|राजधानी|जनसंख्या|"
    r"मुद्रा)\s*[:：]")


def is_fact_line(text: str, start: int, end: int, dates: list[tuple[int, int]]) -> bool:
    """Whether text[start:end] is a fact sheet's line of one state's own history: its label, then
    its date and nothing more (not "• Republic Day: in January 2015 Obama was the chief guest")."""
    m = _FACT_LABEL.match(text, start, end)
    if m is None:
        return False
    rest, at = [], m.end()
    for a, b in sorted(dates):
        rest.append(text[at:a])
        at = max(at, b)
    rest.append(text[at:end])
    return len(" ".join(rest).split()) <= _FACT_WORDS


_FACT_WORDS = 2        # besides its label and date, a fact line's words ("(আনুষ্ঠানিক)", "को")
