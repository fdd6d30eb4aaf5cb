"""Shaped Bengali, Devanagari and Latin text for fpdf2: one bundled font per script run, and
ActualText around every line so that the text copies back out of the PDF intact."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from fpdf import FPDF
from fpdf.enums import TextDirection
from fpdf.line_break import Fragment, TextLine

from relations_desktop.errors import ResourceError
from relations_desktop.textnorm import script_of

# Script of a text run -> (font family, HarfBuzz language).
_LATN, _BENG, _DEVA = "latn", "beng", "deva"
_FAMILY = {_LATN: "NotoSans", _BENG: "NotoSansBengali", _DEVA: "NotoSansDevanagari"}
_HB_LANG = {_LATN: "en", _BENG: "bn", _DEVA: "hi"}
_FONT_FILES = {
    ("NotoSans", ""): "NotoSans-Regular.ttf",
    ("NotoSans", "B"): "NotoSans-Bold.ttf",
    ("NotoSansBengali", ""): "NotoSansBengali-Regular.ttf",
    ("NotoSansBengali", "B"): "NotoSansBengali-Bold.ttf",
    ("NotoSansDevanagari", ""): "NotoSansDevanagari-Regular.ttf",
    ("NotoSansDevanagari", "B"): "NotoSansDevanagari-Bold.ttf",
}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _pdf_utf16(text: str) -> str:
    """A PDF text string as a hex literal: UTF-16BE with a byte order mark."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


# Characters that stay in the run they are in: the dandas (shared by Bengali and Devanagari),
# ZWNJ/ZWJ (conjunct formation breaks if they change font) and the dotted circle.
_RUN_NEUTRAL = frozenset("\u0964\u0965\u200c\u200d\u25cc")
_FONT_SCRIPT = {"bn": _BENG, "hi": _DEVA}


def _script_of(ch: str) -> str | None:
    """Script that decides the font of ``ch``; "" for neutral characters, None for joiners
    and marks (they follow the run they are in)."""
    if ch in _RUN_NEUTRAL:
        return None
    script = _FONT_SCRIPT.get(script_of(ch))
    if script is not None:
        return script
    if unicodedata.category(ch) in ("Mn", "Mc", "Me"):
        return None
    if ch.isalnum():
        return _LATN
    return ""


def _script_runs(
    text: str, default_indic: str, has_glyph: Callable[[str, str], bool]
) -> Iterator[tuple[str, str]]:
    """Split ``text`` into (run, script) pairs, one font per run.

    Neutral characters (spaces, punctuation) stay in the current run when its font has
    them, so a Bengali sentence is one run rather than one run per word. Spaces before a
    change of font open the next run instead of closing this one: PDFium gives a line's
    ActualText to the line's first text object and, when that object ends in a space, puts
    no space before the next cell on the same line ("4 जून 1995" then "समझौता" came back
    as "1995समझौता").
    """
    current: str | None = None
    buf: list[str] = []
    for ch in text:
        script = _script_of(ch)
        if script is None:
            if current in (_BENG, _DEVA):
                target = current
            elif current == _LATN and ch not in ("\u0964", "\u0965"):
                target = _LATN
            else:
                target = default_indic if has_glyph(default_indic, ch) else _LATN
        elif script == "":
            target = current if current and has_glyph(current, ch) else _LATN
        else:
            target = script
        if target != current and buf:
            run = "".join(buf)
            head = run.rstrip(" ")
            if head:
                yield head, current  # type: ignore[misc]
            buf = [" "] * (len(run) - len(head))
        current = target
        buf.append(ch)
    if buf:
        yield "".join(buf), current  # type: ignore[misc]


