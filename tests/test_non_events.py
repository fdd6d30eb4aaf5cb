"""Dated text that states no act between the two states (ANNOTATION 3): an index of related
topics, quiz questions, a leader's taking office and a state's independence from its former
ruler told as background. Texts written for these tests in the three languages."""

from __future__ import annotations

import pytest

from tests.text_helpers import processed


def dated(text: str) -> list[tuple[str, str]]:
    return [(e.date, text[e.start:e.end].strip()) for e in processed(text).events if e.date]


@pytest.mark.parametrize("text", [
    "चिली–पेरू संबंध\n\nप्रश्न: चिली ने लीमा में दूतावास कब खोला?\n(क) 1838 (ख) 1840 (ग) 1845\nसही उत्तर: (ख) 1840\n",
    "চিলি–পেরু সম্পর্ক\n\nপ্রশ্ন: চিলি কবে লিমায় দূতাবাস খোলে?\nক) ১৮৩৮ খ) ১৮৪০ গ) ১৮৪৫\nসঠিক উত্তর: খ) ১৮৪০\n",
    "Chile–Peru relations\n\nQ: When did Chile open an embassy in Lima?\n(a) 1838 (b) 1840 (c) 1845\n"
    "Correct answer: (b) 1840\n",
])
def test_an_answer_past_the_choices_states_the_questions_act_with_its_date(text):
    assert [(e.date, e.type) for e in processed(text).events if e.date] == [("1840", "embassy")]


@pytest.mark.parametrize("text, kept", [
    ("Chile–Peru relations\n\nChile and Peru established diplomatic relations in 1839.\n\n"
     "See also\n• Chile–Peru maritime dispute (2008)\n• Peruvian general election (1980)\n", ["1839"]),
    ("Chile–Peru relations\n\nChile and Peru established diplomatic relations in 1839.\n\n"
     "Related topics\n• Agrarian reform (1969)\n• Drafting of a new charter (1979)\n", ["1839"]),
    ("চিলি–পেরু সম্পর্ক\n\nচিলি ও পেরু ১৮৩৯ সালে কূটনৈতিক সম্পর্ক স্থাপন করে।\n\n"
     "আরও দেখুন\n• চিলি-পেরু সমুদ্রসীমা বিরোধ (২০০৮)\n• চিলি-পেরু বাণিজ্য চুক্তি (২০০৬)\n", ["1839"]),
    ("चिली–पेरू संबंध\n\nचिली और पेरू ने 1839 में राजनयिक संबंध स्थापित किए।\n\n"
     "यह भी देखें\n• चिली-पेरू समुद्री विवाद (2008)\n• चिली-पेरू व्यापार समझौता (2006)\n", ["1839"]),
])
def test_a_list_of_related_topics_with_years_is_no_event(text, kept):
    assert [d for d, _ in dated(text)] == kept


def test_a_list_of_partners_and_their_dates_stays_events():
    text = "Countries that recognised Namibia\n\n• Angola (21 March 1990)\n• Botswana (22 March 1990)\n"
    assert [d for d, _ in dated(text)] == ["1990-03-21", "1990-03-22"]


@pytest.mark.parametrize("text", [
    # questions set without their answers (a practice sheet), and the choices offered
    "Chile–Peru relations\n\nQ3. Which country opened an embassy in Lima in 1840?\n"
    "Q4. Which country signed a border treaty with Peru in 1929?\n",
    "Chile–Peru relations\n\nQuestion 2: When did Chile open an embassy in Lima? (a) 1838 (b) 1840 (c) 1845\n",
    "চিলি–পেরু সম্পর্ক\n\nপ্রশ্ন: ১৮৪০ সালে কোন দেশ লিমায় দূতাবাস খোলে?\nপ্রশ্ন: ১৯২৯ সালে পেরু কার সঙ্গে সীমান্ত চুক্তি করে?\n",
    "चिली–पेरू संबंध\n\nप्रश्न: चिली ने लीमा में दूतावास कब खोला? (क) 1838 (ख) 1840 (ग) 1845\n",
])
def test_a_quiz_question_is_no_event(text):
    assert dated(text) == []


def test_the_answer_to_a_quiz_question_may_be_an_event():
    text = ("चिली–पेरू संबंध\n\nप्रश्न: चिली ने लीमा में दूतावास कब खोला? (क) 1838 (ख) 1840 (ग) 1845\n"
            "उत्तर: चिली ने 1840 में लीमा में दूतावास खोला।\n")
    assert [d for d, _ in dated(text)] == ["1840"]


