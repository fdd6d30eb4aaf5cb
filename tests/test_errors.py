"""One vocabulary of errors: every reason an error can carry has its own message, in every
interface language, and the code raises only reasons the vocabulary knows."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from relations_desktop import i18n
from relations_desktop.errors import CorrectionError, DatabaseError, DocumentError, ExportError, ReasonError
from relations_desktop.present import messages

SRC = Path(__file__).resolve().parents[1] / "src" / "relations_desktop"
KINDS = {
    DocumentError: lambda reason: messages.document_error_message(DocumentError("a.txt", reason).reason),
    DatabaseError: lambda reason: messages.database_error_message(DatabaseError("/data/corpus.db", reason)),
    ExportError: lambda reason: messages.export_error_message(ExportError("/out/summary.pdf", reason, "E42")),
    CorrectionError: lambda reason: messages.correction_error_message(CorrectionError("1992-13", reason)),
}


@pytest.mark.parametrize("lang", sorted(i18n.LANGUAGES))
@pytest.mark.parametrize("kind", list(KINDS), ids=lambda k: k.__name__)
def test_every_reason_has_its_own_message(kind: type[ReasonError], lang: str):
    i18n.set_language(lang)
    texts = {reason: KINDS[kind](reason) for reason in kind.REASONS}
    assert all(texts.values())
    assert len(set(texts.values())) == len(texts), texts


def _raised_reasons() -> list[tuple[str, str, int, str]]:
    """(error class, reason, line, file) for every ``SomeError(subject, "reason", …)`` in the package."""
    names = {cls.__name__ for cls in KINDS}
    found = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names
                    and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)):
                found.append((node.func.id, node.args[1].value, node.lineno, str(path.relative_to(SRC))))
    return found


def test_the_code_raises_only_reasons_the_vocabulary_knows():
    known = {cls.__name__: cls.REASONS for cls in KINDS}
    raised = _raised_reasons()
    assert len(raised) >= 10          # the scan finds the raises (reader, connection, writer)
    unknown = [r for r in raised if r[1] not in known[r[0]]]
    assert unknown == []


def test_the_command_line_says_why_a_database_cannot_be_opened(tmp_path, capsys):
    from relations_desktop.cli import main
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database" * 200)
    assert main(["corpus", "dump", "--db", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    assert err.strip() == "error: " + messages.database_error_message(DatabaseError(bad, "unreadable"))
