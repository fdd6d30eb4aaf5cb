"""The pictures the app and its README ship with, rendered from the real window offscreen:
``python -m relations_desktop.packaging.screenshots [--all] [-o FOLDER]``.

Writes the manual's pictures (resources/manual/NAME-LANG.png, small) and the README's
(docs/screenshot-LANG.png, README below); with ``--all``, every size, colour scheme and language
into the output folder, to look at them all."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from relations_desktop.packaging.bundle import ROOT

SIZES = ((1024, 768), (1280, 800))
LANGS = ("en", "bn", "hi")
SCHEMES = ("light", "dark")
PAIR = ("TJ", "TR")           # a relationship of the seed corpus with many events and sources
SEARCH = {"en": "embassy", "bn": "দূতাবাস", "hi": "पाकिस्तान"}   # words the seed corpus has
MANUAL_WIDTH = 560


def _window(size: tuple[int, int], lang: str, scheme: str, settings_dir: Path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from relations_desktop.ui.app import create_window, make_application
    app = make_application()
    settings = QSettings(str(settings_dir / f"{lang}-{scheme}.ini"), QSettings.Format.IniFormat)
    settings.clear()
    window = create_window(None, lang, dark=scheme == "dark", settings=settings)
    window.resize(*size)
    window.show()
    window.load_icons()
    for _ in range(3):
        app.processEvents()
    if window.open_pair(*PAIR):
        groups = window.relationship.timeline.groups()
        window.relationship.select_group(groups[min(2, len(groups) - 1)])
        window.activateWindow()
        window.relationship.events_view.setFocus()     # as after a click on an event
    for _ in range(3):
        QApplication.processEvents()
    return window


def _settle() -> None:
    from PySide6.QtWidgets import QApplication
    for _ in range(4):
        QApplication.processEvents()


def shoot(out: Path, size: tuple[int, int], lang: str, scheme: str, settings_dir: Path,
          search: bool = False) -> Path:
    """The window at ``size`` in ``lang`` and ``scheme`` (with search results if asked), as PNG."""
    from relations_desktop import i18n
    window = _window(size, lang, scheme, settings_dir)
    if search:
        window.search_field.setText(SEARCH[lang])
        window.search_panel.run()
    _settle()
    path = out / f"{size[0]}x{size[1]}-{scheme}-{lang}{'-search' if search else ''}.png"
    window.grab().save(str(path))
    window.close()
    i18n.set_language("en")
    return path


def manual_pictures(folder: Path, settings_dir: Path) -> list[Path]:
    """Small pictures for the manual: the relationship, and the search results, per language."""
    from PySide6.QtCore import Qt

    from relations_desktop import i18n
    paths = []
    for lang in LANGS:
        window = _window((1024, 700), lang, "light", settings_dir)
        pane = window.relationship
        picture = pane.grab()
        paths.append(save_png(picture.scaledToWidth(MANUAL_WIDTH, Qt.TransformationMode.SmoothTransformation),
                           folder / f"relationship-{lang}.png"))
        window.search_field.setText(SEARCH[lang])
        window.search_panel.run()
        _settle()
        whole = window.grab()
        left = whole.copy(0, 0, min(whole.width(), window.search_panel.width() + 360), whole.height() * 3 // 4)
        paths.append(save_png(left.scaledToWidth(MANUAL_WIDTH, Qt.TransformationMode.SmoothTransformation),
                           folder / f"search-{lang}.png"))
        window.close()
        i18n.set_language("en")
    return paths


def save_png(pixmap, path: Path) -> Path:
    """PNG with 256 colours at most (a quarter of the size, the same to the eye at this scale)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    image.save(str(path), "PNG", 9)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m relations_desktop.packaging.screenshots")
    parser.add_argument("--all", action="store_true", help="every size, scheme and language")
    parser.add_argument("-o", "--output", type=Path, help="where --all writes (default: a new temporary folder)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    settings_dir = Path(tempfile.mkdtemp(prefix="rd-shots-"))
    if args.all:
        out = args.output or Path(tempfile.mkdtemp(prefix="rd-screenshots-"))
        out.mkdir(parents=True, exist_ok=True)
        for size in SIZES:
            for scheme in SCHEMES:
                for lang in LANGS:
                    print(shoot(out, size, lang, scheme, settings_dir))
        for lang in LANGS:
            print(shoot(out, SIZES[1], lang, "light", settings_dir, search=True))
        return 0
    manual = ROOT / "resources" / "manual"
    manual.mkdir(parents=True, exist_ok=True)
    for path in manual_pictures(manual, settings_dir):
        print(path)
    for path in readme_pictures(ROOT / "docs", settings_dir):
        print(path)
    return 0


# The README's three: English in light colours, Bengali in dark ones, Hindi with search results.
README = (("en", "light", False), ("bn", "dark", False), ("hi", "light", True))


def readme_pictures(folder: Path, settings_dir: Path) -> list[Path]:
    paths = []
    for lang, scheme, search in README:
        shot = shoot(Path(tempfile.mkdtemp(prefix="rd-readme-")), SIZES[1], lang, scheme, settings_dir, search)
        target = folder / f"screenshot-{lang}.png"
        shot.replace(target)
        paths.append(target)
    return paths


if __name__ == "__main__":
    sys.exit(main())
