"""The core stays plain Python: the CLI, benchmarks and tests use it without Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "tracker"


def test_no_module_under_tracker_imports_qt():
    """PySide6 nowhere; `ui` only lazily, inside the CLI's `gui` command that starts it."""
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "PySide6"]
        for node in tree.body:
            if isinstance(node, ast.Import | ast.ImportFrom):
                module = node.module if isinstance(node, ast.ImportFrom) else node.names[0].name
                if module and module.split(".")[0] == "ui":
                    offenders.append(f"{path.name}: {module} at module level")
    assert offenders == []


def test_cli_commands_other_than_gui_load_without_qt():
    code = (
        "import sys; from tracker import cli, importing, dates; "
        "from tracker.export import xlsx; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(CORE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    """Every module this file imports at any level (top, inside a function, under
    TYPE_CHECKING), relative imports resolved. `from pkg import name` counts as
    importing `pkg.name` when that is a module, else `pkg`."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in modules else target)
    return found


def _import_graph() -> dict[str, set[str]]:
    paths = sorted(CORE.rglob("*.py"))
    modules = {_module_name(p) for p in paths}
    return {_module_name(p): _imports(p, modules) for p in paths}


def test_no_two_modules_of_tracker_import_each_other():
    """A cycle, even through a lazy import or a type hint, means two modules share a
    piece that belongs in one of them (or in a small module of its own)."""
    graph = _import_graph()
    edges = {
        (module, target)
        for module, targets in graph.items()
        for target in targets
        if target in graph and target != module
    }
    # Cycles of any length: a module that can reach itself.
    cycles = set()
    for start in graph:
        seen, stack = set(), [(start, (start,))]
        while stack:
            here, trail = stack.pop()
            for a, b in edges:
                if a != here:
                    continue
                if b == start:
                    cycles.add(" -> ".join((*trail, b)))
                elif b not in seen:
                    seen.add(b)
                    stack.append((b, (*trail, b)))
    assert sorted(cycles) == []


def test_the_store_does_not_reach_up_to_a_layer_above_it():
    above = ("tracker.hints", "tracker.importing", "tracker.cli", "ui")
    offenders = [
        f"{module} imports {target}"
        for module, targets in _import_graph().items()
        if module == "tracker.store" or module.startswith("tracker.store.")
        for target in targets
        if any(target == a or target.startswith(a + ".") for a in above)
    ]
    assert offenders == []


def test_the_hints_ask_the_store_by_name():
    """tracker/hints.py builds no SQL and touches no model: tracker/store/hint_queries.py
    answers its questions."""
    imported = _import_graph()["tracker.hints"]
    assert imported & {"tracker.store.sql", "tracker.store.models", "peewee"} == set()


def test_no_module_of_the_core_or_the_window_is_over_800_lines():
    """A newcomer finds one idea per module; a file past 800 lines holds several."""
    root = CORE.parent
    too_long = {
        str(path.relative_to(root)): lines
        for folder in ("tracker", "ui")
        for path in (root / folder).rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 800
    }
    assert too_long == {}


def test_the_main_window_only_builds_and_wires():
    """Flows live in their controllers (ui/flows/), not in the window class."""
    window = CORE.parent / "ui" / "main_window.py"
    assert len(window.read_text(encoding="utf-8").splitlines()) <= 400
