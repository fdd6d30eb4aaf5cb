"""The role of a country mention in its sentence: party, venue, mediator, currency, place, listed."""

from __future__ import annotations

import pytest

from relations_desktop.corpus.countries import CountryIndex, find_mentions
from relations_desktop.corpus.roles import (
    CURRENCY,
    FRAME,
    LISTED,
    MEDIATOR,
    PARTY,
    PLACE,
    REPORTER,
    RULER,
    VENUE,
    party_codes,
    roles,
)


@pytest.mark.parametrize("text, expected", [
    ("talks brokered by Qatar between the two sides", {"Qatar": MEDIATOR}),
    ("চীনের মধ্যস্থতায় দুই দেশ চুক্তিতে সম্মত হয়", {"চীনের": MEDIATOR}),
    ("a summit held in Nigeria", {"Nigeria": VENUE}),
    ("ढाका में बैठक हुई", {"ढाका": VENUE}),
    ("trade worth 5 billion US dollars", {"US": CURRENCY}),
    ("২০ কোটি মার্কিন ডলার", {"মার্কিন": CURRENCY}),
    ("near the Kenyan city of Mombasa", {"Kenyan": PLACE}),
    ("ঘানা, টোগো এবং বেনিন সহ কয়েকটি দেশ", {"ঘানা": LISTED, "টোগো": LISTED, "বেনিন": LISTED}),
    ("after the dissolution of Yugoslavia", {"Yugoslavia": LISTED}),
    ("সোভিয়েত ইউনিয়ন ভেঙে যাওয়ার পর", {"সোভিয়েত ইউনিয়ন": LISTED}),
    ("the Dushanbe Declaration was signed", {"Dushanbe": VENUE}),
    ("Kenya recognised Eritrea", {"Kenya": PARTY, "Eritrea": PARTY}),
    ("the treaty was signed with Norway as guarantor", {"Norway": MEDIATOR}),
    ("talks hosted by Qatar and observed by Norway", {"Qatar": VENUE, "Norway": MEDIATOR}),
    ("Norway and Chile acted as guarantors of the pact", {"Norway": MEDIATOR, "Chile": MEDIATOR}),
    ("নরওয়ের পর্যবেক্ষণে দুই দেশ চুক্তি সই করে", {"নরওয়ের": MEDIATOR}),
    ("नॉर्वे की निगरानी में दोनों देशों ने संधि की", {"नॉर्वे": MEDIATOR}),
    # the state another won its independence from, or ruled it, is its past, no party
    ("Jamaica became independent from Britain in 1962", {"Jamaica": PARTY, "Britain": RULER}),
    ("জ্যামাইকা ব্রিটেন থেকে স্বাধীনতা লাভ করে", {"জ্যামাইকা": PARTY, "ব্রিটেন": RULER}),
    ("जमैका ब्रिटेन से स्वतंत्र हुआ", {"जमैका": PARTY, "ब्रिटेन": RULER}),
    # ("India's independence from Britain" may go on to an act of Britain's; a state named with rule may have
    # ended it or taken it over)
    ("fifty years after India's independence from Britain the Queen visited", {"India": PARTY, "Britain": PARTY}),
    ("Indian troops ended Portuguese rule in Goa", {"Indian": PARTY, "Portuguese": PARTY}),
    ("ভারত থেকে স্বাধীনতা যুদ্ধের সম্মাননা নিতে তিনি আসেন", {"ভারত": PARTY}),
    ("পাকিস্তান থেকে স্বাধীন হওয়া বাংলাদেশকে স্বীকৃতি দেয় পাকিস্তান", {"পাকিস্তান": PARTY, "বাংলাদেশকে": PARTY}),
    ("Britain recognised Jamaica in 1962", {"Britain": PARTY, "Jamaica": PARTY}),
    # a demonym right before the word names the mediator
    ("अमेरिकी मध्यस्थता में मोरक्को इज़राइल के साथ सहमत हुआ",
     {"अमेरिकी": MEDIATOR, "मोरक्को": PARTY, "इज़राइल": PARTY}),
    # the backer of one side is no party to what that side does
    ("Peru recognised the Chile-backed government of Bolivia", {"Chile": MEDIATOR, "Peru": PARTY, "Bolivia": PARTY}),
    ("পেরু চিলি-সমর্থিত সরকারকে স্বীকৃতি দেয়", {"চিলি": MEDIATOR, "পেরু": PARTY}),
    ("पेरू ने चिली-समर्थित सरकार को मान्यता दी", {"चिली": MEDIATOR, "पेरू": PARTY}),
    ("Peru and Chile backed the plan", {"Peru": PARTY, "Chile": PARTY}),
    # a city-state named as a place is a venue; named as a state it is a party
    ("the treaty was signed at the Vatican", {"Vatican": VENUE}),
    ("the two leaders met in Singapore", {"Singapore": VENUE}),
    ("দুই নেতা সিঙ্গাপুরে বৈঠক করেন", {"সিঙ্গাপুরে": VENUE}),
    ("दोनों नेता सिंगापुर में मिले", {"सिंगापुर": VENUE}),
    ("Singapore recognised Kenya", {"Singapore": PARTY, "Kenya": PARTY}),
    ("Kenya opened an embassy in Nigeria", {"Kenya": PARTY, "Nigeria": PARTY}),
    # where a visitor arrives is the state visited; where talks are held is a venue
    ("the minister arrived in Nairobi on Monday", {"Nairobi": PARTY}),
    ("মন্ত্রী আগামী সপ্তাহে নাইরোবিতে আসবেন", {"নাইরোবিতে": PARTY}),
    ("the ministers met in Nairobi", {"Nairobi": VENUE}),
    ("মন্ত্রীরা নাইরোবিতে বৈঠক করেন", {"নাইরোবিতে": VENUE}),
    # the host of a meeting between two others; a host receiving a guest is a party
    ("Kenya hosted the summit between Peru and Chile", {"Kenya": VENUE, "Peru": PARTY, "Chile": PARTY}),
    ("Kenya hosted the Chilean president", {"Kenya": PARTY, "Chilean": PARTY}),
    # where two others meet or sign; a visitor's destination stays a party
    ("Peru and Chile leaders meet in Kenya", {"Peru": PARTY, "Chile": PARTY, "Kenya": VENUE}),
    ("the accord was signed in Kenya by Peru and Chile", {"Kenya": VENUE, "Peru": PARTY, "Chile": PARTY}),
    ("the Peruvian minister arrived in Kenya", {"Peruvian": PARTY, "Kenya": PARTY}),
    # the state a successor succeeds ended; the successor and the state recognising it are parties
    # (a subject beside its object, with no comma or "and", is no list sharing a role)
    ("Kenya recognised Russia as the successor state of the Soviet Union",
     {"Kenya": PARTY, "Russia": PARTY, "Soviet Union": LISTED}),
    ("কেনিয়া রাশিয়াকে সোভিয়েত ইউনিয়নের উত্তরসূরি হিসেবে স্বীকৃতি দেয়",
     {"কেনিয়া": PARTY, "রাশিয়াকে": PARTY, "সোভিয়েত ইউনিয়নের": LISTED}),
    ("केन्या ने रूस को सोवियत संघ के उत्तराधिकारी के रूप में मान्यता दी",
     {"केन्या": PARTY, "रूस": PARTY, "सोवियत संघ": LISTED}),
    ("কেনিয়া পেরুকে চিলির মতো সমর্থন দেয়", {"কেনিয়া": PARTY, "পেরুকে": PARTY, "চিলির": LISTED}),
    # the other side of a war that opens the sentence only frames the act of two others
    ("In the 1971 war with Chile, Kenya gave Peru arms.", {"Chile": FRAME, "Kenya": PARTY, "Peru": PARTY}),
    ("চিলির সঙ্গে ১৯৭১ সালের যুদ্ধে কেনিয়া পেরুকে অস্ত্র দেয়", {"চিলির": FRAME, "কেনিয়া": PARTY, "পেরুকে": PARTY}),
    ("चिली के साथ 1971 के युद्ध में केन्या ने पेरू को हथियार दिए", {"चिली": FRAME, "केन्या": PARTY, "पेरू": PARTY}),
    # ... but not the war after which the act came: the act may be with that state
    ("After the 1971 war with Chile, Kenya signed a peace accord.", {"Chile": PARTY, "Kenya": PARTY}),
    ("চিলির সঙ্গে ১৯৭১ সালের যুদ্ধের পর কেনিয়া শান্তিচুক্তি সই করে", {"চিলির": PARTY, "কেনিয়া": PARTY}),
    ("चिली के साथ 1971 के युद्ध के बाद केन्या ने शांति समझौता किया", {"चिली": PARTY, "केन्या": PARTY}),
    # where the act was against it, it is a party
    ("Kenya let Peruvian aircraft refuel during the war against Chile.",
     {"Kenya": PARTY, "Peruvian": PARTY, "Chile": PARTY}),
    # the adjective before "mediation" or "auspices" names the mediator
    ("Kenya and Peru signed the accord under Norwegian mediation.",
     {"Kenya": PARTY, "Peru": PARTY, "Norwegian": MEDIATOR}),
    ("Kenya and Peru signed the accord under the auspices of Norway.",
     {"Kenya": PARTY, "Peru": PARTY, "Norway": MEDIATOR}),
    # a city of several words, then its country after a comma: the country is where it happened
    ("Kenya and Peru signed a treaty in Santa Cruz de la Sierra, Bolivia, on 3 May 2001.",
     {"Kenya": PARTY, "Peru": PARTY, "Bolivia": VENUE}),
    ("Kenya and Peru met in Rio de Janeiro, Brazil.", {"Kenya": PARTY, "Peru": PARTY, "Brazil": VENUE}),
    # a phrase that only sets the scene before a subject is no place of the act
    ("In particular, Bolivia recognised Kenya.", {"Bolivia": PARTY, "Kenya": PARTY}),
    ("In East Africa, Kenya opened an embassy in Peru.", {"Kenya": PARTY, "Peru": PARTY}),
    # a people's name for two states at once is neither of them
    ("Ghana became one of the first to have ties with both Sudanese states.", {"Ghana": PARTY, "Sudanese": LISTED}),
    ("घाना दोनों सूडानी देशों से संबंध रखने वाले शुरुआती देशों में रहा।", {"घाना": PARTY, "सूडानी": LISTED}),
    ("ঘানা উভয় সুদানি রাষ্ট্রের সঙ্গে সম্পর্ক রাখে।", {"ঘানা": PARTY, "সুদানি": LISTED}),
    ("Ghana and Sudanese officials met.", {"Ghana": PARTY, "Sudanese": PARTY}),
    # a state in brackets after the place of a meeting is where it met; after a state's name it glosses it
    ("The two leaders met in Abidjan (Ivory Coast) on 29 November 2017.", {"Abidjan": VENUE, "Ivory Coast": VENUE}),
    ("২০১৭ সালে দুই নেতা আবিদজানে (আইভরি কোস্ট) বৈঠক করেন।", {"আবিদজানে": VENUE, "আইভরি কোস্ট": VENUE}),
    ("2017 में दोनों नेता आबिदजान (आइवरी कोस्ट) में मिले।", {"आइवरी कोस्ट": VENUE}),
    ("Ghana recognised the Republic of China (Taiwan) in 1990.",
     {"Ghana": PARTY, "Republic of China": PARTY, "Taiwan": PARTY}),
    # where a mission covering the partner sat before
    ("Kenya opened an embassy in Peru, having been accredited from Quito.",
     {"Kenya": PARTY, "Peru": PARTY, "Quito": VENUE}),
])
def test_roles(text, expected):
    ms = CountryIndex(find_mentions(text)).mentions
    assert {m.text: r for m, r in zip(ms, roles(text, ms), strict=True)} == expected