class ShapedPdf(FPDF):
    """FPDF that picks a font per script run and wraps every text line in ActualText."""

    def __init__(self, page_size: str, lang: str, font_dir: Path) -> None:
        super().__init__(orientation="P", unit="mm", format=page_size)
        # Neutral characters (dandas, joiners) take the document language's Indic font.
        self._default_indic = _BENG if lang.startswith("bn") else _DEVA
        self._font_dir = font_dir
        # Bold is tracked here, not in fpdf's font style, so that the Latin bold font is
        # only registered (and embedded) when bold Latin text occurs.
        self.bold = False
        self._cmaps: dict[str, set[int]] = {}
        for filename in _FONT_FILES.values():
            if not (font_dir / filename).is_file():
                raise ResourceError(f"missing font: {font_dir / filename}")

    def use_font(self, family: str, style: str) -> str:
        """Font key of a bundled font, registering it on first use.

        fpdf embeds every registered font, used or not, so fonts are added lazily.
        """
        key = family.lower() + style
        if key not in self.fonts:
            self.add_font(family, style, str(self._font_dir / _FONT_FILES[family, style]))
        return key

    def header(self) -> None:
        pass

    def footer(self) -> None:
        # Page numbers are drawn by PdfDocument once the page total is known.
        pass

    def _has_glyph(self, script: str, ch: str) -> bool:
        cmap = self._cmaps.get(script)
        if cmap is None:
            font = self.fonts[self.use_font(_FAMILY[script], "")]
            cmap = self._cmaps[script] = set(font.cmap)  # type: ignore[union-attr]
        return ord(ch) in cmap

    def _parse_chars(
        self,
        text: str,
        markdown: bool,
        *,
        _initial_emphasis: tuple[bool, bool, bool, bool] | None = None,
    ) -> Iterator[Fragment]:
        if markdown or not self.text_shaping:
            yield from super()._parse_chars(text, markdown, _initial_emphasis=_initial_emphasis)
            return
        style = "B" if self.bold else ""
        for run, script in _script_runs(text, self._default_indic, self._has_glyph):
            key = self.use_font(_FAMILY[script], style)
            gstate = self._get_current_graphics_state()
            gstate.font_family = _FAMILY[script].lower()
            gstate.font_style = style
            gstate.current_font = self.fonts[key]
            gstate.text_shaping = {
                **self.text_shaping,
                "language": _HB_LANG[script],
                "paragraph_direction": TextDirection.LTR,
                "fragment_direction": TextDirection.LTR,
            }
            yield Fragment(run, gstate, self.k)

    def _preload_bidirectional_text(self, text: str, markdown: bool) -> Sequence[Fragment]:
        # All bundled scripts are left-to-right; the bidi pass would cost a sixth of
        # the build time for nothing.
        return tuple(self._parse_chars(text, markdown))

    def _render_styled_text_line(
        self, text_line: TextLine, h: float | None = None, *args: Any, **kwargs: Any
    ) -> bool:
        text = "".join(frag.string for frag in text_line.fragments)
        if not text.strip():
            return super()._render_styled_text_line(text_line, h, *args, **kwargs)
        # The base method may break the page before drawing; doing it here first keeps
        # BDC and its EMC on the same page.
        needed = h if h is not None else max(f.font_size for f in text_line.fragments)
        broke = self._perform_page_break_if_need_be(needed)
        # Shaped glyphs (conjuncts, reordered vowel signs) do not map back to the text
        # one to one; ActualText gives extractors (poppler, PDFium) the real string.
        self._out(f"/Span <</ActualText {_pdf_utf16(text)}>> BDC")
        broke_inside = super()._render_styled_text_line(text_line, h, *args, **kwargs)
        self._out("EMC")
        return broke or broke_inside


_SUBSET_TAG = re.compile(rb"/MPDFAA\+([A-Za-z0-9_.-]+)")


def unique_subset_tags(data: bytes) -> bytes:
    """Give each embedded subset its own six-letter tag, as the PDF spec requires.

    fpdf tags every subset "MPDFAA+". The replacement has the same length, so the
    cross-reference offsets stay valid.
    """

    def retag(match: re.Match[bytes]) -> bytes:
        name = match.group(1)
        digest = hashlib.sha1(name).digest()
        return b"/" + bytes(65 + b % 26 for b in digest[:6]) + b"+" + name

    return _SUBSET_TAG.sub(retag, data)
