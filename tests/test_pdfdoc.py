"""The PDF renderer: shaped Indic text that pdftotext extracts intact, tables that never
split a row, embedded subset fonts, localised page numbers and a vector timeline."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

_SRC = Path(__file__).resolve().parents[1] / "src"
if str(_SRC) not in sys.path:
    sys.path.insert(0, str(_SRC))

from relations_desktop.export.pdfdoc import PdfDocument, TimelineItem  # noqa: E402
from tests.pdf_helpers import content_streams  # noqa: E402

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed"
)

BN = [
    "নেপাল ও ভুটানের মধ্যে দ্বিপাক্ষিক সম্পর্ক ১৯৮৩ সালে আনুষ্ঠানিকভাবে প্রতিষ্ঠিত হয়। দুই দেশই "
    "হিমালয়ের কোলে অবস্থিত এবং তাদের সংস্কৃতি, ধর্ম ও ইতিহাসে গভীর মিল রয়েছে। কাঠমান্ডুতে ভুটানের "
    "দূতাবাস এবং থিম্পুতে নেপালের কূটনৈতিক প্রতিনিধিত্ব দুই দেশের নাগরিকদের মধ্যে যোগাযোগ আরও সহজ "
    "করেছে। বাণিজ্য, পর্যটন ও শিক্ষা ক্ষেত্রে সহযোগিতা ধীরে ধীরে বাড়ছে।",
    "২০১৯ সালে দুই দেশের প্রধানমন্ত্রী এক বৈঠকে জলবিদ্যুৎ, কৃষি ও স্বাস্থ্য খাতে নতুন উদ্যোগ নিয়ে "
    "আলোচনা করেন। সেই বৈঠকের পর একটি সমঝোতা স্মারক স্বাক্ষরিত হয়, যাতে শিক্ষার্থী বিনিময় ও বৃত্তির "
    "সংখ্যা বাড়ানোর কথা বলা হয়েছে। কিছু বিশেষজ্ঞ মনে করেন, শরণার্থী প্রশ্নের স্থায়ী সমাধান না হলে "
    "সম্পর্কের পূর্ণ বিকাশ কঠিন হবে। তবুও উভয় পক্ষ সংলাপ চালিয়ে যেতে আগ্রহী।",
    "আঞ্চলিক পর্যায়ে নেপাল ও ভুটান দক্ষিণ এশীয় আঞ্চলিক সহযোগিতা সংস্থা (সার্ক) এবং বিমস্টেকের "
    "সদস্য। এই দুই সংগঠনের মঞ্চে তারা জলবায়ু পরিবর্তন, দুর্যোগ ব্যবস্থাপনা ও সংযোগ প্রকল্প নিয়ে "
    "একসঙ্গে কাজ করে। ২০২৩ সালের শীর্ষ সম্মেলনে পররাষ্ট্রমন্ত্রীরা সীমান্ত-পারাপার সড়ক ও বিমান যোগাযোগ "
    "বাড়ানোর প্রস্তাব দেন। তবে প্রকল্পগুলোর অর্থায়ন কি আন্তর্জাতিক উৎস থেকে আসবে, তা এখনো স্পষ্ট নয়।",
]

HI = [
    "नेपाल और भूटान के बीच द्विपक्षीय संबंध वर्ष १९८३ में औपचारिक रूप से स्थापित हुए। दोनों देश "
    "हिमालय की गोद में बसे हैं और उनकी संस्कृति, धर्म तथा इतिहास में गहरी समानता है। काठमांडू में "
    "भूटान का दूतावास और थिम्पू में नेपाल का कूटनीतिक प्रतिनिधित्व दोनों देशों के नागरिकों के बीच "
    "संपर्क को आसान बनाता है। व्यापार, पर्यटन और शिक्षा के क्षेत्र में सहयोग लगातार बढ़ रहा है।",
    "वर्ष २०१९ में दोनों देशों के प्रधानमंत्री ने एक बैठक में जलविद्युत, कृषि और स्वास्थ्य क्षेत्रों में "
    "नई पहलों पर चर्चा की। इस बैठक के बाद कई समझौते पर हस्ताक्षर किए गए, जिनमें छात्र विनिमय और "
    "छात्रवृत्तियों की संख्या बढ़ाने की बात कही गई है। कुछ विशेषज्ञों का मानना है कि शरणार्थी प्रश्न का "
    "स्थायी समाधान किए बिना संबंधों का पूर्ण विकास कठिन होगा। फिर भी दोनों पक्ष संवाद जारी रखने के "
    "इच्छुक हैं।",
    "क्षेत्रीय स्तर पर नेपाल और भूटान दक्षिण एशियाई क्षेत्रीय सहयोग संगठन (सार्क) तथा बिम्सटेक के "
    "सदस्य हैं। इन मंचों पर वे जलवायु परिवर्तन, आपदा प्रबंधन और संपर्क परियोजनाओं पर मिलकर काम करते "
    "हैं। राष्ट्रपति की २०२३ की यात्रा के दौरान विदेश मंत्रियों ने सीमा-पार सड़क और हवाई संपर्क बढ़ाने का "
    "प्रस्ताव रखा। यह अभी स्पष्ट नहीं है कि इन परियोजनाओं के लिए वित्त कहाँ से आएगा।",
]

EN = [
    "Nepal and Bhutan established formal diplomatic relations in 1983. Both kingdoms lie along "
    "the southern slopes of the Himalaya and share deep ties of culture, faith and history. "
    "Bhutan's embassy in Kathmandu and Nepal's representation in Thimphu have made contact between "
    "citizens of the two countries easier, and cooperation in trade, tourism and education has "
    "grown steadily over the last four decades.",
    "In 2019 the two prime ministers met to discuss new initiatives in hydropower, agriculture and "
    "public health. A memorandum of understanding signed after the meeting promised more student "
    "exchanges and scholarships. Some analysts argue that the relationship cannot fully mature "
    "until a lasting solution is found for the refugee question, yet both governments say they "
    "remain committed to dialogue.",
    "Regionally, Nepal and Bhutan are members of the South Asian Association for Regional "
    "Cooperation (SAARC) and of BIMSTEC. In these forums they work together on climate change, "
    "disaster management and connectivity projects. At the 2023 summit the foreign ministers "
    "proposed more cross-border roads and air links, although it is still unclear where the "
    "money for those projects will come from.",
]

MIXED = "বাংলাদেশ (BGD) ও নেপাল (NPL) — ISO 3166 কোড; summit ২০২৩ সালে, report 2023।"

_WORD = re.compile(r"[\w\u0900-\u097f\u0980-\u09ff]+")


def words(text: str) -> set[str]:
    """Words of ``text``: split on whitespace and punctuation, NFC."""
    text = unicodedata.normalize("NFC", text)
    # Indic vowel signs and viramas are combining marks (not \w in `re`), hence the ranges;
    # the dandas are punctuation.
    return {w for w in _WORD.findall(text.replace("।", " ").replace("॥", " ")) if w != "_"}


def pdftotext(pdf: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def bn_digits(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"))


@pytest.fixture(scope="module")
def prose_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    doc = PdfDocument(title="নেপাল–ভুটান সম্পর্ক", lang="bn")
    doc.title("নেপাল ও ভুটান: দ্বিপাক্ষিক সম্পর্ক")
    doc.heading("বাংলা")
    for p in BN:
        doc.paragraph(p)
    doc.heading("हिन्दी")
    for p in HI:
        doc.paragraph(p)
    doc.heading("English")
    for p in EN:
        doc.paragraph(p)
    doc.paragraph(MIXED)
    doc.small("উৎস: পররাষ্ট্র মন্ত্রণালয়, ২০২৩ (Ministry of Foreign Affairs)")
    path = tmp_path_factory.mktemp("prose") / "prose.pdf"
    doc.save(path)
    return path


@pytest.mark.parametrize("lang,paragraphs", [("bn", BN), ("hi", HI), ("en", EN)])
def test_every_word_extracts_intact(prose_pdf: Path, lang: str, paragraphs: list[str]) -> None:
    extracted = words(pdftotext(prose_pdf))
    for p in paragraphs:
        expected = words(p)
        assert len(expected) > 30
        missing = expected - extracted
        assert not missing, f"{lang}: {len(missing)}/{len(expected)} words broken: {sorted(missing)}"


def test_mixed_script_line_extracts_intact(prose_pdf: Path) -> None:
    extracted = words(pdftotext(prose_pdf))
    assert {"BGD", "NPL", "ISO", "3166", "summit", "report", "2023", "২০২৩", "কোড"} <= words(MIXED)
    assert words(MIXED) <= extracted


def test_marked_content_is_well_formed(prose_pdf: Path) -> None:
    streams = [s for s in content_streams(prose_pdf) if b"ActualText" in s]
    assert streams
    for s in streams:
        assert s.count(b"BDC") == s.count(b"EMC")
        depth_text = depth_mc = 0
        for op in re.findall(rb"\b(BT|ET|BDC|EMC)\b", s):
            depth_text += {b"BT": 1, b"ET": -1}.get(op, 0)
            depth_mc += {b"BDC": 1, b"EMC": -1}.get(op, 0)
            assert depth_text in (0, 1) and depth_mc in (0, 1)
            if op in (b"BDC", b"EMC"):
                assert depth_text == 0, "marked content must wrap whole text objects"
        assert depth_text == depth_mc == 0


def _fonts(pdf: Path) -> list[tuple[str, str, str]]:
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        tokens = line.split()
        # name type... encoding emb sub uni object-number generation
        rows.append((tokens[0], tokens[-5], tokens[-4]))
    return rows


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts not installed")
def test_fonts_are_embedded_subsets(prose_pdf: Path) -> None:
    fonts = _fonts(prose_pdf)
    names = {re.sub(r"^[A-Z]{6}\+", "", name) for name, _, _ in fonts}
    assert {"NotoSans", "NotoSansBengali", "NotoSansDevanagari", "NotoSansBengaliBold"} <= names
    for name, emb, sub in fonts:
        assert emb == "yes" and sub == "yes", name
        assert re.fullmatch(r"[A-Z]{6}\+NotoSans\w*", name), name
    tags = [name.split("+")[0] for name, _, _ in fonts]
    assert len(set(tags)) == len(tags), "each subset needs its own tag"


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts not installed")
def test_latin_runs_use_noto_sans(tmp_path: Path) -> None:
    def label(n: int, total: int) -> str:
        return f"পৃষ্ঠা {bn_digits(n)} / {bn_digits(total)}"

    pure = PdfDocument(title="t", lang="bn", page_label=label)
    pure.paragraph(BN[0])
    pure.save(tmp_path / "pure.pdf")
    mixed = PdfDocument(title="t", lang="bn", page_label=label)
    mixed.paragraph(BN[0] + " ISO 3166 (2023)")
    mixed.save(tmp_path / "mixed.pdf")
    strip = re.compile(r"^[A-Z]{6}\+")
    assert {strip.sub("", f[0]) for f in _fonts(tmp_path / "pure.pdf")} == {"NotoSansBengali"}
    assert {strip.sub("", f[0]) for f in _fonts(tmp_path / "mixed.pdf")} == {
        "NotoSansBengali",
        "NotoSans",
    }


def test_metadata(prose_pdf: Path) -> None:
    info = subprocess.run(["pdfinfo", str(prose_pdf)], check=True, capture_output=True, text=True).stdout
    assert "নেপাল–ভুটান সম্পর্ক" in info
    assert "Relations Desktop" in info
    assert b"/Lang (bn)" in prose_pdf.read_bytes()


def _long_table(tmp_path: Path, page_size: str = "A4") -> tuple[Path, PdfDocument]:
    doc = PdfDocument(title="Table", lang="en", page_size=page_size)
    doc.heading("Events")
    header = ["Marker", "তারিখ", "Event description", "Closing"]
    rows = []
    for i in range(120):
        desc = (
            f"দুই দেশের প্রতিনিধি দল বৈঠক {bn_digits(i)} শেষে একটি যৌথ বিবৃতি স্বাক্ষরিত করে। "
            + "Joint statement on hydropower and trade. " * (1 + i % 4)
        )
        rows.append([f"R{i:03d}A", f"{1983 + i % 40}-0{1 + i % 9}-1{i % 10}", desc, f"R{i:03d}Z"])
    doc.table(header, rows, [0.14, 0.16, 0.56, 0.14])
    doc.paragraph("After the table.")
    path = tmp_path / "table.pdf"
    doc.save(path)
    return path, doc


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_long_table_repeats_header_and_never_splits_rows(tmp_path: Path, page_size: str) -> None:
    path, doc = _long_table(tmp_path, page_size)
    assert doc.page_count >= 3
    row_page: dict[str, int] = {}
    for page in range(1, doc.page_count + 1):
        text = pdftotext(path, page)
        for head in ("Marker", "তারিখ", "Event description", "Closing"):
            assert head in text, f"header {head!r} missing on page {page}"
        for marker in re.findall(r"R\d{3}[AZ]", text):
            assert marker not in row_page, f"{marker} printed twice"
            row_page[marker] = page
    for i in range(120):
        assert row_page[f"R{i:03d}A"] == row_page[f"R{i:03d}Z"], f"row {i} split across pages"
    assert "After the table." in pdftotext(path, doc.page_count)


def test_oversized_row_is_split_rather_than_lost(tmp_path: Path) -> None:
    doc = PdfDocument(title="t", lang="en")
    giant = " ".join(f"word{i:04d}" for i in range(1500))
    doc.table(["A", "B"], [["first", giant], ["last", "end"]], [30, 100])
    path = tmp_path / "giant.pdf"
    doc.save(path)
    text = pdftotext(path)
    assert all(f"word{i:04d}" in text for i in range(1500))
    assert doc.page_count >= 2


def test_page_numbers_localised_with_total(tmp_path: Path) -> None:
    def label(n: int, total: int) -> str:
        return f"পৃষ্ঠা {bn_digits(n)} / {bn_digits(total)}"

    doc = PdfDocument(title="পৃষ্ঠা", lang="bn", page_label=label)
    for _ in range(4):
        for p in BN:
            doc.paragraph(p)
    path = tmp_path / "pages.pdf"
    doc.save(path)
    total = doc.page_count
    assert total >= 2
    for n in range(1, total + 1):
        lines = [ln.strip() for ln in pdftotext(path, n).splitlines() if ln.strip()]
        assert lines[-1] == label(n, total)


def test_default_page_numbers(tmp_path: Path) -> None:
    path, doc = _long_table(tmp_path)
    for n in range(1, doc.page_count + 1):
        assert f"{n} / {doc.page_count}" in pdftotext(path, n)


@pytest.mark.skipif(shutil.which("pdfimages") is None, reason="pdfimages not installed")
def test_timeline_is_vector(tmp_path: Path) -> None:
    red, blue, green = (200, 60, 50), (40, 100, 190), (50, 150, 90)
    items = [
        TimelineItem(1983.3, None, blue, True, "সম্পর্ক স্থাপন"),
        TimelineItem(1990.0, 1991.0, red, False, "শরণার্থী সংকট"),
        TimelineItem(1993.5, 2008.2, red, True, None),
        TimelineItem(2019.4, None, green, True, "प्रधानमंत्री"),
        TimelineItem(2023.0, 2023.083, green, False, "Summit"),
    ]
    doc = PdfDocument(title="t", lang="bn")
    doc.paragraph(BN[0])
    doc.timeline(
        items,
        1980,
        2025,
        [(blue, "কূটনীতি"), (red, "শরণার্থী"), (green, "Cooperation")],
        year_label=bn_digits,
        precision_legend=("নির্দিষ্ট তারিখ", "আনুমানিক"),
    )
    path = tmp_path / "timeline.pdf"
    doc.save(path)
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True
    ).stdout
    assert len(listing.strip().splitlines()) == 2, listing  # header lines only
    text = pdftotext(path)
    for expected in (
        "১৯৮০",
        "২০০০",
        "২০২০",
        "সম্পর্ক স্থাপন",
        "प्रधानमंत्री",
        "Summit",
        "কূটনীতি",
        "Cooperation",
        "আনুমানিক",
    ):
        assert expected in text
    drawing = b"".join(content_streams(path))
    assert b" re " in drawing or b" re\n" in drawing
    assert b" c " in drawing or b" c\n" in drawing  # circles are Bézier paths


def test_saved_document_is_closed(tmp_path: Path) -> None:
    doc = PdfDocument(title="t", lang="en")
    doc.paragraph("Hello")
    doc.save(tmp_path / "a.pdf")
    doc.save(tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    with pytest.raises(RuntimeError):
        doc.paragraph("too late")
