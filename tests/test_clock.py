"""The document clock: stamps and datelines are found and never dated events; a day and month
without a year takes one from the sentence, the story, then the text's own date."""

from __future__ import annotations

import pytest

from relations_desktop.corpus.clock import complete, read_clock, story_year
from relations_desktop.corpus.dates import find_dates
from relations_desktop.corpus.structure import analyse
from tests.text_helpers import processed


def clock_of(text):
    return read_clock(text, analyse(text).blocks)


def stamp_texts(text):
    return [(s.kind, text[s.start:s.end]) for s in clock_of(text).stamps]


@pytest.mark.parametrize("text, kind, piece", [
    (" date 2023-04-02 site\nKenya and Uganda held talks.", "crawl", "date 2023-04-02"),
    ("Nairobi, 14 March 2021 (KNA) – Kenya and Tanzania agreed to reopen the border.", "dateline",
     "Nairobi, 14 March 2021 (KNA) –"),
    ("কাঠমান্ডু, ৩ মে (বাসস) - নেপাল ও শ্রীলঙ্কা দুটি চুক্তি সই করেছে।", "dateline", "কাঠমান্ডু, ৩ মে (বাসস) -"),
    ("काठमांडू, 3 मई (भाषा) नेपाल और श्रीलंका ने दो समझौतों पर हस्ताक्षर किए।", "dateline", "काठमांडू, 3 मई (भाषा)"),
    ("Colombo (Reuters) May 3, 2019 Sri Lanka said on Friday it would open a mission.", "dateline",
     "Colombo (Reuters) May 3, 2019"),
    ("March 9 – The two ministers met in Accra.", "dateline", "March 9 –"),
    ("किंग्सटाउन (सेंट विंसेंट), 15 दिसंबर 2023 (रॉयटर्स)। दोनों राष्ट्रपतियों ने मुलाकात की।", "dateline",
     "किंग्सटाउन (सेंट विंसेंट), 15 दिसंबर 2023 (रॉयटर्स)"),
    ("Updated: Jun 9, 2021, 18:02 IST\n\nGhana and Togo signed a pact.", "updated", "Updated: Jun 9, 2021, 18:02 IST"),
    ("আপডেট: ৯ জুন ২০২১, ১০:১৫\nনেপাল ও ভুটানের মধ্যে বৈঠক।", "updated", "আপডেট: ৯ জুন ২০২১, ১০:১৫"),
    ("प्रकाशित: 9 जून 2021\nनेपाल और भूटान की बैठक।", "published", "प्रकाशित: 9 जून 2021"),
    ("শুক্রবার, ৯ জুন ২০২৩\nনেপাল ও ভুটানের মধ্যে বৈঠক হয়েছে বলে জানা গেছে আজ।", "header", "শুক্রবার, ৯ জুন ২০২৩"),
    ("09/06/2023 14:20\nGhana and Togo agreed.", "header", "09/06/2023 14:20"),
    ("Ghana and Togo agreed.\nCopyright 2001-2023 Example News", "copyright", "Copyright 2001-2023"),
    ("Ghana and Togo agreed.\n© Example Post 2022.", "copyright", "© Example Post 2022"),
    ("By A. Mensah | Updated: 14-03-2021 09:10 IST\nGhana and Togo agreed.", "updated", "Updated: 14-03-2021 09:10"),
    ("প্রকাশ: ১৪/০৩/২০২১\nনেপাল ও ভুটানের মধ্যে বৈঠক।", "published", "প্রকাশ: ১৪/০৩/২০২১"),
    ("पब्लिश्ड: 14 मार्च 2021\nनेपाल और भूटान की बैठक।", "published", "पब्लिश्ड: 14 मार्च 2021"),
    ("पोस्टेड ऑन: 14 मार्च 2021\nनेपाल और भूटान की बैठक।", "updated", "पोस्टेड ऑन: 14 मार्च 2021"),
    ("Mar 14, 2021 | 09:10 AM IST\nGhana and Togo agreed.", "header", "Mar 14, 2021 | 09:10 AM"),
    ("পোস্ট করা হয়েছে: ১৪ মার্চ ২০২১ | ৩৪৫ বার পড়া হয়েছে\nনেপাল ও ভুটানের মধ্যে বৈঠক।", "published",
     "১৪ মার্চ ২০২১"),
    ("A history\nApril 2, 2022 by A. Writer · 14 comments · 9 min read\n\nGhana and Togo agreed.", "header",
     "April 2, 2022 by A. Writer"),
    ("ইতিহাস\nমে ২১, ২০২১ · লিখেছেন রাশেদ · ৮ মিনিটে পড়ুন\n\nনেপাল ও ভুটানের মধ্যে বৈঠক।", "header", "মে ২১, ২০২১"),
    ("ইতিহাস\nব্লগ | ফিচার | ২১ জুন ২০২৩ | পড়তে সময় লাগবে ৬ মিনিট\n\nনেপাল ও ভুটানের মধ্যে বৈঠক।", "header",
     "২১ জুন ২০২৩"),
    ("यात्रा\nयात्राकथा ब्लॉग | लेखिका: सुरभि | 3 सितंबर 2024 को पोस्ट किया गया\n\nनेपाल और भूटान की बैठक।", "header",
     "3 सितंबर 2024"),
    # a story from two places; a masthead's weekday before its date
    ("बमाको/अल्जीयर्स, 7 अप्रैल (एजेंसियां) माली और अल्जीरिया के बीच तनाव बढ़ा।", "dateline",
     "बमाको/अल्जीयर्स, 7 अप्रैल (एजेंसियां)"),
    ("ঢাকা, বুধবার ১৪ মে ২০২৫ | ৩১ বৈশাখ ১৪৩২\n\nনেপাল ও ভুটানের মধ্যে বৈঠক।", "dateline", "ঢাকা, বুধবার ১৪ মে ২০২৫"),
    # a masthead's place, a bar, then the weekday and the date
    ("काठमांडू | गुरुवार, 16 नवंबर 2023\nहोम / दुनिया\n\nनेपाल और भूटान की बैठक।", "dateline",
     "काठमांडू | गुरुवार, 16 नवंबर 2023"),
    ("ঢাকা | বৃহস্পতিবার, ১৬ নভেম্বর ২০২৩\n\nনেপাল ও ভুটানের মধ্যে বৈঠক।", "dateline", "ঢাকা | বৃহস্পতিবার, ১৬ নভেম্বর ২০২৩"),
    ("Lomé | Thursday, 16 November 2023\n\nGhana and Togo met.", "dateline", "Lomé | Thursday, 16 November 2023"),
])
def test_stamps_are_found(text, kind, piece):
    assert any(k == kind and piece in s for k, s in stamp_texts(text)), stamp_texts(text)


