"""sentence_events and the passage model end to end: one event per date and partner, the
bilateral test, third states, dates carried by anaphora, one event per (date, type, pair).
Texts written for these tests in the three languages."""

from __future__ import annotations

import pytest

from relations_desktop.corpus.countries import CountryIndex, find_mentions
from relations_desktop.corpus.dates import find_dates
from relations_desktop.corpus.events import SentenceContext, sentence_events
from relations_desktop.corpus.gazetteer import founded_years
from relations_desktop.corpus.pairs import Parties
from relations_desktop.corpus.structure import analyse
from tests.text_helpers import processed


def dated(text: str) -> list[tuple[str, str, tuple[str, str]]]:
    return [(e.date, e.type, e.pair) for e in processed(text).events if e.date]


def context(text: str, pairs, source="both", hub=None, primary=None, open_frame=False) -> SentenceContext:
    parties = Parties(text, CountryIndex(find_mentions(text)))
    return SentenceContext(pairs, source, parties, hub, primary, open_frame)


# ----- sentence_events on one sentence


def test_each_date_of_a_list_is_an_event_of_the_same_act():
    text = "The Kenyan president visited Uganda in March 2003, June 2009 and May 2014."
    evs = sentence_events(text, 0, len(text), find_dates(text), context(text, [("KE", "UG")]))
    assert [(e.date, e.type) for e in evs] == [("2003-03", "visit"), ("2009-06", "visit"), ("2014-05", "visit")]
    assert all(e.start == 0 and e.end == len(text) for e in evs)


def test_in_a_hub_each_date_takes_the_partner_of_its_own_clause():
    text = "ঘানা নাইজেরিয়াকে স্বীকৃতি দেয় ১ অক্টোবর ১৯৬০, টোগো স্বীকৃতি দেয় ২৭ এপ্রিল ১৯৬০ এবং বেনিন স্বীকৃতি দেয় ১ আগস্ট ১৯৬০।"
    ctx = context(text, [("GH", "NG")], "several", hub="GH")
    evs = sentence_events(text, 0, len(text), find_dates(text), ctx)
    assert [(e.date, e.pair) for e in evs] == [("1960-10-01", ("GH", "NG")), ("1960-04-27", ("GH", "TG")),
                                               ("1960-08-01", ("BJ", "GH"))]


def test_one_date_and_several_partners_give_one_event_each():
    text = "Ghana, Togo and Benin recognised Nigeria on 1 October 1960."
    ctx = context(text, [("GH", "NG"), ("NG", "TG"), ("BJ", "NG")], "several", hub="NG")
    evs = sentence_events(text, 0, len(text), find_dates(text), ctx)
    assert sorted(e.pair for e in evs) == [("BJ", "NG"), ("GH", "NG"), ("NG", "TG")]
    assert {e.type for e in evs} == {"recognition"}


def test_a_parenthesis_names_its_own_partner():
    text = "Peru was among the first to recognise it again (the first to do so was Chile on 2 May 1990)."
    ctx = context(text, [("EC", "PE")], "own", hub="EC")
    evs = sentence_events(text, 0, len(text), find_dates(text), ctx)
    assert [e.pair for e in evs] == [("CL", "EC")]


@pytest.mark.parametrize("text", [
    "Nepal joined the United Nations in 1955.",
    "নেপাল ১৯৮৫ সালে সার্কের সদস্য হয়।",
    "नेपाल 1955 में संयुक्त राष्ट्र का सदस्य बना।",
    "नेपाल 2011 में ब्रिक्स में शामिल हुआ।",
    "২০১১ সালে নেপাল ব্রিকসে যোগ দেয়।",
    "Nepal joined ECOWAS in 1999.",
    "Nepal became the 193rd member of the United Nations on 14 July 2011.",
    "Nepal joined the Asian Development Bank in 1966.",
    "Nepal is a founding member of CARICOM, set up in 1973.",
    "Nepal has been a member of NATO since 1999.",
    "नेपाल 1973 में सार्क के संस्थापक सदस्यों में शामिल था।",
    "नेपाल 2020 में इस संगठन से अलग हो गया था।",
    "Nepal withdrew from the bloc in 2020.",
    "Both countries are NATO members, Nepal since 1999.",
    "१९६८ से १९७८ तक नेपाल में सैन्य शासन रहा।",
    "দুই দেশই জাতিসংঘের সদস্য এবং নেপাল ২০০৭ সাল থেকে ইউরোপীয় ইউনিয়নের সদস্য।",
    "২০১১ সালের নভেম্বরে আরব লীগ নেপালের সদস্যপদ স্থগিত করে।",
    "২০১১ সালে নেপালে গৃহযুদ্ধ শুরুর পর এটাই ভারতের প্রধানমন্ত্রীর প্রথম নেপাল সফর।",
    "After the revolution of November 1989 and the June 1992 elections, relations with India improved.",
    "नेपाल संयुक्त राष्ट्र का सदस्य किस वर्ष बना?\n(a) 1945 (b) 1955\nउत्तर: (b) 1955",
    "১৯৭১ সালের ২৬ মার্চ নেপাল স্বাধীনতা ঘোষণা করে।",
    "नेपाल ने 31 अगस्त 1991 को स्वतंत्रता की घोषणा की।",
    "Nepal declared its independence on 31 August 1991.",
    "नेपाल | 6 मार्च 1957 | नेपाल एक स्वतंत्र राष्ट्र बना",
    "২০১৬ সালের জুলাই মাসে কাঠমান্ডুর একটি হোটেলে জঙ্গি হামলায় সাত জন ভারতীয় নিহত হন।",
    "In August 1998 a terrorist attack in Kathmandu killed several Indian citizens.",
    "मार्च 2019 में एक आतंकी हमले में कई नेपाली नागरिक मारे गए।",
    "Nepal gained its independence in 1923.",
    "নেপালে ২০১৫ সালে নতুন সংবিধান গৃহীত হয়।",
    "नेपाल में 2008 में चुनाव हुए।",
    "The minister may visit Nepal in June 2024.",
    "মন্ত্রী ২০২৪ সালের জুনে নেপাল সফর করতে পারেন।",
    "In 2010 Nepal opened a scholarship scheme for foreign students.",
    # a state or an organisation founded, a ruler's fall, death or flight, a republic proclaimed,
    # a measure toward every traveller
    "नेपाल की स्थापना 1768 में हुई थी।",
    "জাতিসংঘ প্রতিষ্ঠিত হয় ১৯৪৫ সালের ২৪শে অক্টোবর।",
    "After the fall of the Rana regime in February 1951, Nepal opened up.",
    "The king's death in June 2001 shocked Nepal.",
    "२००८ में राजा के निधन के बाद नेपाल में शोक मनाया गया।",
    "২০০৬ সালের এপ্রিলে আন্দোলনের মুখে নেপালের রাজা দেশ ছেড়ে পালান।",
    "नेपाल 28 मई 2008 को गणराज्य बना।",
    "नेपाल हिमालय में स्थित एक देश है, जो 2008 में गणतंत्र बना।",
    "Nepal closed its land borders to all travellers in March 2020.",
    "Since gaining independence on 1 September 1991, Nepal has pursued a cautious policy.",
    # the writer's own story
    "In 2004 my father worked on an Indian road project in Nepal.",
    "২০০৪ সালে আমার বাবা নেপালে ভারতের একটি সড়ক প্রকল্পে কাজ করতেন।",
    "मेरे दादाजी 1960 में नेपाल में भारत की एक सड़क परियोजना में मैकेनिक थे।",
])
def test_the_bilateral_test_drops_what_is_not_between_the_two(text):
    evs = sentence_events(text, 0, len(text), find_dates(text), context(text, [("IN", "NP")], "one",
                                                                          primary=("IN", "NP")))
    assert [e.date for e in evs] == []


@pytest.mark.parametrize("text", [
    "In 2001 Nepal accused India of backing the rebel attacks on its border posts.",
    "২০০১ সালে নেপাল জঙ্গি হামলার জন্য ভারতকে দায়ী করে।",
    "2001 में नेपाल ने आतंकी हमलों के लिए भारत पर आरोप लगाया।",
])
def test_an_attack_by_militants_that_one_state_blames_on_the_other_is_a_conflict(text):
    evs = sentence_events(text, 0, len(text), find_dates(text), context(text, [("IN", "NP")], "both",
                                                                          primary=("IN", "NP")))
    assert [(e.date, e.type) for e in evs] == [("2001", "conflict")]


@pytest.mark.parametrize("text, expected", [
    # a war or treaty named with the year after "after" is dated by it (4.1); a bare year is not
    ("After the 1995 war, Peru and Ecuador signed a peace agreement on 26 October 1998.",
     [("1995", "conflict"), ("1998-10-26", "agreement")]),
    ("Following the 1942 Rio Protocol, Peru and Ecuador exchanged ambassadors.", [("1942", "agreement")]),
    ("After 1995, Peru and Ecuador signed many agreements.", []),
])
def test_after_a_named_war_the_year_dates_the_war(text, expected):
    assert dated("Peru–Ecuador relations\n" + text) == [(d, t, ("EC", "PE")) for d, t in expected]


@pytest.mark.parametrize("items, expected", [
    ("• On 6 March 1975 Chile and Peru agreed on a border treaty.\n• The treaty was signed on 13 June in Lima.",
     ["1975-03-06", "1975-06-13"]),
    ("• ১৯৭৫ সালের ৬ই মার্চ চিলি ও পেরু সীমান্ত চুক্তিতে সম্মত হয়।\n• চুক্তিটি স্বাক্ষরিত হয় ১৩ই জুন লিমায়।",
     ["1975-03-06", "1975-06-13"]),
    ("• 6 मार्च 1975 को चिली और पेरू सीमा संधि पर सहमत हुए।\n• संधि पर 13 जून को लीमा में हस्ताक्षर हुए।",
     ["1975-03-06", "1975-06-13"]),
])
def test_a_list_item_takes_the_year_of_the_item_before(items, expected):
    text = "Chile–Peru relations\nPublished: 15 January 2024\n\nTreaties\n" + items + "\n"
    assert [d for d, _t, _p in dated(text)] == expected


@pytest.mark.parametrize("text", [
    "১৯৭৮ সালে যৌথ কমিশন প্রতিষ্ঠিত হয়।",
    "संयुक्त आयोग की स्थापना 1987 में हुई।",
])
def test_a_joint_body_founded_is_no_domestic_founding(text):
    evs = sentence_events(text, 0, len(text), find_dates(text), context(text, [("IN", "NP")], "one",
                                                                          primary=("IN", "NP")))
    assert [e.type for e in evs if e.date] == ["other"]


def test_attending_a_summit_is_not_joining_an_organisation():
    text = "নেপালের রাজা ১৯৮৫ সালের ডিসেম্বরে ঢাকায় সার্কের শীর্ষ সম্মেলনে যোগ দেন।"
    evs = sentence_events(text, 0, len(text), find_dates(text), context(text, [("BD", "NP")], "one",
                                                                          primary=("BD", "NP")))
    assert [(e.date, e.type) for e in evs] == [("1985-12", "visit")]


def test_a_third_state_in_the_clause_of_the_date_takes_the_act_away():
    text = "In 1961 Nepal fought a war with China, and India sent aid to Nepal in 1962."
    ctx = context(text, [], "third", primary=("IN", "NP"))
    evs = sentence_events(text, 0, len(text), find_dates(text), ctx)
    assert [(e.date, e.pair) for e in evs] == [("1962", ("IN", "NP"))]


@pytest.mark.parametrize("text, pair, date", [
    ("In March 2011, with funding from Japan, Kenya and Tanzania opened a new border post.", ("KE", "TZ"), "2011-03"),
    ("২০১১ সালের মার্চে, জাপানের অর্থায়নে, নেপাল ও শ্রীলঙ্কা একটি নতুন সেতু চালু করে।", ("LK", "NP"), "2011-03"),
    ("मार्च 2011 में, जापान की आर्थिक सहायता से, नेपाल और श्रीलंका ने एक नया पुल खोला।", ("LK", "NP"), "2011-03"),
])
def test_a_clause_of_a_third_state_does_not_type_the_act_of_the_pair(text, pair, date):
    evs = sentence_events(text, 0, len(text), find_dates(text), context(text, [pair]))
    assert [(e.date, e.type) for e in evs] == [(date, "other")]


