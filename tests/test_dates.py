"""The temporal tagger: each language's forms, precision, and what is never a date."""

from __future__ import annotations

import pytest

from relations_desktop.corpus.dates import find_dates


def tags(text):
    return [(text[d.start:d.end], d.value, d.precision) for d in find_dates(text)]


def values(text):
    return [d.value for d in find_dates(text) if d.value]


@pytest.mark.parametrize("text, value, precision", [
    # Bengali
    ("২০০৩ সালের ৫ মার্চ, নেপাল", "2003-03-05", "day"),
    ("১৯৮৭ সালে নভেম্বর, ঢাকায়", "1987-11", "month"),
    ("১৯৯৮ সালের ৩-৫ মে, প্রধানমন্ত্রী", "1998-05-03/1998-05-05", "range"),
    ("২০১১ সালের ফেব্রুয়ারী মাসে", "2011-02", "month"),
    ("২০২৩-এর মার্চে ভূমিকম্প", "2023-03", "month"),
    ("২০২৩-এর ৫ মার্চ, নেপাল", "2023-03-05", "day"),
    ("২০১১ সালের ফেব্রুয়ারি মাসে", "2011-02", "month"),
    ("১২ই আগস্ট ১৯৭৫", "1975-08-12", "day"),
    ("২১শে ফেব্রুয়ারি ১৯৫২ সালে", "1952-02-21", "day"),
    ("১৯৭১ সাল থেকে ১৯৭৫ সাল পর্যন্ত", "1971/1975", "range"),
    ("২০০৯ সালে দুই দেশ", "2009", "year"),
    ("১৯৭৪ সালের ডিসেম্বর মাসের ২ তারিখে", "1974-12-02", "day"),
    # Hindi
    ("15 अगस्त 1947 को", "1947-08-15", "day"),
    ("1950 में संधि", "1950", "year"),
    ("जनवरी 2015 में", "2015-01", "month"),
    ("फ़रवरी 2015 में", "2015-02", "month"),
    ("फरवरी 2015 में", "2015-02", "month"),
    ("1996 से 2006 तक", "1996/2006", "range"),
    ("३ दिसम्बर २००४ को", "2004-12-03", "day"),
    # English
    ("on 5 July 1961", "1961-07-05", "day"),
    ("on July 5, 1961", "1961-07-05", "day"),
    ("In March 2010, the", "2010-03", "month"),
    ("From 1996 to 2006 the", "1996/2006", "range"),
    ("since October 7, 2001", "2001-10-07", "day"),
    ("between 1979 and 1989", "1979/1989", "range"),
    ("on 3–5 May 2011", "2011-05-03/2011-05-05", "range"),
    ("August 26–28, 2015", "2015-08-26/2015-08-28", "range"),
    ("in 1999–2000 the", "1999/2000", "range"),
    # the year first, then a span of days or months across months (Bengali)
    ("২০১৭ সালের ২৬শে ফেব্রুয়ারি থেকে ১লা মার্চ পর্যন্ত", "2017-02-26/2017-03-01", "range"),
    ("১৯৫৭ সালের আগস্ট থেকে অক্টোবর পর্যন্ত", "1957-08/1957-10", "range"),
    # the month and year, then the day ("नवंबर 1985 की 15 तारीख़"); "से … के बीच" is a range too
    ("नवंबर 1985 की 15 तारीख़ को", "1985-11-15", "day"),
    ("अप्रैल 2023 की 1 तारीख को", "2023-04-01", "day"),
    ("सितंबर 2023 में 20-22 तारीख़ को", "2023-09-20/2023-09-22", "range"),
    ("2002 से 2021 के बीच", "2002/2021", "range"),
    ("2025 में जनवरी महीने की 15 तारीख को", "2025-01-15", "day"),
    # Bengali month endings: emphatic -ই after the locative, -য়ের before a day
    ("১৯৭৯ সালের ফেব্রুয়ারিতেই জাপান", "1979-02", "month"),
    ("২০১০ সালের জুলাইয়েই", "2010-07", "month"),
])
def test_absolute_forms(text, value, precision):
    got = [(v, p) for _, v, p in tags(text) if v]
    assert got == [(value, precision)]


