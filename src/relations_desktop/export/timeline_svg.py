"""The relationship's timeline as an SVG drawing (and, rasterised by the interface, as PNG):
the places, ticks, colours and legend of present.timeline and present.labels, one marker per
event group, each with its date and type as a tooltip (``<title>``). Text stays text, in the
bundled Noto families, so Bengali and Hindi are shaped by whatever shows the file."""

from __future__ import annotations

import math
import unicodedata
from xml.sax.saxutils import escape, quoteattr

from relations_desktop.i18n import _, current_language
from relations_desktop.i18n.formatting import format_year
from relations_desktop.present import labels
from relations_desktop.present.dossier import Dossier
from relations_desktop.present.timeline import (
    MINOR_STEPS,
    POINT,
    RANGE,
    SPAN,
    legend_types,
    pack_lanes,
    tick_step,
    timeline_places,
)

WIDTH = 1000.0
_MARGIN = 36.0
_TITLE_H = 40.0
_LANE_H = 22.0
_R = 6.5
_FONT = 13.0
_FONT_FAMILY = "'Noto Sans', 'Noto Sans Bengali', 'Noto Sans Devanagari', sans-serif"
_INK, _MUTED, _GRID, _PAPER = "#1f2328", "#5f6670", "#d8dce1", "#ffffff"


def _rgb(color: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*color)


def text_width(text: str, size: float = _FONT) -> float:
    """An estimate of the drawn width (no font at hand): marks take no room, Indic letters more."""
    width = 0.0
    for ch in text:
        if unicodedata.category(ch) in ("Mn", "Mc", "Me", "Cf"):
            continue
        width += 0.75 if "\u0900" <= ch <= "\u09ff" else 0.32 if ch == " " else 0.58
    return width * size


def _text(x: float, y: float, text: str, *, size: float = _FONT, fill: str = _INK, anchor: str = "start",
          weight: str = "normal") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size:g}" fill="{fill}" text-anchor="{anchor}"'
            f' font-weight="{weight}">{escape(text)}</text>')


def render_svg(dossier: Dossier, *, width: float = WIDTH) -> bytes:
    """The timeline of the dossier's dated events as a standalone SVG document."""
    lang = current_language()
    places = sorted(timeline_places(dossier.dated), key=lambda p: (p.start, p.end))
    a, b = dossier.pair
    title = _("{a} – {b} relations").format(a=dossier.name(a, lang), b=dossier.name(b, lang))
    if places:
        lo, hi = math.floor(min(p.start for p in places)), math.ceil(max(p.end for p in places))
        pad = max(1.0, (hi - lo) * 0.04)
        lo, hi = lo - pad, hi + pad
    else:
        lo, hi = 1990.0, 2020.0
    x0, x1 = _MARGIN, width - _MARGIN

    def x(year: float) -> float:
        return x0 + (year - lo) / (hi - lo) * (x1 - x0)

    lanes = pack_lanes([(x(p.start) - _R - 2, max(x(p.end), x(p.start) + _R) + 2) for p in places])
    n_lanes = max(lanes, default=0) + 1
    top = _TITLE_H + 8
    axis_y = top + n_lanes * _LANE_H + 10
    legend = _legend(places, width, axis_y + 40)
    height = (legend[-1][1] if legend else axis_y + 40) + 20

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:g}" height="{height:g}" '
           f'viewBox="0 0 {width:g} {height:g}" font-family="{_FONT_FAMILY}">',
           f"<title>{escape(title)}</title>",
           f'<rect width="{width:g}" height="{height:g}" fill="{_PAPER}"/>',
           _text(_MARGIN, 28, title, size=18, weight="bold")]
    out += _axis(lo, hi, x, top, axis_y, lang)
    if not places:
        out.append(_text(width / 2, top + 30, _("No dated events"), fill=_MUTED, anchor="middle"))
    out.append('<g class="events">')
    for p, lane in zip(places, lanes, strict=True):
        cy = axis_y - 14 - lane * _LANE_H
        out.append(_marker(p, x, cy))
    out.append("</g>")
    out += [entry for entry, _y in legend]
    out.append("</svg>")
    return ("\n".join(out) + "\n").encode("utf-8")