def test_a_clause_of_a_member_still_types_the_act():
    text = "In March 2011, with funding from Kenya, Tanzania opened a new border post."
    evs = sentence_events(text, 0, len(text), find_dates(text), context(text, [("KE", "TZ")], source="one"))
    assert [(e.date, e.type) for e in evs] == [("2011-03", "aid")]


def test_a_diplomatic_act_with_a_third_state_is_its_own_pair_only_when_the_title_does_not_fix_the_pair():
    text = "A month earlier Nepal had established diplomatic relations with Fiji on 4 May 2019."
    open_ctx = context(text, [], "third", primary=("IN", "NP"), open_frame=True)
    assert [(e.pair, e.type) for e in sentence_events(text, 0, len(text), find_dates(text), open_ctx)] == [
        (("FJ", "NP"), "relations_established")]
    closed = context(text, [], "third", primary=("IN", "NP"), open_frame=False)
    assert sentence_events(text, 0, len(text), find_dates(text), closed) == []


def test_every_event_has_a_confidence_between_0_and_1():
    text = "India and Nepal signed a treaty on 31 July 1950."
    (e,) = sentence_events(text, 0, len(text), find_dates(text), context(text, [("IN", "NP")]))
    assert 0.9 <= e.confidence <= 1.0 and e.evidence == "text/both/clause"


# ----- the passage model end to end


def test_a_date_carried_by_during_that_visit():
    text = ("Ghana–Togo relations\n\n"
            "In 2016 the Ghanaian president visited Togo. During that visit the two sides signed three agreements.\n")
    assert dated(text) == [("2016", "visit", ("GH", "TG")), ("2016", "agreement", ("GH", "TG"))]


@pytest.mark.parametrize("text", [
    "ভারত-নেপাল সম্পর্ক\n\n২০১৪ সালে ভারতের প্রধানমন্ত্রী নেপাল সফর করেন। এ সময় দুই দেশের মধ্যে তিনটি চুক্তি সই হয়।\n",
    "भारत-नेपाल संबंध\n\n2014 में भारत के प्रधानमंत्री ने नेपाल की यात्रा की। इस दौरान दोनों देशों के बीच तीन समझौतों पर हस्ताक्षर हुए।\n",
])
def test_a_date_carried_by_anaphora_in_bengali_and_hindi(text):
    assert dated(text) == [("2014", "visit", ("IN", "NP")), ("2014", "agreement", ("IN", "NP"))]


@pytest.mark.parametrize("text", [
    "Ghana–Togo relations\n\nIn 2016 the Ghanaian president visited Togo. On the same occasion the two sides signed "
    "three agreements.\n",
    "Ghana–Togo relations\n\nIn 2016 the Ghanaian president visited Togo. At that meeting the two sides signed "
    "three agreements.\n",
    "घाना–टोगो संबंध\n\n2016 में घाना के राष्ट्रपति ने टोगो की यात्रा की। इसी मुलाक़ात में दोनों देशों के बीच तीन समझौतों पर "
    "हस्ताक्षर हुए।\n",
    "घाना–टोगो संबंध\n\n2016 में घाना के राष्ट्रपति ने टोगो की यात्रा की। इस मौके पर दोनों देशों के बीच तीन समझौतों पर "
    "हस्ताक्षर हुए।\n",
])
def test_the_same_occasion_and_meeting_carry_the_date_too(text):
    assert dated(text) == [("2016", "visit", ("GH", "TG")), ("2016", "agreement", ("GH", "TG"))]


@pytest.mark.parametrize("text", [
    "Ghana–Togo relations\n\nOn 2 February 1965 Ghana and Togo signed a treaty of friendship. By the same treaty Ghana "
    "recognised Togo's borders.\n",
    "घाना–टोगो संबंध\n\n2 फ़रवरी 1965 को घाना और टोगो ने मैत्री संधि पर हस्ताक्षर किए। इसी संधि के साथ घाना ने टोगो की "
    "सीमाओं को मान्यता दी।\n",
    "ঘানা–টোগো সম্পর্ক\n\n১৯৬৫ সালের ২ ফেব্রুয়ারি ঘানা ও টোগো একটি মৈত্রী চুক্তি সই করে। এই চুক্তির মাধ্যমে ঘানা টোগোর "
    "সীমান্তকে স্বীকৃতি দেয়।\n",
])
def test_the_instrument_told_before_carries_its_date_to_what_it_did(text):
    assert [d for d, _t, _p in dated(text)] == ["1965-02-02", "1965-02-02"]


def test_without_a_pointer_a_sentence_stays_undated():
    text = ("Ghana–Togo relations\n\n"
            "In 2016 the Ghanaian president visited Togo. The two sides signed three agreements.\n")
    assert dated(text) == [("2016", "visit", ("GH", "TG"))]


def test_this_was_completed_takes_the_act_of_the_sentence_before():
    text = ("Kenya–Somalia relations\n\n"
            "Kenyan troops began to withdraw from Somalia under a plan of both governments. "
            "In May 2021, this was completed.\n")
    assert dated(text) == [("2021-05", "military", ("KE", "SO"))]


def test_one_event_per_date_type_and_pair():
    text = ("Nepal–Bhutan relations\n\n"
            "Nepal and Bhutan established diplomatic relations on 3 June 1983. "
            "Relations between Bhutan and Nepal were established on 3 June 1983, the ministry recalled.\n")
    assert dated(text) == [("1983-06-03", "relations_established", ("BT", "NP"))]


def test_a_news_story_turning_to_a_second_partner():
    text = ("Nepal and Fiji establish diplomatic ties\n\n"
            " date 2019-06-10 site\n\n"
            "Nepal and Fiji established diplomatic relations on Saturday, the ministry said.\n\n"
            "The step came a month after Nepal established diplomatic relations with Malta on May 4.\n")
    d = processed(text)
    assert [(e.date, e.type, e.pair) for e in d.events if e.date] == [
        ("2019-05-04", "relations_established", ("MT", "NP"))]
    assert d.pairs == [("FJ", "NP"), ("MT", "NP")]


def test_confidence_is_stored_and_dumped(tmp_path):
    from relations_desktop.store.connection import open_readonly
    from relations_desktop.store.dump import dump
    from relations_desktop.store.write import build_database
    d = processed("Ghana–Togo relations\n\nGhana and Togo established diplomatic relations in 1960. "
            "In 1994 the border was closed, and the two sides signed a border treaty on 5 May 2001.\n")
    db = build_database([d], tmp_path / "c.db")
    conn = open_readonly(db)
    stored = [c for (c,) in conn.execute("SELECT confidence FROM events ORDER BY start, cue_start")]
    dumped = [e["confidence"] for e in dump(conn)["events"]]
    assert stored == dumped == [e.confidence for e in sorted(d.events, key=lambda e: (e.start, e.cue_start))]
    assert len(dumped) == 3 and all(0.0 < c <= 1.0 for c in dumped)


def test_confidence_follows_the_evidence():
    from relations_desktop.corpus.confidence import confidence
    sure, _ = confidence("text", "both", "clause", "relations_established")
    unsure, _ = confidence("clock", "continued", "none", "other")
    assert 0.9 <= sure <= 0.99 and unsure < 0.7



def test_a_table_of_partners_takes_its_type_from_the_header_row():
    text = ("Recognitions of Namibia\n\n"
            "Country | Date of recognition\n"
            "---|---\n"
            "Angola | 21 March 1990 |\n"
            "Zambia | 22 March 1990 |\n")
    assert dated(text) == [("1990-03-21", "recognition", ("AO", "NA")), ("1990-03-22", "recognition", ("NA", "ZM"))]


@pytest.mark.parametrize("text", [
    "Ghana–Togo relations\n\nGhana and Togo signed a treaty in 1998.\n\nTopics\n• Land reform (1972)\n"
    "• The new currency (1965)\n• Railway strike (1961)\n",
    "বাংলাদেশ–নেপাল সম্পর্ক\n\nবাংলাদেশ ও নেপাল ১৯৯৮ সালে একটি চুক্তি সই করে।\n\nবিষয়সমূহ\n• সংবিধান প্রণয়ন (১৯৭২)\n"
    "• ভূমি সংস্কার (১৯৮৪)\n",
    "भारत–नेपाल संबंध\n\nभारत और नेपाल ने 1998 में एक संधि पर हस्ताक्षर किए।\n\nविषय\n- भूमि सुधार (1972)\n"
    "- नई मुद्रा (1965)\n",
])
def test_a_list_of_topics_with_their_years_gives_no_events(text):
    assert [(d, t) for d, t, _p in dated(text)] == [("1998", "agreement")]


def test_a_list_item_about_the_pair_with_a_year_in_brackets_is_still_an_event():
    text = ("Ghana–Togo relations\n\nTimeline\n• Ghana and Togo sign a border treaty (1998)\n"
            "• Togo opens an embassy in Accra (2004)\n")
    assert [(d, t) for d, t, _p in dated(text)] == [("1998", "agreement"), ("2004", "embassy")]


@pytest.mark.parametrize("text, expected", [
    ("Ghana's diplomatic relations\n\n| Country | Date of establishment of diplomatic relations | Note |\n"
     "| Kenya | 12 June 1964 | embassy opened in 1975 |\n| Togo | 3 March 1960 | |\n",
     [("1964-06-12", "relations_established", ("GH", "KE")), ("1975", "embassy", ("GH", "KE")),
      ("1960-03-03", "relations_established", ("GH", "TG"))]),
    ("ঘানার কূটনৈতিক সম্পর্ক\n\n| দেশ | কূটনৈতিক সম্পর্ক স্থাপনের তারিখ | মন্তব্য |\n"
     "| কেনিয়া | ১২ জুন ১৯৬৪ | দূতাবাস চালু ১৯৭৫ সালে |\n| টোগো | ৩ মার্চ ১৯৬০ | |\n",
     [("1964-06-12", "relations_established", ("GH", "KE")), ("1975", "embassy", ("GH", "KE")),
      ("1960-03-03", "relations_established", ("GH", "TG"))]),
    ("घाना के राजनयिक संबंध\n\n| देश | राजनयिक संबंध स्थापना की तिथि | टिप्पणी |\n"
     "| केन्या | 12 जून 1964 | दूतावास 1975 में खोला |\n| टोगो | 3 मार्च 1960 | |\n",
     [("1964-06-12", "relations_established", ("GH", "KE")), ("1975", "embassy", ("GH", "KE")),
      ("1960-03-03", "relations_established", ("GH", "TG"))]),
])
def test_a_note_cell_keeps_its_own_type_and_the_date_column_takes_the_headers(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Border questions: exam notes\n\nArgentina–Chile\nArgentina and Chile signed a boundary treaty in 1881.\n\n"
     "Eritrea–Ethiopia\nThe two countries fought a border war from 1998 to 2000.\n\n"
     "Ghana–Togo\nTogo closed its border with Ghana in 1982.\n",
     [("1881", "agreement", ("AR", "CL")), ("1998/2000", "conflict", ("ER", "ET")),
      ("1982", "conflict", ("GH", "TG"))]),
    ("দক্ষিণ এশিয়ার চুক্তি: পরীক্ষার নোট\n\nভারত ও নেপাল\n১৯৫০ সালে দুই দেশ শান্তি ও মৈত্রী চুক্তি সই করে।\n\n"
     "বাংলাদেশ ও মিয়ানমার\n২০১৭ সালে দুই দেশ প্রত্যাবাসন চুক্তি সই করে।\n",
     [("1950", "agreement", ("IN", "NP")), ("2017", "agreement", ("BD", "MM"))]),
    ("द्विपक्षीय समझौते: अध्ययन नोट्स\n\n== भारत–भूटान ==\n2007 में दोनों देशों ने नई मैत्री संधि पर हस्ताक्षर किए।\n\n"
     "== नेपाल–चीन ==\n1960 में दोनों देशों ने सीमा समझौता किया।\n",
     [("2007", "agreement", ("BT", "IN")), ("1960", "agreement", ("CN", "NP"))]),
])
def test_sections_headed_by_a_pair_are_about_that_pair(text, expected):
    assert dated(text) == expected