@pytest.mark.parametrize("text", [
    "$50,000 worth of aid", "US$12.09 million", "৫.৫ বিলিয়ন ডলার", "৩০০ মেগাওয়াট বিদ্যুৎ",
    "500 मेगावाट बिजली", "20 or 29 years", "[14][15]", "at 10:30 on", "2000 soldiers",
    "the 1990s", "3,000 hectares", "9,000 troops", "No. 1999", "9/11 की बरसी", "page 1998",
    "1,500 km²", "२००० सैनिक", "২০০০ জন শিক্ষার্থী",
    "code A-2005", "F/1990", "2000 लैपटॉप दिए", "যোগাযোগ: +৮৮০ ১৭১১ ২০২২১৯", "fax (022) 2010 3456",
    "নিহতের সংখ্যা বেড়ে ১৬৪৪ জনে দাঁড়িয়েছে", "वि.सं. 2013 श्रावण 5", "wikipedia_en_all_maxi_2024-01",
    "version v2024", "পাঠক সংখ্যা: ২০১৬", "Readers: 2016", "মান প্রায় ১৪০০ থেকে নেমে ১৪৫০ হয়েছে",
    "भाव 1200 से घटकर 1300 हो गया",
    "1950 छात्रों को", "1200 गाड़ियाँ भेजीं", "১৫০০ ট্রাক্টর পাঠায়", "২০০০ ল্যাপটপ উপহার",
    # a year of another calendar written alone (Bikram Sambat), far past any act
    "आर्थिक वर्ष 2080/81 में", "in 2080 the", "২০৮১ সালে",
    "built Route 1856 along the river", "under Resolution 1973 of the council",
])
def test_not_dates(text):
    assert values(text) == []