def test_a_table_row_is_not_a_masthead():
    # without a weekday, a name, a bar and a date are a table's row (a partner and its date)
    for text in ("Ghana | 6 March 1957\nTogo | 27 April 1960\n", "নেপাল | ১৬ নভেম্বর ২০২৩\nভুটান | ২ মে ২০২৪\n",
                 "नेपाल | 16 नवंबर 2023\nभूटान | 2 मई 2024\n"):
        assert clock_of(text).stamps == [], text


def test_a_sentence_is_not_a_dateline():
    text = "Kenya, on 14 March 2021, reopened its embassy in Dodoma after talks."
    assert [s.kind for s in clock_of(text).stamps] == []


def test_the_stamps_agree_on_a_date():
    text = " date 2021-06-10 x\nUpdated: Jun 9, 2021, 18:02 IST\nGhana and Togo signed a pact."
    assert clock_of(text).today == (2021, 6, 9)          # an update outranks a crawl
    assert clock_of("Ghana and Togo signed a pact on 3 May.").today is None


def _complete(text, today=None, story=None):
    clock = clock_of(text)
    if today:
        clock.today = today
    return [d.value for d in complete(text, 0, len(text), find_dates(text), clock, story) if d.value]


def test_a_day_and_month_take_the_year_of_their_sentence_first():
    assert _complete("In 1998, the two ministers met again on 9 March.", today=(2020, 1, 1)) == ["1998-03-09"]
    assert _complete("১৯৯৮ সালের সেই সফরে জুনের ৯ তারিখ চুক্তি হয়।") == ["1998-06-09"]


def test_then_the_story_then_the_clock():
    assert _complete("On 9 April the president replied.", story=1972, today=(2020, 1, 1)) == ["1972-04-09"]
    assert _complete("मंगलवार (12 अगस्त) को दोनों देशों ने समझौता किया।", today=(2025, 8, 12)) == ["2025-08-12"]
    # a day after the text's own date, told as past, is of the year before
    assert _complete("The border was reopened on November 25.", today=(2021, 3, 1)) == ["2020-11-25"]
    assert _complete("The minister will arrive on November 25.", today=(2021, 3, 1)) == ["2021-11-25"]
    assert _complete("He said envoys would be sent on November 25.", today=(2021, 3, 1)) == ["2021-11-25"]
    assert _complete("ঘটনাটি ঘটে ২৫ নভেম্বর।") == []                      # no clock: no year


@pytest.mark.parametrize("text, expected", [
    # a year that only bounds a span does not complete a day and month of its sentence
    ("He arrived in Accra on Wednesday, September 4, his first visit since taking office in 2014.", ["2024-09-04"]),
    ("इससे पहले 16 मई को दोनों देशों के बीच 2022 के बाद पहली सीधी वार्ता हुई थी।", ["2025-05-16"]),
    ("এর আগে ১৬ মে দুই দেশের মধ্যে ২০২২ সালের পর প্রথম সরাসরি আলোচনা হয়।", ["2025-05-16"]),
    # an open interval ("after 1945", "1945 के बाद", "১৯৪৫ সালের পর") dates nothing
    ("After 1945, trade between the two grew.", []),
    ("1945 के बाद दोनों देशों का व्यापार बढ़ा।", []),
    ("১৯৪৫ সালের পর দুই দেশের বাণিজ্য বাড়ে।", []),
    # a target year neither: "by 2030", "2030 तक", "২০৩০ সালের মধ্যে"
    ("The joint statement adopted on Dec. 5 sets a target of $150 billion in trade by 2030.", ["2024-12-05"]),
    ("5 दिसंबर को अपनाए गए बयान में 2030 तक व्यापार दोगुना करने का लक्ष्य है।", ["2024-12-05"]),
    ("৫ ডিসেম্বর গৃহীত বিবৃতিতে ২০৩০ সালের মধ্যে বাণিজ্য দ্বিগুণ করার লক্ষ্য রয়েছে।", ["2024-12-05"]),
])
def test_years_that_bound_a_span(text, expected):
    got = _complete(text, today=(2025, 6, 3))
    assert [v for v in got if v not in ("2014", "2022", "1945", "2030")] == expected


@pytest.mark.parametrize("text", [
    "The agreement applies from 15 June to 15 November every year.",
    "यह समझौता हर साल 15 जून से 15 नवंबर तक लागू होगा।",
    "চুক্তিটি প্রতি বছর ১৫ জুন থেকে ১৫ নভেম্বর পর্যন্ত কার্যকর থাকবে।",
    "Each year in March the two navies hold a joint drill.",
])
def test_a_day_and_month_that_comes_back_every_year_dates_nothing(text):
    assert _complete(text, today=(2024, 10, 4)) == []


