"""The role a country mention plays in its sentence: a party to what is told, or only a venue,
a mediator, a currency, a place qualifier, an item of a list or a comparison (ANNOTATION 2).
Only parties make pairs."""

from __future__ import annotations

import re

import regex

from relations_desktop.corpus.countries import Mention
from relations_desktop.corpus.gazetteer import CAPITAL, DEMONYM, FORMER, NAME, city_states
from relations_desktop.corpus.sentences import ANSWERED_BEFORE, CHOICE_BEFORE
from relations_desktop.textnorm import WORD_END as _E

PARTY, VENUE, MEDIATOR, CURRENCY, PLACE, LISTED = "party", "venue", "mediator", "currency", "place", "listed"
FRAME = "frame"      # the other side of a war that only frames the act (not shared along a list)
REPORTER = "reporter"    # a state that only tells of what two others did ("A says B sent troops to C")
RULER = "ruler"          # the state another won its independence from ("independent from Britain")

_GEN_BN = r"(?:-?(?:এর|ের|র|য়ের))?"        # the genitive ending a Bengali name may carry
# "US dollars", "মার্কিন ডলার", "अमेरिकी डॉलर", "Indian rupees"
_CURRENCY_AFTER = re.compile(
    r"\s*(?:(?i:dollars?|cents?|rupees?|rupiah|taka|yuan|renminbi|yen|won|euros?|pounds?|riyals?|"
    r"dinars?|dirhams?|francs?|roubles?|rubles?|lira|shillings?|pesos?|ringgit|baht)\b|"
    rf"ডলার|রুপি|টাকা|ইউয়ান|ইয়েন|ইউরো|পাউন্ড|রিয়াল|দিনার|দিরহাম|রুবল|লিরা|রিঙ্গিত{_E}|"
    rf"डॉलर|डालर|रुपये|रुपया|रुपए|युआन|येन|यूरो|पाउंड|रियाल|दीनार|दिरहम|रूबल|लीरा|रिंगिट{_E})")
# "the Indian state of …", "উজবেকিস্তানের রাজধানী তাশখন্দ", "पाकिस्तान के लाहौर शहर"
_PLACE_AFTER = re.compile(
    r"\s+(?i:(?:state|province|city|town|region|capital|port|village|district) of\b)|"
    r"\s*(?:-?(?:এর|ের|র))?\s+(?:রাজধানী|রাজ্য|প্রদেশ|শহর|বন্দর|অঞ্চল|জেলা)|"
    r"\s+(?:के|की)\s+(?:राजधानी|राज्य|प्रांत|प्रान्त|शहर|बंदरगाह|क्षेत्र|ज़िले|जिले)")
# A venue: "held in X", "in Lahore, X", "X-এর লাহোরে অনুষ্ঠিত", "X के लाहौर में आयोजित"
# ("in Lahore, X" is the one phrase before a mention that ends in a comma)
# a place's name, capitalised, of up to four words with the particles between them ("in Santa Cruz
# de la Sierra, Bolivia"), then a comma
_IN_PLACE_BEFORE = r"\b[Ii]n\s+[A-Z][\w'-]+(?:\s+(?:[a-z]{1,4}\s+){0,2}[A-Z][\w'-]+){0,3},\s*$"
# (and the country after it stands in apposition, not as the subject of what follows: not "In
# Asia, Japan signed …")
_APPOSITION_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:on|in|at|during|for|where|when|which|and)\b)")
# ("met in X", "talks in X", "signed in X": where two others meet or sign)
_HELD_BEFORE = re.compile(r"(?i:\b(?:held|hosted|convened|organi[sz]ed|took place|met|meet|meets|meeting|talks|"
                          r"summit|signed|gathered)\s+(?:in|at)\s+(?:the\s+)?)$|"
                          r"(?i:\bhosted\s+by\s+(?:the\s+)?)$|"
                          # (where a mission covering the partner sits: "accredited from Suva")
                          r"(?i:\b(?:accredited|covered|handled|served)\s+from\s+)$|" + _IN_PLACE_BEFORE)
_HELD_AFTER = re.compile(
    # the host of a meeting between two others: "X hosted the summit between A and B"
    r"\s+(?i:(?:hosted|hosts|has hosted|had hosted|will host)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:summit|talks|meeting|conference|negotiations)\s+between)\b|"
    rf"{_GEN_BN}(?:\s+\S+){{0,2}}?\s*(?:-?এ|-?তে|য়)?\s+(?:অনুষ্ঠিত|আয়োজিত)|"
    r"(?:\s+(?:के|की)\s+\S+)?\s+में\s+(?:आयोजित|संपन्न|सम्पन्न|हुए|हुई|हुआ)\s+(?:सम्मेलन|बैठक|शिखर)")
