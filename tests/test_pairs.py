"""pairs.assign: the frame of a document (one pair or a hub) and the partner of
each passage, on texts written for these tests in the three languages."""

from __future__ import annotations

import pytest

from relations_desktop.corpus.countries import CountryIndex, find_mentions
from relations_desktop.corpus.gazetteer import country_name, sovereign_codes
from relations_desktop.corpus.hubs import hub_of_line
from relations_desktop.corpus.pairs import Assignment, Parties, assign
from relations_desktop.corpus.sentences import split_sentences
from relations_desktop.corpus.structure import BODY, HATNOTE, HEADING, TITLE, analyse
from tests.text_helpers import processed


def assignment(text: str, kind: str = "encyclopedia") -> Assignment:
    st = analyse(text)
    sentences = {i: split_sentences(text, b.start, b.end) for i, b in enumerate(st.blocks)
                 if b.kind in BODY or b.kind in (HEADING, TITLE, HATNOTE)}
    index = CountryIndex(find_mentions(text))
    return assign(text, st.blocks, sentences, index, st.title, kind, Parties(text, index))


def passage_pairs(text: str, kind: str = "encyclopedia") -> list[tuple[str, tuple[str, str]]]:
    a = assignment(text, kind)
    st = analyse(text)
    return [(text[st.blocks[i].start:st.blocks[i].end][:12], pair) for i, pair in sorted(a.block_pairs.items())]


def test_a_titled_bilateral_article_is_about_its_pair_alone():
    text = ("Kenya–Tanzania relations\n\n"
            "Kenya and Tanzania established diplomatic relations in 1964.\n\n"
            "In 1977 the border was closed after the East African Community collapsed; Uganda was also affected.\n")
    a = assignment(text)
    assert a.doc_pair == ("KE", "TZ") and a.titled and a.hub is None
    assert set(a.block_pairs.values()) == {("KE", "TZ")}


def test_without_a_title_the_pair_named_together_most_wins():
    text = ("নেপাল ও শ্রীলঙ্কার মধ্যে ১৯৫৭ সালে কূটনৈতিক সম্পর্ক স্থাপিত হয়। ভারত ও চীনের মতো বড় প্রতিবেশীর "
            "মাঝে দুই দেশই ছোট রাষ্ট্র। নেপালের রাজা ১৯৭৫ সালে শ্রীলঙ্কা সফর করেন। শ্রীলঙ্কা নেপালকে ২০১৫ সালে ত্রাণ পাঠায়।\n")
    a = assignment(text)
    assert a.doc_pair == ("LK", "NP") and not a.titled


@pytest.mark.parametrize("text, expected", [
    ("Fiji halts Tonga aid over Japan loans\n\n"
     "Fiji has halted aid to Tonga, citing loans Tonga took from Japan. Fiji's minister spoke on Monday. "
     "Tonga's king replied on Tuesday. Japan established diplomatic relations with Tonga in 1970 and "
     "signed a fisheries agreement with Tonga in 1985.\n", ("FJ", "TO")),
    ("ঘানা চীনের ঋণ নিয়ে টোগোর সহায়তা বন্ধ করল\n\n"
     "ঘানা টোগোকে সহায়তা বন্ধ করেছে, কারণ টোগো চীন থেকে ঋণ নিয়েছে। ঘানার মন্ত্রী সোমবার কথা বলেন। "
     "টোগোর প্রেসিডেন্ট মঙ্গলবার জবাব দেন। চীন ও টোগোর মধ্যে ১৯৭২ সালে কূটনৈতিক সম্পর্ক স্থাপিত হয় এবং "
     "চীন টোগোর সঙ্গে ১৯৮৫ সালে চুক্তি করে।\n", ("GH", "TG")),
    ("नेपाल ने चीन के कर्ज़ को लेकर श्रीलंका की मदद रोकी\n\n"
     "नेपाल ने श्रीलंका को मदद रोक दी है, क्योंकि श्रीलंका ने चीन से कर्ज़ लिया। नेपाल के मंत्री ने सोमवार को बयान दिया। "
     "श्रीलंका के राष्ट्रपति ने मंगलवार को जवाब दिया। चीन और श्रीलंका के बीच 1957 में राजनयिक संबंध स्थापित हुए और "
     "चीन ने श्रीलंका के साथ 1985 में समझौता किया।\n", ("LK", "NP")),
])
def test_a_title_naming_three_states_is_about_the_two_that_act(text, expected):
    # (the relations of the state it is about with one of them, told in the body, do not outweigh the headline's pair)
    assert assignment(text, "news").doc_pair == expected


