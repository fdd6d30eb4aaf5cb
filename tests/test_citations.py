"""Citations that point: an event's sentence is linked to the references its [n] markers cite
(in the digits of its script), reference text is shown without wiki debris, and "Copy citation"
writes a source and an event as plain text."""

from __future__ import annotations

import pytest

from relations_desktop.corpus.footnotes import cited_numbers
from relations_desktop.present.citations import (
    clean_reference,
    copy_event_citation,
    copy_source_citation,
    display_url,
    event_citation,
    group_references,
    reference_mark,
    source_citation,
    source_title,
)
from relations_desktop.present.quoting import quoted
from tests import cited_corpus


@pytest.mark.parametrize(("sentence", "numbers"), [
    ("The embassy opened in 1999.[4]", [4]),
    ("The treaty was signed.[2][3] Talks went on.[2]", [2, 3]),
    ("Both sides agreed [7, 9] and later met.[12]", [7, 9, 12]),
    ("দুই দেশ চুক্তি স্বাক্ষর করে।[২৬]", [26]),
    ("দূতাবাস খোলা হয়।[৩][১২]", [3, 12]),
    ("दोनों देशों ने समझौता किया।[२६]", [26]),
    ("राजदूत नियुक्त हुए।[४, ५]", [4, 5]),
    ("No marker in 1992, nor [1992], nor [a] nor [citation needed].", []),
])
def test_markers_in_three_scripts_give_reference_numbers(sentence, numbers):
    assert cited_numbers(sentence) == numbers


def test_each_event_is_linked_to_the_references_its_sentence_cites(cited_dossier):
    by_lang: dict[tuple[str, str], list[int]] = {}
    for g in cited_dossier.groups:
        for e in g.events:
            by_lang[(e.lang, e.type)] = [c.n for c in cited_dossier.cited.get(e.id, [])]
            for c in cited_dossier.cited.get(e.id, []):
                assert c.document_id == e.document_id      # [2] is entry 2 of the same document
    assert by_lang == {
        ("en", "relations_established"): [1], ("en", "agreement"): [2, 3],
        ("bn", "relations_established"): [1], ("bn", "agreement"): [2],
        ("hi", "relations_established"): [1], ("hi", "agreement"): [2],
    }
    bn = next(s for s in cited_dossier.sources if s.lang == "bn")
    cites = next(cited_dossier.cited[e.id] for g in cited_dossier.groups for e in g.events if e.document_id == bn.id
                 and e.type == "agreement")
    assert cites[0].text.startswith("২. \"সাংস্কৃতিক চুক্তি\"")
    # The stored entry is the slice of the document it was read from: offsets stay valid.
    assert bn.text[cites[0].start:cites[0].end] == cites[0].text


def test_an_event_group_lists_the_references_of_all_its_sentences(cited_dossier):
    agreement = next(g for g in cited_dossier.groups if g.type == "agreement")
    refs = group_references(agreement, cited_dossier.cited)
    assert len(agreement.events) == 3
    assert sorted((cited_dossier.source(c.document_id).lang, c.n) for c in refs) == [
        ("bn", 2), ("en", 2), ("en", 3), ("hi", 2)]
    assert refs[0].document_id == quoted(agreement).document_id      # the sentence shown for it first
    assert group_references(None, cited_dossier.cited) == []


def test_the_named_query_links_events_read_on_their_own(cited_db):
    from relations_desktop.store import queries
    from relations_desktop.store.connection import open_corpus
    conn = open_corpus(cited_db)
    events = queries.events(conn, cited_corpus.PAIR)
    linked = queries.cited_references(conn, events)
    assert sorted(len(v) for v in linked.values()) == [1, 1, 1, 1, 1, 2]
    assert queries.cited_references(conn, []) == {}
    conn.close()


@pytest.mark.parametrize(("raw", "clean"), [
    ('8. Doe, A. (04 May 2016). "Ports and roads". Example Wire. Retrieved 22 November 2016. '
     "Check date values in: |date= (help)",
     'Doe, A. (04 May 2016). "Ports and roads". Example Wire. Retrieved 22 November 2016.'),
    ('^ a b c Smith, J. (2001). "Talks begin". The Daily. CS1 maint: multiple names: authors list (link)',
     'Smith, J. (2001). "Talks begin". The Daily.'),
    ("↑ ক খ {{cite web|title=দুই দেশের চুক্তি|publisher=উদাহরণ পত্রিকা|date=২০১০-০৩-০৪|url=http://example.org/x}}",
     "দুই দেশের চুক্তি. উদাহরণ পত্রিকা. ২০১০-০৩-০৪. http://example.org/x."),
    ('[3] "नई संधि". उदाहरण समाचार. |date= में तिथि मान जाँचें (मदद)', '"नई संधि". उदाहरण समाचार.'),
    ("17. Archived from the original on 11 June 2009. Retrieved 2 May 2010.",
     "Archived from the original on 11 June 2009. Retrieved 2 May 2010."),
    ("5. [[Example Page|Example]] said '''this''' (help)", "Example said this"),
    ('২. "সাংস্কৃতিক চুক্তি"। উদাহরণ বার্তা। ২০০৫।', '"সাংস্কৃতিক চুক্তি"। উদাহরণ বার্তা। ২০০৫।'),
])
def test_wiki_debris_is_cleaned_out_of_reference_text(raw, clean):
    assert clean_reference(raw) == clean