_LOCATIVE_BEFORE = re.compile(r"(?i:\b(?:in|at)\s+(?:the\s+)?)$")
_LOCATIVE_BN = re.compile(r"(?:তে|য়|এ|ে)$")
_LOCATIVE_HI = re.compile(r"\s+में" + _E)
_CITY_AFTER = re.compile(r"\s+(?:শহরে|নগরে|নগরীতে)|\s+(?:शहर|नगर)\s+में" + _E + r"|\s+(?i:city)\b")
_MEDIATOR_BEFORE = re.compile(
    r"(?i:\b(?:brokered|mediated|facilitated|arranged|sponsored|observed|witnessed|guaranteed)\s+by\s+(?:the\s+)?|"
    r"\b(?:mediation|good offices|initiative|auspices)\s+of\s+(?:the\s+)?)$")
_MEDIATOR_AFTER = re.compile(
    # ("under British mediation", "with Norwegian auspices": the adjective names the mediator)
    # ("the Vietnam-backed government": the state behind a government is no party to what is done to it)
    r"(?i:-(?:brokered|mediated)\b|-(?:backed|supported|sponsored|installed)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:government|regime|administration|authorities|junta)\b|"
    r"(?:['’]s)?\s+(?:mediation|good offices|auspices)\b|"
    r"\s+(?:(?:acted|acting|acts?|served|serving|serves?|stood|were|was)\s+)?as\s+(?:a\s+|the\s+)?"
    r"(?:guarantors?|observers?|witness(?:es)?|mediators?|facilitators?)\b)|"
    rf"{_GEN_BN}(?:\s+\S+){{0,4}}?\s+(?:মধ্যস্থতায়|মধ্যস্থতা|উদ্যোগে|তত্ত্বাবধানে|পর্যবেক্ষণে)|"
    r"(?:\s+\S+){0,4}?\s+(?:की|के)\s+(?:मध्यस्थता|पहल\s+पर|पहल|निगरानी)" + _E + r"|\s+मध्यस्थता\s+(?:में|से)" + _E +
    r"|-(?:সমর্থিত|समर्थित)\s+(?:\S+\s+){0,3}?(?:সরকার|প্রশাসন|सरकार|शासन|प्रशासन)")
# "including X, Y and Z", "X, Y ও Z সহ", "X, Y और Z समेत", "like X", "X-এর মতো", "X जैसे"
_LIST_BEFORE = re.compile(
    r"(?i:\b(?:including|such as|like|unlike|as well as|similar to|compared (?:to|with)|which (?:also )?"
    r"include[sd]?)\s+(?:the\s+)?)$|(?:যার মধ্যে|যাদের মধ্যে|जिसमें|जिनमें)\s+$")
# A capital that names a treaty, a summit or a declaration ("the Tashkent Declaration").
_NAMES_AFTER = re.compile(
    r"\s+(?i:agreement|accord|treaty|declaration|summit|protocol|process|conference|pact|charter)\b|"
    r"\s*(?:চুক্তি|ঘোষণা|সম্মেলন|প্রটোকল|সনদ|समझौता|समझौते|संधि|घोषणा|सम्मेलन|प्रोटोकॉल)")
_LIST_AFTER = re.compile(
    rf"(?:\s*(?:,|ও|এবং|আর|और|तथा|व)\s*[^,।.;]{{1,30}}?)*?\s*(?:{_GEN_BN}\s*)?(?:সহ|সমেত|-সহ){_E}|"
    rf"{_GEN_BN}\s*(?:মতো|মতন|মত){_E}|"
    rf"(?:\s*(?:,|और|तथा|व)\s*[^,।.;]{{1,30}}?)*?\s+(?:समेत|सहित|जैसे|जैसा|जैसी|की तरह){_E}")
# The end of a state is its own affair: "the dissolution of the Soviet Union", "সোভিয়েত ইউনিয়নের
# পতন", "सोवियत संघ का विघटन".
# So is its succession: "the successor of the Soviet Union", "সোভিয়েত ইউনিয়নের উত্তরসূরি", "सोवियत संघ का
# उत्तराधिकारी".
_ENDED_BEFORE = re.compile(r"(?i:\b(?:dissolution|collapse|break-?up|disintegration|fall|end|successor(?:\s+state)?)"
                           r"\s+(?:of|to)\s+(?:the\s+)?)$")
_ENDED_AFTER = re.compile(rf"{_GEN_BN}\s*(?:পতন|বিলুপ্তি|বিলুপ্ত|ভাঙন|ভাঙ্গন|বিভাজন|উত্তরসূরি)|\s+ভেঙে\s*(?:যা|পড়)|"
                          r"\s+(?:का|के)\s+(?:विघटन|पतन|टूटने|उत्तराधिकारी)|"
                          r"\s+(?:विघटित|टूट)|"
                          r"\s+(?:dissolved|collapsed|broke up|disintegrated)\b")