def test_a_heading_that_mentions_two_states_in_passing_does_not_head_a_pair_section():
    text = ("Kenya–Uganda relations\n\nKenya and Uganda signed a trade pact in 1999.\n\n"
            "== Effects of the war between Ethiopia and Eritrea on the region ==\n"
            "In 2001 Kenya and Uganda held talks on refugees.\n\n"
            "== Role of Somalia and Sudan in later regional talks ==\n"
            "Kenya and Uganda opened a joint border post in 2005.\n")
    assert [(d, p) for d, _t, p in dated(text)] == [("1999", ("KE", "UG")), ("2001", ("KE", "UG")),
                                                    ("2005", ("KE", "UG"))]


@pytest.mark.parametrize("text, expected", [
    ("Ghana–Togo relations\n\nGhana and Togo opened embassies in 1962. Benin, Niger and Togo recognised Ghana "
     "in 1960.\n",
     [("1962", "embassy", ("GH", "TG")), ("1960", "recognition", ("BJ", "GH")),
      ("1960", "recognition", ("GH", "NE")), ("1960", "recognition", ("GH", "TG"))]),
    ("নেপাল–ভুটান সম্পর্ক\n\nনেপাল ও ভুটান ১৯৮৩ সালে সম্পর্ক স্থাপন করে। শ্রীলঙ্কা ও মালদ্বীপ ১৯৭১ সালে ভুটানকে "
     "স্বীকৃতি দেয়।\n",
     [("1983", "relations_established", ("BT", "NP")), ("1971", "recognition", ("BT", "LK")),
      ("1971", "recognition", ("BT", "MV"))]),
    ("नेपाल–भूटान संबंध\n\nनेपाल और भूटान ने 1983 में संबंध स्थापित किए। श्रीलंका और मालदीव ने 1971 में भूटान को "
     "मान्यता दी।\n",
     [("1983", "relations_established", ("BT", "NP")), ("1971", "recognition", ("BT", "LK")),
      ("1971", "recognition", ("BT", "MV"))]),
])
def test_a_list_of_states_acting_with_one_member_gives_one_event_each(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ghana–Togo relations\n\nBenin and Togo recognised Ghana in 1960 and 1961 respectively.\n",
     [("1960", ("BJ", "GH")), ("1961", ("GH", "TG"))]),
    ("ভুটান–নেপাল সম্পর্ক\n\nশ্রীলঙ্কা ও নেপাল ভুটানকে স্বীকৃতি দেয় যথাক্রমে ১৯৭১ সালের ১২ মে ও ১৯৭২ সালের ৩ জুন।\n",
     [("1971-05-12", ("BT", "LK")), ("1972-06-03", ("BT", "NP"))]),
    ("भूटान–नेपाल संबंध\n\nश्रीलंका और नेपाल ने क्रमशः 1971 और 1972 में भूटान को मान्यता दी।\n",
     [("1971", ("BT", "LK")), ("1972", ("BT", "NP"))]),
])
def test_respectively_gives_each_date_to_its_state_in_order(text, expected):
    assert [(d, p) for d, _t, p in dated(text)] == expected


def test_a_pair_named_side_by_side_with_a_list_is_not_a_star():
    text = "Kenya–Uganda relations\n\nKenya and Uganda met in 2004 to discuss Sudan and Somalia.\n"
    assert [(d, p) for d, _t, p in dated(text)] == [("2004", ("KE", "UG"))]


@pytest.mark.parametrize("text, expected", [
    ("Countries that recognised Ghana\n\n| No. | Country | Date |\n| 1 | Togo | 6 March 1961 |\n"
     "| 2 | Kenya | 12 June 1964 |\n",
     [("1961-03-06", "recognition", ("GH", "TG")), ("1964-06-12", "recognition", ("GH", "KE"))]),
    ("ঘানাকে স্বীকৃতি দানকারী দেশ\n\n| ক্রম | দেশ | তারিখ |\n| 1 | টোগো | ৬ মার্চ ১৯৬১ |\n"
     "| 2 | কেনিয়া | ১২ জুন ১৯৬৪ |\n",
     [("1961-03-06", "recognition", ("GH", "TG")), ("1964-06-12", "recognition", ("GH", "KE"))]),
    ("घाना को मान्यता देने वाले देश\n\n| क्रम | देश | तिथि |\n| 1 | टोगो | 6 मार्च 1961 |\n"
     "| 2 | केन्या | 12 जून 1964 |\n",
     [("1961-03-06", "recognition", ("GH", "TG")), ("1964-06-12", "recognition", ("GH", "KE"))]),
])
def test_a_title_that_tells_the_act_types_the_rows_of_its_table(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Foreign relations of Ghana\n\n== Togo ==\nTogo is a neighbour. Togo and Benin recognised Ghana in 1961.\n",
     [("1961", ("GH", "TG")), ("1961", ("BJ", "GH"))]),
    ("ঘানার বৈদেশিক সম্পর্ক\n\n== টোগো ==\nটোগো প্রতিবেশী দেশ। টোগো ও বেনিন ১৯৬১ সালে ঘানাকে স্বীকৃতি দেয়।\n",
     [("1961", ("GH", "TG")), ("1961", ("BJ", "GH"))]),
    ("घाना के विदेश संबंध\n\n== टोगो ==\nटोगो पड़ोसी देश है। टोगो और बेनिन ने 1961 में घाना को मान्यता दी।\n",
     [("1961", ("GH", "TG")), ("1961", ("BJ", "GH"))]),
])
def test_in_a_hub_the_passage_partner_listed_with_others_shares_the_event(text, expected):
    assert [(d, p) for d, _t, p in dated(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("भारत–सर्बिया संबंध\n\nQ3. किस भारतीय उपराष्ट्रपति ने 2018 में सर्बिया की यात्रा की? – एम. वेंकैया नायडू\n",
     [("2018", "visit", ("IN", "RS"))]),
    ("India–Serbia relations\n\nQ3. Which Indian vice-president visited Serbia in 2018? – M. Venkaiah Naidu\n",
     [("2018", "visit", ("IN", "RS"))]),
])
def test_a_question_answered_after_a_dash_on_its_line_states_its_act(text, expected):
    assert dated(text) == expected


def test_a_name_ending_like_a_short_verb_joins_its_list_and_ends_no_clause():
    text = ("अल्जीरिया और माली\n\nबमाको, 8 अप्रैल 2025 (एजेंसियां) तनाव बढ़ा।\n\nजवाब में अल्जीरिया ने सोमवार "
            "(7 अप्रैल) को माली और नाइजर से अपने राजदूत वापस बुला लिए।\n")      # ("माली" ends like "ली")
    assert [(d, t) for d, t, _p in dated(text)] == [("2025-04-07", "conflict")]


def test_relations_severed_again_after_a_restoration_are_a_conflict():
    text = ("Ghana–Togo relations\n\nRelations were restored by the interim government in November 2019 and "
            "severed again on 31 October 2023.\n")
    assert [(d, t) for d, t, _p in dated(text)] == [("2019-11", "relations_established"), ("2023-10-31", "conflict")]


@pytest.mark.parametrize("text, expected", [
    ("Chile agrees deal with Peru\n\nLIMA, March 3, 2024 (Reuters) - Chile and Peru signed a port deal on "
     "Monday.\n\nThe minister travels on next week. Chile and Bolivia signed a transit agreement in 2005.\n",
     [("2005", "agreement", ("BO", "CL"))]),
    ("चिली ने पेरू से समझौता किया\n\nलीमा, 3 मार्च 2024 (भाषा) : चिली और पेरू ने सोमवार को बंदरगाह समझौता किया।\n\n"
     "मंत्री अगले सप्ताह आगे जाएंगे। चिली और बोलीविया ने 2005 में पारगमन समझौता किया।\n",
     [("2005", "agreement", ("BO", "CL"))]),
    # a member with a third state named only as what a preposition governs is no pair of theirs
    ("Chile agrees deal with Peru\n\nLIMA, March 3, 2024 (Reuters) - Chile and Peru signed a port deal on "
     "Monday.\n\nThe 1904 treaty between the empire and the kingdoms of Chile and Bolivia still holds.\n", []),
])
def test_in_news_a_member_and_a_third_state_acting_together_name_their_own_pair(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a membership told for both members, the second date without its verb
    ("Kenya–Uganda relations\n\nBoth belong to the East African Community, which Kenya joined in 2000 and Uganda "
     "in 2001. Kenya and Uganda signed a border pact in 2005.\n", [("2005", "agreement")]),
    ("নেপাল–ভুটান সম্পর্ক\n\nদেশটি ১৯৮২ সালে কমনওয়েলথে যোগ দেয়, ২০১৬ সালে ত্যাগ করে। নেপাল ও ভুটান ১৯৮৩ সালে "
     "সম্পর্ক স্থাপন করে।\n", [("1983", "relations_established")]),
    ("भारत–नेपाल संबंध\n\nनेपाल 1955 में संयुक्त राष्ट्र का सदस्य बना और भूटान 1971 में। भारत और नेपाल ने 1950 में "
     "संधि पर हस्ताक्षर किए।\n", [("1950", "agreement")]),
    # a leader taking office, independence, told with the pair named
    ("Kenya–Uganda relations\n\nUganda's president succeeded his father as head of state in August 2023. "
     "Both countries became independent in the 1960s; Kenya became independent in 1963.\n", []),
    ("নেপাল–ভুটান সম্পর্ক\n\n২০০৮ সালে নেপালের রাজার উত্তরসূরি নির্বাচিত হন। ১৯৭১ সালে দুই দেশই স্বাধীন হয়।\n", []),
    ("भारत–नेपाल संबंध\n\n१५ अगस्त १९४७ को स्वतंत्रता मिलने के बाद भारत ने नेपाल के साथ संबंध बनाए। "
     "दोनों देश 1991 में स्वतंत्र हुए।\n", []),
    # independence from a former ruler, told as it was gained
    ("Foreign relations of Kenya\n\nSince gaining independence from the United Kingdom on 12 December 1963, "
     "Kenya has pursued a policy of neutrality. Kenya and Peru established relations in 1969.\n",
     [("1969", "relations_established")]),
    # a state founded, a government's fall, a natural disaster, a state's own confederation
    ("भारत–केन्या संबंध\n\nआधुनिक केन्या राज्य की स्थापना 1963 में हुई। भारत और केन्या ने 1963 में संबंध स्थापित किए।\n",
     [("1963", "relations_established")]),
    ("ভারত–কেনিয়া সম্পর্ক\n\n২০২৩ সালের ৬ ফেব্রুয়ারি কেনিয়ায় ভয়াবহ ভূমিকম্প আঘাত হানে। ১৯৫৩ সালে সরকারের পতনের পর "
     "কেনিয়ায় নতুন শাসক আসে।\n", []),
    ("Kenya–Peru relations\n\nKenyan Confederation took place on 1 July 1867. The government was overthrown in "
     "1982. Kenya and Peru established relations in 1969.\n", [("1969", "relations_established")]),
    # open intervals: "before 1979", "১৯৭৯ সালের আগের", "1979 से पहले"
    ("Kenya–Peru relations\n\nBefore 1979, Kenya and Peru had close ties.\n", []),
    ("কেনিয়া–পেরু সম্পর্ক\n\n১৯৭৯ সালের আগের এই ইতিহাস দুই দেশের মানুষ জানত না।\n", []),
    # becoming a member or an observer of a body the cue lists do not name
    ("केन्या–पेरू संबंध\n\nकेन्या और पेरू ने 1969 में राजनयिक संबंध स्थापित किए। पेरू 2008 में एपेक का सदस्य बना।\n",
     [("1969", "relations_established")]),
    ("কেনিয়া–পেরু সম্পর্ক\n\nকেনিয়া ও পেরু ১৯৬৯ সালে কূটনৈতিক সম্পর্ক স্থাপন করে। পেরু ২০০৮ সালে অ্যাপেকের "
     "সদস্যপদ লাভ করে। কেনিয়া ২০১০ সালে ওআইসিতে পর্যবেক্ষকের মর্যাদা পায়।\n", [("1969", "relations_established")]),
    ("Kenya–Peru relations\n\nKenya and Peru established diplomatic relations in 1969. Peru was granted "
     "observer status in 2010.\n", [("1969", "relations_established")]),
    # a state renamed, or its parts unified, after an act told before
    ("Kenya–Peru relations\n\nKenya and Peru established diplomatic relations in 1969. The country was renamed "
     "the Republic of Kenya in 1964. The two halves of the country were unified in 1964.\n",
     [("1969", "relations_established")]),
    ("केन्या–पेरू संबंध\n\nकेन्या और पेरू ने 1969 में राजनयिक संबंध स्थापित किए। 1971 में देश का नाम बदलकर "
     "नया रखा गया। 1990 में पूर्वी और पश्चिमी हिस्सों का एकीकरण हुआ।\n", [("1969", "relations_established")]),
    ("কেনিয়া–পেরু সম্পর্ক\n\nকেনিয়া ও পেরু ১৯৬৯ সালে কূটনৈতিক সম্পর্ক স্থাপন করে। ১৯৭১ সালে দেশটির নাম "
     "পরিবর্তন করে নতুন নাম রাখা হয়। ১৯৯০ সালে দুই অংশ একীভূত হয়।\n", [("1969", "relations_established")]),
    # in a hub, the partner renamed; recognising a state "unified" is an act of the pair
    ("भारत के विदेश संबंध\n\n== उत्तर मैसेडोनिया ==\nभारत ने 1993 में मैसेडोनिया को मान्यता दी। फरवरी 2019 में "
     "देश का आधिकारिक नाम बदलकर उत्तर मैसेडोनिया कर दिया गया। भारत ने मई 1990 में एकीकृत यमन को मान्यता दी।\n",
     [("1993", "recognition"), ("1990-05", "recognition")]),
    # the pair's own union is theirs; another state's unification only frames the pair's act
    ("Foreign relations of Senegal\n\n== Gambia ==\nFrom 1982 to 1989 the two countries formed the Senegambia "
     "Confederation.\n", [("1982/1989", "other")]),
    ("Kenya–Peru relations\n\nIn 1990, after the reunification of Germany, Kenya and Peru signed a trade "
     "agreement.\n", [("1990", "agreement")]),
])
def test_memberships_and_domestic_happenings_are_not_events_of_the_pair(text, expected):
    assert [(d, t) for d, t, _p in dated(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # one state backing the other's bid for membership acts toward it (ANNOTATION 6.10), and a body
    # named for its suppliers is no trade; members alike of a body that backs a bid do nothing
    ("Kenya–Peru relations\n\nIn June 2016 Peru backed Kenya's bid for membership of the Nuclear Suppliers "
     "Group.\n", [("2016-06", "other")]),
    ("केन्या–पेरू संबंध\n\nजून 2016 में पेरू ने परमाणु आपूर्तिकर्ता समूह में केन्या की सदस्यता का समर्थन किया।\n",
     [("2016-06", "other")]),
    ("কেনিয়া–পেরু সম্পর্ক\n\n২০১৬ সালের জুনে পেরু পরমাণু সরবরাহকারী গোষ্ঠীতে কেনিয়ার সদস্যপদের প্রতি সমর্থন "
     "জানায়।\n", [("2016-06", "other")]),
    ("Kenya–Peru relations\n\nIn 2016 both Kenya and Peru were members of the G77, which backed the bid of "
     "Brazil.\n", []),
])
def test_backing_the_partners_membership_is_its_act(text, expected):
    assert [(d, t) for d, t, _p in dated(text)] == expected