def test_a_venue_and_a_mediator_are_never_the_pair():
    text = ("१९९९ में पाकिस्तान के लाहौर में आयोजित सम्मेलन में नेपाल ने भूटान को मान्यता दी। "
            "चीन की मध्यस्थता में नेपाल और भूटान ने 2001 में समझौता किया। भूटान और नेपाल के संबंध अच्छे हैं।\n")
    assert assignment(text).doc_pair == ("BT", "NP")


def test_foreign_relations_article_is_a_hub_with_one_partner_per_passage():
    text = ("Foreign relations of Ghana\n\n"
            "Ghana maintains relations with many states.\n\n"
            "Togo\n\n"
            "Relations began in 1960 and the border was reopened in 1994.\n\n"
            "Main article: Ghana–Nigeria relations\n\n"
            "The two states signed a trade pact in 1977.\n\n"
            "Burkina Faso\n\n"
            "Ghana and Burkina Faso agreed on a power line in 2010.\n")
    a = assignment(text)
    assert a.hub == "GH"
    assert [p for _t, p in passage_pairs(text)] == [("GH", "TG"), ("GH", "NG"), ("BF", "GH")]


def test_headings_that_each_name_one_partner_make_a_hub():
    text = ("भारत और उसके पड़ोसी: एक परिचय\n\n"
            "भारत के अपने पड़ोसियों से पुराने संबंध हैं।\n\n"
            "नेपाल\n\n"
            "1950 में दोनों देशों ने शांति और मैत्री संधि पर हस्ताक्षर किए।\n\n"
            "मालदीव\n\n"
            "1965 में राजनयिक संबंध स्थापित हुए।\n")
    a = assignment(text)
    assert a.hub == "IN"
    assert [p for _t, p in passage_pairs(text)][-2:] == [("IN", "NP"), ("IN", "MV")]


@pytest.mark.parametrize("text", [
    ("Exam Notes\n\nGhana and West Africa: facts for exams\n\nThese notes list facts country by country.\n\n"
     "Togo\n\nIn 1960 Ghana opened an embassy in Lomé. Ghana and Togo signed a border pact in 1999. Mali and "
     "Togo signed a pact in 2001.\n\nNigeria\n\nIn 1960 Ghana and Nigeria established relations. Mali joined "
     "later.\n\nBenin\n\nIn 1961 Ghana and Benin established relations. Benin and Mali held talks in 1975.\n"),
    ("परीक्षा नोट्स\n\nघाना और पश्चिम अफ्रीका: परीक्षा के तथ्य\n\nनीचे देशवार नोट्स हैं।\n\n"
     "टोगो\n\n1960 में घाना ने लोमे में दूतावास खोला। घाना और टोगो ने 1999 में सीमा समझौता किया। माली और टोगो "
     "ने 2001 में समझौता किया।\n\nनाइजीरिया\n\n1960 में घाना और नाइजीरिया ने संबंध स्थापित किए। माली बाद में "
     "जुड़ा।\n\nबेनिन\n\n1961 में घाना और बेनिन ने संबंध स्थापित किए। 1975 में बेनिन और माली ने वार्ता की।\n"),
])
def test_a_heading_above_the_body_names_the_hub_of_a_page_of_partner_headings(text):
    """The page's own heading names the hub even though it names it alone, as a partner's
    heading would; a country named more often in passing than any partner is not the hub."""
    assert assignment(text).hub == "GH"


def test_numbered_partner_names_over_their_bullets_head_a_hubs_passages():
    text = ("Exam notes\n\nIndia and the western Balkans: facts\n\nThese notes cover three countries.\n\n"
            "1. Serbia\n• India and Serbia signed a visa pact in 2023.\n\n2. Montenegro\n• India recognised "
            "Montenegro in 2006.\n\n3. Croatia\n• Croatia opened an embassy in New Delhi in 1996.\n")
    a = assignment(text)
    assert a.hub == "IN"
    assert [p for t, p in passage_pairs(text) if t.startswith("•")] == [("IN", "RS"), ("IN", "ME"), ("HR", "IN")]