# The state another won its independence from ("became independent from the United Kingdom", "ব্রিটেন
# থেকে স্বাধীনতা লাভ করে", "फ्रांस से स्वतंत्र हुआ"): its past, no party to what the sentence tells of
# the new state (only with the verb of winning it: "India's independence from Britain" may go on to an
# act of Britain's).
_RULER_BEFORE = re.compile(r"(?i:\b(?:became|become|becoming|gained|gaining|won|winning|achieved|achieving|"
                           r"attained|declared|declaring)\s+(?:(?:its|their|full|formal|complete|fully|formally)\s+){0,2}"
                           r"independen(?:ce|t)\s+from\s+(?:the\s+)?)$")
_RULER_AFTER = re.compile(rf"{_GEN_BN}\s*(?:থেকে|হতে)\s+(?:পূর্ণ\s*)?(?:স্বাধীনতা\s*(?:(?:লাভ|অর্জন|ঘোষণা)\s*কর(?:ে|েছে|েছিল)"
                          r"(?![\u0980-\u09ff])|পায়)|স্বাধীন\s*হয়(?:েছে|েছিল)?(?![\u0980-\u09ff]))|"
                          r"\s+से\s+(?:पूर्ण\s+)?(?:(?:स्वतंत्रता|स्वाधीनता|आज़ादी|आजादी)\s+(?:प्राप्त|हासिल|मिल|की\s+घोषणा)|"
                          r"(?:स्वतंत्र|आज़ाद|आजाद)\s+(?:हुआ|हुए|हुई|हो))")
# The other side of a war that frames an act of two others ("In the 1971 war with India, Iran gave
# Pakistan arms", "ভারতের সঙ্গে ১৯৭১ সালের যুদ্ধে", "भारत के साथ 1965 के युद्ध में"); not one after which
# the act came ("After the 1971 war with India, Pakistan signed …": with India).
_WAR_WITH_BEFORE = re.compile(r"(?i:\b(?:in|during|throughout)\s+(?:the\s+|its\s+|their\s+)?"
                              r"(?:[\w-]+\s+){0,2}?wars?\s+(?:of\s+\d{4}(?:[-–]\d{2,4})?\s+)?(?:with|against)\s+"
                              r"(?:the\s+)?)$")
_WAR_WITH_AFTER = re.compile(rf"{_GEN_BN}\s*(?:সঙ্গে|সাথে|বিরুদ্ধে)\s+(?:\S+\s+){{0,4}}?"
                             r"(?:যুদ্ধে(?!র)|যুদ্ধের\s+সময়|যুদ্ধ\s+চলাকালে)|"
                             r"\s+(?:के\s+)?(?:साथ|ख़िलाफ़|खिलाफ)\s+(?:\S+\s+){0,4}?(?:युद्ध|युद्धों|जंग)\s+"
                             r"(?:में|के\s+दौरान)")
# A leg of a tour already completed before the act told ("after wrapping up visits to Nigeria and Brazil,
# he arrived in Georgetown", "নাইজেরিয়া ও ব্রাজিল সফর শেষে", "नाइजीरिया और ब्राज़ील की यात्रा पूरी कर").
_LEG_BEFORE = re.compile(r"(?i:\b(?:after|following|having)\s+(?:wrapping up|completing|completed|concluding|concluded|"
                         r"ending|ended|finishing|finished)\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:visits?|tours?|trips?|stops?|legs?)\s+(?:to|in|of)\s+(?:the\s+)?|"
                         # or one still to come ("Before flying to Kigali, he stopped in Harare", "en route to X")
                         r"\bbefore\s+(?:flying|travell?ing|heading|going|continuing|moving\s+on)\s+(?:on\s+)?to\s+|"
                         r"\bbefore\s+(?:leaving|departing)\s+for\s+|"
                         r"\b(?:en\s+route|on\s+(?:his|her|their|the)\s+way)\s+to\s+)$")
_LEG_AFTER = re.compile(rf"{_GEN_BN}\s*(?:সফর|সফরের)\s*(?:শেষে|শেষ\s*করে|সেরে|সমাপ্ত\s*করে)|"
                        r"\s+(?:की\s+|के\s+)?(?:यात्रा|यात्राएं|यात्राएँ|दौरा|दौरे)\s+(?:पूरी|पूरा|पूरे|समाप्त|ख़त्म|खत्म)\s*कर")
# A state whose objection or concern frames what two others do ("despite India's security concerns",
# "amid objections from India", "ভারতের আপত্তি সত্ত্বেও", "भारत की आपत्ति के बीच", "दिल्ली की आपत्ति के बाद").
_DESPITE = r"\b(?:despite|amid|amidst|in spite of)\s+(?:the\s+)?"
_OBJECTING_BEFORE = re.compile(rf"(?i:{_DESPITE}(?:[\w-]+\s+){{0,2}}?(?:concerns?|objections?|protests?|opposition)\s+"
                               r"(?:of|from|by)\s+(?:the\s+)?)$")
