"""PDF export read back for real: words intact in every script, fonts embedded, page numbers,
localised digits, atomic writing and clear failures."""

from __future__ import annotations

import subprocess
import sys

import pytest

from relations_desktop import i18n
from relations_desktop.errors import ExportError
from relations_desktop.export.summary_pdf import excerpt, export, render
from relations_desktop.export.writer import write_atomic
from relations_desktop.i18n.formatting import format_event_date
from relations_desktop.present import labels
from relations_desktop.present.dossier import load_dossier
from relations_desktop.store import queries
from relations_desktop.store.connection import open_corpus
from relations_desktop.textnorm import BENGALI_DIGITS
from tests.pdf_helpers import fonts, need, page_count, pdftotext, read_only_folder, words


def pair_in_language(conn, lang: str) -> tuple[str, str]:
    """The relationship with the most events told by sources in ``lang``."""
    best, best_n = None, -1
    for pair in queries.relationships(conn):
        n = sum(1 for e in queries.events(conn, pair) if e.lang == lang)
        if n > best_n:
            best, best_n = pair, n
    assert best is not None and best_n > 0
    return best


@pytest.fixture(scope="module")
def conn(seed_db):
    return open_corpus(seed_db)


@pytest.mark.parametrize("lang", ["bn", "hi", "en"])
def test_export_reads_back_intact(conn, tmp_path, lang):
    need("pdftotext")
    pair = pair_in_language(conn, lang)
    i18n.set_language(lang)
    summary = load_dossier(conn, pair)
    pdf = export(summary, tmp_path / f"{lang}.pdf", corpus_version="test")
    text = pdftotext(pdf)
    got = words(text)
    # every word of every exported excerpt, and both country names, come back intact
    expected = set()
    for g in summary.groups:
        expected |= words(excerpt(g.lead.text))
    for code in pair:
        expected |= words(summary.name(code, lang))
    missing = expected - got
    assert not missing, sorted(missing)[:20]
    # page numbers: the last page says it is the last of the right total
    n = page_count(pdf)
    assert n >= 1
    last = pdftotext(pdf, n, n)
    from relations_desktop.i18n import _
    from relations_desktop.i18n.formatting import format_number
    assert _("Page {n} of {total}").format(n=format_number(n), total=format_number(n)) in last
    # every font embedded and subset
    rows = fonts(pdf)
    assert rows and all(r[-5] == "yes" and r[-4] == "yes" for r in rows), rows


def test_bengali_export_uses_bengali_digits(conn, tmp_path):
    need("pdftotext")
    pair = pair_in_language(conn, "bn")
    i18n.set_language("bn")
    summary = load_dossier(conn, pair)
    text = pdftotext(export(summary, tmp_path / "bn.pdf"))
    dated = [g for g in summary.groups if g.date]
    assert dated
    for g in dated:
        shown = format_event_date(g.date, "bn")
        assert shown in " ".join(text.split()), shown
        assert not any(c.isascii() and c.isdigit() for c in shown)
        assert any(c in BENGALI_DIGITS for c in shown)


def test_long_exports_break_pages_cleanly(conn, tmp_path):
    need("pdftotext")
    pair = max(queries.relationships(conn), key=lambda p: len(queries.event_groups(conn, p)))
    summary = load_dossier(conn, pair)
    # repeat the events to force a table over several pages
    summary.groups = summary.groups * 12
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(render(summary, lang="en"))
    n = page_count(pdf)
    assert n >= 3
    header_pages = [p for p in range(2, n + 1) if "Source sentence" in pdftotext(pdf, p, p)]
    assert len(header_pages) >= 2   # the table header repeats on continuation pages


