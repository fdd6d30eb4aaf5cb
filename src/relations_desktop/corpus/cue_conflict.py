"""The words that tell a hostile act between the two states (ANNOTATION 6.9), per language: one
line, one phrasing, read as corpus.cues reads every type's lines."""

from __future__ import annotations

CONFLICT: dict[str, list[str]] = {
    "en": [
        r"(?i:wars?)\b(?![-‐]games?)", r"(?i:warfare|wartime hostilities)\b", r"(?i:invad(?:ed|es|ing)|invasion)\b",
        r"(?i:occupied|occupation|annex(?:ed|ation|es)|forcible incorporation|forcibly incorporated)\b",
        r"(?i:attack(?:s|ed|ing)?|clash(?:es|ed)?|skirmish(?:es)?|fighting|fought|hostilit(?:y|ies))\b",
        r"(?i:shell(?:ed|ing)|bomb(?:ed|ing|ings)|air ?strikes?|missile strikes?|firing|fired on|shot dead)\b",
        r"(?i:landmines?|land mines?|border incidents?|incursions?|intrusions?|violations? of)\b",
        r"(?i:blockade|embargo|sanctions)\b", r"(?i:expel(?:led|ling|s)?|expulsion|persona non grata)\b",
        r"(?i:order(?:ed|ing|s)?\s+(?:[\w'’]+\s+){0,4}(?:diplomats|staff|envoys?|ambassador)\s+to\s+leave)\b",
        r"(?i:(?:diplomats|envoys?|ambassadors?|staff)\s+(?:\w+\s+){0,3}ordered\s+out)\b",
        r"(?i:(?:reduc(?:ed|es|ing)|cut)\s+(?:\w+\s+){0,3}(?:embass(?:y|ies)|diplomatic (?:staff|presence)|"
        r"missions?)\s+to)\b",
        r"~(?i:severed|broken off|broke off)\b",
        r"(?i:sever(?:ed|ing|s)?|br(?:oke|eak|eaks|eaking) off|cut(?:ting)? off|suspend(?:ed|ing|s)?|"
        r"downgrad(?:ed|ing|es)|froze|freez(?:es|ing))\s+(?:\w+,?\s+){0,4}(?:relations|ties|links|contacts|representation)\b",
        r"(?i:relations|ties)\s+(?:\w+\s+){0,6}?(?:(?:were|was)\s+)?"
        r"(?:severed|broken off|suspended|downgraded|cut)\b",
        r"(?i:recall(?:ed|s)?|withdr(?:ew|awn|awing))\s+(?:[\w'’]+\s+){0,3}(?:ambassadors?|envoys?|"
        r"high commissioners?|"
        r"representatives?|charg[ée])\b",
        r"(?i:(?:ended|ending|end|terminated)\s+(?:\d+\s+(?:years|decades)\s+of\s+)?"
        r"(?:(?!and\b|but\b|then\b)\w+\s+){0,2}(?:diplomatic\s+)?"
        r"(?:relations|ties)|"
        r"(?:relations|ties)\s+(?:were\s+|was\s+)?ended)\b",
        r"(?i:refus(?:ed|ing|es)\s+entry|denied\s+entry|turned\s+back\s+(?:\d+\s+)?(?:\w+\s+){0,2}"
        r"(?:travell?ers|nationals|citizens|passengers))\b",
        r"(?i:summon(?:ed|s|ing)?)\s+(?:\w+\s+){0,3}(?:ambassador|envoy|high commissioner|charg[ée])\b",
        r"(?i:protest(?:ed|s)?|condemn(?:ed|s|ing|ation)?|accus(?:ed|es|ing|ation)|blamed|outrage|angered)\b",
        r"(?i:critici[sz](?:ed|es|ing)|criticism of|rammed|ramming|sank|torpedoed|shot down)\b",
        r"(?i:denounc(?:ed|es|ing)|abrogat(?:ed|es|ing)|revok(?:ed|es|ing)|scrapp(?:ed|ing)|tore up|"
        r"annull?(?:ed|ing))\s+(?:\w+\s+){0,5}(?:treat(?:y|ies)|agreements?|accords?|pacts?|deals?)\b",
        r"(?i:retaliat(?:ed|es|ing|ion)|rebuk(?:ed|es|ing)|reprimand(?:ed|s)?|(?:hours|days)\s+to\s+leave)\b",
        r"(?i:declar(?:ed|es|ing)\s+(?:\w+\s+){0,3}(?:an?\s+)?(?:\w+\s+){0,2}threat\s+to)\b",
        r"(?i:(?<!had )(?:abduct(?:ed|ing|ion|ions)|kidnapp(?:ed|ing)))\b",
        r"(?i:without\s+(?:the\s+)?(?:\w+\s+){0,2}(?:consent|permission|authori[sz]ation))\b",
        r"~(?i:cancell?(?:ed|ing)|called off)\b",
        r"(?i:cancell?(?:ed|ing)|called off|scrapped)\s+(?:[\w'’]+\s+){0,4}(?:visit|trip|summit)\b",
        r"(?i:lodged\s+(?:\w+\s+){0,2}(?:complaint|protest|objection))\b",
        r"(?i:(?:gendarmes|soldiers|troops|forces|guards|police|navy|coast ?guards?|authorities)\s+(?:\w+\s+){0,3}"
        r"(?:killed|shot|wounded|detained|arrested|seized|abducted))\b",
        r"(?i:null and void|rejected\s+(?:the\s+)?(?:\w+\s+){0,2}(?:award|ruling|verdict))\b",
        r"(?i:(?:strong|strongly|formal|sharp)\s+objections?|objected\s+to)\b",
        r"(?i:confrontation|stand-?off|row|rift|spat|massacres?|genocide|atrocities|espionage|spying|wiretapping)\b",
        r"(?i:strained|deteriorat(?:ed|ion)|soured|provocations?|provocative)\b",
        r"(?i:(?:been|became|become|grew|grown|turned|remained)\s+tense)\b",
        # a tariff laid on the other's goods is a sanction (6.9); tariffs cut are trade
        r"(?i:(?:announced|slapped|levied|raised|hiked)\s+(?!(?:an?\s+)?(?:zero|no|nil|reduced|lower)\b)(?:[\w\"“”'’%-]+\s+){0,5}(?:tariffs?|dut(?:y|ies)|levies)\W{0,2}\s+on)\b",
        r"(?i:supplies|trade|transit)\s+(?:\w+\s+){0,2}(?:disrupted|blocked|halted)\b",
        r"(?i:flights)\s+(?:[\w'’]+\s+){0,8}(?:suspended|halted|banned)\b",
        r"(?i:clos(?:ed|es|ing|ure of)|seal(?:ed|s|ing)|shut(?:s|ting)?(?:\s+down)?)\s+(?:\w+\s+){0,2}"
        r"(?:border|frontier|crossing)s?\b",
        r"(?i:(?:border|frontier|crossing|bridge)s?\s+(?:was|were)\s+(?:closed|sealed)\s+by)\b",
        r"(?i:filed\s+(?:a\s+)?(?:case|suit|lawsuit|complaint)|brought\s+(?:a\s+)?case|took\s+(?:\w+\s+){0,2}to\s+"
        r"(?:the\s+)?(?:International Court|ICJ|court|tribunal))\b",
        r"(?i:ordered\s+(?:the\s+)?(?:closure|closing)\s+of\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}"
        r"(?:embassy|high commission|consulate))\b",
        r"(?i:water cannon|(?:gave|given|served)\s+(?:[\w'’]+\s+){0,3}notice\s+to\s+(?:leave|quit|vacate))\b",
        r"(?i:clos(?:ed|es|ing|ure of)\s+(?:\w+\s+){0,2}air\s?space)\b",
        r"(?i:impound(?:ed|ing)|confiscat(?:ed|ing|ion of))\b",
        r"(?i:grounded\s+(?:[\w-]+\s+){0,5}(?:planes?|aircraft|jets?))\b",
        r"(?i:(?:soldiers|troops|officers|guards|servicemen|sailors|policemen)\s+(?:\w+\s+){0,3}(?:were|was)\s+"
        r"killed|killed\s+by\s+(?:\w+\s+){0,3}(?:soldiers|troops|forces|guards|police))\b",
        r"~(?i:arrest(?:ed|s)?|detain(?:ed|s)?|detention)\b",
        r"(?i:troops|forces|soldiers|armies|army)\s+(?:\w+\s+){0,3}(?:crossed|pushed|marched|entered|moved)\s+into\b",
        r"(?i:troops|forces|soldiers|armies|army|tanks|units|warships|warplanes|drones|helicopters|aircraft|jets|"
        r"fighters|bombers|submarines|gunboats)\s+(?:\w+\s+){0,3}"
        r"(?:entered|penetrated|intruded into|crossed into)\s+(?:[\w'’-]+\s+){0,2}"
        r"(?:territory|territorial waters|airspace|soil)\b",
        r"(?i:cut(?:s|ting)?\s+(?:all\s+|its\s+|their\s+)?(?:formal\s+|official\s+)?diplomatic\s+(?:relations|ties|links))\b",
        r"(?i:(?:blocked|intercepted|harass(?:ed|ing)|chased(?: away)?|rammed)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}"
        r"(?:vessels?|boats?|ships?|trawlers?|convoys?|aircraft|planes?)|harassment)\b",
        r"(?i:(?:vessels?|boats?|ships?|trawlers?|fishermen|aircraft|planes?)\s+(?:\w+\s+){0,3}?(?:were|was)\s+(?:\w+\s+)?"
        r"(?:intercepted|blocked|harassed|chased(?: away)?|rammed|detained|arrested))\b",
        r"(?i:strafed|strafing|pound(?:ed|ing)\s+(?:\w+\s+){0,2}?(?:targets|positions|bases|towns|cities)|"
        r"demand(?:ed|s|ing)\s+(?:an?\s+)?(?:\w+\s+)?apology)\b",
        r"(?i:exchanged? (?:of )?(?:fire|gunfire)|exchange of fire|opened fire|banned (?:\w+\s+){0,2}imports?|"
        r"threatened)\b",
        r"(?i:raid(?:s|ed|ing)?|captur(?:ed|ing)|seiz(?:ed|ing)|overran|stormed|offensives?|konfrontasi)\b",
        r"(?i:(?:military\s+)?operations?|campaigns?|aggression)\s+against\b",
        r"(?i:launched)\s+(?:an?\s+|its\s+)?(?:(?!joint\b)\w+\s+)?(?:operations?|offensives?|campaigns?|raids?)\b",
        r"(?i:ground\s+(?:operations?|offensives?|invasion|incursions?))\b",
        r"(?i:(?:instituted|initiated|brought)\s+proceedings|(?:proceedings|a case|an application|a suit|"
        r"a complaint)\s+against)\b",
        r"(?i:filed\s+(?:\w+\s+){0,3}(?:application|case|complaint|suit)\s+(?:with|before|at)\s+(?:the\s+)?"
        r"(?:\w+\s+){0,3}court)\b",
        r"(?i:took\s+(?:\w+\s+){0,2}to\s+(?:the\s+)?(?:\w+\s+){0,4}court|boycott(?:ed|ing|s)?|su(?:ed|es|ing)|vetoed)\b",
        # (not a stop on a journey: "stopped in Harare … for talks", "stopped over at Lomé")
        r"(?i:(?:halted|suspended|stopped|froze|freezing|suspending|halting|postponed|cut\s+off|shut\s+off)\s+"
        r"(?!(?<=stopped\s)(?:(?:off|over)\s+)?(?:in|at|over)\s+(?-i:[A-Z]))(?:\w+\s+){0,8}?(?:purchases|"
        r"imports|exports|aid|assistance|cooperation|flights|trade|consultations|talks|services|permits|"
        r"licen[cs]es|visas|shipments|deliveries|supplies|operations|exercises|funding|loans|activities|"
        r"protections|privileges|concessions|preferences))\b",
        # support ended: "ending all financial support", "ended its aid to …"
        r"(?i:(?:ended|ending|ends|terminated|terminating)\s+(?!with\b)(?:all\s+|its\s+|their\s+)?(?:\w+\s+)?"
        r"(?:support|aid|assistance|cooperation|funding))\b",
        r"(?i:forc(?:ed|ing)\s+(?:their|its|his)\s+way\s+into|scal(?:e|ed|ing)\s+down|downsiz(?:e|ed|ing))\b",
        r"(?i:impos(?:ed|es|ing)\s+(?:[\w-]+\s+){0,3}(?:restrictions|curbs|controls|tariffs|duties|bans?))\b",
        r"(?i:(?:sacked|ransacked|torched|set fire to|besieged)\s+(?:\w+\s+){0,3}(?:embassy|consulate|mission))\b",
        r"(?i:(?:hanged|executed)\s+(?:\w+\s+){0,3}(?:nationals|citizens|marines|soldiers|sailors))\b",
        r"~(?i:disputes?|tensions?|conflicts?|crisis|exodus|refugees|influx|opposed|opposition to)\b",
        # nationals driven out; the partner's enemies backed (6.9); a strike on a site; a process quit
        r"(?i:deport(?:ed|ing|s|ations?)?|mass expulsions?)\b",
        r"(?i:(?:backed|supported|armed|sponsored|funded|sheltered)\s+(?:[\w-]+\s+){0,3}(?:insurgents|rebels|militants|"
        r"separatists|guerrillas|insurgency|rebellion))\b",
        r"(?i:(?:struck|targeted|bombed|hit)\s+(?:[\w-]+\s+){0,4}(?:sites?|bases?|facilit(?:y|ies)|positions|targets|"
        r"installations))\b",
        r"(?i:withdr(?:ew|aws|awn|awing)\s+from\s+(?:the\s+)?(?:\w+\s+){0,2}(?:arbitration|talks|negotiations))\b",
        r"(?i:unfriendly act|hostile act|blocked\s+(?:[\w'’]+\s+){0,4}(?:talks|accession|membership|bid|entry))\b",
        r"(?i:(?:ambassador|envoy|charg[ée] d['’]affaires|high commissioner|diplomats?)\s+"
        r"(?:[\w'’]+\s+){0,6}?(?:would|will|must|to)\s+leave)\b",
        r"(?i:fired\s+(?:(?:warning\s+)?(?:shots|rockets|missiles|shells|mortars|artillery)\s+)?(?:at|on|upon)|"
        r"(?:freez(?:e|es|ing)|froze|frozen)\s+(?:[\w'’-]+\s+){0,4}?assets)\b",
        r"(?i:(?:disputes?|conflict|row|stand-?off|tensions?)\s+(?:\w+\s+){0,2}?"
        r"(?:began|broke out|erupted|started|flared))\b",
        # a claim to the other's land pressed, its land declared one's own (forcible annexation),
        # the other listed as an enemy, relations collapsing (6.9)
        r"(?i:(?:laid|lay|lays|laying|reasserted|reasserts|asserted|asserts|renewed|renews|pressed|presses|revived)\s+"
        r"(?:\w+\s+){0,2}claims?\s+(?:to|over|on)\s+(?:the\s+)?(?:(?!host\b|be\b)[\w-]+\s+){0,3}?(?:islands?|territory|region|province|"
        r"reefs?|border|land|area|waters|strip|enclave|peninsula|(?-i:[A-Z])))",
        r"(?i:claim(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,4}as\s+(?:its|their|part\s+of\s+its)\s+(?:own\s+)?(?:\w+\s+)?"
        r"(?:territory|province|land|soil))\b",
        r"(?i:declar(?:ed|es|ing)\s+(?:[\w'’-]+\s+){0,5}(?:its|their)\s+(?:\w+\s+){0,2}province)\b",
        r"(?i:(?:added|put|placed|designated|listed|returned|re-?designated|included)\s+(?:[\w'’-]+\s+){0,5}?(?:on|to|in|as)\s+"
        r"(?:(?:its|the|a|their)\s+)?(?:\w+\s+){0,2}?(?:(?:list\s+of\s+)?state\s+sponsors?\s+of\s+terror(?:ism)?|"
        r"black\s?list|terror(?:ism)?\s+list|sanctions\s+list))\b",
        r"(?i:(?<!trade )(?<!economic )(?<!commercial )(?:relations|ties)\s+(?:\w+\s+){0,4}?(?:broke\s+down|collapsed|"
        r"ruptured|were\s+ruptured))\b",
        r"(?i:blew\s+up|ultimatum|returned\s+fire|(?-i:shells?)\s+(?:fired\s+(?:[\w-]+\s+){0,3}?)?(?:landed|fell|"
        r"hit|struck))\b",
        # forces massed against the other: on one's border, off its coast (not sent there by arrangement)
        r"(?i:(?:sent|deployed|massed|amassed|moved|rushed|stationed|concentrated)\s+(?:(?!joint\b)[\w,'’-]+\s+){0,4}?"
        r"(?:troops|soldiers|forces|tanks|warships|divisions|battalions)\s+(?:\w+\s+){0,2}?(?:to|along|near|on|at|off)\s+"
        r"(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:border|frontier|coast|coastline|shores?))\b",
        r"(?i:(?:missiles?|rockets?)\s+(?:\w+\s+){0,3}?(?:flew|passed|was fired|were fired)\s+over)\b",
        r"(?i:(?:warships?|submarines?|gunboats?|troops|forces|soldiers|navy|coast\s?guards?|jets|fighters)\s+"
        r"(?:[\w'’-]+\s+){0,3}?forc(?:ed|ing)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?to\s+(?:abandon|retreat|"
        r"turn\s+back))\b",
    ],
    "bn": [
        r"*যুদ্ধ(?!বিরতি|জাহাজ|াহত|বিমান)", r"গণহত্যা", r"সংঘর্ষ", r"সংঘাত", r"আক্রমণ", r"হামলা", r"আগ্রাসন",
        r"দখল(?:দারিত্ব|\s*কর|\s*করে|\s*নেয়)", r"অনুপ্রবেশ", r"গোলাবর্ষণ",
        r"বোমা\s*বর্ষণ\s*(?:কর|চাল)", r"বোমাবর্ষণ\s*(?:কর|চাল)", r"গুলি(?:বর্ষণ|তে|\s*কর)",
        r"অবরোধ", r"নিষেধাজ্ঞা", r"বহিষ্কার", r"সম্পর্ক\s*ছিন্ন", r"সম্পর্ক\s*স্থগিত", r"সম্পর্কচ্ছেদ", r"সম্পর্কের\s*অবনতি",
        r"(?:রাষ্ট্রদূত|হাইকমিশনার|দূত)\S*\s*(?:\S+\s+){0,3}(?:প্রত্যাহার|ফিরিয়ে)",
        r"আকাশসীমা\S*\s+(?:\S+\s+){0,4}বন্ধ", r"বাজেয়াপ্ত", r"তলব", r"ক্ষুব্ধ", r"ক্ষুদ্ধ",
        r"ক্ষোভ", r"প্রতিবাদ", r"নিন্দা", r"সমালোচনা", r"অভিযোগ", r"ডুবিয়ে\s*দে", r"দায়ী\s*কর", r"উত্তপ্ত",
        r"স্থলমাইন", r"মাইন\s*বিস্ফোরণ",
        r"জলকামান", r"পানি\s*(?:কামান|ছিটা)",
        r"(?:দূতাবাস|হাইকমিশন)\S*\s+বন্ধের\s+নির্দেশ", r"আপত্তি\s*(?:জানা|তোল|জানিয়ে)", r"অপহরণ", r"ভর্ৎসনা",
        r"পাল্টা\s*ব্যবস্থা", r"(?:চুক্তি|সমঝোতা)\S*\s+(?:\S+\s+)?বাতিল", r"~বাতিল\s*(?:কর|ঘোষণা)",
        r"সফর\S*\s+(?:\S+\s+){0,2}বাতিল",
        r"সরবরাহ\s*(?:\S+\s+)?(?:বন্ধ|ব্যাহত)",
        r"*সীমান্ত\s*(?:\S+\s+){0,3}বন্ধ\s*(?:কর|হয়|রাখ)", r"মুখোমুখি\s*অবস্থান",
        r"(?:কূটনীতিক|রাষ্ট্রদূত|দূত)\S*\s+(?:\S+\s+){0,2}ছাড়ার\s*(?:নির্দেশ|আদেশ)",
        r"ফ্লাইট\S*\s+(?:\S+\s+){0,3}(?:স্থগিত|নিষিদ্ধ)",
        r"(?:শুল্ক|ট্যারিফ)\s*(?:আরোপ|বসা|বাড়া)",
        r"ভূপাতিত", r"(?<!যৌথ\s)(?<!সামরিক\s)(?<!উদ্ধার\s)অভিযান\s*(?:চাল|শুরু)", r"~গ্রেপ্তার", r"~গ্রেফতার",
        r"(?:সৈন্য|সেনা|সৈনিক|রক্ষী|পুলিশ)\S*\s+(?:\S+\s+){0,3}নিহত",
        r"(?:সৈন্য|সেনা|সেনাবাহিনী)\S*\s+(?:\S+\s+){0,3}সীমান্ত\s*(?:অতিক্রম|পেরিয়ে)",
        r"বাহিনী\S*\s+(?:\S+\s+){0,3}প্রবেশ\s*কর",
        r"গোলাগুলি", r"আমদানি\s*(?:নিষিদ্ধ|বন্ধ)", r"হুমকি", r"কড়াকড়ি\s*আরোপ",
        r"গুলি\s*চাল", r"হানা\s*দে", r"দখলে\s*নে", r"বৈরিতা", r"শত্রুতা", r"অধিকার\s*কর",
        r"ভূখণ্ডে\s*(?:\S+\s+)?(?:অভিযান|হামলা|ঢুকে)", r"(?<!যৌথ\s)সামরিক\s*অভিযান",
        r"আন্তর্জাতিক\s*(?:বিচার|ন্যায়বিচার)\s*আদালতে", r"মামলা\s*(?:দায়ের|ঠুকে)",
        r"(?:ক্রয়|আমদানি|রপ্তানি|সহায়তা|সহযোগিতা|চালান|সরবরাহ)\S*\s+(?:\S+\s+){0,2}(?:বন্ধ|স্থগিত)\s*(?:কর|রাখ)",
        r"~বিরোধ", r"~উত্তেজনা", r"~টানাপোড়েন", r"~শরণার্থী", r"~সংকট",
        r"(?:ক্ষেপণাস্ত্র|রকেট|ড্রোন)\S*\s+(?:\S+\s+){0,3}(?:নিক্ষেপ|ছোড়|ছোঁড়|ছুড়|ছুঁড়)", r"উসকানি",
        r"গণবহিষ্কার", r"দেশ\s*ছাড়ার\s*(?:নির্দেশ|আদেশ)", r"নির্বাসিত\s*কর",
        r"(?:সেনা|সৈন্য|বাহিনী)\S*\s+(?:\S+\s+){0,6}?(?:ঢুকে\s*পড়|অনুপ্রবেশ\s*কর)",
        r"চরম\s*সময়সীমা", r"আলটিমেটাম", r"গোলা\s*(?:নিক্ষেপ|ছোড়|ছোঁড়|ছুড়)",
        r"(?:বিদ্রোহী|বিচ্ছিন্নতাবাদী|জঙ্গি)\S*\s+(?:\S+\s+){0,2}?(?:সমর্থন|মদদ|অস্ত্র)",
        r"লক্ষ্য\s*করে\s+(?:\S+\s+){0,2}?(?:হামলা|আঘাত)",
        r"(?:সংযুক্তি|অধিভুক্তি)(?:র)?\s*(?:ঘোষণা|চুক্তি)", r"(?:অঞ্চল|এলাকা|প্রদেশ|উপদ্বীপ)\S*\s+(?:\S+\s+)?"
        r"(?:সংযুক্ত|অধিভুক্ত)\s*কর",
        r"গুলি\s*(?:ছোড়|ছোঁড়|ছুড়|ছুঁড়)", r"(?:সম্পদ|সম্পত্তি|জাহাজ|বিমান|নৌকা|ট্রলার)\S*\s+(?:\S+\s+)?জব্দ",
        r"(?:বিরোধ|উত্তেজনা)\S*\s+(?:\S+\s+){0,2}?(?:শুরু\s*হয়|দেখা\s*দেয়|চরমে)",
        r"হাতাহাতি", r"(?:মধ্যে|সঙ্গে|সাথে)\s+(?:\S+\s+){0,2}লড়াই\s*(?:বাধে|বেধে|শুরু\s*হয়|হয়)",
        r"কূটনীতিক\S*\s*(?:\S+\s+){0,3}প্রত্যাহার",
        r"(?:আকাশসীমা|সীমান্ত|জলসীমা|সার্বভৌমত্ব|ভূখণ্ড)\S*\s*(?:\S+\s+)?লঙ্ঘন",
        r"(?:জোরপূর্বক|জোর\s*করে)\s+(?:\S+\s+){0,2}?(?:ফেরত|ফিরিয়ে)\s*পাঠা",
        r"বিতাড়", r"পুশ\s*(?:ব্যাক|ইন)",
        r"(?:নিজের|নিজস্ব|তার|তাদের|অবিচ্ছেদ্য)\s+(?:\S+\s+)?(?:ভূখণ্ড|এলাকা|অঞ্চল|প্রদেশ|অংশ)\S*\s+(?:বলে|হিসেবে)\s+"
        r"(?:\S+\s+)?দাবি",
        r"(?:ওপর|উপর)\s+(?:তার|তাদের|নিজের|নিজেদের|নিজ)\s+দাবি\s+(?:(?:আবার|পুনরায়|জোরালোভাবে|নতুন\s+করে)\s+)*"
        r"(?:করে|করেছে|জানায়|তোলে|তুলে\s*ধরে|পুনর্ব্যক্ত)",
        r"(?:তার|তাদের|নিজের|নিজস্ব)\s+(?:\S+\s+)?প্রদেশ\S*\s+(?:হিসেবে\s+)?ঘোষণা", r"অবাঞ্ছিত\s*(?:ব্যক্তি|ঘোষণা)",
        r"সন্ত্রাসে\S*\s*(?:মদদদাতা|পৃষ্ঠপোষক)\s*(?:রাষ্ট্রের\s*|দেশের\s*)?তালিকায়",
        r"কালো\s*তালিকা(?:য়\s+(?:যুক্ত|রাখ|অন্তর্ভুক্ত|তোল|নেয়|ফেল)|ভুক্ত\s+কর)",
        r"সম্পর্ক\s+ভেঙে\s*(?:যায়|পড়ে|দেয়)", r"(?:বিস্ফোরণে|বোমা\s*মেরে|ডিনামাইট\S*)\s+উড়িয়ে\s*দে",
        # forces massed on the border or off the coast; aircraft in the other's airspace; missiles over its land;
        # a ship seized
        r"(?:সীমান্তে|সীমান্তের\s+কাছে|উপকূলে|উপকূলের\s+(?:কাছে|কাছাকাছি))\s+(?:(?!যৌথ)\S+\s+){0,4}?"
        r"(?:সেনা|সৈন্য|সৈনিক|যুদ্ধজাহাজ|ট্যাংক|ট্যাঙ্ক)\S*\s+(?:মোতায়েন|সমাবেশ|জড়ো)",
        r"(?:আকাশসীমা|জলসীমা)(?:য়|তে)\s+(?:\S+\s+)?(?:ঢুকে|প্রবেশ\s*কর)",
        r"(?:ক্ষেপণাস্ত্র|রকেট)\S*\s+(?:\S+\s+){0,4}?(?:ওপর|উপর)\s*দিয়ে",
        r"(?:জাহাজ|নৌযান|নৌকা|ট্রলার)\S*\s+(?:\S+\s+){0,3}?আটক\s*(?:কর|হয়)",
    ],
    "hi": [
        r"*युद्ध(?!विराम|ाभ्यास|पोत|क)", r"लड़ाई", r"जंग", r"संघर्ष", r"हमल[ाेो]", r"आक्रमण", r"घुसपैठ",
        r"कब्ज़[ाे]", r"कब्ज[ाे]", r"नरसंहार", r"गोलीबारी", r"बारूदी\s*सुरंग", r"नाकेबंदी", r"प्रतिबंध",
        r"(?:वॉटर|वाटर)\s*कैनन", r"गतिरोध", r"अमान्य",
        r"(?:उच्चायोग|दूतावास)\S*\s+(?:को\s+)?बंद\s+करने\s+(?:का|के)\s+आदेश",
        r"पानी\s*की\s*(?:तेज़\s*|तेज\s*)?(?:बौछार|धार)",
        r"निष्कासित", r"निष्कासन", r"(?:संबंध|संबंधों|रिश्ते|रिश्तों)\s*(?:को\s*)?(?:तोड़|खत्म|ख़त्म|समाप्त|निलंबित|स्थगित)",
        r"(?:राजदूत|राजदूतों|उच्चायुक्त|उच्चायुक्तों)\s*(?:को\s*)?(?:\S+\s+){0,3}(?:वापस\s*बुला|तलब)",
        r"(?:हवाई\s*क्षेत्र|वायु\s*क्षेत्र)\s+(?:\S+\s+){0,4}बंद",
        r"(?:उड़ान|उड़ानें|उड़ानों)\s+(?:\S+\s+){0,3}(?:निलंबित|स्थगित|प्रतिबंधित)",
        r"(?:राजनयिक|राजदूत)\S*\s+(?:\S+\s+){0,5}छोड़ने\s*(?:का|के)\s*(?:आदेश|निर्देश)",
        r"(?<!बिना\s)(?:शुल्क|टैरिफ)\s+(?:लगा|बढ़ा)", r"ज़ब्त", r"जब्त", r"नाराज़", r"नाराज",
        r"विरोध\s*(?:जताया|किया|दर्ज|व्यक्त|प्रकट)", r"विरोध[-\s]?पत्र", r"औपचारिक\s+विरोध",
        r"निंदा", r"आलोचना", r"आरोप", r"डुबो\s*(?:दिया|दी|दिए)",
        r"टक्कर\s*मार", r"आपत्ति\s*(?:दर्ज|जताई|जताया|जताते|जताने)", r"अपहरण", r"फटकार",
        r"जवाबी\s*(?:कार्रवाई|कदम)", r"(?:समझौत|संधि|करार)\S*\s+(?:को\s+)?(?:\S+\s+)?रद्द",
        r"~रद्द\s*(?:कर|किया|किए|की)", r"(?:यात्रा|दौरा|दौरे)\S*\s+(?:\S+\s+){0,2}रद्द",
        r"दोषी\s*ठहरा", r"खटास", r"आपूर्ति\s*(?:\S+\s+){0,5}?(?:बाधित|रोक|अवरुद्ध)",
        r"(?:सीमा|सरहद)\s*(?:\S+\s+){0,3}(?:बंद|सील)\s*(?:कर|की|किया|कर दी|रखी)",
        r"मार\s*गिरा", r"(?:सैनिक|सैनिकों|जवान|जवानों|सिपाही)\s+(?:\S+\s+){0,2}मारे\s*गए", r"दंगे",
        r"~गिरफ़्तार", r"~गिरफ्तार", r"~हिरासत",
        r"(?:सेना|सेनाओं|सैनिक|सैनिकों|फ़ौज|फौज)\S*\s+(?:\S+\s+){0,3}(?:सीमा|सरहद)\s*(?:पार\s*(?:कर|की|किया|किए)|लांघ)",
        r"(?:सेना|सेनाएं|सेनाओं|सैनिक|सैनिकों|फ़ौज|फौज)\S*\s+(?:\S+\s+){0,3}में\s+(?:घुस|प्रवेश\s*कर)",
        r"गोलाबारी", r"आयात\s*पर\s*(?:प्रतिबंध|रोक)", r"धमकी", r"(?:निर्यात|आयात)\S*\s*(?:पर\s*)?(?:सख्ती|सख़्ती|पाबंदी)",
        r"गोली\s*चला", r"छापा\s*मार", r"धावा\s*बोल", r"टकराव", r"शत्रुता", r"दुश्मनी",
        r"(?<!संयुक्त\s)सैन्य\s*(?:अभियान|कार्रवाई)", r"(?:क्षेत्र|इलाके|भूभाग)\s*में\s*घुस",
        r"(?:ज़मीनी|जमीनी|थल)\s*(?:अभियान|हमला|हमले|कार्रवाई)",
        r"अंत(?:र|)राष्ट्रीय\s*न्यायालय\s*(?:में|का\s*दरवाज़ा|का\s*दरवाजा)", r"(?:मामला|मुकदमा|मुक़दमा)\s*दा[यए]र",
        r"(?:खरीद|ख़रीद|आयात|निर्यात|व्यापार|कारोबार|सहायता|सहयोग|खेप|आपूर्ति|शिपमेंट)\S*\s+(?:\S+\s+){0,2}"
        r"(?:रोक\s*(?:दी|दिया|लगा)|निलंबित)",
        r"(?:ज़िम्मेदार|जिम्मेदार|ज़िम्मेवार|जिम्मेवार)\s*ठहरा", r"(?:ख़तरा|खतरा)\s*(?:घोषित|करार)",
        r"~विवाद", r"~तनाव", r"~शरणार्थी", r"~संकट", r"~विरोध(?!ी)",
        r"(?:पूर्व\s*)?(?:सूचना|अनुमति|सहमति|इजाज़त|इजाजत)\s*(?:दिए|लिए)?\s*बिना", r"उकसाव",
        r"(?:मिसाइल|मिसाइलें|रॉकेट|ड्रोन)\S*\s+(?:\S+\s+){0,3}(?:दाग|छोड़)",
        r"देश\s*छोड़ने\s*(?:का|के)\s*(?:आदेश|निर्देश)", r"निर्वासित", r"सामूहिक\s*निष्कासन",
        r"(?:सेना|सैनिक|सैनिकों|फ़ौज|फौज)\S*\s+(?:\S+\s+){0,4}?(?:घुस|घुसपैठ)",
        r"(?:विद्रोहियों|अलगाववादियों|उग्रवादियों)\s+(?:\S+\s+){0,2}?(?:समर्थन|मदद|हथियार)",
        r"निशाना\s*(?:बनाया|बनाते|बनाकर|बनाए|साधा)",
        # annexation ("क्रीमिया के विलय की संधि", "चार क्षेत्रों के विलय की घोषणा"), not a union of the two
        r"विलय\s+(?:की\s+)?(?:घोषणा|संधि)", r"(?:क्षेत्र|क्षेत्रों|इलाके|इलाक़े|इलाकों|इलाक़ों|प्रांत|प्रांतों|प्रायद्वीप)\s+"
        r"(?:का|के)\s+विलय", r"(?:में|अपने\s+में)\s+विलय\s+कर\s+(?:लिया|ली|लिए)",
        r"गोलि(?:यां|याँ)\s*चला",
        r"(?:संपत्ति|संपत्तियों|परिसंपत्ति)\S*\s+(?:\S+\s+)?फ्रीज",
        r"(?:विवाद|तनाव)\S*\s+(?:\S+\s+){0,2}?(?:शुरू\s*हु|छिड़|भड़क)",
        r"देश\s*छोड़ने\s*(?:को|के\s*लिए)\s*(?:कहा|कह)", r"उड़ा\s*(?:दिया|दी|दिए)", r"पाबंदी\s*(?:लगा|लगाई|लगाए|लगाने)",
        r"अपने\s+(?:में|क्षेत्र\s+में|भूभाग\s+में)\s+मिला\s*(?:लिया|ली|लिए)",
        r"झड़प", r"बमबारी", r"(?:अल्टीमेटम|अल्टिमेटम)", r"चढ़ाई\s*कर\s*(?:दी|दिया|डाली)", r"(?:ऐतराज़|ऐतराज)\s*(?:दर्ज|जता)",
        # diplomats expelled: "भारतीय राजनयिक को देश से निकाल दिया", "भारत के उच्चायुक्त को वापस भेज दिया"
        r"(?:राजनयिक|राजनयिकों|राजदूत|राजदूतों|उच्चायुक्त|उच्चायुक्तों|दूत)\s+(?:\S+\s+){0,4}?निकाल\s*(?:दिया|दिए|दी)",
        r"के\s+(?:\S+\s+)?(?:राजनयिक|राजनयिकों|राजदूत|उच्चायुक्त)\s+(?:\S+\s+){0,3}?वापस\s*भेज\s*(?:दिया|दिए|दी)",
        r"(?:द्वीप|द्वीपों|क्षेत्र|इलाके|इलाक़े|भूभाग|प्रांत|हिस्से)\s+पर\s+(?:अपना|अपने)\s+(?:\S+\s+)?दावा\s*"
        r"(?:किया|जताया|ठोका|दोहराया|पेश)",
        r"(?:क्षेत्र|हिस्सा|हिस्से|भूभाग|इलाका|इलाक़ा)\s+होने\s+का\s+दावा",
        r"(?:अपना|अपने)\s+(?:\S+\s+)?(?:प्रांत|प्रदेश)\s+घोषित", r"अवांछित\s*व्यक्ति", r"पर्सोना\s*नॉन\s*ग्रेटा",
        r"आतंकवाद\s*(?:का\s*|के\s*)?प्रायोजक\S*\s+(?:\S+\s+){0,2}?सूची\s+में",
        r"(?:काली\s*सूची|ब्लैकलिस्ट)\s*में\s*(?:डाल|शामिल|रख)",
        r"(?:संबंध|संबंधों|रिश्ते|रिश्तों)\s+टूट\s*(?:गए|गये|गया|गई)",
        # forces massed on the border or off the coast; missiles over the other's land; a ship seized
        r"(?:सीमा|सरहद|तट)\s+(?:के\s+(?:पास|क़रीब|करीब|नज़दीक|नजदीक)|पर)\s+(?:(?!संयुक्त)\S+\s+){0,5}?"
        r"(?:सैनिक|सैनिकों|सेना|सेनाएं|सेनाएँ|फ़ौज|फौज|युद्धपोत|युद्धपोतों|टैंक)\s+(?:\S+\s+){0,4}?(?:तैनात|जमा)",
        r"(?:मिसाइल|मिसाइलें|रॉकेट)\S*\s+(?:\S+\s+){0,5}?ऊपर\s+से",
        r"(?:जहाज़|जहाज|पोत|नाव|नौका|ट्रॉलर)\s+(?:\S+\s+){0,2}?पकड़\s*(?:लिया|ली|लिए)",
    ],
}