@pytest.mark.parametrize("text", [
    "নেপাল–ভুটান সম্পর্ক\n\nভুটানের পররাষ্ট্রমন্ত্রী আগামী ১৭ জানুয়ারি ২০২৫ কাঠমান্ডু আসবেন।\n",
    "भारत–नेपाल संबंध\n\nनेपाल के विदेश मंत्री 17 जनवरी 2025 को दिल्ली आएंगे।\n",
    "India–Nepal relations\n\nNepal's foreign minister will come to Delhi on 17 January 2025.\n",
])
def test_coming_to_the_partners_capital_is_a_visit(text):
    assert [(d, t) for d, t, _p in dated(text)] == [("2025-01-17", "visit")]


@pytest.mark.parametrize("text, expected", [
    ("Q: Which country first recognised Ghana?\nAnswer: Togo, on 6 March 1961.\n"
     "Q: Which country did Ghana sign a border treaty with in 1998?\nAnswer: Burkina Faso.\n"
     "Q: When did Kenya open its embassy in Ghana?\nAnswer: 12 June 1964.\n",
     [("1961-03-06", "recognition", ("GH", "TG")), ("1998", "agreement", ("BF", "GH")),
      ("1964-06-12", "embassy", ("GH", "KE"))]),
    ("প্রশ্ন: কোন দেশ প্রথম ঘানাকে স্বীকৃতি দেয়?\nউত্তর: টোগো, ৬ মার্চ ১৯৬১।\n"
     "প্রশ্ন: ১৯৯৮ সালে ঘানা কোন দেশের সঙ্গে সীমান্ত চুক্তি সই করে?\nউত্তর: বুরকিনা ফাসো।\n"
     "প্রশ্ন: কেনিয়া কবে ঘানায় দূতাবাস চালু করে?\nউত্তর: ১২ জুন ১৯৬৪।\n",
     [("1961-03-06", "recognition", ("GH", "TG")), ("1998", "agreement", ("BF", "GH")),
      ("1964-06-12", "embassy", ("GH", "KE"))]),
    ("प्रश्न: किस देश ने सबसे पहले घाना को मान्यता दी?\nउत्तर: टोगो, 6 मार्च 1961।\n"
     "प्रश्न: घाना ने 1998 में किस देश के साथ सीमा समझौते पर हस्ताक्षर किए?\nउत्तर: बुर्किना फ़ासो।\n"
     "प्रश्न: केन्या ने घाना में अपना दूतावास कब खोला?\nउत्तर: 12 जून 1964।\n",
     [("1961-03-06", "recognition", ("GH", "TG")), ("1998", "agreement", ("BF", "GH")),
      ("1964-06-12", "embassy", ("GH", "KE"))]),
])
def test_a_quiz_answer_reads_with_its_question_and_the_quiz_is_about_its_common_country(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize("text, expected", [
    # choices and an answer line between questions and explanations: each unit is about the pair
    # its question and answer name (the choices are not named)
    ("Diplomatic history quiz\n\n"
     "Q1. Which country was the first to recognise Slovakia?\n(a) Hungary (b) Czechia (c) Austria (d) Poland\n"
     "Answer: (b) Czechia\nExplanation: Czechia recognised Slovakia on 1 January 1993.\n\n"
     "Q2. Chile and which country signed the Treaty of Peace and Friendship of 1984?\n"
     "(a) Peru (b) Bolivia (c) Argentina (d) Uruguay\nAnswer: (c) Argentina\n"
     "Explanation: The treaty was signed in the Vatican on 29 November 1984.\n",
     [("1993-01-01", "recognition", ("CZ", "SK")), ("1984", "agreement", ("AR", "CL")),
      ("1984-11-29", "agreement", ("AR", "CL"))]),
    ("কূটনীতি কুইজ\n\n"
     "প্রশ্ন ১. কোন দেশ প্রথম স্লোভাকিয়াকে স্বীকৃতি দেয়?\nক) হাঙ্গেরি খ) চেকিয়া গ) অস্ট্রিয়া ঘ) পোল্যান্ড\n"
     "উত্তর: খ) চেকিয়া\nব্যাখ্যা: ১৯৯৩ সালের ১ জানুয়ারি চেকিয়া স্লোভাকিয়াকে স্বীকৃতি দেয়।\n\n"
     "প্রশ্ন ২. চিলি কোন দেশের সঙ্গে ১৯৮৪ সালে শান্তি ও মৈত্রী চুক্তি সই করে?\n"
     "ক) পেরু খ) বলিভিয়া গ) আর্জেন্টিনা ঘ) উরুগুয়ে\nউত্তর: গ) আর্জেন্টিনা\n"
     "ব্যাখ্যা: চুক্তিটি ১৯৮৪ সালের ২৯ নভেম্বর সই হয়।\n",
     [("1993-01-01", "recognition", ("CZ", "SK")), ("1984", "agreement", ("AR", "CL")),
      ("1984-11-29", "agreement", ("AR", "CL"))]),
    # a quiz whose questions share one country: that country is the hub, each answer its partner
    ("अंतरराष्ट्रीय संबंध प्रश्नोत्तरी\n\n"
     "प्रश्न 1. घाना ने 1998 में किस देश के साथ सीमा समझौता किया?\n(a) टोगो (b) बुर्किना फ़ासो (c) नाइजर (d) माली\n"
     "उत्तर: (b) बुर्किना फ़ासो\nव्याख्या: यह समझौता 12 मई 1998 को हुआ।\n\n"
     "प्रश्न 2. घाना में दूतावास खोलने वाला पहला अफ़्रीकी देश कौन था?\n(a) केन्या (b) टोगो (c) मिस्र (d) नाइजीरिया\n"
     "उत्तर: (a) केन्या\nव्याख्या: केन्या ने 12 जून 1964 को अक्रा में दूतावास खोला।\n",
     [("1998", "agreement", ("BF", "GH")), ("1998-05-12", "agreement", ("BF", "GH")),
      ("1964-06-12", "embassy", ("GH", "KE"))]),
    # a question with the date, answered past its choices by who: the question's date says when;
    # an answer with a date ("উত্তর: খ) ১৯৭৩") states the question's act with that date
    ("বাংলাদেশকে স্বীকৃতি: কুইজ\n\nপ্রশ্ন ১. কোন দেশ ১৯৭২ সালের ২৪ জানুয়ারি বাংলাদেশকে স্বীকৃতি দেয়?\n"
     "ক) যুক্তরাষ্ট্র খ) পোল্যান্ড গ) চীন\nউত্তর: খ) পোল্যান্ড\n\n"
     "প্রশ্ন ২. কিউবা কবে বাংলাদেশের সঙ্গে কূটনৈতিক সম্পর্ক স্থাপন করে?\nক) ১৯৭২ খ) ১৯৭৩\nউত্তর: খ) ১৯৭৩\n"
     "ব্যাখ্যা: ১৯৭৩ সালের ১৫ মার্চ দুই দেশের সম্পর্ক স্থাপিত হয়।\n",
     [("1972-01-24", "recognition", ("BD", "PL")), ("1973", "relations_established", ("BD", "CU")),
      ("1973-03-15", "relations_established", ("BD", "CU"))]),
])
def test_quiz_units_with_choices_are_about_the_pair_their_question_and_answer_name(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Quiz: bilateral treaties\n\nQ1. In which year was the canal handed over to Panama?\nAnswer: 1999\n"
     "Explanation: the United States handed the canal to Panama on 31 December 1999.\n\n"
     "Q2. Which two countries disputed the Aouzou Strip?\nAnswer: Libya and Chad\n"
     "Explanation: Libyan troops occupied the strip in 1973.\n",
     [("1999", "other", ("PA", "US")), ("1999-12-31", "other", ("PA", "US")), ("1973", "conflict", ("LY", "TD"))]),
])
def test_a_question_naming_one_state_takes_its_pair_from_the_explanation_after_it(text, expected):
    assert dated(text) == expected


@pytest.mark.parametrize("text", [
    # choices on lines of their own, then the answer on a line of its own: it answers the question
    # above the choices, whose unit opens with that question
    ("World affairs quiz\n\n"
     "1. In 1992 which country signed a ceasefire with Moldova?\na. Romania\nb. Ukraine\nc. Russia\n"
     "d. Belarus\nCorrect answer: c. Russia\nExplanation: The ceasefire was signed on 21 July 1992.\n"
     "\n"
     "2. Which country disputes three islands with Iran?\na. Oman\nb. Qatar\n"
     "c. United Arab Emirates\nCorrect answer: c. United Arab Emirates\n"
     "Explanation: In April 1992 Iran expelled Emirati teachers from one of the islands.\n"),
    ("विश्व मामले प्रश्नोत्तरी\n\n"
     "1. 1992 में किस देश ने मोल्दोवा के साथ युद्धविराम समझौता किया?\nक. रोमानिया\nख. यूक्रेन\n"
     "ग. रूस\nघ. बेलारूस\nसही उत्तर: ग. रूस\nव्याख्या: युद्धविराम समझौता 21 जुलाई 1992 को हुआ।\n\n"
     "2. ईरान के साथ तीन द्वीपों को लेकर किस देश का विवाद है?\nक. ओमान\nख. क़तर\n"
     "ग. संयुक्त अरब अमीरात\nसही उत्तर: ग. संयुक्त अरब अमीरात\n"
     "व्याख्या: अप्रैल 1992 में ईरान ने एक द्वीप से अमीराती शिक्षकों को निकाल दिया।\n"),
    ("বিশ্ব বিষয়াবলি কুইজ\n\n"
     "১. ১৯৯২ সালে কোন দেশ মলদোভার সঙ্গে যুদ্ধবিরতি চুক্তি সই করে?\nক. রোমানিয়া\nখ. ইউক্রেন\n"
     "গ. রাশিয়া\nঘ. বেলারুশ\nসঠিক উত্তর: গ. রাশিয়া\n"
     "ব্যাখ্যা: চুক্তিটি ১৯৯২ সালের ২১ জুলাই সই হয়।\n\n"
     "২. তিনটি দ্বীপ নিয়ে ইরানের সঙ্গে কোন দেশের বিরোধ চলছে?\nক. ওমান\nখ. কাতার\n"
     "গ. সংযুক্ত আরব আমিরাত\nসঠিক উত্তর: গ. সংযুক্ত আরব আমিরাত\n"
     "ব্যাখ্যা: ১৯৯২ সালের এপ্রিলে ইরান একটি দ্বীপ থেকে আমিরাতের শিক্ষকদের বহিষ্কার করে।\n"),
])
def test_an_answer_on_its_own_line_answers_the_question_above_its_choices(text):
    assert [(d, p) for d, _t, p in dated(text)] == [("1992-07-21", ("MD", "RU")), ("1992-04", ("AE", "IR"))]