_OBJECTING_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?i:concerns?|objections?|protests?|opposition)\b|"
    rf"{_GEN_BN}\s+(?:\S+\s+){{0,2}}?(?:আপত্তি|উদ্বেগ|বিরোধিতা|আশঙ্কা)\S*\s+(?:সত্ত্বেও|মধ্যে|মাঝে|পর|পরে)|"
    r"\s+(?:की|के)\s+(?:\S+\s+){0,2}?(?:आपत्ति|आपत्तियों|चिंता|चिंताओं|विरोध|ऐतराज़|ऐतराज)\s+(?:के\s+)?(?:बीच|बावजूद|बाद)")
_DESPITE_BEFORE = re.compile(rf"(?i:{_DESPITE})$")
# A state that reports, alleges or claims what the clause after it tells ("A and B say that …",
# "A, B ও C-এর অভিযোগ, …", "A का आरोप है कि …", "according to A, …"); it is a reporter only when that
# clause names two other parties (roles), else it is one of them ("A said B had shelled its posts").
_REPORTED_AFTER = re.compile(
    r"\s+(?i:(?:has\s+|have\s+)?(?:says?|said|alleged?s?|claim(?:s|ed)?|believes?|believed|reported|charged?s?)"
    r"(?:\s+that)?)(?=\s+\S)|"
    rf"{_GEN_BN}\s*(?:অভিযোগ|দাবি|ভাষ্য|বক্তব্য)\s*(?:,|হলো|হল|যে)|"
    r"\s+(?:বলছে|বলেছে|জানিয়েছে|জানাচ্ছে|দাবি\s+করেছে|দাবি\s+করছে|অভিযোগ\s+করেছে|অভিযোগ\s+করছে)\s*(?:যে|,)|"
    r"\s+(?:का|के|की)\s+(?:आरोप|कहना|दावा|मानना)\s+(?:है|था)\s+कि|"
    r"\s+ने\s+(?:कहा|आरोप\s+लगाया|दावा\s+किया)\s+(?:है\s+)?कि")
_REPORTED_BEFORE = re.compile(r"(?i:\baccording\s+to\s+(?:the\s+)?)$")
_REPORTED_GAP = 12       # how far after "say that" the actor of what is told is named
_OPENS = re.compile(r"(?:\A|[.!?;:\n])\s*$")
_FORMERLY_BEFORE = re.compile(r"(?i:\b(?:formerly|erstwhile|then)\s+)$|(?:পূর্বতন|তৎকালীন|भूतपूर्व)\s+$")


# Searched backwards from the end of the window (regex's (?r)): each phrase ends there.
_BEFORE = regex.compile("(?r)" + "|".join(f"(?P<{name}>{p.pattern})" for name, p in (
    ("mediator", _MEDIATOR_BEFORE), ("held", _HELD_BEFORE), ("listed", _LIST_BEFORE),
    ("formerly", _FORMERLY_BEFORE), ("ended", _ENDED_BEFORE), ("warwith", _WAR_WITH_BEFORE),
    ("leg", _LEG_BEFORE), ("objecting", _OBJECTING_BEFORE), ("reported", _REPORTED_BEFORE),
    ("ruler", _RULER_BEFORE))))
# Before a comma only "in Lahore, " can end there: it alone is looked for (with the same engine).
_COMMA_BEFORE = regex.compile(_IN_PLACE_BEFORE)


# What may follow a mention, in the order the roles are decided.
_AFTER_PARTS = (("currency", _CURRENCY_AFTER), ("mediator", _MEDIATOR_AFTER), ("held", _HELD_AFTER),
                ("city", _CITY_AFTER), ("names", _NAMES_AFTER), ("place", _PLACE_AFTER),
                ("listed", _LIST_AFTER), ("ended", _ENDED_AFTER), ("warwith", _WAR_WITH_AFTER),
                ("leg", _LEG_AFTER), ("objecting", _OBJECTING_AFTER), ("reported", _REPORTED_AFTER),
                ("ruler", _RULER_AFTER))
