"""The command line corrects as the window does: events list with ids a person can type, hide,
edit, note, unhide and restore, and the corrections reviewed, saved to a file and read into
another library; what is not an event, a date or a file is one line and a non-zero exit."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from relations_desktop.cli import main
from tests.library_helpers import EN_BT_BD, write
from tests.pdf_helpers import pdftotext


@pytest.fixture
def home(tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> Path:
    """The user's folders in the test's own, with one imported document (two events in one sentence)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["corpus", "import", str(write(tmp_path / "in", "bt_bd.txt", EN_BT_BD))]) == 0
    capsys.readouterr()
    return tmp_path / "share" / "relations-desktop" / "user-corpus.db"


def listed(capsys, *extra: str) -> list[dict]:
    assert main(["events", "list", "--pair", "Bhutan-Bangladesh", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_events_are_corrected_by_the_ids_the_list_shows(home: Path, capsys):
    events = listed(capsys)
    assert [(e["date"], e["type"], e["state"]) for e in events] == [
        ("1971-12-06", "recognition", "extracted"), ("2020", "agreement", "extracted"),
        ("2023", "agreement", "extracted")]
    by_date = {e["date"]: e["id"] for e in events}
    assert main(["events", "hide", by_date["2023"]]) == 0
    assert main(["events", "edit", by_date["2020"], "--date", "২০২১", "--type", "trade"]) == 0
    assert main(["events", "note", by_date["1971-12-06"], "A note in English and বাংলা."]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[2] for line in out] == ["c1", "c2", "c3"]
    events = listed(capsys)
    assert [(e["date"], e["type"], e["state"], e["note"]) for e in events] == [
        ("1971-12-06", "recognition", "extracted", "A note in English and বাংলা."),
        ("2021", "trade", "edited", "")]
    assert events[1]["extracted"] == {"date": "2020", "type": "agreement", "pair": ["BD", "BT"]}
    hidden = listed(capsys, "--hidden")[-1]
    assert (hidden["date"], hidden["state"]) == ("2023", "hidden")
    # export --format csv and pdf carry the corrections as the list shows them
    csv_file, pdf_file = home.parent / "t.csv", home.parent / "t.pdf"
    assert main(["export", "--pair", "BT-BD", "--format", "csv", "-o", str(csv_file)]) == 0
    assert main(["export", "--pair", "BT-BD", "--format", "pdf", "-o", str(pdf_file)]) == 0
    table = list(csv.DictReader(io.StringIO(csv_file.read_bytes().decode("utf-8-sig"))))
    assert [(r["date"], r["type"], r["state"], r["note"]) for r in table] == [
        ("1971-12-06", "recognition", "extracted", "A note in English and বাংলা."), ("2021", "trade", "edited", ""),
        ("2023", "agreement", "hidden", "")]
    text = " ".join(pdftotext(pdf_file).split())
    assert "2021 *" in text and "A note in English and বাংলা." in text and "Agreement" not in text
    # a correction's id names the event too, and stays the same whatever the re-extraction
    assert main(["events", "unhide", "c1"]) == 0
    assert main(["events", "restore", by_date["2020"]]) == 0
    capsys.readouterr()
    assert [(e["date"], e["state"]) for e in listed(capsys)] == [
        ("1971-12-06", "extracted"), ("2020", "extracted"), ("2023", "extracted")]
    assert main(["corrections", "list", "--json"]) == 0
    review = json.loads(capsys.readouterr().out)
    assert [(c["id"], c["status"]) for c in review] == [("c3", "applied")]


def test_corrections_go_to_a_file_and_into_another_library(home: Path, tmp_path: Path, capsys):
    by_date = {e["date"]: e["id"] for e in listed(capsys)}
    assert main(["events", "hide", by_date["2023"]]) == 0
    assert main(["events", "edit", by_date["2020"], "--pair", "BT-NP"]) == 0
    target = tmp_path / "shared.json"
    assert main(["corrections", "export", str(target)]) == 0
    assert main(["corrections", "export", str(target)]) == 1          # not replaced unless asked
    assert "already exists" in capsys.readouterr().err
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["format"] == "relations-desktop-corrections" and len(doc["corrections"]) == 2
    assert doc["corrections"][0]["document"]["file"] == "bt_bd.txt"
    other = tmp_path / "classmate.db"
    assert main(["corpus", "import", "--user-db", str(other), str(tmp_path / "in" / "bt_bd.txt")]) == 0
    capsys.readouterr()
    assert main(["corrections", "import", str(target), "--user-db", str(other)]) == 0
    assert "2 new" in capsys.readouterr().out
    assert main(["events", "list", "--pair", "BD-BT", "--json", "--user-db", str(other)]) == 0
    assert [e["date"] for e in json.loads(capsys.readouterr().out)] == ["1971-12-06"]
    assert main(["events", "list", "--pair", "NP-BT", "--json", "--user-db", str(other)]) == 0
    moved = json.loads(capsys.readouterr().out)
    assert [(e["date"], e["state"], e["pair"]) for e in moved] == [("2020", "edited", ["BT", "NP"])]


def test_mistakes_are_one_line_and_change_nothing(home: Path, tmp_path: Path, capsys):
    by_date = {e["date"]: e["id"] for e in listed(capsys)}
    assert main(["events", "edit", by_date["2020"], "--date", "2020-13-01"]) == 1
    assert capsys.readouterr().err.startswith("error: “2020-13-01” is not a date")
    assert main(["events", "edit", by_date["2020"], "--type", "party"]) == 1
    assert main(["events", "hide", "999999"]) == 1
    assert main(["events", "hide", "x7"]) == 2
    assert main(["events", "edit", by_date["2020"]]) == 2
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2, 3]", encoding="utf-8")
    assert main(["corrections", "import", str(bad)]) == 1
    assert "not a file of corrections" in capsys.readouterr().err
    assert [e["state"] for e in listed(capsys)] == ["extracted"] * 3