@pytest.mark.parametrize("text, value", [
    ("2019 में", "2019"), ("2019 का चुनाव", "2019"), ("1983 विश्व कप में", "1983"), ("२०१९ लोकसभा चुनाव", "2019"),
    ("১৯৭১ সালে", "1971"), ("২০১৯-এ", "2019"), ("in mid-1998 the", "1998"), ("Mid-2004", "2004"),
])
def test_a_year_before_a_postposition_or_a_name_stays_a_year(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize("text", ["5 जून से पहले", "on Tuesday", "मंगलवार को", "গতকাল ঢাকায়",
                                  "पिछले साल", "last month", "इस साल", "12ই মার্চ"])
def test_relative_and_yearless_are_never_absolute(text):
    assert values(text) == []


@pytest.mark.parametrize("text, months", [
    ("he delivered the annual Green March speech from Dakar", []),   # a name's word
    ("the veterans of the Long March met", []),
    ("In March the two ministers met", [3]),
    ("Early March saw talks", [3]),
])
def test_a_month_name_alone_after_a_capitalised_word_is_a_name(text, months):
    assert [d.month for d in find_dates(text) if d.month and not d.value] == months


@pytest.mark.parametrize("text, months", [
    ("দুই দেশের সেনারা নোং মে গ্রামে মুখোমুখি হয়", []),            # a place's word, not May
    ("সমাবেশটি লং মার্চ নামে পরিচিত ছিল", []),
    ("সীমান্তে মে মাসে আলোচনা হয়", [5]),
    ("আলোচনা মে থেকে জুলাই পর্যন্ত চলে", [5, 7]),
    ("এবং এপ্রিলে দুই দেশের বাণিজ্য আবার শুরু হয়", [4]),          # an inflected month is a month
    ("জুলাইয়ে দুই দেশ আলোচনা করে", [7]),
    ("किसानों का मार्च दिल्ली पहुंचा", []),
    ("दोनों मंत्री मई में मिले", [5]),
    ("मई, जून और जुलाई में बातचीत हुई", [5, 6, 7]),
])
def test_a_bengali_or_hindi_month_name_alone_before_another_word_is_a_name(text, months):
    assert [d.month for d in find_dates(text) if d.month and not d.value] == months


def test_relative_expressions_are_found():
    found = find_dates("प्रधानमंत्री ने मंगलवार को दिल्ली में मुलाकात की, पिछले साल भी")
    assert [d.relative for d in found] == [True, True]


def test_digits_of_any_script_give_the_same_value():
    assert values("২০০৩ সালের ৫ মার্চ") == values("2003 সালের 5 মার্চ") == ["2003-03-05"]


def test_impossible_day_is_rejected():
    assert values("31 February 2001") == ["2001"]


@pytest.mark.parametrize("text, expected", [
    # a conjunction is a list of dates, each its own
    ("troops crossed on 4 and 9 May 2019", ["2019-05-04", "2019-05-09"]),
    ("talks were held on May 4 and 9, 2019", ["2019-05-04", "2019-05-09"]),
    ("visits in June and August 2011", ["2011-06", "2011-08"]),
    ("मंत्री ने मार्च 2003, जून 2009 और मई 2014 में दौरा किया", ["2003-03", "2009-06", "2014-05"]),
    ("২০১১ সালের ৫ ও ৭ মার্চ দুই দফা বৈঠক", ["2011-03-05", "2011-03-07"]),
    ("৩ ও ৮ জুন ২০১৯ তারিখে", ["2019-06-03", "2019-06-08"]),
    # "between … and", a dash, "to", থেকে … পর্যন্ত, से … तक make a range
    ("between 4 and 9 May 2019", ["2019-05-04/2019-05-09"]),
    ("the summit on 30-31 August 2018", ["2018-08-30/2018-08-31"]),
    # a conjunction of days is a list even when they follow each other (ANNOTATION 4.5)
    ("the clashes on 13 and 14 September 2022", ["2022-09-13", "2022-09-14"]),
    ("13 और 14 सितंबर 2022 को झड़पें हुईं", ["2022-09-13", "2022-09-14"]),
    ("১৩ ও ১৪ সেপ্টেম্বর ২০২২ তারিখে সংঘর্ষ", ["2022-09-13", "2022-09-14"]),
    ("1962 और 1965 के बीच सीमा पर झड़पें", ["1962/1965"]),
    ("১৯৬২ ও ১৯৬৫ সালের মধ্যে", ["1962/1965"]),
    ("the accord (1994/1995) was", ["1994/1995"]),
    ("২৫ শে জুন ১৯৭৫", ["1975-06-25"]),
    # full dates at both ends, across months and years; the month repeated; "from … within"
    ("৫ মার্চ ২০২১ থেকে ৯ এপ্রিল ২০২১ পর্যন্ত মহড়া", ["2021-03-05/2021-04-09"]),
    ("28 दिसंबर 2022 से 4 जनवरी 2023 तक यात्रा", ["2022-12-28/2023-01-04"]),
    ("the exercise ran from 5 March 2021 to 9 April 2021", ["2021-03-05/2021-04-09"]),
    ("talks from March 5, 2021 to April 9, 2021", ["2021-03-05/2021-04-09"]),
    ("the visit lasted from May 3 to May 9, 2019", ["2019-05-03/2019-05-09"]),
    ("২০০১ থেকে ২০০৫ সালের মধ্যে সাতটি বৈঠক", ["2001/2005"]),
    # two full dates joined by "and" stay a list
    ("visits on 5 March 2021 and 9 April 2021", ["2021-03-05", "2021-04-09"]),
    ("5 मार्च 2021 और 9 अप्रैल 2021 को बैठकें", ["2021-03-05", "2021-04-09"]),
])
def test_lists_and_ranges(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "1970 के दशक में", "১৯৮০-এর দশকে দুই দেশ", "১৯৮০ এর দশকে", "in the 1960s",
    "১৫ আষাঢ় ১৪২৮", "৩ রমজান ১৪৪২ হিজরি", "विक्रम संवत 2076 में", "12 Ramadan 1443",
    # the Iranian solar calendar, its day and month before or after the year
    "১৪০২ সালের ৭ খোরদাদ", "12 Aban 1401", "1402 के 7 खोरदाद को",
])
def test_decades_and_other_calendars_are_not_years(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    # a month's name that is a word as well ("सफ़र", a journey; "আজার…" in "আজারবাইজানি"), or a year no
    # other calendar counts now, leaves the year ours
    ("मोदी ने 2014 के 2 सफ़रों में नेपाल के साथ 10 समझौते किए।", ["2014"]),
    ("২০১২ সালের ৫ আজারবাইজানি প্রতিনিধিদল ঢাকা সফর করে।", ["2012"]),
    ("In 1992 3 Azarbaijani diplomats were expelled.", ["1992"]),
    ("2019 के 2 सफ़र में मोदी ने नेपाल का दौरा किया।", ["2019"]),
])
def test_words_like_other_calendars_months_leave_a_year_ours(text, expected):
    assert values(text) == expected