_AFTER = re.compile("|".join(f"(?P<{name}>{p.pattern})" for name, p in _AFTER_PARTS))
# A word every phrase _AFTER knows holds (lower case): a cheap test before the match.
_AFTER_HINTS = frozenset([
    "dollar", "cent", "rupee", "rupiah", "taka", "yuan", "renminbi", "yen", "won", "euro", "pound", "riyal",
    "dinar", "dirham", "franc", "rouble", "ruble", "lira", "shilling", "peso", "ringgit", "baht", "ডলার",
    "রুপি", "টাকা", "ইউয়ান", "ইয়েন", "ইউরো", "পাউন্ড", "রিয়াল", "দিনার", "দিরহাম", "রুবল", "লিরা",
    "রিঙ্গিত", "डॉलर", "डालर", "रुप", "युआन", "येन", "यूरो", "पाउंड", "रियाल", "दीनार", "दिरहम", "रूबल",
    "लीरा", "रिंगिट", "broker", "mediat", "backed", "supported", "sponsored", "installed", "সমর্থিত", "समर्थित",
    "good", "auspices", "guarantor", "observer", "witness", "facilitator",
    "পর্যবেক্ষণ", "निगरानी", "মধ্যস্থ", "উদ্যোগ", "তত্ত্বাবধান", "मध्यस्थ", "पहल",
    "অনুষ্ঠিত", "আয়োজিত", "आयोजित", "host", "संपन्न", "सम्पन्न", "बैठक", "शिखर", "city", "শহর", "নগর", "शहर", "नगर",
    "agreement", "accord", "treaty", "declaration", "summit", "protocol", "process", "conference", "pact",
    "charter", "চুক্তি", "ঘোষণা", "সম্মেলন", "প্রটোকল", "সনদ", "समझौत", "संधि", "घोषणा", "सम्मेलन",
    "प्रोटोकॉल", "state", "province", "town", "region", "capital", "port", "village", "district", "রাজধানী",
    "রাজ্য", "প্রদেশ", "বন্দর", "অঞ্চল", "জেলা", "राजधानी", "राज्य", "प्रांत", "प्रान्त", "बंदरगाह", "क्षेत्र",
    "ज़िले", "जिले", "সহ", "সমেত", "মত", "समेत", "सहित", "जैसे", "जैसा", "जैसी", "तरह", "পতন", "বিলুপ্ত",
    "ভাঙ", "ভেঙে", "বিভাজন", "विघटन", "पतन", "टूट", "উত্তরসূরি", "उत्तराधिकारी", "সঙ্গে", "সাথে", "বিরুদ্ধে",
    "साथ", "ख़िलाफ़", "खिलाफ", "সফর", "यात्रा", "यात्राएं", "यात्राएँ", "दौरा", "दौरे", "dissolved", "collapsed",
    "broke", "disintegrated", "concern", "objection", "protest", "opposition", "আপত্তি", "উদ্বেগ", "বিরোধিতা",
    "আশঙ্কা", "आपत्ति", "चिंता", "विरोध", "ऐतराज", "say", "said", "allege", "claim", "believe", "report", "charge",
    "অভিযোগ", "দাবি", "ভাষ্য", "বক্তব্য", "বলছে", "বলেছে", "জানিয়েছে", "জানাচ্ছে", "आरोप", "कहना", "दावा",
    "मानना", "कहा", "স্বাধীন", "स्वतंत्र", "स्वाधीन", "आज़ाद", "आजाद"])
_HINT_WORDS = 8
# the hints by their first two characters: a word is looked up once, then tested against the few
_AFTER_BY_HEAD: dict[str, tuple[str, ...]] = {}
for _h in sorted(_AFTER_HINTS):
    _AFTER_BY_HEAD[_h[:2]] = (*_AFTER_BY_HEAD.get(_h[:2], ()), _h)


def _hinted(after: str) -> bool:
    """Whether one of the first words after a mention begins with a word of the phrases that
    decide a role (a cheap test before the match)."""
    get = _AFTER_BY_HEAD.get
    for w in after.lower().split(None, _HINT_WORDS)[:_HINT_WORDS]:
        w = w.lstrip("-–'’(")
        hints = get(w[:2])
        if hints is not None and w.startswith(hints):
            return True
    return False

# The last word of every phrase _BEFORE knows, with the words that may come right before it (None:
# any): a cheap test before the search.
_HELD_BY = frozenset(["held", "hosted", "convened", "organised", "organized", "place", "met", "meet", "meets",
                      "meeting", "talks", "summit", "signed", "gathered"])
_LEGS = frozenset(["visit", "visits", "tour", "tours", "trip", "trips", "stop", "stops", "leg", "legs"])
_OBJECTIONS = frozenset(["concern", "concerns", "objection", "objections", "protest", "protests", "opposition"])
_OF_BEFORE = frozenset(["mediation", "offices", "initiative", "auspices", "dissolution", "collapse", "break-up",
                        "breakup", "disintegration", "fall", "end", "successor", "state"]) | _LEGS | _OBJECTIONS