@pytest.mark.parametrize("text, pairs", [
    ("Ghana–Africa relations: facts for exams (Part 3)\nPosted by the GK desk | Category: world\n\n"
     "These notes cover three small states.\n\n1. Togo\n• Ghana opened an embassy in Lomé in 1960.\n\n"
     "2. Benin\n• In 1961 Ghana and Benin established relations.\n\n3. Niger\n• The Ghanaian president visited "
     "Niger in 2019, after a stop in Mali.\n\nNext part: Ghana–East Africa relations »\n",
     [("BJ", "GH"), ("GH", "NE"), ("GH", "TG")]),
    ("घाना–अफ्रीका संबंध: परीक्षा के लिए तथ्य (भाग-3)\nPosted by GK डेस्क | श्रेणी: विश्व\n\n"
     "इन नोट्स में तीन छोटे देश हैं।\n\n1. टोगो\n• घाना ने 1960 में लोमे में दूतावास खोला।\n\n2. बेनिन\n"
     "• 1961 में घाना और बेनिन ने राजनयिक संबंध स्थापित किए।\n\n3. नाइजर\n• माली में रुकने के बाद घाना के राष्ट्रपति ने "
     "2019 में नाइजर की यात्रा की।\n\nअगला भाग: घाना–पूर्वी अफ्रीका संबंध »\n",
     [("BJ", "GH"), ("GH", "NE"), ("GH", "TG")]),
    ("ঘানা–আফ্রিকা সম্পর্ক: পরীক্ষার জন্য তথ্য (পর্ব ৩)\nPosted by GK ডেস্ক | বিষয়শ্রেণী: বিশ্ব\n\n"
     "এই নোটে তিনটি ছোট দেশ আছে।\n\n১. টোগো\n• ঘানা ১৯৬০ সালে লোমেতে দূতাবাস খোলে।\n\n২. বেনিন\n"
     "• ১৯৬১ সালে ঘানা ও বেনিন কূটনৈতিক সম্পর্ক স্থাপন করে।\n\n৩. নাইজার\n• মালিতে যাত্রাবিরতির পর ঘানার প্রেসিডেন্ট "
     "২০১৯ সালে নাইজার সফর করেন।\n\nপরবর্তী পর্ব: ঘানা–পূর্ব আফ্রিকা সম্পর্ক »\n",
     [("BJ", "GH"), ("GH", "NE"), ("GH", "TG")]),
])
def test_a_series_parts_title_names_the_hub_and_its_next_part_link_names_no_partner(text, pairs):
    # ("(Part 3)" closes a title, not a sentence; "Next part: Ghana–…" is a link, not a partner's heading)
    a = assignment(text)
    assert a.hub == "GH"
    assert sorted({p for _t, p in passage_pairs(text)}) == pairs


@pytest.mark.parametrize("text", [
    ("Border disputes: notes for exams\n\nDisputes come up in every exam.\n\n1. Hans Island (Canada vs Denmark)\n"
     "In 1984 a Danish minister planted a flag there and Canada protested.\n\n2. Lake Nyasa/Malawi (Malawi and "
     "Tanzania)\nIn 2012 Tanzania objected to Malawi's oil survey of the lake.\n"),
    ("সীমান্ত বিরোধ: পরীক্ষার নোট\n\nপ্রতিটি পরীক্ষায় এ প্রশ্ন আসে।\n\n১. হান্স দ্বীপ (কানাডা বনাম ডেনমার্ক)\n"
     "১৯৮৪ সালে এক ডেনিশ মন্ত্রী সেখানে পতাকা পোঁতেন এবং কানাডা প্রতিবাদ জানায়।\n\n২. নিয়াসা/মালাউই হ্রদ (মালাউই ও "
     "তানজানিয়া)\n২০১২ সালে হ্রদে মালাউইর তেল অনুসন্ধানে তানজানিয়া আপত্তি জানায়।\n"),
    ("सीमा विवाद: परीक्षा नोट्स\n\nहर परीक्षा में यह प्रश्न आता है।\n\n1. हंस द्वीप (कनाडा बनाम डेनमार्क)\n"
     "1984 में एक डेनिश मंत्री ने वहाँ झंडा गाड़ा और कनाडा ने विरोध जताया।\n\n2. न्यासा/मलावी झील (मलावी और "
     "तंज़ानिया)\n2012 में तंज़ानिया ने झील में मलावी के तेल सर्वेक्षण पर आपत्ति जताई।\n"),
])
def test_numbered_sections_named_for_a_place_with_its_two_parties_in_brackets_are_about_them(text):
    assert [e.pair for e in processed(text).events if e.date] == [("CA", "DK"), ("MW", "TZ")]


