"""Pictures of an import from a Kiwix archive, rendered from the real window offscreen in each
language: the chooser after it looked through the sample archive, the summary of the import,
and a relationship imported from it with its sources' attribution (title, archive, address,
licence). To look at them: ``python -m relations_desktop.packaging.kiwix_screenshots [-o FOLDER]``;
with ``--docs``, the README's two (the chooser and the relationship in Bengali) into docs/.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

LANGS = ("bn", "hi", "en")
PAIR = ("GH", "KE")           # the sample archive's relationship told in three languages


def _wait(app, done, limit_s: float = 120.0) -> None:
    end = time.monotonic() + limit_s
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the window did not finish in time")
        app.processEvents()
        time.sleep(0.01)


def shoot(out: Path, lang: str, archive: Path, work: Path) -> list[Path]:
    """The chooser, the import summary and the imported relationship in ``lang``, as PNG files."""
    from PySide6.QtCore import QSettings

    from relations_desktop import i18n
    from relations_desktop.seed_corpus import default_database
    from relations_desktop.ui.app import make_application
    from relations_desktop.ui.mainwindow import MainWindow
    app = make_application()
    settings = QSettings(str(work / f"{lang}.ini"), QSettings.Format.IniFormat)
    settings.clear()
    i18n.set_language(lang)
    library = work / f"library-{lang}.db"
    window = MainWindow(default_database(), library, settings=settings)
    window.resize(1280, 800)
    window.show()
    window.load_icons()
    _wait(app, lambda: True)
    paths = []
    chooser = window.import_kiwix(archive)
    _wait(app, lambda: chooser.scan is not None or chooser.problem is not None)
    _wait(app, lambda: not chooser.scanning())
    paths.append(out / f"kiwix-chooser-{lang}.png")
    chooser.grab().save(str(paths[-1]))
    chooser.import_button.click()
    _wait(app, lambda: window.import_summary is not None and window.import_summary.isVisible())
    paths.append(out / f"kiwix-summary-{lang}.png")
    window.import_summary.grab().save(str(paths[-1]))
    window.import_summary.accept()
    # (the job ends in the turn after its summary: closing before would ask whether to cancel it)
    _wait(app, lambda: window.library.running() is None)
    window.open_pair(*PAIR)
    _wait(app, lambda: True)
    paths.append(out / f"kiwix-relationship-{lang}.png")
    window.grab().save(str(paths[-1]))
    window.close()
    i18n.set_language("en")
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m relations_desktop.packaging.kiwix_screenshots")
    parser.add_argument("-o", "--output", type=Path, help="where to write (default: a new temporary folder)")
    parser.add_argument("--lang", action="append", choices=LANGS, help="a language (default: all three)")
    parser.add_argument("--docs", action="store_true", help="write the README's pictures into docs/")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from relations_desktop.packaging.sample_zim import write_sample
    out = args.output or Path(tempfile.mkdtemp(prefix="rd-kiwix-shots-"))
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="rd-kiwix-work-"))
    archive = write_sample(work / "wikipedia_mul_sample_2024-05.zim")
    if args.docs:
        return _docs(out, archive, work)
    for lang in args.lang or LANGS:
        for path in shoot(out, lang, archive, work):
            print(path)
    return 0


def _docs(out: Path, archive: Path, work: Path) -> int:
    from PySide6.QtGui import QPixmap

    from relations_desktop.packaging.bundle import ROOT
    from relations_desktop.packaging.screenshots import save_png
    for path in shoot(out, "bn", archive, work):
        if "summary" not in path.name:
            print(save_png(QPixmap(str(path)), ROOT / "docs" / path.name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
