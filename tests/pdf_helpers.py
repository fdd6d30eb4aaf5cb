"""Read PDFs back with poppler's tools and from their content streams, and make a folder truly
read-only (also for root)."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import regex

WORD = regex.compile(r"[\w\p{M}\u200c\u200d]+")


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return path


def pdftotext(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    args = [need("pdftotext"), "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    out = subprocess.run([*args, str(pdf), "-"], capture_output=True, check=True)
    return unicodedata.normalize("NFC", out.stdout.decode("utf-8"))


def words(text: str) -> set[str]:
    return set(WORD.findall(unicodedata.normalize("NFC", text)))


def content_streams(pdf: Path) -> list[bytes]:
    """Decompressed streams of the file that contain text operators."""
    out = []
    for raw in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf.read_bytes(), re.S):
        try:
            data = zlib.decompress(raw)
        except zlib.error:
            data = raw
        if b" Tf" in data or b"BDC" in data:
            out.append(data)
    return out


_ACTUAL_TEXT = re.compile(rb"/ActualText <FEFF([0-9A-Fa-f]*)>")


def shown_lines(pdf: Path) -> list[str]:
    """Every line of text the app's PDF draws, as the ActualText around it declares it (the
    writer wraps each drawn line, cell line and label in one)."""
    return [bytes.fromhex(h.decode("ascii")).decode("utf-16-be")
            for stream in content_streams(pdf) for h in _ACTUAL_TEXT.findall(stream)]


def intact_share(shown: list[str], text: str) -> tuple[float, list[str]]:
    """The share of the words of ``shown`` (each occurrence counted) that ``text`` holds as often,
    and the missing ones."""
    expected = Counter(w for line in shown for w in WORD.findall(unicodedata.normalize("NFC", line)))
    missing = expected - Counter(WORD.findall(unicodedata.normalize("NFC", text)))
    return 1 - missing.total() / max(1, expected.total()), sorted(missing)


def page_count(pdf: Path) -> int:
    out = subprocess.run([need("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def fonts(pdf: Path) -> list[list[str]]:
    out = subprocess.run([need("pdffonts"), str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


@contextlib.contextmanager
def _read_only(path: Path, mode: int, writable_mode: int, still_writable: Callable[[], bool],
               what: str) -> Iterator[Path]:
    """chmod ``mode``, and for root (which ignores modes) the immutable attribute as well; a
    skip when neither holds here."""
    path.chmod(mode)
    immutable = False
    if os.geteuid() == 0 and shutil.which("chattr"):
        immutable = subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0
    try:
        if still_writable():
            pytest.skip(f"cannot make a read-only {what} here (root without chattr)")
        yield path
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=False)
        path.chmod(writable_mode)


def _folder_writable(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_bytes(b"x")
    except OSError:
        return False
    probe.unlink()
    return True


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """chmod 555, and for root (which ignores modes) the immutable attribute as well."""
    folder.mkdir(parents=True, exist_ok=True)
    with _read_only(folder, 0o555, 0o755, lambda: _folder_writable(folder), "folder") as path:
        yield path


@contextlib.contextmanager
def read_only_file(path: Path) -> Iterator[Path]:
    """chmod 444, and for root (which ignores modes) the immutable attribute as well."""
    with _read_only(path, 0o444, 0o644, lambda: os.access(path, os.W_OK), "file") as p:
        yield p