@pytest.mark.parametrize("text, kept", [
    ("Chile–Peru relations\n\nThe Peruvian president, who succeeded his brother as head of state in May 1872, "
     "visited Chile in March 1875.\n", ["1875-03"]),
    ("Chile–Peru relations\n\nPeru declared its independence from Spain in July 1821, and Chile "
     "recognised it in 1822.\n", ["1822"]),
    ("Chile–Peru relations\n\nThe Peruvian president, who succeeded his brother as head of state in May 1872, "
     "held talks in Santiago with the Chilean government.\n", []),
    ("Chile–Peru relations\n\nPeru gained full independence from Spain in July 1821, and Chile supported it.\n", []),
    ("চিলি–পেরু সম্পর্ক\n\n১৮৭২ সালের মে মাসে রাষ্ট্রপতি হওয়া পেরুর নেতা ১৮৭৫ সালের মার্চে চিলি সফর করেন।\n",
     ["1875-03"]),
    ("चिली–पेरू संबंध\n\nमई 1872 में राष्ट्रपति बने पेरू के नेता ने मार्च 1875 में चिली की यात्रा की।\n", ["1875-03"]),
    # power seized in a coup is the taking of office too
    ("Chile–Peru relations\n\nThe Chilean troops left Peru in March 1884 at the demand of the junta that seized "
     "power in July 1883.\n", ["1884-03"]),
    ("চিলি–পেরু সম্পর্ক\n\n১৮৮৩ সালের জুলাইয়ে ক্ষমতা দখল করা পেরুর জান্তার দাবিতে ১৮৮৪ সালের মার্চে চিলির সেনারা পেরু ছাড়ে।\n",
     ["1884-03"]),
    ("चिली–पेरू संबंध\n\nजुलाई 1883 में सत्ता पर कब्ज़ा करने वाली पेरू की जुंटा की मांग पर मार्च 1884 में चिली के सैनिक पेरू से "
     "चले गए।\n", ["1884-03"]),
    # a record set by the visit is not a taking of office
    ("चिली–पेरू संबंध\n\nवे 1875 में चिली की राजकीय यात्रा पर जाने वाले प्रथम पेरूवियन राष्ट्रपति बने।\n", ["1875"]),
])
def test_a_leader_taking_office_or_independence_from_a_former_ruler_is_background(text, kept):
    assert [d for d, _ in dated(text)] == kept


def test_an_answer_with_its_own_date_is_the_statement_not_the_question():
    text = ("Chile–Peru relations\n\nQ: In 1840, which country opened an embassy in Lima?\n"
            "Ans: Chile, on 9 March 1840.\n")
    assert [d for d, _ in dated(text)] == ["1840-03-09"]


@pytest.mark.parametrize("text, kept", [
    # a "?" inside an address is no question
    ("Kenya–Tanzania relations\n\nKenya and Tanzania signed a trade treaty in Arusha on 5 June 2001 "
     "(text: https://example.org/treaty.htm?id=12).\n", ["2001-06-05"]),
    # lettered clauses of a statement are no choices offered
    ("Kenya–Tanzania relations\n\n(a) Kenya and Tanzania signed a trade treaty on 5 June 2001, and (b) a transit "
     "treaty on 6 June 2001.\n", ["2001-06-05", "2001-06-06"]),
    ("কেনিয়া–তানজানিয়া সম্পর্ক\n\n(ক) কেনিয়া ও তানজানিয়া ২০০১ সালের ৫ জুন একটি বাণিজ্য চুক্তি সই করে এবং "
     "(খ) ২০০১ সালের ৬ জুন একটি ট্রানজিট চুক্তি সই করে।\n", ["2001-06-05", "2001-06-06"]),
])
def test_a_statement_with_a_question_mark_or_lettered_clauses_keeps_its_events(text, kept):
    assert [d for d, _ in dated(text)] == kept


@pytest.mark.parametrize("text", [
    "মালির প্রেসিডেন্ট ২০২৪ সালের ৩ জুন সেনেগাল সফরে যান। ২০২১ সালে অভ্যুত্থানের পর এটাই সেনেগালে তাঁর প্রথম সফর।",
    "माली के राष्ट्रपति 3 जून 2024 को सेनेगल की यात्रा पर पहुंचे। 2021 में गृहयुद्ध शुरू होने के बाद यह पहला मौका है "
    "जब वे सेनेगल पहुंचे हैं।",
    "Mali's president arrived in Dakar on 3 June 2024 for talks with Senegal. It was his first trip to Senegal since "
    "the coup in Mali in 2021.",
    "Mali's president arrived in Dakar on 3 June 2024 for talks with Senegal. After the civil war began in 2021, "
    "this is his first trip to Senegal.",
])
def test_a_year_of_a_domestic_happening_the_visit_came_after_dates_no_event(text):
    # (the date belongs to the coup or the war; the visit is only "the first since")
    assert [d for d, _ in dated(text)] == ["2024-06-03"]