@pytest.mark.parametrize("text", [
    ('घाना और अफ्रीका: परीक्षा के तथ्य\n\nइन नोट्स में दो देश हैं।\n\n1. टोगो\n• घाना ने 1960 में लोमे में '
     'दूतावास खोला।\n• अप्रैल 2018 में घाना के राष्ट्रपति टोगो की यात्रा पर गए।\n\n2. एस्वातिनी (पूर्व नाम: '
     'स्वाज़ीलैंड)\n• इसी यात्रा के अगले चरण में राष्ट्रपति अप्रैल 2018 में स्वाज़ीलैंड पहुँचे।\n• अक्टूबर '
     '2015 में राजा म्स्वाति ने अकरा का दौरा किया।\n'),
    ('Ghana and Africa: facts for exams\n\nThese notes cover two states.\n\n1. Togo\n• Ghana opened an '
     'embassy in Lomé in 1960.\n• In April 2018 the Ghanaian president visited Togo.\n\n2. Eswatini '
     '(formerly: Swaziland)\n• On the next leg of the same tour the president arrived in Swaziland in April '
     '2018.\n• In October 2015 King Mswati visited Accra.\n'),
    ('ঘানা ও আফ্রিকা: পরীক্ষার তথ্য\n\nএই নোটে দুটি দেশ আছে।\n\n১. টোগো\n• ঘানা ১৯৬০ সালে লোমেতে দূতাবাস '
     'খোলে।\n• ২০১৮ সালের এপ্রিলে ঘানার প্রেসিডেন্ট টোগো সফর করেন।\n\n২. এসওয়াতিনি (পূর্বনাম: '
     'সোয়াজিল্যান্ড)\n• একই সফরের পরের ধাপে প্রেসিডেন্ট ২০১৮ সালের এপ্রিলে সোয়াজিল্যান্ডে পৌঁছান।\n• ২০১৫ '
     'সালের অক্টোবরে রাজা মসোয়াতি আক্রা সফর করেন।\n'),
])
def test_a_colon_inside_a_numbered_headings_brackets_makes_no_key(text):
    # ("2. Eswatini (formerly: Swaziland)" heads its section; it is no key "Eswatini (formerly" with a value)
    pairs = [e.pair for e in processed(text).events if e.date]
    assert pairs == [("GH", "TG"), ("GH", "TG"), ("GH", "SZ"), ("GH", "SZ")]


@pytest.mark.parametrize("text", [
    ('Foreign relations of Ghana\n\nOther African states\n|Country|Formal relations began|Notes|\n|Togo|4 '
     'October 1966|Both are members of ECOWAS|\n|Benin|25 June 1975|See above|\n|Niger|21 March 1990|See '
     'above|\n'),
    ('ঘানার বৈদেশিক সম্পর্ক\n\nঅন্যান্য আফ্রিকান দেশ\n|দেশ|আনুষ্ঠানিক সম্পর্ক শুরু|টীকা|\n|টোগো|৪ অক্টোবর '
     '১৯৬৬|উভয়েই ইকোওয়াসের সদস্য|\n|বেনিন|২৫ জুন ১৯৭৫|উপরে দেখুন|\n|নাইজার|২১ মার্চ ১৯৯০|উপরে দেখুন|\n'),
    ('घाना के विदेश संबंध\n\nअन्य अफ्रीकी देश\n|देश|औपचारिक संबंध शुरू|टिप्पणी|\n|टोगो|4 अक्टूबर 1966|दोनों '
     'इकोवास के सदस्य हैं|\n|बेनिन|25 जून 1975|ऊपर देखें|\n|नाइजर|21 मार्च 1990|ऊपर देखें|\n'),
])
def test_a_table_rows_note_on_a_shared_membership_leaves_its_columns_date_to_the_column(text):
    # ("| Togo | 4 October 1966 | Both are members of ECOWAS |": the date is the relations column's)
    assert [(e.date, e.pair) for e in processed(text).events if e.date] == [
        ("1966-10-04", ("GH", "TG")), ("1975-06-25", ("BJ", "GH")), ("1990-03-21", ("GH", "NE"))]


def test_a_first_heading_that_is_only_a_partners_name_is_that_partners_label():
    text = ("Study notes\n\nKenya\n\nIn 1963 Ghana and Kenya established relations. Ghana opened an embassy in "
            "Nairobi in 1970.\n\nTogo\n\nIn 1960 Ghana and Togo established relations.\n\nBenin\n\nIn 1961 "
            "Ghana and Benin established relations.\n")
    assert assignment(text).hub == "GH"


@pytest.mark.parametrize("headline", [
    "Minister arrives in Lima to strengthen ties with Andean countries",     # a heading
    "Minister arrives in Lima, stresses stronger ties with Andean countries",  # a paragraph
])
def test_a_news_storys_headline_subheads_and_related_links_make_no_hub(headline):
    text = ("Daily Wire\n\n" + headline + "\n\n"
            "LIMA, 14 May (PTI) The Chilean foreign minister reached Lima on Monday. After Peru he will go to "
            "Bolivia on 17 May.\n\nChile and Peru established relations in 1962.\n\n"
            "First visit to Bolivia too\n\nChile and Bolivia signed a trade agreement in 1999.\n\n"
            "Related news\n\n» Ecuador team announced for the cup\n")
    a = assignment(text, "news")
    assert a.hub != "PE"


