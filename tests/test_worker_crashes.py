"""A reader that crashes in native code on a malformed file ends a worker process, never the
import: read by real processes (a fresh one importing, whose workers' server has not started,
so that the first documents come while it starts)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from fpdf import FPDF

from relations_desktop.present.messages import document_error_message
from tests.library_helpers import numbered

ROOT = Path(__file__).resolve().parents[1]

IMPORT = r"""
import json, sys
from pathlib import Path
from relations_desktop.store.userdb import import_documents
from tests.native_crash import CrashingFile

folder, library, crash = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
items = [[CrashingFile(folder / crash)], folder] if crash else [folder]
result = import_documents(items, library, workers=2)
print(json.dumps({"added": [a.file for a in result.added], "events": sum(a.events for a in result.added),
                  "failed": [[f.file, f.path, f.reason] for f in result.failed],
                  "native_here": "pypdfium2" in sys.modules}))
"""


def _import(folder: Path, library: Path, crash: str = "") -> dict:
    out = subprocess.run([sys.executable, "-c", IMPORT, str(folder), str(library), crash], capture_output=True,
                         text=True, timeout=600, env={**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"})
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_document_whose_reader_crashes_fails_alone_and_the_import_goes_on(tmp_path):
    folder = numbered(tmp_path / "docs", "n", 40)
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "broken.pdf").write_bytes(b"%PDF-1.7\n" + b"\0" * 64)
    # It comes first, while the workers' server starts: it waits for a worker and kills it.
    got = _import(folder, tmp_path / "library.db", crash=str(tmp_path / "bad" / "broken.pdf"))
    assert got["failed"] == [["broken.pdf", str(tmp_path / "bad" / "broken.pdf"), "crashed"]]
    # Every other document is kept, the ones in flight with it too, in their order.
    assert got["added"] == [f"n{i:03d}.txt" for i in range(40)]
    assert got["events"] > 0
    assert "crash" in document_error_message("crashed")


def _pdf(path: Path, text: str) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, text)
    pdf.output(str(path))


def test_a_pdf_is_read_by_a_worker_not_by_the_importing_process(tmp_path):
    folder = numbered(tmp_path / "docs", "n", 5)
    _pdf(folder / "a.pdf", "Ghana and Kenya established diplomatic relations in 1961. On 4 March 1975 the "
                           "two countries signed a trade agreement in Nairobi.")
    got = _import(folder, tmp_path / "library.db")
    assert got["failed"] == []
    assert got["added"] == ["a.pdf", *(f"n{i:03d}.txt" for i in range(5))]
    assert not got["native_here"]           # PDFium was never loaded here
