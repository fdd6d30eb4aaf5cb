"""The built app's readers, smoke-tested: ``python -m relations_desktop.packaging.smoke [APP]``.

Writes one small file of each kind the import reads (cp1252 text, a saved web page, a Word
file, a Bengali PDF exported by the built app itself, and a Kiwix archive in three languages),
imports them with the built app's own command into a throwaway user database, with two worker
processes, and fails unless every file and every article of the archive was added. The
self-test reads no files; this catches a module left out of the bundle that only a reader
needs. Needs a source checkout with the app's dependencies (python-docx writes the Word file,
libzim's writer the archive).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from relations_desktop.packaging.bundle import APP, BuildError, database_path, output_path
from relations_desktop.packaging.sample_zim import EXPECTED_FILES

# Sentences written for this check: a dated event between two countries, in English.
ENGLISH = ("Ghana and Kenya established diplomatic relations on 2 March 1964. "
           "Kenya opened a high commission in Accra on 14 October 1999.")
PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ghana and Kenya</title>
<meta property="og:site_name" content="Example News"><link rel="canonical" href="https://example.org/a"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav><div class="cookie-banner">We use cookies.</div>
<article><h1>Ghana and Kenya</h1><p>{ENGLISH}</p></article><footer>Example News</footer></body></html>"""


def _run(cmd: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", env=env, timeout=300)


def write_samples(folder: Path) -> list[Path]:
    """One small file of each kind the import reads, except PDF (the app exports that one)."""
    import docx

    from relations_desktop.packaging.sample_zim import write_sample

    text = folder / "cp1252.txt"
    text.write_bytes(f"Café diplomacy. {ENGLISH} Señor Pérez attended.".encode("cp1252"))
    page = folder / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    word = folder / "article.docx"
    document = docx.Document()
    document.core_properties.title = "Ghana and Kenya"
    document.add_heading("Ghana and Kenya", 1)
    document.add_paragraph(ENGLISH)
    document.save(str(word))
    return [text, page, word, write_sample(folder / "wikipedia_mul_sample.zim")]


def first_pair(database: Path) -> str:
    """A relationship of the database, as the export command takes it (e.g. TJ-TR)."""
    from relations_desktop.store import queries
    from relations_desktop.store.connection import open_corpus

    conn = open_corpus(database)
    try:
        return "-".join(queries.relationships(conn)[0])
    finally:
        conn.close()


def check_readers(app: Path) -> str:
    """Import the samples with the built app; the summary line, or BuildError saying what failed."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=tmp, XDG_CONFIG_HOME=f"{tmp}/config",
                   XDG_DATA_HOME=f"{tmp}/data", XDG_CACHE_HOME=f"{tmp}/cache")
        pdf = folder / "summary-bn.pdf"
        proc = _run([str(app), "export", "--pair", first_pair(database_path()), "--lang", "bn", "-o", str(pdf)], env)
        if proc.returncode != 0:
            raise BuildError(f"the app's PDF export failed (exit {proc.returncode}): {proc.stderr.strip()[-2000:]}")
        samples = [*write_samples(folder), pdf]
        proc = _run([str(app), "corpus", "import", "--jobs", "2", "--user-db", str(folder / "user.db"),
                     *map(str, samples)], env)
        added = [line.split("\t")[1] for line in proc.stdout.splitlines() if line.startswith("added\t")]
        expected = [p.name for p in samples if p.suffix != ".zim"] + list(EXPECTED_FILES)
        if proc.returncode != 0 or sorted(added) != sorted(expected):
            raise BuildError(f"the built app did not import every sample (exit {proc.returncode}):\n"
                             f"{proc.stdout.strip()}\n{proc.stderr.strip()[-2000:]}")
    return f"readers ok: {', '.join(p.suffix[1:] for p in samples)} imported by {app.name}"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    app = Path(args[0]) if args else output_path(onefile=False) / (APP + (".exe" if sys.platform == "win32" else ""))
    try:
        print(check_readers(app))
    except (BuildError, OSError, subprocess.TimeoutExpired) as exc:
        print(f"readers FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