@pytest.mark.parametrize("text, kept", [
    # the date of the happening another act came after (ANNOTATION 3)
    ("Kenya and Uganda expelled their envoys in 2009. Following the elections of September 2014 the two "
     "governments agreed in October 2014 to restore full representation.", ["2009", "2014-10"]),
    ("After the creation of Israel in 1948, Kenya recognised it in 1963.", ["1963"]),
    ("1948 में इज़राइल के गठन के बाद केन्या ने 1963 में उसे मान्यता दी।", ["1963"]),
    # a suspension from an organisation is a membership's matter
    ("Kenya and Fiji clashed in 2006. Fiji was suspended from the Pacific Islands Forum in 2009.", ["2006"]),
    ("২০০৬ সালে কেনিয়া ও ফিজির বিরোধ হয়। ২০০৯ সালে ফিজিকে প্যাসিফিক আইল্যান্ডস ফোরাম থেকে বহিষ্কার করা হয়।",
     ["2006"]),
    ("2006 में केन्या और फ़िजी में विवाद हुआ। 2009 में फ़िजी को प्रशांत द्वीप मंच से निलंबित किया गया।", ["2006"]),
    # a lone gunman is no state
    ("Kenya and Uganda opened embassies in 1990. On 27 January 2023 a gunman stormed the Ugandan embassy in Nairobi.",
     ["1990"]),
    ("१९९० में केन्या और युगांडा ने दूतावास खोले। 27 जनवरी 2023 को नैरोबी स्थित युगांडा दूतावास पर एक बंदूकधारी ने "
     "हमला किया।", ["1990"]),
    ("১৯৯০ সালে কেনিয়া ও উগান্ডা দূতাবাস খোলে। ২০২৩ সালের ২৭ জানুয়ারি নাইরোবিতে উগান্ডার দূতাবাসে এক বন্দুকধারী "
     "হামলা চালায়।", ["1990"]),
])
def test_dates_of_happenings_that_are_no_act_between_the_two(text, kept):
    assert [d for d, _ in dated(text)] == kept


@pytest.mark.parametrize("text", [
    "Kenya–Uganda relations\n\nOn 12 December 1995 the UN General Assembly recognised the neutrality of Uganda, "
    "backed by Kenya.\n",
    "केन्या–युगांडा संबंध\n\n12 दिसंबर 1995 को संयुक्त राष्ट्र महासभा ने युगांडा की तटस्थता को मान्यता दी, जिसका केन्या ने "
    "समर्थन किया।\n",
    "केन्या–युगांडा संबंध\n\n2021 में युगांडा पूर्वी अफ्रीकी मंच का पर्यवेक्षक बना।\n",
    "কেনিয়া–উগান্ডা সম্পর্ক\n\n২০২১ সালে উগান্ডা পূর্ব আফ্রিকান ফোরামের পর্যবেক্ষক হয়।\n",
])
def test_an_organisations_act_or_an_observer_seat_is_no_event(text):
    assert dated(text) == []


def test_a_state_acting_while_a_member_of_a_body_still_acts():
    text = ("কেনিয়া–ফিলিস্তিন সম্পর্ক\n\nপ্রশ্ন ৫. আফ্রিকান ইউনিয়নের সদস্য থাকা অবস্থায় প্রথম কোন দেশ ফিলিস্তিনকে "
            "স্বীকৃতি দেয়?\nউত্তর: কেনিয়া (৩০ অক্টোবর ২০১৪)।\n")
    assert [d for d, _ in dated(text)] == ["2014-10-30"]


@pytest.mark.parametrize("text", [
    "Kenya–Uganda relations\n\nOn 26 October 2025 Uganda became the eleventh member of the bloc at the Nairobi "
    "summit.\n",
    "কেনিয়া–উগান্ডা সম্পর্ক\n\n২০২৫ সালের ২৬ অক্টোবর নাইরোবি শীর্ষ সম্মেলনে উগান্ডা জোটের ১১তম সদস্য হয়।\n",
    "কেনিয়া–উগান্ডা সম্পর্ক\n\nপূর্ব আফ্রিকান দেশগুলোর সম্প্রদায়ে উগান্ডা যোগ দেয় ২০০২ সালের ১ আগস্ট।\n",
])
def test_joining_a_body_even_at_a_summit_is_no_event(text):
    assert dated(text) == []


