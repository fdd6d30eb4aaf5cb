"""Take it elsewhere: the timeline as CSV and JSON, the sources as RIS, BibTeX and CSL-JSON, the
timeline drawing as SVG and PNG, each read back by a real reader (the csv and json modules,
rispy, bibtexparser, citeproc-py, an XML parser, QImage), with Bengali and Hindi intact; the
PDF's attribution read back with pdftotext; the command line's export of every format."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from relations_desktop import i18n
from relations_desktop.errors import ExportError
from relations_desktop.export import bibliography, timeline_table
from relations_desktop.export.formats import FORMATS, format_for_path, render, suggested_name, write_export
from relations_desktop.export.timeline_svg import render_svg
from relations_desktop.present.citations import source_title
from relations_desktop.present.dossier import load_dossier
from relations_desktop.present.timeline import timeline_places
from relations_desktop.store.connection import open_corpus
from tests import cited_corpus
from tests.pdf_helpers import need, pdftotext

SVG = "{http://www.w3.org/2000/svg}"


def by_lang(cited_dossier):
    return {s.lang: s for s in cited_dossier.sources}


# ----- the timeline as a table

def test_csv_opens_with_the_csv_module_and_round_trips_every_field(cited_dossier):
    i18n.set_language("bn")
    rows = timeline_table.timeline_rows(cited_dossier)
    data = timeline_table.to_csv(cited_dossier)
    assert data.startswith("\ufeff".encode())            # spreadsheets then read UTF-8
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(table[0]) == timeline_table.COLUMNS
    assert len(table) - 1 == len(rows) == sum(len(g.events) for g in cited_dossier.groups) == 6
    for written, row in zip(table[1:], rows, strict=True):
        assert written == ["" if v is None else str(v) for v in dataclasses.astuple(row)]
    first = dict(zip(table[0], table[1], strict=True))
    assert first["date"] == "1977-06-17" and first["precision"] == "day"
    assert first["date_text"] == "১৭ জুন ১৯৭৭" and first["type_label"] == "কূটনৈতিক সম্পর্ক স্থাপন"
    assert (first["pair"], first["country_a"], first["country_b"]) == ("NP-PT", "নেপাল", "পর্তুগাল")
    assert first["state"] == "extracted" and first["note"] == ""
    sentences = {r["sentence"] for r in (dict(zip(table[0], t, strict=True)) for t in table[1:])}
    assert {e.text for g in cited_dossier.groups for e in g.events} == sentences
    titles = {r[table[0].index("source_title")] for r in table[1:]}
    assert titles == set(cited_corpus.TITLES.values())


def test_csv_keeps_quotes_commas_and_line_breaks(cited_dossier):
    src = cited_dossier.sources[0]
    event = cited_dossier.groups[0].events[0]
    odd = event._replace(text='He said, "yes,\nand no" — ১৯৭৭।')
    cited_dossier.groups[0].events[0] = odd
    table = list(csv.reader(io.StringIO(timeline_table.to_csv(cited_dossier).decode("utf-8-sig"), newline="")))
    assert odd.text in [r[table[0].index("sentence")] for r in table[1:]]
    assert src.meta.url in {r[table[0].index("source_url")] for r in table[1:]}


def test_json_round_trips(cited_dossier):
    i18n.set_language("hi")
    doc = json.loads(timeline_table.to_json(cited_dossier, corpus_version="abc", exported="2025-01-02"))
    assert doc["format"] == "relations-desktop-timeline" and doc["version"] == 1
    assert doc["pair"] == ["NP", "PT"] and doc["names"] == {"NP": "नेपाल", "PT": "पुर्तगाल"}
    assert doc["columns"] == list(timeline_table.COLUMNS)
    assert doc["events"] == [dataclasses.asdict(r) for r in timeline_table.timeline_rows(cited_dossier)]
    assert all(0.0 <= e["confidence"] <= 1.0 for e in doc["events"])     # the pipeline's, on every event
    assert [e["group"] for e in doc["events"]] == [1, 1, 1, 2, 2, 2]


# ----- the sources as a bibliography

def test_ris_parses_with_rispy_and_keeps_titles_urls_and_licences(cited_dossier):
    import rispy
    entries = rispy.loads(bibliography.to_ris(cited_dossier).decode("utf-8"))
    got = {e["language"]: e for e in entries}
    assert set(got) == {"bn", "hi", "en"}
    for lang, doc in by_lang(cited_dossier).items():
        e = got[lang]
        meta = cited_corpus.META[doc.file]
        assert e["type_of_reference"] == "ENCYC"
        assert e["title"] == cited_corpus.TITLES[doc.file]
        assert e["urls"] == [meta["url"]]
        assert e["secondary_title"] == meta["source"]
        assert e["year"] == meta["published"][:4]
        assert e.get("unknown_tag", {}).get("CR") == ([meta["licence"]] if meta["licence"] else None)
    assert got["en"]["date"] == "2016/11/22/" and got["bn"]["date"] == "2019/03//"
    assert got["hi"]["authors"] == ["राम कुमार"]


def test_bibtex_parses_with_bibtexparser_and_escapes_what_latex_reads_specially(cited_dossier):
    import bibtexparser
    from bibtexparser.middlewares import LatexDecodingMiddleware
    text = bibliography.to_bibtex(cited_dossier).decode("utf-8")
    raw = bibtexparser.parse_string(text)
    assert not raw.failed_blocks and len(raw.entries) == 3
    assert len({e.key for e in raw.entries}) == 3 and all(e.key.isascii() for e in raw.entries)
    decoded = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    for raw_entry, entry in zip(raw.entries, decoded.entries, strict=True):
        fields = {f.key: f.value for f in entry.fields}
        lang = {"bengali": "bn", "hindi": "hi", "english": "en"}[fields["langid"]]
        doc = by_lang(cited_dossier)[lang]
        meta = cited_corpus.META[doc.file]
        assert entry.entry_type == "online"
        assert fields["title"] == cited_corpus.TITLES[doc.file]      # Bengali and Hindi intact
        assert fields["date"] == meta["published"] and fields["year"] == meta["published"][:4]
        assert fields.get("author") == meta.get("author")             # {, }, &, _ and % come back
        assert fields.get("copyright") == meta["licence"]
        # a URL is verbatim: & and % stay as they are, as url/hyperref read them
        assert {f.key: f.value for f in raw_entry.fields}["url"] == meta["url"]
    assert r"Example \{contributors\} \& friends\_100\%" in text


def test_bibtex_escaping():
    assert bibliography.bibtex_escape(r"50% of $5 & #1_a ~ ^ {x} \ ok") == (
        r"50\% of \$5 \& \#1\_a \textasciitilde{} \textasciicircum{} \{x\} \textbackslash{} ok")
    assert bibliography.bibtex_escape("দুই দেশ\nদুই মত") == "দুই দেশ দুই মত"


def test_csl_json_reads_in_citeproc_with_dates_and_titles_intact(cited_dossier):
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON
    items = json.loads(bibliography.to_csl_json(cited_dossier))
    got = {i["language"]: i for i in items}
    assert got["en"]["issued"] == {"date-parts": [[2016, 11, 22]]}
    assert got["bn"]["issued"] == {"date-parts": [[2019, 3]]}
    assert got["hi"]["issued"] == {"date-parts": [[2021]]}
    assert got["en"]["license"] == "CC BY-SA 4.0" and "license" not in got["hi"]
    assert got["bn"]["URL"] == cited_corpus.META["bn.txt"]["url"]
    assert got["en"]["type"] == "entry-encyclopedia"
    with pytest.warns(UserWarning, match="license"):       # citeproc-py does not print licences
        source = CiteProcJSON(items)
    import citeproc
    style_path = Path(citeproc.__file__).parent / "data" / "styles" / "harvard-cite-them-right.csl"
    bib = CitationStylesBibliography(CitationStylesStyle(str(style_path), validate=False), source, formatter.plain)
    for item in items:
        bib.register(Citation([CitationItem(item["id"])]))
    rendered = "\n".join(str(entry) for entry in bib.bibliography())
    for title in cited_corpus.TITLES.values():
        assert title in rendered
    assert "2016" in rendered and "2019" in rendered and "2021" in rendered


# ----- the timeline drawing

def test_svg_parses_and_has_one_mark_per_event(cited_dossier):
    i18n.set_language("bn")
    root = ET.fromstring(render_svg(cited_dossier))
    marks = root.findall(f".//{SVG}g[@class='event']")
    places = timeline_places(cited_dossier.dated)
    assert len(marks) == len(places) == len(cited_dossier.dated) == 2
    assert sorted(m.get("data-date") for m in marks) == ["1977-06-17", "2005-03"]
    tips = [m.find(f"{SVG}title").text for m in marks]
    assert "১৭ জুন ১৯৭৭ — কূটনৈতিক সম্পর্ক স্থাপন" in tips
    assert root.find(f"{SVG}title").text == "নেপাল – পর্তুগাল সম্পর্ক"
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "১৯৮০" in texts and "চুক্তি" in texts


def test_png_is_the_svg_drawn_by_qt_at_twice_its_size(cited_dossier, qapp, tmp_path):
    from PySide6.QtGui import QImage

    from relations_desktop.ui.timeline_image import SCALE, png_bytes
    svg = render_svg(cited_dossier)
    root = ET.fromstring(svg)
    path = write_export(cited_dossier, "png", tmp_path / "t.png", rasterise=png_bytes)
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (round(float(root.get("width")) * SCALE),
                                               round(float(root.get("height")) * SCALE))
    # drawn, not blank: the marker colours are in it
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    assert "#1f77b4" in colours and "#ff7f0e" in colours


def test_png_needs_a_rasteriser_and_fails_cleanly_without_one(cited_dossier, tmp_path):
    with pytest.raises(ExportError) as err:
        write_export(cited_dossier, "png", tmp_path / "t.png")
    assert err.value.reason == "failed" and not (tmp_path / "t.png").exists()


def test_formats_table():
    assert set(FORMATS) == {"pdf", "csv", "json", "ris", "bibtex", "csljson", "png", "svg"}
    assert format_for_path("x.BIB") == "bibtex" and format_for_path("x.json") == "json"
    assert format_for_path("x.unknown") == "pdf"
    assert suggested_name(("NP", "PT"), "csljson", "bn") == "NP-PT_sources-csl.json"
    assert suggested_name(("NP", "PT"), "pdf", "bn") == "NP-PT_bn.pdf"


def test_an_existing_file_is_kept_unless_replacing_is_asked(cited_dossier, tmp_path):
    target = tmp_path / "t.ris"
    target.write_text("mine")
    with pytest.raises(ExportError) as err:
        write_export(cited_dossier, "ris", target)
    assert err.value.reason == "exists" and target.read_text() == "mine"
    write_export(cited_dossier, "ris", target, overwrite=True)
    assert target.read_bytes() == render(cited_dossier, "ris")


# ----- the PDF's attribution

def test_the_pdf_ends_with_an_attribution_of_each_source(cited_dossier, tmp_path):
    need("pdftotext")
    path = write_export(cited_dossier, "pdf", tmp_path / "s.pdf")
    text = pdftotext(path)
    tail = "".join(text[text.index("Licence and attribution"):].split())
    for doc in cited_dossier.sources:
        assert "".join(source_title(doc).split()) in tail
        assert "".join(doc.meta.url.split()) in tail
    assert tail.count("Licence:CCBY-SA4.0(https://creativecommons.org/licenses/by-sa/4.0/)") == 2
    assert "quotedunderthesamelicence" in tail and "remaintheirauthors" in tail


def test_the_seed_database_carries_wikipedias_licence_and_known_addresses(seed_db, tmp_path):
    need("pdftotext")
    from relations_desktop.store import queries
    conn = open_corpus(seed_db)
    docs = {d.id: d for pair in queries.relationships(conn) for d in queries.sources(conn, pair)}
    encyclopedia = [d for d in docs.values() if d.kind == "encyclopedia"]
    assert encyclopedia and all(d.meta.licence == "CC BY-SA 4.0" and d.meta.source == "Wikipedia"
                                for d in encyclopedia)
    with_title = [d for d in encyclopedia if d.title]
    assert with_title and all(d.meta.url == "https://en.wikipedia.org/wiki/" + d.title.replace(" ", "_")
                              for d in with_title if d.lang == "en")
    assert all(d.meta.licence is None for d in docs.values() if d.kind != "encyclopedia")
    pair = next(p for p in queries.relationships(conn) if any(s.meta.url for s in queries.sources(conn, p)))
    text = "".join(pdftotext(write_export(load_dossier(conn, pair), "pdf", tmp_path / "s.pdf")).split())
    assert "https://en.wikipedia.org/wiki/" in text and "CCBY-SA4.0" in text


def test_a_bad_sidecar_is_a_clear_error(tmp_path):
    from relations_desktop.corpus.reader import read_document
    from relations_desktop.errors import DatabaseError
    from relations_desktop.seed_corpus import with_sidecar
    doc = tmp_path / "a.txt"
    doc.write_text("Nepal and Portugal signed an agreement in 2005.", encoding="utf-8")
    raw = read_document(doc)
    assert with_sidecar(raw, tmp_path / "metadata") is raw
    (tmp_path / "metadata").mkdir()
    (tmp_path / "metadata" / "a.txt.json").write_text('{"licence": "CC0 1.0", "url": "https://example.org/a"}')
    assert with_sidecar(raw, tmp_path / "metadata").meta.licence == "CC0 1.0"
    (tmp_path / "metadata" / "a.txt.json").write_text('{"licence": "CC0 1.0", "colour": "red"}')
    with pytest.raises(DatabaseError):
        with_sidecar(raw, tmp_path / "metadata")


# ----- the command line

def run_export(db: Path, out: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "relations_desktop", "export", "--pair", "PT-NP", "--db", str(db),
                           "-o", str(out), *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_the_command_line_exports_every_format(cited_db, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    done = run_export(cited_db, out, "--format", fmt, "--lang", "bn")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    data = out.read_bytes()
    check = {
        "pdf": lambda: data.startswith(b"%PDF-"),
        "csv": lambda: len(list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))) == 7,
        "json": lambda: json.loads(data)["names"]["NP"] == "নেপাল",
        "svg": lambda: len(ET.fromstring(data).findall(f".//{SVG}g[@class='event']")) == 2,
        "png": lambda: data.startswith(b"\x89PNG\r\n\x1a\n"),
        "ris": lambda: data.decode().count("ER  - ") == 3,
        "bibtex": lambda: data.decode().count("@online{") == 3,
        "csljson": lambda: {i["title"] for i in json.loads(data)} == set(cited_corpus.TITLES.values()),
    }[fmt]
    assert check()


def test_the_command_line_takes_the_format_from_the_suffix_and_keeps_existing_files(cited_db, tmp_path):
    out = tmp_path / "sources.bib"
    assert run_export(cited_db, out).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("@online{")
    before = out.read_bytes()
    again = run_export(cited_db, out, "--format", "ris")
    assert again.returncode == 1 and "exists" in again.stderr.lower() and out.read_bytes() == before
    assert run_export(cited_db, tmp_path / "x", "--format", "xml").returncode == 2