@pytest.mark.parametrize("text, today, expected", [
    ("In July 2019 Kenya restricted exports and in August the two ministers met.", None, ["2019-07", "2019-08"]),
    ("২০১৯ সালের জুলাইয়ে জাপান কড়াকড়ি আরোপ করে এবং আগস্টে তালিকা থেকে বাদ দেয়।", None, ["2019-07", "2019-08"]),
    ("जुलाई 2019 में प्रतिबंध लगे और अगस्त में वार्ता हुई।", None, ["2019-07", "2019-08"]),
    ("In August the two ministers met.", None, []),                 # no year at all: no date
    # in a story, the text's own date: past or scheduled
    ("The first tanks are scheduled to arrive in December.", (2025, 6, 3), ["2025-12"]),
    ("The ministers met in March.", (2025, 6, 3), ["2025-03"]),
    ("The ministers met in September.", (2025, 6, 3), ["2024-09"]),
])
def test_a_month_alone_takes_the_year_of_its_sentence_before_it_then_the_texts(text, today, expected):
    assert _complete(text, today=today) == expected




def test_story_year_is_the_last_full_date():
    dates = find_dates("On 4 April 1972 it recognised the state; in 1980 it …")
    assert story_year(dates) == 1972


@pytest.mark.parametrize("text, year", [
    ("The president visited Lima on 3–5 March 2015.", 2015),
    ("২০১৫ সালের ৩-৫ মার্চ প্রেসিডেন্ট লিমা সফর করেন।", 2015),
    ("राष्ट्रपति ने 3-5 मार्च 2015 को लीमा की यात्रा की।", 2015),
    ("Between 1910 and 1920 trade grew; from March 2015 to May 2016 talks went on.", None),
])
def test_a_span_of_days_in_one_year_is_a_full_date_of_the_story(text, year):
    assert story_year(find_dates(text)) == year


def test_news_day_completed_from_the_stamp_and_the_stamp_is_no_event():
    text = ("নেপাল ও ভুটানের মধ্যে তিনটি সমঝোতা স্মারক সই\n"
            "আপডেট: ৯ জুন ২০২১, ১০:১৫\n"
            "বুধবার (৯ জুন) কাঠমান্ডুতে নেপাল ও ভুটানের পররাষ্ট্রমন্ত্রী তিনটি সমঝোতা স্মারক সই করেন।\n")
    doc = processed(text)
    assert [(e.date, text[e.cue_start:e.cue_end]) for e in doc.events if e.date] == [("2021-06-09", "৯ জুন")]


def test_a_dateline_alone_dates_nothing():
    text = ("Ghana and Togo relations\n\n"
            "ACCRA, Oct 21, 2016 – Ghana has opened its embassy in Lome, the foreign ministry said.\n")
    doc = processed(text)
    assert [e.date for e in doc.events if e.date] == []


@pytest.mark.parametrize("text, header", [
    ("WORLD NEWS | Tuesday, 4 June 2024\nGhana recalled its envoy from Lomé on 2 June.",
     "WORLD NEWS | Tuesday, 4 June 2024"),
    ("আন্তর্জাতিক | ৪ জুন ২০২৪\nঘানা ২ জুন লোমে থেকে দূতকে ফিরিয়ে নেয়।", "আন্তর্জাতিক | ৪ জুন ২০২৪"),
    ("विदेश | 4 जून 2024\nघाना ने 2 जून को लोमे से अपने राजदूत को वापस बुला लिया।", "विदेश | 4 जून 2024"),
])
def test_a_page_section_beside_the_date_is_a_header(text, header):
    assert stamp_texts(text) == [("header", header)]
    assert [e.date for e in processed("Ghana–Togo relations\n" + text).events if e.date] == ["2024-06-02"]


def test_a_row_naming_a_country_beside_a_date_is_no_header():
    assert stamp_texts("Ghana | 12 April 1973\nThe two established relations then.") == []


@pytest.mark.parametrize("text, expected", [
    # a year written apart from its day and month is that date's year, no date of its own
    ("In 1986 the two navies met off the reef on April 26.", ["1986-04-26"]),
    ("১৯৮৬ সালে দুই দেশের নৌবাহিনী ২৬ এপ্রিল প্রবাল প্রাচীরে মুখোমুখি হয়।", ["1986-04-26"]),
    ("1986 में दोनों नौसेनाएं 26 अप्रैल को आमने-सामने आईं।", ["1986-04-26"]),
    # but an instrument named with the year is dated by it too (4.1)
    ("The 1972 treaty was signed on 2 July in Doha.", ["1972", "1972-07-02"]),
])
def test_a_year_apart_from_its_day_and_month(text, expected):
    assert _complete(text) == expected


def test_a_page_header_with_dates_of_other_calendars_is_a_stamp():
    text = "রবিবার, ১৭ মার্চ ২০২৪ | ৩ চৈত্র ১৪৩০ | ৬ রমজান ১৪৪৫\nনেপাল ও ভুটানের মধ্যে বৈঠক হয় ১২ মার্চ।"
    assert stamp_texts(text) == [("header", "রবিবার, ১৭ মার্চ ২০২৪ | ৩ চৈত্র ১৪৩০ | ৬ রমজান ১৪৪৫")]
    assert clock_of(text).today == (2024, 3, 17)
    assert [(e.date, e.type) for e in processed(text).events if e.date] == [("2024-03-12", "visit")]


def test_the_story_year_comes_only_from_a_full_date():
    dates = find_dates("The commission was set up in 1988 and has met since September 2022.")
    assert story_year(dates) is None
    assert story_year(find_dates("मार्च 1990 में वार्ता शुरू हुई; 4 मार्च 1990 को समझौता हुआ।")) == 1990