@pytest.mark.parametrize("text", [
    "Ghana–Togo relations\n\nIn 1925 the colonial administrations of Ghana and Togo signed a border accord. In 1959 "
    "Ghana recognised the provisional government of Togo. Ghana and Togo established diplomatic relations in 1960.\n",
    "ঘানা–টোগো সম্পর্ক\n\n১৯২৫ সালে ঘানা ও টোগোর ঔপনিবেশিক প্রশাসন একটি সীমান্ত চুক্তি সই করে। ১৯৫৯ সালে ঘানা টোগোর অস্থায়ী "
    "সরকারকে স্বীকৃতি দেয়। ১৯৬০ সালে ঘানা ও টোগোর মধ্যে কূটনৈতিক সম্পর্ক স্থাপিত হয়।\n",
    "घाना–टोगो संबंध\n\n1925 में घाना और टोगो के औपनिवेशिक प्रशासनों ने एक सीमा समझौते पर हस्ताक्षर किए। 1959 में घाना ने टोगो की "
    "अस्थायी सरकार को मान्यता दी। 1960 में घाना और टोगो के बीच राजनयिक संबंध स्थापित हुए।\n",
])
def test_acts_before_a_state_was_founded_are_its_predecessors_but_its_recognition_counts(text):
    # Togo won its independence in 1960: the 1925 accord was between colonies (ANNOTATION 2)
    assert [(e.date, e.type) for e in processed(text).events if e.date] == [
        ("1959", "recognition"), ("1960", "relations_established")]


@pytest.mark.parametrize("text, expected", [
    ("Portugal–Angola relations\n\nIn 1961 Angola's war of independence against Portugal began.\n", ["1961"]),
    ("পর্তুগাল–অ্যাঙ্গোলা সম্পর্ক\n\n১৯৬১ সালে পর্তুগালের বিরুদ্ধে অ্যাঙ্গোলার স্বাধীনতা যুদ্ধ শুরু হয়।\n", ["1961"]),
    ("पुर्तगाल–अंगोला संबंध\n\n1961 में पुर्तगाल के विरुद्ध अंगोला का स्वतंत्रता युद्ध शुरू हुआ।\n", ["1961"]),
    # a colony's dealings are no war of its own
    ("Portugal–Angola relations\n\nIn 1950 Portugal sent settlers to Angola.\n", []),
])
def test_a_war_of_independence_is_the_new_states_before_its_founding(text, expected):
    assert [e.date for e in processed(text).events if e.date] == expected


@pytest.mark.parametrize("text", [
    "Oman–Yemen relations\n\nKey facts\n• Unification of Yemen: 22 May 1990\n• Oman and Yemen signed the border "
    "treaty: 1 October 1992\n",
    "ওমান–ইয়েমেন সম্পর্ক\n\nগুরুত্বপূর্ণ তথ্য\n• ইয়েমেনের একীকরণ: ২২ মে ১৯৯০\n• ওমান-ইয়েমেন সীমান্ত চুক্তি: ১ অক্টোবর ১৯৯২\n",
    "ओमान–यमन संबंध\n\nमहत्वपूर्ण तथ्य\n• यमन का एकीकरण: 22 मई 1990\n• ओमान-यमन सीमा संधि: 1 अक्टूबर 1992\n",
])
def test_a_key_naming_one_states_unification_dates_no_act_of_the_pair(text):
    assert [d for d, _ in dated(text)] == ["1992-10-01"]


@pytest.mark.parametrize("text", [
    "Ghana–Togo relations\n\nIn 2011-12 the two countries served together as non-permanent members of the UN "
    "Security Council.\n",
    "ঘানা–টোগো সম্পর্ক\n\n২০১১-১২ সালে দুই দেশ একসঙ্গে জাতিসংঘ নিরাপত্তা পরিষদের অস্থায়ী সদস্য ছিল।\n",
    "घाना–टोगो संबंध\n\n2011-12 में दोनों देश एक साथ संयुक्त राष्ट्र सुरक्षा परिषद के अस्थायी सदस्य रहे।\n",
])
def test_serving_together_as_members_of_a_body_is_no_event(text):
    assert dated(text) == []


