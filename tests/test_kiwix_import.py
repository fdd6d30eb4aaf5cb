"""Kiwix archives imported into the library for real: scanned, their chosen articles read one at
a time into a real SQLite library (in worker processes too), counted per language, reported from
the command line, with their attribution in the sources and the PDF; broken archives give a
clear message and never a traceback. Also: a folder import reports every file it skips, and a
news dateline dates a document that has no metadata date."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from relations_desktop.cli import main
from relations_desktop.present.imports import summary_text
from relations_desktop.store import kiwix
from relations_desktop.store.connection import open_corpus
from relations_desktop.store.dump import dump_json
from relations_desktop.store.userdb import import_documents, list_user_documents
from tests.kiwix_helpers import ARTICLES, relations_zim

DATA = Path(__file__).resolve().parent / "data" / "zim"
INVALID = ("invalid.offset_in_cluster.zim", "invalid.nonsorted_dirent_table.zim",
           "invalid.outofbounds_first_clusterptr.zim")


def _dump(bundled: Path, user_db: Path) -> dict:
    conn = open_corpus(bundled, user_db)
    try:
        return json.loads(dump_json(conn))
    finally:
        conn.close()


def test_chosen_articles_are_imported_with_their_attribution(archive: Path, tmp_path: Path, seed_db: Path):
    scan = kiwix.scan_archive(archive)
    assert scan.complete and scan.by_language() == {"bn": 2, "en": 2, "hi": 2}
    progress: list[tuple[int, int, str]] = []
    user_db = tmp_path / "library.db"
    result = kiwix.import_articles(archive, scan.candidates, user_db, bundled_db=seed_db,
                                   progress=lambda *a: progress.append(a))
    assert result.ok and len(result.added) == 6
    # the total is known beforehand and the article being read is named by its title
    assert progress[0] == (0, 6, scan.candidates[0].title) and progress[-1] == (6, 6, "")
    assert {name for _d, _t, name in progress[:-1]} == {c.title for c in scan.candidates}
    docs = {d.file: d for d in list_user_documents(user_db)}
    assert set(docs) == set(ARTICLES)
    gk = docs["Ghana–Kenya_relations"]
    assert (gk.title, gk.source, gk.licence, gk.author, gk.archive, gk.archive_date) == (
        "Ghana–Kenya relations", "Wikipedia", "CC BY-SA 4.0", "Wikipedia contributors", "wikipedia_mul_relations",
        "2024-05-01")
    assert gk.url == "https://en.wikipedia.org/wiki/Ghana%E2%80%93Kenya_relations"
    # an archive of several languages: each article is on its own language's wiki
    assert docs["ঘানা–কেনিয়া_সম্পর্ক"].url.startswith("https://bn.wikipedia.org/wiki/%E0%A6%98")
    assert docs["घाना-केन्या_संबंध"].url.startswith("https://hi.wikipedia.org/wiki/%E0%A4%98")
    # the hubs' tables: each row is a dated fact about that row's country, in every language
    events = _dump(seed_db, user_db)["events"]
    for hub in ("Foreign_relations_of_Chile", "চিলির_বৈদেশিক_সম্পর্ক", "चिली_के_विदेश_संबंध"):
        dated = {(tuple(e["pair"]), e["date"]) for e in events if e["file"] == hub}
        assert {(("AR", "CL"), "1827-04-12"), (("CL", "PE"), "1920-05-20")} <= dated, hub
    for article in ("Ghana–Kenya_relations", "ঘানা–কেনিয়া_সম্পর্ক", "घाना-केन्या_संबंध"):
        assert (("GH", "KE"), "1964-03-02") in {(tuple(e["pair"]), e["date"]) for e in events if e["file"] == article}


def test_counts_per_language_and_a_second_import_adds_nothing(archive: Path, tmp_path: Path, seed_db: Path):
    scan = kiwix.scan_archive(archive)
    chosen = [c for c in scan.candidates if c.lang in ("bn", "hi")]
    user_db = tmp_path / "library.db"
    first = kiwix.import_articles(archive, chosen, user_db, bundled_db=seed_db)
    counts = kiwix.language_counts(chosen, first)
    assert {lang: (c.chosen, c.added, c.duplicates, c.failed) for lang, c in counts.items()} == {
        "bn": (2, 2, 0, 0), "hi": (2, 2, 0, 0)}
    again = kiwix.import_articles(archive, scan.candidates, user_db, bundled_db=seed_db)
    counts = kiwix.language_counts(scan.candidates, again)
    assert {lang: (c.added, c.duplicates) for lang, c in counts.items()} == {
        "bn": (0, 2), "en": (2, 0), "hi": (0, 2)}
    text = summary_text(again, counts)
    assert text.splitlines()[:3] == ["Bengali: 0 articles added, 2 already in the library",
                                     "English: 2 articles added",
                                     "Hindi: 0 articles added, 2 already in the library"]


def test_a_mirror_of_the_same_articles_is_a_near_duplicate_shown_as_an_alternative_source(
        archive: Path, tmp_path: Path, seed_db: Path):
    from relations_desktop.present.citations import copies_text
    from relations_desktop.present.dossier import load_dossier
    mirror = relations_zim(tmp_path / "mirror.zim", footer="<!-- mirrored -->",
                           metadata={"Name": "wikipedia_mul_mirror", "Title": "Wikipedia mirror"})
    user_db = tmp_path / "library.db"
    scan = kiwix.scan_archive(archive)
    kiwix.import_articles(archive, scan.candidates, user_db, bundled_db=seed_db)
    before = _dump(seed_db, user_db)
    copy_scan = kiwix.scan_archive(mirror)
    result = kiwix.import_articles(mirror, copy_scan.candidates, user_db, bundled_db=seed_db)
    assert result.duplicates == [] and len(result.near_duplicates) == 6     # other bytes, the same text
    counts = kiwix.language_counts(copy_scan.candidates, result)
    assert {lang: c.near_duplicates for lang, c in counts.items()} == {"bn": 2, "en": 2, "hi": 2}
    assert "2 of them nearly the same as ones already there" in summary_text(result, counts)
    # never counted twice: the events are those of the first archive alone
    assert _dump(seed_db, user_db)["events"] == before["events"]
    # and each original names its copy as an alternative source
    conn = open_corpus(seed_db, user_db)
    try:
        sources = load_dossier(conn, ("GH", "KE")).sources
        assert len(sources) == 3
        for src in sources:
            assert [c.meta.archive for c in src.copies] == ["wikipedia_mul_mirror"]
            assert copies_text(src) == f"Nearly the same text also in: {src.title} — Wikipedia mirror " \
                                       "(wikipedia_mul_mirror, as of May 1, 2024)"
            copy = src.copies[0]
            assert copy.text == src.text        # reachable: its whole text is there
    finally:
        conn.close()


def test_workers_import_the_same_as_this_process(archive: Path, tmp_path: Path, seed_db: Path):
    scan = kiwix.scan_archive(archive)
    here = kiwix.import_articles(archive, scan.candidates, tmp_path / "here.db", bundled_db=seed_db)
    there = kiwix.import_articles(archive, scan.candidates, tmp_path / "there.db", bundled_db=seed_db, workers=2)
    assert here.ok and there.ok
    assert _dump(seed_db, tmp_path / "here.db") == _dump(seed_db, tmp_path / "there.db")


def test_with_workers_articles_already_there_are_skipped_and_a_missing_one_fails_alone(archive: Path, tmp_path: Path,
                                                                                      seed_db: Path):
    scan = kiwix.scan_archive(archive)
    user_db = tmp_path / "library.db"
    first = kiwix.import_articles(archive, scan.candidates, user_db, bundled_db=seed_db, workers=2)
    assert first.ok and len(first.added) == len(scan.candidates)
    missing = kiwix.Candidate("No_such_article", "Nowhere–Elsewhere relations", "en", (), False)
    again = kiwix.import_articles(archive, [*scan.candidates, missing], user_db, bundled_db=seed_db, workers=2)
    assert again.added == [] and again.bytes_processed == 0     # nothing staged
    assert sorted(d.file for d in again.duplicates) == sorted(a.file for a in first.added)
    assert [(f.file, f.reason) for f in again.failed] == [("Nowhere–Elsewhere relations", "zim_entry_missing")]


def test_with_workers_an_article_chosen_twice_is_added_once(archive: Path, tmp_path: Path, seed_db: Path):
    # The workers read the articles, so the second copy's bytes are known only when it comes back.
    scan = kiwix.scan_archive(archive)
    twice = [*scan.candidates, scan.candidates[0]]
    result = kiwix.import_articles(archive, twice, tmp_path / "library.db", bundled_db=seed_db, workers=2)
    assert len(result.added) == len(scan.candidates)
    first = scan.candidates[0].path.rsplit("/", 1)[-1]
    assert [(d.file, d.existing_origin) for d in result.duplicates] == [(first, "import")]
    assert result.bytes_processed == sum(a.size for a in list_user_documents(tmp_path / "library.db"))


def test_articles_are_read_one_at_a_time_as_the_import_reaches_them(archive: Path, tmp_path: Path):
    scan = kiwix.scan_archive(archive)
    log: list[str] = []
    with kiwix.articles(archive, scan.candidates) as stream:
        def source():
            for doc in stream:
                log.append(f"read {doc.file}")
                yield doc

        class Sized:
            def __len__(self) -> int:
                return len(stream)

            def __iter__(self):
                return source()

        import_documents([Sized()], tmp_path / "library.db",
                         progress=lambda done, total, name: log.append(f"progress {done}/{total}"))
    assert log[:4] == ["read " + scan.candidates[0].path, "progress 0/6", "read " + scan.candidates[1].path,
                       "progress 1/6"]


def test_an_article_that_cannot_be_read_fails_alone(archive: Path, tmp_path: Path):
    scan = kiwix.scan_archive(archive)
    missing = kiwix.Candidate("No_such_article", "Nowhere–Elsewhere relations", "en", (), False)
    result = kiwix.import_articles(archive, [scan.candidates[0], missing], tmp_path / "library.db")
    assert len(result.added) == 1
    assert [(f.file, f.reason) for f in result.failed] == [("Nowhere–Elsewhere relations", "zim_entry_missing")]
    assert kiwix.language_counts([scan.candidates[0], missing], result)["en"].failed == 1


def test_command_line_imports_an_archive_with_a_summary_per_language(archive: Path, home: Path, capsys):
    assert main(["corpus", "import", str(archive), "--languages", "bn,hi"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert sorted(line.split("\t")[1] for line in lines if line.startswith("added\t")) == sorted(
        p for p, (_t, lang, _b) in ARTICLES.items() if lang != "en")
    assert f"language\t{archive.name}\tbn\tchosen=2 added=2 duplicates=0 near-duplicates=0 failed=0" in lines
    assert f"language\t{archive.name}\thi\tchosen=2 added=2 duplicates=0 near-duplicates=0 failed=0" in lines
    assert "6 articles about relations between countries (bn 2, en 2, hi 2); 4 chosen" in captured.err
    assert main(["corpus", "import", str(archive), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["archives"][archive.name]["en"]["added"] == 2
    assert report["archives"][archive.name]["bn"]["duplicates"] == 2
    assert main(["corpus", "list", "--json"]) == 0
    listed = {d["file"]: d for d in json.loads(capsys.readouterr().out) if d["origin"] == "user"}
    assert listed["ঘানা–কেনিয়া_সম্পর্ক"]["licence"] == "CC BY-SA 4.0"
    assert listed["ঘানা–কেনিয়া_সম্পর্ক"]["archive"] == "wikipedia_mul_relations"
    assert main(["corpus", "import", str(archive), "--languages", "fr"]) == 2


def test_real_kiwix_archives_without_relation_articles(home: Path, capsys):
    for name in ("wikibooks_be_all_nopic_2017-02.zim", "small.zim"):
        assert main(["corpus", "import", str(DATA / name)]) == 0
        captured = capsys.readouterr()
        assert "0 articles about relations between countries (none); 0 chosen" in captured.err
        assert "0 added, 0 duplicates, 0 failed" in captured.out


def _cli(args: list[str], env_home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_CACHE_HOME=str(env_home / "cache"), XDG_DATA_HOME=str(env_home / "share"),
               QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "relations_desktop", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=300)


def test_broken_archives_give_a_clear_message_and_never_a_traceback(archive: Path, tmp_path: Path, cache: Path):
    cut = tmp_path / "cut.zim"
    cut.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    fake = tmp_path / "fake.zim"
    shutil.copy(DATA / "README.md", fake)
    broken = [DATA / name for name in INVALID] + [cut, fake]
    shutil.copytree(cache, tmp_path / "cache")
    proc = _cli(["corpus", "import", "--jobs", "2", *map(str, broken), str(archive)], tmp_path)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr + proc.stdout
    failed = [line.split("\t") for line in proc.stdout.splitlines() if line.startswith("FAILED\t")]
    assert [(f[1], f[2]) for f in failed] == [(p.name, "zim_invalid") for p in broken]
    assert all(f[3].startswith("the Kiwix file is damaged or incomplete") for f in failed)
    # the good archive in the same command is imported all the same, with two worker processes
    assert sum(1 for line in proc.stdout.splitlines() if line.startswith("added\t")) == 6


def test_a_folder_import_reports_every_file_it_skips(tmp_path: Path, archive: Path, home: Path, capsys):
    folder = tmp_path / "mine"
    (folder / "sub").mkdir(parents=True)
    (folder / "nepal.txt").write_text("Nepal and Bhutan established diplomatic relations in 1983.\n", encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "sub" / "notes").write_text("no suffix", encoding="utf-8")
    (folder / "sub" / "table.xlsx").write_bytes(b"PK\x03\x04")
    shutil.copy(archive, folder / "wikipedia.zim")
    (folder / ".hidden.txt").write_text("not the user's document", encoding="utf-8")
    result = import_documents([folder], tmp_path / "library.db")
    assert [a.file for a in result.added] == ["nepal.txt"] and result.ok
    assert [(f.file, f.reason) for f in result.skipped] == [
        ("photo.png", "unsupported_type"), ("wikipedia.zim", "zim_archive"), ("notes", "unsupported_type"),
        ("table.xlsx", "unsupported_type")]
    text = summary_text(result)
    assert "4 files of the folder were skipped:" in text
    assert "  photo.png: this type of file cannot be imported" in text
    assert "  wikipedia.zim: it is a Kiwix library: import it with File → Import from a Kiwix library" in text
    assert main(["corpus", "import", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "skipped\tphoto.png\tunsupported_type" in out
    assert "skipped\twikipedia.zim\tzim_archive\ta Kiwix archive: import it on its own" in out
    assert "1 added, 0 duplicates, 0 failed, 0 near-duplicates, 4 skipped" in out


def test_a_news_dateline_dates_a_document_without_a_metadata_date(tmp_path: Path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "story_en.txt").write_text(
        "Nepal and Bhutan agree on trade\n\nKATHMANDU, March 5, 2021 (Reuters) - Nepal and Bhutan signed a trade "
        "agreement on Wednesday, officials said.\n", encoding="utf-8")
    (folder / "story_bn.txt").write_text(
        "ঢাকা, ১২ মার্চ ২০২২: বাংলাদেশ ও নেপাল বুধবার একটি বাণিজ্য চুক্তি সই করেছে বলে কর্মকর্তারা জানান।\n",
        encoding="utf-8")
    (folder / "encyclopedia.txt").write_text("Nepal and Bhutan established diplomatic relations in 1983.\n",
                                             encoding="utf-8")
    (folder / "page.html").write_text(
        '<html><head><title>Trade</title><meta property="article:published_time" content="2020-01-02"></head>'
        "<body><article><p>NEW DELHI, 4 June 2023: India and Nepal signed a trade agreement on Sunday, officials "
        "said.</p></article></body></html>", encoding="utf-8")
    import_documents([folder], tmp_path / "library.db")
    dates = {d.file: d.published for d in list_user_documents(tmp_path / "library.db")}
    assert dates == {"story_en.txt": "2021-03-05", "story_bn.txt": "2022-03-12", "encyclopedia.txt": None,
                     "page.html": "2020-01-02"}      # the page's own metadata comes first


def test_the_pdf_attribution_carries_the_archive_and_web_page_metadata(archive: Path, tmp_path: Path,
                                                                       seed_db: Path):
    import pypdfium2

    from relations_desktop.export.summary_pdf import export
    from relations_desktop.present.dossier import load_dossier
    user_db = tmp_path / "library.db"
    scan = kiwix.scan_archive(archive)
    kiwix.import_articles(archive, scan.candidates, user_db, bundled_db=seed_db)
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><title>Ghana and Kenya renew ties</title><meta property="og:site_name" content="Example News">'
        '<link rel="canonical" href="https://news.example.org/ghana-kenya"><meta name="author" content="A. Writer">'
        '<meta property="article:published_time" content="2021-02-03"></head><body><nav>Home</nav><article>'
        "<h1>Ghana and Kenya renew ties</h1><p>Ghana and Kenya signed a trade agreement in Accra on 2 February "
        "2021, officials said.</p></article><footer>Example News</footer></body></html>", encoding="utf-8")
    import_documents([page], user_db, bundled_db=seed_db)
    conn = open_corpus(seed_db, user_db)
    try:
        pdf = export(load_dossier(conn, ("GH", "KE")), tmp_path / "gh-ke.pdf")
    finally:
        conn.close()
    document = pypdfium2.PdfDocument(str(pdf))
    text = " ".join(" ".join(document[i].get_textpage().get_text_range().split()) for i in range(len(document)))
    for needle in ("https://en.wikipedia.org/wiki/Ghana%E2%80%93Kenya_relations", "CC BY-SA 4.0",
                   "Wikipedia contributors", "Ghana–Kenya relations", "Example News", "A. Writer",
                   "https://news.example.org/ghana-kenya", "Ghana and Kenya renew ties"):
        assert needle in text, needle