@pytest.mark.parametrize("text, expected", [
    # a background year or month and year earlier in the passage does not complete the day and
    # month: the dateline does (the day after the dateline's, told as past: the year before)
    ("Malawi and Zambia sign a transit pact\n\n"
     "Blantyre, 12 January 2025 (MANA) – Malawi and Zambia set up a joint commission in 1991. "
     "The trade ministers of Malawi and Zambia had met in Blantyre on 19 December to draft the pact.\n",
     ["1991", "2024-12-19"]),
    ("মালাউই ও জাম্বিয়ার মধ্যে চুক্তি\n\n"
     "লিলংওয়ে, ১২ জানুয়ারি ২০২৫ (এজেন্সি) – মালাউই ও জাম্বিয়ার মধ্যে আলোচনা চলছে ২০২২ সালের সেপ্টেম্বর থেকে। "
     "মালাউই ও জাম্বিয়ার মন্ত্রীরা ১৯ ডিসেম্বর লিলংওয়েতে বৈঠক করেন।\n",
     ["2024-12-19"]),
    ("मलावी और जाम्बिया के बीच समझौता\n\n"
     "लिलोंग्वे, 12 जनवरी 2025 (एजेंसी)। मलावी और जाम्बिया ने 1991 में एक संयुक्त आयोग बनाया था। "
     "मलावी और जाम्बिया के मंत्रियों ने 19 दिसंबर को लिलोंग्वे में बैठक की।\n",
     ["1991", "2024-12-19"]),
])
def test_a_background_date_does_not_complete_a_day_and_month(text, expected):
    got = [e.date for e in processed(text).events if e.date]
    assert [g for g in got if g != "2022-09"] == expected, got


def test_a_full_date_of_the_story_still_completes_a_later_day_and_month():
    text = ("Malawi and Zambia\n\nUpdated: 3 May 2021\n\n"
            "Zambia recognised Malawi on 6 July 1964. The two governments exchanged letters on 9 July.\n")
    assert [e.date for e in processed(text).events if e.date] == ["1964-07-06", "1964-07-09"]


def test_a_span_of_days_is_completed_into_a_range():
    assert _complete("The navies trained together from March 4 to March 8.", today=(2023, 3, 20)) \
        == ["2023-03-04/2023-03-08"]
    assert _complete("In 2019 the navies trained from 4 to 8 March.") == ["2019-03-04/2019-03-08"]
    assert _complete("ঘানা ও টোগো ৪ থেকে ৮ মার্চ মহড়া করে।", today=(2023, 3, 1)) == ["2022-03-04/2022-03-08"]


@pytest.mark.parametrize("text, expected", [
    ("Ghana and Togo plan naval drills\n\nAccra, 1 March 2023 (GNA) – The navies of Ghana and Togo will "
     "hold joint drills from March 4 to March 8, the ministry said.\n", "2023-03-04/2023-03-08"),
    ("ঘানা ও টোগোর মহড়া\n\nআক্রা, ১ মার্চ ২০২৩ (এজেন্সি) – ঘানা ও টোগোর নৌবাহিনী ৪ থেকে ৮ মার্চ যৌথ মহড়া করবে।\n",
     "2023-03-04/2023-03-08"),
    ("घाना और टोगो का अभ्यास\n\nअक्रा, 1 मार्च 2023 (एजेंसी)। घाना और टोगो की नौसेनाएं 4 से 8 मार्च तक "
     "संयुक्त अभ्यास करेंगी।\n", "2023-03-04/2023-03-08"),
])
def test_a_scheduled_span_of_days_in_news_is_one_range_event(text, expected):
    assert [(e.date, e.precision) for e in processed(text).events if e.date] == [(expected, "range")]


@pytest.mark.parametrize("stamp, today", [
    ("Updated: 14-03-2021 09:10", (2021, 3, 14)),
    ("Published: 03/14/2021", (2021, 3, 14)),
    ("আপডেট: ০৪/০৫/২০২১ ১০:১৫", None),            # either order could be meant
])
def test_a_labelled_numeric_date_gives_the_clock_when_unambiguous(stamp, today):
    assert clock_of(stamp + "\nGhana and Togo agreed.").today == today


@pytest.mark.parametrize("text, today", [
    # the yearless dateline picks the reading of a numeric stamp either order could mean
    ("Togo and Benin\nPublished: 04/03/2021 - 10:15\nLOME, March 4 (AFP) - Togo and Benin agreed.\n", (2021, 3, 4)),
    ("Togo and Benin\nPublished: 04/03/2021 - 10:15\nLOME, April 3 (AFP) - Togo and Benin agreed.\n", (2021, 4, 3)),
    ("টোগো ও বেনিন\nপ্রকাশ: ০৪/০৫/২০২১ ১০:১৫\nলোমে, ৪ মে (এএফপি) - টোগো ও বেনিন একমত হয়েছে।\n", (2021, 5, 4)),
    ("टोगो और बेनिन\nप्रकाशित: 04/05/2021 10:15\nलोमे, 5 अप्रैल (भाषा) टोगो और बेनिन सहमत हुए।\n", (2021, 4, 5)),
    # a dateline that is neither reading settles nothing
    ("Togo and Benin\nPublished: 04/03/2021 - 10:15\nLOME, June 9 (AFP) - Togo and Benin agreed.\n", None),
])
def test_a_yearless_dateline_reads_a_numeric_stamp(text, today):
    assert clock_of(text).today == today