@pytest.mark.parametrize("text", [
    "Japan and the Pacific: notes\n\nPalau\n• Capital: Ngerulmud\n• Independence: 1 October 1994\n"
    "• Japan opened its embassy in Koror in January 2010.\n",
    "জাপান ও প্রশান্ত মহাসাগর: নোট\n\nপালাউ\n• রাজধানী: এনগেরুলমুড\n• স্বাধীনতা: ১ অক্টোবর ১৯৯৪\n"
    "• ২০১০ সালের জানুয়ারিতে জাপান পালাউয়ে দূতাবাস খোলে।\n",
    "जापान और प्रशांत: नोट्स\n\nपलाऊ\n• राजधानी: न्गेरुलमुड\n• स्वतंत्रता: 1 अक्टूबर 1994\n"
    "• जनवरी 2010 में जापान ने पलाऊ में अपना दूतावास खोला।\n",
])
def test_a_fact_sheets_line_of_a_states_own_history_is_no_event(text):
    assert [d for d, _ in dated(text)] == ["2010-01"]


def test_a_state_becoming_fully_independent_on_a_day_is_no_act_of_the_pair():
    text = ("Brunei–Japan relations\n\nBrunei became fully independent on 1 January 1984, and Japan established "
            "diplomatic relations with it on 2 April 1984.\n")
    assert [d for d, _ in dated(text)] == ["1984-04-02"]


@pytest.mark.parametrize("text", [
    "Ghana–Togo relations\n\nThis article needs additional citations for verification. Unsourced material may be "
    "challenged and removed. (March 2021) (Learn how and when to remove this message)\n\n"
    "Ghana and Togo signed a border treaty in 1998.\n",
    "ঘানা–টোগো সম্পর্ক\n\nএই নিবন্ধে যাচাইয়ের জন্য অতিরিক্ত তথ্যসূত্র প্রয়োজন। (মার্চ ২০২১) (এই বার্তাটি কীভাবে ও কখন "
    "সরাতে হবে তা জানুন)\n\n১৯৯৮ সালে ঘানা ও টোগো একটি সীমান্ত চুক্তি সই করে।\n",
    "घाना–टोगो संबंध\n\nइस लेख में सत्यापन के लिए अतिरिक्त संदर्भों की आवश्यकता है। (मार्च 2021) (जानें कि इस संदेश को "
    "कैसे और कब हटाएँ)\n\n1998 में घाना और टोगो ने एक सीमा संधि पर हस्ताक्षर किए।\n",
])
def test_a_wiki_maintenance_banner_and_its_month_are_no_event(text):
    assert [d for d, _ in dated(text)] == ["1998"]


@pytest.mark.parametrize("text, kept", [
    ("Ghana–Togo relations\n\nGhana became independent on 6 March 1957 and Togo on 27 April 1960.\n", []),
    ("ঘানা–টোগো সম্পর্ক\n\n১৯৫৭ সালের ৬ মার্চ ঘানা এবং ১৯৬০ সালের ২৭ এপ্রিল টোগো স্বাধীনতা লাভ করে।\n", []),
    ("घाना–टोगो संबंध\n\nघाना 6 मार्च 1957 को और टोगो 27 अप्रैल 1960 को स्वतंत्र हुआ।\n", []),
    # an elliptical part of an act of the pair shares the act
    ("Ghana–Togo relations\n\nGhana opened an embassy in Lomé on 6 March 1961 and Togo one in Accra on 27 April "
     "1962.\n", ["1961-03-06", "1962-04-27"]),
])
def test_an_elliptical_part_of_a_domestic_happening_is_no_event(text, kept):
    assert [d for d, _ in dated(text)] == kept


@pytest.mark.parametrize("text, kind", [
    ("Talks\nHanoi, 13 May (Reuters) – Japan and Vietnam signed a pact on 13 May 2025.\n", "news"),
    ("আলোচনা\nহ্যানয়, ১৩ মে (রয়টার্স) – ২০২৫ সালের ১৩ মে জাপান ও ভিয়েতনাম একটি চুক্তি সই করে।\n", "news"),
    ("वार्ता\nहनोई, 13 मई (रॉयटर्स)। 13 मई 2025 को जापान और वियतनाम ने एक समझौते पर हस्ताक्षर किए।\n", "news"),
    # a place and a date in brackets is no dateline
    ("Notes\nThe treaty (Hanoi, 13 May) was signed by Japan and Vietnam in 2025.\n", "article"),
])
def test_a_dateline_with_its_agency_makes_a_text_news(text, kind):
    assert processed(text).kind == kind
