"""The phrases that cancel the cue words of corpus.cues where they overlap them: the anniversary
of relations is no establishment, lifted sanctions are no hostility, a military government no act."""

from __future__ import annotations

# Phrases that cancel the cues of a type they overlap.
# The partner's military action supported: support, not hostility between the two, nor arms sent (6.9).
_SUPPORTED_EN = (r"(?i:(?:supported|backed|endorsed|welcomed)\s+(?:[\w'’]+\s+){0,3}(?:military\s+)?(?:action|operation|"
                 r"intervention|offensive|campaign))\b")
_SUPPORTED_BN = r"*(?:সামরিক\s+(?:অভিযান|পদক্ষেপ)|হামলা|যুদ্ধ)\S*\s+(?:\S+\s+){0,4}সমর্থন"
_SUPPORTED_HI = r"*(?:सैन्य\s+कार्रवाई|सैन्य\s+अभियान|हमले|युद्ध)\S*\s+(?:का|को)\s+(?:\S+\s+){0,4}समर्थन"


VETOES: dict[str, dict[str, list[str]]] = {
    "agreement": {
        # the noun: "as a sign of goodwill", "signs of progress"
        "en": [r"(?i:(?:a|an|the|any|no|first|clear|positive|strong|good|welcome|encouraging)\s+signs?\s+of|"
               r"signs\s+of)\b",
               # a state declaring its own independence declares nothing with another
               r"(?i:declar(?:ed|es|ing|ation of)\s+(?:its\s+|their\s+)?independence)\b",
               # an instrument only talked about ("first discussed the pact at …")
               r"(?i:discuss(?:ed|es|ing)?|(?:talks|negotiations|consultations|round)\s+(?:on|about|over|for|of)|"
               r"negotiat(?:e|ed|es|ing))\s+(?:the\s+|a\s+|an\s+)?(?:[\w–-]+\s+){0,4}"
               r"(?:pact|treaty|agreement|accord|deal|declaration|statement|memorandum|protocol|convention)\b",
               # an arms sale is military (6.8)
               r"(?i:(?:(?:signed|concluded|struck|made)\s+(?:\w+\s+){0,4})?(?:arms|weapons?|fighter|missile|tank|"
               r"howitzer|helicopter)\s+(?:\w+\s+){0,2}(?:deals?|contracts?))\b",
               # a law or a decree signed is one state's own act
               r"(?i:sign(?:ed|s|ing)?\s+(?:a\s+|the\s+|into\s+)?(?:\w+\s+){0,2}(?:laws?|decrees?|bills?|"
               r"executive orders?|ordinances?))\b",
               # a meeting that ended "without an agreement" signed none
               r"(?i:without\s+(?:an?\s+|any\s+)?(?:\w+\s+)?(?:agreement|deal|accord))\b"],
        "bn": [r"স্বাধীনতা(?:র)?\s*ঘোষণা", r"(?:আইন|ডিক্রি|অধ্যাদেশ|বিল)\S*\s+(?:\S+\s+)?(?:সই|স্বাক্ষর)",
               r"(?:অস্ত্র|যুদ্ধজাহাজ|ডুবোজাহাজ|যুদ্ধবিমান|ক্ষেপণাস্ত্র|ট্যাংক|ট্যাঙ্ক)\S*\s+(?:\S+\s+){0,8}?(?:চুক্তি|ক্রয়চুক্তি)",
               r"(?:চুক্তি|সমঝোতা)\S*\s+(?:নিয়ে|বিষয়ে|সংক্রান্ত)\s+(?:\S+\s+){0,3}?(?:আলোচনা|সংলাপ|দরকষাকষি|দর\s*কষাকষি)",
               r"(?:চুক্তি|সমঝোতা)\S*\s*(?:ছাড়াই|ছাড়া)",
               r"(?:চুক্তি|সমঝোতা)\S*\s+(?:\S+\s+)?(?:বার্ষিকী|পূর্তি|জয়ন্তী)",
               # a commemorative stamp or coin ("স্মারক ডাকটিকিট") is no memorandum
               r"স্মারক\s*(?:ডাকটিকিট|ডাকটিকেট|মুদ্রা|বক্তৃতা|স্তম্ভ|ভাস্কর্য|গ্রন্থ|অনুষ্ঠান)"],
        "hi": [r"(?:स्वतंत्रता|स्वाधीनता|आज़ादी|आजादी)\s*(?:की\s*)?घोषणा",
               r"(?:कानून|क़ानून|अध्यादेश|विधेयक|डिक्री)\S*\s+पर\s+हस्ताक्षर",
               r"(?:हथियार|युद्धपोत|पनडुब्बी|लड़ाकू\s*विमान|युद्धक\s*विमान|मिसाइल|टैंक|तोप)\S*\s+(?:\S+\s+){0,10}?(?:सौद|करार)",
               # a defence system bought ("… प्रणाली की पांच स्क्वाड्रन ख़रीदने का … सौदा")
               r"रक्षा\s*प्रणाली\S*\s+(?:\S+\s+){0,5}?(?:ख़रीद|खरीद)\S*\s+(?:\S+\s+){0,6}?(?:सौद|करार)",
               r"(?:समझौत|संधि|करार)\S*\s+(?:पर|को\s*लेकर|के\s*लिए|के\s*बारे\s*में)\s+(?:\S+\s+){0,4}?(?:वार्ता|बातचीत|चर्चा)",
               r"बिना\s+(?:किसी\s+)?(?:समझौते|करार|संधि)",
               r"(?:समझौते|संधि|करार)\s+(?:की\s+)?(?:\S+\s+)?(?:वर्षगांठ|सालगिरह)"],
    },
    "relations_established": {
        # a partnership above relations already held is no beginning of relations ("upgraded ties to a
        # strategic partnership"); relations agreed on, not yet begun: the agreement is the act
        "en": [r"(?i:(?:upgraded|raised|elevated)\s+(?:\w+\s+){0,3}(?:relations|ties)\s+to\s+(?:a|an|the)\s+"
               r"(?:\w+\s+){0,3}partnership)\b",
               r"(?i:agreed|agreement|consensus)\s+(?:\w+\s+){0,2}to\s+(?:establish|normali[sz]e|restore|resume)\s+"
               r"(?:\w+\s+){0,2}(?:relations|ties)\b",
               # (but "… of diplomatic ties, which were established on …" tells when they began)
               r"(?i:anniversary|jubilee|\d+\s+years)\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}(?:relations|ties)\b"
               r"(?!,?\s+(?:which|that)\s+(?:were|had\s+been)\s+(?:\w+\s+)?(?:established|formali[sz]ed|set\s+up)"
               r"\s+(?:on|in)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\s*(?:[.;\n]|$))",
               r"(?i:(?:relations|ties)\s+(?:\w+\s+)?began\s+to\s+\w+)\b",
               r"(?i:economic|trade|commercial|cultural|business|military|defen[cs]e|people-to-people|"
               r"parliamentary)\s+(?:relations|ties)\b"],
        "bn": [r"(?:অর্থনৈতিক|বাণিজ্যিক|সাংস্কৃতিক|সামরিক|আন্তঃসংসদীয়)\s*সম্পর্ক",
               r"সম্পর্ক\S*\s*(?:স্বাভাবিক|স্থাপন|পুনঃস্থাপন|পুনঃপ্রতিষ্ঠা)\s*(?:করতে|করার)\s*(?:\S+\s+)?(?:সম্মত|রাজি|একমত)",
               r"সম্পর্ক[^\s।]*(?:\s+\S+){0,3}?\s*(?:প্রতিষ্ঠার|স্থাপনের)\s*(?:\S+\s+)?(?:বার্ষিকী|পূর্তি|জয়ন্তী|বছর)"],
        "hi": [r"(?:आर्थिक|व्यापारिक|सांस्कृतिक|सैन्य)\s*(?:संबंध|सम्बन्ध|संबंधों|सम्बन्धों|रिश्ते)",
               r"(?:संबंध|संबंधों|रिश्ते)\s*(?:को\s*)?(?:सामान्य|बहाल|स्थापित)\s*करने\s*(?:पर|के\s*लिए|को|के)\s*"
               r"(?:सहमति|सहमत|राज़ी|राजी|समझौत)",
               r"(?:स्थापना|संबंधों)\s*की\s*(?:\S+\s+)?(?:वर्षगांठ|सालगिरह)"],
    },
    "recognition": {
        "en": [r"(?i:recogni[sz](?:ed|es|e|ing))\s+(?:the\s+)?(?:\w+\s+)?(?:importance|need|role|value|contribution|"
               r"growing|efforts?|potential|significance|achievements?|engagements?|autonomy|rights|concerns|interests)\b",
               r"(?i:not|never|refused to|declined to)\s+(?:\w+\s+){0,2}recogni[sz]",
               r"(?i:anniversary|jubilee|centenary|centennial|\d+\s+years)\s+of\s+(?:\w+['’]s\s+|the\s+)?"
               r"(?:\w+\s+){0,3}recognition\b",
               # recognised as a market economy: a trade status, not a state's recognition
               r"(?i:recogni[sz](?:ed|es|e|ing)\s+(?:\w+\s+){0,3}as\s+(?:an?\s+)?(?:full\s+)?market\s+economy)",
               # sovereignty over a territory recognised: a territorial question, not the state's recognition
               r"(?i:recogni[sz](?:ed|es|e|ing)\s+(?:[\w'’-]+\s+){0,3}(?:sovereignty|claims?)\s+(?:over|to)\b)"],
        "bn": [r"বাজার\s*অর্থনীতি\S*\s+(?:\S+\s+){0,2}স্বীকৃতি",
               r"স্বীকৃতি\s*(?:দেয়নি|দেয়\s*না)", r"স্বীকৃতি\S*\s*(?:\S+\s+)?(?:বার্ষিকী|পূর্তি|জয়ন্তী)",
               r"(?:স্বায়ত্তশাসন|অধিকার|ভূমিকা|গুরুত্ব|অবদান)\S*\s*(?:\S+\s+)?স্বীকৃতি",
               r"(?:ওপর|উপর)\s+(?:\S+\s+){0,3}(?:সার্বভৌমত্ব|দাবি)\S*\s+(?:\S+\s+)?স্বীকৃতি"],
        "hi": [r"(?:बाज़ार|बाजार)\s*अर्थव्यवस्था\S*\s+(?:\S+\s+){0,3}मान्यता",
               r"मान्यता\s*नहीं", r"(?:स्वायत्तता|अधिकार|अधिकारों|भूमिका|महत्व|योगदान)\s*(?:\S+\s+){0,2}मान्यता",
               r"मान्यता\s*(?:की|के)\s*(?:\S+\s+)?(?:वर्षगांठ|शताब्दी|सालगिरह)",
               r"(?:पर|के\s+ऊपर)\s+(?:\S+\s+){0,3}(?:संप्रभुता|सम्प्रभुता|दावे)\S*\s+(?:को\s+)?मान्यता"],
    },
    "aid": {
        "en": [# relief felt is no relief sent
               r"(?i:to\s+the\s+(?:great\s+|considerable\s+)?relief\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:government|officials|"
               r"leaders|ministers|authorities)|sigh\s+of\s+relief)\b",
               # money committed or spent for investment, trade, troops or arms is no aid (6.6, 6.7, 6.8)
               r"(?i:(?:committed|contributed|allocated|earmarked|spen[dt]|spending|credit facilit(?:y|ies))\s+"
               r"(?:[\w$€£.,-]+\s+){0,8}?(?:investments?|exports|trade|troops|military|arms|defen[cs]e|armou?red|"
               r"airstrip|wall|embassy|pipeline|railway|purchase|buy)|agreed\s+to\s+spend)\b",
               r"(?i:military|defen[cs]e|arms|security|diplomatic)\s+(?:aid|assistance|help)\b",
               r"(?i:(?:mutual\s+)?assistance\s+(?:treaty|pact|agreement)|mutual\s+assistance|"
               r"mutual\s+legal\s+assistance)\b",
               # a museum's loan of an object
               r"(?i:on\s+(?:\w+\s+)?loan)\b",
               # "grants" the verb: a right or a status granted is no grant of money
               r"(?i:grant(?:s|ed|ing)?\s+(?:[\w'’]+\s+){0,4}?(?:the\s+)?(?:rights?|status|permission|access|asylum|"
               r"citizenship|visas?|concessions?|licen[cs]es|permits|recognition))\b",
               # a gift of military equipment is military (ANNOTATION 6.8)
               r"(?i:donat(?:ed|es|ion of)|gift(?:ed|s)?|grant(?:ed|s)?)\s+(?:\w+\s+){0,3}"
               r"(?:military|defen[cs]e|patrol|naval|arms|weapons|armou?red)\b",
               r"(?i:donat(?:ed|es|ion of)|gift(?:ed|s)?|grant(?:ed|s)?)\s+(?:[\w'’-]+\s+){0,4}(?:warships?|frigates?|"
               r"corvettes?|submarines?|gunboats?|(?:military\s+|attack\s+)?helicopters?|fighter\s+jets|battle\s+tanks|rifles|ammunition|missiles)\b",
               r"(?i:military|defen[cs]e|patrol|naval|armou?red)\s+(?:\w+\s+){0,4}(?:as a gift|as a grant|gift(?:ed)?|"
               r"donated)\b"],
        "bn": [r"(?:সামরিক|প্রতিরক্ষা|নিরাপত্তা)\s*(?:সাহায্য|সহায়তা)", r"পারস্পরিক\s*সহায়তা",
               r"পারস্পরিক\s*(?:আইনি|আইনগত)\s*সহায়তা",
               r"(?:সামরিক|প্রতিরক্ষা)\s+(?:উপদেষ্টা|প্রশিক্ষক|বিশেষজ্ঞ)\S*\s+(?:সাহায্য|সহায়তা)",
               # a hospital built for trade or an army
               r"(?:বাণিজ্যিক|বিনিয়োগ|সামরিক)\S*\s+(?:\S+\s+){0,6}?হাসপাতাল\S*\s+(?:\S+\s+){0,3}?নির্মাণ",
               r"(?:সামরিক|প্রতিরক্ষা|টহল)\s*(?:\S+\s+){0,3}(?:উপহার|অনুদান|দান)"],
        "hi": [r"(?:सैन्य|रक्षा|सुरक्षा)\s*(?:सहायता|मदद)", r"(?:पारस्परिक\s*)?सहायता\s*(?:संधि|समझौत)",
               r"(?:सैन्य|रक्षा)\s+(?:सलाहकारों|प्रशिक्षकों|विशेषज्ञों)\s+(?:की\s+)?(?:सहायता|मदद)",
               r"पारस्परिक\s*सहायता", r"पारस्परिक\s*(?:कानूनी|क़ानूनी|विधिक)\s*सहायता",
               r"(?:निवेश|व्यावसायिक|सैन्य)\S*\s+(?:\S+\s+){0,6}?अस्पताल",
               r"(?:सैन्य|रक्षा|गश्ती)\s*(?:\S+\s+){0,3}(?:उपहार|अनुदान|दान)",
               r"(?:युद्धक|युद्धपोत|लड़ाकू|हथियार|हेलीकॉप्टर|हेलिकॉप्टर|मिसाइल|तोप|टैंक)\S*\s+(?:\S+\s+){0,4}?"
               r"(?:उपहार|अनुदान|दान)"],
    },
    "conflict": {
        "en": [r"(?i:disputes?|conflicts?|wars?|tensions?|confrontations?|hostilities)\s+(?:\w+\s+){0,5}"
               r"(?:was|were)?\s*(?:settled|resolved|ended)\b",
               r"(?i:end(?:ed|ing)?|to end)\s+(?:the\s+)?(?:\w+\s+){0,3}wars?\b",
               r"(?i:world war)\b",
               r"(?i:terrorist|militant|suicide|insurgent)\s+(?:attacks?|bombings?|strikes?)\b",
               r"(?i:pre-?war|post-?war|inter-?war|war reparations?|war compensation|war-(?:torn|ravaged|damaged))\b",
               r"(?i:since\s+the\s+(?:\w+\s+)?war)\b",
               r"(?i:civil war)\b",                # a civil war is a state's own (domestic)
               r"(?i:prisoners?\s+of\s+war|POWs?)\b",
               r"(?i:(?:before|after|since|prior to)\s+the\s+(?:[\w-]+\s+)?(?:blockade|boycott|embargo|crisis))\b",
               r"(?i:(?:fighting|clashes|violence|war)\s+(?:between|among)\s+(?:\w+\s+){0,2}(?:militias|factions|"
               r"groups|rebels|tribes|gangs))\b",
               r"(?i:veterans?\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}war)\b",
               # sanctions lifted or eased end a quarrel: no act of hostility
               r"(?i:lift(?:ed|ing|s)?|eas(?:ed|ing|es)|remov(?:ed|ing|es))\s+(?:\w+\s+){0,3}"
               r"(?:sanctions|restrictions|embargo|ban)\b",
               r"(?i:(?:sanctions|restrictions|embargo|ban)\s+(?:\w+\s+){0,3}?"
               r"(?:was|were|had been|has been|have been)\s+"
               r"(?:\w+\s+){0,2}(?:lifted|eased|removed))\b",
               _SUPPORTED_EN,
               # forces sent or let in for relief, at a request or for joint work are no hostility (6.8)
               r"(?i:(?:sent|deployed|massed|moved|rushed|stationed|troops|forces|soldiers|warships|helicopters|"
               r"aircraft|jets|planes)\s+(?:[\w,'’-]+\s+){0,12}?(?:relief|aid|rescue|humanitarian|request|"
               r"invitation|permission|joint|exercises?|drills?|evacuat\w+))\b",
               # a border or embassy reopened ends a quarrel
               r"(?i:re-?open(?:ed|ing|s)?\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:border|frontier|"
               r"crossings?|embassy|airspace))\b",
               # tension that eased is no act of hostility
               r"(?i:(?:tensions?|dispute|rift|row)\s+(?:\w+\s+){0,3}?(?:eased|subsided|cooled|calmed|diminished|"
               r"abated))\b",
               # an ultimatum the two give together is to a third
               r"(?i:joint(?:ly)?\s+(?:\w+\s+){0,4}?ultimatum)\b",
               # terrorism condemned together is no quarrel of the two
               r"(?i:(?:condemn\w*|denounc\w*)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:terror\w*|extremis\w*|violence))\b"],
        "bn": [_SUPPORTED_BN,
               r"(?:ত্রাণ|সহায়তা|উদ্ধার|অনুরোধে|অনুমতি|যৌথ|মহড়া)\S*\s+(?:\S+\s+){0,6}?(?:মোতায়েন|প্রবেশ|ঢুকে|পাঠা)",
               r"(?:সন্ত্রাস|জঙ্গিবাদ|উগ্রবাদ)\S*\s+(?:\S+\s+){0,3}?নিন্দা",
               r"যৌথভাবে\s+(?:\S+\s+){0,4}?(?:চরম\s*সময়সীমা|আলটিমেটাম)",
               r"(?:উত্তেজনা|বিরোধ|টানাপোড়েন)\S*\s+(?:\S+\s+){0,2}?(?:কমে|হ্রাস\s*পা|প্রশমিত)",
               r"*যুদ্ধ(?:ের)?\s*(?:পর|পরে|সময়|চলাকালে|চলাকালীন)", r"*বিশ্বযুদ্ধ", r"*যুদ্ধ[\s-]*ক্ষতিপূরণ",
               r"(?:নিষেধাজ্ঞা|অবরোধ)\S*\s+(?:\S+\s+){0,2}(?:উঠে|তুলে|প্রত্যাহার|শিথিল)", r"*যুদ্ধবিধ্বস্ত", r"গৃহযুদ্ধ",
               r"(?:জঙ্গি|সন্ত্রাসী|আত্মঘাতী)\s*(?:\S+\s+)?(?:হামলা|বোমা)",
               r"*যুদ্ধ\S*\s*(?:\S+\s+)?(?:অবসান|সমাপ্তি|নিষ্পত্তি|মীমাংসা)",
               r"*যুদ্ধ\S*\s+(?:\S+\s+){0,10}?থেমে\s*(?:যায়|গেছে)",
               r"(?:সংঘাত|সংঘর্ষ|বিরোধ|শত্রুতা)\S*\s*(?:\S+\s+)?(?:অবসান|সমাপ্তি|নিষ্পত্তি|মীমাংসা)",
               r"*যুদ্ধবন্দ(?:ি|ী)", r"সম্পর্ক\S*\s+ফিরিয়ে\s*আন", r"(?:অবরোধ|সংকট|সংঘাত)\S*\s+(?:আগে|পরে|পর|পূর্বে|সময়)"],
        "hi": [_SUPPORTED_HI,
               r"(?:राहत|सहायता|मदद|बचाव|अनुरोध|अनुमति|संयुक्त|अभ्यास)\S*\s+(?:\S+\s+){0,8}?(?:तैनात|प्रवेश|घुस|भेज)",
               r"(?:आतंकवाद|आतंक|उग्रवाद|हिंसा)\S*\s+(?:\S+\s+){0,3}?निंदा",
               r"(?:संयुक्त\s+रूप\s+से|मिलकर)\s+(?:\S+\s+){0,4}?(?:अल्टीमेटम|अल्टिमेटम)",
               r"(?:तनाव|विवाद)\S*\s+(?:\S+\s+){0,2}?(?:कम\s*(?:हु|हो)|घट)",
               r"पकड़\s*(?:ली|लिया|लिए)\s+(?:\S+\s+){0,6}?बचा",
               r"*युद्ध[\s-]*(?:के\s*बाद|के\s*दौरान|के\s*समय|क्षतिपूर्ति|हर्जाना)",
               r"(?:प्रतिबंध|नाकेबंदी)\S*\s+(?:\S+\s+){0,3}(?:हटा|उठा|ढील|वापस\s*ले)", r"विश्व\s*युद्ध", r"*युद्धग्रस्त",
               r"गृहयुद्ध",
               r"(?:आतंकी|आतंकवादी|आत्मघाती|उग्रवादी)\s*(?:\S+\s+)?हमल",
               r"*युद्ध\s*बंद(?:ी|ि)", r"(?:नाकेबंदी|संकट|संघर्ष)\S*\s+(?:से\s+पहले|के\s+पहले|के\s+बाद|के\s+दौरान)",
               r"(?:युद्ध|संघर्ष|विवाद|टकराव|शत्रुता)\S*\s*(?:\S+\s+){0,2}(?:का\s+)?(?:अंत|समाप्त|ख़त्म|खत्म|निपटारा|समाधान)",
               # a war that stopped, with a ceasefire ("जंग … युद्धविराम लागू होने के साथ थम गई")
               r"(?:युद्ध|जंग|लड़ाई)\S*\s+(?:\S+\s+){0,10}?थम\s*(?:गई|गया|गए)"],
    },
    "military": {
        "en": [r"(?i:(?:army|navy|naval|air force|military)\s+chiefs?|chiefs?\s+of\s+(?:the\s+)?(?:army|naval|air|"
               r"defen[cs]e)\s+staff)\b",
               # a government or a ruler that is military is no military act
               r"(?i:military\s+(?:government|junta|regime|ruler|leader|rule|parades?))\b",
               # airliners are no arms ("50 Boeing jets")
               r"(?i:(?:Boeing|Airbus|Embraer|passenger|private|business|commercial|jumbo|civilian|regional)\s+jets)\b",
               _SUPPORTED_EN],
        "bn": [r"প্রতিরক্ষা\s*(?:শিল্প\s*|উৎপাদন\s*)?(?:মন্ত্রী|সচিব|মন্ত্রণালয়|উপদেষ্টা)", r"প্রতিরক্ষামন্ত্রী",
               r"(?:সেনা|নৌ|বিমান)(?:বাহিনী)?র?\s*প্রধান",
               r"(?:সামরিক|সেনা)\s*(?:সরকার|জান্তা|শাসক|শাসন|কুচকাওয়াজ|প্যারেড)", _SUPPORTED_BN],
        "hi": [_SUPPORTED_HI, r"रक्षा\s*(?:उद्योग\s+|उत्पादन\s+)?(?:मंत्री|मंत्रि|मन्त्री|मन्त्रि|सचिव|मंत्रालय|मन्त्रालय)",
               r"रक्षामंत्री",
               r"रक्षामंत्रि",
               r"(?:सेना|नौसेना|वायुसेना|थलसेना)\s*(?:प्रमुख|अध्यक्ष)",
               r"सैन्य\s*(?:सरकार|जुंटा|शासन|शासक|परेड)"],
    },
    "trade": {
        # a trade delegation travelling is a visit (ANNOTATION 6.7)
        # and a trade instrument or area by its name is no flow of trade (6.5)
        "en": [r"(?i:trade|business|commercial)\s+(?:delegations?|missions?)\b",
               # energy given free, or cut off, is no trade (6.6, 6.9)
               r"(?i:suppl(?:ied|ies|ying)\s+(?:[\w-]+\s+){0,6}?free\s+of\s+charge|(?:cut\s+off|shut\s+off|halted|stopped|"
               r"suspended)\s+(?:\w+\s+){0,3}?(?:gas|oil|electricity|power)\s+(?:supplies|supply|deliveries|exports))\b",
               # a treaty named for its matters ("a Treaty of Friendship, Commerce and Navigation")
               r"(?i:treat(?:y|ies)|agreements?|conventions?|pacts?)\s+(?:of|on)\s+(?:\w+,?\s+(?:and\s+)?){0,4}"
               r"(?:commerce|trade)\b",
               r"(?i:(?:trade|commerce|investment|economic\s+cooperation)\s+(?:and\s+\w+\s+)?"
               r"(?:ministers?|ministry|secretary|representatives?)|"
               r"ministers?\s+(?:of|for)\s+(?:foreign\s+)?(?:trade|commerce|investment|economic\s+cooperation))\b",
               r"(?i:(?:free|preferential)\s+trade\s+(?:agreements?|area|pacts?|deals?|treat(?:y|ies)))\b",
               # a body named for its suppliers (the Nuclear Suppliers Group)
               r"(?i:suppliers?\s+(?:group|club|regime))\b"],
        "bn": [r"বিনামূল্যে\s+(?:\S+\s+){0,3}?সরবরাহ", r"সরবরাহকারী\s*(?:গোষ্ঠী|দেশগুলোর\s*গোষ্ঠী|গ্রুপ)",
               r"(?:বাণিজ্য|বাণিজ্যিক|ব্যবসায়ী)\S*\s*প্রতিনিধি\s*দল", r"(?:বাণিজ্য|বাণিজ্যিক|ব্যবসায়ী)\S*\s*প্রতিনিধিদল",
               # a ministry or minister of trade is who acts, not a flow of trade
               r"(?:বাণিজ্য|বিনিয়োগ|অর্থনৈতিক\s*সহযোগিতা)\s*(?:(?:ও|এবং)\s*\S+\s*)?(?:মন্ত্রণালয়|মন্ত্রী|সচিব|উপদেষ্টা)",
               r"(?:মুক্ত|অগ্রাধিকারমূলক)\s*বাণিজ্য\s*(?:চুক্তি|অঞ্চল|এলাকা)", r"বাণিজ্যিক\s*(?:ফ্লাইট|বিমান|উড়োজাহাজ)"],
        "hi": [r"(?:मुफ्त|मुफ़्त|निःशुल्क)\s+(?:\S+\s+){0,3}?आपूर्ति", r"आपूर्तिकर्ता\s*(?:समूह|देशों\s*के\s*समूह|ग्रुप)",
               r"(?:व्यापार|व्यापारिक|व्यावसायिक)\s*प्रतिनिधिमंडल", r"(?:मुक्त|तरजीही)\s*व्यापार\s*(?:समझौत|क्षेत्र|संधि)",
               r"(?:व्यापार|वाणिज्य|निवेश|आर्थिक\s*सहयोग)\s*(?:(?:एवं|और|तथा|व)\s*\S+\s*)?"
               r"(?:मंत्रालय|मंत्री|मंत्रि|सचिव)", r"(?:वाणिज्यिक|व्यावसायिक)\s*(?:उड़ान|विमान)"],
    },
    "embassy": {
        # the embassy as the source of what is told ("embassy sources said", "দূতাবাস সূত্রে জানা গেছে")
        "en": [r"(?i:(?:embassy|high commission|consulate)\s+(?:sources?|officials?|spokes(?:man|woman|person)|"
               r"said|says|told)|according to (?:the\s+)?(?:\w+\s+){0,2}(?:embassy|high commission|consulate))\b",
               r"(?i:at|in|outside)\s+(?:the|its|their)\s+(?:\w+\s+){0,2}embassy\b",
               # an embassy talked about ("for talks on reopening the two embassies")
               r"(?i:talks\s+(?:on|about)|discuss(?:ed|ing)?)\s+(?:\w+\s+){0,3}(?:embass(?:y|ies)|missions?)\b"],
        "bn": [r"দূতাবাসে(?!\S)",
               r"(?:দূতাবাস|হাইকমিশন|হাই কমিশন)\S*\s*(?:সূত্র|(?:এক\s*)?(?:কর্মকর্তা|মুখপাত্র)|জানিয়েছে|জানায়|"
               r"বিজ্ঞপ্তি|বিবৃতি)"],
        "hi": [r"दूतावास\s*में",
               r"(?:दूतावास|उच्चायोग)\s*(?:के\s*)?(?:सूत्र|(?:एक\s*)?(?:अधिकारी|प्रवक्ता)|अनुसार)|"
               r"(?:दूतावास|उच्चायोग)\s*ने\s*(?:एक\s*)?(?:बयान|विज्ञप्ति|बताया|कहा)"],
    },
    # a joint commission meeting is its work (6.10 other), not a visit
    "visit": {
        "en": [r"(?i:joint (?:commission|committee|working group)s?\s+(?:\w+\s+){0,3}(?:meetings?|sessions?|met)|"
               r"(?:meetings?|sessions?)\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}joint\s+"
               r"(?:commission|committee|working group))\b"],
        "bn": [r"যৌথ\s+(?:কমিশন|কমিটি|ওয়ার্কিং\s+গ্রুপ)\S*\s+(?:\S+\s+)?(?:বৈঠক|সভা|অধিবেশন)",
               # a shipment arriving is no visit
               r"(?:চালান|কার্গো|পণ্যবাহী|কনটেইনার)\S*\s+(?:\S+\s+){0,3}?পৌঁছ"],
        "hi": [r"संयुक्त\s+(?:आयोग|समिति|कार्य\s*समूह)\S*\s+(?:की|का|के)?\s*(?:\S+\s+)?(?:बैठक|सत्र)",
               # doses given ("ख़ुराकें भेंट कीं"), not a meeting ("… से भेंट की")
               r"(?:खुराक|ख़ुराक|टीके|टीकों|वैक्सीन)\S*\s+(?:\S+\s+){0,2}भेंट",
               # people who are no state's officials going or coming ("कई छात्र टोगो गए", "पर्यटक भारत आए")
               # (nor goods or vehicles: "बसें गईं"; a minister of civil aviation, a civilian honour are no citizens)
               r"(?:छात्र|विद्यार्थी|पर्यटक|शरणार्थी|नागरिक(?!\s+(?:उड्डयन|विमानन|सम्मान|पुरस्कार|अलंकरण|सेवा|प्रशासन|"
               r"परमाणु|आपूर्ति))|लोग|श्रमिक|मज़दूर|प्रवासी|खिलाड़ी|तीर्थयात्री|व्यापारी|बसें|ट्रेनें|ट्रक|वाहन|सामान|खेप)\S*\s+"
               r"(?:\S+\s+){0,3}?(?:गए|गईं|आए|आये|आईं|(?:आ|जा)\s+चुक(?:े|ी))"],
    },
}