@pytest.mark.parametrize("text, expected", [
    # published on 8 June, updated on 9 June: "on Thursday (June 9)" is this year's, not last year's
    ("Togo and Benin\nPublished: 8 June 2022 | Updated: 9 June 2022\n\nLOME, June 8 (AFP) - Togo closed "
     "the border.\n\nOn Thursday (June 9) Togo and Benin signed a trade deal.\n", "2022-06-09"),
    ("টোগো ও বেনিন\nপ্রকাশ: ৮ জুন ২০২২ | আপডেট: ৯ জুন ২০২২\n\nবৃহস্পতিবার (৯ জুন) টোগো ও বেনিন একটি "
     "বাণিজ্য চুক্তি সই করেছে।\n", "2022-06-09"),
    # an update months later or a crawl stamp is no story of its day: the past is last year's
    ("Togo and Benin\nPublished: 10 March 2025 | Updated: 15 November 2025\n\nTogo and Benin signed a trade deal "
     "on 20 June.\n", "2024-06-20"),
    (" date 2025-08-12 \nTogo and Benin\nPublished: 10 March 2025\n\nTogo and Benin signed a trade deal on 20 June.\n",
     "2024-06-20"),
    # with no later stamp, a day after the text's own date told as past is last year's
    ("Togo and Benin\nPublished: 8 June 2022\n\nOn 9 June Togo and Benin signed a trade deal.\n", "2021-06-09"),
    ("टोगो और बेनिन\nप्रकाशित: 8 जून 2022\n\n9 जून को टोगो और बेनिन ने व्यापार समझौते पर हस्ताक्षर किए।\n",
     "2021-06-09"),
])
def test_a_later_stamp_of_the_same_year_bounds_the_past(text, expected):
    assert [e.date for e in processed(text).events if e.date] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a sentence that steps back to an earlier story ("এর আগে", "इससे पहले", "Earlier,") gives the
    # story no year: a later day and month takes the text's own
    ("টোগো ও বেনিন\nপ্রকাশ: ১২ মে ২০২৩\n\nএর আগে ২০২১ সালের ৩ মার্চ দুই দেশ একটি চুক্তি সই করে। দ্বিতীয় দফা "
     "বৈঠক আগামী ২০ আগস্ট লোমেতে অনুষ্ঠিত হবে।\n", ["2021-03-03", "2023-08-20"]),
    ("टोगो और बेनिन\nप्रकाशित: 12 मई 2023\n\nइससे पहले 3 मार्च 2021 को दोनों देशों ने एक समझौते पर हस्ताक्षर किए थे। "
     "दूसरे दौर की बैठक आगामी 20 अगस्त को लोमे में होगी।\n", ["2021-03-03", "2023-08-20"]),
    ("Togo and Benin\nPublished: 12 May 2023\n\nEarlier, on 3 March 2021, the two countries signed a trade deal. "
     "Togo and Benin will hold the next round of talks on 20 August in Lome.\n", ["2021-03-03", "2023-08-20"]),
    # a story told in its own time keeps its year, "the coming" day included
    ("টোগো ও বেনিন\nপ্রকাশ: ১০ আগস্ট ২০২৫\n\n১৯৭২ সালের ৬ ফেব্রুয়ারি টোগো ও বেনিনের নেতারা বৈঠক করেন। সেখানে ঘোষণা "
     "দেওয়া হয়, আগামী ১২ মার্চ দুই দেশ একটি চুক্তি সই করবে।\n", ["1972-02-06", "1972-03-12"]),
    ("Togo and Benin\nPublished: 12 May 2023\n\nThe two countries signed a trade deal on 3 March 2021. "
     "Togo and Benin held the second round of talks on 20 August in Lome.\n", ["2021-03-03", "2021-08-20"]),
])
def test_a_step_back_to_an_earlier_story_gives_no_story_year(text, expected):
    assert [e.date for e in processed(text).events if e.date] == expected


@pytest.mark.parametrize("text", [
    ("टोगो के राष्ट्रपति बेनिन पहुंचे\n\nअपडेट: 14 मई 2024, 10:15 PM IST\n\nकोतोनू, 14 मई (भाषा) टोगो के राष्ट्रपति "
     "मंगलवार (14 मई) को आधिकारिक यात्रा पर बेनिन पहुंचे।\n\nइससे पहले मार्च 1998 में टोगो के राष्ट्रपति ने बेनिन का दौरा "
     "किया था।\n\nटोगो के राष्ट्रपति ने बेनिन के राष्ट्रपति के साथ वार्ता की। इस दौरान दोनों देशों ने तीन समझौतों पर "
     "हस्ताक्षर किए।\n"),
    ("টোগোর প্রেসিডেন্ট বেনিনে\n\nআপডেট: ১৪ মে ২০২৪, ২২:১৫\n\nকোতোনু, ১৪ মে (বাসস) - টোগোর প্রেসিডেন্ট "
     "মঙ্গলবার (১৪ মে) সরকারি সফরে বেনিনে পৌঁছান।\n\nএর আগে ১৯৯৮ সালের মার্চে টোগোর প্রেসিডেন্ট বেনিন সফর করেন।\n\n"
     "টোগোর প্রেসিডেন্ট বেনিনের প্রেসিডেন্টের সঙ্গে বৈঠক করেন। এ সময় দুই দেশ তিনটি চুক্তি সই করে।\n"),
    ("Togo's president in Benin\n\nUpdated: 14 May 2024, 22:15\n\nCOTONOU, May 14 (AFP) - Togo's president "
     "arrived in Benin on Tuesday (14 May) for an official visit.\n\nTogo's president last visited Benin in March "
     "1998.\n\nTogo's president held talks with Benin's president. During the talks Togo and Benin signed three "
     "agreements.\n"),
])
def test_an_act_of_the_storys_day_told_without_a_date_is_what_a_pointer_points_to(text):
    # the talks, told without their date, come between the flashback and "during the talks"
    dated = [(e.date, e.type) for e in processed(text).events if e.date]
    assert ("2024-05-14", "agreement") in dated and not any(t == "agreement" for d, t in dated if d.startswith("1998"))


@pytest.mark.parametrize("text", [
    "Togo's president in Benin\n\nPublished: 10 March 2025\n\nLOME: Benin's president arrived in Lome on Monday. "
    "On 22 March 2024, Togo's president had gone to Cotonou on a state visit. He was received by Benin's president "
    "at the airport. During that visit, Togo and Benin signed a transit agreement.\n",
    "টোগোর প্রেসিডেন্ট বেনিনে\n\nপ্রকাশ: ১০ মার্চ ২০২৫\n\nলোমে: বেনিনের প্রেসিডেন্ট সোমবার লোমে পৌঁছান। ২০২৪ সালের ২২ "
    "মার্চ টোগোর প্রেসিডেন্ট রাষ্ট্রীয় সফরে কোতোনু যান। বিমানবন্দরে বেনিনের প্রেসিডেন্ট তাঁকে স্বাগত জানান। সে সফরে টোগো ও "
    "বেনিন একটি ট্রানজিট চুক্তি সই করে।\n",
])
def test_an_undated_sentence_that_goes_on_with_a_flashback_keeps_its_date(text):
    assert ("2024-03-22", "agreement") in [(e.date, e.type) for e in processed(text).events if e.date]


