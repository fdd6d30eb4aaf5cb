"""The architecture's rules (docs/architecture.md), checked on the source: the layers import only
downwards, the core never loads Qt, the interface reaches the corpus only through the store and
the presentation layer, writes no SQL and names no settings key, and no module imports itself
back through others."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = "relations_desktop"
SRC = Path(__file__).resolve().parents[1] / "src" / PACKAGE

# Lowest first; a module may import its own layer and the layers below it.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("base", ("relations_desktop", "relations_desktop.errors", "relations_desktop.textnorm",
              "relations_desktop.digits", "relations_desktop.fileio", "relations_desktop.resources")),
    ("i18n", ("relations_desktop.i18n",)),
    ("corpus", ("relations_desktop.corpus",)),
    ("store", ("relations_desktop.store", "relations_desktop.seed_corpus")),
    ("present", ("relations_desktop.present",)),
    ("export", ("relations_desktop.export",)),
    ("ui", ("relations_desktop.ui",)),
    ("app", ("relations_desktop.cli", "relations_desktop.cli_corpus", "relations_desktop.cli_events",
             "relations_desktop.selftest", "relations_desktop.__main__", "relations_desktop.packaging",
             "relations_desktop.system_libraries")),
]
# Run headless (no display, no Qt installed would do): everything below the interface.
CORE_LAYERS = ("base", "i18n", "corpus", "store", "present", "export")
# Not part of the app: the wheel build's hook (needs hatchling).
NOT_IMPORTED = {"relations_desktop.i18n.build_hook"}
MAX_MODULE_LINES = 500


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(SRC.rglob("*.py"))}


def layer_of(module: str) -> str:
    best = ""
    found = None
    for layer, prefixes in LAYERS:
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > len(best):
                best, found = prefix, layer
    assert found is not None, f"{module} belongs to no layer: add it to LAYERS (and docs/architecture.md)"
    return found


def imports_of(module: str, tree: ast.Module | None = None) -> set[str]:
    """Our modules that ``module`` imports anywhere in it (top level, in functions, for typing)."""
    tree = tree or ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{module}:{node.lineno}: the package imports absolutely"
            base = node.module or ""
            names = [f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in MODULES] or [base]
        else:
            continue
        for name in names:
            while name and name not in MODULES:
                name = name.rpartition(".")[0]
            if name.startswith(PACKAGE) and name != module:
                found.add(name)
    return found


GRAPH = {m: imports_of(m) for m in MODULES}


def test_every_module_belongs_to_a_layer_and_says_what_it_does():
    for module, path in MODULES.items():
        layer_of(module)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), f"{module} has no docstring saying its job"


def test_layers_import_only_downwards():
    order = [name for name, _ in LAYERS]
    wrong = sorted((m, dep) for m, deps in GRAPH.items() for dep in deps
                   if order.index(layer_of(dep)) > order.index(layer_of(m)))
    assert wrong == []


def test_the_interface_reaches_the_corpus_only_through_store_and_present():
    wrong = sorted((m, dep) for m, deps in GRAPH.items() if layer_of(m) == "ui" for dep in deps
                   if layer_of(dep) == "corpus")
    assert wrong == []


def test_no_import_cycles():
    # Tarjan's strongly connected components: any with more than one module is a cycle.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(GRAPH[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(GRAPH):
        if module not in index:
            visit(module)
    assert cycles == []


def test_the_core_never_loads_qt():
    core = sorted(m for m in MODULES if layer_of(m) in CORE_LAYERS and m not in NOT_IMPORTED)
    assert len(core) > 30
    script = ("import importlib, sys\n"
              f"for name in {core!r}:\n"
              "    importlib.import_module(name)\n"
              "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.split() == []


def _ui_calls(attr: str) -> list[tuple[str, int, str]]:
    """Calls ``x.attr("literal", …)`` in the interface's modules."""
    found = []
    for module, path in MODULES.items():
        if layer_of(module) != "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == attr
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append((module, node.lineno, node.args[0].value))
    return found


def test_the_interface_writes_no_sql():
    assert _ui_calls("execute") + _ui_calls("executemany") == []


@pytest.mark.parametrize("attr", ["value", "setValue", "remove"])
def test_only_ui_settings_names_a_settings_key(attr):
    assert [c for c in _ui_calls(attr) if c[0] != "relations_desktop.ui.settings"] == []


def test_no_module_is_longer_than_the_rule():
    lines = {m: len(p.read_text(encoding="utf-8").splitlines()) for m, p in MODULES.items()}
    assert {m: n for m, n in lines.items() if n > MAX_MODULE_LINES} == {}
