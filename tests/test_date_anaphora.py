"""Dates carried by anaphora (ANNOTATION 4.6) in news: a pointer back to the visit in each
language takes the completed date of the last dated event told before, over sentences that
tell no date. Texts written for these tests in the three languages."""

from __future__ import annotations

import pytest

from tests.text_helpers import processed


def dated(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.type) for e in processed(text).events if e.date]


@pytest.mark.parametrize("text", [
    ("Mongolia and Kazakhstan sign a transit accord\nUpdated: 15 May 2024, 09:30\n"
     "Mongolia's president arrived in Astana on Tuesday (14 May) for a two-day state visit.\n\n"
     "He laid a wreath at the monument to the defenders of the homeland.\n\n"
     "During his two-day state visit, Mongolia and Kazakhstan concluded a transit accord.\n"),
    ("মঙ্গোলিয়া ও কাজাখস্তানের মধ্যে ট্রানজিট চুক্তি\nআপডেট: ১৫ মে ২০২৪, ০৯:৩০\n"
     "মঙ্গোলিয়ার প্রেসিডেন্ট মঙ্গলবার (১৪ মে) দুই দিনের রাষ্ট্রীয় সফরে আস্তানা পৌঁছান।\n\n"
     "তিনি স্মৃতিস্তম্ভে পুষ্পস্তবক অর্পণ করেন।\n\n"
     "সফরকালে দুই দেশের মধ্যে একটি ট্রানজিট চুক্তি সই হয়।\n"),
    ("मंगोलिया और कजाकिस्तान के बीच पारगमन समझौता\nअपडेट: 15 मई 2024, 09:30\n"
     "मंगोलिया के राष्ट्रपति मंगलवार (14 मई) को अस्ताना पहुंचे।\n\n"
     "उन्होंने स्मारक पर पुष्पांजलि अर्पित की।\n\n"
     "यात्रा के दौरान मंगोलिया और कजाकिस्तान ने पारगमन समझौता किया।\n"),
])
def test_the_visit_date_is_carried_over_a_sentence_without_a_date(text):
    assert dated(text) == [("2024-05-14", "visit"), ("2024-05-14", "agreement")]


def test_a_carried_date_is_carried_on():
    text = ("মঙ্গোলিয়া ও কাজাখস্তানের মধ্যে চুক্তি\nআপডেট: ১৫ মে ২০২৪, ০৯:৩০\n"
            "মঙ্গোলিয়ার প্রেসিডেন্ট মঙ্গলবার (১৪ মে) আস্তানায় কাজাখস্তানের প্রেসিডেন্টের সঙ্গে বৈঠক করেন। "
            "এ সময় দুই দেশের মধ্যে একটি ট্রানজিট চুক্তি সই হয়। "
            "সে সফরে কাজাখস্তান মঙ্গোলিয়াকে বন্যা সহায়তা দেয়।\n")
    assert dated(text) == [("2024-05-14", "visit"), ("2024-05-14", "agreement"), ("2024-05-14", "aid")]


def test_the_same_visit_carries_its_date():
    text = ("মঙ্গোলিয়া–কাজাখস্তান সম্পর্ক\n\nমঙ্গোলিয়ার প্রেসিডেন্ট ২০১৬ সালের ১৪ অক্টোবর কাজাখস্তান সফরে যান। "
            "সে সফরে দুই দেশ একটি ট্রানজিট চুক্তি সই করে। একই সফরে কাজাখস্তান মঙ্গোলিয়াকে ঋণ দেওয়ার প্রতিশ্রুতি দেয়।\n")
    assert dated(text) == [("2016-10-14", "visit"), ("2016-10-14", "agreement"), ("2016-10-14", "aid")]


def test_a_sentence_whose_date_cannot_be_read_stops_the_carrying():
    # the second visit's day has no year (no stamp): "during the visit" cannot point past it
    text = ("Mongolia–Kazakhstan relations\n\n"
            "Mongolia's president visited Kazakhstan in May 2014. "
            "Kazakhstan's prime minister came to Ulaanbaatar on 3 June. "
            "During the visit, Mongolia and Kazakhstan concluded a customs accord.\n")
    assert dated(text) == [("2014-05", "visit")]