@pytest.mark.parametrize("text", [
    "Togo and Benin\n\nTogo's president visited Benin in March 2019. During that visit the two governments "
    "signed a Plan of Action for 2019-2023.\n",
    "टोगो और बेनिन\n\nटोगो के राष्ट्रपति ने मार्च 2019 में बेनिन की यात्रा की। इस दौरान दोनों सरकारों ने 2019-2023 के लिए "
    "एक कार्य योजना पर हस्ताक्षर किए।\n",
    "টোগো ও বেনিন\n\nটোগোর প্রেসিডেন্ট ২০১৯ সালের মার্চে বেনিন সফর করেন। সে সফরে দুই সরকার ২০১৯-২০২৩ মেয়াদের একটি "
    "কর্মপরিকল্পনা চুক্তি সই করে।\n",
])
def test_a_span_of_years_that_names_a_term_is_not_the_acts_date(text):
    # the plan was signed during the visit: the span is how long it runs
    assert [(e.date, e.type) for e in processed(text).events if e.date] == [("2019-03", "visit"),
                                                                             ("2019-03", "agreement")]


@pytest.mark.parametrize("text, expected", [
    ("Togo–Benin relations\n\nTrade between Togo and Benin reached $850 million for 2021-22.\n",
     ("2021/2022", "trade")),
    ("Togo–Benin relations\n\nTogo gave Benin loans of $10 million for 2014-2018.\n", ("2014/2018", "aid")),
    ("टोगो–बेनिन संबंध\n\nटोगो ने बेनिन को 2021-22 के लिए 50 करोड़ रुपये की सहायता दी।\n", ("2021/2022", "aid")),
    ("টোগো–বেনিন সম্পর্ক\n\n২০১৯-২০২৩ মেয়াদে দুই দেশের বাণিজ্য দ্বিগুণ হয়।\n", ("2019/2023", "trade")),
])
def test_a_span_of_years_of_a_flow_is_its_date(text, expected):
    assert [(e.date, e.type) for e in processed(text).events if e.date] == [expected]


@pytest.mark.parametrize("text", [
    "Ghana and Togo\nUpdated: 15 May 2024, 09:30\nGhana's president arrived in Lome on Tuesday (14 May) for talks.\n",
    "घाना और टोगो\nपब्लिश्ड: 15 मई 2024\nघाना के राष्ट्रपति मंगलवार (14 मई) को वार्ता के लिए लोमे पहुंचे।\n",
    "ঘানা ও টোগো\nপ্রকাশ: ১৫/০৫/২০২৪\nঘানার প্রেসিডেন্ট মঙ্গলবার (১৪ মে) আলোচনার জন্য লোমে পৌঁছান।\n",
])
def test_a_weekday_and_its_date_in_brackets_in_each_language(text):
    assert [e.date for e in processed(text).events if e.date] == ["2024-05-14"]


@pytest.mark.parametrize("text, expected", [
    # सहयोगी (ally), उपयोगी (useful) end like a future verb but are none: a past act after the stamp's
    # day is of the year before
    ("घाना के सहयोगी टोगो ने 5 जून को समझौते पर हस्ताक्षर किए।", ["2023-06-05"]),
    ("घाना और टोगो ने 5 जून को एक उपयोगी समझौते पर हस्ताक्षर किए।", ["2023-06-05"]),
    ("घाना और टोगो 5 जून को समझौते पर हस्ताक्षर करेंगे।", ["2024-06-05"]),
    ("घाना और टोगो की बैठक 5 जून को होगी।", ["2024-06-05"]),
])
def test_hindi_future_is_told_by_the_verb_not_by_a_word_ending_alike(text, expected):
    assert _complete(text, today=(2024, 3, 10)) == expected


def test_a_time_before_a_date_makes_a_stamp_and_the_pages_first_stamp_is_its_date():
    text = ("Chile and Peru upgrade ties\nAll News 17:32 December 05, 2022\n\n"
            "LIMA, Dec. 5 (Andina) -- Chile and Peru agreed on Dec. 5 to upgrade their ties to a comprehensive "
            "strategic partnership, the highest level in Lima's diplomatic hierarchy, as the two presidents held "
            "summit talks. The joint statement calls for expanding cooperation in trade, critical minerals, "
            "defence and development, and for more direct flights between the two capitals.\n\n"
            "Related\nPeru's new envoy presents credentials (2022/11/02 14:05)\n"
            "Chile, Peru hold talks in Lima (2022/07/14 16:20)\n")
    clock = clock_of(text)
    assert ("header", (2022, 12, 5)) in [(s.kind, s.date) for s in clock.stamps]
    assert clock.today == (2022, 12, 5)


@pytest.mark.parametrize("text, piece", [
    # the stamp a program puts on the file it made, the date before or after the words of making
    ("Ghana–Togo relations\nExported on March 9, 2024 from Atlas Desk 2.1.\nGhana and Togo signed a pact in 1990.",
     "Exported on March 9, 2024"),
    ("Ghana–Togo\nThis report was generated on 9 March 2024 by Brief Maker.\nGhana and Togo met in 1990.",
     "generated on 9 March 2024"),
    ("Ghana and Togo met in 1990.\nPrinted on 09 Mar 2024", "Printed on 09 Mar 2024"),
    ("ঘানা–টোগো সম্পর্ক\nএটলাস ডেস্ক ২.১ দিয়ে ৯ মার্চ ২০২৪ তারিখে তৈরি; সংস্করণ ৭।\nঘানা ও টোগো ১৯৯০ সালে চুক্তি করে।",
     "৯ মার্চ ২০২৪ তারিখে তৈরি"),
    ("ঘানা ও টোগো ১৯৯০ সালে চুক্তি করে।\n৯ মার্চ ২০২৪ তারিখে প্রস্তুত", "৯ মার্চ ২০২৪ তারিখে প্রস্তুত"),
    ("घाना–टोगो संबंध\n9 मार्च 2024 को एटलस डेस्क 2.1 से बनाया गया; संस्करण 7।\nघाना और टोगो ने 1990 में समझौता किया।",
     "9 मार्च 2024 को एटलस डेस्क 2.1 से बनाया गया"),
    ("घाना और टोगो ने 1990 में समझौता किया।\n9 मार्च 2024 को तैयार", "9 मार्च 2024 को तैयार"),
])
def test_the_stamp_of_a_made_file_is_found_and_dates_no_event(text, piece):
    assert any(k == "made" and piece in s for k, s in stamp_texts(text)), stamp_texts(text)
    assert [e.date for e in processed(text).events if e.date and e.date.startswith("2024")] == []