def test_quiz_questions_after_pair_headings_keep_their_own_pairs():
    text = ("গুরুত্বপূর্ণ দ্বিপাক্ষিক ঘটনা\n\n১. চিলি ও পেরু\n১৮৭৯ সালে দুই দেশের মধ্যে যুদ্ধ শুরু হয়।\n\n"
            "২. ইকুয়েডর ও পেরু\n১৯৯৮ সালে দুই দেশ শান্তিচুক্তি সই করে।\n\n"
            "প্রশ্ন: ঘানা ও টোগোর মধ্যে কূটনৈতিক সম্পর্ক কবে প্রতিষ্ঠিত হয়?\nক) ১৯৬০ খ) ১৯৬২\nসঠিক উত্তর: ক) ১৯৬০\n"
            "প্রশ্ন: কোন দুই দেশ ১৯৯৮ সালে সীমান্ত চুক্তি করে?\nসঠিক উত্তর: ইকুয়েডর ও পেরু।\n")
    assert [(d, p) for d, _t, p in dated(text)] == [
        ("1879", ("CL", "PE")), ("1998", ("EC", "PE")), ("1960", ("GH", "TG"))]     # (one 1998 agreement)


def test_numbered_quiz_questions_are_units_of_their_own_pairs():
    text = ("যুদ্ধ ও সংকট: প্রশ্নোত্তর\n\n১. চিলি কবে পেরুর সঙ্গে যুদ্ধে জড়ায়?\nক) ১৮৭৯ সালে খ) ১৮৮৩ সালে\n"
            "সঠিক উত্তর: ক) ১৮৭৯ সালে\nব্যাখ্যা: ১৮৭৯ সালের ৫ এপ্রিল চিলি পেরুর বিরুদ্ধে যুদ্ধ ঘোষণা করে।\n\n"
            "২. কোন দুই দেশ ১৯৯৮ সালে সীমান্ত চুক্তি সই করে?\nসঠিক উত্তর: ইকুয়েডর ও পেরু।\n"
            "ব্যাখ্যা: দুই দেশ ১৯৯৮ সালের ২৬ অক্টোবর ব্রাসিলিয়ায় শান্তিচুক্তি সই করে।\n")
    assert [(d, p) for d, _t, p in dated(text)] == [
        ("1879", ("CL", "PE")), ("1879-04-05", ("CL", "PE")), ("1998", ("EC", "PE")), ("1998-10-26", ("EC", "PE"))]




def test_a_bengali_story_with_an_update_stamp_turns_to_the_pair_of_its_last_paragraph():
    text = ("ইন্দোনেশিয়ার সঙ্গে বাণিজ্য আলোচনা শেষ\nনিজস্ব প্রতিবেদক\nআপডেট: ০৫ নভেম্বর ২০২৩, ১০:৪৫\n\n"
            "বাংলাদেশ ও ইন্দোনেশিয়ার মধ্যে বাণিজ্য চুক্তি নিয়ে আলোচনা সোমবার (৩০ অক্টোবর) জাকার্তায় শেষ হয়েছে।\n\n"
            "এদিকে গত ২৮ অক্টোবর বাংলাদেশ ও ব্রুনাইয়ের মধ্যে একটি সমঝোতা স্মারক সই হয়েছে।\n")
    assert [(d, p) for d, _t, p in dated(text)] == [("2023-10-30", ("BD", "ID")), ("2023-10-28", ("BD", "BN"))]


@pytest.mark.parametrize("text, expected", [
    ("Japan–Mongolia relations\n\nThe Mongolian president made a state visit to Japan in November 2010. "
     "During the visit the two sides announced a strategic partnership.\n",
     [("2010-11", "visit"), ("2010-11", "other")]),
    ("জাপান–মঙ্গোলিয়া সম্পর্ক\n\n২০১০ সালের নভেম্বরে মঙ্গোলিয়ার প্রেসিডেন্ট জাপান সফর করেন। সে সফরে জাপান "
     "মঙ্গোলিয়াকে ৫০ লাখ ডলার অনুদান দেয়।\n", [("2010-11", "visit"), ("2010-11", "aid")]),
    ("जापान–मंगोलिया संबंध\n\nनवंबर 2010 में मंगोलिया के राष्ट्रपति ने जापान की यात्रा की। इस यात्रा के दौरान "
     "दोनों देशों ने एक समझौते पर हस्ताक्षर किए।\n", [("2010-11", "visit"), ("2010-11", "agreement")]),
])
def test_the_act_told_after_during_the_visit_is_typed_by_its_own_words(text, expected):
    assert [(d, t) for d, t, _p in dated(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("चिली–पेरू संबंध\n\n23 जनवरी 2023 को दोनों राष्ट्रपतियों की मुलाक़ात हुई। मुलाक़ात के बाद दोनों नेताओं ने कई "
     "समझौतों पर दस्तख़त किए।\n", [("2023-01-23", "visit"), ("2023-01-23", "agreement")]),
    ("Chile–Peru relations\n\nThe two presidents met in Lima on 23 January 2023. After the talks, the two "
     "governments signed four agreements.\n", [("2023-01-23", "visit"), ("2023-01-23", "agreement")]),
    ("চিলি–পেরু সম্পর্ক\n\n২০২৩ সালের ২৩ জানুয়ারি দুই প্রেসিডেন্টের বৈঠক হয়। বৈঠক শেষে দুই দেশ চারটি চুক্তি সই করে।\n",
     [("2023-01-23", "visit"), ("2023-01-23", "agreement")]),
])
def test_what_is_done_right_after_the_meeting_takes_its_date(text, expected):
    assert [(d, t) for d, t, _p in dated(text)] == expected


def test_what_is_signed_during_the_visit_is_one_act_whatever_its_subjects():
    text = ("भारत–श्रीलंका संबंध\n\nभारतीय प्रधानमंत्री ने 23–24 फ़रवरी 2021 को श्रीलंका की यात्रा की। इस दौरान "
            "व्यापार, निवेश और खेल सहयोग से जुड़े पाँच समझौता ज्ञापनों पर हस्ताक्षर हुए।\n")
    expected = [("2021-02-23/2021-02-24", "visit"), ("2021-02-23/2021-02-24", "agreement")]
    assert [(d, t) for d, t, _p in dated(text)] == expected


def test_north_east_is_not_an_answer():
    text = "ঘানা কি টোগোর পশ্চিমে?\nউত্তর-পূর্ব সীমান্তে ১৯৮২ সালে ঘানা ও টোগো চুক্তি সই করে।\n"
    assert len(analyse(text).blocks) == 2


@pytest.mark.parametrize("text", [
    "Kenyan president visits Uganda\n\nKAMPALA, 10 March 2024 – Kenya's president arrived in Uganda on Sunday. "
    "The two leaders signed five agreements on 8 March.\n\n"
    "After Uganda, the president travelled on to Rwanda, where he met President Kagame on 9 March.\n",
    "কেনিয়ার প্রেসিডেন্টের উগান্ডা সফর\n\nকাম্পালা, ১০ মার্চ ২০২৪ – কেনিয়ার প্রেসিডেন্ট রবিবার উগান্ডায় পৌঁছেছেন। "
    "৮ মার্চ দুই নেতা পাঁচটি চুক্তি সই করেন।\n\n"
    "উগান্ডা সফর শেষে প্রেসিডেন্ট রুয়ান্ডা যান এবং ৯ মার্চ প্রেসিডেন্ট কাগামের সঙ্গে বৈঠক করেন।\n",
    "केन्या के राष्ट्रपति की युगांडा यात्रा\n\nकंपाला, 10 मार्च 2024 – केन्या के राष्ट्रपति रविवार को युगांडा पहुंचे। "
    "8 मार्च को दोनों नेताओं ने पांच समझौतों पर हस्ताक्षर किए।\n\n"
    "युगांडा के बाद राष्ट्रपति रवांडा गए, जहां 9 मार्च को उन्होंने राष्ट्रपति कागामे से मुलाकात की।\n",
])
def test_a_story_that_sends_the_traveller_on_to_another_state_turns_to_that_pair(text):
    assert dated(text) == [("2024-03-08", "agreement", ("KE", "UG")), ("2024-03-09", "visit", ("KE", "RW"))]


def test_the_state_owning_the_traveller_is_the_one_that_travels_on():
    text = ("Kenya and Uganda sign rail deal\n\nKAMPALA, 10 March 2024 – Kenya and Uganda signed a rail deal on "
            "8 March.\n\nUganda's president then flew to Rwanda on 9 March for talks.\n")
    assert dated(text)[-1] == ("2024-03-09", "visit", ("RW", "UG"))


def test_an_article_titled_by_its_pair_does_not_turn():
    text = ("Kenya–Uganda relations\n\nKenya and Uganda signed a rail deal in 2009. After Uganda, the Kenyan "
            "president travelled on to Rwanda in 2010.\n")
    assert ("KE", "RW") not in {p for _d, _t, p in dated(text)}


_PAIR_PAGES = [
    ("Important border disputes and peace agreements – exam notes\n\n"
     "1. Peru – Ecuador (Cenepa war)\n"
     "- The two countries fought a short border war in 1995.\n"
     "- They signed a peace agreement in Brasília on 26 October 1998, with Brazil as guarantor.\n\n"
     "2. Eritrea – Ethiopia (Badme dispute)\n"
     "- War broke out between the two in May 1998.\n"
     "- The Algiers Agreement was signed on 12 December 2000; talks were hosted by Algeria and observed by Brazil.\n\n"
     "3. Honduras – El Salvador (Football War)\n"
     "- The war began on 14 July 1969.\n"
     "- Their peace treaty, mediated by Brazil, was concluded in Lima in 1980.\n"),
    ("সীমান্ত বিরোধ ও শান্তি চুক্তি: পরীক্ষার নোট\n\n"
     "১. পেরু-ইকুয়েডর (সেনেপা যুদ্ধ)\n"
     "- ১৯৯৫ সালে দুই দেশের মধ্যে সংক্ষিপ্ত সীমান্ত যুদ্ধ হয়।\n"
     "- ১৯৯৮ সালের ২৬ অক্টোবর ব্রাজিলের মধ্যস্থতায় দুই দেশ শান্তি চুক্তি সই করে।\n\n"
     "২. ইরিত্রিয়া-ইথিওপিয়া (বাদমে বিরোধ)\n"
     "- ১৯৯৮ সালের মে মাসে দুই দেশের মধ্যে যুদ্ধ শুরু হয়।\n"
     "- ২০০০ সালের ১২ ডিসেম্বর আলজেরিয়ার মধ্যস্থতায় দুই দেশ শান্তি চুক্তি সই করে।\n\n"
     "৩. হন্ডুরাস-এল সালভাদর (ফুটবল যুদ্ধ)\n"
     "- ১৯৬৯ সালের ১৪ জুলাই দুই দেশের মধ্যে যুদ্ধ শুরু হয়।\n"
     "- ১৯৮০ সালে ব্রাজিলের পর্যবেক্ষণে দুই দেশ শান্তি চুক্তি সই করে।\n"),
    ("प्रमुख सीमा विवाद और शांति समझौते – परीक्षा नोट्स\n\n"
     "1. पेरू – इक्वाडोर (सेनेपा युद्ध)\n"
     "- 1995 में दोनों पड़ोसियों की सेनाएं सीमा पर लड़ीं।\n"
     "- 26 अक्टूबर 1998 को ब्राज़ील की मध्यस्थता में दोनों देशों ने शांति समझौते पर हस्ताक्षर किए।\n\n"
     "2. इरिट्रिया – इथियोपिया (बादमे विवाद)\n"
     "- मई 1998 में दोनों पड़ोसियों में लड़ाई छिड़ गई।\n"
     "- 12 दिसंबर 2000 को अल्जीरिया की मध्यस्थता में दोनों देशों ने शांति समझौते पर हस्ताक्षर किए।\n\n"
     "3. होंडुरास – अल सल्वाडोर (फुटबॉल युद्ध)\n"
     "- 14 जुलाई 1969 को दोनों पड़ोसियों में लड़ाई छिड़ गई।\n"
     "- 1980 में ब्राज़ील की निगरानी में दोनों देशों ने शांति संधि पर हस्ताक्षर किए।\n"),
]