def test_existing_file_is_not_replaced_unless_asked(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(ExportError) as err:
        write_atomic(target, b"new")
    assert err.value.reason == "exists"
    assert target.read_bytes() == b"old"
    write_atomic(target, b"new", overwrite=True)
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_export_into_read_only_folder_fails_cleanly(conn, tmp_path):
    pair = queries.relationships(conn)[0]
    with read_only_folder(tmp_path / "locked") as folder:
        with pytest.raises(ExportError) as err:
            export(load_dossier(conn, pair), folder / "x.pdf")
        assert err.value.reason == "unwritable"
        assert list(folder.iterdir()) == []


def test_cli_export_and_its_failure_message(seed_db, tmp_path):
    need("pdftotext")
    conn = open_corpus(seed_db)
    a, b = pair_in_language(conn, "hi")
    out = tmp_path / "hi.pdf"
    run = subprocess.run([sys.executable, "-m", "relations_desktop", "export", "--pair", f"{b}-{a}", "--lang", "hi",
                          "-o", str(out), "--db", str(seed_db)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert out.exists() and page_count(out) >= 1
    with read_only_folder(tmp_path / "locked") as folder:
        run = subprocess.run([sys.executable, "-m", "relations_desktop", "export", "--pair", f"{a}-{b}", "--lang",
                              "hi", "-o", str(folder / "x.pdf"), "--db", str(seed_db)], capture_output=True, text=True)
        assert run.returncode == 1
        assert str(folder) in run.stderr
        assert list(folder.iterdir()) == []


def test_window_export_failure_shows_the_message_and_leaves_nothing(window, seed_db, tmp_path, qtbot):
    conn = open_corpus(seed_db)
    window.open_pair(*pair_in_language(conn, "bn"))
    window.set_language("bn")
    with read_only_folder(tmp_path / "locked") as folder:
        assert window.export_pdf_to(folder / "x.pdf") is None
        box = window.exporter.message
        assert box is not None and box.isVisible()
        assert str(folder) in box.text()
        assert box.text() != box.text().encode("ascii", "ignore").decode()   # written in Bengali
        assert list(folder.iterdir()) == []
        box.close()
    ok = window.export_pdf_to(tmp_path / "fine.pdf")
    assert ok is not None and ok.exists()


def test_paper_follows_the_system_locale(conn, tmp_path, monkeypatch):
    from relations_desktop.export.summary_pdf import preferred_page_size
    for var in ("LC_PAPER", "LC_ALL", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    assert preferred_page_size() == "Letter"
    monkeypatch.setenv("LC_PAPER", "bn_BD.UTF-8")
    assert preferred_page_size() == "A4"
    summary = load_dossier(conn, queries.relationships(conn)[0])
    letter, a4 = tmp_path / "letter.pdf", tmp_path / "a4.pdf"
    letter.write_bytes(render(summary, lang="en", page_size="Letter"))
    a4.write_bytes(render(summary, lang="en", page_size="A4"))
    info = {p: subprocess.run([need("pdfinfo"), str(p)], capture_output=True, text=True).stdout for p in (letter, a4)}
    assert "612 x 792" in info[letter]
    assert "595.28 x 841.89" in info[a4]


def test_a_full_disk_gives_the_message_and_leaves_nothing(conn, tmp_path):
    import os
    import shutil
    folder = tmp_path / "tiny"
    folder.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("needs root to mount a tiny tmpfs")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        pair = max(queries.relationships(conn), key=lambda p: len(queries.events(conn, p)))
        with pytest.raises(ExportError) as err:
            export(load_dossier(conn, pair), folder / "big.pdf")
        assert err.value.reason == "disk_full"
        assert list(folder.iterdir()) == []
        from relations_desktop.present.messages import export_error_message
        assert "space" in export_error_message(err.value)
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_uncertain_events_are_marked_as_in_the_window(conn, tmp_path):
    need("pdftotext")
    from relations_desktop.present.event_filter import uncertain
    i18n.set_language("en")
    pairs = [p for p in queries.relationships(conn) if any(uncertain(g) for g in load_dossier(conn, p).groups)]
    assert pairs, "the seed library has an uncertain event"
    summary = load_dossier(conn, pairs[0])
    text = " ".join(pdftotext(export(summary, tmp_path / "u.pdf")).split())
    assert "? Uncertain: the extraction's confidence is below 80%" in text
    marked = [g for g in summary.groups if uncertain(g) and g.date]
    assert marked and all(f"{labels.date_or_unstated(g.date, 'en')} ?" in text for g in marked)