@pytest.mark.parametrize("text", [
    ("Mongolia–Kazakhstan relations\nUpdated: 15 May 2024\n\n"
     "The two foreign ministers signed a transit accord on 14 May. The same day, the president hosted a state "
     "banquet for the guests.\n"),
    ("মঙ্গোলিয়া–কাজাখস্তান সম্পর্ক\nআপডেট: ১৫ মে ২০২৪\n\n"
     "১৪ মে দুই দেশের পররাষ্ট্রমন্ত্রী একটি ট্রানজিট চুক্তি সই করেন। সেদিনই প্রেসিডেন্ট অতিথিদের সম্মানে রাষ্ট্রীয় ভোজ দেন।\n"),
    ("मंगोलिया–कजाकिस्तान संबंध\nअपडेट: 15 मई 2024\n\n"
     "14 मई को दोनों विदेश मंत्रियों ने पारगमन समझौते पर हस्ताक्षर किए। इसी दिन शाम को राष्ट्रपति ने अतिथियों के सम्मान में "
     "राजकीय भोज दिया।\n"),
])
def test_the_same_day_in_news_points_back_to_the_day_told(text):
    assert dated(text) == [("2024-05-14", "agreement"), ("2024-05-14", "visit")]


@pytest.mark.parametrize("text", [
    ("Mongolia–Kazakhstan relations\n\nOn 14 October 2016 the two countries signed a transit agreement in Astana. "
     "At the same ceremony Kazakhstan gave Mongolia flood relief aid.\n"),
    ("मंगोलिया–कजाकिस्तान संबंध\n\n14 अक्टूबर 2016 को अस्ताना में दोनों देशों के बीच पारगमन समझौता हुआ। "
     "इसी समारोह में कजाकिस्तान ने मंगोलिया को बाढ़ राहत सहायता दी।\n"),
])
def test_the_same_ceremony_carries_its_date(text):
    assert dated(text) == [("2016-10-14", "agreement"), ("2016-10-14", "aid")]


@pytest.mark.parametrize("text", [
    ("Ghana–Togo relations\n\nIn February 2023 Ghana closed a crossing. Later that year, Ghana summoned "
     "Togo's envoy in August 2023.\n"),
    ("ঘানা–টোগো সম্পর্ক\n\n২০২৩ সালের ফেব্রুয়ারিতে ঘানা একটি সীমান্ত চৌকি বন্ধ করে। সে বছরের শেষ দিকে ঘানা "
     "২০২৩ সালের আগস্টে টোগোর রাষ্ট্রদূতকে তলব করে।\n"),
    ("घाना–टोगो संबंध\n\nफ़रवरी 2023 में घाना ने एक सीमा चौकी बंद की। उसी साल बाद में घाना ने अगस्त 2023 में "
     "टोगो के राजदूत को तलब किया।\n"),
])
def test_a_year_pointed_back_to_and_told_in_full_later_in_the_sentence_is_one_date(text):
    assert [d for d, _t in dated(text)] == ["2023-02", "2023-08"]


@pytest.mark.parametrize("text", [
    # "অনুষ্ঠান" and "कार्यक्रम" are programmes too: no pointer to the act told before
    ("বাংলাদেশ–ভারত সম্পর্ক\n\n২০১৫ সালে মোদি ঢাকা সফর করেন। বাংলাদেশ টেলিভিশনের একই অনুষ্ঠানে ভারতের রাষ্ট্রদূত "
     "দুই দেশের বাণিজ্য নিয়ে কথা বলেন।\n"),
    ("भारत–नेपाल संबंध\n\n2014 में मोदी ने नेपाल की यात्रा की। दूरदर्शन के इसी कार्यक्रम में भारतीय राजदूत ने व्यापार पर बात की।\n"),
])
def test_a_programme_points_back_to_no_act(text):
    assert [t for _d, t in dated(text)] == ["visit"]