@pytest.mark.parametrize("text", _PAIR_PAGES)
def test_numbered_pair_headings_over_bullets_give_each_section_its_pair_and_no_hub(text):
    d = processed(text)
    assert d.assignment.hub is None
    assert [(e.date, e.pair) for e in d.events if e.date] == [
        ("1995", ("EC", "PE")), ("1998-10-26", ("EC", "PE")), ("1998-05", ("ER", "ET")),
        ("2000-12-12", ("ER", "ET")), ("1969-07-14", ("HN", "SV")), ("1980", ("HN", "SV"))]
    assert d.pairs == [("EC", "PE"), ("ER", "ET"), ("HN", "SV")]


def test_short_lines_ending_in_a_colon_head_pairs_too():
    text = ("Border notes\n\nPeru – Ecuador:\nThe two countries fought a border war in 1995.\n\n"
            "Eritrea – Ethiopia:\nThe two countries fought a war from 1998 to 2000, with Kenya as observer.\n\n"
            "Honduras and El Salvador:\nThey signed a peace treaty in 1980, observed by Kenya.\n")
    assert [(d, p) for d, _t, p in dated(text)] == [
        ("1995", ("EC", "PE")), ("1998/2000", ("ER", "ET")), ("1980", ("HN", "SV"))]


@pytest.mark.parametrize("text, expected", [
    ("Border notes\n\nPeru – Ecuador:\nThe two countries fought a border war in 1995.\n"
     "Peru and Chile signed the Lima treaty in 1929.\nBrazil and Argentina acted as guarantors in 1998.\n\n"
     "Eritrea – Ethiopia:\nThe two countries fought a war from 1998 to 2000.\n",
     [("1995", ("EC", "PE")), ("1929", ("CL", "PE")), ("1998", ("EC", "PE")), ("1998/2000", ("ER", "ET"))]),
    ("সীমান্ত নোট\n\n১. পেরু-ইকুয়েডর\n- ১৯৯৫ সালে দুই দেশের সেনারা সীমান্তে লড়াই করে।\n"
     "- ১৯২৯ সালে পেরু ও চিলি লিমা চুক্তি সই করে।\n\n২. ইরিত্রিয়া-ইথিওপিয়া\n- ২০০০ সালে দুই দেশ শান্তি চুক্তি সই করে।\n",
     [("1995", ("EC", "PE")), ("1929", ("CL", "PE")), ("2000", ("ER", "ET"))]),
    ("सीमा नोट्स\n\n१. पेरू – इक्वाडोर\n• 1995 में दोनों पड़ोसियों की सेनाएं सीमा पर लड़ीं।\n"
     "• 1929 में पेरू और चिली ने लीमा संधि पर हस्ताक्षर किए।\n\n२. इरिट्रिया – इथियोपिया\n"
     "• 2000 में दोनों देशों ने शांति समझौते पर हस्ताक्षर किए।\n",
     [("1995", ("EC", "PE")), ("1929", ("CL", "PE")), ("2000", ("ER", "ET"))]),
])
def test_a_bullet_naming_another_pair_under_a_pair_heading_is_that_pairs(text, expected):
    """Guarantors are no pair of their own: their act stays with the section's pair."""
    assert [(d, p) for d, _t, p in dated(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Ghana–Kenya relations\n\nThe two armies hold a yearly joint exercise, Savanna Shield. Its 7th edition was "
     "held in November 2021 near Nanyuki. It began in 2011 as Lion Step and was renamed in 2015.\n",
     [("2021-11", "military"), ("2011", "military"), ("2015", "military")]),
    ("Ghana–Kenya relations\n\n== Exercise Savanna Shield ==\n"
     "The 7th edition was held in November 2021 near Nanyuki.\n",
     [("2021-11", "military")]),
    ("ঘানা–কেনিয়া সম্পর্ক\n\nদুই দেশের সেনাবাহিনী প্রতি বছর 'সাভানা শিল্ড' নামে যৌথ মহড়া করে। এর সপ্তম সংস্করণ "
     "২০২১ সালের নভেম্বরে অনুষ্ঠিত হয়।\n",
     [("2021-11", "military")]),
    ("घाना–केन्या संबंध\n\nदोनों देशों की सेनाएं 'सवाना शील्ड' नामक संयुक्त सैन्य अभ्यास करती हैं। इसका सातवाँ संस्करण "
     "नवंबर २०२१ में आयोजित हुआ।\n",
     [("2021-11", "military")]),
])
def test_the_editions_of_a_joint_exercise_named_before_are_military(text, expected):
    assert [(d, t) for d, t, _p in dated(text)] == expected


@pytest.mark.parametrize("text", [
    "Benin–Togo relations\n\nIn 1968 Benin let Ghanaian military aircraft refuel at Cotonou during the war "
    "against Togo.\n",
    "বেনিন–টোগো সম্পর্ক\n\n১৯৬৮ সালে বেনিন টোগোর বিরুদ্ধে ঘানার সামরিক বিমানকে কোতোনুতে জ্বালানি নিতে দেয়।\n",
    "बेनिन–टोगो संबंध\n\n1968 में बेनिन ने टोगो के खिलाफ घाना के सैन्य विमानों को कोतोनू में ईंधन भरने दिया।\n",
])
def test_helping_the_partners_enemy_against_it_is_conflict(text):
    assert [(d, t) for d, t, _p in dated(text)] == [("1968", "conflict")]


def test_help_for_the_partner_against_a_third_state_is_not_conflict():
    text = "Benin–Togo relations\n\nIn 1968 Benin sent troops to help Togo against Ghana.\n"
    assert [(d, t) for d, t, _p in dated(text)] == [("1968", "military")]


@pytest.mark.parametrize("text, expected", [
    ("Ghana–Kenya relations\n\nThe two armies hold a yearly joint exercise. It started as Lion Step in 2011.\n",
     [("2011", "military")]),
    ("ঘানা–কেনিয়া সম্পর্ক\n\nদুই দেশের সেনাবাহিনী 'সাভানা শিল্ড' নামে যৌথ মহড়া করে। ২০১১ সালে 'লায়ন স্টেপ' নামে এর "
     "যাত্রা শুরু হয়।\n",
     [("2011", "military")]),
    ("घाना–केन्या संबंध\n\nघाना और केन्या की थलसेनाएं हर साल 'सवाना शील्ड' नाम का संयुक्त अभ्यास करती हैं। इसकी शुरुआत 2011 में "
     "'लायन स्टेप' के नाम से हुई थी और 2015 में इसका नाम बदल दिया गया।\n",
     [("2011", "military"), ("2015", "military")]),
    ("Ghana–Kenya relations\n\nKenya stationed troops in Ghana from 1975. The withdrawal was completed in June 1987.\n",
     [("1975", "military"), ("1987-06", "military")]),
])
def test_the_start_renaming_and_withdrawal_of_a_military_matter_told_before(text, expected):
    assert [(d, t) for d, t, _p in dated(text)] == expected


@pytest.mark.parametrize("text", [
    "Ghana–Kenya relations\n\nKenya sent troops to Ghana in 1975. The last unit returned home in June 1987.\n",
    "ঘানা–কেনিয়া সম্পর্ক\n\n১৯৭৫ সালে কেনিয়া ঘানায় সৈন্য পাঠায়। ১৯৮৭ সালের জুনে শেষ দলটি ফিরে আসে।\n",
    "घाना–केन्या संबंध\n\n1975 में केन्या ने अपने सैनिक घाना भेजे। अंतिम दल जून 1987 में वापस लौटा।\n",
])
def test_the_return_of_forces_sent_before_is_military(text):
    assert [(d, t) for d, t, _p in dated(text)] == [("1975", "military"), ("1987-06", "military")]


@pytest.mark.parametrize("text", [
    "Kenya–Tanzania relations\n\nKenya and Tanzania signed an agreement on 5 June 2001 to cooperate against armed "
    "groups operating in Tanzania.\n",
    "কেনিয়া–তানজানিয়া সম্পর্ক\n\n২০০১ সালের ৫ জুন তানজানিয়ায় সক্রিয় সশস্ত্র গোষ্ঠীর বিরুদ্ধে সহযোগিতার জন্য কেনিয়া ও "
    "তানজানিয়া একটি চুক্তি সই করে।\n",
])
def test_cooperation_against_groups_active_in_a_member_state_is_no_act_against_it(text):
    assert dated(text) == [("2001-06-05", "agreement", ("KE", "TZ"))]


@pytest.mark.parametrize("text, expected", [
    # a list whose items share the verb at its end (Hindi, Bengali)
    ("केन्या और युगांडा ने 2008 में शिक्षा विनिमय कार्यक्रम, 2011 में वीज़ा छूट समझौते तथा 2015 में कृषि सहयोग पर "
     "समझौता ज्ञापन पर हस्ताक्षर किए।", [("2008", "agreement"), ("2011", "agreement"), ("2015", "agreement")]),
    ("কেনিয়ার সংসদ ২০২৪ সালের জানুয়ারিতে এবং উগান্ডার সংসদ ২০২৪ সালের ২ ফেব্রুয়ারি চুক্তিটি অনুসমর্থন করে।",
     [("2024-01", "agreement"), ("2024-02-02", "agreement")]),
    # the verb said once, before the gap (English)
    ("The treaty was ratified by Kenya's parliament in January 2024 and by Uganda's parliament on February 2, 2024.",
     [("2024-01", "agreement"), ("2024-02-02", "agreement")]),
    ("Relations with Kenya were formally established on 24 March 1964; relations with Uganda followed on "
     "30 June 1964.", [("1964-03-24", "relations_established"), ("1964-06-30", "relations_established")]),
    ("Kenya and Uganda held a joint cabinet meeting in Kampala in May 2012, followed by another in Nairobi in 2016.",
     [("2012-05", "visit"), ("2016", "visit")]),
])
def test_a_date_whose_part_tells_no_act_shares_the_predicate_next_to_it(text, expected):
    assert [(d, t) for d, t, _p in dated(text)] == expected


def test_a_date_that_shares_a_predicate_still_goes_when_it_dates_a_domestic_happening():
    text = ("Kenya joined the Commonwealth in 1963, and Uganda amended its constitution in 1967; "
            "the two signed a border treaty in 1970.")
    assert [(d, t) for d, t, _p in dated(text)] == [("1970", "agreement")]


def test_a_table_with_sentences_in_its_notes_column_types_each_column_apart():
    text = ("Foreign relations of Kenya\n\nKenya has relations with many states.\n\n"
            "| Country | Formal relations began | Notes |\n"
            "| Ghana | 17 July 1964 | Both countries signed a treaty of friendship, culture and scientific cooperation "
            "in 1996. The Ghanaian president made an official visit to Nairobi in January 2019. |\n"
            "| Togo | 18 November 1965 | Togo opened its embassy in Nairobi in 2006. |\n")
    assert [(d, t) for d, t, _p in dated(text)] == [
        ("1964-07-17", "relations_established"), ("1996", "agreement"), ("2019-01", "visit"),
        ("1965-11-18", "relations_established"), ("2006", "embassy")]


