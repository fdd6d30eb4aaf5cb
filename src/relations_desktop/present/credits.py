"""What the standalone app is made of and under which licence each part is, for the About box.
One list: the build collects the licence texts of the same Python distributions
(``packaging.bundle.bundled_distributions``; a test keeps the two the same)."""

from __future__ import annotations

from typing import NamedTuple

# The app's own code; the licence the standalone build as a whole is under, and the part whose it
# is; the build's folder of licence texts.
APP_LICENCE = "MIT"
BUILD_LICENCE, BUILD_LICENCE_PART = "GPL-3.0-or-later", "libzim"
LICENCE_FOLDER = "licenses"


class Part(NamedTuple):
    name: str                           # as people know it (with the native library a wheel carries)
    licence: str                        # an SPDX expression
    distributions: tuple[str, ...] = ()  # the Python distributions it comes in (none: not a package)


PARTS: tuple[Part, ...] = (
    Part("Python", "PSF-2.0"),
    Part("Qt 6, PySide6, Shiboken", "LGPL-3.0-only", ("pyside6-essentials", "shiboken6")),
    Part("ICU", "Unicode-3.0"),                 # (Qt's, and the copy inside libzim)
    Part("libzim", "GPL-3.0-or-later", ("libzim",)),
    Part("PDFium, pypdfium2", "BSD-3-Clause AND Apache-2.0", ("pypdfium2",)),
    Part("lxml, libxml2, libxslt", "BSD-3-Clause AND MIT", ("lxml",)),
    Part("python-docx", "MIT", ("python-docx",)),
    Part("fpdf2", "LGPL-3.0-only", ("fpdf2",)),
    Part("HarfBuzz, uharfbuzz", "MIT AND Apache-2.0", ("uharfbuzz",)),
    Part("fontTools", "MIT", ("fonttools",)),
    Part("Babel, CLDR", "BSD-3-Clause AND Unicode-3.0", ("babel",)),
    Part("pyuca, DUCET", "MIT AND Unicode-3.0", ("pyuca",)),
    Part("regex", "Apache-2.0 AND CNRI-Python", ("regex",)),
    Part("charset-normalizer", "MIT", ("charset-normalizer",)),
    Part("filelock", "MIT", ("filelock",)),
    Part("platformdirs", "MIT", ("platformdirs",)),
    Part("QtAwesome, QtPy", "MIT", ("qtawesome", "qtpy")),
    Part("Material Design Icons", "Apache-2.0"),
    Part("Noto Sans, Noto Sans Bengali, Noto Sans Devanagari", "OFL-1.1"),
    Part("defusedxml", "PSF-2.0", ("defusedxml",)),
    Part("packaging", "Apache-2.0 OR BSD-2-Clause", ("packaging",)),
    Part("typing_extensions", "PSF-2.0", ("typing-extensions",)),
)


def distributions() -> set[str]:
    """The Python distributions the parts come in (normalised names)."""
    return {d for part in PARTS for d in part.distributions}
