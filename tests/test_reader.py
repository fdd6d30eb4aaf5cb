"""Reading files: encodings, BOMs, NFC, CRLF, and clear errors for bad input."""

from __future__ import annotations

import unicodedata

import pytest

from relations_desktop.corpus.reader import decode, read_document
from relations_desktop.errors import DocumentError

TEXT = "নেপাল ও ভুটানের সম্পর্ক।\r\nद्विपक्षीय संबंध।\r\nCafé relations.\n"


@pytest.mark.parametrize("encoding, bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"),
                                           ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_encodings_decode_to_the_same_text(tmp_path, encoding, bom):
    p = tmp_path / "doc.txt"
    p.write_bytes(bom + TEXT.encode(encoding))
    doc = read_document(p)
    assert doc.text == TEXT
    assert "\r\n" in doc.text            # CRLF kept as is
    assert not doc.text.startswith("\ufeff")


def test_text_is_nfc(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Café য় क़")
    p = tmp_path / "nfd.txt"
    p.write_text(decomposed, encoding="utf-8")
    assert read_document(p).text == unicodedata.normalize("NFC", decomposed)


def test_binary_file_is_refused_with_the_reason(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(DocumentError) as err:
        read_document(p)
    assert err.value.file == "image.txt"
    assert err.value.reason == "binary"


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_western_single_byte_text_is_decoded(tmp_path, encoding):
    text = "Relations between Côte d’Ivoire and Ghana began in 1960; Ghana’s envoy – a “first” – arrived in Abidjan."
    if encoding == "latin-1":
        text = text.replace("’", "'").replace("“", '"').replace("”", '"').replace("–", "-")
    p = tmp_path / "western.txt"
    p.write_bytes(text.encode(encoding))
    doc = read_document(p)
    assert doc.text == text
    assert doc.encoding == "cp1252"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected(tmp_path, encoding):
    p = tmp_path / "wide.txt"
    p.write_bytes(TEXT.encode(encoding))
    doc = read_document(p)
    assert doc.text == TEXT
    assert doc.encoding == encoding


BIJOY = "evsjv‡`k I fviZ GKwU Pzw³ Ki‡jb Ges `yB ‡`‡ki m¤ú‡K©i Dbœqb n‡q‡Q| miKvi e‡j‡Q †h Av‡jvPbv Pj‡Q|"
KRUTIDEV = "Hkkjr vkSj usiky ds chp O;kikj le>kSrk gqvk gSA nksuksa ns'kksa dh ljdkj us dgk fd ;g egRoiw.kZ gSA"


@pytest.mark.parametrize("text, reason", [(BIJOY, "legacy_bijoy"), (KRUTIDEV, "legacy_krutidev")])
def test_legacy_font_text_is_refused_as_such(tmp_path, text, reason):
    p = tmp_path / "legacy.txt"
    p.write_bytes(text.encode("cp1252", errors="replace"))
    with pytest.raises(DocumentError) as err:
        read_document(p)
    assert err.value.reason == reason


def test_english_with_short_words_is_not_taken_for_a_legacy_font(tmp_path):
    p = tmp_path / "en.txt"
    p.write_text("Ghana and Kenya signed a trade accord in Accra. It was the first such deal. "
                 "Dk, ds and gS are not English words, but this text is English.", encoding="utf-8")
    assert read_document(p).text.startswith("Ghana")


def test_legacy_text_quoted_in_indic_text_is_not_refused_and_the_share_decides():
    from relations_desktop.corpus.formats.legacy import legacy_encoding
    indic = "নেপাল ও ভুটানের সম্পর্ক। भारत और नेपाल। "
    # Indic letters (Bengali and Devanagari, signs and digits too) above a twentieth of the text
    # make it Indic, whatever legacy words it quotes; just below, the legacy words decide.
    assert legacy_encoding(indic + BIJOY) is None
    assert legacy_encoding("১৯৭১ " * 30 + KRUTIDEV * 2) is None
    assert legacy_encoding("\u0981" + KRUTIDEV * 8) == "krutidev"
    assert legacy_encoding("\ud800 " + BIJOY * 3) == "bijoy"      # a lone surrogate is no letter


def test_unsupported_types_are_named(tmp_path):
    p = tmp_path / "sheet.xlsx"
    p.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(DocumentError) as err:
        read_document(p)
    assert err.value.reason == "unsupported_type"
    assert err.value.detail == ".xlsx"
    zim = tmp_path / "library.zim"
    zim.write_bytes(b"ZIM\x04" + b"\x00" * 80)
    with pytest.raises(DocumentError) as err:
        read_document(zim)
    assert err.value.reason == "zim_archive"


def test_empty_and_missing_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    with pytest.raises(DocumentError) as err:
        read_document(tmp_path / "empty.txt")
    assert err.value.reason == "empty"
    with pytest.raises(DocumentError) as err:
        read_document(tmp_path / "nope.txt")
    assert err.value.reason == "unreadable"


def test_decode_rejects_nul_bytes_without_bom():
    with pytest.raises(DocumentError):
        decode(b"abc\x00def", "x")


def test_html_is_read_as_text(tmp_path):
    p = tmp_path / "page.html"
    p.write_text("<html><script>var x=1;</script><h1>Nepal&ndash;Bhutan</h1><p>Relations <b>began</b> "
                 "in 1983.</p></html>", encoding="utf-8")
    text = read_document(p).text
    assert "var x" not in text and "<b>" not in text
    assert "Nepal–Bhutan" in text and "Relations began in 1983." in text


# The marks is_nfc treats itself, what they compose with or must precede, marks of other
# combining classes, and characters NFC never keeps (ড় U+09DC, क़ U+0958, the Ångström sign).
_NFC_PROBES = ["\u09c7", "\u09be", "\u09d7", "\u09cb", "\u09cc", "\u0995", "\u09bc", "\u09dc", "\u09a1",
               "\u0928", "\u0930", "\u0933", "\u0929", "\u0915", "\u093c", "\u094d", "\u0951", "\u0958",
               "\u0334", "\u0301", "\u0327", "e", "A", "\u00e9", "\u212b", " "]


def test_is_nfc_is_never_true_for_a_text_that_is_not():
    import itertools
    import random

    from relations_desktop.corpus.formats.text import is_nfc
    texts = ["".join(t) for n in (1, 2, 3) for t in itertools.product(_NFC_PROBES, repeat=n)]
    rnd = random.Random(7)
    texts += ["".join(rnd.choices(_NFC_PROBES, k=rnd.randint(4, 12))) for _ in range(20000)]
    wrong = [t for t in texts if is_nfc(t) and not unicodedata.is_normalized("NFC", t)]
    assert wrong == []
    # and it does recognise normalised Bengali and Hindi text as such
    nfc = [unicodedata.normalize("NFC", t) for t in ("\u0995\u09c7\u09be\u09a1\u09bc", "\u0928\u093c\u0915\u093c")]
    assert all(map(is_nfc, nfc))