def test_a_date_in_a_when_clause_that_tells_a_domestic_happening_dates_that_happening():
    text = ("Ghana–Togo relations\n\nWhen Togo declared independence in April 1960, Ghana objected to its "
            "borders. Ghana and Togo signed a border treaty in 1965.")
    assert [(d, t) for d, t, _p in dated(text)] == [("1965", "agreement")]


@pytest.mark.parametrize("text", [
    '"In May 2004 I signed the trade treaty with Nepal," the Indian minister said.',
    "After World War I ended in 1918, France and Nepal signed a treaty.",
    "आयरलैंड की राष्ट्रपति मेरी रॉबिन्सन ने 1993 में भारत की राजकीय यात्रा की।",
])
def test_an_official_quoted_in_the_first_person_a_numeral_and_a_name_are_no_private_story(text):
    assert dated(text)


@pytest.mark.parametrize("text", [
    "Ghana–Togo relations\n\nIt was 1975. The Ghanaian president paid a state visit to Lomé.",
    "ঘানা–টোগো সম্পর্ক\n\nসেটা ছিল ১৯৭৫ সাল। ঘানার প্রেসিডেন্ট রাষ্ট্রীয় সফরে লোমে যান।",
    "घाना–टोगो संबंध\n\nवह 1975 का साल था। घाना के राष्ट्रपति राजकीय यात्रा पर लोमे गए।",
])
def test_a_sentence_that_only_sets_the_year_dates_the_act_told_next(text):
    assert [(d, t) for d, t, _p in dated(text)] == [("1975", "visit")]


@pytest.mark.parametrize("text", [
    ("Finland–Russia relations\n\nThe Cold War brought practical deals with the Soviet Union. The two signed a "
     "border treaty in 1957.\n\nFinland and Russia signed a trade agreement in 1994.\n"),
    ("ফিনল্যান্ড–রাশিয়া সম্পর্ক\n\nস্নায়ুযুদ্ধের সময় সোভিয়েত ইউনিয়নের সঙ্গে কয়েকটি চুক্তি হয়। দুই দেশ ১৯৫৭ সালে সীমান্ত "
     "চুক্তি সই করে।\n\nফিনল্যান্ড ও রাশিয়া ১৯৯৪ সালে একটি বাণিজ্য চুক্তি সই করে।\n"),
    ("फ़िनलैंड–रूस संबंध\n\nशीत युद्ध के दौरान सोवियत संघ के साथ कई समझौते हुए। दोनों देशों ने 1957 में सीमा संधि पर "
     "हस्ताक्षर किए।\n\nफ़िनलैंड और रूस ने 1994 में एक व्यापार समझौते पर हस्ताक्षर किए।\n"),
])
def test_before_the_soviet_union_ended_russias_acts_in_a_passage_naming_it_were_the_soviet_unions(text):
    assert [(d, p) for d, _t, p in dated(text)] == [("1957", ("FI", "SU")), ("1994", ("FI", "RU"))]


@pytest.mark.parametrize("text", [
    "Finland–Russia relations\n\nThe Soviet Union and Finland signed a border treaty in 1957.\n",
    "ফিনল্যান্ড–রাশিয়া সম্পর্ক\n\n১৯৫৭ সালে সোভিয়েত ইউনিয়ন ও ফিনল্যান্ড একটি সীমান্ত চুক্তি সই করে।\n",
    "फ़िनलैंड–रूस संबंध\n\n1957 में सोवियत संघ और फ़िनलैंड ने एक सीमा संधि पर हस्ताक्षर किए।\n",
])
def test_a_text_about_russia_naming_the_soviet_union_names_russia_as_it_then_was(text):
    assert [(d, p) for d, _t, p in dated(text)] == [("1957", ("FI", "SU"))]


@pytest.mark.parametrize("text", [
    ("Finland–Russia relations\n\nThe Soviet Union recognised Finland in 1955. From 1 to 5 March 1958 the prime "
     "minister visited the Soviet Union. During that visit a trade agreement was signed.\n"),
    ("ফিনল্যান্ড–রাশিয়া সম্পর্ক\n\n১৯৫৫ সালে সোভিয়েত ইউনিয়ন ফিনল্যান্ডকে স্বীকৃতি দেয়। ১৯৫৮ সালের ১ থেকে ৫ মার্চ প্রধানমন্ত্রী "
     "সোভিয়েত ইউনিয়ন সফর করেন। সে সফরে একটি বাণিজ্য চুক্তি সই হয়।\n"),
    ("फ़िनलैंड–रूस संबंध\n\n1955 में सोवियत संघ ने फ़िनलैंड को मान्यता दी। 1 से 5 मार्च 1958 तक प्रधानमंत्री ने सोवियत "
     "संघ की यात्रा की। इस यात्रा के दौरान एक व्यापार समझौते पर हस्ताक्षर हुए।\n"),
])
def test_a_sentence_naming_only_the_predecessor_of_a_member_is_the_pairs_in_its_time(text):
    # ("visited the Soviet Union" in a text about Russia: no third state's act)
    assert [(d, t, p) for d, t, p in dated(text)][1:] == [
        ("1958-03-01/1958-03-05", "visit", ("FI", "SU")), ("1958-03-01/1958-03-05", "agreement", ("FI", "SU"))]


@pytest.mark.parametrize("text", [
    ("Foreign relations of Russia\n\nLatvia\nThe Soviet Union recognised the independence of Latvia on "
     "6 September 1991. Russia and Latvia established diplomatic relations on 4 October 1991.\n"),
    ("রাশিয়ার বৈদেশিক সম্পর্ক\n\nলাটভিয়া\n১৯৯১ সালের ৬ সেপ্টেম্বর সোভিয়েত ইউনিয়ন লাটভিয়ার স্বাধীনতাকে স্বীকৃতি দেয়। "
     "১৯৯১ সালের ৪ অক্টোবর রাশিয়া ও লাটভিয়ার মধ্যে কূটনৈতিক সম্পর্ক স্থাপিত হয়।\n"),
    ("रूस के विदेश संबंध\n\nलातविया\nसोवियत संघ ने 6 सितंबर 1991 को लातविया की स्वतंत्रता को मान्यता दी। "
     "रूस और लातविया के बीच राजनयिक संबंध 4 अक्टूबर 1991 को स्थापित हुए।\n"),
])
def test_in_a_hub_of_russia_the_soviet_union_is_no_partner_and_russia_named_is_russia(text):
    # (the hub's Russia before 1992 is the Soviet Union, which makes no pair with itself)
    assert [(d, p) for d, _t, p in dated(text)] == [("1991-09-06", ("LV", "SU")), ("1991-10-04", ("LV", "RU"))]

@pytest.mark.parametrize("text", [
    "Soviet Union–Vietnam relations\n\nIn July 1955 the Vietnamese president visited Moscow.\n",
    "সোভিয়েত ইউনিয়ন–ভিয়েতনাম সম্পর্ক\n\n১৯৫৫ সালের জুলাইয়ে ভিয়েতনামের প্রেসিডেন্ট মস্কো সফর করেন।\n",
    "सोवियत संघ–वियतनाम संबंध\n\nजुलाई 1955 में वियतनाम के राष्ट्रपति ने मास्को की यात्रा की।\n",
])
def test_in_a_text_about_the_soviet_union_moscow_is_its_capital(text):
    assert dated(text) == [("1955-07", "visit", ("SU", "VN"))]

@pytest.mark.parametrize("text", [
    "Nepal–Russia relations\n\nNepal and the Soviet Union established diplomatic relations in 1956. Nepal "
    "recognised the new federation in December 1991.\n",
    "নেপাল–রাশিয়া সম্পর্ক\n\n১৯৫৬ সালে নেপাল ও সোভিয়েত ইউনিয়নের মধ্যে কূটনৈতিক সম্পর্ক স্থাপিত হয়। ১৯৯১ সালের "
    "ডিসেম্বরে নেপাল নতুন ফেডারেশনকে স্বীকৃতি দেয়।\n",
    "नेपाल–रूस संबंध\n\n1956 में नेपाल और सोवियत संघ के बीच राजनयिक संबंध स्थापित हुए। दिसंबर 1991 में नेपाल ने नए संघ "
    "को मान्यता दी।\n",
])
def test_a_date_as_precise_as_the_month_the_soviet_union_ended_in_is_russias(text):
    assert [(d, p) for d, _t, p in dated(text)] == [("1956", ("NP", "SU")), ("1991-12", ("NP", "RU"))]

@pytest.mark.parametrize("text", [
    "Foreign relations of Russia\n\nSoviet Union\nRussia and the Soviet Union: Russia is the continuing state of the "
    "Soviet Union and took over its embassies and its seat at the United Nations.\n\nLatvia\nRussia and Latvia "
    "established diplomatic relations on 4 October 1991.\n",
    "রাশিয়ার বৈদেশিক সম্পর্ক\n\nসোভিয়েত ইউনিয়ন\nরাশিয়া ও সোভিয়েত ইউনিয়ন: রাশিয়া সোভিয়েত ইউনিয়নের উত্তরসূরি রাষ্ট্র এবং তার "
    "দূতাবাসগুলোর দায়িত্ব নেয়।\n\nলাটভিয়া\n১৯৯১ সালের ৪ অক্টোবর রাশিয়া ও লাটভিয়ার মধ্যে কূটনৈতিক সম্পর্ক স্থাপিত হয়।\n",
    "रूस के विदेश संबंध\n\nसोवियत संघ\nरूस और सोवियत संघ: रूस सोवियत संघ का उत्तराधिकारी राज्य है और उसने उसके दूतावास "
    "संभाले।\n\nलातविया\nरूस और लातविया के बीच राजनयिक संबंध 4 अक्टूबर 1991 को स्थापित हुए।\n",
])
def test_a_state_and_its_predecessor_are_never_a_pair_of_a_document(text):
    assert processed(text).pairs == [("LV", "RU")]


@pytest.mark.parametrize("text", [
    "China–Tonga relations\n\nTonga had recognised the Republic of China (Taiwan) in 1972.\n",
    "চীন–টোঙ্গা সম্পর্ক\n\nটোঙ্গা চীন প্রজাতন্ত্রকে (তাইওয়ান) ১৯৭২ সালে স্বীকৃতি দেয়।\n",
    "चीन–टोंगा संबंध\n\nटोंगा ने चीन गणराज्य (ताइवान) को 1972 में मान्यता दी।\n",
])
def test_a_parenthesis_glossing_a_name_keeps_the_third_state_in_its_clause(text):
    assert dated(text) == []        # Tonga's act with Taiwan, not with China


@pytest.mark.parametrize("text", [
    "History quiz\n\nQuestion 1. Which war did Russia and Japan fight?\nAnswer: the war that began in February 1904 "
    "between Russia and Japan.\n\nQuestion 2. When did Finland and the Soviet Union sign the Moscow Peace Treaty?\n"
    "Answer: on 12 March 1940.\n",
    "ইতিহাস কুইজ\n\nপ্রশ্ন ১. রাশিয়া ও জাপানের মধ্যে কোন যুদ্ধ হয়?\nউত্তর: ১৯০৪ সালের ফেব্রুয়ারিতে রাশিয়া ও জাপানের মধ্যে "
    "যুদ্ধ শুরু হয়।\n\nপ্রশ্ন ২. ফিনল্যান্ড ও সোভিয়েত ইউনিয়ন কবে মস্কো শান্তিচুক্তি সই করে?\nউত্তর: ১৯৪০ সালের ১২ মার্চ।\n",
    "इतिहास प्रश्नोत्तरी\n\nप्रश्न 1. रूस और जापान के बीच कौन सा युद्ध हुआ?\nउत्तर: फरवरी 1904 में रूस और जापान के बीच "
    "युद्ध शुरू हुआ।\n\nप्रश्न 2. फ़िनलैंड और सोवियत संघ ने मास्को शांति संधि कब की?\nउत्तर: 12 मार्च 1940 को।\n",
])
def test_russia_before_1917_is_the_russian_empire_and_its_passage_names_no_pair(text):
    doc = processed(text)
    assert [(e.date, e.pair) for e in doc.events] == [("1940-03-12", ("FI", "SU"))]
    assert ("JP", "RU") not in doc.pairs