def test_a_hindi_month_of_the_day_before_it_is_a_yearless_date():
    assert [(x.month, x.day, x.value) for x in find_dates("जनवरी महीने की 15 तारीख को वे आए।")] == [(1, 15, None)]
    assert [(x.month, x.day) for x in find_dates("मई की बैठक में")] == [(5, 0)]


def test_a_bengali_month_of_the_day_before_it_is_a_yearless_date_and_alone_is_none():
    d = find_dates("জুলাইয়ের ১ তারিখে মস্কো প্রতিবাদ জানায়।")
    assert [(x.month, x.day, x.value) for x in d] == [(7, 1, None)]
    assert find_dates("সেপ্টেম্বরের এক ঝড়ের রাতে জাহাজটি ডুবে যায়।") == []
    assert [x.month for x in find_dates("ডিসেম্বরেই চুক্তিটি সই হয়।")] == [12]


def test_a_month_and_day_before_a_comma_is_a_yearless_date():
    text = "They met on March 9, agreeing to talk again, and broke off relations on October 30, as feared."
    got = [(text[d.start:d.end], d.month, d.day) for d in find_dates(text) if d.yearless]
    assert got == [("March 9", 3, 9), ("October 30", 10, 30)]
    assert [d.value for d in find_dates("On March 9, 2011, they met.")] == ["2011-03-09"]


def test_a_span_of_months_written_year_first_in_bengali():
    text = "২০১৯ সালের নভেম্বর থেকে ২০২০ সালের ফেব্রুয়ারি পর্যন্ত আলোচনা চলে।"
    assert [(d.value, d.precision) for d in find_dates(text)] == [("2019-11/2020-02", "range")]


def test_a_number_below_twelve_hundred_is_no_year():
    assert [d.value for d in find_dates("1000-1000 कैदियों की अदला-बदली; 1100 troops; in 1215")] == ["1215"]


def test_a_year_first_date_with_slashes():
    assert [d.value for d in find_dates("2022/08/27 14:05 KST")] == ["2022-08-27"]


def test_a_pages_counters_are_no_years():
    assert [d.value for d in find_dates("Views: 1972 | ভিউ: ১৯৭২ | आगंतुक संख्या: 1975 | कुल दृश्य: 1980 | पाठक: 1990")] == []


def test_a_count_of_times_is_no_year():
    assert [d.value for d in find_dates("পড়া হয়েছে ১৯৭৮ বার; read 1978 times; 1978 बार पढ़ा गया")] == []


def test_yearless_day_and_month_keep_what_a_clock_needs():
    text = "১৯৯৯ সালের এক সভায় অক্টোবরের ১২ তারিখ; बुधवार (14 मई) को; on June 3"
    got = [(d.month, d.day) for d in find_dates(text) if d.yearless]
    assert got == [(10, 12), (5, 14), (6, 3)]
    assert all(d.value is None for d in find_dates(text) if d.yearless)


def _days(text):
    return [(text[d.start:d.end], (d.month, d.day), (d.end_month, d.end_day)) for d in find_dates(text) if d.yearless]


