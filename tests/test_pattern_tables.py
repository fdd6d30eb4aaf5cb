"""The hand-written pattern tables of the extraction: NFC text, and no alternative written twice in
one group (two spellings that are one once normalised are one line's work, not two)."""

from __future__ import annotations

import ast
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "src" / "relations_desktop" / "corpus"


def _groups(pattern: str) -> list[list[str]]:
    """The alternatives of every group of ``pattern`` and of its top level (a group's own flags
    or kind, "?:", "?i:", "?P<name>", left out)."""
    stack: list[list[str]] = [[""]]
    out: list[list[str]] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            stack[-1][-1] += pattern[i:i + 2]
            i += 2
        elif c == "[":
            j = pattern.index("]", i + 2 if pattern[i + 1:i + 2] in ("]", "^") else i + 1)
            stack[-1][-1] += pattern[i:j + 1]
            i = j + 1
        elif c == "(":
            stack.append([""])
            i += 1
        elif c == ")":
            group = stack.pop()
            out.append(group)
            stack[-1][-1] += "(" + "|".join(group) + ")"
            i += 1
        elif c == "|":
            stack[-1].append("")
            i += 1
        else:
            stack[-1][-1] += c
            i += 1
    return [*out, stack[0]]


_KIND = re.compile(r"^\?(?:[aiLmsux-]*:|P<\w+>|<?[=!])")


@cache
def _patterns() -> list[tuple[str, str]]:
    """Every string constant with an alternation in the corpus modules that compiles as a regular
    expression, with the module it is in."""
    out = []
    for path in sorted(CORPUS.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
        for node in ast.walk(tree):
            if id(node) not in docstrings and isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and "|" in node.value:
                try:
                    re.compile(node.value)
                except re.error:
                    continue
                out.append((path.name, node.value))
    return out


def test_the_tables_are_found():
    assert len(_patterns()) > 300


@pytest.mark.parametrize("module", sorted(p.name for p in CORPUS.glob("*.py")))
def test_no_group_lists_an_alternative_twice(module):
    repeated = []
    for name, pattern in _patterns():
        if name != module:
            continue
        for group in _groups(pattern):
            seen = [unicodedata.normalize("NFC", _KIND.sub("", a)) for a in group]
            repeated += sorted({a for a in seen if seen.count(a) > 1 and a})
    assert repeated == []


def test_the_tables_are_nfc():
    assert [(n, p) for n, p in _patterns() if unicodedata.normalize("NFC", p) != p] == []


def _cue_tables() -> list[tuple[str, str, str, list[str]]]:
    from relations_desktop.corpus.cue_rules import LABEL_CUES
    from relations_desktop.corpus.cue_vetoes import VETOES
    from relations_desktop.corpus.cues import CUES
    return [(name, t, lang, lines) for name, table in (("CUES", CUES), ("VETOES", VETOES), ("LABEL_CUES", LABEL_CUES))
            for t, langs in table.items() for lang, lines in langs.items()]


def test_the_cue_lists_are_found():
    assert sum(len(lines) for *_k, lines in _cue_tables()) > 500


def test_no_cue_list_holds_a_line_twice_or_a_line_not_in_nfc():
    repeated, not_nfc = [], []
    for name, t, lang, lines in _cue_tables():
        bodies = [line.lstrip("~*") for line in lines]
        repeated += [(name, t, lang, b) for b in sorted(set(bodies)) if bodies.count(b) > 1]
        not_nfc += [(name, t, lang, b) for b in bodies if unicodedata.normalize("NFC", b) != b]
    assert repeated == [] and not_nfc == []


def test_no_cue_line_matches_nothing_at_all():
    # (an empty alternative left by an edit, "…|provocative|)", would make every clause that type)
    empty = [(name, t, lang, line) for name, t, lang, lines in _cue_tables() for line in lines
             if re.compile(line.lstrip("~*")).match("") is not None]
    assert empty == []