_BEFORE_LAST: dict[str, frozenset[str] | None] = {
    "by": frozenset(["brokered", "mediated", "facilitated", "arranged", "sponsored", "observed", "witnessed",
                     "guaranteed", "hosted"]) | _OBJECTIONS,
    "from": _OBJECTIONS | {"independence", "independent", "accredited", "covered", "handled", "served"},
    "in": _HELD_BY | _LEGS, "at": _HELD_BY, "as": frozenset(["such", "well"]),
    "to": frozenset(["similar", "compared", "successor", "state", "according", "flying", "travelling", "traveling",
                     "heading", "going", "continuing", "on", "route", "way"]) | _LEGS, "of": _OF_BEFORE,
    "for": frozenset(["leaving", "departing"]),
    "with": frozenset(["compared", "war", "wars"]), "against": frozenset(["war", "wars"]), "including": None,
    "like": None, "unlike": None, "include": None, "includes": None, "included": None, "formerly": None,
    "erstwhile": None, "then": None,
    "মধ্যে": frozenset(["যার", "যাদের"]), "जिसमें": None, "जिनमें": None, "পূর্বতন": None, "তৎকালীন": None,
    "भूतपूर्व": None}


def _before_hinted(before: str) -> bool:
    """Whether the words before a mention (not ending in a comma) may end one of the phrases
    _BEFORE knows."""
    words = before.rstrip(" \t\n,(").rsplit(None, 3)
    k = len(words) - 1
    if k > 0 and words[k].lower() == "the":
        k -= 1
    if k < 0 or words[k].lower() not in _BEFORE_LAST:
        return False
    allowed = _BEFORE_LAST[words[k].lower()]
    return allowed is None or (k > 0 and words[k - 1].lower() in allowed)


# A people's name for two states at once: "both Korean states", "the two Koreas", "দুই কোরিয়ার",
# "दोनों कोरियाई देशों"
_BOTH_BEFORE = re.compile(r"(?:(?i:\bboth|\bthe\s+two)|উভয়|দুই|দুটি|दोनों|दो)\s+$")
_STATES_AFTER = re.compile(r"(?:(?i:s\b|\s+(?:states|countries|nations|governments)\b)|"
                           r"(?:-?(?:র|এর|য়ের))?\s+(?:দেশ|রাষ্ট্র)(?:ের|গুলো|গুলোর|গুলির|দ্বয়|সমূহ)?|"
                           r"\s+(?:देशों|देश|राष्ट्रों|राष्ट्र))" + _E + "(?!-)")


def role(text: str, m: Mention, next_start: int | None = None) -> str:
    """What the country of ``m`` is in its sentence. ``next_start``: where the next country
    mention starts (what follows it is that mention's context, not this one's)."""
    stop = m.end + 60 if next_start is None else min(m.end + 60, next_start)
    after = text[m.end:stop]
    # what comes right before, in one search, and only after a word that can end such a phrase
    b = None
    before = text[max(0, m.start - 40):m.start]
    if before.rstrip(" ").endswith(")") and CHOICE_BEFORE.search(before) and not ANSWERED_BEFORE.search(before):
        return LISTED                 # a quiz's choice ("(a) Canada (b) Poland"), not its answer
    if _BOTH_BEFORE.search(before) and _STATES_AFTER.match(after):
        return LISTED                 # "both Korean states", "दोनों कोरियाई देशों": two states at once, not one
    if before.rstrip(" ").endswith(","):
        b = "held" if _COMMA_BEFORE.search(before) and _APPOSITION_AFTER.match(text, m.end) else None
    elif _before_hinted(before):
        found = _BEFORE.search(before)
        b = found.lastgroup if found else None
        # (a war frames the act only where it opens the sentence: "… during the war against Togo" names
        # the state the act was against)
        if b == "warwith" and found is not None:
            opening = max(0, m.start - 40) + found.start()
            b = b if _OPENS.search(text, max(0, opening - 3), opening) else None
    found_after = _AFTER.match(after) if _hinted(after) else None
    # the first kind of phrase that follows (most mentions: none); checked again one by one
    # only when it is one that depends on the kind of the mention
    a = found_after.lastgroup if found_after else None
    if a is None and b is None:                  # most mentions
        return VENUE if _placelike(m) and _is_locative(text, m) else PARTY
    if a in ("held", "city", "names", "place"):
        a = None
        for name, pattern in _AFTER_PARTS:
            if pattern.match(after) and (name not in ("held",) or m.kind in (NAME, CAPITAL)) \
                    and (name not in ("city", "names") or m.kind == CAPITAL) \
                    and (name != "place" or m.kind != CAPITAL):
                a = name
                break
    if a == "currency":
        return CURRENCY
    if b == "mediator" or a == "mediator":
        return MEDIATOR
    if m.kind in (NAME, CAPITAL) and (b == "held" or a == "held"):
        return VENUE
    if (m.kind == CAPITAL and a in ("city", "names")) or (_placelike(m) and _is_locative(text, m)):
        return VENUE
    if a == "place":
        return PLACE
    if b == "listed" or a == "listed":
        return LISTED
    if m.kind in (DEMONYM, FORMER) and b == "formerly":
        return LISTED
    if b in ("warwith", "objecting") or (a == "warwith") or (a == "objecting" and (
            not after.startswith(("'", "’")) or _DESPITE_BEFORE.search(before))):
        return FRAME
    if b in ("ended", "leg") or a in ("ended", "leg"):
        return LISTED
    if b == "reported" or a == "reported":
        return REPORTER
    if b == "ruler" or a == "ruler":
        return RULER
    return PARTY