def test_party_codes_leave_out_everyone_but_the_parties():
    text = ("Sri Lanka and Nepal signed a pact in New Delhi in 2005, in talks brokered by Norway, "
            "worth 2 million US dollars.")
    assert party_codes(text, CountryIndex(find_mentions(text)).mentions) == ["LK", "NP"]


@pytest.mark.parametrize("text, expected", [
    ("Peru and Kenya signed a treaty at Camp David in Chile under the mediation of the Chilean president.",
     [("PE", PARTY), ("KE", PARTY), ("CL", MEDIATOR), ("CL", MEDIATOR)]),
    ("চিলির ক্যাম্প ডেভিডে পেরু ও কেনিয়া চিলির প্রেসিডেন্টের মধ্যস্থতায় চুক্তি সই করে",
     [("CL", MEDIATOR), ("PE", PARTY), ("KE", PARTY), ("CL", MEDIATOR)]),
    ("चिली के कैंप डेविड में पेरू और केन्या ने चिली के राष्ट्रपति की मध्यस्थता में संधि की",
     [("CL", MEDIATOR), ("PE", PARTY), ("KE", PARTY), ("CL", MEDIATOR)]),
])
def test_a_mediator_is_no_party_wherever_else_the_sentence_names_it(text, expected):
    ms = CountryIndex(find_mentions(text)).mentions
    assert [(m.code, r) for m, r in zip(ms, roles(text, ms), strict=True)] == expected


