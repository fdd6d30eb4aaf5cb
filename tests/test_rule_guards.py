"""Sentences on which a rule of the extraction must not fire, or must give way to another, found by
probing each rule with text written for the purpose (what ANNOTATION.md wants in each)."""

from __future__ import annotations

import pytest

from tests.text_helpers import processed

# (text, what the guide wants: "is" the dated events, "has" one of them, "not" a type among them)
CASES = [
    ('Bangladesh–India relations\nIn 2011, India granted Bangladesh duty-free access for textiles, '
     'angering Indian garment makers.',
     ('not', 'conflict')),
    ('Ghana–Togo relations\nBoth Ghana and Togo took part in the Paris climate conference in December 2015.',
     ('not', 'visit')),
    ('Ghana–Togo relations\nDuring the UN General Assembly meeting in New York, on 25 September 2015 '
     "Ghana voted for Togo's resolution on maritime piracy.",
     ('not', 'visit')),
    ('Ghana–Togo relations\nIn September 2015, during the UN General Assembly meeting in New York, '
     "Ghana voted for Togo's resolution on piracy.",
     ('not', 'visit')),
    ("Ghana–Togo relations\nIn March 2010, during the French president's visit to Accra, Ghana sent a "
     'condolence message to Togo.',
     ('not', 'visit')),
    ('Ghana–Togo relations\nIn 2012, Ghana and Togo opened talks on the joint highway project.',
     ('is', [('2012', 'visit')])),
    ('Ghana–Togo relations\nIn March 2018, the two foreign ministers opened talks on a road map for '
     'economic integration.',
     ('is', [('2018-03', 'visit')])),
    ('Ghana–Togo relations\nIn March 2019, Ghana lifted the import ban on previously blacklisted Togolese firms.',
     ('not', 'conflict')),
    ('Ghana–Togo relations\nPrevious post-colonial boundary talks had failed, but on 4 May 1998 Ghana '
     'and Togo signed a border agreement.',
     ('is', [('1998-05-04', 'agreement')])),
    ('Ghana–Togo relations\nPrevious post-war governments in Accra had kept their distance, but in '
     'March 1972 Ghana and Togo established diplomatic relations.',
     ('is', [('1972-03', 'relations_established')])),
    ('Japan–Bangladesh relations\nPrevious post-independence governments had ignored Tokyo; in February '
     '1972 Japan recognised Bangladesh.',
     ('is', [('1972-02', 'recognition')])),
    ('Ghana–Togo relations\nThe two countries renewed their joint claim to host the 2030 Africa Cup of '
     'Nations in June 2021.',
     ('not', 'conflict')),
    ('Ghana–Togo relations\nTrade relations between Ghana and Togo collapsed in 2009 during the global '
     'financial crisis.',
     ('not', 'conflict')),
    ('India–Nepal relations\nIn May 2020, India inaugurated a new road to the Lipulekh pass through '
     'territory claimed by Nepal, drawing a formal protest from Kathmandu.',
     ('is', [('2020-05', 'conflict')])),
    ('India–Nepal relations\nIn May 2020, India opened a link road to Lipulekh, which Nepal protested.',
     ('is', [('2020-05', 'conflict')])),
    ('India–Nepal relations\nOn 8 May 2020 India inaugurated a road through the disputed Lipulekh area, '
     'prompting Nepal to summon the Indian ambassador.',
     ('is', [('2020-05-08', 'conflict')])),
    ('भारत–नेपाल संबंध\n2020 में भारत ने लिपुलेख तक नई सड़क का उद्घाटन किया, जिस पर नेपाल ने कड़ी आपत्ति जताई।',
     ('is', [('2020', 'conflict')])),
    ('India–Nepal relations\nKey facts\nRelations established | Thursday, 17 June 1947\nIndia and Nepal '
     'established diplomatic relations in June 1947.',
     ('has', ('1947-06-17', 'relations_established'))),
    ('India–Russia relations\nIn June 1990, Russia declared its sovereignty within the Soviet Union.',
     ('is', [])),
    ('India–Russia relations\nIn October 1957 the Soviet Union launched Sputnik, the first artificial satellite.',
     ('is', [])),
    ('Ghana–Togo relations\nLatest news\nGhana and Togo sign border pact\nGhana and Togo signed a '
     'border demarcation agreement on 10 May 2023 in Accra.',
     ('is', [('2023-05-10', 'agreement')])),
    ('Ghana–Togo relations\nLatest news\nGhana and Togo sign border pact\nGhana and Togo signed a '
     'border demarcation agreement on 10 May 2023 in Accra.',
     ('is', [('2023-05-10', 'agreement')])),
    ('भारत–नेपाल संबंध\n2010 में भारत ने सुरक्षा परिषद की स्थायी सदस्यता पर अपना दावा पेश किया और नेपाल '
     'ने इसका समर्थन किया।',
     ('not', 'conflict')),
    ('भारत–नेपाल संबंध\nहोली पर्व को देखते हुए 7 मार्च 2023 को भारत-नेपाल सीमा पूरी तरह सील रहेगी।',
     ('not', 'conflict')),
    ('भारत–पाकिस्तान संबंध\n2016 में भारत ने इस्लामाबाद में होने वाले सार्क सम्मेलन में भाग लेने से इनकार कर दिया।',
     ('not', 'visit')),
    ('भारत–मालदीव संबंध\nनवंबर 1988 में जब भाड़े के सैनिकों ने माले में सत्ता पर कब्ज़ा करने का प्रयास '
     'किया, तो भारत ने राष्ट्रपति गयूम के अनुरोध पर सेना भेजी।',
     ('is', [('1988-11', 'military')])),
    ('भारत–मालदीव संबंध\nनवंबर 1988 में भाड़े के सैनिकों द्वारा सत्ता हथियाने की कोशिश को विफल करने के '
     'लिए भारत ने मालदीव में सेना भेजी।',
     ('is', [('1988-11', 'military')])),
    ('ভারত–মালদ্বীপ সম্পর্ক\n১৯৮৮ সালের নভেম্বরে ভাড়াটে সৈন্যরা মালেতে ক্ষমতা দখলের চেষ্টা করলে '
     'ভারতীয় সেনাবাহিনী তা ব্যর্থ করে দেয়।',
     ('is', [('1988-11', 'military')])),
    ('বাংলাদেশ–ভারত সম্পর্ক\n২০১০ সালের জানুয়ারিতে শেখ হাসিনার ভারত সফরে দুই দেশের সম্পর্কের বরফ ভেঙে যায়।',
     ('is', [('2010-01', 'visit')])),
    ('বাংলাদেশ–ভারত সম্পর্ক\n২০১৯ সালে ভারত কালো তালিকায় থাকা বাংলাদেশি প্রতিষ্ঠানগুলোর ওপর থেকে '
     'নিষেধাজ্ঞা তুলে নেয়।',
     ('not', 'conflict')),
    ('বাংলাদেশ–মিয়ানমার সম্পর্ক\n১৯৯৯ সালে মিয়ানমার দ্বীপটির ওপর তার দাবি প্রত্যাহার করে।',
     ('not', 'conflict')),
    ('বাংলাদেশ–মিয়ানমার সম্পর্ক\n২০০১ সালে মিয়ানমার দ্বীপটির ওপর নিজের দাবি ত্যাগ করে এবং বাংলাদেশের '
     'সার্বভৌমত্ব মেনে নেয়।',
     ('not', 'conflict')),
    ('ভারত–বাংলাদেশ সম্পর্ক\nআগের অংশ-এ আমরা দেখেছি, ১৯৭২ সালের মার্চে দুই দেশ মৈত্রী চুক্তি সই করে।',
     ('is', [('1972-03', 'agreement')])),
]


@pytest.mark.parametrize("text, want", CASES)
def test_rules_keep_out_of_what_they_do_not_describe(text, want):
    got = [(e.date, e.type) for e in processed(text).events if e.date]
    how, what = want
    if how == "is":
        assert got == what
    elif how == "has":
        assert tuple(what) in got
    else:
        assert what not in {t for _d, t in got}
