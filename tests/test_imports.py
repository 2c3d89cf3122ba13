"""The import graph of the package: no cycles, and the extraction never reaches for later stages."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "analysis"
FORBIDDEN_FROM_EXTRACT = ("analysis.review", "analysis.build", "analysis.views", "analysis.charts",
                          "analysis.pipeline", "analysis.distributed", "analysis.render")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[tuple[str, bool]]:
    """(imported module, imported at module level) of every analysis import in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _module_name(path).rsplit(".", 1)[0] if path.name != "__init__.py" else _module_name(path)
    top_level = {id(node) for node in tree.body}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            names = [f"{module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        found += [(n, id(node) in top_level) for n in names if n.startswith("analysis")]
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        edges = set()
        for imported, _ in _imports(path):
            while imported not in modules and "." in imported:
                imported = imported.rsplit(".", 1)[0]
            if imported in modules and imported != name:
                edges.add(imported)
        graph[name] = edges
    return graph


EXTRACTION = sorted(p for p in PACKAGE.rglob("*.py")
                    if p.parent.name == "extract" or p.stem in ("dates", "text", "vocabulary", "schema", "review", "pipeline"))


@pytest.mark.parametrize("path", EXTRACTION, ids=lambda p: _module_name(p))
def test_extraction_imports_only_at_module_level(path):
    hidden = [name for name, top in _imports(path) if not top]
    assert not hidden, f"imports inside function bodies in {path.name}: {hidden}"


def test_extract_never_imports_later_stages():
    graph = _graph()
    for module, edges in graph.items():
        if module.startswith("analysis.extract"):
            assert not [e for e in edges if e.startswith(FORBIDDEN_FROM_EXTRACT)], module
    assert "analysis.pipeline" not in graph["analysis.review"]


def test_no_import_cycles_among_the_extraction_modules():
    graph = _graph()
    names = {_module_name(p) for p in EXTRACTION}

    def visit(node: str, stack: list[str]) -> None:
        for nxt in sorted(graph[node] & names):
            assert nxt not in stack, " -> ".join([*stack, nxt])
            visit(nxt, [*stack, nxt])

    for name in sorted(names):
        visit(name, [name])


# The data flow, as layers: a module may import from its own layer or an earlier one, never a later one.
LAYERS = (
    ("analysis.paths", "analysis.errors", "analysis.yamlfile", "analysis.storage", "analysis.schema", "analysis.regex_cache",
     "analysis.prefilter",
     "analysis.prescan", "analysis.supersets"),
    ("analysis.dates", "analysis.corpus", "analysis.vocabulary", "analysis.text", "analysis.pages"),
    ("analysis.extract",),
    ("analysis.review",),
    ("analysis.pipeline", "analysis.claim_groups"),
    ("analysis.build",),
    ("analysis.views", "analysis.add", "analysis.remove", "analysis.synthetic"),
    ("analysis.charts",),
    ("analysis.render",),
    ("analysis.__main__", "analysis"),
)


def _layer(module: str) -> int:
    if module == "analysis":
        return len(LAYERS) - 1
    for i, prefixes in enumerate(LAYERS):
        if any(module == p or module.startswith(p + ".") for p in prefixes if p != "analysis"):
            return i
    raise AssertionError(f"{module} is in no layer of tests/test_imports.py::LAYERS; add it where it belongs")


def test_every_arrow_points_upstream():
    backwards = []
    for module, edges in _graph().items():
        for target in edges:
            if target == "analysis":
                continue                           # the package root re-exports; importing it is importing a name
            if _layer(target) > _layer(module):
                backwards.append(f"{module} -> {target}")
    assert not backwards, "imports against the data flow: " + ", ".join(sorted(backwards))


def test_no_import_cycles_in_the_package():
    graph = {m: {e for e in edges if e != "analysis"} for m, edges in _graph().items() if m != "analysis"}
    state: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            assert state.get(nxt) != 1, "import cycle: " + " -> ".join([*stack, nxt])
            if nxt not in state:
                visit(nxt, [*stack, nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
