"""Event types by the predicate of the clause that carries the date, in three languages, on
sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from relations_desktop.corpus.cue_lines import nukta_optional
from relations_desktop.corpus.cue_rules import AGAINST, LABEL_CUES, NOT_OUTCOME, POINTERS
from relations_desktop.corpus.cue_vetoes import VETOES
from relations_desktop.corpus.cues import CUES, TYPES
from relations_desktop.corpus.dates import find_dates
from relations_desktop.corpus.event_types import classify, classify_near, clauses
from tests.text_helpers import processed


def type_of(text: str) -> str:
    d = next(d for d in find_dates(text) if d.value)
    return classify_near(text, 0, len(text), d.start, d.end)[0]


@pytest.mark.parametrize("text, expected", [
    # recognition
    ("Kenya recognised the new government of Eritrea on 24 May 1993.", "recognition"),
    ("১৯৯৩ সালের ২৪ মে কেনিয়া ইরিত্রিয়াকে স্বীকৃতি দেয়।", "recognition"),
    ("केन्या ने 24 मई 1993 को इरिट्रिया को मान्यता दी।", "recognition"),
    # relations established, restored, raised in level
    ("Ghana and Togo established diplomatic relations in 1960.", "relations_established"),
    ("Relations were restored in 1994 after a long break.", "relations_established"),
    # an instrument that establishes relations (6.2)
    ("On 4 May 1998 Ghana signed a communiqué establishing diplomatic relations with Togo.", "relations_established"),
    ("১৯৯৮ সালের ৪ মে ঘানা ও টোগো কূটনৈতিক সম্পর্ক স্থাপনের যৌথ ইশতেহারে সই করে।", "relations_established"),
    ("১৯৭৫ সালে দুই দেশের মধ্যে কূটনৈতিক সম্পর্ক প্রতিষ্ঠিত হয়।", "relations_established"),
    ("दोनों देशों के बीच राजनयिक संबंध 1975 में स्थापित हुए।", "relations_established"),
    ("राजनयिक संबंध स्थापना की तिथि: 12 मई 1975", "relations_established"),
    ("In 2001 the two states raised their ties to ambassador level.", "relations_established"),
    # embassy
    ("Togo opened an embassy in Accra in 2008.", "embassy"),
    ("২০০৮ সালে টোগো আক্রায় দূতাবাস চালু করে।", "embassy"),
    ("2008 में टोगो ने अक्रा में अपना दूतावास खोला।", "embassy"),
    # visit
    ("The Kenyan president paid a state visit to Uganda in March 2011.", "visit"),
    ("২০১১ সালের মার্চে কেনিয়ার প্রেসিডেন্ট উগান্ডা সফর করেন।", "visit"),
    ("मार्च 2011 में केन्या के राष्ट्रपति ने युगांडा की यात्रा की।", "visit"),
    ("In 2015 the Prime Minister addressed the Parliament of Sri Lanka.", "visit"),
    ("On 9 May 2019 the Chilean president addressed a joint session of the Peruvian Congress.", "visit"),
    ("On 4 May 2012 the Chilean president addressed a joint session of Ghana's parliament.", "visit"),
    ("4 मई 2012 को घाना के राष्ट्रपति ने अक्करा में चिली के राष्ट्रपति की मेज़बानी की।", "visit"),
    # a trade ministry's delegation travelling is a visit (6.7); delivering is not arriving
    ("২০০৪ সালের অক্টোবরে ঘানার বাণিজ্য মন্ত্রণালয়ের একটি প্রতিনিধিদল লোমে সফর করে।", "visit"),
    ("In October 2004 Ghana's trade minister visited Lomé.", "visit"),
    ("अक्टूबर 2004 में घाना के वाणिज्य मंत्री ने लोमे की यात्रा की।", "visit"),
    ("১৯৬৮ সালে দুই দেশ তেল বাজারে পৌঁছে দিতে একটি যৌথ কোম্পানি গঠন করে।", "other"),
    # missiles fired, an operation without the other's consent, a provocation
    ("২০২৪ সালের ১ অক্টোবর ইরান ইসরায়েলে প্রায় ২০০টি ব্যালিস্টিক ক্ষেপণাস্ত্র নিক্ষেপ করে।", "conflict"),
    ("2024 में ईरान ने इज़राइल पर सैकड़ों मिसाइलें दागीं।", "conflict"),
    ("2 मई 2011 को घाना की सेना ने टोगो सरकार को पूर्व सूचना दिए बिना लोमे में एक अभियान चलाया।", "conflict"),
    ("In 2022 Togo called Ghana's naval drills a provocation.", "conflict"),
    ('On 4 April 2022 Ghana declared 12 Togolese embassy staff "persona non grata".', "conflict"),
    ("On 25 April 2022 Togo retaliated by ordering 12 Ghanaian diplomats to leave.", "conflict"),
    ("In May 2021 the two states reduced their embassies to a handful of staff.", "conflict"),
    ("In May 2020 Ghana imposed anti-dumping and countervailing duties on Togolese cement.", "conflict"),
    ("अक्टूबर 2016 में घाना ने टोगो को पेट्रोलियम उत्पादों की मासिक खेप रोक दी।", "conflict"),
    ("The cutter was formally transferred to Togo in Accra on 27 August 2018.", "military"),
    # cue words in any case; a treaty named for its matters; diplomats ordered out
    ("France recalled Ambassador Boillon to Paris for consultations in April 2024.", "conflict"),
    ("Chile and Japan signed a Treaty of Friendship, Commerce and Navigation in 1897.", "agreement"),
    ("Chile, whose diplomats were also ordered out on 29 July 2024, saw its ties sour.", "conflict"),
    ("दिसंबर 2023 में दोनों देशों ने एक-दूसरे के राजदूतों को तलब किया।", "conflict"),
    ("Ghana ended official diplomatic relations with Togo on 9 June 1975.", "conflict"),
    ("On 15 May 2013 Ghana recalled its representative from Lomé.", "conflict"),
    ("On 5 March 2012 Ghana refused entry to 84 Togolese nationals at Accra airport.", "conflict"),
    ("Ghana lifted the sanctions on 8 August 2013.", "other"),
    ("The war ended and relations were restored in 1990.", "relations_established"),
    ("২০১২ সালের ৪ মে ঘানা চিলির প্রেসিডেন্টকে রাষ্ট্রীয় আতিথ্য দেয়।", "visit"),
    # terse, as a table cell or a headline writes it
    ("ইতালি | ১৯৪৭ | কূটনৈতিক সম্পর্ক স্থাপিত", "relations_established"),
    ("इटली | 1947 | राजनयिक संबंध स्थापित", "relations_established"),
    ("इटली | 1955 | राजनयिक संबंध बहाल", "relations_established"),
    # agreement
    ("Nepal and Bhutan signed a transit treaty in 2010.", "agreement"),
    ("২০১০ সালে নেপাল ও ভুটান একটি ট্রানজিট চুক্তি সই করে।", "agreement"),
    ("2010 में नेपाल और भूटान ने पारगमन संधि पर हस्ताक्षर किए।", "agreement"),
    # aid
    ("In 2019 Japan gave Nepal a grant of 10 million dollars for flood relief.", "aid"),
    ("২০১৯ সালে জাপান নেপালকে বন্যা ত্রাণে অনুদান দেয়।", "aid"),
    ("2019 में जापान ने नेपाल को बाढ़ राहत के लिए अनुदान दिया।", "aid"),
    ("১৯৮০ সালে জাপান একটি সেতুর সমীক্ষার ব্যয় বহনের প্রতিশ্রুতি দেয়।", "aid"),
    ("1980 में जापान ने एक पुल के अध्ययन का खर्च उठाने का वादा किया।", "aid"),
    # trade
    ("In 2020 trade between the two countries reached 3 billion dollars.", "trade"),
    ("২০২০ সালে দুই দেশের বাণিজ্য ৩০০ কোটি ডলার ছাড়ায়।", "trade"),
    ("2020 में दोनों देशों का व्यापार 3 अरब डॉलर तक पहुंचा।", "trade"),
    # the end of a state of war by a signed declaration; relations suspended; sovereignty over a
    # territory recognised is no recognition of a state; prisoners of war exchanged are no war
    ("5 मई 1996 को दोनों नेताओं ने शांति घोषणा पर दस्तख़त कर युद्ध की स्थिति समाप्त की।", "agreement"),
    ("मार्च 2019 में सरकार ने घोषणा की कि पड़ोसी देश के साथ आर्थिक संबंध स्थगित कर दिए गए हैं।", "conflict"),
    ("मई 2020 में सरकार ने उस द्वीप पर पड़ोसी देश की संप्रभुता को मान्यता दे दी।", "other"),
    ("In May 2020 the government recognised its neighbour's sovereignty over the islands.", "other"),
    ("A treaty of 3 May 1921 recognised the kingdom's sovereignty over the coast.", "agreement"),
    ("২০২২ সালের ৩ মে যৌথ বিবৃতিতে দুই দেশ যুদ্ধবন্দিদের বিনিময়ে সম্মত হয়।", "agreement"),
    ("3 मई 2022 को संयुक्त बयान में दोनों देशों ने युद्धबंदियों की अदला-बदली पर सहमति जताई।", "agreement"),
    ("In a joint statement on 3 May 2022 the two agreed to exchange prisoners of war.", "agreement"),
    ("3 मई 2022 को सरकार दो गांव पड़ोसी देश को लौटाने पर राज़ी हुई।", "agreement"),
    # state forces killing the other's nationals; an award declared void; links severed
    ("On 2 May 1960 border guards killed two fishermen from the neighbouring country.", "conflict"),
    ("The government declared the arbitration award null and void on 2 May 1960.", "conflict"),
    ("The kingdom severed diplomatic, trade and transport links with its neighbour on 2 May 1960.", "conflict"),
    ("In May 1960 the president recalled the country's ambassador from the capital.", "conflict"),
    # relations decided on at a meeting are restored; relations that begin to improve begin nothing
    ("The delegations met on 2 May 2020, where they decided to resume ties.", "relations_established"),
    ("২০২০ সালের ২ মে পূর্ণ কূটনৈতিক সম্পর্ক পুনঃস্থাপনে দুই দেশ সম্মত হয়।", "relations_established"),
    ("Relations began to improve when the two leaders met on 2 May 2004 and signed a treaty.", "agreement"),
    # a blockade or crisis that only frames the time; commercial flights are no trade
    ("অবরোধের আগে ২০১৬ সালে দুই দেশের বাণিজ্যের পরিমাণ ছিল প্রায় ৮০ কোটি ডলার।", "trade"),
    ("Before the blockade, in 2016 trade between the two countries was about $800 million.", "trade"),
    ("২০২১ সালের ৯ জানুয়ারি থেকে দুই দেশের মধ্যে বাণিজ্যিক ফ্লাইট আবার চালু হবে।", "other"),
    ("9 जनवरी 2021 से दोनों देशों के बीच वाणिज्यिक उड़ानें फिर शुरू होंगी।", "other"),
    # submarines (a Hindi plural), consular offices
    ("2015 में एक देश ने दूसरे को दो पनडुब्बियाँ सौंपीं।", "military"),
    ("In 2023 the two countries reopened consular offices in each other's capitals.", "embassy"),
    # diplomats ordered out, flights suspended (possessives and long gaps between the words)
    ("On 2 June 2024 the government ordered Ghana's diplomatic staff to leave the country.", "conflict"),
    ("২০২৪ সালের ২ জুন সরকার প্রতিবেশী দেশের কূটনীতিকদের দেশ ছাড়ার নির্দেশ দেয়।", "conflict"),
    ("2 जून 2024 को सरकार ने पड़ोसी देश के राजनयिकों को 72 घंटे में देश छोड़ने का आदेश दिया।", "conflict"),
    ("The ministry said flights to and from the neighbouring country would be suspended from 3 June 2024.",
     "conflict"),
    ("২০২৪ সালের ৩ জুন থেকে প্রতিবেশী দেশের সঙ্গে সব ফ্লাইট স্থগিত করা হয়।", "conflict"),
    ("3 जून 2024 से पड़ोसी देश की सभी उड़ानें निलंबित कर दी गईं।", "conflict"),
    # a mutual assistance protocol (hi), debt written off (a nukta spelling), water cannon, notice to
    # leave, a bridge closed, licences granted and a law signed (no aid, no agreement)
    ("12 मार्च 1936 को दोनों देशों ने पारस्परिक सहायता प्रोटोकॉल पर हस्ताक्षर किए।", "agreement"),
    ("दिसंबर 2003 में एक देश ने दूसरे के क़र्ज़ का 98 प्रतिशत माफ़ कर दिया।", "aid"),
    ("5 मार्च 2024 को तटरक्षक जहाज़ों ने एक आपूर्ति नौका पर पानी की तेज़ बौछार की।", "conflict"),
    ("On 5 March 2024 coast guard vessels fired a water cannon at a supply boat.", "conflict"),
    ("২০২৪ সালের ৫ মার্চ উপকূলরক্ষী জাহাজ একটি সরবরাহ নৌকায় জলকামান ছোড়ে।", "conflict"),
    ("In July 2005 the government gave its ally notice to leave the air base.", "conflict"),
    ("The bridge was closed by the government in 1997 as the fighting spread.", "conflict"),
    ("On 5 December 2023 the president ordered the oil company to grant licences in the region.", "other"),
    ("The president signed a law on 3 April 2024 creating a new province.", "other"),
    # a currency swap line is aid; a standoff and a ruling called void (hi), a case filed at a court,
    # a mission ordered shut are hostile
    ("2021 में दोनों देशों के बीच 20 करोड़ डॉलर की करेंसी स्वैप सुविधा पर सहमति बनी।", "aid"),
    ("২০২১ সালের মে মাসে কেন্দ্রীয় ব্যাংক প্রতিবেশীকে মুদ্রা বিনিময় (কারেন্সি সোয়াপ) সুবিধা দেয়।", "aid"),
    ("In May 2021 the central bank approved a $200 million currency swap for its neighbour.", "aid"),
    ("2012 में दोनों देशों के जहाज़ों के बीच दो महीने तक गतिरोध चला।", "conflict"),
    ("12 जुलाई 2016 को सरकार ने न्यायाधिकरण के फैसले को अमान्य बताया।", "conflict"),
    ("The government filed a case at the International Court of Justice on 29 September 2005.", "conflict"),
    ("1990 में सरकार ने राजधानी स्थित पड़ोसी देश के उच्चायोग को बंद करने का आदेश दे दिया।", "conflict"),
    ("In 1990 the government ordered the closure of its neighbour's high commission.", "conflict"),
    ("১৯৯০ সালে সরকার প্রতিবেশী দেশের হাইকমিশন বন্ধের নির্দেশ দেয়।", "conflict"),
    # a concrete undertaking agreed at a meeting is an agreement; a wish to do more is not
    ("The two presidents met on 14 December 2023 and agreed to exchange prisoners.", "agreement"),
    ("The two presidents met on 14 December 2023 and agreed to strengthen ties.", "visit"),
    # an envoy sent to the other state; a right granted is no grant of money
    ("On 16 September 2019 the government sent special envoys to its neighbour.", "visit"),
    ("২০১৯ সালের ১৬ সেপ্টেম্বর সরকার প্রতিবেশী দেশে বিশেষ দূত পাঠায়।", "visit"),
    ("16 सितंबर 2019 को सरकार ने पड़ोसी देश में विशेष दूत भेजे।", "visit"),
    ("On 27 March 1964 the two signed a convention, which grants each other's nationals the right to reside.",
     "agreement"),
    # leaders meeting (bn "মিলিত হন"), a state banquet for the guest
    ("২০২৫ সালের ৭ই জানুয়ারি বার্ষিক সম্মেলনে মিলিত হন দুই দেশের প্রধানমন্ত্রী।", "visit"),
    ("12 फरवरी 2025 की शाम राष्ट्रपति ने अतिथि के सम्मान में राजकीय भोज दिया।", "visit"),
    ("২০২৫ সালের ১২ ফেব্রুয়ারি রাষ্ট্রপতি অতিথির সম্মানে রাষ্ট্রীয় ভোজ দেন।", "visit"),
    # a comma list of fields before the act's verb is no clause break (Bengali, Hindi)
    ("12 फरवरी 2025 को दोनों देशों के बीच श्रम, निवेश, पर्यटन और खेल के क्षेत्र में छह समझौतों पर हस्ताक्षर किए गए।",
     "agreement"),
    ("২০২৫ সালের ১২ ফেব্রুয়ারি দুই দেশের মধ্যে শ্রম, বিনিয়োগ, পর্যটন ও খেলাধুলা বিষয়ে ছয়টি সমঝোতা স্মারক সই হয়।",
     "agreement"),
    # a peace agreement that ends a war or a confrontation is the agreement (6.5)
    ("আলোচনার পর ১৯৬৬ সালের ১১ আগস্ট শান্তিচুক্তি সইয়ের মধ্য দিয়ে সংঘাতের অবসান ঘটে।", "agreement"),
    ("11 अगस्त 1966 को शांति समझौते पर हस्ताक्षर के साथ संघर्ष का अंत हुआ।", "agreement"),
    ("The confrontation ended with a peace agreement signed on 11 August 1966.", "agreement"),
    # a standoff, a border closed (also written as one word: স্থলসীমান্ত)
    ("২০০৫ সালের মার্চে দুই দেশের নৌবাহিনী মুখোমুখি অবস্থান নেয়।", "conflict"),
    ("জবাবে ২৭ আগস্ট ১৯৯৪ দেশটি স্থলসীমান্ত বন্ধ করে দেয়।", "conflict"),
    # a patrol vessel for the other's coast guard
    ("2015 में भारत ने मॉरीशस तटरक्षक बल को एक अपतटीय गश्ती पोत सौंपा।", "military"),
    ("২০১৫ সালে দেশটি প্রতিবেশীর উপকূলরক্ষী বাহিনীকে একটি নৌযান হস্তান্তর করে।", "military"),
    ("In 2015 the country handed over a vessel to its neighbour's coast guard.", "military"),
    # a flow of goods told by its verb, against a financier's weak "financed"
    ("In November 2022 Ethiopia began exporting electricity to Kenya over a line financed by the World Bank.", "trade"),
    ("In November 2022 Ethiopia began selling power to Kenya.", "trade"),
    ("২০২২ সালের নভেম্বরে ইথিওপিয়া কেনিয়ার কাছে বিদ্যুৎ বিক্রি শুরু করে।", "trade"),
    ("नवंबर 2022 में इथियोपिया ने केन्या को बिजली बेचना शुरू किया।", "trade"),
    # military
    ("The two navies held a joint exercise in the Arabian Sea in 2018.", "military"),
    ("২০১৮ সালে দুই দেশের নৌবাহিনী যৌথ মহড়া করে।", "military"),
    ("2018 में दोनों देशों की नौसेनाओं ने संयुक्त युद्धाभ्यास किया।", "military"),
    ("The first batch of rocket launchers reached Armenia in March 2021.", "military"),
    ("২০২১ সালের মার্চে তুরস্ক বাংলাদেশকে রকেট লঞ্চারের প্রথম চালান পাঠায়।", "military"),
    ("आर्मेनिया को रॉकेट लॉन्चर की पहली खेप मार्च 2021 में भेजी गई।", "military"),
    # conflict
    ("Diplomatic relations were severed in 1990.", "conflict"),
    ("১৯৯০ সালে দুই দেশের মধ্যে সীমান্ত যুদ্ধ বাধে।", "conflict"),
    ("1990 में दोनों देशों के बीच युद्ध हुआ।", "conflict"),
    ("The country recalled its ambassador in protest in June 2014.", "conflict"),
    ("Togo closed its border with Ghana in 1982.", "conflict"),
    ("১৯৮২ সালে ঘানা টোগোর সঙ্গে সীমান্ত বন্ধ করে দেয়।", "conflict"),
    ("1982 में घाना ने टोगो के साथ अपनी सीमा बंद कर दी।", "conflict"),
    ("Ugandan troops crossed into Kenya in 1976.", "conflict"),
    ("In 1987 Kenyan and Ugandan troops exchanged fire at the border.", "conflict"),
    ("১৯৮৭ সালে সীমান্তে দুই দেশের সেনাদের মধ্যে গোলাগুলি হয়।", "conflict"),
    ("1987 में सीमा पर दोनों देशों के सैनिकों के बीच गोलाबारी हुई।", "conflict"),
    ("In 2019 Uganda banned imports of Kenyan milk.", "conflict"),
    ("২০১৯ সালে উগান্ডা কেনিয়ার দুধ আমদানি নিষিদ্ধ করে।", "conflict"),
    ("2019 में युगांडा ने केन्या के दूध के आयात पर प्रतिबंध लगाया।", "conflict"),
    ("In 1976 Kenya threatened to cut off fuel supplies to Uganda.", "conflict"),
    # relief in kind, money received, a hospital built for the partner
    ("In 2010 Kenya sent 5,000 tonnes of maize to Uganda after the floods.", "aid"),
    ("২০১০ সালে বন্যার পর কেনিয়া উগান্ডায় ৫ হাজার টন ভুট্টা পাঠায়।", "aid"),
    ("2010 में बाढ़ के बाद केन्या ने युगांडा को 5,000 टन मक्का भेजा।", "aid"),
    ("Uganda received 20 million dollars from Kenya in 2011 to rebuild schools.", "aid"),
    ("In 2015 Kenya built a hospital in Uganda with its own funds.", "aid"),
    ("২০২১ সালে ভারত নেপালকে ১০ লাখ ডোজ টিকা পাঠায়।", "aid"),
    ("2021 में भारत ने नेपाल को 10 लाख टीके भेजे।", "aid"),
    # arms sold
    ("In 2017 Kenya sold armoured vehicles to Uganda.", "military"),
    ("২০১৫ সালে নেপালের প্রধানমন্ত্রী ভুটানের সংসদে বক্তব্য রাখেন।", "visit"),
    ("2015 में नेपाल के प्रधानमंत्री ने भूटान की संसद को संबोधित किया।", "visit"),
    ("২০১০ সালে দুই দেশ ট্রানজিট সুবিধা দিতে একমত হয়।", "agreement"),
    ("২০১৯ সালে সীমান্তে রক্ষীদের ওপর গুলি চালানো হয়।", "conflict"),
    ("2019 में सीमा पर रक्षकों पर गोली चलाई गई।", "conflict"),
    ("In 2019 border guards opened fire on the patrol.", "conflict"),
    ("2017 में केन्या ने युगांडा को बख्तरबंद वाहन बेचे।", "military"),
    ("২০১৭ সালে কেনিয়া উগান্ডার কাছে সাঁজোয়া যান বিক্রি করে।", "military"),
    ("2015 में केन्या ने युगांडा में एक अस्पताल बनवाया।", "aid"),
    ("২০১৫ সালে কেনিয়া উগান্ডায় একটি হাসপাতাল নির্মাণ করে দেয়।", "aid"),
    ("১৯৭৬ সালে উগান্ডার সৈন্যরা কেনিয়ার সীমান্ত অতিক্রম করে।", "conflict"),
    ("1976 में युगांडा की सेना ने केन्या की सीमा पार की।", "conflict"),
    # other
    ("The president sent a letter to his counterpart on 4 May 1980.", "other"),
    ("২০১৩ সালে দুই দেশ সম্পর্কের ৪০তম বার্ষিকী উদযাপন করে।", "other"),
    ("2013 में दोनों देशों ने संबंधों की 40वीं वर्षगांठ मनाई।", "other"),
])
def test_each_type_in_each_language(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a signing during a visit: the outcome wins (ANNOTATION 6.4, 6.11)
    ("During the visit of the Kenyan president in March 2011, four agreements were signed.", "agreement"),
    ("মার্চ ২০১১ সালে কেনিয়ার প্রেসিডেন্টের সফরের সময় চারটি চুক্তি সই হয়।", "agreement"),
    ("मार्च 2011 में केन्याई राष्ट्रपति की यात्रा के दौरान चार समझौतों पर हस्ताक्षर किए गए।", "agreement"),
    # relations and an embassy established together: relations
    ("Relations and an embassy were established on 2 May 1972.", "relations_established"),
    # severed then restored: each date its own act
    ("Relations between the two states were severed in 1990 but restored in 2004.", "conflict"),
    ("Relations were restored in November 2019 and severed again on 31 October 2023.", "relations_established"),
    # a date that closes its clause dates what came before it
    ("Ghana was the first to recognise Togo, doing so on 27 April 1960, and relations followed.", "recognition"),
    # a date opening an "after" clause dates that clause's own act
    ("After the border war broke out in 1962, the two sides began talks.", "conflict"),
    # purpose and "when" clauses only frame the act
    ("In 2022, when Sri Lanka faced a severe crisis, India gave it four billion dollars of aid.", "aid"),
])
def test_the_clause_that_carries_the_date_decides(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a visit dated in one clause and what it brought about in the next: the outcome wins (6.4, 6.11)
    ("The Chilean president met the Peruvian president in Lima on 3 May 2011 and signed two agreements on "
     "fisheries.", "agreement"),
    ("On 3 May 2011 the Chilean foreign minister visited Lima, where the two governments signed a treaty.",
     "agreement"),
    ("২০১১ সালের ৩ মে চিলির প্রেসিডেন্ট পেরুর প্রেসিডেন্টের সঙ্গে বৈঠক করেন এবং দুই দেশ দুটি চুক্তি সই করে।",
     "agreement"),
    ("3 मई 2011 को चिली के राष्ट्रपति ने पेरू के राष्ट्रपति से मुलाकात की और दोनों देशों ने दो समझौतों पर "
     "हस्ताक्षर किए।", "agreement"),
    ("২০১১ সালের ৩ মে চিলির প্রেসিডেন্ট লিমা সফরে যান এবং চিলি পেরুকে ৫০ লাখ ডলার অনুদান দেয়।", "aid"),
    # what the talks were about, a reason, a contrast or a denial is no outcome: the visit stays
    ("The Chilean president met the Peruvian president on 3 May 2011 and discussed trade and defence "
     "cooperation.", "visit"),
    ("The Chilean president visited Lima on 3 May 2011 and reviewed the agreements signed earlier.", "visit"),
    ("The Chilean president visited Lima on 3 May 2011, but no agreement was signed.", "visit"),
    ("২০১১ সালের ৩ মে চিলির প্রেসিডেন্ট লিমা সফর করেন এবং দুই দেশের বাণিজ্য নিয়ে আলোচনা করেন।", "visit"),
    ("২০১১ সালের ৩ মে চিলির প্রেসিডেন্ট লিমা সফর করেন, তবে কোনো চুক্তি সই হয়নি।", "visit"),
    ("3 मई 2011 को चिली के राष्ट्रपति लीमा की यात्रा पर गए और व्यापार सहयोग पर चर्चा की।", "visit"),
    ("3 मई 2011 को चिली के राष्ट्रपति लीमा की यात्रा पर गए, लेकिन कोई समझौता नहीं हुआ।", "visit"),
])
def test_what_a_visit_brought_about_in_its_next_clause_wins(text, expected):
    assert type_of(text) == expected


def test_the_words_that_keep_a_clause_from_being_an_outcome_are_lines_in_each_language():
    assert set(NOT_OUTCOME) == {"en", "bn", "hi"}
    for lines in NOT_OUTCOME.values():
        for line in lines:
            re.compile(line)


@pytest.mark.parametrize("text, expected", [
    # "when the treaty took effect, relations were established": the date's clause only frames
    ("১৯৬৫ সালের ১৮ ডিসেম্বর চুক্তিটি কার্যকর হলে দুই দেশের মধ্যে কূটনৈতিক সম্পর্ক প্রতিষ্ঠিত হয়।",
     "relations_established"),
    ("18 दिसंबर 1965 को समझौता लागू होने पर दोनों देशों के बीच राजनयिक संबंध स्थापित हुए।", "relations_established"),
    # an instrument named with its year gives way to a weightier act of the same clause
    ("In 1956, with the reparations agreement, the two countries re-established diplomatic relations.",
     "relations_established"),
    ("1956 में क्षतिपूर्ति समझौते के साथ दोनों देशों ने राजनयिक संबंध फिर से स्थापित किए।", "relations_established"),
    # entering into force
    ("यह समझौता 12 जून 2005 से लागू हुआ।", "agreement"),
    ("চুক্তিটি ২০০৫ সালের ১২ জুন থেকে কার্যকর হয়।", "agreement"),
    # adjectives and nouns that tell no act of their type
    ("The embassy reopened in its pre-war building in September 1991.", "embassy"),
    ("The centenary of Finland's recognition of Estonia was marked in Tallinn on 7 July 2020.", "other"),
    ("The ministers first discussed the pact at a forum in Singapore on 1 June 2025.", "visit"),
    ("On 12 November 2024 the foreign minister of the military government went to Bangkok for a visit.", "visit"),
    ("২০২৪ সালের ১২ নভেম্বর সামরিক সরকারের পররাষ্ট্রমন্ত্রী ব্যাংকক সফরে যান।", "visit"),
    ("In 2023 Japan announced security assistance of coastal radars for the Philippine navy.", "military"),
    ("2023 में जापान ने फिलीपीन नौसेना को सुरक्षा सहायता के तहत रडार देने की घोषणा की।", "military"),
    ("The manuscripts were returned to Iceland on 21 April 1971.", "other"),
    # hostility
    ("Mexico filed its application with the court in The Hague on 11 April 2024.", "conflict"),
    ("Police forced their way into the embassy on 5 April 2024.", "conflict"),
    ("On 1 August 2023 Iceland asked Russia to scale down its embassy.", "conflict"),
    # consultations and relations told at length
    ("দুই দেশের পররাষ্ট্র দপ্তরের পরামর্শ সভা ২০২১ সালের ৭ ডিসেম্বর ঢাকায় অনুষ্ঠিত হয়।", "visit"),
    ("भारत और गुयाना के बीच राजनयिक संबंध 26 मई 1966 को गुयाना की स्वतंत्रता के दिन स्थापित हुए।",
     "relations_established"),
    ("10 दिसंबर 2020 को मोरक्को ने इज़राइल से राजनयिक संबंध बहाल करने की घोषणा की।", "relations_established"),
    # relations agreed on are an agreement
    ("13 अगस्त 2020 को दोनों देश संबंध सामान्य करने पर सहमत हुए।", "agreement"),
    ("On 13 August 2020 the two governments agreed to normalise relations.", "agreement"),
    ("২০২০ সালের ১৩ আগস্ট দুই দেশ সম্পর্ক স্বাভাবিক করতে সম্মত হয়।", "agreement"),
    # restrictions on exports are hostile; war reparations are no war
    ("২০১৯ সালের জুলাইয়ে জাপান রপ্তানিতে কড়াকড়ি আরোপ করে।", "conflict"),
    ("In July 2019 Japan imposed export restrictions on three materials.", "conflict"),
    ("1956 में युद्ध क्षतिपूर्ति समझौते के साथ दोनों देशों ने राजनयिक संबंध फिर से स्थापित किए।",
     "relations_established"),
    ("The war reparations agreement was signed in May 1956.", "agreement"),
    # things held somewhere are no talks
    ("The manuscripts held in Copenhagen reached Reykjavik on 21 April 1971.", "other"),
    # hostility: complaints and accusations, a sacked embassy, executed nationals
    ("In February 2012 Argentina lodged a formal complaint at the UN accusing Britain of militarisation.",
     "conflict"),
    ("On 17 October 1968 a mob in Jakarta sacked the Singapore embassy.", "conflict"),
    ("On 17 October 1968 Singapore hanged two Indonesian marines.", "conflict"),
    # a time told by a war is no war; a war-torn bridge rebuilt with a grant is aid
    ("Menem became the first Argentine head of state to visit Britain since the war, in October 1998.", "visit"),
    ("১৯৭২ সালের ডিসেম্বরে সুইস সংস্থা যুদ্ধবিধ্বস্ত সেতু পুনর্নির্মাণে অনুদান দেয়।", "aid"),
    # a formula agreed at talks is the outcome of the talks
    ("At talks held in Madrid on 19 October 1989, the two governments agreed a formula on sovereignty.",
     "agreement"),
    # a partnership over relations already held is no beginning of relations
    ("The two sides upgraded ties to a strategic partnership in October 2013, during a visit to Seoul.", "visit"),
    # relations held since, envoys exchanged, full relations in a table, ambassadors back at their posts
    ("Norway and Sri Lanka have maintained diplomatic relations since 1952.", "relations_established"),
    ("In 1952 the two governments agreed to exchange envoys.", "relations_established"),
    ("Israel | May 1969 | Full diplomatic relations", "relations_established"),
    ("The two ambassadors will return to their posts by 26 January 2024.", "relations_established"),
    ("২০২৪ সালের ২৬ জানুয়ারির মধ্যে দুই দেশের রাষ্ট্রদূতরা নিজ নিজ দায়িত্বে ফিরবেন।", "relations_established"),
    ("26 जनवरी 2024 तक दोनों देशों के राजदूत अपने पदों पर लौट आएंगे।", "relations_established"),
    # rescue teams are aid; a trade delegation travelling is a visit
    ("In 1999 both countries sent rescue teams after the earthquakes.", "aid"),
    ("रुटे ने मई 2018 में एक बड़े व्यापार प्रतिनिधिमंडल के साथ भारत का दौरा किया।", "visit"),
    ("In May 2018 the prime minister led a trade delegation to India.", "visit"),
    # a recognition and relations of the same date: relations (6.11), unless relations have a time of their own
    ("2 अक्टूबर 1949 को सोवियत संघ ने चीन को मान्यता दी और उसके साथ राजनयिक संबंध कायम किए।", "relations_established"),
    ("Finland recognised Estonia on 7 July 1920, and the two established relations the same year.", "recognition"),
    # what a letter says is its content, not an act joined to it
    ("২০১০ সালের ৫ মে কেনিয়ার প্রেসিডেন্ট তানজানিয়ার প্রেসিডেন্টকে একটি চিঠি পাঠান যাতে তিনি স্বীকৃতির জন্য "
     "ধন্যবাদ জানান।", "other"),
    # courts, boycotts, halted purchases, closed crossings, expulsions
    ("Somalia took Kenya to the International Court of Justice in August 2014.", "conflict"),
    ("In March 2021 Kenya said it would boycott the court's hearings.", "conflict"),
    ("कोलंबिया ने फरवरी 2024 में इज़राइली हथियारों की खरीद रोक दी।", "conflict"),
    ("In February 2024 Colombia halted arms purchases from Israel.", "conflict"),
    ("Maduro closed most crossings in August 2015, expelling thousands of Colombians.", "conflict"),
    # settling a dispute agreed at a meeting; a ceasefire; what comes into force, said of an instrument
    ("The foreign ministers met in New York in September 2005 and agreed to settle the dispute peacefully.",
     "agreement"),
    ("अगस्त 1988 में युद्धविराम लागू हुआ।", "agreement"),
    ("दोनों ने 2010 में संधि पर हस्ताक्षर किए, जो 5 फरवरी 2011 को लागू हुई।", "agreement"),
    ("28 जून 2016 को दोनों पक्षों ने संबंध सामान्य करने के समझौते पर हस्ताक्षर किए।", "agreement"),
    # a visit and what was signed when it took place; meeting; coming to a capital
    ("The president paid a state visit to Ulaanbaatar on 3 September 2019, when a new treaty was signed.",
     "agreement"),
    ("Petro is scheduled to meet Maduro in Caracas on 1 November 2022.", "visit"),
    ("राजा 2012 में फिर दिल्ली आए।", "visit"),
    # an embassy talked about; costs borne by a government
    ("The foreign minister will travel to Mogadishu on 20 May 2021 for talks on reopening the two embassies.",
     "visit"),
    ("१९८६ में मंदिर के संरक्षण का कार्य हुआ, जिसका पूरा खर्च भारत सरकार ने वहन किया।", "aid"),
    # found on a seventh set of pages
    ("Nairobi and Kampala had agreed in August 2015 to build a joint export pipeline.", "agreement"),
    ("In March 2024 Uganda sued Kenya at the regional court.", "conflict"),
    ("২০১২ সালের মার্চে রিয়াদ দামেস্কে তাদের দূতাবাস বন্ধ করে দেয় এবং রাষ্ট্রদূতদের বহিষ্কার করে।", "conflict"),
    ("১৮৯৫ সালের ৫ নভেম্বর দুই দেশ বাণিজ্য চুক্তি স্বাক্ষর করে, আর এর মধ্য দিয়েই দুই দেশের কূটনৈতিক সম্পর্কের "
     "সূচনা হয়।", "relations_established"),
    ("6 अप्रैल 1948 को दोनों ने मैत्री और पारस्परिक सहायता संधि पर हस्ताक्षर किए।", "agreement"),
    ("The two governments have held joint cabinet meetings, the first in May 2012.", "visit"),
    ("In March 2024 the government postponed the intergovernmental consultations.", "conflict"),
    ("A UN-mediated settlement was reached in July 1986.", "agreement"),
    ("Liaison offices opened in each other's capitals in 1996.", "embassy"),
    ("In April 2008 Greece vetoed the invitation to Skopje.", "conflict"),
    ("২০১৪ সালে মেক্সিকো সিটিতে প্রথমবারের মতো বাংলাদেশি পণ্যের একক মেলা অনুষ্ঠিত হয়।", "trade"),
    # forces entering the partner's land
    ("On 8 August 2008 Russian forces entered into Georgia.", "conflict"),
    ("২০০৮ সালের ৮ আগস্ট রুশ বাহিনী জর্জিয়ায় প্রবেশ করে।", "conflict"),
    ("8 अगस्त 2008 को रूसी सेना जॉर्जिया में घुस गई।", "conflict"),
    # "closed it" points to the act told before it in its sentence
    ("হাঙ্গেরি ঢাকায় দূতাবাস খোলে এবং ১৯৯২ সালে তা বন্ধ করে দেয়।", "embassy"),
    # a city whose name starts like a cue word is no cue ("मॉस्को" is no MoU)
    ("शी 20 मार्च 2023 को तीन दिवसीय राजकीय यात्रा पर मॉस्को पहुंचे।", "visit"),
])
def test_phrasings_of_acts_and_of_what_is_no_act(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the embassy as the source of the news is no act of an embassy
    ("Ghana's foreign minister met Togo's president in Lomé on 7 October 2023, embassy sources said.", "visit"),
    ("৭ অক্টোবর ২০২৩ তারিখে ঘানার পররাষ্ট্রমন্ত্রী লোমেতে টোগোর প্রেসিডেন্টের সঙ্গে বৈঠক করেন বলে দূতাবাস সূত্রে "
     "জানা গেছে।", "visit"),
    ("घाना के विदेश मंत्री ने 7 अक्टूबर 2023 को लोमे में टोगो के राष्ट्रपति से मुलाकात की, दूतावास के सूत्रों ने बताया।",
     "visit"),
    ("Ghana closed its embassy in Lomé in March 2004, the embassy said.", "embassy"),
    # relations held at embassy or ambassador level are relations (6.2)
    ("Ghana and Togo have had embassy-level relations since 1965.", "relations_established"),
    ("১৯৬৫ সালে ঘানা ও টোগোর মধ্যে দূতাবাস পর্যায়ে কূটনৈতিক সম্পর্ক স্থাপিত হয়।", "relations_established"),
    ("घाना और टोगो के बीच 1965 में दूतावास स्तर पर राजनयिक संबंध बने।", "relations_established"),
    # talks about an instrument, a round of negotiations: a meeting, not the instrument
    ("The first round of talks on a Chile–Peru free trade agreement was held in Lima in August 2017.", "visit"),
    ("चिली और पेरू के बीच मुक्त व्यापार समझौते पर वार्ता का पहला दौर अगस्त 2017 में लीमा में हुआ।", "visit"),
    ("২০১৭ সালের আগস্টে লিমায় চিলি ও পেরুর মুক্ত বাণিজ্য চুক্তি নিয়ে প্রথম দফা আলোচনা সভা হয়।", "visit"),
    ("Chile and Peru signed a free trade agreement in August 2017.", "agreement"),
    # criticism, ramming, sinking: hostility (6.9)
    ("In December 2019 Peru's prime minister criticised Chile's new border law.", "conflict"),
    ("২০১৯ সালের ডিসেম্বরে পেরুর প্রধানমন্ত্রী চিলির নতুন সীমান্ত আইনের সমালোচনা করেন।", "conflict"),
    ("दिसंबर 2019 में पेरू के प्रधानमंत्री ने चिली के नए सीमा क़ानून की आलोचना की।", "conflict"),
    ("In May 2019 a Chilean coast guard vessel rammed a Peruvian navy patrol boat.", "conflict"),
    # an instrument taking effect, its name told before
    ("इसका संशोधित रूप मार्च 2016 में हस्ताक्षरित हुआ और 16 मई 2017 को प्रभावी हुआ।", "agreement"),
    # "At the summit in …" only sets the time and place of the act that follows
    ("At the regional summit in Lima in April 2008, Chile vetoed Peru's proposal.", "conflict"),
    # "came to the capital, and …": the visit is a clause of its own
    ("अगस्त 2019 में पेरू के राष्ट्रपति सैंटियागो आए और दोनों देशों ने संबंधों को रणनीतिक साझेदारी का दर्जा दिया।", "visit"),
    # a representative or liaison office is a mission (6.3)
    ("In 1996 Chile opened a representative office in Lima.", "embassy"),
    ("১৯৯৬ সালে চিলি লিমায় একটি প্রতিনিধি অফিস চালু করে।", "embassy"),
    ("1996 में चिली ने लीमा में अपना प्रतिनिधि कार्यालय खोला।", "embassy"),
    # a formal objection is hostility
    ("In September 2019 Peru lodged a strong objection with Chile over the remarks.", "conflict"),
    ("২০১৯ সালের সেপ্টেম্বরে পেরু চিলির মন্তব্যে কড়া আপত্তি জানায়।", "conflict"),
    ("सितंबर 2019 में पेरू ने चिली की टिप्पणी पर कड़ी आपत्ति दर्ज कराई।", "conflict"),
    # medical teams and field hospitals sent are aid
    ("After the floods, Chile sent medical teams and a field hospital to Peru in February 2023.", "aid"),
    ("বন্যার পর ২০২৩ সালের ফেব্রুয়ারিতে চিলি পেরুতে মেডিকেল টিম ও ফিল্ড হাসপাতাল পাঠায়।", "aid"),
    ("बाढ़ के बाद फ़रवरी 2023 में चिली ने पेरू में चिकित्सा दल और फ़ील्ड अस्पताल भेजा।", "aid"),
    # a supplier is a trade figure
    ("In 2013 Peru was Chile's fourth largest supplier of copper ore.", "trade"),
    ("২০১৩ সালে পেরু ছিল চিলির চতুর্থ বৃহত্তম তামা সরবরাহকারী।", "trade"),
    ("2013 में पेरू चिली का चौथा सबसे बड़ा तांबा आपूर्तिकर्ता था।", "trade"),
    # a war that only frames what was done during it (Bengali, without the genitive)
    ("১৯৭৩ সালের অক্টোবরে যুদ্ধ চলাকালে চিলি পেরুতে ত্রাণ পাঠায়।", "aid"),
    ("During the 1973 war, Chile sent relief to Peru.", "aid"),
    ("1971 के युद्ध के दौरान चिली ने पेरू को चिकित्सा सामग्री भेजी।", "aid"),
    ("The 1973 war between Chile and Peru ended in a stalemate.", "conflict"),
    # "दौरान" (during) is no "दौरा" (tour)
    ("1971 के युद्ध के दौरान चिली ने पेरू के विमानों को ईंधन भरने की अनुमति दी।", "other"),
    # an instrument denounced or revoked, a deadline to leave, an abduction, a rebuke: hostility
    ("On 2 May 2022 Peru denounced the defence treaty with Chile.", "conflict"),
    ("On 2 May 2022 Peru denounced the 2014 defence treaty with Chile.", "conflict"),
    ("On 31 January 2022 Peru gave the Chilean ambassador 72 hours to leave.", "conflict"),
    ("In February 2020 Peru's president publicly rebuked his Chilean counterpart.", "conflict"),
    ("Between 1977 and 1983 Chilean agents abducted Peruvian citizens.", "conflict"),
    ("কিন্তু চিলি ১৯৮৪ সালের মার্চে সেই চুক্তি বাতিল করে।", "conflict"),
    ("लेकिन चिली ने मार्च 1984 में उस संधि को रद्द कर दिया।", "conflict"),
    ("लेकिन चिली ने मार्च 1984 में इसे रद्द कर दिया।", "conflict"),
    # relations between two states, one named with a bracket
    ("Relations between Chile and the Republic of Peru (Lima) were established on 30 June 1960.",
     "relations_established"),
    # a welcome ceremony; an arrival visa is no arrival; returning to a capital
    ("Chile's president attends a welcome ceremony held by Peru's president in Lima, May 8, 2024.", "visit"),
    ("২০১৯ সালে চিলি পেরুর নাগরিকদের জন্য আগমনী ভিসা সুবিধা চালু করে।", "other"),
    ("The Chilean president returned to Lima on 22 May 2004.", "visit"),
    ("The manuscripts were returned to Peru on 21 April 1971.", "other"),
    # a consul's office inaugurated
    ("২০১৮ সালের ৮ অক্টোবর লিমায় চিলির অবৈতনিক কনসাল জেনারেলের কার্যালয় উদ্বোধন করা হয়।", "embassy"),
    # war-wounded are no war
    ("২০১৪ সালের আগস্টে চিলি পেরুর যুদ্ধাহতদের জন্য ৫০ টন ওষুধ পাঠায়।", "aid"),
    # fighting among militias is no war of the two; an embassy closed for it is an embassy act
    ("Chile closed its embassy in Lima in February 2015 as fighting between rival militias engulfed the city.",
     "embassy"),
    # veterans of a war, victims of a disaster: aid, not war
    ("In 2020 Chile sent 100,000 face masks to the surviving Peruvian veterans of the war.", "aid"),
    ("In January 2005 Chile flew two military transport aircraft carrying food to Peru for victims of the "
     "earthquake.", "aid"),
    ("২০০৫ সালের জানুয়ারিতে চিলি পেরুর ভূমিকম্পে ক্ষতিগ্রস্ত মানুষের জন্য খাবার পাঠায়।", "aid"),
    ("जनवरी 2005 में चिली ने पेरू के भूकंप पीड़ितों के लिए खाद्य सामग्री भेजी।", "aid"),
    # suspending services or permits toward the other is hostility
    ("In August 2021 Peru suspended direct freight train services to Chile.", "conflict"),
    # a search-and-rescue agreement is an agreement, a rescue team sent is aid
    ("Chile and Peru signed an agreement on maritime search and rescue in Lima on 5 March 2019.", "agreement"),
    # an arms deal is military (6.8); negotiating a declaration is no declaration
    ("In 1962 Peru signed an arms deal with Chile for fighter aircraft.", "military"),
    ("1962 में पेरू ने चिली से लड़ाकू विमान खरीदने का सौदा किया।", "military"),
    ("In 2015 the two governments appointed special envoys to negotiate a joint declaration.", "other"),
    # a year and "and" never name the instrument after them
    ("Chile and Peru issued a joint stamp in 2017 and signed an agreement on fisheries in 2019.", "other"),
    # fighter jets are no war; a red carpet is a visit
    ("১৯৬৯ সালে পেরুর যুদ্ধবিমান চালিয়েছিলেন চিলির বৈমানিকেরা।", "military"),
    ("১৭ সেপ্টেম্বর ২০২৫ লিমায় চিলির প্রেসিডেন্টকে লালগালিচা সংবর্ধনা দেওয়া হয়।", "visit"),
    ("২০২৩ সালের ৩ জুন সম্পর্কের ৪০ বছর পূর্তি উপলক্ষে দুই দেশ লিমায় একটি সংবর্ধনা অনুষ্ঠানের আয়োজন করে।", "other"),
    # a terse note in a table of relations: "first established 1922", "restored 1991"
    ("| Chile | Restored 1991 |", "relations_established"),
    ("Peru: first established 1922.", "relations_established"),
    ("The museum was established in 1922.", "other"),
    # troops sent without consent are hostile, an intervention at a government's request is not
    ("On 10 July 1960 Chilean troops intervened in Lima without the consent of the Peruvian government.", "conflict"),
    ("Chile intervened on 11 January 2013 at the request of the government in Lima.", "military"),
    # an object lent to a museum is no loan of money
    ("In June 2022 Chile handed over a ceremonial mask to the museum in Lima on indefinite loan.", "other"),
    # ambassadors recalled for consultations, however many words between, even in a joint statement
    ("On 6 April 2024 Chile recalled its ambassadors from Lima for consultations.", "conflict"),
    ("6 अप्रैल 2024 को चिली ने एक संयुक्त बयान जारी कर लीमा से अपने राजदूत को परामर्श के लिए वापस बुलाने की घोषणा की।",
     "conflict"),
    ("৬ এপ্রিল ২০২৪ এক যৌথ বিবৃতিতে চিলি লিমা থেকে তার রাষ্ট্রদূতকে পরামর্শের জন্য ফিরিয়ে নেওয়ার ঘোষণা দেয়।", "conflict"),
    # airspace closed, aircraft grounded or impounded
    ("In February 2024 Chile closed its airspace to all Peruvian flights.", "conflict"),
    ("फ़रवरी 2024 में चिली ने पेरू की सभी उड़ानों के लिए अपना हवाई क्षेत्र बंद कर दिया।", "conflict"),
    ("২০২৪ সালের ফেব্রুয়ারিতে চিলি পেরুর সব ফ্লাইটের জন্য তার আকাশসীমা বন্ধ করে দেয়।", "conflict"),
    ("In June 2022 Chilean authorities grounded a Peruvian state airline cargo plane at Santiago airport.", "conflict"),
    ("The policy, grounded in the 2019 review, was announced in June 2022.", "other"),
    # sanctions lifted end a quarrel, in either voice; "war reparations" with a hyphen is no war
    ("The embargo on Peru was fully lifted in September 1978.", "other"),
    ("পেরুর ওপর নিষেধাজ্ঞা পুরোপুরি উঠে যায় ১৯৭৮ সালের সেপ্টেম্বরে।", "other"),
    ("सितंबर 1978 में पेरू पर लगा प्रतिबंध पूरी तरह हटा लिया गया।", "other"),
    ("১৯৫৮ সালের ২০শে জানুয়ারি সান্তিয়াগোতে দুই দেশ শান্তি চুক্তি ও যুদ্ধ-ক্ষতিপূরণ চুক্তি সই করে।", "agreement"),
    # representation downgraded, aid frozen however it is counted, blame, a declared threat
    ("In 2017 Chile and Peru downgraded their diplomatic representation to the level of chargé d'affaires.",
     "conflict"),
    ("In April 2012 Chile froze the remaining 20 million euros of treaty aid to Peru.", "conflict"),
    ("अप्रैल 2009 में पाइपलाइन विस्फोट के लिए चिली ने पेरू की कंपनी को ज़िम्मेदार ठहराया।", "conflict"),
    ("In March 2015 Chile declared Peru an unusual and extraordinary threat to its national security.", "conflict"),
    # relations normalised or begun in the oblique ("संबंधों को … बनाया", "संबंधों का सूत्रपात")
    ("12 मई 1994 को घाना और टोगो ने अपने संबंधों को फिर से सामान्य बनाया।", "relations_established"),
    ("घाना और टोगो के बीच 4 जून 1960 को राजनयिक संबंधों का सूत्रपात हुआ।", "relations_established"),
    ("2010 में दोनों देशों के बीच संबंधों को सामान्य बनाने की कोशिश हुई।", "other"),
    # accepted as an independent state; a credit line ("साख सीमा"); relief delivered, not arriving
    ("घाना ने 6 मार्च 1957 को टोगो को एक स्वतंत्र राष्ट्र के रूप में स्वीकार किया।", "recognition"),
    ("मार्च 1957 में टोगो एक स्वतंत्र राष्ट्र के रूप में उभरा।", "other"),
    ("जून 2015 में घाना ने टोगो के लिए दो करोड़ डॉलर की साख सीमा मंज़ूर की।", "aid"),
    ("घाना के राष्ट्रपति 5 मई 2019 को लोमे पहुँचे।", "visit"),
    # a warship gifted, fighter jets by their names: military, not aid
    ("घाना ने जून 2023 में टोगो को एक युद्धक पोत उपहार में दिया।", "military"),
    ("घाना ने 2019 में टोगो को छह मिग-29 विमानों की आपूर्ति की।", "military"),
    # goods sent and bought, turnover ("कारोबार"); leaders who met or talked
    ("2021 में घाना ने टोगो को 87 करोड़ डॉलर का माल भेजा।", "trade"),
    ("2022 में दोनों देशों के बीच कारोबार 15 करोड़ डॉलर को पार कर गया।", "trade"),
    ("टोगो के प्रधानमंत्री 7 फरवरी 2024 को अक्रा में घाना के राष्ट्रपति से मिले।", "visit"),
    ("घाना के राष्ट्रपति ने 8 मार्च 2023 को लोमे में टोगो के राष्ट्रपति से बात की।", "visit"),
    # clash, bombing, invasion ("चढ़ाई कर दी", not a climb), objection, diplomats expelled
    ("15 जून 2020 को सीमा पर दोनों देशों के सैनिकों के बीच हिंसक झड़प हुई।", "conflict"),
    ("24 फरवरी 2022 को घाना ने टोगो पर चढ़ाई कर दी।", "conflict"),
    ("पर्वतारोहियों के एक संयुक्त दल ने मई 2019 में एवरेस्ट पर चढ़ाई की।", "other"),
    ("जनवरी 2024 में घाना ने टोगो के मंत्रियों की टिप्पणियों पर कड़ा ऐतराज़ जताया।", "conflict"),
    ("19 सितंबर 2023 को घाना ने एक वरिष्ठ टोगोली राजनयिक को देश से निकाल दिया।", "conflict"),
    ("अगस्त 2019 में टोगो ने घाना के उच्चायुक्त को वापस भेज दिया।", "conflict"),
    # normalisation as a noun, money given, built and handed over, a currency swap arrangement
    ("11 जुलाई 1995 को घाना और टोगो के संबंधों का सामान्यीकरण हुआ।", "relations_established"),
    ("घाना ने 2015 में लोमे में टोगो की संसद का नया भवन बनाकर सौंपा।", "aid"),
    ("1 दिसंबर 2021 को घाना और टोगो के बीच मुद्रा अदला-बदली व्यवस्था का नवीनीकरण हुआ।", "aid"),
    # an aircraft carrier; a mission opened; went (not "किए गए", "हो गए"); welcomed
    ("घाना ने 2004 में टोगो से एक विमानवाहक पोत खरीदा।", "military"),
    ("टोगो ने 1962 में अक्रा में अपना मिशन खोला।", "embassy"),
    ("2019 में घाना और टोगो के बीच कई अहम कदम उठाए गए।", "other"),
    ("2019 में घाना और टोगो के संबंध और मज़बूत हो गए।", "other"),
    ("टोगो के राष्ट्रपति ने 22 दिसंबर 2024 को लोमे में घाना के राष्ट्रपति का अभिनंदन किया।", "visit"),
    # told to leave, blown up, a ban imposed, annexed, trade suspended
    ("अगस्त 2018 में घाना ने टोगो के राजदूत को 24 घंटे में देश छोड़ने को कहा।", "conflict"),
    ("16 जून 2020 को घाना ने सीमा पर टोगो के संपर्क कार्यालय को उड़ा दिया।", "conflict"),
    ("29 जून 2020 को घाना ने टोगो की 59 कंपनियों पर पाबंदी लगा दी।", "conflict"),
    ("घाना ने मार्च 2014 में टोगो के एक प्रांत को अपने में मिला लिया।", "conflict"),
    ("7 अगस्त 2019 को घाना ने टोगो के साथ द्विपक्षीय व्यापार निलंबित कर दिया।", "conflict"),
    # goods given free are aid, and outrank the visit they came with (6.6, 6.11); duty-free trade is not
    ("In July 2023 the Togolese president visited Accra and Ghana gave Togo 25,000 tonnes of free grain.", "aid"),
    ("In May 2020 Ghana sent Togo 5,000 tonnes of free diesel.", "aid"),
    ("In 2023 Togo allowed duty-free wheat imports from Ghana.", "trade"),
    ("In 2023 Togo allowed free trade in grain with Ghana.", "trade"),
    ("জুলাই ২০২৩ সালে টোগোর প্রেসিডেন্ট আক্রা সফর করেন এবং ঘানা টোগোকে ২৫ হাজার টন বিনামূল্যে খাদ্যশস্য দেওয়ার "
     "ঘোষণা দেয়।", "aid"),
    ("जुलाई 2023 में टोगो के राष्ट्रपति अक्रा आए और घाना ने टोगो को 25,000 टन मुफ़्त अनाज देने की घोषणा की।", "aid"),
    # a relative clause tells of the noun before it; a comma may stand between relations and their start
    ("Ghana dispatched the 5th Battalion Combat Team, which landed at Lomé on 19 September 1999.", "military"),
    ("Ghana and Togo have close diplomatic ties, which were established on 17 November 1964.",
     "relations_established"),
    ("दोनों देशों के बीच राजनयिक संबंध, जो 17 नवंबर 1964 को स्थापित हुए थे, अब 60 वर्ष पूरे कर रहे हैं।",
     "relations_established"),
])
def test_more_phrasings_of_acts_in_three_languages(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a frame with the weightier act, a clause with only a weak cue: the priority of 6.11 decides
    ("इस परियोजना पर चिली और पेरू ने दिसंबर 2016 में चिली के राष्ट्रपति की लीमा यात्रा के दौरान सहमति जताई थी।",
     "agreement"),
    ("মঙ্গলবার (১২ মার্চ ২০২৪) লিমায় দুই দেশের সমঝোতা স্মারক সই অনুষ্ঠানের সময় দুই প্রেসিডেন্ট উপস্থিত ছিলেন।",
     "agreement"),
    # an instrument whose content is a transfer of aid is aid (6.6)
    ("In June 1977 the two governments signed an agreement under which Norway would provide NOK 90 million for a "
     "rural development programme in Ghana.", "aid"),
    ("On 25 May 1992 Ghana and Togo signed a Treaty of Friendship and Mutual Assistance.", "agreement"),
])
def test_frames_and_outcomes_by_priority(text, expected):
    assert type_of(text) == expected


def test_a_second_date_in_the_sentence_gets_its_own_clause():
    text = "Relations between the two states were severed in 1990 but restored in 2004."
    d = [d for d in find_dates(text) if d.value][1]
    assert classify_near(text, text.index(" but"), len(text), d.start, d.end, (0, len(text)))[0] == \
        "relations_established"


@pytest.mark.parametrize("text, expected", [
    ("The 1994 treaty was later abandoned by both sides.", "agreement"),
    ("भारत ने 1960 की सिंधु जल संधि को रोक दिया।", "agreement"),
    ("১৯৭২ সালের সিমলা চুক্তি অনুযায়ী দুই দেশ আলোচনা করে।", "agreement"),
    ("The 1971 war changed their relations.", "conflict"),
    ("২০০০ সালে দুই দেশের মধ্যে যুদ্ধবিরতি চুক্তি স্বাক্ষরিত হয়।", "agreement"),
    ("2000 में दोनों के बीच युद्धविराम समझौता हुआ।", "agreement"),
    ("A ceasefire agreement between the two was signed in June 2000.", "agreement"),
    # a memorandum named with its year, whatever military matter it governs
    ("Under a 1990 memorandum of understanding, Chilean aircraft and naval vessels use facilities at Callao.",
     "agreement"),
])
def test_an_instrument_or_a_war_named_with_its_year(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text", [
    "১৯৭১ সালের যুদ্ধে কেনিয়া উগান্ডাকে সামরিক সরঞ্জাম ও জ্বালানি দেয়।",
    "1971 के युद्ध में केन्या ने युगांडा को सैन्य साज़ो-सामान और ईंधन दिया।",
    "During the 1971 war, Kenya gave Uganda military equipment and fuel.",
])
def test_a_war_named_with_its_year_that_frames_an_act_leaves_the_type_to_the_act(text):
    # (support for the partner in a war with a third state: military if arms are sent, 6.9)
    assert type_of(text) == "military"


@pytest.mark.parametrize("text, expected", [
    # nationals driven out
    ("In March 2012 Kenya deported 125 Ugandans.", "conflict"),
    ("২০২৩ সালের অক্টোবরে কেনিয়া উগান্ডার নাগরিকদের দেশ ছাড়ার নির্দেশ দেয় এবং গণবহিষ্কার শুরু করে।", "conflict"),
    ("अक्टूबर 2023 में केन्या ने युगांडा के नागरिकों को देश छोड़ने का आदेश दिया।", "conflict"),
    # the partner's insurgents backed (6.9)
    ("Kenya backed ethnic insurgents in north-eastern Uganda in 1964.", "conflict"),
    ("১৯৬৪ সালে কেনিয়া উগান্ডার বিদ্রোহীদের অস্ত্র দেয়।", "conflict"),
    ("1964 में केन्या ने युगांडा के विद्रोहियों को हथियार दिए।", "conflict"),
    # a strike on a site; troops that entered
    ("On 19 April 2024 Kenya struck an air-defence site near Kampala.", "conflict"),
    ("केन्या ने 19 अप्रैल 2024 को कंपाला के पास एक वायु रक्षा ठिकाने को निशाना बनाया।", "conflict"),
    ("১৯৪১ সালের ডিসেম্বরে কেনিয়ার সেনারা উগান্ডায় ঢুকে পড়ে।", "conflict"),
    ("In July 2015 Kenya withdrew from the arbitration process with Uganda.", "conflict"),
    # a war that stopped with a ceasefire is the ceasefire's
    ("The war between Kenya and Uganda ended on 24 June 2025 when a ceasefire took effect.", "agreement"),
    ("কেনিয়া ও উগান্ডার মধ্যে ১২ দিনের যুদ্ধ ২০২৫ সালের ২৪ জুন যুদ্ধবিরতি কার্যকর হওয়ায় থেমে যায়।", "agreement"),
    ("केन्या और युगांडा के बीच चल रही जंग 24 जून 2025 को युद्धविराम लागू होने के साथ थम गई।", "agreement"),
    # money pledged is aid; a pledge to mend ties is not
    ("In 2010 Kenya pledged $5 million to Uganda.", "aid"),
    ("जनवरी 2002 में केन्या ने युगांडा के पुनर्निर्माण के लिए 56 करोड़ डॉलर देने का वादा किया।", "aid"),
    ("২০০২ সালের জানুয়ারিতে কেনিয়া উগান্ডার পুনর্গঠনে ৫ কোটি ডলার দেওয়ার প্রতিশ্রুতি দেয়।", "aid"),
    ("Kenya and Uganda held talks in Nairobi in November 2019 and pledged to normalise ties.", "visit"),
    # a war named with its year, an act "after" it: the date is the war's
    ("1814-16 के युद्ध में पराजय के बाद नेपाल ने संधि पर हस्ताक्षर किए।", "conflict"),
    ("১৮১৪-১৬ সালের যুদ্ধে পরাজয়ের পর নেপাল চুক্তিতে সই করে।", "conflict"),
])
def test_phrasings_of_hostility_and_of_aid_in_three_languages(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # debt cancelled or forgiven; a recovery or relief package
    ("Ghana cancelled Togo's debt of $12 million in March 2007.", "aid"),
    ("In 2015 Ghana forgave loans owed by Togo.", "aid"),
    ("On 3 May 2016 Ghana announced a $5 million package of flood recovery support for Togo.", "aid"),
    # notes exchanged on a matter are an instrument (diplomatic notes open relations)
    ("Ghana and Togo exchanged diplomatic notes on 1 May 1960.", "relations_established"),
    # warplanes and their systems sold or delivered; airliners are none
    ("Ghana delivered air defence systems to Togo on 25 May 2009.", "military"),
    ("Togo took delivery of 4 Airbus jets from Ghana in March 2019.", "other"),
    # energy shipped, crude bought; money poured into
    ("Ghana shipped record volumes of natural gas to Togo in 2021.", "trade"),
    ("In 2019 Togo bought 20,000 barrels of Ghanaian crude per day.", "trade"),
    ("Ghanaian firms poured $1.5 billion into Togolese mining in 2017.", "trade"),
    # landing and flying to the partner
    ("The Ghanaian army chief landed in Lomé on 12 April 2023.", "visit"),
    # troops entering the partner's territory; ties cut; boats blocked; a brawl
    ("Ghanaian troops entered Togolese territory on 8 August 1965.", "conflict"),
    ("Ghana cut diplomatic ties with Togo on 5 June 1967.", "conflict"),
    ("A Ghanaian navy vessel blocked a Togolese supply boat on 5 August 2023.", "conflict"),
    ("Ghanaian fishing trawlers were intercepted by the Togolese navy on 4 March 2022.", "conflict"),
])
def test_phrasings_of_debt_relief_arms_energy_landings_and_hostility(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # independence acknowledged; money injected into the central bank; peace made
    ("Ghana acknowledged the independence of Togo on 27 April 1960.", "recognition"),
    ("Ghana injected $2 billion into the central bank of Togo in 2013.", "aid"),
    # batteries, sorties, manoeuvres; a warship gifted is military, boats donated are aid
    ("The first Ghanaian missile batteries reached Togo on 29 March 2023.", "military"),
    ("Ghanaian and Togolese pilots flew joint sorties in November 2020.", "military"),
    ("Ghana gifted the decommissioned corvette Achimota to Togo on 22 July 2023.", "military"),
    ("Ghana donated four ambulance boats to Togo in 2018.", "aid"),
    # a mission opened or reopened in a city
    # commodity shipments, FDI, gas that began flowing
    ("Ghanaian cocoa shipments to Togo hit a record 60,000 tonnes in 2020.", "trade"),
    ("Ghanaian firms were the largest source of FDI into Togo in 2021.", "trade"),
    ("Ghanaian gas began flowing to Togo on 15 January 2020.", "trade"),
    # heading or leaving for a place, conferring there; not "headed for a recession"
    ("The Togolese delegation left for Accra on 4 April 2019.", "visit"),
    ("The economy of Togo headed for a recession in 2009.", "other"),
    # vessels that collided, targets pounded, an apology demanded
    ("Ghanaian jets pounded targets in Togo on 13 July 1966.", "conflict"),
    ("The President of Togo demanded an apology from Ghana on 25 March 2019.", "conflict"),
])
def test_phrasings_of_independence_arms_missions_energy_journeys_and_incidents(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text", [
    'In 1994 Ghana formally reasserted its claim to the islands in a note to the Secretary-General.',
    'In 1979 Ghana published a map that claimed the island as its own territory, angering Togo.',
    'In 2005 Ghana laid claim to the disputed reef off the Togolese coast.',
    'On 4 May 1978 Ghana declared the Togolese border district its eleventh province.',
    'On 28 November 2020 Ghana declared the Togolese ambassador persona non grata.',
    'In 1982 Ghana put Togo on its list of state sponsors of terrorism.',
    'On 3 April 1982 diplomatic relations between Ghana and Togo broke down.',
    'In June 2020 Ghanaian troops blew up the liaison office that Togo had built at the border.',
    'On 17 May 2021 Ghana deported more than 8,000 Togolese migrants.',
    '১৯৭৯ সালে ঘানা একটি মানচিত্র প্রকাশ করে দ্বীপটিকে নিজের ভূখণ্ড বলে দাবি করে, যাতে টোগো ক্ষুব্ধ হয়।',
    '১৯৯৪ সালে ঘানা দ্বীপগুলোর ওপর তার দাবি আবার জোরালোভাবে তুলে ধরে।',
    '২০২০ সালের ২৮ নভেম্বর ঘানা টোগোর রাষ্ট্রদূতকে অবাঞ্ছিত ব্যক্তি ঘোষণা করে।',
    '১৯৮২ সালে ঘানা টোগোকে সন্ত্রাসে মদদদাতা রাষ্ট্রের তালিকায় যুক্ত করে।',
    '১৯৮২ সালের ৩ এপ্রিল ঘানা ও টোগোর কূটনৈতিক সম্পর্ক ভেঙে যায়।',
    '২০২০ সালের ১৬ জুন ঘানা টোগোর সীমান্তের যোগাযোগ কার্যালয়ের ভবনটি বিস্ফোরণে উড়িয়ে দেয়।',
    '১৯৭৮ সালের ৪ মে ঘানা টোগোর সীমান্ত জেলাকে তার একাদশ প্রদেশ হিসেবে ঘোষণা করে।',
    '২০২৩ সালে ঘানা টোগোর ৫৪ জন কর্মকর্তাকে কালো তালিকাভুক্ত করে।',
    '1979 में घाना ने एक नक्शा जारी कर द्वीप को अपना क्षेत्र होने का दावा किया, जिससे टोगो नाराज़ हुआ।',
    "28 नवंबर 2020 को घाना ने टोगो के राजदूत को 'अवांछित व्यक्ति' घोषित कर दिया।",
    '3 अप्रैल 1982 को घाना और टोगो के राजनयिक संबंध टूट गए।',
    '1982 में घाना ने टोगो को आतंकवाद प्रायोजक देशों की सूची में डाल दिया।',
    '2023 में घाना ने टोगो के 54 अधिकारियों को काली सूची में डाल दिया।',
    '4 मई 1978 को घाना ने टोगो के सीमावर्ती ज़िले को अपना ग्यारहवां प्रांत घोषित कर दिया।',
    '1994 में घाना ने संयुक्त राष्ट्र को एक पत्र लिखकर द्वीपों पर अपना दावा दोहराया।',
    'In 1994 Ghana reasserted its claim to the islands in a note to Togo.',
    '১৯৯৪ সালে ঘানা টোগোর কাছে দ্বীপগুলোর ওপর তার দাবি আবার জোরালোভাবে তুলে ধরে।',
    '1994 में घाना ने टोगो को पत्र लिखकर द्वीपों पर अपना दावा दोहराया।',
])
def test_claims_to_land_annexation_blacklists_and_ruptures_are_conflict(text):
    # (ANNOTATION 6.9: occupation or forcible annexation, sanctions, severing relations, diplomats expelled)
    assert type_of(text) == "conflict"


@pytest.mark.parametrize("text", [
    'In 2008 Ghana and Togo settled their claims to the reef by treaty.',
    'Ghana removed Togo from its list of state sponsors of terrorism in 2015.',
    'In 2010 Ghana claimed that trade with Togo had doubled.',
    'In 1999 Ghana and Togo declared the border region a joint economic zone.',
    'Relations between Ghana and Togo broke new ground in 2015 with a free-trade pact.',
    'In 2011 Ghana dropped its claim to the reef after talks with Togo.',
    'In 2015 Ghana took Togo off its blacklist of high-risk states.',
    '২০১৫ সালে ঘানা টোগোকে সন্ত্রাসে মদদদাতা রাষ্ট্রের তালিকা থেকে বাদ দেয়।',
    '২০১৫ সালে ঘানা টোগোর কর্মকর্তাদের কালো তালিকা থেকে সরিয়ে নেয়।',
    '২০০৮ সালে ঘানা ও টোগো চুক্তির মাধ্যমে দ্বীপের ওপর তাদের দাবি মিটিয়ে ফেলে।',
    '২০১০ সালে ঘানা দাবি করে যে টোগোর সঙ্গে বাণিজ্য দ্বিগুণ হয়েছে।',
    '২০০৯ সালে ঘানা ও টোগো সীমান্ত অঞ্চলকে যৌথ অর্থনৈতিক অঞ্চল হিসেবে ঘোষণা করে।',
    '2015 में घाना ने टोगो को आतंकवाद प्रायोजक देशों की सूची से हटा दिया।',
    '2008 में घाना और टोगो ने संधि के ज़रिए द्वीपों पर अपने दावे सुलझा लिए।',
    '2010 में घाना ने दावा किया कि टोगो के साथ व्यापार दोगुना हो गया।',
    '2016 में घाना ने टोगो के अधिकारियों को काली सूची से हटा दिया।',
    '2009 में घाना और टोगो ने सीमावर्ती इलाके को संयुक्त आर्थिक क्षेत्र घोषित किया।',
    '2014 में घाना और टोगो के बीच व्यापार ने नया रिकॉर्ड बनाया और पुराने रिश्ते और मज़बूत हुए।',
])
def test_claims_settled_or_dropped_and_lists_left_are_no_conflict(text):
    assert type_of(text) != "conflict"


@pytest.mark.parametrize("text, expected", [
    # an act of the lowest rank during a visit the date dates: the visit outranks it (6.11)
    ("In September 2009, during the Ghanaian president's visit to Togo, relations were raised to a strategic "
     "partnership.", "visit"),
    ("सितंबर 2009 में घाना के राष्ट्रपति की टोगो यात्रा के दौरान संबंधों को रणनीतिक साझेदारी का दर्जा दिया गया।", "visit"),
    ("২০০৯ সালের সেপ্টেম্বরে ঘানার প্রেসিডেন্টের টোগো সফরের সময় সম্পর্ককে কৌশলগত অংশীদারত্বে উন্নীত করা হয়।", "visit"),
    # not travel that is only the purpose ("for travel of up to 30 days")
    ("2016 में घाना और टोगो ने 30 दिन तक की यात्रा के लिए पारस्परिक वीज़ा-मुक्त व्यवस्था लागू की।", "other"),
    # a weightier outcome still wins
    ("In September 2009, during the Ghanaian president's visit to Togo, the two signed a trade agreement.",
     "agreement"),
    # a bridge, road or railway between the two opened: its own act, not its agreement's
    ("The Volta Bridge, agreed in 1975, was finally opened on 12 May 2010 by the presidents of Ghana and Togo.",
     "other"),
    ("In August 2007 Ghana and Togo signed an agreement to build a bridge across the Volta, and the bridge was "
     "opened on 10 May 2021 by the two presidents.", "other"),
    ("২০০৭ সালের আগস্টে ঘানা ও টোগো ভোল্টা নদীর ওপর সেতু নির্মাণের চুক্তি সই করে এবং ২০২১ সালের ১০ মে দুই প্রেসিডেন্ট "
     "সেতুটি উদ্বোধন করেন।", "other"),
    ("अगस्त 2007 में घाना और टोगो ने वोल्टा नदी पर पुल बनाने के समझौते पर हस्ताक्षर किए और 10 मई 2021 को दोनों "
     "राष्ट्रपतियों ने पुल का उद्घाटन किया।", "other"),
    ("In 2014 Ghana opened an embassy in Lomé near the new bridge.", "embassy"),
])
def test_a_visits_rank_and_a_bridges_opening(text, expected):
    # (the event of the last date: the act told last)
    assert [e.type for e in processed(text).events if e.date][-1] == expected


@pytest.mark.parametrize("text", [
    'In November 2024 the Ghanaian president attended the regional climate summit held in Lomé.',
    'In November 2024 the Ghanaian president took part in the climate conference held in Lomé, Togo.',
    'नवंबर 2024 में घाना के राष्ट्रपति ने लोमे में आयोजित जलवायु सम्मेलन में भाग लिया।',
    '২০২৪ সালের নভেম্বরে ঘানার প্রেসিডেন্ট লোমেতে অনুষ্ঠিত জলবায়ু সম্মেলনে যোগ দেন।',
    '২০১৯ সালের ১ ও ২ আগস্ট ঘানার প্রেসিডেন্ট টোগোর রাজধানী লোমেতে অবস্থান করেন।',
    'In March 2016 the Ghanaian president addressed the National Assembly of Togo.',
    'মার্চ ২০১৬-তে ঘানার প্রেসিডেন্ট টোগোর জাতীয় সংসদে ভাষণ দেন।',
    'मार्च 2016 में घाना के राष्ट्रपति ने टोगो की संसद को संबोधित किया।',
    "In January 2010 the Ghanaian president was chief guest at Togo's independence day parade.",
    'In 2008 and 2013 the Ghanaian president went to Lomé again.',
    'ঘানার প্রেসিডেন্ট ২০০৮ ও ২০১৩ সালে আবার লোমে যান।',
])
def test_a_leader_at_a_gathering_held_in_the_other_state_visits(text):
    # (ANNOTATION 6.4: a leader attending a summit held in the partner country)
    assert {e.type for e in processed(text).events if e.date} == {"visit"}


@pytest.mark.parametrize("text", [
    "Ghana stayed in the Commonwealth in 1961 despite Togo's objections.",
    "In 2018 Ghana took part in the UN vote on Togo's resolution.",
    '২০১৮ সালে ঘানার শুল্ক কর্মকর্তারা টোগোর ট্রাকগুলো তল্লাশি করে।',
    '2018 में घाना ने टोगो के साथ व्यापार मंच में भाग लेने से इनकार किया।',
    'In 2019 Ghana and Togo participated in a joint military exercise.',
])
def test_staying_in_a_body_or_taking_part_in_a_vote_is_no_visit(text):
    assert "visit" not in {e.type for e in processed(text).events if e.date}


@pytest.mark.parametrize("text, expected", [
    ('১৯৭৫ থেকে ১৯৮৮ সাল পর্যন্ত ঘানার সেনারা টোগোর ভূখণ্ডে টোগোলিজ প্রতিরক্ষা বাহিনীর বিরুদ্ধে লড়াই করে।', 'conflict'),
    ('১৯৮৮ সালের মার্চে ঘানা ও টোগোর দুই বাহিনীর মধ্যে শেষ বড় লড়াই হয়।', 'conflict'),
    ('1975 से 1988 तक घाना के सैनिक टोगो की सेना के खिलाफ लड़े।', 'conflict'),
    ('From 1975 to 1988 Ghanaian troops fought against Togolese forces on Togolese soil.', 'conflict'),
    ('২০১৫ সালে ঘানা ও টোগো সন্ত্রাসবাদের বিরুদ্ধে লড়াইয়ে একসঙ্গে কাজ করার সিদ্ধান্ত নেয়।', 'no conflict'),
    ('2015 में घाना और टोगो की सेनाओं ने आतंकवाद के खिलाफ संयुक्त अभियान चलाया।', 'no conflict'),
])
def test_fighting_against_the_others_forces_is_conflict_but_a_joint_fight_against_terror_is_not(text, expected):
    types = {e.type for e in processed(text).events if e.date}
    assert (types == {"conflict"}) if expected == "conflict" else ("conflict" not in types)


@pytest.mark.parametrize("text, expected", [
    ('In 1987 Ghana contributed A$8 million to the newly created Togo Trust Fund.', 'aid'),
    ('In December 2023 Accra committed US$16.9 million to extend the Togo coastal adaptation project.', 'aid'),
    ('In December 2024 Ghana said it would spend US$600 million over ten years to fund a Togolese team in the '
     'regional football league.', 'aid'),
    ('In October 2019 Togo requested a US$600 million credit facility from Ghana to stabilise its economy.', 'aid'),
    ('In March 2020 Ghana sent a team of 30 doctors and nurses to Togo to fight the pandemic.', 'aid'),
    ('২০২০ সালের মার্চে ঘানা ৩০ জন চিকিৎসক ও নার্সের একটি দল টোগোতে পাঠায়।', 'aid'),
    ('मार्च 2020 में घाना ने 30 डॉक्टरों और नर्सों की एक टीम टोगो भेजी।', 'aid'),
    ('১৯৭৩ সালের সেপ্টেম্বরে ঘানা টোগোর লোমে শহরে একটি হাসপাতাল নির্মাণের প্রতিশ্রুতি দেয়।', 'aid'),
    ('घाना के राष्ट्रपति ने कहा कि घाना 2026 में लोमे में 100 बिस्तरों वाला अस्पताल बनाएगा।', 'aid'),
    ("In November 2022 Ghana supplied about 90 percent of Togo's electricity.", 'trade'),
    ("Ghana supplied around 25 percent of Togo's natural gas in 2021.", 'trade'),
    ('Togo accounted for about 15% of the uranium supplied to Ghanaian operators in 2020.', 'trade'),
    ('दिसंबर 2019 में पाइपलाइन से घाना को टोगो की गैस आपूर्ति शुरू हुई।', 'trade'),
    ('২০১৯ সালের ডিসেম্বরে পাইপলাইনের মাধ্যমে টোগো থেকে ঘানায় গ্যাস সরবরাহ শুরু হয়।', 'trade'),
    ('In 2021 Ghana supplied free emergency electricity to Togo after the floods as humanitarian aid.', 'aid'),
    ('In 2015 Ghana spent US$600 million on imports of Togolese cement.', 'trade'),
    ('In 2010 Ghana committed troops to the joint border force with Togo.', 'military'),
])
def test_money_committed_teams_sent_and_hospitals_pledged_are_aid_and_energy_supplied_is_trade(text, expected):
    # (ANNOTATION 6.6 grants, credit, relief teams, a facility promised; 6.7 flows and shares of supply)
    assert {e.type for e in processed(text).events if e.date} == {expected}


@pytest.mark.parametrize("text", [
    "Kenya and Uganda agreed in October 2014 to restore full high-commission-level representation.",
    "Kenya and Uganda restored diplomatic representation on 5 May 2021.",
    "Kenya and Uganda decided on 5 May 2021 to restore diplomatic relations.",
])
def test_representation_restored_is_relations_established(text):
    assert type_of(text) == "relations_established"


@pytest.mark.parametrize("text, not_expected", [
    ("In 2019 the envoys recognised the growing importance of their ties.", "recognition"),
    ("২০১৯ সালে দুই দেশ কূটনৈতিক সম্পর্ক প্রতিষ্ঠার ৪৫তম বার্ষিকী পালন করে।", "relations_established"),
    ("1992 में दोनों देशों ने आर्थिक संबंधों की स्थापना की।", "relations_established"),
    ("In 2016 a terrorist attack in the capital killed seven foreigners.", "conflict"),
    ("In 2005 the country received military aid from its neighbour.", "aid"),
    ("The tension was resolved in 2003 by talks.", "conflict"),
    ("In March 2011 the premier toured Lima as a sign of goodwill.", "agreement"),
    ("In 2011 the talks between the two capitals showed signs of progress.", "agreement"),
])
def test_vetoes(text, not_expected):
    assert type_of(text) != not_expected


@pytest.mark.parametrize("text, expected", [
    # a cue word right after a short word ("a consulate", "a visit"): every word start is tried
    ("In 1990 Peru opened a consulate in Quito.", "embassy"),
    ("In 2004 she paid a visit to Hanoi.", "visit"),
])
def test_every_word_start_is_tried_for_cues(text, expected):
    assert type_of(text) == expected


def test_a_line_opening_with_a_digit_is_tried_before_bengali_and_devanagari_digits_too():
    from relations_desktop.corpus.cue_lines import _prefixes
    assert {"৫", "५", "5"} <= {h[:1] for h in _prefixes(r"\d+\s+years")}


def test_economic_relations_established_are_trade():
    assert type_of("1992 में दोनों देशों ने आर्थिक संबंधों की स्थापना की।") == "trade"


def test_weak_cues_give_way_to_strong_ones():
    # "talks" alone is a visit; talks that ended in a signing are an agreement
    assert type_of("The two foreign ministers held talks in Accra in 2012.") == "visit"
    assert type_of("The two ministers held talks and signed a visa pact in Accra in 2012.") == "agreement"


def test_classify_without_a_date():
    assert classify("Both sides signed an agreement on trade.") == "agreement"
    assert classify("Nothing happened here.") == "other"


def test_cue_lists_are_one_phrasing_a_line_for_every_type_and_language():
    assert set(CUES) == set(TYPES)
    for t, langs in CUES.items():
        assert set(langs) == {"en", "bn", "hi"}, t
        for lines in langs.values():
            for line in lines:
                re.compile(line.lstrip("~*"))
    for t, langs in VETOES.items():
        assert t in TYPES
        for lines in langs.values():
            for line in lines:
                re.compile(line.lstrip("*"))


def test_the_lines_tried_at_every_head_compile_together():
    # (each head's alternation is compiled when a text first needs it: all of them compile)
    from relations_desktop.corpus.cue_lines import _alternation
    from relations_desktop.corpus.event_types import _cue_lines
    lines = _cue_lines()
    for head, groups in lines.by_prefix.items():
        assert all(isinstance(_alternation(ls), re.Pattern) for _t, _s, ls, _o in groups), head


@pytest.mark.parametrize("text", [
    "The two sides signed a treaty of friendship and opened embassies; THE TREATY WAS RATIFIED.",
    "In 1975 the Prime Minister paid a state visit, and the countries established diplomatic relations.",
    "Relations Were Restored After The War; Aid And A Credit Line Followed, Then Joint Military Exercises.",
    "১৯৭২ সালে দুই দেশের মধ্যে কূটনৈতিক সম্পর্ক স্থাপিত হয় এবং দূতাবাস খোলা হয়।",
    "প্রধানমন্ত্রী রাষ্ট্রীয় সফরে যান ও একটি বাণিজ্য চুক্তি স্বাক্ষরিত হয়।",
    "दोनों देशों के बीच 1980 में राजनयिक संबंध स्थापित हुए और एक व्यापार समझौते पर हस्ताक्षर किए गए।",
    "राष्ट्रपति की यात्रा के दौरान सैन्य अभ्यास और सहायता की घोषणा हुई।",
    "Kelvin-sign and long-s spellings: \u212ahe ſigned TREATY \u0130N the \u0131n recogn\u0131sed it.",
])
def test_the_openings_only_skip_lines_that_cannot_match(text):
    # the same cues as trying, at every word start, every line of its first three characters:
    # what the longer openings and the longer scan leave out never matches
    from relations_desktop.corpus.cue_lines import _PREFIX_LEN, WORD_START, _alternation
    from relations_desktop.corpus.event_types import _cue_lines
    lines = _cue_lines()
    for variant in (text, text.upper(), text.lower(), text.title()):
        every = []
        for start in re.finditer(WORD_START, variant):
            p = start.start()
            head = variant[p:p + _PREFIX_LEN].lower()
            for key in (head, head[:2], head[:1]):
                for t, s, ls, _o in lines.by_prefix.get(key, ()):
                    m = _alternation(ls).match(variant, p)
                    if m is not None and m.end() > p:
                        every.append((p, m.end(), t, s))
        every += [(m.start(), m.end(), t, s) for t, s, pattern, _opening in lines.anywhere
                  for m in pattern.finditer(variant)]
        assert lines.find(variant, 0, len(variant)) == every, variant
        assert every, variant



def test_label_pointer_and_against_lists_are_one_phrasing_a_line_in_each_language():
    for t, langs in LABEL_CUES.items():
        assert t in TYPES and set(langs) == {"en", "bn", "hi"}, t
        for lines in langs.values():
            for line in lines:
                re.compile(line.lstrip("~"))
    assert set(POINTERS) == set(AGAINST) == {"en", "bn", "hi"}
    for lines in POINTERS.values():
        for line in lines:
            re.compile(line)
    for words, side in AGAINST.values():
        assert words and all(w.strip() == w and not re.search(r"[\\()|]", w) for w in words)   # literal words
        assert side in ("before", "after")


@pytest.mark.parametrize("text, cut_before", [
    ("নেপাল ১৯৭৫ সালে স্বীকৃতি দিয়েছিল এবং পরে দূতাবাস খোলে", "এবং"),      # a verb, then "and"
    ("केन्या ने 1964 में मान्यता दी और बाद में दूतावास खोला", "और"),
    ("Kenya protested, and Tanzania replied", ","),
    ("Ghana recalled its envoy but kept the embassy open", "but"),
])
def test_clause_breaks(text, cut_before):
    starts = [a for a, _b in clauses(text, 0, len(text))]
    assert any(text[a:].lstrip(" ,").startswith(cut_before) or text[a:].startswith(cut_before) for a in starts[1:])


def test_a_noun_that_ends_like_a_verb_does_not_break_a_list():
    text = "শ্রীলঙ্কা থেকে যানবাহন ও ইস্পাত আমদানি শুরু হয় ১৯৯০ সালে"
    assert len(clauses(text, 0, len(text))) == 1


@pytest.mark.parametrize("text, year, expected", [
    # the purpose a postposition closes spans a comma: its cues frame the act, they are not it
    ("2019 में, नेपाल के प्रधानमंत्री ने व्यापार बढ़ाने और सीमा पर सहयोग, विशेषकर जलविद्युत के क्षेत्र में, "
     "चर्चा करने के लिए श्रीलंका का दौरा किया।", "2019", "visit"),
    ("২০১৮ সালে, কেনিয়ার প্রেসিডেন্ট বাণিজ্য চুক্তি নিয়ে আলোচনা, বিশেষ করে কৃষিপণ্য রপ্তানি বাড়ানোর লক্ষ্যে "
     "তানজানিয়া সফর করেন।", "২০১৮", "visit"),
])
def test_a_purpose_cut_by_commas_is_still_a_frame(text, year, expected):
    at = text.index(year)
    assert classify_near(text, 0, len(text), at, at + len(year))[0] == expected


@pytest.mark.parametrize("text, expected", [
    # hostile acts by armed forces are conflict, not military (ANNOTATION 6.9, 6.11)
    ("In 1966 Ghanaian troops raided villages across the Togolese border.", "conflict"),
    ("Ghanaian forces captured the Togolese capital in May 1967.", "conflict"),
    ("In 1967 the Ghanaian army seized the port town of Aného.", "conflict"),
    ("In 1968 Ghana launched military operations against its neighbour.", "conflict"),
    ("In 2003 Ghana filed a case against Togo at the world court in The Hague.", "conflict"),
    ("১৯৬৭ সালে ঘানার সেনাবাহিনী টোগোর রাজধানী দখলে নেয়।", "conflict"),
    ("১৯৬৬ সালে ঘানার সৈন্যরা টোগোর গ্রামে হানা দেয়।", "conflict"),
    ("২০০৪ সালে ঘানা সমুদ্রসীমা নিয়ে আন্তর্জাতিক বিচার আদালতে মামলা দায়ের করে।", "conflict"),
    ("1966 में घाना के सैनिकों ने टोगो के गांवों पर धावा बोला।", "conflict"),
    ("১৯৬৬ সালে ঘানার সেনাবাহিনী টোগোর ভূখণ্ডে অভিযান চালায়।", "conflict"),
    ("১৯৬৬ সালের মার্চে ঘানার বাহিনী টোগোয় বড় আকারের অভিযান শুরু করে।", "conflict"),
    # tariffs laid on the other's goods are a sanction, not a duty waived; tense ties
    ("In March 2021, Ghana slapped a 40 percent \"safeguard duty\" on Togolese cement.", "conflict"),
    # shots fired, assets frozen, a dispute begun are hostile; an exchange of notes is an instrument (6.5)
    ("In October 1999 Ghanaian troops fired at a Togolese patrol boat.", "conflict"),
    ("১৯৯৯ সালের অক্টোবরে ঘানার সেনারা টোগোর একটি টহল নৌকা লক্ষ্য করে গুলি ছোড়ে।", "conflict"),
    ("अक्टूबर 1999 में घाना के सैनिकों ने टोगो की एक गश्ती नाव पर गोलियां चलाईं।", "conflict"),
    ("In October 2008 Ghana froze the assets of a Togolese bank.", "conflict"),
    ("২০০৮ সালের অক্টোবরে ঘানা টোগোর একটি ব্যাংকের সম্পদ জব্দ করে।", "conflict"),
    ("अक्टूबर 2008 में घाना ने टोगो के एक बैंक की संपत्ति फ्रीज कर दी।", "conflict"),
    ("The fishing dispute began in 1958 under naval escort.", "conflict"),
    ("১৯৫৮ সালে নৌবাহিনীর পাহারায় মাছ ধরা নিয়ে বিরোধ শুরু হয়।", "conflict"),
    ("1958 में नौसेना की सुरक्षा में मछली पकड़ने को लेकर विवाद शुरू हुआ।", "conflict"),
    ("The dispute ended with an exchange of notes on 11 March 1961.", "agreement"),
    ("In 1972 the two leaders began an exchange of letters.", "other"),
    # a surrender or a defeat in a war may be an ally's (6.9: support in a war is no conflict), a flag
    # raised at an embassy a national day's ceremony: neither is typed by those words
    ("১৯৭১ সালের ১৬ ডিসেম্বর পাকিস্তানি বাহিনী ঘানা ও টোগোর যৌথ বাহিনীর কাছে আত্মসমর্পণ করে।", "military"),
    ("On 26 March 2015 the Ghanaian ambassador hoisted the national flag at the embassy in Lomé.", "other"),
    ("In 2015 Ghana removed Togo from its list of state sponsors of terrorism.", "other"),
    ("In 2015 Ghana fired the ambassador at the embassy in Lomé.", "other"),
    ("২০১৫ সালে ঘানার উদ্ধার অভিযান শুরু হয় টোগোর সহায়তায়।", "aid"),
    ("On 14 August 2015 the two ministers met at the embassy in Lomé.", "visit"),
    # a weak cue is a word of its own, not a piece of a name ("টন" in "টনকিন")
    ("১৯৬৪ সালের আগস্টে টনকিন উপকূলে ঘানা টোগোর ঘাঁটিতে বিমান হামলা চালায়।", "conflict"),
    ("২০২০ সালে ঘানা টোগোকে ১০ হাজার টন চাল দেয়।", "aid"),
    # goods bought for a sum are trade; a plan that names development programmes is no aid
    ("In 2023 Ghana bought about $105 million of Togolese goods.", "trade"),
    # a deposit in the other's central bank is aid; a minister of investment visiting is a visit
    ("মার্চ ২০২৩-এ ঘানা টোগোর কেন্দ্রীয় ব্যাংকে ৫০ কোটি ডলার জমা রাখে।", "aid"),
    ("मार्च 2023 में घाना ने टोगो के केंद्रीय बैंक में 50 करोड़ डॉलर जमा किए।", "aid"),
    ("২০১৯ সালে ঘানার বিনিয়োগমন্ত্রী লোমে সফর করেন।", "visit"),
    ("2019 में घाना के निवेश मंत्री ने लोमे की यात्रा की।", "visit"),
    ("In 2019 Ghana's investment minister visited Lomé.", "visit"),
    ("The 12 agreements signed on 20 November 2024 include a plan to align Ghana's and Togo's development "
     "programmes.", "agreement"),
    ("11 मार्च 1961 को नोटों के आदान-प्रदान से विवाद समाप्त हुआ।", "agreement"),
    ("২০২১ সালে ঘানা টোগোর সিমেন্টের ওপর ৪০ শতাংশ শুল্ক আরোপ করে।", "conflict"),
    ("2021 में घाना ने टोगो के सीमेंट पर 40 प्रतिशत शुल्क लगाया।", "conflict"),
    ("In 2021 Ghana announced zero duty on Togolese cement.", "other"),
    ("2021 में घाना ने टोगो के सीमेंट को बिना शुल्क लगाए प्रवेश की अनुमति दी।", "other"),
    ("Ties between Ghana and Togo have been tense since June 2021.", "conflict"),
    ("২০১৬ সালে দুই দেশের বাহিনী জঙ্গিদের বিরুদ্ধে যৌথ অভিযান শুরু করে।", "military"),
    ("১৯৬৭ সালে ঘানার বাহিনী টোগোর একটি বন্দর শহর অধিকার করে।", "conflict"),
    ("1966 में घाना की सेना ने टोगो में सैन्य अभियान चलाया।", "conflict"),
    ("In 1966 Ghana launched a military offensive into Togo.", "conflict"),
    # joint operations are military
    ("In 2016 the two navies launched joint patrols.", "military"),
    ("2016 में दोनों देशों ने आतंकवाद के खिलाफ संयुक्त सैन्य अभियान चलाया।", "military"),
    ("২০১৬ সালে দুই দেশের বাহিনী যৌথ সামরিক অভিযান চালায়।", "military"),
    ("2004 में घाना ने समुद्री सीमा को लेकर अंतरराष्ट्रीय न्यायालय में मामला दायर किया।", "conflict"),
    # withdrawals and transfers of forces and weapons are military (ANNOTATION 6.8)
    ("The last Kenyan contingent returned home in June 1987.", "military"),
    ("In 1996 Kenya handed over its remaining warheads.", "military"),
    ("অবশিষ্ট কন্টিনজেন্ট ১৯৮৭ সালের জুনে দেশে ফিরে যায়।", "military"),
    ("अंतिम सैन्य टुकड़ी जून 1987 में वापस लौटी।", "military"),
    ("अंतिम टुकड़ी जून 1987 में वापस लौटी।", "military"),
    # a minister's or a chief's title is no military act: the visit is
    ("২০১৯ সালে ঘানার প্রতিরক্ষামন্ত্রী টোগো সফর করেন।", "visit"),
    ("2019 में घाना के रक्षा मंत्री ने टोगो की यात्रा की।", "visit"),
    ("In 2019 the Ghanaian army chief visited Lomé.", "visit"),
    ("2019 में दोनों देशों के रक्षा मंत्रियों ने अक्रा का दौरा किया।", "visit"),
    # a gift of military equipment is military, a gift of food is aid
    ("In 2019 Ghana donated two patrol boats to the Togolese navy.", "military"),
    ("In 2019 Togo received two patrol vessels from Ghana as a gift.", "military"),
    ("২০১৯ সালে ঘানা টোগোকে সামরিক সরঞ্জাম উপহার দেয়।", "military"),
    ("2019 में घाना ने टोगो को सैन्य उपकरण उपहार में दिए।", "military"),
    ("In 2019 Ghana donated 500 tonnes of rice to Togo.", "aid"),
])
def test_hostile_acts_and_military_matters(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a signing by defence ministers or chiefs during a visit is the agreement (ANNOTATION 6.4, 6.11)
    ("In March 2019, during a visit to Accra, the Togolese defence minister signed a defence pact.", "agreement"),
    ("In 2019 the two army chiefs signed a memorandum on training in Lomé.", "agreement"),
    ("২০১৯ সালে ঘানার প্রতিরক্ষামন্ত্রীর টোগো সফরের সময় একটি প্রতিরক্ষা চুক্তি সই হয়।", "agreement"),
    ("2019 में घाना के रक्षा मंत्री की टोगो यात्रा के दौरान रक्षा सहयोग समझौते पर हस्ताक्षर हुए।", "agreement"),
    # military help sent at the partner's request is military, not aid
    ("In 1981, at Togo's request, Ghana sent military help after the coup attempt.", "military"),
    ("১৯৮১ সালে টোগোর অনুরোধে ঘানা সামরিক সাহায্য পাঠায়।", "military"),
    ("1981 में टोगो के अनुरोध पर घाना ने सैन्य सहायता भेजी।", "military"),
])
def test_a_signing_is_the_agreement_and_military_help_is_military(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text, pointed, expected", [
    ("The 7th edition was held in November 2021 at the northern range.", "military", "military"),
    ("It was renamed in 2016.", "agreement", "agreement"),
    ("এর সপ্তম সংস্করণ ২০২১ সালের নভেম্বরে অনুষ্ঠিত হয়।", "military", "military"),
    ("इसका सातवाँ संस्करण नवंबर २०२१ में आयोजित हुआ।", "military", "military"),
    # with nothing told before, the pointing word tells nothing
    ("The 7th edition was held in November 2021 at the northern range.", None, "other"),
])
def test_a_word_pointing_back_takes_the_type_of_the_act_before(text, pointed, expected):
    d = next(d for d in find_dates(text) if d.value)
    assert classify_near(text, 0, len(text), d.start, d.end, pointed=lambda: pointed)[0] == expected


def test_a_longer_opening_stops_where_a_repeat_or_a_class_follows():
    from relations_desktop.corpus.cue_lines import _longer_heads
    for line, text in ((r"(?i:ab+cd)", "abbbcd"), (r"talk\s+ed", "talk  ed"), (r"\d+ years", "১২ years")):
        assert re.match(line, text) and any(text.casefold().startswith(h) for h in _longer_heads(line)), line


def test_a_line_ignoring_case_is_found_with_the_other_cases_of_i_k_and_s():
    from relations_desktop.corpus.cue_lines import CueLines
    lines = CueLines([("visit", True, r"(?i:talks)"), ("aid", True, r"(?i:loans)")])
    text = "The TAL\u212aS on LOAN\u017f began."
    assert [c[2] for c in lines.find(text, 0, len(text))] == ["visit", "aid"]


@pytest.mark.parametrize("text, expected", [
    # a border closed "completely": words between the border and the closing
    ("जून 1969 में चिली सरकार ने पेरू से लगी सीमा पूरी तरह बंद कर दी।", "conflict"),
    ("১৯৬৯ সালের জুনে চিলি পেরুর সঙ্গে সীমান্ত পুরোপুরি বন্ধ করে দেয়।", "conflict"),
    # a meeting that ended without an agreement signed none
    ("The second summit, held in Lima on 27 February 2019, ended early without an agreement.", "visit"),
    ("২০১৯ সালের ২৭ ফেব্রুয়ারি লিমায় দ্বিতীয় শীর্ষ বৈঠক কোনো চুক্তি ছাড়াই শেষ হয়।", "visit"),
    ("27 फ़रवरी 2019 को लीमा में दूसरा शिखर सम्मेलन बिना किसी समझौते के समाप्त हो गया।", "visit"),
    # a guest of honour at the partner's parade is a visitor; the parade is no military act
    ("On 16 September 2021 the Chilean president was the guest of honour at Peru's Independence Day military "
     "parade in Lima.", "visit"),
    ("जून 2006 में चिली के राष्ट्रपति ने पेरू के राष्ट्रीय दिवस समारोह में भाग लिया।", "visit"),
    # two states founding a community together (ANNOTATION 6.5)
    ("Chile and Peru founded the Pacific Union together in Lima on 14 December 2004.", "agreement"),
    ("The two navies held a joint sail off Callao in September 2024.", "military"),
    # shot down, raided, killed by the other's soldiers, arrested
    ("২০২৪ সালের ২৫শে ডিসেম্বর পেরুর আকাশ প্রতিরক্ষা ব্যবস্থা চিলির একটি যাত্রীবাহী উড়োজাহাজ ভূপাতিত করে।", "conflict"),
    ("25 दिसंबर 2024 को पेरू की वायु रक्षा प्रणाली ने चिली के एक यात्री विमान को मार गिराया।", "conflict"),
    ("২০২৫ সালের ৩০ জুন লিমায় পেরুর পুলিশ চিলির সংবাদ সংস্থার কার্যালয়ে অভিযান চালিয়ে দুজনকে গ্রেপ্তার করে।", "conflict"),
    ("On 18 August 1976 two Chilean army officers were killed by Peruvian soldiers near the border.", "conflict"),
    ("Peruvian authorities arrested a Chilean minister in Lima on December 1, 2018.", "conflict"),
    # technical cooperation sends help
    ("1964 में चिली की तकनीकी सहयोग एजेंसी ने कृषि विशेषज्ञों को पेरू भेजा।", "aid"),
    # a ground operation in the other's territory; a mission that came; doses sent; a central-bank deposit
    ("In October 2024 Chile began a ground operation in southern Peru.", "conflict"),
    ("अक्टूबर 2024 की शुरुआत में चिली ने पेरू के दक्षिणी इलाके में ज़मीनी अभियान शुरू किया।", "conflict"),
    ("इससे पहले ऐसा शाही आर्थिक मिशन 2013 में चिली से पेरू आया था।", "visit"),
    ("मार्च 2021 में चिली ने पेरू को कोवैक्सिन की एक लाख खुराकें भेजी थीं।", "aid"),
    ("২০২১ সালের মার্চে চিলি পেরুতে এক লাখ ডোজ টিকা উপহার হিসেবে পাঠায়।", "aid"),
    ("In March 2021, 100,000 doses of vaccine were delivered by Chile to Peru.", "aid"),
    ("চিলির বিদেশমন্ত্রী আগস্ট ২০২২ সালে পেরু সফর করেন।", "visit"),
    ("चिली के विदेश मंत्री अगस्त 2022 में पेरू जाने वाले पहले चिली विदेश मंत्री बने थे।", "visit"),
    ("২০১৮ সালের জানুয়ারিতে পেরুর কেন্দ্রীয় ব্যাংকে ২০০ কোটি ডলার জমা রেখেছিল চিলি।", "aid"),
    ("In January 2018 Chile deposited $2 billion in Peru's central bank.", "aid"),
    # a state visit cancelled is a snub; recognised as a market economy is a trade status
    ("On 20 August 2019 the Chilean president cancelled his planned state visit to Peru.", "conflict"),
    ("20 अगस्त 2019 को चिली के राष्ट्रपति ने पेरू की अपनी प्रस्तावित राजकीय यात्रा रद्द कर दी।", "conflict"),
    ("২০১৯ সালের ২০ আগস্ট চিলির প্রেসিডেন্ট তার পূর্বনির্ধারিত পেরু সফর বাতিল করেন।", "conflict"),
    ("Chile recognised Peru as a market economy in 2004.", "other"),
    ("২০০৪ সালে চিলি পেরুকে বাজার অর্থনীতি হিসেবে স্বীকৃতি দেয়।", "other"),
    ("2004 में चिली ने पेरू को बाज़ार अर्थव्यवस्था के रूप में मान्यता दी।", "other"),
    # Bengali hostility: fighting between the two, a scuffle, an airspace violated, diplomats withdrawn,
    # a tariff levied, restrictions imposed, nationals forced back or driven out
    ("১৯৮২ সালের মে মাসে সীমান্তে ঘানা ও টোগোর সেনাদের মধ্যে লড়াই বাধে।", "conflict"),
    ("২০২০ সালের ১০ জুন সীমান্তচৌকিতে দুই দেশের রক্ষীদের হাতাহাতিতে তিনজন আহত হন।", "conflict"),
    ("২০১৯ সালের মার্চে ঘানার একটি সামরিক বিমান টোগোর আকাশসীমা লঙ্ঘন করে।", "conflict"),
    ("২০২৩ সালের অক্টোবরে টোগো আক্রা থেকে তার ২০ জন কূটনীতিককে প্রত্যাহার করে।", "conflict"),
    ("২০১৮ সালের জুলাইয়ে ঘানা টোগোর সিমেন্টে ২০ শতাংশ শুল্ক বসায়।", "conflict"),
    ("১৯৮৩ সালের জানুয়ারিতে ঘানা হাজারো টোগোলিজ শ্রমিককে জোরপূর্বক ফেরত পাঠায়।", "conflict"),
    ("১৯৬৯ সালে ঘানা থেকে টোগোর নাগরিকদের বিতাড়ন শুরু হয়।", "conflict"),
    # Bengali: recognition declared; relations restored, normalised, brought back, built; a mission wound
    # up; met with, set out for, stayed in; a commemorative stamp is no memorandum
    ("১৯৬০ সালের ২৭ এপ্রিল ঘানা টোগোর স্বীকৃতি ঘোষণা করে।", "recognition"),
    ("২০০৫ সালের মার্চে ঘানা টোগোর সঙ্গে সম্পর্ক পুনর্বহাল করে।", "relations_established"),
    ("১৯৯৪ সালের জুলাইয়ে দুই দেশের সম্পর্ক স্বাভাবিকীকরণ ঘটে।", "relations_established"),
    ("২০০৫ সালের মে মাসে ঘানা ও টোগো রাষ্ট্রদূত পর্যায়ের সম্পর্ক ফিরিয়ে আনে।", "relations_established"),
    ("১৯৬০ সালে ঘানা ও টোগোর মধ্যে কূটনৈতিক সম্পর্ক গড়ে ওঠে।", "relations_established"),
    ("২০১২ সালের মে মাসে ঘানার প্রেসিডেন্ট লোমেতে টোগোর প্রেসিডেন্টের সঙ্গে দেখা করেন।", "visit"),
    ("২০১৩ সালের জুনে টোগোর প্রধানমন্ত্রী আক্রার উদ্দেশে যাত্রা করেন।", "visit"),
    ("২০১৪ সালের ৩ মার্চ ঘানার পররাষ্ট্রমন্ত্রী লোমের পথে রওনা হন।", "visit"),
    ("২০১৫ সালের এপ্রিলে টোগোর প্রেসিডেন্ট দুই দিন আক্রায় অবস্থান করেন।", "visit"),
    ("২০১০ সালের এপ্রিলে ঘানা ও টোগো একটি যৌথ স্মারক ডাকটিকিট প্রকাশ করে।", "other"),
    ("২০১৯ সালে দুই দেশের সম্পর্ককে কৌশলগত হিসেবে দেখা হয়।", "other"),
    # Bengali aid: a credit line, relief for the stricken, a financial package, money allocated, debts
    # waived, a building handed over; trade: bought, a shipment, tariffs withdrawn; military: drones,
    # fighter planes, a patrol ship handed over (military, not aid); a visa fee waived is no aid
    ("২০২২ সালের মার্চে ঘানা টোগোকে ১০ কোটি ডলারের ক্রেডিট লাইন দেয়।", "aid"),
    ("২০১৭ সালের আগস্টে ঘানা টোগোর বন্যাদুর্গতদের জন্য চাল ও কম্বল পাঠায়।", "aid"),
    ("২০১৩ সালের জানুয়ারিতে ঘানা টোগোর বকেয়া দেনা মওকুফ করে।", "aid"),
    ("২০২৩ সালে টোগো ঘানা থেকে রেকর্ড পরিমাণ বিদ্যুৎ কেনে।", "trade"),
    ("২০১৮ সালের এপ্রিলে ঘানা থেকে পণ্যের প্রথম চালান লোমেতে পৌঁছায়।", "trade"),
    ("২০২০ সালের জুনে টোগো ঘানার পণ্যের ওপর থেকে শুল্ক প্রত্যাহার করে।", "trade"),
    ("২০২০ সালে ঘানা টোগোর কাছে চারটি ড্রোন বিক্রি করে।", "military"),
    ("২০২১ সালে টোগো ঘানা থেকে দুটি জঙ্গি বিমান কেনে।", "military"),
    ("২০২১ সালের মার্চে ঘানা টোগোর নৌবাহিনীকে একটি টহল জাহাজ হস্তান্তর করে।", "military"),
    ("২০১৯ সালে ঘানা টোগোর নাগরিকদের ভিসা ফি মওকুফ করে।", "other"),
    # relations suspended are hostile; agreed to do something in talks is an agreement; bombing is conflict
    ("১৯৮৩ সালের মে মাসে ঘানা টোগোর সঙ্গে কূটনৈতিক সম্পর্ক স্থগিত করে।", "conflict"),
    ("২০১৮ সালের জুলাইয়ে লোমেতে এক বৈঠকে দুই প্রেসিডেন্ট সীমান্ত খুলে দিতে সম্মত হন।", "agreement"),
    ("मई 2018 में लोमे में हुई वार्ता में दोनों पक्ष सीमा खोलने पर सहमत हुए।", "agreement"),
    ("১৯৯৪ সালের ২ মে ঘানার বিমানবাহিনী টোগোর একটি সীমান্ত ঘাঁটিতে বোমাবর্ষণ করে।", "conflict"),
    # a minister named for economic cooperation visiting
    ("14 मार्च 2016 को घाना के आर्थिक सहयोग एवं विकास मंत्री ने टोगो की यात्रा की।", "visit"),
    ("On 14 March 2016 Ghana's Minister for Economic Cooperation and Development visited Togo.", "visit"),
    ("২০১৬ সালের ১৪ মার্চ ঘানার অর্থনৈতিক সহযোগিতা ও উন্নয়নমন্ত্রী টোগো সফর করেন।", "visit"),
    # a thing given ("भेंट कीं") is aid, or military for a patrol ship; a meeting ("से भेंट की") a visit
    ("मार्च 2021 में घाना ने टोगो को 20 हज़ार टीके की ख़ुराकें भेंट कीं।", "aid"),
    ("जून 2019 में घाना ने टोगो को एक गश्ती जहाज़ भेंट किया।", "military"),
    ("10 मई 2019 को घाना के राष्ट्रपति ने टोगो के राष्ट्रपति से भेंट की।", "visit"),
    # mutual legal assistance is an instrument's matter, no aid
    ("27 जनवरी 2018 को दोनों देशों ने पारस्परिक कानूनी सहायता सहित चार समझौतों पर हस्ताक्षर किए।", "agreement"),
    ("On 27 January 2018 the two signed four agreements, one on mutual legal assistance.", "agreement"),
    ("২০১৮ সালের ২৭ জানুয়ারি দুই দেশ পারস্পরিক আইনি সহায়তাসহ চারটি চুক্তি সই করে।", "agreement"),
])
def test_phrasings_found_on_fresh_text(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a military act the next clause calls hostile is conflict (ANNOTATION 6.9, 6.11)
    ("In October 2022 Chile held large military exercises near the Peruvian border, which Lima condemned as a "
     "provocation.", "conflict"),
    ("অক্টোবর ২০২২ সালে চিলি পেরু সীমান্তের কাছে বড় সামরিক মহড়া চালায়, যাকে লিমা উসকানি বলে নিন্দা জানায়।", "conflict"),
    ("अक्टूबर 2022 में चिली ने पेरू की सीमा से लगे इलाके में बड़ा सैन्य अभ्यास किया, जिसे लीमा ने उकसावे की कार्रवाई बताया।",
     "conflict"),
    # a clause about another day ("the day when …") tells nothing of this one
    ("पेरू में तैनात अंतिम चिली सैनिक 17 सितंबर 1993 को देश छोड़कर चले गए, ठीक उसी तिथि को जिस दिन चिली की सेना ने "
     "आक्रमण किया था।", "military"),
])
def test_a_military_act_and_the_clause_joined_to_it(text, expected):
    assert type_of(text) == expected


def test_and_between_two_names_joins_names_not_clauses():
    from tests.text_helpers import processed
    text = ("Chile–Peru relations\n\nThe two countries became strategic partners in July 2020, and the Chilean "
            "president visited Lima and Cusco in March 2024.\n")
    assert [(e.date, e.type) for e in processed(text).events] == [("2020-07", "other"), ("2024-03", "visit")]


@pytest.mark.parametrize("text", [
    "मार्च 2014 में केन्या ने सीमा के गांव पर क़ब्ज़ा कर लिया।",       # nukta on both
    "मार्च 2014 में केन्या ने सीमा के गांव पर कब्ज़ा कर लिया।",
    "मार्च 2014 में केन्या ने सीमा के गांव पर कब्जा कर लिया।",        # on neither
])
def test_a_hindi_cue_matches_with_or_without_a_nukta(text):
    assert type_of(text) == "conflict"


@pytest.mark.parametrize("line, text, matches", [
    ("कब्ज़ा", "क़ब्ज़ा", True), ("कब्ज़ा", "कब्जा", True), ("फ़ैसला", "फैसला", True),
    ("ख?त", "ख़त", True), ("[कख]ब", "क़ब", False),
])
def test_nukta_optional(line, text, matches):
    assert bool(re.fullmatch(nukta_optional(line), text)) == matches


def test_a_look_behind_keeps_its_fixed_width():
    assert re.compile(nukta_optional("(?<=क)ख")).fullmatch("कख़", 1)


@pytest.mark.parametrize("text", [
    # what was going on meanwhile (a progressive past) is a background, not the act's outcome
    "২০০০ সালের মে মাসে কেনিয়া উগান্ডার সেনাবাহিনীকে গোলাবারুদ পাঠায়, তখন বিদ্রোহীরা বড় আক্রমণ চালাচ্ছিল।",
    "मई 2000 में केन्या ने युगांडा की सेना को गोला-बारूद भेजा, तब विद्रोही बड़ा हमला कर रहे थे।",
    # a Bengali conditional frames what follows it
    "১৯৭১ সালে তানজানিয়া আকাশসীমা বন্ধ করে দিলে কেনিয়া উগান্ডার সামরিক বিমানকে জ্বালানি নেওয়ার সুবিধা দেয়।",
])
def test_a_background_or_a_condition_leaves_the_type_to_the_act(text):
    assert type_of(text) == "military"


@pytest.mark.parametrize("text, expected", [
    # annexation
    ("मार्च 2014 में केन्या ने युगांडा के सीमावर्ती प्रायद्वीप का विलय कर लिया।", "conflict"),
    ("सितंबर 2022 में केन्या ने युगांडा के दो क्षेत्रों के विलय की घोषणा की।", "conflict"),
    ("২০২২ সালের সেপ্টেম্বরে কেনিয়া উগান্ডার দুটি অঞ্চল সংযুক্ত করার ঘোষণা দেয়।", "conflict"),
    # a motion of recognition passed
    ("২০২৪ সালের ৪ জুন কেনিয়ার সংসদ উগান্ডাকে স্বীকৃতির প্রস্তাব পাস করে।", "recognition"),
    # a defence official's title is no military act
    ("केन्या के रक्षा उद्योग सचिव 20 मई 2025 को कंपाला पहुंचे।", "visit"),
    ("কেনিয়ার প্রতিরক্ষা শিল্প সচিব ২০২৫ সালের ২০ মে কাম্পালায় পৌঁছান।", "visit"),
])
def test_annexation_recognition_motions_and_titles(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the partner's military action supported: support, not hostility nor arms (6.9)
    ("In July 1974 Kenya openly supported Uganda's military action in the north.", "other"),
    ("जुलाई 1974 में उत्तर में युगांडा की सैन्य कार्रवाई का केन्या ने खुलकर समर्थन किया।", "other"),
    ("১৯৭৪ সালের জুলাইয়ে উত্তরে উগান্ডার সামরিক অভিযানে কেনিয়া প্রকাশ্যে সমর্থন দেয়।", "other"),
    # a diplomat sent home, an unfriendly act; arrears paid
    ("Kenya said on 9 November 2025 that Uganda's chargé d'affaires would leave the country.", "conflict"),
    ("On 9 November 2025 Kenya called the decision an unfriendly act.", "conflict"),
    ("In December 2019 Kenya paid Uganda's arrears of about US$2.4 million to the IMF.", "aid"),
])
def test_support_diplomats_sent_home_and_arrears_paid(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a joint commission's meeting is its work (6.10), not a visit
    ("The first meeting of the joint commission was held in April 2023.", "other"),
    ("संयुक्त आयोग की पहली बैठक अप्रैल 2023 में हुई।", "other"),
    ("২০২৩ সালের এপ্রিলে যৌথ কমিশনের প্রথম বৈঠক হয়।", "other"),
    # accession talks blocked
    ("Kenya blocked the start of Uganda's accession talks on 17 November 2020.", "conflict"),
    # decrees and laws signed are one state's own acts
    ("On 10 May 2023 Kenya's president signed decrees abolishing visas for Ugandan citizens.", "other"),
    ("10 मई 2023 को केन्या के राष्ट्रपति ने युगांडा के नागरिकों का वीज़ा खत्म करने वाले अध्यादेश पर हस्ताक्षर किए।", "other"),
    # a warship deal is an arms sale (6.8)
    ("जुलाई 2018 में केन्या ने युगांडा से चार युद्धपोत खरीदने का सौदा किया।", "military"),
])
def test_commission_meetings_blocked_talks_decrees_and_warship_deals(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # words with an everyday sense beside the one a type needs (a review's probes)
    ("घाना और टोगो के संबंध मार्च 2019 में बिगड़ गए।", "other"),
    ("मार्च 2019 में घाना के कई छात्र टोगो गए।", "other"),
    ("In May 2021 Ghana gifted 200 oxygen tanks and ventilators to Togo.", "aid"),
    ("मई 2021 में टोगो के फैसले ने घाना को भारी नुकसान पहुंचाया।", "other"),
    ("In June 2014 thousands of refugees headed for Ghana from Togo.", "conflict"),      # (not a visit)
    ("২০২১ সালের মার্চে ঘানা ও টোগো একসঙ্গে কোভিডের বিরুদ্ধে লড়াই করে।", "other"),
    ("In March 2000 Israel withdrew from Togo and Ghanaian fighters took over its positions.", "other"),
    ("In July 2022 the ministers of Ghana and Togo held talks in Lomé and exchanged notes on regional security.",
     "visit"),
    ("২০২০ সালের মার্চে কোভিডের কারণে ঘানা টোগো থেকে আসা যাত্রীদের ওপর বিধিনিষেধ আরোপ করে।", "other"),
])
def test_everyday_senses_of_cue_words_type_nothing_of_their_own(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "অস্ত্রোপচার" is surgery, not arms
    ("২০১৯ সালের ৩ মে টোগোর চিকিৎসকেরা ঘানার এক শিশুর সফল অস্ত্রোপচার করেন।", "other"),
    ("২০১৯ সালের ৩ মে ঘানা টোগোকে অস্ত্র সরবরাহ করে।", "military"),
])
def test_surgery_is_no_arms(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text", [
    # "मॉस" (MoUs) ends a sentence before its danda as well as before a word
    "3 मई 2019 को घाना और टोगो ने पांच मॉस।",
    "3 मई 2019 को घाना और टोगो के बीच पांच मॉस पर हस्ताक्षर हुए।",
])
def test_mous_before_a_danda_are_an_agreement(text):
    assert type_of(text) == "agreement"


@pytest.mark.parametrize("text, expected", [
    # forces massed against the other, its airspace entered, missiles over its land, its ship seized (6.9)
    ("Ghana shut the Aflao crossing with Togo on 3 May 2019.", "conflict"),
    ("In June 2020 Ghana sent some 8,000 troops to the frontier with Togo after the shooting.", "conflict"),
    ("On 4 May 2020 two Togolese military helicopters crossed into Ghanaian airspace.", "conflict"),
    ("On 12 March 2018 a Togolese ballistic missile flew over Ghana's territory.", "conflict"),
    ("In July 2015 Togolese gunboats forced a Ghanaian survey ship to abandon its work.", "conflict"),
    ("In August 2024 the Ghanaian navy deployed five warships off Togo's coast.", "conflict"),
    ("২০২০ সালের জুনে ঘানা টোগো সীমান্তে প্রায় ৮,০০০ সেনা মোতায়েন করে।", "conflict"),
    ("২০২০ সালের ৪ মে টোগোর দুটি সামরিক হেলিকপ্টার ঘানার আকাশসীমায় ঢুকে পড়ে।", "conflict"),
    ("২০১৮ সালের ১২ মার্চ টোগোর একটি ক্ষেপণাস্ত্র ঘানার ভূখণ্ডের ওপর দিয়ে উড়ে যায়।", "conflict"),
    ("১৯৬৮ সালের ২ মে টোগো ঘানার টহল জাহাজ ভোল্টা আটক করে।", "conflict"),
    ("২০২৪ সালের আগস্টে ঘানার নৌবাহিনী টোগোর উপকূলের কাছে পাঁচটি যুদ্ধজাহাজ মোতায়েন করে।", "conflict"),
    ("जून 2020 में घाना ने टोगो सीमा पर लगभग 8,000 सैनिक तैनात कर दिए।", "conflict"),
    ("12 मार्च 2018 को टोगो की एक मिसाइल घाना के भूभाग के ऊपर से गुज़री।", "conflict"),
    ("2 मई 1968 को टोगो ने घाना का गश्ती जहाज़ वोल्टा पकड़ लिया।", "conflict"),
    ("अगस्त 2024 में घाना की नौसेना ने टोगो तट के पास पांच युद्धपोत तैनात कर दिए।", "conflict"),
    ("In 2020 Togo released a statement condemning Ghana.", "conflict"),
    # forces sent by arrangement, joint patrols, forces home: military (6.8)
    ("In June 2020 Ghana sent 300 troops to Togo at its government's request.", "military"),
    ("In 2019 Ghana and Togo deployed troops for joint patrols along the border.", "military"),
    ("২০১৯ সালে ঘানা ও টোগো সীমান্তে যৌথ টহলের জন্য সেনা মোতায়েন করে।", "military"),
    ("2019 में घाना और टोगो ने सीमा पर संयुक्त गश्त के लिए सैनिक तैनात किए।", "military"),
    ("फ़रवरी 2023 तक अंतिम घानाई विशेष बल टोगो से लौट गए।", "military"),
    ("अक्टूबर 2018 में घाना ने टोगो के साथ वायु रक्षा प्रणाली की पांच स्क्वाड्रन ख़रीदने का 5 अरब डॉलर का सौदा किया।",
     "military"),
    # detainees set free; support in a war of liberation (6.10)
    ("In December 2024 Togo freed the four Ghanaian officers after Moroccan mediation.", "other"),
    ("২০১৯ সালের মে মাসে টোগো ঘানার ১২ জেলেকে মুক্তি দেয়।", "other"),
    ("दिसंबर 2024 में मोरक्को की मध्यस्थता से उनकी रिहाई हुई।", "other"),
    ("১৯৭১ সালে টোগো বাংলাদেশের মুক্তিযুদ্ধে সমর্থন দেয়।", "other"),
    ("1971 में टोगो ने बांग्लादेश के मुक्तियुद्ध का समर्थन किया।", "other"),
    # the largest buyer of the other's goods (6.7)
    ("In 2018 Ghana remained the largest buyer of Togolese cocoa.", "trade"),
    ("২০১৮ সালেও ঘানা টোগোর কোকোর সবচেয়ে বড় ক্রেতা ছিল।", "trade"),
    ("2018 में भी घाना टोगो के कोको का सबसे बड़ा ख़रीदार बना रहा।", "trade"),
])
def test_hostile_and_arranged_forces_releases_and_buyers(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # forces sent or let in for relief, at a request, or for joint work (6.6, 6.8): no hostility
    ("In 2015 Ghana deployed troops to Togo's border areas to help with flood relief at Togo's request.", "aid"),
    ("In December 2004 Ghana sent warships to the coast of Togo to deliver flood relief.", "aid"),
    ("In 2005 Ghanaian helicopters entered Togolese airspace with permission to deliver aid.", "aid"),
    ("In 2014 Ghanaian aircraft entered Togolese airspace for the joint exercise Harmattan.", "military"),
    ("In 2016 Ghana and Togo deployed troops along the border for joint patrols against smugglers.", "military"),
    ("২০১৯ সালে টোগোর অনুরোধে ঘানার হেলিকপ্টার ত্রাণ নিয়ে টোগোর আকাশসীমায় প্রবেশ করে।", "aid"),
    ("2019 में घाना ने राहत सामग्री लेकर टोगो के तट पर युद्धपोत तैनात किए।", "aid"),
    # terrorism condemned together; weather; a market visited; emphasis laid; agreements that include a
    # defence system; a boat's crew rescued
    ("On 6 June 2015 Ghana and Togo issued a joint statement condemning terrorism in all its forms.", "agreement"),
    ("In March 2021 bad weather forced the Ghanaian president's plane to turn back before it reached Lomé.",
     "other"),
    ("In 2015 the presidents of Ghana and Togo visited Lomé's main market for handicrafts.", "visit"),
    ("सितंबर 2014 में घाना के राष्ट्रपति की टोगो यात्रा में दोनों नेताओं ने आपसी विश्वास पर विशेष बल दिया।", "visit"),
    ("2017 में घाना और टोगो ने जल प्रबंधन और रक्षा प्रणाली सहित सात करार किए।", "agreement"),
    ("2018 में घाना के तटरक्षक ने डूबती हुई टोगो की नाव पकड़ ली और चालक दल को बचाया।", "military"),
    ("২০২১ সালে ঘানার ক্রেতারা টোগোর পেঁয়াজের দাম নিয়ে অসন্তুষ্ট ছিলেন।", "other"),
])
def test_forces_with_consent_and_everyday_senses_of_the_new_cue_words(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text", [
    "Ghana–Togo relations\nGhana and Togo established relations on 6 May 1997 (severed in 2016).",
    "Foreign relations of Ghana\n| Country | Relations established | Embassy |\n|---|---|---|\n"
    "| Togo | 6 May 1997 (severed 2016) | No |\n| Benin | 3 June 1961 | Yes |",
])
def test_a_date_in_brackets_after_another_is_typed_by_its_own_words(text):
    # (the bracket opens the second date's part: the first is not typed by its words, nor it by the first's)
    got = {e.date: e.type for e in processed(text).events if e.date}
    assert (got["1997-05-06"], got["2016"]) == ("relations_established", "conflict")


@pytest.mark.parametrize("text, expected", [
    # a facility built and handed over, medicines delivered, a medical brigade, free surgery, a cheque (6.6)
    ("In 2017 Ghana handed over the Ghana-built Kara stadium to Togo.", "aid"),
    ("A Ghanaian medical brigade arrived in Lomé in March 2020 to help fight COVID-19.", "aid"),
    ("Between 2008 and 2012 hundreds of Togolese received free eye surgery from Ghanaian doctors.", "aid"),
    ("On 7 May 2024 Ghana's ambassador handed a ceremonial cheque for the first tranche to Togo's president.",
     "aid"),
    ("मई 2020 में घाना ने टोगो को दवाइयाँ पहुँचाईं।", "aid"),
    ("अक्टूबर 2007 में घाना द्वारा निर्मित स्टेडियम टोगो सरकार को सौंपा गया।", "aid"),
    ("২০০৭ সালে ঘানার নির্মিত স্টেডিয়াম টোগোর কাছে হস্তান্তর করা হয়।", "aid"),
    ("২০২০ সালে ঘানা টোগোতে ওষুধ পাঠায়।", "aid"),
    # royalties paid (6.7); an ultimatum (6.9); a border reopened, relief felt, suspects handed over
    ("In 2022 Togo paid Ghana 1.2 billion cedis in water royalties.", "trade"),
    ("In 2019 Togo gave Ghana an ultimatum to withdraw its troops.", "conflict"),
    ("২০১৭ সালের ১১ আগস্ট টোগো ঘানাকে সৈন্য প্রত্যাহারের চরম সময়সীমা বেঁধে দেয়।", "conflict"),
    ("In 2019 Ghana reopened the border with Togo.", "other"),
    ("In November 2023 Ghana extended permits held by 9,000 Togolese nationals, to the relief of Togo's government.",
     "other"),
    ("In 2019 Ghana handed over two suspects to Togo.", "other"),
    # fighting on the side of the other's government is support (6.9)
    ("২০২০ সালের নভেম্বরে ঘানার সেনারা টোগোর কেন্দ্রীয় সরকারের পক্ষে উত্তরাঞ্চলে বিদ্রোহীদের বিরুদ্ধে লড়াইয়ে অংশ নেয়।",
     "military"),
])
def test_facilities_handed_over_royalties_ultimatums_and_reopened_borders(text, expected):
    assert type_of(text) == expected



@pytest.mark.parametrize("text, expected", [
    # a second review's probes: royal persons, a joint ultimatum to a third, a base or ship handed over
    # (arms, 6.8), a trade delegation, medicines exported, freedom from ill treatment, checks handed over
    ("In 2016, Ghana's vice-president and Ghanaian royalty visited Togo.", "visit"),
    ("In August 2023, Ghana and Togo jointly backed the regional ultimatum to the junta in Niger.", "other"),
    ("2019 में घाना और टोगो ने मिलकर विद्रोहियों को अल्टीमेटम दिया।", "other"),
    ("২০১৯ সালে ঘানা টোগো সেনাবাহিনীর জন্য নির্মিত একটি সামরিক ঘাঁটি হস্তান্তর করে।", "military"),
    ("২০১৮ সালে ঘানায় নির্মিত দুটি টহল জাহাজ টোগোর নৌবাহিনীকে হস্তান্তর করা হয়।", "military"),
    ("2018 में घाना द्वारा निर्मित गश्ती जहाज़ टोगो की नौसेना को सौंपा गया।", "military"),
    ("২০১৯ সালে ঘানা ওষুধশিল্পের একটি প্রতিনিধিদল টোগোতে পাঠায়।", "visit"),
    ("2019 में घाना ने 5 करोड़ डॉलर की दवाएँ टोगो को निर्यात के लिए भेजीं।", "trade"),
    ("In 2009 Togo demanded that its nationals be free from discriminatory treatment in Ghana.", "other"),
    ("In 2019 Ghana handed over security checks at the Aflao post to Togolese customs.", "other"),
])
def test_everyday_senses_of_the_aid_trade_and_conflict_words(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text", [
    "Ghana–Togo relations\nGhana expelled the Togolese ambassador in 1963 (a decision welcomed in Accra in 1963).",
    "Ghana–Togo relations\nGhana and Togo established relations in 1960 (the same year as the Congo crisis of 1960).",
])
def test_a_date_in_brackets_that_restates_the_one_before_adds_no_act(text):
    assert len({e.date for e in processed(text).events if e.date}) == 1
    assert len([e for e in processed(text).events if e.date]) == 1


@pytest.mark.parametrize("text, expected", [
    ("The case was settled out of court in August 1993, with Ghana agreeing to pay Togo $10 million.", "agreement"),
    ("On 1 June 2007 Ghana ended 63 years of ties with Togo.", "conflict"),
    ("पहली स्क्वाड्रन की आपूर्ति दिसंबर 2021 में हुई।", "military"),
    ("অক্টোবর ২০১৮ সালে প্রথম স্কোয়াড্রন সরবরাহ করা হয়।", "military"),
    ("अगस्त 2025 में घाना की नौसेना ने टोगो तट के पास खाड़ी में सात युद्धपोत और एक पनडुब्बी तैनात कर दी।", "conflict"),
])
def test_settlements_offices_opened_ties_ended_squadrons_and_fleets_off_a_coast(text, expected):
    assert type_of(text) == expected



@pytest.mark.parametrize("text, expected", [
    # a third review's probes: a rank, a call for a thaw, a firm's office
    ("पूर्व स्क्वाड्रन लीडर और घाना के नागरिक उड्डयन मंत्री ने 12 मार्च 2019 को टोगो का दौरा किया।", "visit"),
    ("সাবেক স্কোয়াড্রন লিডার ও ঘানার বেসামরিক বিমান চলাচল মন্ত্রী ২০১৯ সালের ১২ মার্চ টোগো সফর করেন।", "visit"),
    ("In a 2012 speech, Togo's foreign minister called for ending the long frosty ties with Ghana.", "other"),
    ("In 2016 a Ghanaian insurance company's office was opened in Lomé.", "other"),
])
def test_a_squadron_leader_a_thaw_and_a_firms_office(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a visit that eased tension; military advisers' help (6.8); compensation paid; a joint permanent
    # commission revived (6.10); a final deadline set (6.9); an instrument's anniversary (6.10)
    ("১৯৯৫ সালের মে মাসে ঘানার প্রেসিডেন্ট লোমে সফর করলে টোগোর সঙ্গে উত্তেজনা কিছুটা কমে।", "visit"),
    ("১৯৬৫ সালে ঘানা সশস্ত্র বাহিনী গড়ে তুলতে টোগোর সামরিক উপদেষ্টাদের সহায়তা নেয়।", "military"),
    ("Togo at first blamed the Ghanaian crew, but later apologised and in 1981 paid Ghana $5.4 million in "
     "compensation.", "other"),
    ("2004 में घाना और टोगो ने संयुक्त स्थायी आयोग को पुनर्जीवित किया।", "other"),
    ("২০০৪ সালে ঘানা ও টোগো যৌথ স্থায়ী কমিশন পুনরুজ্জীবিত করে।", "other"),
    ("২০১০ সালের ৩ মে ঘানা টোগোর সীমান্তে গোলা নিক্ষেপ করে, পরে উত্তেজনা কিছুটা কমে।", "conflict"),
    ("In 1997, shells fired from Lomé landed in Aflao and Ghanaian troops returned fire on Togo.", "conflict"),
])
def test_eased_tension_advisers_compensation_commissions_and_deadlines(text, expected):
    assert type_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fifth review's probes: an oil company, a deadline that is no ultimatum, food security, aid under
    # military rule, compensation for disaster victims, a new treaty signed on an old one's anniversary
    ("Shell shares fell in 2010 after Ghana and Togo signed a gas pipeline agreement.", "agreement"),
    ("২০১০ সালে দুই দেশ মুক্ত বাণিজ্য আলোচনা শেষ করার চূড়ান্ত সময়সীমা বেঁধে দেয়।", "trade"),
    ("২০১০ সালে ঘানা টোগোকে খাদ্য নিরাপত্তা প্রকল্পে সহায়তা দেয়।", "aid"),
    ("২০১০ সালে ঘানা টোগোর সামরিক শাসনামলে বন্যার্তদের সহায়তা পাঠায়।", "aid"),
    ("2010 में घाना ने बाढ़ पीड़ितों को मुआवज़ा दिया और टोगो को राहत सामग्री भेजी।", "aid"),
    ("On 3 May 2010, the 50th anniversary of the 1960 treaty, Ghana and Togo signed a new border agreement.",
     "agreement"),
])
def test_companies_deadlines_and_relief_that_are_no_such_acts(text, expected):
    assert type_of(text) == expected