@pytest.mark.parametrize("text", [
    "Mongolia–Kazakhstan relations\n\nThe two states established relations on 22 January 1992. The Mongolian "
    "president visited Kazakhstan in June 1995. On that visit, on 20 June, the two signed a treaty of friendship.\n",
    "মঙ্গোলিয়া–কাজাখস্তান সম্পর্ক\n\n১৯৯২ সালের ২২ জানুয়ারি দুই দেশের কূটনৈতিক সম্পর্ক স্থাপিত হয়। মঙ্গোলিয়ার প্রেসিডেন্ট "
    "১৯৯৫ সালের জুনে কাজাখস্তান সফর করেন। সে সফরে ২০ জুন দুই দেশ মৈত্রী চুক্তি সই করে।\n",
    "मंगोलिया–कजाकिस्तान संबंध\n\n22 जनवरी 1992 को दोनों देशों के बीच राजनयिक संबंध स्थापित हुए। मंगोलिया के राष्ट्रपति "
    "जून 1995 में कजाकिस्तान की यात्रा पर गए। इस यात्रा में 20 जून को दोनों देशों ने मैत्री संधि पर हस्ताक्षर किए।\n",
])
def test_a_day_and_month_on_the_visit_pointed_back_to_take_the_visits_year(text):
    assert dated(text) == [("1992-01-22", "relations_established"), ("1995-06", "visit"),
                           ("1995-06-20", "agreement")]


@pytest.mark.parametrize("text", [
    "Mongolia–Kazakhstan relations\n\nThe Mongolian president visited Kazakhstan in June 1995. On that visit a "
    "transit accord was agreed, whose final text was signed in March 1996.\n",
    "মঙ্গোলিয়া–কাজাখস্তান সম্পর্ক\n\nমঙ্গোলিয়ার প্রেসিডেন্ট ১৯৯৫ সালের জুনে কাজাখস্তান সফর করেন। এ সফরেই একটি ট্রানজিট "
    "চুক্তির বিষয়ে সমঝোতা হয়, যার চূড়ান্ত চুক্তি সই হয় ১৯৯৬ সালের মার্চে।\n",
    "मंगोलिया–कजाकिस्तान संबंध\n\nमंगोलिया के राष्ट्रपति जून 1995 में कजाकिस्तान की यात्रा पर गए। इस यात्रा में एक पारगमन "
    "समझौते पर सहमति बनी, जिसके अंतिम पाठ पर मार्च 1996 में हस्ताक्षर हुए।\n",
])
def test_the_clause_a_pointer_opens_is_the_visits_act_when_a_later_clause_has_its_own_date(text):
    assert dated(text) == [("1995-06", "visit"), ("1995-06", "agreement"), ("1996-03", "agreement")]


def test_at_their_meeting_points_back_to_the_meeting_not_to_the_last_date_told():
    text = ("Mongolia and Kazakhstan agree visa waiver\nUpdated: 15 May 2024\n"
            "The Mongolian foreign minister, who met his Kazakh counterpart in Astana on May 12, said the visa "
            "waiver agreement would take effect on June 1.\nAt their meeting, Kazakhstan pledged $5 million in "
            "flood relief aid to Mongolia.\n")
    assert ("2024-05-12", "aid") in dated(text)


@pytest.mark.parametrize("text", [
    # a yearless month told in passing between the act and the pointer dates no act: "during this"
    # still points to the visit; Bengali and Hindi tell "after taking office" after its date
    "इटली–लीबिया संबंध\n\nइटली की प्रधानमंत्री 28 जनवरी 2023 को त्रिपोली पहुंचीं। अक्टूबर में पदभार संभालने के बाद यह "
    "उनकी पहली लीबिया यात्रा है। इस दौरान दोनों देशों ने गैस समझौते पर हस्ताक्षर किए।\n",
    "Italy–Libya relations\n\nThe Italian prime minister arrived in Tripoli on 28 January 2023. It is her first "
    "visit to Libya since she took office in October. During the visit the two countries signed a gas agreement.\n",
    "ইতালি–লিবিয়া সম্পর্ক\n\nইতালির প্রধানমন্ত্রী ২০২৩ সালের ২৮ জানুয়ারি ত্রিপোলি পৌঁছান। অক্টোবরে দায়িত্ব নেওয়ার পর "
    "এটি তাঁর প্রথম লিবিয়া সফর। এ সফরে দুই দেশ গ্যাস চুক্তি সই করে।\n",
    # coming back to power is taking office again
    "इटली–लीबिया संबंध\n\nइटली की प्रधानमंत्री 28 जनवरी 2023 को त्रिपोली पहुंचीं। पिछले साल अक्टूबर में सत्ता में लौटने के "
    "बाद यह उनकी पहली लीबिया यात्रा है। इस दौरान दोनों देशों ने गैस समझौते पर हस्ताक्षर किए।\n",
    "Italy–Libya relations\n\nThe Italian prime minister arrived in Tripoli on 28 January 2023. It is her first "
    "visit to Libya since she came to power in October. During the visit the two countries signed a gas agreement.\n",
    "ইতালি–লিবিয়া সম্পর্ক\n\nইতালির প্রধানমন্ত্রী ২০২৩ সালের ২৮ জানুয়ারি ত্রিপোলি পৌঁছান। গত অক্টোবরে ক্ষমতায় আসার পর "
    "এটি তাঁর প্রথম লিবিয়া সফর। এ সফরে দুই দেশ গ্যাস চুক্তি সই করে।\n",
])
def test_a_month_told_in_passing_leaves_the_pointer_to_the_act_before(text):
    assert dated(text) == [("2023-01-28", "visit"), ("2023-01-28", "agreement")]