@pytest.mark.parametrize("text", [
    # something the two states made or exported then is told, not stamped
    "Ghana and Togo set up a joint commission, which was created on 9 March 2024.",
    "Ghana exported on 9 March 2024 its first cargo of cocoa to Togo.",
    "ঘানা ও টোগোর যৌথ কমিশন ২০২৪ সালের ৯ মার্চ তারিখে তৈরি হয়।",
    "9 मार्च 2024 को अक्रा में टोगो का दूतावास बनाया गया।",
    "9 मार्च 2024 को दोनों देशों ने साझा आयोग तैयार किया।",
])
def test_making_told_in_a_sentence_is_no_stamp(text):
    assert [k for k, _s in stamp_texts(text) if k == "made"] == []


@pytest.mark.parametrize("text, expected", [
    ("In September 2020 Ghana named its first ambassador to Lomé since 2008.", ["2020-09"]),
    ("It was the first visit by a Ghanaian president since May 2008.", []),
    # "since" alone may date what began then
    ("Ghana has had an embassy in Lomé since 1960.", ["1960"]),
])
def test_the_first_act_since_a_date_is_not_of_that_date(text, expected):
    assert [v for v in _complete(text, today=(2025, 6, 3)) if v] == expected


def test_a_copyright_line_across_the_border_of_the_head_is_read_whole():
    body = "Ghana and Togo agreed. " * 130                    # the line starts just before the head's end
    text = body[:2990] + "\n© 2019–2025 Example News | Privacy\n"
    assert any(k == "copyright" and "2019–2025" in s for k, s in stamp_texts(text)), stamp_texts(text)


@pytest.mark.parametrize("text", [
    "Ghana–Togo relations\n\nThe crisis of 1998\nOn 20 October the two countries signed a security agreement in "
    "Accra.\n",
    "ঘানা–টোগো সম্পর্ক\n\nযুদ্ধের দ্বারপ্রান্তে: ১৯৯৮\n২০শে অক্টোবর আক্রায় দুই দেশ একটি নিরাপত্তা চুক্তি সই করে।\n",
    "घाना–टोगो संबंध\n\n1998 का संकट\n20 अक्टूबर को अक्रा में दोनों देशों ने एक सुरक्षा समझौते पर हस्ताक्षर किए।\n",
])
def test_a_heading_that_names_a_year_gives_it_to_the_days_of_its_section(text):
    assert [(e.date, e.type) for e in processed(text).events] == [("1998-10-20", "agreement")]


def test_a_news_pages_heading_with_a_number_gives_no_year():
    text = ("Ghana and Togo sign security pact\n\nACCRA, 21 October 2024 — \n\nReaders: 2016\n"
            "On 20 October the two countries signed a security agreement in Accra.\n")
    assert [e.date for e in processed(text).events] != ["2016-10-20"]


@pytest.mark.parametrize("text", [
    "Ghana–Togo relations\n\nIn May 2022, under a green partnership, Ghana pledged 10 billion in development aid "
    "to Togo by 2030.\n",
    "ঘানা–টোগো সম্পর্ক\n\n২০২২ সালের মে মাসে ঘানা ২০৩০ সাল নাগাদ টোগোকে ১০০ কোটি ডলার উন্নয়ন সহায়তা দেওয়ার প্রতিশ্রুতি দেয়।\n",
    "घाना–टोगो संबंध\n\nमई 2022 में घाना ने हरित विकास साझेदारी के तहत 2030 तक टोगो को 10 अरब की विकास सहायता देने का "
    "वादा किया।\n",
])
def test_a_target_year_is_a_deadline_not_the_date_of_an_act(text):
    assert [(e.date, e.type) for e in processed(text).events] == [("2022-05", "aid")]


@pytest.mark.parametrize("text, date", [
    ("Ghana–Togo relations\n\nThe two governments published a joint communiqué on 5 May 2020.\n", "2020-05-05"),
    ("Ghana–Togo relations\n\nGhana posted a new ambassador to Lomé in September 2020.\n", "2020-09"),
    ("ঘানা–টোগো সম্পর্ক\n\nদুই দেশের সরকার ২০২০ সালের ৫ মে একটি যৌথ বিবৃতি প্রকাশ করে।\n", "2020-05-05"),
])
def test_a_label_word_used_as_a_verb_in_a_sentence_is_no_stamp(text, date):
    assert [e.date for e in processed(text).events] == [date]


@pytest.mark.parametrize("text", [
    "ঘানা–টোগো সম্পর্ক\n\nমার্চ ২০২৩-এ ঘানা ও টোগো একটি চুক্তি সই করে।\n",
    "ঘানা–টোগো সম্পর্ক\n\n২০২৩-এর মার্চে ঘানা ও টোগো একটি চুক্তি সই করে।\n",
])
def test_a_date_opening_a_paragraph_with_a_suffix_after_a_hyphen_is_no_dateline(text):
    assert [e.date for e in processed(text).events] == ["2023-03"]


def test_a_closed_up_dash_after_an_opening_date_still_makes_a_dateline():
    text = "Ghana, Togo sign trade pact\n\nMarch 5, 2023—Ghana and Togo signed a trade pact on Sunday.\n"
    assert "2023-03-05" not in [e.date for e in processed(text).events]


