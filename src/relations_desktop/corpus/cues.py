"""The words that tell what kind of act a clause reports, per event type and language.

One line, one phrasing: a new way of saying an act is added to its type's list, nothing else.
A line starting with "~" is a weak cue, read only when the clause holds no strong one ("held
talks" is a visit unless something was signed). Vetoes (corpus.cue_vetoes) cancel a type's cues
they overlap ("the anniversary of the establishment of relations" is no establishment; "economic
relations" are trade). The words are those any text uses for the act, in any country's news or encyclopedia.
"""

from __future__ import annotations

from relations_desktop.corpus.cue_conflict import CONFLICT
from relations_desktop.corpus.cue_rules import NO_RELATIONS_UNTIL_HI

# Event types in the priority order of ANNOTATION 6.11 (first wins a genuine tie).
TYPES = ("conflict", "relations_established", "recognition", "aid", "agreement", "military", "embassy",
         "trade", "visit", "other")

# Patterns are compiled with the standard re module; \b and (?i:…) work for English only, so
# Bengali and Hindi lines spell out their word forms. A cue matches at a word start unless it
# opens with "*" (Bengali and Hindi compounds: মুক্তিযুদ্ধ, सैन्याभ्यास).
# Hindi stems that make a compound verb with "गए" ("हो गए", "बन गए", "बंध गए": became), not a journey
_BECAME_STEMS = ("हो", "बन", "बंध", "टूट", "रुक", "बढ़", "घट", "फंस", "फँस", "बिगड़", "सुधर", "बच", "छूट", "जुड़",
                 "बदल", "डूब", "गिर", "फैल", "भर", "लौट", "मिल", "उलझ", "बिक", "थम", "सिमट", "बँट", "बंट", "पड़",
                 "भाग", "बह", "निकल", "उतर", "मर", "ढह", "हट", "सूख", "जम", "पिघल", "खो", "सो")