@pytest.mark.parametrize("text, span, first, last", [
    ("The navies will train from March 4 to March 8 off the coast.", "from March 4 to March 8", (3, 4), (3, 8)),
    ("The talks run from 4 to 8 March in Accra.", "from 4 to 8 March", (3, 4), (3, 8)),
    ("The fair is open October 2–5 every year.", "October 2–5", (10, 2), (10, 5)),
    ("the delegation stayed from 29 September to 3 October", "from 29 September to 3 October", (9, 29), (10, 3)),
    ("দুই দেশের বৈঠক ৪ থেকে ৮ মার্চ চলবে।", "৪ থেকে ৮ মার্চ", (3, 4), (3, 8)),
    ("दोनों देशों का अभ्यास 4 से 8 मार्च तक चलेगा।", "4 से 8 मार्च तक", (3, 4), (3, 8)),
])
def test_a_span_of_days_without_a_year_is_one_yearless_range(text, span, first, last):
    assert _days(text) == [(span, first, last)]


def test_a_list_of_days_without_a_year_is_two_days():
    got = [(s, a) for s, a, _ in _days("The ministers met on 4 and 9 March in Accra.")]
    assert got == [("4", (3, 4)), ("9 March", (3, 9))]
    assert [(s, a) for s, a, _ in _days("They met on March 4 and 9.")] == [("March 4", (3, 4)), ("9", (3, 9))]
    # with a year the span is a range as before, and "between … and" is a span
    assert values("from 4 to 8 March 2019") == ["2019-03-04/2019-03-08"]
    assert _days("held between 4 and 8 March")[0][2] == (3, 8)


@pytest.mark.parametrize("text, expected", [
    ("सत्रह मई 1983 को दोनों सरकारों ने समझौता किया।", [("सत्रह मई 1983", "1983-05-17")]),
    ("राजनयिक संबंध पहली जनवरी 1993 को स्थापित हुए।", [("पहली जनवरी 1993", "1993-01-01")]),
    ("সতেরো মে ১৯৮৩ তারিখে দুই দেশ চুক্তি সই করে।", [("সতেরো মে ১৯৮৩", "1983-05-17")]),
    ("পহেলা জানুয়ারি ১৯৯৩ সালে সম্পর্ক স্থাপিত হয়।", [("পহেলা জানুয়ারি ১৯৯৩", "1993-01-01")]),
    # a day word with a month alone is a day and month still to complete
    ("राष्ट्रपति दो जून को नई दिल्ली पहुंचे।", [("दो जून", None)]),
    # "तीस फ़रवरी" is no day
    ("तीस फ़रवरी 2023 को बैठक हुई।", [("फ़रवरी 2023", "2023-02")]),
])
def test_a_day_written_as_a_word_before_its_month(text, expected):
    got = find_dates(text)
    assert [(text[d.start:d.end], d.value) for d in got] == expected
    if expected[0][1] is None:
        assert (got[0].month, got[0].day) == (6, 2)


@pytest.mark.parametrize("text, years", [
    ("The programme has funded about 1600 Somali students.", []),
    ("Up to 1800 Kenyan troops served there.", []),
    ("In 1990 Somali students arrived in Ankara.", ["1990"]),
    ("ফিলিপাইনে প্রায় ২০০০ বাংলাদেশি পেশাজীবী বসবাস করেন।", []),
    ("प्रायः हर वर्ष लगभग 2000 ज़ाम्बियाई छात्र भारत आते हैं।", []),
    # a year after such a word takes its own word or postposition
    ("প্রায় ২০০০ সালে দুই দেশ চুক্তি সই করে।", ["2000"]),
    ("लगभग 2000 में दोनों देशों ने समझौता किया।", ["2000"]),
    ("প্রায় ১৯৯০ খ্রিস্টাব্দে দুই দেশের মধ্যে সম্পর্ক স্থাপিত হয়।", ["1990"]),
    ("প্রায় ১৯৭৫ পর্যন্ত দুই দেশের মধ্যে কোনো সম্পর্ক ছিল না।", ["1975"]),
])
def test_a_number_of_people_after_a_word_of_quantity_is_no_year(text, years):
    assert [d.value for d in find_dates(text) if d.value] == years