def test_a_verb_like_a_label_after_a_year_in_a_sentence_is_no_stamp():
    text = "Ghana–Togo relations\n\nIn 2015 Ghana updated its 1996 border agreement with Togo.\n"
    assert "1996" in [e.date for e in processed(text).events]


@pytest.mark.parametrize("text, piece", [
    ("Ghana and Togo sign pact\nBy Staff Reporter | Updated: Tuesday, 5 May 2020, 10:15\n\nThe two met.",
     "Updated: Tuesday, 5 May 2020, 10:15"),
    ("- আপডেট সময় : ০২:২৮:২৪ অপরাহ্ন, শুক্রবার, ৪ ফেব্রুয়ারী ২০২২\n\nদুই দেশ আলোচনা করে।",
     "আপডেট সময় : ০২:২৮:২৪ অপরাহ্ন, শুক্রবার, ৪ ফেব্রুয়ারী ২০২২"),
    # after the first stamp's date and time on its line
    ("Ghana and Togo sign pact\nBy Staff\nMay 5, 2020 10:15 AM GMT+1 Updated May 6, 2020\n\nThe two met.",
     "Updated May 6, 2020"),
])
def test_a_label_that_opens_its_line_or_field_is_a_stamp(text, piece):
    assert piece in [p for _k, p in stamp_texts(text)]


@pytest.mark.parametrize("text, expected", [
    # what is due after the stamp's day keeps the stamp's year
    ("৯ জানুয়ারি দুই প্রধানমন্ত্রীর সাক্ষাৎ করার কথা রয়েছে।", ["2025-01-09"]),
    ("9 जनवरी को दोनों प्रधानमंत्रियों के मिलने का कार्यक्रम है।", ["2025-01-09"]),
    ("The two prime ministers are expected to meet on 9 January.", ["2025-01-09"]),
    ("দুই প্রধানমন্ত্রী ৯ জানুয়ারি সাক্ষাৎ করেন।", ["2024-01-09"]),
])
def test_what_is_due_after_the_stamp_keeps_its_year(text, expected):
    assert _complete(text, today=(2025, 1, 8)) == expected


@pytest.mark.parametrize("text, expected", [
    # a day of the month told with its year since the last full date takes that year (ANNOTATION 4.2, 3)
    ("Brazil–Portugal relations\n\nOn 22 April 2000 the two countries signed a treaty. In April 2023 the Brazilian "
     "president paid a state visit to Lisbon. On 25 April he addressed the Portuguese parliament.\n",
     ["2000-04-22", "2023-04", "2023-04-25"]),
    ("ब्राज़ील–पुर्तगाल संबंध\n\n22 अप्रैल 2000 को दोनों देशों ने संधि पर हस्ताक्षर किए। अप्रैल 2023 में ब्राज़ील के राष्ट्रपति ने "
     "लिस्बन की राजकीय यात्रा की। उन्होंने 25 अप्रैल को पुर्तगाली संसद को संबोधित किया।\n",
     ["2000-04-22", "2023-04", "2023-04-25"]),
    ("ব্রাজিল–পর্তুগাল সম্পর্ক\n\n২০০০ সালের ২২ এপ্রিল দুই দেশ একটি চুক্তি সই করে। ২০২৩ সালের এপ্রিলে ব্রাজিলের প্রেসিডেন্ট "
     "লিসবন সফর করেন। ২৫ এপ্রিল তিনি পর্তুগালের সংসদে ভাষণ দেন।\n",
     ["2000-04-22", "2023-04", "2023-04-25"]),
    # a day of another month keeps the full date's year
    ("Brazil–Portugal relations\n\nOn 22 April 2000 the two countries signed a treaty. In April 2023 the Brazilian "
     "president paid a state visit to Lisbon. On 25 May he addressed the Portuguese parliament.\n",
     ["2000-04-22", "2023-04", "2000-05-25"]),
    # a month told in passing in a news story lends nothing: the stamp's year is the story's
    ("Nepal–Bangladesh relations\nPublished: 20 May 2024\n\nThe joint commission of Nepal and Bangladesh was "
     "founded in May 1976. On 14 May, Nepal's foreign minister visited Dhaka.\n", ["1976-05", "2024-05-14"]),
    # a year after which the act came lends it ("after returning … in 2023, … on 9 September")
    ("Brazil–India relations\nPublished: 11 September 2024\n\nAfter returning to the presidency in 2023, the "
     "Brazilian president visited New Delhi on 9 September and signed an energy pact with India.\n", ["2023-09-09"]),
    ("ব্রাজিল–ভারত সম্পর্ক\nপ্রকাশ: ১১ সেপ্টেম্বর ২০২৪\n\n২০২২ সালে ক্ষমতায় আসার পর ৯ সেপ্টেম্বর ব্রাজিলের প্রেসিডেন্ট "
     "ভারত সফর করেন।\n", ["2022-09-09"]),
    # a year that opens a term in office lends no year: the day is the text's own year's
    ("Timor-Leste–Philippines relations\nPublished: September 11, 2024\n\nThe president of Timor-Leste arrived in "
     "Manila on Sept. 9 for a state visit, his first to the Philippines since returning to the presidency in 2022.\n",
     ["2024-09-09"]),
])
def test_a_day_takes_the_year_of_its_story(text, expected):
    assert [e.date for e in processed(text).events if e.date] == expected


def test_a_stamp_whose_year_a_copied_page_glued_to_its_time_still_dates_the_text():
    text = ("Africa\nGhana, Togo leaders sign protocol\nBy A. Writer\nMarch 14, 20245:41 PM GMT+0Updated 2 hours ago\n"
            "ACCRA, March 14 (Reuters) - Ghana and Togo signed a border protocol on Thursday.\n")
    assert processed(text).clock.today == (2024, 3, 14)
    # (a number of five digits is no year)
    assert [d.value for d in find_dates("In 20245 people crossed.")] == []
