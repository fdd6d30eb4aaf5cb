"""Plain text files: bytes in any common encoding (UTF-8, UTF-16, Latin-1/cp1252…) decoded to
NFC text; binary data refused. The HTML reader decodes with it too."""

from __future__ import annotations

import re
import unicodedata

from relations_desktop.errors import DocumentError

# Control characters that never occur in text files; their presence means binary data.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def is_nfc(text: str) -> bool:
    """Whether ``text`` is in NFC. A False may still be a text in NFC (normalising it again
    is harmless); a True is never wrong.

    The quick check answers "maybe" for every Bengali and most Hindi texts, and Python then
    normalises the whole text to compare. The marks behind that: Bengali া and ৗ (combining
    class 0), which compose only with a directly preceding ে; and the Devanagari nukta
    (class 7), which composes with न, र and ळ and must sit in order among other marks.
    With those cases ruled out here, the text without these marks answers quickly.
    """
    if "\u09c7\u09be" in text or "\u09c7\u09d7" in text:
        return False
    i = text.find("\u093c")
    while i >= 0:
        before, after = text[i - 1:i] or " ", text[i + 1:i + 2] or " "
        if (before in "\u0928\u0930\u0933" or unicodedata.combining(before) not in (0, 7)
                or 0 < unicodedata.combining(after) < 7):
            return False
        i = text.find("\u093c", i + 1)
    for mark in "\u09be\u09d7\u093c":
        text = text.replace(mark, "")
    return unicodedata.is_normalized("NFC", text)


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when NUL bytes fill the odd/even positions of mostly-ASCII text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def detect_encoding(data: bytes) -> str | None:
    """The most likely encoding of bytes that are not UTF-8; None when nothing fits."""
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    from charset_normalizer import from_bytes
    best = from_bytes(data[:65536]).best()
    if best is None:
        return None
    encoding = best.encoding
    # Single-byte Western text decodes in any Latin code page; cp1252 is what such files are.
    if encoding in ("latin_1", "iso8859_15", "cp1250", "cp1254", "iso8859_2", "mac_roman", "cp850"):
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            return encoding
    return encoding


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode raw bytes to NFC text; returns (text, encoding). Raises DocumentError."""
    if data.startswith(b"\xef\xbb\xbf"):
        encoding, body = "utf-8-sig", data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding, body = "utf-16", data
    else:
        encoding, body = "utf-8", data
    if encoding == "utf-8" and b"\x00" in body[:8192]:
        encoding = _utf16_without_bom(body) or ""
        if not encoding:
            raise DocumentError(name, "binary", "contains NUL bytes")
    try:
        text = body.decode("utf-8" if encoding == "utf-8-sig" else encoding)
    except UnicodeDecodeError as exc:
        detected = detect_encoding(body) if encoding == "utf-8" else None
        if detected is None:
            raise DocumentError(name, "undecodable",
                                f"not valid {encoding.upper()} at byte {exc.start}") from None
        encoding = detected
        text = body.decode(encoding, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    sample = text[:8192]
    controls = len(_CONTROL.findall(sample))
    if controls and controls > len(sample) // 100:
        raise DocumentError(name, "binary", "contains control characters")
    if not is_nfc(text):
        text = unicodedata.normalize("NFC", text)
    return text, encoding