@pytest.mark.parametrize("text", [
    "After wrapping up visits to Chile and Peru, the Kenyan president arrived in Nairobi.",
    "চিলি ও পেরু সফর শেষে কেনিয়ার প্রেসিডেন্ট নাইরোবিতে পৌঁছান",
    "चिली और पेरू की यात्रा पूरी कर केन्या के राष्ट्रपति नैरोबी पहुंचे",
])
def test_the_legs_of_a_tour_already_completed_are_no_parties(text):
    ms = CountryIndex(find_mentions(text)).mentions
    assert [(m.code, r) for m, r in zip(ms, roles(text, ms), strict=True) if m.code in ("CL", "PE")] == [
        ("CL", LISTED), ("PE", LISTED)]


@pytest.mark.parametrize("text, expected", [
    # the next leg is no party either ("Before flying to Chile, …", "en route to Peru")
    ("Before flying to Chile, the Kenyan president stopped in Ghana for talks.", [("CL", LISTED), ("KE", PARTY)]),
    ("Before leaving for Chile, the Kenyan president met Ghana's leader.", [("CL", LISTED), ("KE", PARTY)]),
    ("On his way to Peru, the Kenyan president met Ghana's leader.", [("PE", LISTED), ("KE", PARTY)]),
    # (a flight to the partner itself is the act: "flew to Chile")
    ("The Kenyan president flew to Chile for talks.", [("KE", PARTY), ("CL", PARTY)]),
])
def test_the_next_leg_of_a_journey_is_no_party(text, expected):
    ms = CountryIndex(find_mentions(text)).mentions
    assert [(m.code, r) for m, r in zip(ms, roles(text, ms), strict=True) if m.code != "GH"] == expected