def test_reference_marks_use_the_documents_digits():
    assert [reference_mark(26, lang) for lang in ("en", "bn", "hi")] == ["[26]", "[২৬]", "[२६]"]
    assert reference_mark(None, "en") == "•"
    # the label the entry has in its document wins over its language's digits
    assert reference_mark(1, "en", "১. \"Recognition\". Example Daily.") == "[১]"
    assert reference_mark(26, "hi", "[26] \"संधि\"") == "[26]"
    assert reference_mark(3, "bn", "৩) উদাহরণ") == "[৩]"
    assert reference_mark(3, "bn", "[4] a label that is not its number") == "[৩]"


# A page in English whose markers and reference list have Bengali digits (a Bangladeshi site's
# English edition), and a Hindi page with international digits, as Hindi newspapers write them.
OWN_DIGITS = {
    "en.txt": """Bhutan–Bangladesh relations

Bhutan recognised Bangladesh on 6 December 1971.[১] The two countries signed a trade agreement in 1980.[২]

References

১. "Recognition". Example Daily. 1971.
২. "Trade pact". Example Daily. 1980.
""",
    "hi.txt": """भूटान–बांग्लादेश संबंध

भूटान ने 6 दिसंबर 1971 को बांग्लादेश को मान्यता दी।[1] दोनों देशों ने 1980 में एक व्यापार समझौते पर हस्ताक्षर किए।[2]

संदर्भ

1. "मान्यता". उदाहरण समाचार. 1971.
2. "व्यापार समझौता". उदाहरण समाचार. 1980.
""",
}


def test_the_citations_tab_and_copied_citations_keep_each_documents_own_digits(qtbot, app_fonts, qt_settings,
                                                                               tmp_path):
    import hashlib

    from relations_desktop.corpus.document import RawDocument
    from relations_desktop.corpus.pipeline import process_text
    from relations_desktop.store.write import build_database
    from tests.qt_helpers import open_window
    docs = [process_text(RawDocument(name, name, hashlib.sha256(text.encode()).hexdigest(), "utf-8", text,
                                     len(text.encode()))) for name, text in OWN_DIGITS.items()]
    assert [d.lang for d in docs] == ["en", "hi"]
    win = open_window(qtbot, build_database(docs, tmp_path / "own.db"), None, qt_settings)
    assert win.open_pair("BD", "BT")
    rel = win.relationship
    text = rel.citations.toPlainText()
    assert '  [১] "Recognition". Example Daily. 1971.' in text.splitlines()
    assert '  [1] "मान्यता". उदाहरण समाचार. 1971.' in text.splitlines()
    assert "[1] \"Recognition\"" not in text and "[१]" not in text
    recognition = next(g for g in win.dossier.groups if g.type == "recognition")
    rel.select_group(recognition)
    first = rel.citations.toPlainText().partition("\n\n")[0].splitlines()
    assert sorted(first[1:]) == ['[EN] [১] "Recognition". Example Daily. 1971.',
                                 '[HI] [1] "मान्यता". उदाहरण समाचार. 1971.']
    # the source text keeps its markers as written
    assert "1971.[১]" in rel.sources.text.toPlainText() and "दी।[1]" in rel.sources.text.toPlainText()
    # and so does Copy citation
    en = next(e for e in recognition.events if e.lang == "en")
    assert copy_event_citation(win.dossier, en).splitlines()[-1] == \
        'Cited there: [১] "Recognition". Example Daily. 1971.'