def test_table_rows_name_their_partner():
    text = ("Recognitions of Namibia\n\n"
            "Country | Date of recognition\n"
            "---|---\n"
            "Angola | 21 March 1990 |\n"
            "Zambia | 21 March 1990 |\n"
            "Kenya | 22 March 1990 |\n")
    a = assignment(text)
    assert a.hub == "NA"
    assert [p for _t, p in passage_pairs(text)] == [("AO", "NA"), ("NA", "ZM"), ("KE", "NA")]


def test_a_lead_pairing_one_country_with_a_list_makes_it_the_hub():
    text = ("প্রধানমন্ত্রীর সফর\n\n"
            "প্রধানমন্ত্রীর কাতার ও কুয়েত সফর উপসাগরীয় অঞ্চলের সঙ্গে বাংলাদেশের সম্পর্ক জোরদার করবে।\n\n"
            "এর আগে ২০১৯ সালে তিনি কুয়েত সফর করেছিলেন।\n")
    a = assignment(text, "news")
    assert a.hub == "BD"
    assert set(a.stated_pairs) == {("BD", "QA"), ("BD", "KW")}


# ----- hubs from a title about one country's relations with many (corpus.hubs)

_MANY_TITLES = {
    "en": ["{}'s diplomatic relations with various countries", "Relations of {} with other countries"],
    "bn": ["অন্যান্য রাষ্ট্রের সাথে {}-এর দ্বিপক্ষীয় সম্পর্কসমূহ", "বিভিন্ন দেশের সাথে {}-এর সম্পর্ক",
           "{}-এর সাথে কূটনৈতিক সম্পর্ক আছে এমন দেশের তালিকা"],
    "hi": ["{} के अन्य राष्ट्रों से कूटनीतिक रिश्ते", "विभिन्न देशों के साथ {} के संबंध", "{} और विभिन्न देश: संबंध"],
}


@pytest.mark.parametrize("lang", sorted(_MANY_TITLES))
def test_a_title_on_relations_with_many_countries_makes_any_country_the_hub(lang):
    wrong = []
    for form in _MANY_TITLES[lang]:
        for code in sovereign_codes():
            line = form.format(country_name(code, lang))
            got = hub_of_line(line, 0, len(line), Parties(line, CountryIndex(find_mentions(line))))
            if got != code:
                wrong.append((line, got))
    assert wrong == []


@pytest.mark.parametrize("line", [
    "Ties of the two nations over time",
    "Kenya–Tanzania relations",
    "Kenya's relations with the United Nations",
    "দুই দেশের মধ্যকার সম্পর্কের ইতিহাস",
    "दोनों राष्ट्रों के रिश्तों का इतिहास",
    "Kenya's trade with various countries",            # no relations
])
def test_a_title_on_one_pair_or_without_many_countries_makes_no_hub(line):
    assert hub_of_line(line, 0, len(line), Parties(line, CountryIndex(find_mentions(line)))) is None


@pytest.mark.parametrize("text, hub, rows", [
    ("GK Notes Online\n\n"
     "Kenya's diplomatic relations with various countries at a glance\n\n"
     "Kenya lies next to Uganda. Uganda is its largest trading partner, and Uganda and Kenya share a long "
     "border.\n\n"
     "| Country | Established | Note |\n|---|---|---|\n"
     "| Chile | 1968 | Accredited from Kampala, Uganda |\n"
     "| Fiji | 4 May 1979 | Accredited from Kampala, Uganda |\n"
     "| Norway | 1966 | |\n",
     "KE", [("CL", "KE"), ("FJ", "KE"), ("KE", "NO")]),
    ("সাধারণ জ্ঞান\n\n"
     "এক নজরে কেনিয়ার বহু দেশের সাথে দূতাবাস পর্যায়ের সম্পর্ক\n\n"
     "কেনিয়া উগান্ডার প্রতিবেশী। উগান্ডা কেনিয়ার সবচেয়ে বড় বাণিজ্য অংশীদার। উগান্ডা ও কেনিয়ার মধ্যে দীর্ঘ সীমান্ত।\n\n"
     "১. চিলি – ১৯৬৮ সালে কূটনৈতিক সম্পর্ক স্থাপিত হয় (উগান্ডায় অবস্থিত দূতাবাসের মাধ্যমে)\n"
     "২. ফিজি – ১৯৭৯ সালের ৪ মে কূটনৈতিক সম্পর্ক স্থাপিত হয় (উগান্ডায় অবস্থিত দূতাবাসের মাধ্যমে)\n"
     "৩. নরওয়ে – ১৯৬৬ সালে কূটনৈতিক সম্পর্ক স্থাপিত হয়\n",
     "KE", [("CL", "KE"), ("FJ", "KE"), ("KE", "NO")]),
    ("सामान्य ज्ञान पोर्टल\n"
     "केन्या के विश्व के देशों से राजनयिक संबंध: एक तालिका (परीक्षा हेतु)\n\n"
     "केन्या युगांडा का पड़ोसी है। युगांडा के साथ उसके संबंध सबसे घनिष्ठ हैं और युगांडा उसका सबसे बड़ा व्यापारिक साझेदार है।\n\n"
     "| देश | वर्ष | टिप्पणी |\n|---|---|---|\n"
     "| चिली | 1968 | संबंध स्थापित; युगांडा स्थित दूतावास से |\n"
     "| फिजी | 4 मई 1979 | संबंध स्थापित; युगांडा स्थित दूतावास से |\n"
     "| नॉर्वे | 1966 | संबंध स्थापित |\n",
     "KE", [("CL", "KE"), ("FJ", "KE"), ("KE", "NO")]),
])
def test_a_hub_titled_by_its_relations_with_many_countries_pairs_each_row_with_it(text, hub, rows):
    a = assignment(text)
    assert a.hub == hub
    assert [p for _t, p in passage_pairs(text)][-3:] == rows
    # a third state in a row's note is no partner of the hub
    assert set(a.stated_pairs) <= {*rows, ("KE", "UG")}