# What a headline is about rather than who acts in it: "… over China deals", "… amid Russia
# row", "চীনের ঋণ নিয়ে …", "चीन के कर्ज़ को लेकर …" (the topic phrase of each language's headlines).
_TOPIC_BEFORE = re.compile(r"(?i:\b(?:over|amid|about)\s+(?:the\s+)?)$")
_TOPIC_AFTER = re.compile(r"(?:-?(?:এর|ের|র|য়ের))?(?:\s+\S+){0,2}?\s+নিয়ে" + _E + "|"
                          r"(?:\s+(?:के|की|का))?(?:\s+\S+){0,2}?\s+को\s+लेकर" + _E)


def headline_topic(text: str, m: Mention, next_start: int | None = None) -> bool:
    """Whether a headline names ``m``'s state only as what it is about ("over China deals");
    ``next_start``: where the next mention starts (the phrase after ``m`` ends before it)."""
    return bool(_TOPIC_BEFORE.search(text, max(0, m.start - 12), m.start)) \
        or bool(_TOPIC_AFTER.match(text, m.end, len(text) if next_start is None else next_start))


# (the place: English after "in"/"at", Bengali in the locative, Hindi with "में" after the bracket)
_BRACKETED_PLACE = regex.compile(r"(?:(?i:\b(?:in|at)\s+)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|"
                                 r"[\u0980-\u09ff]+(?:তে|য়|ে)(?<!কে))\s*\(\s*$")
_BRACKETED_PLACE_HI = regex.compile(r"[\u0900-\u097f]+\s*\(\s*$")
_BRACKET_CLOSES = re.compile(r"\s*\)(?=[\s,.;])")
_BRACKET_CLOSES_HI = re.compile(r"\s*\)\s*(?:में|पर)(?![\u0900-\u097f])")


# (a separator there must be: in Bengali and Hindi a subject and its object stand side by side,
# "কাজাখস্তান রুশ ফেডারেশনকে …")
_COORDINATED = re.compile(r"\s*(?:,|;|/|(?i:and|or)|&|ও|এবং|আর|বা|और|तथा|व|एवं|या)\s*(?:(?i:and)\s+)?")
_SHARED = (LISTED, MEDIATOR, REPORTER)


def coordinated(text: str, a: Mention, b: Mention) -> bool:
    """Whether two successive mentions are joined only by a comma or "and" ("Yemen, Syria")."""
    return _COORDINATED.fullmatch(text, a.end, b.start) is not None


def roles(text: str, mentions: list[Mention], next_start: int | None = None) -> list[str]:
    """The role of each of ``mentions`` (sorted by position; ``next_start``: where the mention
    after the last one starts). Countries coordinated in one run ("Yemen, Syria and Lebanon")
    share a listing or mediating role found at either end."""
    n = len(mentions)
    following = [*(m.start for m in mentions[1:]), next_start]         # (one too many when there are none)
    out = [role(text, m, f) for m, f in zip(mentions, following, strict=False)]
    k = 0
    while k < n:
        j = k
        while j + 1 < n and coordinated(text, mentions[j], mentions[j + 1]):
            j += 1
        if j > k:                   # (a run of one shares nothing)
            # (a run reports what follows it: "A, B and C say that …", not "according to A, B …")
            shared = next((r for r in out[k:j + 1] if r in _SHARED and (r != REPORTER or out[j] == r)), None)
            if shared:
                out[k:j + 1] = [shared] * (j + 1 - k)
        k = j + 1
    # a state named for where its city is ("ভিয়েতনামের হ্যানয়ে", "वियतनाम के हनोई में") is where its city is
    # (or where the state is: "in Vietnam's capital Hanoi")
    for k in range(n - 1):
        if out[k] == PARTY and names_its_city(text, mentions[k], mentions[k + 1]) \
                and (out[k + 1] == VENUE or _is_locative(text, mentions[k])):
            out[k] = out[k + 1] = VENUE
    # a state in brackets after the place of a meeting is where it met ("in Abidjan (Ivory Coast)",
    # "আবিদজানে (আইভরি কোস্ট)", "आबिदजान (आइवरी कोस्ट) में"), unless it glosses the name before it
    for k, m in enumerate(mentions):
        glossed = k > 0 and not text[mentions[k - 1].end:m.start].strip(" (") and mentions[k - 1].kind != CAPITAL
        before = max(0, m.start - 50)
        if out[k] == PARTY and not glossed and (
                (_BRACKETED_PLACE.search(text, before, m.start) and _BRACKET_CLOSES.match(text, m.end))
                or (_BRACKETED_PLACE_HI.search(text, before, m.start) and _BRACKET_CLOSES_HI.match(text, m.end))):
            out[k] = VENUE
    if REPORTER in out and not _reports(text, mentions, out):
        out = [PARTY if t == REPORTER else t for t in out]
    # a mediator is no party to what it mediates, wherever else the sentence names it ("at Camp David
    # in the US, … under the mediation of US President Carter")
    mediators = {m.code for m, r in zip(mentions, out, strict=True) if r == MEDIATOR}
    if mediators:
        out = [MEDIATOR if r == PARTY and m.code in mediators else r for m, r in zip(mentions, out, strict=True)]
    return out