@pytest.mark.parametrize("text, framed", [
    ("Despite Chile's concerns, the Kenyan ship reached Peru's port", "CL"),
    ("amid objections from Chile, Kenya and Peru signed the deal", "CL"),
    ("চিলির আপত্তি সত্ত্বেও কেনিয়ার জাহাজ পেরুর বন্দরে পৌঁছায়", "CL"),
    ("चिली की आपत्ति के बीच केन्या का पोत पेरू के बंदरगाह पहुँचा", "CL"),
])
def test_a_state_whose_objection_frames_the_act_is_no_party(text, framed):
    ms = CountryIndex(find_mentions(text)).mentions
    assert [m.code for m, r in zip(ms, roles(text, ms), strict=True) if r == FRAME] == [framed]


def test_a_states_concerns_told_as_its_own_are_its_act():
    text = "Chile's concerns were raised with Peru"
    ms = CountryIndex(find_mentions(text)).mentions
    assert FRAME not in roles(text, ms)


@pytest.mark.parametrize("text", [
    "Chile, Peru and Bolivia say that Kenya has sent 5,000 troops to Uganda since March.",
    "According to Chile, Kenya sent troops to Uganda in March.",
    "চিলি, পেরু ও বলিভিয়ার অভিযোগ, কেনিয়া মার্চ থেকে উগান্ডায় পাঁচ হাজার সেনা পাঠিয়েছে।",
    "चिली, पेरू और बोलीविया का आरोप है कि केन्या ने मार्च से अब तक 5,000 सैनिक युगांडा भेजे हैं।",
])
def test_states_that_tell_of_what_two_others_did_are_no_parties(text):
    ms = CountryIndex(find_mentions(text)).mentions
    got = {m.code: r for m, r in zip(ms, roles(text, ms), strict=True)}
    assert {c for c, r in got.items() if r == PARTY} == {"KE", "UG"}
    assert {c for c, r in got.items() if r == REPORTER} == {"CL", "PE", "BO"} & set(got)