@pytest.mark.parametrize("text", [
    ("Exam Corner | World Affairs\nKenya's bilateral relations: key facts (part 3)\n"
     "Published: 03/07/2024 | 1984 views\n\n"
     "Dear readers, today we give facts on Kenya's ties with three countries. "
     "Remember: Kenya joined the UN in 1963.\n\n"
     "◼ Ghana\n• Recognised Kenya: 12 December 1963.\n• The Ghanaian president visited Nairobi in 1975.\n\n"
     "◼ Chile\n• Chile opened an embassy in Nairobi in 2004.\n\n◼ Peru\n• Peru and Kenya signed a treaty in 2012.\n"),
    ("পরীক্ষা কর্নার | আন্তর্জাতিক বিষয়\nকেনিয়ার দ্বিপাক্ষিক সম্পর্ক: গুরুত্বপূর্ণ তথ্য (পর্ব-৩)\n"
     "প্রকাশ: ০৩/০৭/২০২৪ | পোস্টটি ১৯৮৪ বার দেখা হয়েছে\n\n"
     "প্রিয় পাঠক, আজ তিনটি দেশের সঙ্গে কেনিয়ার সম্পর্কের তথ্য দেওয়া হলো। মনে রাখুন: কেনিয়া ১৯৬৩ সালে জাতিসংঘের "
     "সদস্য হয়।\n\n"
     "◼ ঘানা\n• কেনিয়াকে স্বীকৃতি দেয়: ১৯৬৩ সালের ১২ই ডিসেম্বর।\n• ঘানার প্রেসিডেন্ট ১৯৭৫ সালে নাইরোবি সফর করেন।\n\n"
     "◼ চিলি\n• চিলি ২০০৪ সালে নাইরোবিতে দূতাবাস খোলে।\n\n◼ পেরু\n• পেরু ও কেনিয়া ২০১২ সালে চুক্তি সই করে।\n"),
    ("परीक्षा कॉर्नर | विश्व मामले\nकेन्या के द्विपक्षीय संबंध: महत्वपूर्ण तथ्य (भाग-3)\n"
     "Last Updated: 12 जनवरी 2024 | 1975 Views\n\n"
     "प्रिय पाठको, आज तीन देशों के साथ केन्या के संबंधों के तथ्य दिए गए हैं। याद रखें, केन्या 1963 में संयुक्त राष्ट्र का "
     "सदस्य बना।\n\n"
     "🔹 घाना\n• केन्या और घाना के बीच 1961 में राजनयिक संबंध स्थापित हुए।\n• घाना के राष्ट्रपति 1975 में केन्या की यात्रा "
     "पर गए।\n\n🔹 चिली\n• चिली ने 2004 में नैरोबी में दूतावास खोला।\n\n🔹 पेरू\n• पेरू और केन्या ने 2012 में "
     "व्यापार समझौता किया।\n"),
])
def test_a_page_on_one_countrys_bilateral_relations_under_a_sites_masthead_is_its_hub(text):
    a = assignment(text)
    assert a.hub == "KE"
    assert sorted(set(a.block_pairs.values())) == [("CL", "KE"), ("GH", "KE"), ("KE", "PE")]