@pytest.mark.parametrize("text, expected", [
    # "Following the talks" points back to the talks; an anniversary's relations "which were established on …"
    # date their beginning
    ("Ghana–Togo relations\n\nThe two presidents held talks in Accra on 1 October 2024. Following the talks, the "
     "two leaders witnessed the exchange of seven agreements.\n",
     [("2024-10-01", "visit"), ("2024-10-01", "agreement")]),
    ("Ghana–Togo relations\n\nThe two countries mark the 60th anniversary of diplomatic ties, which were established "
     "on 17 November 1964.\n", [("1964-11-17", "relations_established")]),
])
def test_following_the_talks_and_ties_which_were_established(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize("meeting", ["मुलाक़ात", "मुलाकात"])
def test_a_hindi_pointer_reads_with_a_nukta_or_without(meeting):
    text = (f"फ्रांस–आर्मेनिया संबंध\n\nफ्रांस के रक्षा मंत्री 23 फरवरी 2024 को येरेवान में आर्मेनिया के "
            f"रक्षा मंत्री से मिले। उस {meeting} के दौरान "
            "फ्रांस और आर्मेनिया ने रक्षा सहयोग के एक आशय पत्र पर हस्ताक्षर किए।\n")
    assert dated(text) == [("2024-02-23", "visit"), ("2024-02-23", "agreement")]


@pytest.mark.parametrize("text, expected", [
    # a date set off by a comma before "after coming to power" dates the act, not the coming
    ("भारत–भूटान संबंध\n\nजून 2014 में, सत्ता में आने के बाद पहली विदेश यात्रा पर भारत के प्रधानमंत्री भूटान गए।\n",
     [("2014-06", "visit")]),
    # a Hindi subject with "ने" between the date and "after taking office": the date is the main act's
    ("अर्जेंटीना–ब्राज़ील संबंध\n\n31 जनवरी 2011 को ब्राज़ील की राष्ट्रपति ने पदभार संभालने के बाद अपनी पहली विदेश "
     "यात्रा में ब्यूनस आयर्स का दौरा किया।\n", [("2011-01-31", "visit")]),
    ("अर्जेंटीना–ब्राज़ील संबंध\n\n2011 में ब्राज़ील की राष्ट्रपति के पदभार संभालने के बाद दोनों देशों ने परमाणु समझौता किया।\n",
     []),
    # "the first … to come" is a visit, no taking of office
    ("भारत–इज़राइल संबंध\n\nसितंबर 2003 में इज़राइल के प्रधानमंत्री भारत आने वाले पहले इज़राइली प्रधानमंत्री बने।\n",
     [("2003-09", "visit")]),
    ("ভারত–ইসরায়েল সম্পর্ক\n\n২০০৩ সালের সেপ্টেম্বরে শ্যারন ভারত সফরকারী প্রথম ইসরায়েলি প্রধানমন্ত্রী হন।\n",
     [("2003-09", "visit")]),
    # a first election is still an election; a first time in office still an office
    ("মঙ্গোলিয়া–রাশিয়া সম্পর্ক\n\n১৯৯০ সালে মঙ্গোলিয়ায় প্রথম বহুদলীয় নির্বাচন হয়।\n", []),
    ("বাংলাদেশ–ভারত সম্পর্ক\n\n১৯৯৬ সালের জুনে শেখ হাসিনা প্রথমবার প্রধানমন্ত্রী হন। ১৯৯৬ সালের ডিসেম্বরে ভারতের সঙ্গে "
     "গঙ্গা চুক্তি হয়।\n", [("1996-12", "agreement")]),
    ("ভারত–নেপাল সম্পর্ক\n\n২০১৪ সালে মোদী প্রথম ভারতীয় প্রধানমন্ত্রী হিসেবে দায়িত্ব নেওয়ার পর নেপাল সফর করেন।\n", []),
    # "since taking office" ("… के बाद से") is opened by its date, whoever the subject
    ("भारत–पाकिस्तान संबंध\n\nमई 2014 में मोदी ने पदभार संभालने के बाद से पाकिस्तान के साथ बातचीत पर जोर दिया।\n", []),
    # "the second … to come" too
    ("भारत–इज़राइल संबंध\n\nजनवरी 2018 में नेतन्याहू भारत आने वाले दूसरे इज़राइली प्रधानमंत्री बने।\n", [("2018-01", "visit")]),
])
def test_taking_office_framing_and_records(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "at the end of the visit" points back to it; "the next meeting" does not
    ("अल्जीरिया–फ़्रांस संबंध\n\nफ़्रांस के राष्ट्रपति ने 25 अगस्त 2022 को अल्जीरिया की यात्रा की। इस यात्रा के अंत में दोनों "
     "राष्ट्रपतियों ने एक घोषणा पर हस्ताक्षर किए।\n", [("2022-08-25", "visit"), ("2022-08-25", "agreement")]),
    ("Algeria–France relations\n\nThe French president visited Algeria on 25 August 2022. At the end of the visit the "
     "two presidents signed a declaration.\n", [("2022-08-25", "visit"), ("2022-08-25", "agreement")]),
    ("আলজেরিয়া–ফ্রান্স সম্পর্ক\n\n২০২২ সালের ২৫ আগস্ট ফরাসি প্রেসিডেন্ট আলজেরিয়া সফর করেন। সফর শেষে দুই প্রেসিডেন্ট "
     "একটি ঘোষণায় সই করেন।\n", [("2022-08-25", "visit"), ("2022-08-25", "agreement")]),
    ("भारत–सऊदी अरब संबंध\n\nभारत के प्रधानमंत्री ने 3 अप्रैल 2016 को रियाद की यात्रा की। अगली मुलाक़ात के दौरान दोनों "
     "देशों ने एक समझौते पर हस्ताक्षर किए।\n", [("2016-04-03", "visit")]),
    ("বাংলাদেশ–ভারত সম্পর্ক\n\n২০১৯ সালের মার্চে প্রধানমন্ত্রী ভারত সফর করেন। পরবর্তী সফর শেষে দুই দেশ একটি চুক্তি সই করবে।\n",
     [("2019-03", "visit")]),
    # (what one does back home after the visit is no act of the two: review 134)
    ("বাংলাদেশ–ভারত সম্পর্ক\n\n২০১৯ সালের অক্টোবরে বাংলাদেশের প্রধানমন্ত্রী দিল্লি সফর করেন। সফর শেষে দেশে ফিরে তিনি "
     "সংবাদ সম্মেলন করেন।\n", [("2019-10", "visit")]),
    # (the second visit just told is the one pointed to)
    ("भारत–नेपाल संबंध\n\nमोदी ने 2014 में पहली बार नेपाल का दौरा किया और अगस्त 2018 में दूसरी बार नेपाल गए। दूसरी यात्रा "
     "के दौरान दोनों देशों ने एक समझौते पर हस्ताक्षर किए।\n",
     [("2014", "visit"), ("2018-08", "visit"), ("2018-08", "agreement")]),
])
def test_pointers_to_the_end_of_a_visit_and_not_to_another(text, expected):
    assert dated(text) == expected
