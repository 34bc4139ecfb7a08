"""The shape of the package: no import cycles, small modules, short functions.

Imports are read from the source with ``ast`` (those inside functions too,
since a lazy import still ties two modules together; only ``TYPE_CHECKING``
blocks are left out, as they never run).
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

from .conftest import ROOT

SRC = ROOT / "src" / "lineage"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(path: Path) -> set[str]:
    """The lineage modules a module imports (resolved to modules, not names)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                continue
            if isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - (child.level - 1)]
                    base = ".".join([*anchor, base] if base else anchor)
                if base.startswith("lineage"):
                    found.add(base)
                    found.update(f"{base}.{a.name}" for a in child.names)
            elif isinstance(child, ast.Import):
                found.update(a.name for a in child.names if a.name.startswith("lineage"))
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _graph() -> nx.DiGraph:
    modules = {_module_name(p): p for p in SRC.rglob("*.py")}
    G = nx.DiGraph()
    G.add_nodes_from(modules)
    for name, path in modules.items():
        for target in _imports(path):
            if target in modules and target != name:
                G.add_edge(name, target)
    return G


def test_no_import_cycles() -> None:
    G = _graph()
    assert len(G) > 40  # every module was read
    assert list(nx.simple_cycles(G)) == []


def test_the_model_depends_on_nothing_but_exceptions_and_itself() -> None:
    G = _graph()
    for module in [m for m in G if m.startswith("lineage.model")]:
        for target in G.successors(module):
            assert target.startswith(("lineage.model", "lineage.exceptions", "lineage._html")), (
                module,
                target,
            )


def test_modules_are_small() -> None:
    long = {
        _module_name(p): n
        for p in SRC.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}


def test_functions_are_short() -> None:
    long = {}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                body = node.body
                start = (
                    body[1].lineno
                    if isinstance(body[0], ast.Expr) and len(body) > 1
                    else body[0].lineno
                )
                length = (node.end_lineno or start) - start + 1  # docstring excluded
                if length > MAX_FUNCTION_LINES:
                    long[f"{_module_name(path)}.{node.name}"] = length
    assert long == {}


def test_imports_are_resolved_to_modules() -> None:
    build = _imports(SRC / "graph" / "build.py")
    assert {"lineage.model", "lineage.graph.index"} <= build
    assert "lineage.graph.build" in _graph().successors("lineage.facade") or (
        "lineage.graph" in set(_graph().successors("lineage.facade"))
    )