@pytest.mark.parametrize("text", [
    "Quiz\n\nQuestion 1: Which country fought the four-day war with Egypt?\nAnswer: Libya\n"
    "Explanation: Egypt and Libya fought a border war on 21 July 1977.\n\n"
    "Question 2: Which country shares the Itaipu dam with Brazil?\nAnswer: Paraguay\n"
    "Explanation: Brazil and Paraguay signed the Itaipu Treaty on 26 April 1973.\n\nRemember:\n"
    "• Egypt–Libya: the four-day border war (1977)\n• Brazil–Paraguay: the Itaipu Treaty (1973)\n",
    "কুইজ\n\nপ্রশ্ন ১: মিসরের সঙ্গে চার দিনের যুদ্ধ কোন দেশের হয়?\nউত্তর: লিবিয়া\n"
    "ব্যাখ্যা: ১৯৭৭ সালের ২১ জুলাই মিসর ও লিবিয়ার মধ্যে সীমান্ত যুদ্ধ হয়।\n\n"
    "প্রশ্ন ২: ইতাইপু বাঁধ ব্রাজিলের সঙ্গে কোন দেশের?\nউত্তর: প্যারাগুয়ে\n"
    "ব্যাখ্যা: ১৯৭৩ সালের ২৬ এপ্রিল ব্রাজিল ও প্যারাগুয়ে ইতাইপু চুক্তি সই করে।\n\nমনে রাখুন:\n"
    "• মিসর–লিবিয়া: চার দিনের সীমান্ত যুদ্ধ (১৯৭৭)\n• ব্রাজিল–প্যারাগুয়ে: ইতাইপু চুক্তি (১৯৭৩)\n",
    "प्रश्नोत्तरी\n\nप्रश्न 1: मिस्र के साथ चार दिन का युद्ध किस देश ने लड़ा?\nउत्तर: लीबिया\n"
    "व्याख्या: 21 जुलाई 1977 को मिस्र और लीबिया के बीच सीमा युद्ध हुआ।\n\n"
    "प्रश्न 2: इताइपु बांध ब्राज़ील के साथ किस देश का है?\nउत्तर: पैराग्वे\n"
    "व्याख्या: 26 अप्रैल 1973 को ब्राज़ील और पैराग्वे ने इताइपु संधि पर हस्ताक्षर किए।\n\nयाद रखें:\n"
    "• मिस्र–लीबिया: चार दिन का सीमा युद्ध (1977)\n• ब्राज़ील–पैराग्वे: इताइपु संधि (1973)\n",
])
def test_a_list_item_a_pair_labels_is_that_pairs_after_the_last_quiz_unit(text):
    events = [(e.date, e.pair) for e in processed(text).events if e.date]
    assert ("1977", ("EG", "LY")) in events and ("1977", ("BR", "PY")) not in events


@pytest.mark.parametrize("text", [
    "Foreign relations of India\n\nJamaica\nJamaica became independent from Britain on 6 August 1962, and India "
    "established relations with it soon after.\n",
    "भारत के विदेश संबंध\n\nजमैका\nजमैका 6 अगस्त 1962 को ब्रिटेन से स्वतंत्र हुआ, जिसके कुछ समय बाद भारत के साथ उसके "
    "राजनयिक संबंध स्थापित हुए।\n",
    "ভারতের বৈদেশিক সম্পর্ক\n\nজ্যামাইকা\n১৯৬২ সালের ৬ আগস্ট জ্যামাইকা ব্রিটেন থেকে স্বাধীনতা লাভ করে এবং এর কিছুদিন পর "
    "ভারতের সঙ্গে তার কূটনৈতিক সম্পর্ক স্থাপিত হয়।\n",
])
def test_the_state_a_partner_won_independence_from_is_no_partner_of_the_hub(text):
    assert processed(text).pairs == [("IN", "JM")]


_GHANA = founded_years()["GH"]


@pytest.mark.parametrize("template, years_before, kept", [
    ("Ghana–India relations\n\nIndia and Ghana established diplomatic relations in {y}.\n", 2, True),
    ("ঘানা–ভারত সম্পর্ক\n\nভারত ও ঘানা {y} সালে কূটনৈতিক সম্পর্ক স্থাপন করে।\n", 2, True),
    ("घाना–भारत संबंध\n\nभारत और घाना ने {y} में राजनयिक संबंध स्थापित किए।\n", 2, True),
    # long before its independence the land was a colony: its dealings are not the pair's
    ("Ghana–India relations\n\nIndia and Ghana established diplomatic relations in {y}.\n", 10, False),
    # only relations come early: an embassy opened before the state existed is a predecessor's
    ("Ghana–India relations\n\nIndia opened an embassy in Ghana in {y}.\n", 2, False),
])
def test_relations_established_in_the_last_years_before_independence_are_the_pairs(template, years_before, kept):
    events = dated(template.format(y=_GHANA - years_before))
    assert events == ([(str(_GHANA - years_before), "relations_established", ("GH", "IN"))] if kept else [])


@pytest.mark.parametrize("text, expected", [
    # numbered question and answer lines: the answer names the partner and the date, the question the act
    ("Ghana quiz\n\nQ1. Which country was first to establish relations with Ghana?\nA1. Togo (March 1961).\n"
     "Q2. Which country first opened an embassy in Ghana?\nA2. Kenya, June 1964.\n",
     [("1961-03", "relations_established", ("GH", "TG")), ("1964-06", "embassy", ("GH", "KE"))]),
    ("ঘানা: কুইজ\n\nপ্রশ্ন: কোন দেশ প্রথম ঘানাকে স্বীকৃতি দেয়?\nটোগো (মার্চ ১৯৬১)।\n",
     [("1961-03", "recognition", ("GH", "TG"))]),
    ("घाना: प्रश्नोत्तरी\n\nप्रश्न: किस देश ने सबसे पहले घाना को मान्यता दी?\nटोगो (मार्च 1961)।\n",
     [("1961-03", "recognition", ("GH", "TG"))]),
])
def test_a_short_answer_on_its_own_line_takes_the_act_its_question_asks_about(text, expected):
    assert dated(text) == expected


def test_a_sentence_after_a_rhetorical_question_keeps_its_own_words():
    text = "Ghana and Togo\n\nWho signed the border treaty? Nobody knows why Togo was quiet in 1999 and after.\n"
    assert [t for _d, t, _p in dated(text)] == ["other"]


@pytest.mark.parametrize("text", [
    "Mauritius–Kenya relations\n\nThere were no diplomatic relations until 1994.\n",
    "মরিশাস–কেনিয়া সম্পর্ক\n\n১৯৯৪ সাল পর্যন্ত দুই দেশের মধ্যে কোনো কূটনৈতিক সম্পর্ক ছিল না।\n",
    "मॉरीशस–केन्या संबंध\n\nशीत युद्ध में मॉरीशस ने केन्या से दूरी रखी और 1994 तक दोनों देशों के बीच कोई राजनयिक संबंध "
    "नहीं थे।\n",
])
def test_no_relations_until_a_year_dates_their_establishment(text):
    assert [(d, t) for d, t, _p in dated(text)] == [("1994", "relations_established")]


@pytest.mark.parametrize("text", [
    "मॉरीशस–केन्या संबंध\n\n2030 तक दोनों देश व्यापार दोगुना करेंगे।\n",
    # no flights until a year is a state of affairs (ANNOTATION 3), not an event
    "मॉरीशस–केन्या संबंध\n\n1994 तक दोनों देशों के बीच कोई सीधी हवाई सेवा नहीं थी।\n",
])
def test_a_year_by_or_until_which_nothing_happened_stays_no_event(text):
    assert dated(text) == []


def test_at_present_points_back_to_no_act():
    # "इस समय" is "at present"; "उसी समय" is "at that same time"
    text = ("नेपाल–क़तर संबंध\n\n15 मई 2022 को नेपाल के प्रधानमंत्री क़तर पहुंचे। उसी समय दोनों देशों ने श्रम समझौते पर "
            "हस्ताक्षर किए। क़तर में इस समय लगभग चार लाख नेपाली कामगार हैं, जो वहाँ निर्माण क्षेत्र में काम करते हैं।\n")
    assert [(d, t) for d, t, _p in dated(text)] == [("2022-05-15", "visit"), ("2022-05-15", "agreement")]


@pytest.mark.parametrize("text", [
    "पाकिस्तान–केन्या संबंध\n\n2 अप्रैल 1964 को दोनों देशों ने कराची में मैत्री समझौते पर हस्ताक्षर किए और अगले वर्ष दोनों "
    "एक रक्षा संगठन के सदस्य बने।\n",
    "Pakistan–Kenya relations\n\nOn 2 April 1964 the two signed a friendship agreement in Karachi, and the next year "
    "both became members of a defence pact.\n",
])
def test_an_act_of_its_own_clause_stays_beside_a_membership(text):
    assert [(d, t) for d, t, _p in dated(text)] == [("1964-04-02", "agreement")]


def test_a_membership_told_across_two_clauses_stays_no_event():
    text = ("केन्या–युगांडा संबंध\n\nकेन्या पूर्वी अफ्रीकी समुदाय का सदस्य है; समुदाय में यह 1995 में शामिल हुआ।\n")
    assert dated(text) == []


@pytest.mark.parametrize("text", [
    "Kenya–Uganda relations\n\nThe agreement creating the East African Confederation was signed on 12 December 1981 "
    "and came into effect on 1 February 1982.\n",
    "केन्या–युगांडा संबंध\n\nपूर्वी अफ्रीकी परिसंघ बनाने वाले समझौते पर 12 दिसंबर 1981 को हस्ताक्षर हुए और वह 1 फ़रवरी 1982 "
    "को लागू हुआ।\n",
])
def test_the_treaty_of_a_union_of_the_two_is_theirs(text):
    assert [(d, t) for d, t, _p in dated(text)] == [("1981-12-12", "agreement"), ("1982-02-01", "agreement")]


@pytest.mark.parametrize("text", [
    "China–Ghana relations\n\nGhana established diplomatic relations with Taiwan in 1983, but on 16 September 2019 it "
    "cut ties with Taipei and recognised China.",
    "चीन–घाना संबंध\n\nघाना ने 1983 में ताइवान के साथ राजनयिक संबंध स्थापित किए थे, लेकिन 16 सितंबर 2019 को उसने ताइपे से "
    "संबंध तोड़कर चीन को मान्यता दी।",
    "চীন–ঘানা সম্পর্ক\n\nঘানা ১৯৮৩ সালে তাইওয়ানের সঙ্গে কূটনৈতিক সম্পর্ক স্থাপন করে, কিন্তু ২০১৯ সালের ১৬ সেপ্টেম্বর "
    "তাইপের সঙ্গে সম্পর্ক ছিন্ন করে চীনকে স্বীকৃতি দেয়।",
])
def test_a_dates_clause_where_one_member_acts_with_a_third_state_is_not_the_pairs(text):
    # the sentence names both members, but the 1983 act is the member's with a third state (ANNOTATION 3)
    assert [(d, p) for d, _t, p in dated(text)] == [("2019-09-16", ("CN", "GH"))]


@pytest.mark.parametrize("text", [
    # a former state other than the Soviet Union (which the guide gives its code) makes no pair: its
    # dealings are a predecessor's (ANNOTATION 2)
    "Ghana–Serbia relations\n\nGhana and Yugoslavia established diplomatic relations in 1958. Ghana and Serbia "
    "signed a visa agreement in 2015.\n",
    "ঘানা–সার্বিয়া সম্পর্ক\n\n১৯৫৮ সালে ঘানা ও যুগোস্লাভিয়া কূটনৈতিক সম্পর্ক স্থাপন করে। ২০১৫ সালে ঘানা ও সার্বিয়া একটি "
    "চুক্তি সই করে।\n",
    "घाना–सर्बिया संबंध\n\n1958 में घाना और यूगोस्लाविया ने राजनयिक संबंध स्थापित किए। 2015 में घाना और सर्बिया ने एक "
    "समझौता किया।\n",
])
def test_a_predecessor_other_than_the_soviet_union_makes_no_pair(text):
    doc = processed(text)
    assert [e.date for e in doc.events if e.date] == ["2015"]
    assert len(doc.pairs) == 1


def test_the_soviet_union_makes_pairs():
    doc = processed("Ghana–Russia relations\n\nGhana and the Soviet Union established diplomatic relations in "
                    "1958. Ghana and Russia signed a visa agreement in 2015.\n")
    assert [(e.date, e.pair) for e in doc.events if e.date] == [("1958", ("GH", "SU")), ("2015", ("GH", "RU"))]