def _reports(text: str, mentions: list[Mention], out: list[str]) -> bool:
    """Whether the reporters among ``mentions`` only tell of what two others did: several states
    reporting together, the clause they open naming its own actor ("A and B say that C sent troops to
    D", not "A said it would send relief to C and D"), or a source ("according to A, C …"); else they
    are parties themselves ("A alleged that C and D …" is A's accusation)."""
    ks = [k for k, r in enumerate(out) if r == REPORTER]
    last = mentions[ks[-1]]
    told = {m.code for m, r in zip(mentions[ks[-1] + 1:], out[ks[-1] + 1:], strict=True) if r == PARTY}
    if len(told - {mentions[k].code for k in ks}) < 2:
        return False
    if _REPORTED_BEFORE.search(text, max(0, mentions[ks[0]].start - 40), mentions[ks[0]].start):
        return True
    nxt = mentions[ks[-1] + 1]
    said = _REPORTED_AFTER.match(text, last.end, nxt.start)
    return len(ks) > 1 and said is not None and nxt.start - said.end() <= _REPORTED_GAP


_OF_ITS_CITY = re.compile(r"\s+(?:के|की)\s+|['’]s\s+(?:(?i:capital),?\s+)?")


def names_its_city(text: str, a: Mention, b: Mention) -> bool:
    """Whether ``a`` names a state and ``b``, right after it, that state's own capital, the one
    owning the other ("ভিয়েতনামের হ্যানয়", "वियतनाम के हनोई", "Vietnam's Hanoi")."""
    return a.code == b.code and a.kind != CAPITAL and b.kind == CAPITAL \
        and (_OF_ITS_CITY.fullmatch(text, a.end, b.start) is not None
             or (a.text.endswith("র") and text[a.end:b.start].isspace()))


def party_codes(text: str, mentions: list[Mention]) -> list[str]:
    """The countries that are parties among ``mentions`` (sorted by position), in order of
    first mention."""
    out: list[str] = []
    for m, r in zip(mentions, roles(text, mentions), strict=True):
        if r == PARTY and m.code not in out:
            out.append(m.code)
    return out


def _placelike(m: Mention) -> bool:
    """A capital, or the name of a city-state ("signed at the Vatican", "met in Singapore")."""
    return m.kind == CAPITAL or (m.kind == NAME and m.code in city_states())


def _is_locative(text: str, m: Mention) -> bool:
    """A capital (or a city-state) named as the place where something happens, not for its
    government; not where a visitor arrives ("arrived in Dhaka", "ঢাকায় আসবেন"): that is the state
    visited."""
    if _LOCATIVE_BEFORE.search(text, max(0, m.start - 10), m.start):
        return not _ARRIVED_IN.search(text, max(0, m.start - 24), m.start)
    word = m.text
    if "\u0980" <= word[-1:] <= "\u09ff":
        return (bool(_LOCATIVE_BN.search(word)) and not word.endswith(("কে", "র", "ের"))
                and not _ARRIVES_BN.match(text, m.end))
    return bool(_LOCATIVE_HI.match(text, m.end)) and not _ARRIVES_HI.match(text, m.end)


_ARRIVED_IN = re.compile(r"(?i:\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?)\s+(?:in|at)\s+(?:the\s+)?)$")
# ("ঢাকায় আসবেন", "হ্যানয়ে রাষ্ট্রীয় সফরে যান", "हनोई में पहुँचे")
_ARRIVES_BN = re.compile(r"\s+(?:\S+\s+)?(?:আস|এস|পৌঁছ|পৌছ|সফর|যান|গেলেন)")
_ARRIVES_HI = re.compile(r"\s+में\s+(?:\S+\s+){0,2}?(?:पहुँच|पहुंच|आए|आईं|आये|गए|गईं)")