CUES: dict[str, dict[str, list[str]]] = {
    "conflict": CONFLICT,
    "relations_established": {
        "en": [
            r"(?i:establish(?:ed|es)?|set up|opened|began|started|restored|resumed|re-?established|"
            r"normali[sz]ed|upgraded|raised|formali[sz]ed)\s+(?:\w+[\s-]+){0,3}?(?:relations|ties)\b",
            r"(?i:relations|ties),?\s+(?:[\w,;().’'-]+\s+){0,12}?(?:were|was|have been|had been|are)?\s*"
            r"(?:established|began|begun|started|formali[sz]ed|restored|resumed|re-established|normali[sz]ed|upgraded)\b",
            r"(?i:relations|ties)\s+(?:\w+\s+){0,6}?date\s+(?:back\s+)?(?:from|to)\b",
            r"(?i:establishment|restoration|resumption|normali[sz]ation|opening)\s+of\s+(?:\w+\s+){0,2}(?:relations|ties)\b",
            r"(?i:exchanged?\s+(?:of\s+)?(?:ambassadors|envoys|notes verbales?|diplomatic notes))\b",
            r"(?i:upgraded|raised|elevated)\s+(?:\w+\s+){0,4}(?:to\s+)?(?:embassy|ambassadorial|ambassador)[\s-]+level\b",
            r"(?i:(?:embassy|ambassadorial|ambassador)[\s-]+level\s+(?:diplomatic\s+)?(?:relations|ties)|"
            r"(?:relations|ties)\s+at\s+(?:the\s+)?(?:embassy|ambassadorial|ambassador)[\s-]+level)\b",
            r"(?i:no (?:diplomatic )?relations until)\b",
            r"(?i:(?:maintained|have had|has had|had)\s+(?:\w+\s+){0,2}(?:relations|ties)\s+since)\b",
            r"(?i:(?:full|formal)\s+diplomatic\s+relations)\b",
            r"(?i:ambassadors?\s+(?:\w+\s+){0,3}return(?:ed|s)?\s+to\s+(?:their|his|her)\s+posts?)\b",
            r"~(?i:restoring|establishing|to establish|to restore)\s+(?:\w+\s+){0,3}(?:relations|ties)\b",
            # an instrument that establishes them (6.2: "a communiqué establishing relations")
            r"(?i:(?:communiqu[eé]|notes|protocol|agreement|declaration)\s+(?:establishing|restoring)\s+(?:\w+\s+){0,2}"
            r"(?:relations|ties))\b",
            r"(?i:decided|decision|agreed)\s+to\s+(?:resume|restore|re-?establish|establish|normali[sz]e)\s+"
            r"(?:\w+\s+){0,2}(?:relations|ties)\b",
            # representation restored ("restored full high-commission-level representation")
            r"(?i:restor(?:e|ed|es|ing)|resum(?:e|ed|es|ing)|re-?establish(?:ed|es|ing)?)\s+(?:[\w-]+\s+){0,4}?"
            r"(?:diplomatic\s+)?representation\b",
            # a table's terse note: "first established 1921", "Restored 1991" (not "X was established in …")
            r"~(?i:(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )(?:first\s+)?(?:established|restored|re-established))"
            r"(?=\s+(?:in\s+|on\s+)?\d)",
        ],
        "bn": [
            r"সম্পর্ক[^\s।]*(?:\s+\S+){0,5}?\s*(?:স্থাপিত|প্রতিষ্ঠিত|পুনঃপ্রতিষ্ঠিত|পুনঃস্থাপিত)\s*(?:হয়|করা|হ)",
            r"সম্পর্ক[^\s।]*(?:\s+\S+){0,5}?\s*(?:স্থাপন|প্রতিষ্ঠা|পুনঃপ্রতিষ্ঠা|পুনঃস্থাপন)\s*(?:কর|হয়)",
            r"সম্পর্ক[^\s।]*(?:\s+\S+){0,5}?\s*(?:শুরু|চালু|স্বাভাবিক)\s*(?:হয়|কর)",
            r"সম্পর্কের\s*(?:সূচনা|প্রতিষ্ঠা|পুনঃপ্রতিষ্ঠা)\s*(?:হয়|ঘটে)",
            r"সম্পর্ক[^\s।]*\s*(?:স্বাভাবিকীকরণ|পুনর্বহাল|পুনরুদ্ধার)\s*(?:ঘটে|হয়|কর)",
            r"সম্পর্ক[^\s।]*\s+(?:\S+\s+)?ফিরিয়ে\s*আন",
            r"কূটনৈতিক\s*সম্পর্ক\S*\s+(?:\S+\s+){0,2}?গড়ে\s*(?:ওঠে|উঠে|তোল|তুল)",
            r"সম্পর্ক\s*(?:স্থাপন|প্রতিষ্ঠা|পুনঃস্থাপন|পুনঃপ্রতিষ্ঠা)(?:ের|\s*সংক্রান্ত)\s+(?:যৌথ\s+)?(?:ইশতেহার|চুক্তি|প্রটোকল|ঘোষণা|সমঝোতা)",
            r"রাষ্ট্রদূত\s*(?:পর্যায়ে)\s*উন্নীত", r"রাষ্ট্রদূত\s*বিনিময়",
            r"(?:দূতাবাস|রাষ্ট্রদূত)\s*(?:পর্যায়ে|পর্যায়ের|স্তরে|স্তরের)\s*"
            r"(?:কূটনৈতিক\s*)?সম্পর্ক",
            r"রাষ্ট্রদূত\S*\s+(?:\S+\s+){0,4}দায়িত্বে\s*ফির",
            # "no relations until": "১৯৯৪ সাল পর্যন্ত … কোনো কূটনৈতিক সম্পর্ক ছিল না"
            r"পর্যন্ত\s+(?:\S+\s+){0,6}?(?:কোনো\s+|কোন\s+)?(?:কূটনৈতিক\s+|আনুষ্ঠানিক\s+)?সম্পর্ক\s+ছিল\s+না",
            # terse, as in a table's cell or a headline: "কূটনৈতিক সম্পর্ক স্থাপিত |"
            r"সম্পর্ক[^\s।]*\s*(?:স্থাপিত|প্রতিষ্ঠিত|পুনঃস্থাপিত|পুনঃপ্রতিষ্ঠিত|স্থাপন|প্রতিষ্ঠা)"
            r"(?=[ \t]*(?:[|।,;.)\n]|\Z))",
            r"~সম্পর্ক[^\s।]*(?:\s+\S+){0,3}?\s*(?:স্থাপনের|প্রতিষ্ঠার|প্রতিষ্ঠায়|(?:পুনঃ)?স্থাপনে|পুনঃপ্রতিষ্ঠায়)",
        ],
        "hi": [
            r"(?:संबंध|सम्बन्ध|रिश्ते),?(?:\s+\S+){0,12}?\s*(?:स्थापित|कायम|बहाल|शुरू|आरंभ|आरम्भ|सामान्य)\s*"
            r"(?:हुए|हुआ|हुई|किए|किया|की|किये|हो|करने|कर)",
            r"(?:संबंधों|सम्बन्धों|रिश्तों)\s+की\s+(?:स्थापना|शुरुआत|बहाली)\s*(?:हुई|की|हुआ)?",
            # "no relations until": "1994 तक … कोई राजनयिक संबंध नहीं थे"
            NO_RELATIONS_UNTIL_HI,
            r"(?:संबंध|सम्बन्ध)\s+(?:स्थापना|स्थापन)(?:\s+(?:की|का|के))?",
            r"राजदूत\s*(?:स्तर|स्तरीय)\s*(?:तक|पर)?\s*(?:बढ़ा|उन्नत)", r"राजदूतों\s*का\s*आदान[-\s]प्रदान",
            r"(?:दूतावास|राजदूत)\s*(?:स्तर|स्तरीय)\s*(?:के|पर)?\s*(?:राजनयिक\s*)?(?:संबंध|सम्बन्ध)",
            r"राजदूत\S*\s+(?:\S+\s+){0,4}(?:पदों|पद)\s*पर\s*(?:वापस\s*)?लौट",
            # terse, as in a table's cell or a headline: "राजनयिक संबंध स्थापित |"
            r"(?:संबंध|सम्बन्ध|रिश्ते)\s*(?:स्थापित|बहाल)(?=[ \t]*(?:[|।,;.)\n]|\Z))",
            r"~(?:संबंधों|सम्बन्धों|रिश्तों)\s*को\s*(?:बहाल|स्थापित)\s*करने",
            # "संबंधों को (फिर से) सामान्य बनाया / पुनः स्थापित किया", "संबंधों का सूत्रपात हुआ"
            r"(?:संबंधों|सम्बन्धों|रिश्तों)\s+को\s+(?:फिर\s+से\s+|पुनः\s*|दोबारा\s+)?(?:सामान्य|बहाल|स्थापित|कायम)\s*"
            r"(?:बनाया|बनाए|किया|किए|किये|कर\s*(?:दिया|लिया|लिए|दिए))",
            r"(?:संबंधों|सम्बन्धों|रिश्तों)\s+का\s+(?:सूत्रपात|आरंभ|आरम्भ|श्रीगणेश|सामान्यीकरण)",
        ],
    },
    "recognition": {
        "en": [
            r"(?i:re-?recogni[sz](?:ed|es|e|ing))\b", r"(?i:recogni[sz](?:ed|es|e|ing))\b",
            r"(?i:(?:diplomatic\s+)?recognition\s+(?:of|to))\b",
            r"(?i:accorded|extended|granted)\s+(?:\w+\s+){0,2}recognition\b", r"~(?i:recognition)\b",
            r"(?i:acknowledg(?:ed|es|ing)\s+(?:[\w'’]+\s+){0,3}(?:independence|statehood))\b",
        ],
        "bn": [
            r"স্বীকৃতি\s*(?:দে|দি|দান|জানা|প্রদান|পায়|পেয়ে|লাভ|ঘোষণা)", r"স্বীকৃতি(?:র|দানের|প্রদানের)?\s*(?:\S+\s+)?প্রস্তাব",
            r"স্বীকার\s*করে\s*নে", r"~স্বীকৃতি",
        ],
        "hi": [
            r"मान्यता\s*(?:दी|दे|दिया|देने|प्रदान|मिली|मिल)", r"~मान्यता",
            r"(?:स्वतंत्र|संप्रभु|सम्प्रभु|स्वाधीन)\s+(?:राष्ट्र|राज्य|देश|गणराज्य)\s+के\s+रूप\s+में\s+(?:\S+\s+)?स्वीकार",
        ],
    },
    "aid": {
        "en": [
            r"(?i:aid|assistance|relief|humanitarian|donat(?:ed|es|ion|ions)|grants?|loans?|credit lines?|"
            r"lines? of credit|debt relief|concessional|gift(?:ed|s)?|airlift(?:ed|ing)?)\b",
            r"(?i:wrote off|written off|credit facilit(?:y|ies))\b",
            r"(?i:(?:spend|spent|spending)\s+(?:[\w$€£.,-]+\s+){0,3}?(?:million|billion)\s+(?:[\w-]+\s+){0,4}?to\s+"
            r"(?:fund|finance|support|build|rebuild))\b",
            r"~(?i:team\s+of\s+(?:\d+\s+)?(?:doctors|nurses|medics|rescuers|firefighters))\b",
            r"~(?i:development (?:programmes?|programs?|projects?|cooperation))\b",
            r"(?i:(?:cancell?(?:ed|ing|s)?|forg(?:ave|iven|ives|iving)|waiv(?:ed|es|ing))\s+(?:[\w'’$€£.,-]+\s+){0,4}?debts?|"
            r"debt (?:cancell?ation|forgiveness|write-?offs?|swaps?))\b",
            r"(?i:(?:recovery|reconstruction|rehabilitation|relief|rescue|bailout|stimulus)\s+(?:packages?|support|funds?|"
            r"funding)|bail(?:ed)?[\s-]?out)\b",
            r"(?i:(?:provide|provides|provided|providing|give|gives|gave|extend(?:s|ed)?|committed|contributed|allocated|"
            r"earmarked)\s+(?:[\w$€£.,-]+\s+){0,3}?"
            r"(?:million|billion)\s+(?:\w+\s+){0,2}?(?:for|to|towards?|in))\b",
            r"(?i:paid\s+(?:[\w'’]+\s+){0,3}(?:arrears|debts?|dues))\b",
            r"(?i:pledged\s+(?:[\w$€£.,-]+\s+){0,4}?(?:[$€£]|US\$|\d|million|billion|funds?|funding|grants?|loans?|"
            r"credits?|help|relief))",
            r"(?i:currency swaps?|swap (?:facility|line|arrangement))\b",
            r"(?i:(?:doses|vaccines?)\s+(?:\w+\s+){0,3}(?:sent|delivered|donated|shipped|supplied)|"
            r"deposit(?:ed|s|ing)?\s+(?:\S+\s+){0,5}(?:in|with|into)\s+(?:\S+\s+){0,3}central bank)\b",
            r"(?i:(?:inject(?:ed|s|ing)|plac(?:ed|es|ing)|park(?:ed|s|ing))\s+(?:\S+\s+){0,5}(?:in|with|into)\s+(?:\S+\s+){0,3}"
            r"central bank)\b",
            r"(?i:victims\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:tsunami|earthquakes?|floods?|cyclones?|typhoons?|"
            r"hurricanes?|disasters?|famine|drought))\b",
            r"~(?i:search and rescue|(?:face\s+)?masks|ventilators|protective equipment)\b",
            r"(?i:rescue teams?|relief teams?|rescue workers|medical teams?|field hospitals?|"
            r"medical (?:supplies|equipment))\b",
            r"~(?i:provid(?:ed|es|ing)|suppl(?:ied|ies|ying)|fund(?:ed|ing)|financ(?:ed|ing)|helped|help)\b",
            r"(?i:received\s+(?:\w+\s+){0,3}(?:dollars|euros|rupees|taka|million|billion|crore|lakh))\b",
            r"(?i:built|constructed)\s+(?:\w+\s+){0,2}(?:hospitals?|schools?|clinics?|houses|homes)\b",
            r"~(?i:tonnes|tons|doses|vaccines?|medicines?|food ?grains?|relief materials?)\b",
            # goods given free ("free grain", "free of charge")
            r"(?i:(?<![\w-])(?<!duty )(?<!tax )(?<!tariff )(?<!customs )free\s+"
            r"(?:(?!trade|market|access|entry|transit|movement)[\w-]+\s+){0,2}?"
            r"(?:grain|wheat|rice|maize|food|fertili[sz]ers?|fuel|diesel)s?\b"
            r"(?!\s+(?:trade|markets?|zones?|exports?|imports?|areas?|schemes?|programmes?|programs?)\b))",
            r"(?i:(?:treat(?:ed|ing|ment)|care|surger(?:y|ies)|operations?|medicines?|vaccines?|doses|suppl(?:ied|ies)|"
            r"provided|gave|given|donated|sent|shipped|delivered)\s+(?:[\w'’-]+\s+){0,4}?free of charge)\b",
            r"(?i:medical\s+(?:brigades?|missions?)|free\s+(?:(?!from\b)[\w-]+\s+){0,2}?(?:surgery|surgeries|"
            r"treatment|medical care|operations)|(?:handed|presented)\s+(?:over\s+)?(?:an?\s+|the\s+)?"
            r"(?:[\w-]+\s+){0,2}cheques?)\b",
            r"(?i:handed\s+over\s+(?:the\s+)?(?:(?!military\b)[\w'’-]+\s+){0,4}?(?:stadium|hospital|school|bridge|"
            r"building|dam|highway|centre|center)\b)",
        ],
        "bn": [
            r"সাহায্য", r"সহায়তা", r"অনুদান", r"ত্রাণ", r"ঋণ", r"মানবিক", r"লাইন অব ক্রেডিট", r"ক্রেডিট\s*লাইন",
            r"*দুর্গত\S*\s*(?:মানুষ\S*\s*)?(?:জন্য|সহায়তায়)", r"~(?:কম্বল|তাঁবু)", r"বেইলআউট\s*প্যাকেজ",
            r"(?:দেনা|দায়দেনা|বকেয়া)\S*\s+(?:\S+\s+)?(?:মওকুফ|মাফ)",
            r"মুদ্রা\s*বিনিময়\s*(?:\S+\s+)?সুবিধা", r"কারেন্সি\s*সোয়াপ",
            r"উপহার", r"দান\s*কর", r"অর্থায়ন", r"অর্থায়নে", r"উন্নয়ন\s*সহযোগিতা", r"~সরবরাহ", r"~প্রদান\s*কর",
            r"(?:টিকা|ভ্যাকসিন|ডোজ)\S*\s+(?:\S+\s+){0,2}(?:পাঠা|উপহার|দান|সরবরাহ)", r"কেন্দ্রীয়\s*ব্যাংকে\s+(?:\S+\s+){0,5}জমা",
            r"~(?<![\u0980-\u09ff])টন(?![\u0980-\u09ff])", r"~(?<![\u0980-\u09ff])টিকা", r"~ওষুধ", r"~খাদ্যশস্য",
            r"বিনামূল্যে\s+(?:\S+\s+)?(?:খাদ্যশস্য|খাদ্য|গম|চাল|সার|জ্বালানি)(?!\S*\s+(?:\S+\s+)?(?:প্রকল্প|কর্মসূচি|বাজার|বাণিজ্য))",
            r"(?:হাসপাতাল|স্কুল|বিদ্যালয়)\S*\s+(?:\S+\s+){0,3}?(?:নির্মাণ|তৈরি)(?:\s*করে\s*দে|ের\s+প্রতিশ্রুতি)",
            r"~(?:চিকিৎসক|নার্স|ডাক্তার)\S*\s+(?:\S+\s+){0,4}?দল\S*\s+(?:\S+\s+){0,6}?পাঠা",
            r"(?:ব্যয়|খরচ)\S*\s*(?:\S+\s+){0,3}?বহন", r"উদ্ধারকারী\s*দল",
            r"(?:মেডিকেল|চিকিৎসক|চিকিৎসা|উদ্ধার)\s*(?:টিম|দল)", r"ফিল্ড\s*হাসপাতাল",
            r"(?:ক্ষতিগ্রস্ত|দুর্গত|বানভাসি)\S*\s*(?:মানুষ\S*\s*)?(?:জন্য|সহায়তায়)",
            r"(?:চিকিৎসা|মেডিকেল)\s*(?:সামগ্রী|সরঞ্জাম)",
            r"(?:ডলার|টাকা|কোটি|ইউরো|মিলিয়ন|বিলিয়ন)\S*\s+(?:\S+\s+){0,3}?(?:দেওয়ার|দেয়ার|প্রদানের)\s+"
            r"(?:প্রতিশ্রুতি|অঙ্গীকার|ঘোষণা)",
            r"কেন্দ্রীয়\s*ব্যাংকে\s+(?:\S+\s+){0,5}?জমা",
            r"(?:ওষুধ|ত্রাণসামগ্রী|ত্রাণ\s*সামগ্রী)(?:পত্র)?\s+(?:(?!রপ্তানি|প্রতিনিধি)\S+\s+){0,5}?"
            r"(?:পাঠা|পৌঁছে\s*দে|হস্তান্তর)",
            # (a facility built and handed over, not a ship or aircraft: arms, 6.8)
            r"(?:নির্মিত|নির্মাণ\s*করা)\s+(?:(?!টহল|জাহাজ|বিমান|হেলিকপ্টার|নৌবাহিনী|সেনা|যুদ্ধ|সামরিক|ঘাঁটি)\S+\s+){0,6}?হস্তান্তর",
        ],
        "hi": [
            r"सहायता", r"मदद", r"अनुदान", r"राहत", r"ऋण", r"कर्ज़", r"कर्ज", r"क़र्ज़", r"क़र्ज", r"लाइन ऑफ क्रेडिट",
            r"उपहार", r"(?:करेंसी|करेन्सी)\s*स्वैप", r"मुद्रा\s*(?:विनिमय|अदला-बदली)\s*(?:\S+\s+)?(?:सुविधा|व्यवस्था|समझौत|करार)",
            r"तकनीकी\s*सहयोग", r"साख\s*(?:सीमा|रेखा|सुविधा)",
            r"~बनाकर\s*(?:सौंप|दि|दे)",
            r"(?:मुफ़्त|मुफ्त|निःशुल्क|नि:शुल्क)\s+(?:\S+\s+)?(?:अनाज|गेहूँ|गेहूं|चावल|खाद्यान्न|उर्वरक|खाद|ईंधन)"
            r"(?!\S*\s+(?:\S+\s+){0,2}(?:योजना|कार्यक्रम|बाज़ार|बाजार|व्यापार))",
            r"(?:खुराक|खुराकें|टीके|टीकों|वैक्सीन)\S*\s+(?:\S+\s+){0,2}(?:भेज|दान|प्रदान|उपहार|भेंट)",
            r"केंद्रीय\s*बैंक\s*में\s+(?:\S+\s+){0,5}जमा",
            r"दान\s*(?:दिया|किया)", r"वित्तपोषण", r"विकास\s*सहयोग", r"~प्रदान\s*(?:किया|की|किए|करने|नहीं)", r"~आपूर्ति",
            r"~टन", r"~टीके", r"~टीकों", r"~दवाइयां", r"~दवाइयाँ", r"~खाद्यान्न",
            r"(?:अस्पताल|स्कूल|विद्यालय)\s+(?:\S+\s+)?(?:बनवा|बनाकर\s*दि|निर्माण\s*करवा|बनाएगा|बनाएगी|बनाएंगे|बनाएँगे)",
            r"~(?:डॉक्टरों|नर्सों|चिकित्सकों)\s+(?:\S+\s+){0,3}?(?:टीम|दल)\s+(?:\S+\s+){0,5}?भेज",
            r"(?:खर्च|ख़र्च|लागत|व्यय)\S*\s*(?:\S+\s+){0,3}?(?:वहन|उठा)", r"बचाव\s*दल",
            r"(?:चिकित्सा|मेडिकल|राहत|बचाव)\s*(?:दल|टीम)", r"(?:फ़ील्ड|फील्ड)\s*अस्पताल",
            r"(?:पीड़ितों|प्रभावितों)\s*(?:के\s*लिए|की\s*मदद)",
            r"(?:चिकित्सा|मेडिकल)\s*(?:सामग्री|उपकरण)",
            r"(?:डॉलर|रुपये|रुपए|करोड़|अरब|मिलियन|बिलियन|यूरो)\S*\s+(?:\S+\s+){0,3}?(?:देने|प्रदान\s+करने)\s+(?:का|की)\s+"
            r"(?:वादा|वचन|संकल्प|ऐलान|घोषणा|प्रतिबद्धता)",
            r"(?:केंद्रीय|केन्द्रीय)\s*बैंक\s+में\s+(?:\S+\s+){0,5}?जमा",
            r"(?:दवाइयाँ|दवाइयां|दवाएं|दवाएँ|राहत\s*सामग्री)\s+(?:(?!निर्यात|प्रतिनिधि)\S+\s+){0,5}?"
            r"(?:भेज|पहुँचा|पहुंचा|सौंप)",
            r"(?:निर्मित|द्वारा\s+(?:बनाया|बनाई|बनाए))\s+(?:(?!गश्ती|जहाज़|जहाज|पोत|विमान|हेलीकॉप्टर|सेना|नौसेना|युद्ध|सैन्य)"
            r"\S+\s+){0,7}?सौंप",
        ],
    },
    "agreement": {
        "en": [
            r"(?i:agreements?|treat(?:y|ies)|accords?|memorand(?:um|a)|MoUs?|MOUs?|protocols?|conventions?|pacts?|"
            r"communiqu[eé]s?|joint (?:statement|declaration)|declarations?|charters?|deals?|armistice|ceasefire|"
            r"arrangements?)\b",
            r"(?i:co-?founded|founded\s+(?:[\w-]+\s+){0,5}together|settled\s+out\s+of\s+court|out-of-court\s+settlement)\b",
            r"(?i:sign(?:ed|ing|s)?|ratif(?:ied|ication|ies|y)|initial(?:l?ed)|concluded|entered into force|"
            r"came into (?:force|effect)|took (?:effect|affect))\b",
            r"(?i:agreed\s+(?:on\s+)?(?:a|an|the)\s+(?:\w+\s+)?(?:formula|deal|plan|framework|roadmap|settlement))\b",
            r"(?i:agreed\s+to\s+(?:settle|resolve|end)\s+(?:\w+\s+){0,2}(?:dispute|conflict|war|differences))\b",
            r"(?i:agreed\s+(?:\w+\s+){0,4}to\s+(?:jointly\s+)?(?:build|construct|develop|set up|create|launch|form|"
            r"hold))\b",
            r"(?i:settlement)\b",
            r"~(?i:agreed|agree(?:s)? (?:to|on)|reached (?:an? )?(?:understanding|consensus))\b",
            # a concrete undertaking agreed ("agreed not to use force", "agreed to exchange prisoners"), not a
            # wish to do more of what is done ("agreed to strengthen ties")
            r"(?i:agreed\s+(?:not\s+to|to\s+(?!(?:further\s+)?(?:strengthen|deepen|enhance|boost|expand|broaden|promote|"
            r"increase|improve|intensify|work|cooperate|continue|explore|consider|discuss|study|maintain|keep|look|"
            r"step|take|build on|diversify|widen|upgrade|elevate|advance|foster|facilitate|encourage)\b)))",
            r"(?i:exchanges?\s+of\s+notes(?!\s+verbales?))\b",
        ],
        "bn": [
            r"চুক্তি", r"সমঝোতা", r"স্মারক", r"প্রটোকল", r"প্রোটোকল", r"ঘোষণাপত্র", r"যৌথ\s*(?:ঘোষণা|বিবৃতি|ইশতেহার)",
            r"সনদ", r"স্বাক্ষর", r"সাক্ষর", r"সই", r"অনুসমর্থন", r"নোট\s*বিনিময়", r"বিনিময়\s*নোট",
            r"(?:চুক্তি|সমঝোতা|প্রটোকল|স্মারক)\S*\s+(?:\S+\s+){0,3}?কার্যকর\s*(?:হয়|হ)", r"যুদ্ধবিরতি",
            r"~সম্মত\s*হ", r"~রাজি\s*হ", r"~একমত\s*হ",
            # agreed to do something, told with its date (6.5): "দাম তিন গুণ করতে সম্মত হন"
            # (not agreeing to come, to go or to visit: that visit is scheduled, 6.4; nor refusing, "হয়নি")
            r"(?<=তে\s)(?<!আসতে\s)(?<!যেতে\s)(?<!সফর\sকরতে\s)সম্মত\s*(?:হন|হয়|হলেন|হয়েছেন|হয়েছে)(?!নি|\s*না)",
            r"~কার্যকর\s*(?:হয়|হবে)",
        ],
        "hi": [
            r"समझौत", r"संधि", r"करार", r"ज्ञापन", r"एमओयू", r"मॉस(?![\u0900-\u0963\u0966-\u097f])", r"प्रोटोकॉल",
            r"घोषणापत्र",
            r"संयुक्त\s*(?:बयान|वक्तव्य|घोषणा)", r"हस्ताक्षर", r"दस्तख़त", r"दस्तखत", r"अनुसमर्थन", r"अनुमोदन", r"सौद[ेा]",
            r"(?:समझौत|संधि|करार|ज्ञापन)\S*\s+(?:\S+\s+){0,3}?लागू\s*(?:हुआ|हुई|हुए|हो)",
            r"(?<![\u0900-\u097f])जो\s+(?:\S+\s+){0,4}?लागू\s*(?:हुआ|हुई|हुए)", r"युद्धविराम", r"संघर्षविराम",
            r"~सहमति", r"~सहमत", r"~(?:राज़ी|राजी)\s*(?:हुआ|हुए|हुई|हो)",
            r"(?<=ने\s)(?<!आने\s)(?<!जाने\s)(?<!मिलने\s)(?:पर|को)\s+सहमत\s*(?:हुए|हुईं|हुआ|हुई|हो\s*गए)(?!\s*बिना)",
            r"~प्रभावी\s*(?:हुआ|हुई|हुए|हो\s*(?:गया|गई|गए|जाएगा|जाएगी))",
            r"नोटों\s+के\s+आदान-प्रदान",
        ],
    },
    "military": {
        "en": [
            r"(?i:military|troops|armed forces|army|navy|navies|naval|joint sails?|air force|warships?|frigates?|"
            r"submarines?|"
            r"fighter (?:jets?|aircraft)|arms|weapons|defen[cs]e cooperation|joint (?:military )?exercises?|"
            r"war-?games?|drills?|port calls?|peacekeep(?:ing|ers)|military bases?|counter-?terror(?:ism)?|"
            r"soldiers|forces|personnel|helicopters|alliance|border guards|anti-?terror(?:ism|ist)?)\b",
            r"(?i:armou?red vehicles|tanks|missiles|ammunition|howitzers|rifles|artillery|rocket launchers?|rockets)\b",
            r"(?i:contingents?|garrisons?|battalions?|regiments?|brigades?|squadrons?|warheads?|nuclear weapons)\b",
            r"(?i:patrol (?:boats?|vessels?|ships?|craft|aircraft)|cutters?|corvettes?|coast ?guards?)\b",
            r"(?i:warplanes?|fighter (?:jets?|aircraft|planes?)|fighter-bombers?|bombers|"
            r"combat (?:aircraft|jets?|drones?)|"
            r"(?:armed|attack|military) drones?|air defen[cs]e (?:systems?|batteries)|"
            r"airborne (?:early )?warning|AWACS)\b",
            r"(?i:(?:missile|anti-?aircraft|artillery|rocket|Patriot)\s+batter(?:y|ies)|sorties|fighter pilots)\b",
            r"~(?i:exercises?|training|patrols?|security cooperation|bases?)\b",
            r"~(?i:withdrawal|pull-?out|redeploy(?:ed|ment)|interven(?:ed|es|ing|tion))\b",
        ],
        "bn": [
            r"সামরিক", r"সেনা", r"সৈন্য", r"সৈনিক", r"প্রতিরক্ষা", r"অস্ত্র(?!োপচার)", r"যুদ্ধজাহাজ", r"নৌবাহিনী",
            r"বিমানবাহিনী", r"মহড়া", r"টহল\s*জাহাজ", r"উপকূলরক্ষী", r"কোস্ট\s*গার্ড", r"বাহিনী", r"~প্রশিক্ষণ", r"~প্রত্যাহার",
            r"সাঁজোয়া", r"ক্ষেপণাস্ত্র", r"গোলাবারুদ", r"কন্টিনজেন্ট", r"ব্যাটালিয়ন", r"ওয়ারহেড",
            r"রকেট", r"লঞ্চার", r"ট্যাংক", r"ট্যাঙ্ক", r"কামান", r"যুদ্ধবিমান", r"হেলিকপ্টার", r"সাবমেরিন", r"ডুবোজাহাজ",
            r"ফ্রিগেট", r"ড্রোন", r"স্কোয়াড্রন(?!\s*লিডার)", r"(?:ফাইটার|জঙ্গি)\s*(?:জেট|বিমান)",
        ],
        "hi": [
            r"सैन्य", r"सेना", r"सैनिक", r"रक्षा", r"हथियार", r"युद्धपोत", r"नौसेना", r"वायुसेना", r"थलसेना",
            r"युद्धाभ्यास", r"सैन्याभ्यास", r"~अभ्यास", r"~प्रशिक्षण", r"~वापसी",
            r"बख्तरबंद", r"मिसाइल", r"गोला[-\s]?बारूद", r"टुकड़ी", r"टुकड़ियों", r"टुकड़ियां", r"टुकड़ियाँ", r"बटालियन",
            r"वारहेड", r"रॉकेट", r"लॉन्चर", r"लांचर", r"टैंक", r"तोप", r"लड़ाकू\s*विमान", r"हेलीकॉप्टर", r"हेलिकॉप्टर",
            r"पनडुब्ब(?:ी|ि)", r"फ्रिगेट", r"गश्ती\s*(?:पोत|जहाज़|जहाज|नौका|नौकाएं|नौकाएँ)", r"तटरक्षक",
            r"युद्धक", r"विमानवाहक", r"सुखोई", r"मिराज", r"(?:मिग|सु|एफ)-\d", r"स्क्वाड्रन(?!\s*लीडर)",
            r"(?:विशेष|सशस्त्र|अर्धसैनिक)\s*बल(?!\s*(?:दिया|दी|दिए|देते|देने|देता|देती))",
        ],
    },
    "embassy": {
        "en": [
            r"(?i:embass(?:y|ies)|consulates?(?:-general)?|high commissions?|legations?|chancer(?:y|ies)|"
            r"(?:resident|diplomatic|permanent|trade|representative|liaison|consular) (?:missions?|offices?|sections?)|"
            r"interests sections?|"
            r"(?:resident|permanent) representatives?)\b",
            r"~(?i:opened\s+(?:an?|its|their)\s+(?:\w+\s+)?office)\b",
        ],
        "bn": [
            r"দূতাবাস", r"কনস্যুলেট", r"উপদূতাবাস", r"হাইকমিশন", r"হাই কমিশন",
            r"(?:আবাসিক|কূটনৈতিক|স্থায়ী|বাণিজ্যিক)\s*মিশন",
            r"(?:প্রতিনিধি|বাণিজ্য|বাণিজ্যিক|লিয়াজোঁ|যোগাযোগ)\s*(?:অফিস|কার্যালয়|দপ্তর)",
            r"(?:কনসাল|কনস্যুল)\S*\s*(?:জেনারেল\S*\s*)?(?:কার্যালয়|অফিস|দপ্তর)",
            r"~(?:অফিস|কার্যালয়|দপ্তর)\S*\s+(?:\S+\s+)?(?:খোলে|খোলা\s*হয়|চালু|উদ্বোধন)",
        ],
        "hi": [
            r"दूतावास", r"उच्चायोग", r"वाणिज्य दूत", r"(?:आवासीय|राजनयिक|स्थायी|व्यापार)\s*मिशन",
            r"(?:प्रतिनिधि|व्यापार|संपर्क|सम्पर्क)\s*कार्यालय",
            r"~कार्यालय\s*(?:खुला|खोला|खोले|खोली|शुरू\s*(?:हुआ|किया))",
            r"~मिशन\s+(?:\S+\s+)?(?:खोला|खोली|खोले|खुला|स्थापित\s*किया)",
        ],
    },
    "trade": {
        "en": [
            r"(?i:trade|trading|traded|export(?:s|ed|ing)?|import(?:s|ed|ing)?|investments?|invested|investors?|"
            r"commerce|turnover|economic (?:relations|ties|cooperation|partnership)|commercial (?:relations|ties)|"
            r"business (?:relations|ties)|trade fair|contracts?|concessions?|suppliers?|trading partners?)\b",
            r"(?i:sell|sells|selling|sold|buy|buys|buying|bought|purchases|purchased|purchasing)\s+(?:[\w$€£.,]+\s+){0,5}?"
            r"(?:power|electricity|gas|oil|coal|wheat|rice|tea|cotton|goods|products|crude|LNG|barrels|petroleum|fuel)\b",
            r"(?i:shipp(?:ed|ing)|ships|shipments?\s+of)\s+(?:[\w$€£.,-]+\s+){0,5}?(?:gas|LNG|oil|crude|coal|electricity|"
            r"petroleum|fuel)\b",
            r"(?i:(?:soy(?:bean)?s?|grain|wheat|maize|corn|rice|beef|pork|coffee|cocoa|sugar|iron ore|copper|coal|oil|"
            r"crude|gas|LNG|fertili[sz]ers?)\s+(?:shipments?|sales|purchases|deliveries|cargoes))\b",
            r"(?i:FDI|(?:gas|oil|crude|LNG|electricity|power)\s+(?:began\s+|started\s+)?flow(?:ed|ing|s)?)\b",
            r"(?i:(?:suppl(?:ied|ies|ying)|provid(?:ed|es|ing)|accounted\s+for)\s+(?:about|around|roughly|some|nearly|"
            r"over|almost|more than|less than)?\s*\d+(?:[.,]\d+)?\s*(?:%|percent|per cent)\s+of)",
            r"(?i:(?:gas|oil|electricity|uranium|coal|LNG|crude)\s+(?:supplies|supply|deliveries)|"
            r"suppl(?:ied|ies|ying)\s+(?:(?!free\b|emergency\b)[\w-]+\s+){0,3}?(?:gas|oil|electricity|uranium|coal|LNG|"
            r"crude))\b",
            r"(?i:(?:poured|pumped|ploughed|plowed)\s+(?:[\w$€£.,-]+\s+){0,3}?(?:million|billion|[$€£][\d.,]+|US\$[\d.,]+)"
            r"\s+(?:\w+\s+){0,2}?into)\b",
            r"(?i:royalties|royalty\s+payments?)\b",
            r"(?i:(?:largest|biggest|top|leading|second-largest)\s+(?:\w+\s+){0,2}?(?:buyers?|customers?|"
            r"importers?|markets?)\s+(?:of|for))\b",
        ],
        "bn": [
            r"বাণিজ্য", r"রপ্তানি", r"রফতানি", r"আমদানি", r"বিনিয়োগ", r"অর্থনৈতিক\s*সম্পর্ক",
            r"বাণিজ্যিক\s*সম্পর্ক", r"পণ্য\s*পরিবহন", r"পণ্য\S*\s+(?:\S+\s+)?মেলা", r"সরবরাহকারী",
            r"বাণিজ্যিক\s*অংশীদার", r"রয়্যালটি",
            r"(?:সবচেয়ে\s+বড়|বৃহত্তম|প্রধান|শীর্ষ)\s+(?:ক্রেতা|আমদানিকারক)",
            r"শুল্ক\S*\s+(?:\S+\s+){0,2}?(?:প্রত্যাহার|কমা|হ্রাস|মওকুফ)", r"শুল্কমুক্ত",
            r"(?:বিদ্যুৎ|গ্যাস|তেল|কয়লা|গম|তুলা|পণ্য)\S*\s+(?:\S+\s+)?(?:বিক্রি|কেনা|কেনে|ক্রয়)",
            r"(?:এলএনজি|তেল|গ্যাস|কয়লা|সয়াবিন|গম|তুলা|পণ্য)\S*\s+(?:\S+\s+)?চালান(?![\u0980-\u09ff])",
            r"(?:এলএনজি|তেল|গ্যাস|কয়লা|বিদ্যুৎ|ইউরেনিয়াম)\S*\s+সরবরাহ(?!\s+(?:\S+\s+){0,4}?(?:বন্ধ|ব্যাহত|স্থগিত))",
        ],
        "hi": [
            r"व्यापार", r"निर्यात", r"आयात", r"निवेश", r"वाणिज्य", r"आर्थिक\s*(?:संबंध|सम्बन्ध|रिश्ते|सहयोग)",
            r"(?:व्यापार|उत्पाद)\S*\s+(?:\S+\s+)?मेला", r"आपूर्तिकर्ता", r"व्यापारिक\s*साझेदार",
            r"कारोबार(?!ी)", r"रॉयल्टी",
            r"(?:सबसे\s+बड़(?:ा|े|ी)|प्रमुख|शीर्ष)\s+(?:ख़रीदार|खरीदार|आयातक)",
            r"(?:माल|वस्तुएं|वस्तुएँ|वस्तुओं|कच्चा\s*तेल|कच्चे\s*तेल)\s+(?:\S+\s+)?(?:भेज|मंगवा|मँगवा|मंगा|मँगा)",
            r"(?:बिजली|गैस|तेल|कोयला|कोयले|गेहूं|गेहूँ|चावल|चाय|कपास|माल)\s+(?:\S+\s+)?(?:बेच|बिक्री|ख़रीद|खरीद)",
            r"(?:बिजली|गैस|तेल|कोयले|यूरेनियम|एलएनजी)\s+(?:की\s+)?आपूर्ति(?!\s+(?:\S+\s+){0,5}?(?:रोक|बंद|बाधित|काट|अवरुद्ध))",
        ],
    },
    "visit": {
        "en": [
            r"(?i:visit(?:s|ed|ing)?|trips?|tour(?:s|ed)?|travel(?:l?ed)? to|arriv(?:ed|al|es)|went to|"
            r"(?:came|come|comes|coming) to(?! (?:an? |the )?(?:agreement|understanding|terms|power|an end))|"
            r"met|meet|meets|meetings?|held talks|summit|attended|hosted|received|welcomed|guest of honou?r|"
            r"chief guest|guard of honou?r|red carpet|delegations?|called on|calls on|state banquet|"
            r"welcom(?:e|ing) ceremony)\b", r"~(?i:(?<!were )(?<!was )(?<!been )(?<!being )returned to)\b",
            r"(?i:addressed\s+(?:[\w'’]+\s+){0,6}(?:parliament|assembly|congress|majlis|senate))\b",
            # a leader at a gathering held in the other state
            r"(?i:took part in|participated in)\s+(?:[\w'’-]+\s+){0,6}?(?:summit|conference|meeting|forum|"
            r"celebrations?|ceremon(?:y|ies)|festival|parade|inauguration)\s+(?:held\s+)?in\s+(?!(?:January|February|"
            r"March|April|May|June|July|August|September|October|November|December)\b)(?-i:[A-Z])",
            # landing in a place (a name: not "landed in trouble")
            r"(?i:land(?:ed|s|ing)\s+(?:in|at))(?=\s+(?:the\s+)?(?-i:[A-Z]))",
            r"~(?i:talks|discuss(?:ed|ions?)|consultations)\b",
            # an envoy sent to the other state goes there
            r"(?i:(?:sen[dt]s?|sending|dispatch(?:ed|es|ing)?)\s+(?:[\w'’]+\s+){0,3}(?:envoys?|emissar(?:y|ies)|"
            r"special representatives?)\s+to)\b",
        ],
        "bn": [
            r"(?:বিশেষ\s*)?দূত\S*\s+(?:\S+\s+){0,2}পাঠা",
            r"সফর", r"ভ্রমণ", r"সাক্ষাৎ", r"সাক্ষাত", r"বৈঠক", r"(?:পরামর্শ|আলোচনা)\s*সভা",
            # (arriving, not delivering: "বাজারে পৌঁছে দিতে")
            r"পৌঁছ(?!ে\s*(?:দি|দে|দেও))", r"আগমন(?!ী)", r"অভ্যর্থনা", r"স্বাগত",
            r"আতিথ্য", r"আতিথেয়তা", r"মিলিত\s*(?:হন|হয়|হলেন)", r"রাষ্ট্রীয়\s*ভোজ",
            r"প্রতিনিধি\s*দল", r"প্রতিনিধিদল", r"শীর্ষ\s*সম্মেলন", r"যোগ\s*দেন", r"যোগ\s*দিতে", r"অতিথি",
            r"গার্ড\s*অব\s*অনার", r"লাল\s*গালিচা", r"~সংবর্ধনা",
            r"(?:সঙ্গে|সাথে)\s+দেখা\s*(?:কর|হয়)", r"যাত্রা\s*কর(?:েন|ছেন|েছেন|েছিলেন|বেন)", r"রওনা\s*(?:হ|দে|দি)",
            r"~অবস্থান\s*কর(?:েন|ছেন|েছেন|েছিলেন|বেন)",
            r"দৌরা", r"ভাষণ\s*দেন", r"~উপস্থিত\s*ছিলেন", r"~আলোচনা", r"~অংশগ্রহণ",
            r"(?:সংসদে|পার্লামেন্টে)\s*(?:\S+\s+)?(?:বক্তব্য|ভাষণ)",
            r"~(?:আসবেন|আসেন|এসেছিলেন|এসেছেন|যাবেন|যান|গিয়েছিলেন)(?![\u0980-\u09ff])",
        ],
        "hi": [
            r"(?:विशेष\s*)?दूत\S*\s+(?:\S+\s+){0,3}भेज",
            r"दौर[ाे](?!न)", r"यात्रा", r"मुलाकात", r"मुलाक़ात", r"भेंट", r"बैठक", r"वार्ता", r"परामर्श", r"शिखर\s*सम्मेलन",
            r"(?:समारोह|उत्सव)\S*\s+(?:में\s+)?(?:भाग\s*(?:लिया|लेने|लेंगे|लिए)|शामिल\s*हु|शिरकत)",
            r"आयोजित\s+(?:\S+\s+){0,4}?(?:सम्मेलन|बैठक|परेड|मंच|फ़ोरम|फोरम)\S*\s+(?:\S+\s+){0,2}?में\s+"
            r"(?:भाग\s*(?:लिया|ली|लेंगे|लिए)|हिस्सा\s*(?:लिया|ली)|शिरकत\s*की)",
            r"पहुं?च(?!ा[यईएनक])", r"जाने\s*वाले\s*(?:पहले|प्रथम)",
            r"(?:मिशन|प्रतिनिधिमंडल|शिष्टमंडल)\s+(?:\S+\s+){0,6}(?:आया|आए|आई|गया|गए|गई)",
            r"पहुँच(?!ा[यईएनक])", r"राजकीय\s*भोज",
            r"आगमन", r"स्वागत", r"अगवानी", r"मेज़बानी", r"मेजबानी", r"प्रतिनिधिमंडल", r"अतिथि", r"गार्ड\s*ऑफ\s*ऑनर",
            r"लाल\s*(?:कालीन|क़ालीन)",
            r"शामिल\s*हु", r"संबोधित", r"~बातचीत", r"~चर्चा",
            r"~(?:आएंगे|आएँगे|आयेंगे|आएगा|आएगी|आए\s*थे|आई\s*थीं|आई\s*थी|जाएंगे|जाएँगे|गए\s*थे|गई\s*थीं)",
            r"~से\s+मिल(?:े|ीं|ी|ा)(?=\s*(?:[।,.]|और|थे|थीं|थी|$))", r"~से\s+बात\s*(?:की|कीं|किया|करेंगे|करेंगी)",
            r"~अभिनंदन",
            r"~(?:आए|आये|आईं)(?=\s*(?:[।,.;]|और|थे|थीं|$))",
            # "X गए" (went to X), not a passive ("भेजे गए", "किए गए"), "चले गए", nor a verb's stem before it
            # ("हो गए", "बंध गए": became); "आ चुके हैं" (have come)
            r"~(?<!े )(?<!ए )(?<!ये )" + "".join(f"(?<!{w} )" for w in _BECAME_STEMS) +
            r"(?:गए|गईं)(?=\s*(?:[।,.;]|और|थे|थीं|$))", r"~(?:आ|जा)\s+चुक(?:े|ी)",
            # "the first … to come": "भारत आने वाले पहले इज़राइली प्रधानमंत्री" (not "आने वाले दिनों में")
            r"~(?:आने|जाने)\s+वाले\s+(?:पहले|दूसरे|तीसरे|प्रथम)|~(?:आने|जाने)\s+वाली\s+(?:पहली|दूसरी|तीसरी|प्रथम)",
        ],
    },
    "other": {
        "en": [
            r"(?i:letters?|messages?|congratulat(?:ed|ions?)|condolences?|anniversar(?:y|ies)|jubilee|first contact|"
            r"contacts?|joint commission|commission|committee|working group|stamps?|supported|support for|"
            r"requested|visas?|voted|backed|endorsed|resolution|partnership|strategic partners)\b",
            # taken off a list of enemies or sanctions (put on one is conflict)
            r"(?i:removed\s+(?:[\w'’-]+\s+){0,4}from\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,4}?(?:list|blacklist))\b",
            # compensation paid for a wrong (its wrong was the hostile act)
            r"(?i:paid\s+(?:[\w$€£.,-]+\s+){0,4}?(?:in\s+)?compensation(?!\s+to\s+(?:[\w-]+\s+){0,2}?victims))\b",
            # detained nationals set free (their arrest was the hostile act)
            r"(?i:(?:released|freed)\s+(?:[\w'’-]+\s+){0,4}?(?:prisoners|detainees|nationals|citizens|fishermen|sailors|"
            r"soldiers|hostages|crew|journalists|officers|agents)|set\s+free)\b",
            # a bridge, road or railway between the two opened (its agreement is dated apart)
            r"~(?i:(?:opened|inaugurated|reopened|commissioned)\s+(?:(?!talks\b|negotiations\b|discussions\b)[\w'’-]+\s+)"
            r"{0,4}?(?:bridge|road(?!\s+map)|railway|rail link|highway|dam|tunnel|border crossing)|"
            r"(?:bridge|road|railway|rail link|highway|dam|tunnel),?\s+"
            r"(?:[\w'’,-]+\s+){0,6}?(?:was|were)\s+(?:\w+ly\s+)?(?:opened|inaugurated|reopened|commissioned))\b",
        ],
        "bn": [
            r"চিঠি", r"বার্তা", r"অভিনন্দন", r"শুভেচ্ছা", r"বার্ষিকী", r"পূর্তি", r"জয়ন্তী", r"যৌথ\s*(?:স্থায়ী\s*)?কমিশন",
            r"কমিটি",
            r"ওয়ার্কিং\s*গ্রুপ", r"ডাকটিকিট", r"সমর্থন", r"ভিসা", r"প্রস্তাব", r"যোগাযোগ", r"উদযাপন",
            r"তালিকা\s+থেকে\s+(?:\S+\s+)?(?:বাদ|সরিয়ে|প্রত্যাহার)", r"মুক্তি\s*(?:দে|পা)",
            r"~(?:সেতু|সড়ক|মহাসড়ক|রেলপথ|রেল\s*সংযোগ|বাঁধ|সুড়ঙ্গ|টানেল)\S*\s+(?:\S+\s+){0,10}?উদ্বোধন",
        ],
        "hi": [
            r"पत्र", r"चिट्ठी", r"संदेश", r"बधाई", r"वर्षगांठ", r"सालगिरह", r"संयुक्त\s*(?:स्थायी\s*)?आयोग", r"समिति",
            r"डाक\s*टिकट", r"रिहा", r"समर्थन",
            r"वीज़ा", r"वीजा", r"प्रस्ताव", r"संपर्क", r"साझेदारी", r"सूची\s+से\s+(?:\S+\s+)?हटा",
            r"~(?:पुल|सड़क|राजमार्ग|रेल\s*(?:लाइन|संपर्क|मार्ग)|बांध|बाँध|सुरंग)\S*\s+(?:\S+\s+){0,10}?"
            r"(?:उद्घाटन|लोकार्पण|खोला|खोली|खोले)",
        ],
    },
}
