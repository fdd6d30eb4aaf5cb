"""Colours, sizes and rules of the summary PDF, shared by its text, tables and timeline."""

from __future__ import annotations

RGB = tuple[int, int, int]

PT = 25.4 / 72  # millimetres per point

INK: RGB = (33, 37, 41)
MUTED: RGB = (96, 102, 112)
RULE: RGB = (206, 211, 218)
RULE_STRONG: RGB = (120, 126, 135)
HEADER_FILL: RGB = (238, 241, 245)
GRID: RGB = (232, 235, 239)

MARGIN = 18.0
FOOTER_ZONE = 22.0  # bottom margin: body text stops here, the page number sits below
LINE_FACTOR = 1.5  # line height / font size; Indic marks above and below need the room

SIZE_TITLE = 18.0
SIZE_HEADING = 12.5
SIZE_KV = 9.5
SIZE_TABLE = 8.5
SIZE_SMALL = 8.0
SIZE_TIMELINE = 7.0

HAIRLINE = 0.15
RULE_W = 0.3


def line_height(size_pt: float) -> float:
    return size_pt * PT * LINE_FACTOR
