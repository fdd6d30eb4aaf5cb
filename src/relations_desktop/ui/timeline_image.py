"""The timeline drawing as PNG: the SVG of export/timeline_svg rasterised by Qt's SVG image
plugin, with the bundled fonts, so the picture and the vector file are one drawing."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageReader

from relations_desktop.ui.fonts import register_fonts

SCALE = 2.0      # pixels per SVG unit: sharp on high-density screens and in print


def svg_to_image(svg: bytes, scale: float = SCALE) -> QImage:
    """The SVG drawn at ``scale`` times its size; raises ValueError if Qt cannot read it."""
    register_fonts()
    data = QByteArray(svg)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(QSize(round(size.width() * scale), round(size.height() * scale)))
    image = reader.read()
    if image.isNull():
        raise ValueError(f"the timeline drawing could not be rasterised: {reader.errorString()}")
    return image


def png_bytes(svg: bytes, scale: float = SCALE) -> bytes:
    image = svg_to_image(svg, scale)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ValueError("the timeline drawing could not be written as PNG")
    return bytes(data.data())