@pytest.mark.parametrize(("text", "answered"), [
    ("Which state first recognised Ukraine?\nAnswer: Poland", "Poland"),        # the answer opens a line
    ("Which state first recognised Ukraine? Ans. Poland", "Poland"),          # or follows the question mark
    ("কোন দেশ প্রথম স্বীকৃতি দেয়?\nউত্তর: ভারত", "ভারত"),
    ("किस देश ने पहले मान्यता दी? उत्तर: नेपाल", "नेपाल"),
    ("The answer: Poland recognised Ukraine first.", None),                  # mid-line it is no answer
])
def test_a_quiz_answer_opens_a_line_or_follows_the_question(text, answered):
    from relations_desktop.corpus.sections import asked_and_answered
    from relations_desktop.corpus.structure import PARA, Block
    asked = asked_and_answered(text, Block(PARA, 0, len(text)))
    assert (asked and text[slice(*asked[1])].strip()) == answered



def test_a_block_that_opens_with_the_answer_after_a_line_break_is_answered():
    from relations_desktop.corpus.sections import asked_and_answered
    from relations_desktop.corpus.structure import PARA, Block
    text = "Which state first recognised Ukraine?\nAnswer: Poland"
    start = text.index("Answer")
    asked = asked_and_answered(text, Block(PARA, start, len(text)))
    assert asked is not None and text[slice(*asked[1])].strip() == "Poland"
    assert asked_and_answered("x" + text[start:], Block(PARA, 1, len(text) - start + 1)) is None


@pytest.mark.parametrize("text", [
    "Foreign relations of Togo\n\nGhana\nOn 1 July 2019 Togo's president visited Benin. The two countries "
    "signed nine agreements on 4 July 2019.\n",
    "টোগোর বৈদেশিক সম্পর্ক\n\nঘানা\n২০১৯ সালের ১ জুলাই টোগোর প্রেসিডেন্ট বেনিন সফর করেন। ২০১৯ সালের ৪ জুলাই দুই দেশ "
    "নয়টি চুক্তি সই করে।\n",
    "टोगो के विदेश संबंध\n\nघाना\n1 जुलाई 2019 को टोगो के राष्ट्रपति ने बेनिन की यात्रा की। 4 जुलाई 2019 को दोनों देशों ने "
    "नौ समझौतों पर हस्ताक्षर किए।\n",
])
def test_the_two_countries_are_the_pair_of_the_sentence_before_even_in_another_partners_section(text):
    assert {e.pair for e in processed(text).events if e.date == "2019-07-04"} == {("BJ", "TG")}


@pytest.mark.parametrize("text", [
    "Foreign relations of Togo\n\nGhana\nIn 1960 Ghana and Benin recognised Togo. In 2017 a standoff took place "
    "between Ghanaian and Beninese troops.\n",
    "টোগোর বৈদেশিক সম্পর্ক\n\nঘানা\n১৯৬০ সালে ঘানা ও বেনিন টোগোকে স্বীকৃতি দেয়। ২০১৭ সালে ঘানার ও বেনিনের সৈন্যদের মধ্যে "
    "অচলাবস্থা চলে।\n",
    "टोगो के विदेश संबंध\n\nघाना\n1960 में घाना और बेनिन ने टोगो को मान्यता दी। 2017 में घाना और बेनिन के सैनिकों के बीच "
    "गतिरोध रहा।\n",
])
def test_an_act_between_two_partners_of_a_hub_is_no_act_with_the_hub(text):
    dated = {(e.date, e.pair) for e in processed(text).events if e.date}
    assert dated == {("1960", ("GH", "TG")), ("1960", ("BJ", "TG"))}


@pytest.mark.parametrize("text", [
    ("Ghana's shrinking reach in the region | GK Notes\nPosted: 4 May 2024 | Category: world\n\n"
     "Several neighbours have asked Ghanaian advisers to leave.\n\n1. Togo\n- In 2019 Ghana and Togo signed "
     "a border pact.\n\n2. Benin\n- In 2021 Benin expelled two Ghanaian diplomats.\n\n3. Niger\n- In 2022 Ghana "
     "sent grain to Niger.\n"),
    ("क्षेत्र में घटता घाना का प्रभाव | जीके नोट्स\nप्रकाशित: 4 मई 2024 | श्रेणी: विश्व\n\n"
     "कई पड़ोसियों ने घाना के सलाहकारों को लौटने को कहा है।\n\n1. टोगो\n- 2019 में घाना और टोगो ने सीमा समझौता किया।"
     "\n\n2. बेनिन\n- 2021 में बेनिन ने घाना के दो राजनयिकों को निष्कासित किया।\n\n3. नाइजर\n- 2022 में घाना ने "
     "नाइजर को अनाज भेजा।\n"),
    ("অঞ্চলে ঘানার কমতে থাকা প্রভাব | জিকে নোট\nপ্রকাশিত: ৪ মে ২০২৪ | বিভাগ: বিশ্ব\n\n"
     "কয়েকটি প্রতিবেশী দেশ ঘানার উপদেষ্টাদের চলে যেতে বলেছে।\n\n১. টোগো\n- ২০১৯ সালে ঘানা ও টোগো সীমান্ত চুক্তি করে।"
     "\n\n২. বেনিন\n- ২০২১ সালে বেনিন ঘানার দুই কূটনীতিককে বহিষ্কার করে।\n\n৩. নাইজার\n- ২০২২ সালে ঘানা "
     "নাইজারে খাদ্যশস্য পাঠায়।\n"),
])
def test_a_title_followed_by_its_sites_name_names_the_hub_of_partner_headings(text):
    # (read as a table's row, the title's "Ghana" was one more partner's label and no hub was found)
    assert assignment(text).hub == "GH"
    assert sorted({p for t, p in passage_pairs(text) if t.startswith("-")}) == [("BJ", "GH"), ("GH", "NE"),
                                                                                  ("GH", "TG")]