def _axis(lo: float, hi: float, x, top: float, axis_y: float, lang: str) -> list[str]:
    step = tick_step(hi - lo, (x(hi) - x(lo)) / 60)
    minor = MINOR_STEPS.get(step)
    out = ['<g class="axis">', f'<line x1="{x(lo):.1f}" y1="{axis_y:.1f}" x2="{x(hi):.1f}" y2="{axis_y:.1f}" '
           f'stroke="{_INK}" stroke-width="1.2"/>']
    if minor:
        for year in range(math.ceil(lo / minor) * minor, math.floor(hi) + 1, minor):
            if year % step:
                out.append(f'<line x1="{x(year):.1f}" y1="{axis_y:.1f}" x2="{x(year):.1f}" y2="{axis_y + 3:.1f}" '
                           f'stroke="{_MUTED}" stroke-width="0.8"/>')
    for year in range(math.ceil(lo / step) * step, math.floor(hi) + 1, step):
        out.append(f'<line x1="{x(year):.1f}" y1="{top:.1f}" x2="{x(year):.1f}" y2="{axis_y:.1f}" '
                   f'stroke="{_GRID}" stroke-width="0.8"/>')
        out.append(f'<line x1="{x(year):.1f}" y1="{axis_y:.1f}" x2="{x(year):.1f}" y2="{axis_y + 5:.1f}" '
                   f'stroke="{_INK}" stroke-width="1"/>')
        out.append(_text(x(year), axis_y + 20, format_year(year, lang), fill=_MUTED, anchor="middle", size=12))
    out.append("</g>")
    return out


def _marker(place, x, cy: float) -> str:
    """One event group: a filled dot (exact day), a hollow dot over a faint band (month or year)
    or a bar (a range), with its date and type as the tooltip."""
    g = place.group
    color = _rgb(labels.type_color(g.type))
    tip = f"{labels.date_or_unstated(g.date)} — {labels.event_type(g.type)}"
    attrs = f'class="event" data-type={quoteattr(g.type)} data-date={quoteattr(g.date or "")}'
    xs, xe = x(place.start), x(place.end)
    if place.kind == RANGE:
        shape = (f'<rect x="{xs:.1f}" y="{cy - _R * 0.55:.1f}" width="{max(xe - xs, 2 * _R):.1f}" '
                 f'height="{_R * 1.1:.1f}" rx="{_R * 0.55:.1f}" fill="{color}"/>')
    elif place.kind == SPAN:
        shape = (f'<rect x="{xs:.1f}" y="{cy - 3:.1f}" width="{max(2.0, xe - xs):.1f}" height="6" rx="3" '
                 f'fill="{color}" fill-opacity="0.22"/>'
                 f'<circle cx="{(xs + xe) / 2:.1f}" cy="{cy:.1f}" r="{_R:g}" fill="{_PAPER}" stroke="{color}" '
                 f'stroke-width="2.2"/>')
    else:
        assert place.kind == POINT
        shape = f'<circle cx="{xs:.1f}" cy="{cy:.1f}" r="{_R:g}" fill="{color}"/>'
    return f"<g {attrs}><title>{escape(tip)}</title>{shape}</g>"


def _legend(places, width: float, y: float) -> list[tuple[str, float]]:
    """The legend's entries (SVG, and the baseline each sits on), wrapped to the width."""
    entries: list[tuple[str, str]] = [(_rgb(labels.type_color(t)), labels.event_type(t))
                                      for t in legend_types([p.group for p in places])]
    out: list[tuple[str, float]] = []
    xpos = _MARGIN
    for color, label in entries:
        w = 18 + text_width(label) + 18
        if xpos > _MARGIN and xpos + w > width - _MARGIN:
            xpos, y = _MARGIN, y + 22
        out.append((f'<g class="legend"><circle cx="{xpos + 6:.1f}" cy="{y - 4.5:.1f}" r="5.5" fill="{color}"/>'
                    + _text(xpos + 18, y, label) + "</g>", y))
        xpos += w
    if places:
        hint = _("Filled: exact day · hollow: month or year")
        if xpos > _MARGIN and xpos + text_width(hint, 12) > width - _MARGIN:
            y += 22
        out.append((_text(width - _MARGIN, y, hint, size=12, fill=_MUTED, anchor="end"), y))
    return out