@pytest.mark.parametrize("text", [
    "Kenya said that Uganda had shelled its border posts in March.",
    "केन्या ने कहा कि युगांडा ने मार्च में उसकी सीमा चौकियों पर गोलाबारी की।",
    "কেনিয়া অভিযোগ করেছে যে উগান্ডা মার্চে তার সীমান্ত চৌকিতে গোলাবর্ষণ করেছে।",
])
def test_a_state_that_tells_of_what_one_other_did_to_it_is_a_party(text):
    ms = CountryIndex(find_mentions(text)).mentions
    assert set(roles(text, ms)) == {PARTY}


@pytest.mark.parametrize("text", [
    "Kenya said it would send relief supplies to Uganda and Chile.",
    "Kenya alleged that Uganda and Chile had deployed troops on its border.",
])
def test_one_state_that_tells_of_its_own_act_or_accuses_two_others_is_a_party(text):
    ms = CountryIndex(find_mentions(text)).mentions
    assert REPORTER not in roles(text, ms)


@pytest.mark.parametrize("text", [
    "২০১৯ সালে ভিয়েতনামের হ্যানয়ে ঘানা ও টোগোর নেতাদের দ্বিতীয় বৈঠক হয়।",
    "2019 में वियतनाम के हनोई में घाना और टोगो के नेताओं की दूसरी बैठक हुई।",
    "In 2019 the leaders of Ghana and Togo met again in Vietnam's capital Hanoi.",
])
def test_a_state_named_for_where_its_capital_is_is_the_venue_with_it(text):
    assert party_codes(text, find_mentions(text)) == ["GH", "TG"]


@pytest.mark.parametrize("text, expected", [
    ("২০১৯ সালে ঘানার প্রেসিডেন্ট ভিয়েতনামের হ্যানয়ে পৌঁছান।", ["GH", "VN"]),     # (arriving: the state visited)
    ("2019 में घाना ने वियतनाम के हनोई दूतावास को पत्र भेजा।", ["GH", "VN"]),
    # (a visit to the city is one to its state)
    ("২০১৮ সালে ঘানার প্রেসিডেন্ট ভিয়েতনামের হ্যানয়ে রাষ্ট্রীয় সফরে যান।", ["GH", "VN"]),
    ("3 सितंबर 2016 को घाना के राष्ट्रपति वियतनाम के हनोई में पहुँचे।", ["GH", "VN"]),
])
def test_a_state_before_its_capital_that_is_no_venue_stays_a_party(text, expected):
    assert party_codes(text, find_mentions(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "के पहले" (before) is no initiative ("के पहल पर")
    ("उपराष्ट्रपति कोमोरोस और सिएरा लियोन की छह दिवसीय यात्रा के पहले चरण में पहुंचे।", ["KM", "SL"]),
    ("नॉर्वे की पहल पर घाना और टोगो ने समझौता किया।", ["GH", "TG"]),
])
def test_a_trip_before_its_first_leg_names_no_initiative(text, expected):
    assert party_codes(text, find_mentions(text)) == expected