@pytest.mark.parametrize("text", [
    ("Morocco and West Africa: Morocco–Algeria rivalry, exam notes\n\nBoth seek friends in the region.\n\n"
     "1. Senegal\n- On 3 May 1990 Senegal and Morocco signed a fisheries pact.\n"
     "- On 9 June 1995 Senegal established relations with Algeria.\n\n"
     "2. Mali\n- In 2001 Morocco sent grain to Mali.\n- In 2004 Algeria lent Mali 20 million dollars.\n\n"
     "3. Niger\n- In 2010 Morocco opened an embassy in Niger.\n"),
    ("मोरक्को और पश्चिम अफ्रीका: मोरक्को–अल्जीरिया होड़, परीक्षा नोट्स\n\nदोनों इस क्षेत्र में मित्र खोजते हैं।\n\n"
     "1. सेनेगल\n- 3 मई 1990 को सेनेगल और मोरक्को ने मत्स्य समझौता किया।\n"
     "- 9 जून 1995 को सेनेगल ने अल्जीरिया के साथ राजनयिक संबंध स्थापित किए।\n\n"
     "2. माली\n- 2001 में मोरक्को ने माली को अनाज भेजा।\n- 2004 में अल्जीरिया ने माली को 2 करोड़ डॉलर का ऋण दिया।\n\n"
     "3. नाइजर\n- 2010 में मोरक्को ने नाइजर में दूतावास खोला।\n"),
    ("মরক্কো ও পশ্চিম আফ্রিকা: মরক্কো–আলজেরিয়া প্রতিদ্বন্দ্বিতা, পরীক্ষার নোট\n\nদুই দেশই এ অঞ্চলে বন্ধু খোঁজে।\n\n"
     "১. সেনেগাল\n- ১৯৯০ সালের ৩ মে সেনেগাল ও মরক্কো মৎস্য চুক্তি করে।\n"
     "- ১৯৯৫ সালের ৯ জুন সেনেগাল আলজেরিয়ার সঙ্গে কূটনৈতিক সম্পর্ক স্থাপন করে।\n\n"
     "২. মালি\n- ২০০১ সালে মরক্কো মালিতে খাদ্যশস্য পাঠায়।\n- ২০০৪ সালে আলজেরিয়া মালিকে ২ কোটি ডলার ঋণ দেয়।\n\n"
     "৩. নাইজার\n- ২০১০ সালে মরক্কো নাইজারে দূতাবাস খোলে।\n"),
])
def test_headings_naming_partners_under_a_title_naming_two_rivals_make_a_hub_of_one(text):
    # (the title's pair is no pair of the page: each section pairs its partner with the title's state
    # the sections keep naming, and the other one's dealings with a partner are told under their own pair)
    a = assignment(text)
    assert (a.hub, a.rival) == ("MA", "DZ")
    got = sorted((e.date, e.pair) for e in processed(text).events if e.date)
    assert got == [("1990-05-03", ("MA", "SN")), ("1995-06-09", ("DZ", "SN")), ("2001", ("MA", "ML")),
                   ("2004", ("DZ", "ML")), ("2010", ("MA", "NE"))]


def test_a_bilateral_articles_sections_on_third_states_make_no_hub():
    # (sections naming other states beside more words, or where neither state of the title is named,
    # leave the title's pair the page's)
    text = ("Morocco–Algeria relations\n\nThe two neighbours have long quarrelled.\n\nRole of France\n"
            "In 1963 France backed Morocco.\n\nSpain\nSpain stayed out.\n\nMali\nMali called for calm.\n\n"
            "Senegal\nSenegal called for talks.\n")
    a = assignment(text)
    assert a.hub is None and a.doc_pair == ("DZ", "MA")
