"""One command line: every reading command sees the bundled corpus and the user's library (or the
one file --db names), --pair takes codes or names in three scripts, corpus list and remove,
JSON where it lists, usage mistakes exit 2, and files that are not regular files are refused."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from relations_desktop.cli import main
from relations_desktop.store.userdb import list_user_documents
from tests.library_helpers import BN_BD_JP, EN_NP_IN, HI_NP_BT, sha, write


@pytest.fixture
def imported(tmp_path: Path, home: Path, capsys) -> Path:
    folder = tmp_path / "mine"
    write(folder, "nepal_india.txt", EN_NP_IN)
    write(folder, "জাপান_বাংলাদেশ.txt", BN_BD_JP)
    write(folder, "नेपाल_भूटान.txt", HI_NP_BT)
    assert main(["corpus", "import", str(folder)]) == 0
    capsys.readouterr()
    return home


def test_list_shows_the_bundled_and_the_imported_documents_with_their_metadata(imported: Path, capsys):
    assert main(["corpus", "list", "--json"]) == 0
    docs = json.loads(capsys.readouterr().out)
    mine = {d["file"]: d for d in docs if d["origin"] == "user"}
    assert set(mine) == {"nepal_india.txt", "জাপান_বাংলাদেশ.txt", "नेपाल_भूटान.txt"}
    assert {d["origin"] for d in docs} == {"bundled", "user"}
    assert mine["জাপান_বাংলাদেশ.txt"]["language"] == "bn" and mine["नेपाल_भूटान.txt"]["language"] == "hi"
    assert mine["জাপান_বাংলাদেশ.txt"]["pairs"] == [["BD", "JP"]]
    assert mine["नेपाल_भूटान.txt"]["pairs"] == [["BT", "NP"]]
    assert set(mine["nepal_india.txt"]) >= {"title", "source", "url", "author", "date", "licence", "kind", "id"}
    assert main(["corpus", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any("\tজাপান_বাংলাদেশ.txt\t" in line and "BD-JP" in line for line in lines)
    # --db: that one file alone
    assert main(["corpus", "list", "--json", "--db", str(imported)]) == 0
    assert {d["origin"] for d in json.loads(capsys.readouterr().out)} == {"user"}


def test_dump_and_search_see_the_imported_documents_by_default(imported: Path, capsys):
    assert main(["corpus", "dump"]) == 0
    files = {d["file"] for d in json.loads(capsys.readouterr().out)["documents"]}
    assert {"nepal_india.txt", "नेपाल_भूटान.txt", "জাপান_বাংলাদেশ.txt"} <= files
    assert main(["corpus", "search", "দূতাবাস", "--json", "--limit", "500"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert "জাপান_বাংলাদেশ.txt" in {h["file"] for h in hits} and {h["origin"] for h in hits} == {"bundled", "user"}


def test_remove_by_file_name_or_id_and_never_a_bundled_one(imported: Path, capsys):
    docs = {d.file: d for d in list_user_documents(imported)}
    assert main(["corpus", "remove", "জাপান_বাংলাদেশ.txt", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["removed"] == [docs["জাপান_বাংলাদেশ.txt"].id]
    assert main(["corpus", "remove", str(docs["नेपाल_भूटान.txt"].id)]) == 0
    assert capsys.readouterr().out.strip() == f"removed\t{docs['नेपाल_भूटान.txt'].id}"
    assert [d.file for d in list_user_documents(imported)] == ["nepal_india.txt"]
    assert main(["corpus", "remove", "1"]) == 1
    assert "comes with the app" in capsys.readouterr().err
    assert main(["corpus", "remove", "no_such.txt"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("pair", ["NP-IN", "Nepal-India", "india – nepal", "নেপাল-ভারত", "नेपाल-भारत", "ভারত ও নেপাল"])
def test_export_takes_the_pair_as_codes_or_names_in_three_scripts(imported: Path, tmp_path: Path, pair: str, capsys):
    out = tmp_path / "summary.pdf"
    assert main(["export", "--pair", pair, "-o", str(out)]) == 0, capsys.readouterr().err
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("args", [
    ["export", "--pair", "Narnia-India", "-o", "x.pdf"],
    ["export", "--pair", "India-India", "-o", "x.pdf"],
    ["corpus", "search", ""],
    ["corpus", "search", "   "],
    ["corpus", "search", "India", "--limit", "99999999999999999999"],
    ["corpus", "search", "India", "--limit", "0"],
])
def test_usage_mistakes_exit_2_with_one_line(home: Path, args: list[str], tmp_path: Path, capsys):
    os.chdir(tmp_path)
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("error: ") and len(captured.err.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_argparse_mistakes_exit_2_too(capsys):
    with pytest.raises(SystemExit) as code:
        main(["corpus", "list", "--no-such-option"])
    assert code.value.code == 2


def test_build_writes_nothing_when_no_input_could_be_read(tmp_path: Path, capsys):
    good = write(tmp_path / "good", "np_in.txt", EN_NP_IN)
    out = tmp_path / "existing.db"
    assert main(["corpus", "build", str(good.parent), "-o", str(out)]) == 0
    before = sha(out)
    bad = tmp_path / "bad"
    write(bad, "empty.txt", "   \n")
    write(bad, "binary.txt", b"\x00\x01\x02\x03" * 50)
    assert main(["corpus", "build", str(bad), "-o", str(out)]) == 1
    assert "nothing was written" in capsys.readouterr().err
    assert sha(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad", "existing.db", "good"]


def _targets(tmp_path: Path) -> dict[str, Path]:
    real = write(tmp_path / "real", "precious.bin", b"mine")
    link = tmp_path / "link.out"
    link.symlink_to(real)
    fifo = tmp_path / "fifo.out"
    os.mkfifo(fifo)
    return {"symlink": link, "fifo": fifo, "device": Path("/dev/null")}


@pytest.mark.parametrize("kind", ["symlink", "fifo", "device"])
def test_build_and_export_refuse_what_is_not_a_regular_file(kind: str, imported: Path, tmp_path: Path, capsys):
    target = _targets(tmp_path)[kind]
    good = write(tmp_path / "good", "np_in.txt", EN_NP_IN)
    assert main(["corpus", "build", str(good.parent), "-o", str(target)]) == 1
    assert "not a regular file" in capsys.readouterr().err
    assert main(["export", "--pair", "NP-IN", "-o", str(target), "--force"]) == 1
    assert "not a regular file" in capsys.readouterr().err
    if kind == "symlink":
        assert target.is_symlink() and (tmp_path / "real" / "precious.bin").read_bytes() == b"mine"
    elif kind == "fifo":
        assert target.is_fifo()
    else:
        assert target.is_char_device()