@pytest.mark.parametrize(("stored", "shown"), [
    ("https://bn.wikipedia.org/wiki/%E0%A6%98%E0%A6%BE%E0%A6%A8%E0%A6%BE_(%E0%A6%A6%E0%A7%87%E0%A6%B6)",
     "https://bn.wikipedia.org/wiki/ঘানা_(দেশ)"),
    ("https://hi.wikipedia.org/wiki/%E0%A4%98%E0%A4%BE%E0%A4%A8%E0%A4%BE", "https://hi.wikipedia.org/wiki/घाना"),
    ("https://en.wikipedia.org/wiki/Ghana%E2%80%93Kenya_relations", "https://en.wikipedia.org/wiki/Ghana–Kenya_relations"),
    # escaped ASCII keeps its meaning in the address; bytes that are not UTF-8 are not guessed at
    ("https://example.org/a%2Fb%20c?q=%26", "https://example.org/a%2Fb%20c?q=%26"),
    ("https://example.org/%E0%A6", "https://example.org/%E0%A6"),
    ("", ""),
])
def test_addresses_are_shown_as_an_address_bar_shows_them(stored, shown):
    assert display_url(stored) == shown


def test_copy_citation_of_a_source_is_plain_text_with_url_and_licence(cited_dossier):
    en = next(s for s in cited_dossier.sources if s.lang == "en")
    text = source_citation(en)
    assert text.startswith("Nepal–Portugal relations. Example {contributors} & friends_100%. "
                           "Example Encyclopedia (English). November 22, 2016. ")
    assert "https://en.example.org/wiki/Nepal–Portugal_relations?a=1&b=2" in text
    assert "Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)." in text
    assert "\n" not in text
    hi = next(s for s in cited_dossier.sources if s.lang == "hi")
    assert source_title(hi) == "नेपाल–पुर्तगाल संबंध"
    assert "Licence" not in source_citation(hi)        # none stated: none claimed


def test_copy_citation_of_an_event_has_the_sentence_the_source_and_its_references(cited_dossier):
    from relations_desktop import i18n
    agreement = next(g for g in cited_dossier.groups if g.type == "agreement")
    bn_event = next(e for e in agreement.events if e.lang == "bn")
    doc = cited_dossier.source(bn_event.document_id)
    i18n.set_language("bn")
    text = event_citation(bn_event, doc, cited_dossier.cited[bn_event.id])
    assert copy_event_citation(cited_dossier, bn_event) == text
    assert copy_source_citation(cited_dossier, doc.id) == source_citation(doc)
    lines = text.splitlines()
    assert lines[0] == "মার্চ ২০০৫ · চুক্তি"
    assert lines[1] == f"“{bn_event.text}”"
    assert lines[2].startswith("উৎস: নেপাল–পর্তুগাল সম্পর্ক. উদাহরণ বিশ্বকোষ (বাংলা).")
    assert lines[3] == 'উল্লিখিত তথ্যসূত্র: [২] "সাংস্কৃতিক চুক্তি"। উদাহরণ বার্তা। ২০০৫। সংগ্রহের তারিখ ২ জুন ২০১৮।'


def test_the_citations_tab_puts_the_selected_events_references_first(qtbot, app_fonts, cited_db, qt_settings,
                                                                     tmp_path):
    from tests.qt_helpers import open_window
    win = open_window(qtbot, cited_db, None, qt_settings)
    assert win.open_pair(*cited_corpus.PAIR)
    rel = win.relationship
    assert rel.tabs.isTabEnabled(1)
    agreement = next(g for g in win.dossier.groups if g.type == "agreement")
    rel.select_group(agreement)
    text = rel.citations.toPlainText()
    first, _sep, rest = text.partition("\n\n")
    assert first.splitlines()[0] == "Cited by the selected event"
    assert sorted(c.n for c in rel.citations.cited()) == [2, 2, 2, 3]
    assert '[EN] [3] "Friendship at forty". Example Post. 2017. Retrieved 2 June 2018.' in first
    assert '[BN] [২] "সাংস্কৃতিক চুক্তি"। উদাহরণ বার্তা। ২০০৫। সংগ্রহের তারিখ ২ জুন ২০১৮।' in first
    assert "Check date values" not in text and "(help)" not in text
    assert '[1] "Ties that bind"' not in first and '[1] "Ties that bind"' in rest
    # Edit ▸ Copy citation puts the shown event's citation on the clipboard, and on a source its own.
    from PySide6.QtWidgets import QApplication
    win.commands.copy_citation.trigger()
    copied = QApplication.clipboard().text()
    assert copied.splitlines()[1] == f"“{quoted(agreement).text}”" and "Licence: CC BY-SA 4.0" in copied
    rel.sources.step(1)
    win.commands.copy_citation.trigger()
    second = QApplication.clipboard().text()
    assert second != copied and second.splitlines()[1] in {f"“{e.text}”" for e in agreement.events}
    win.commands.copy_source_citation.trigger()
    assert QApplication.clipboard().text() in {source_citation(s) for s in win.dossier.sources}
    rel.select_group(None)
    assert not rel.citations.toPlainText().startswith("Cited by")
