"""docs/reliability.md names the test behind each fault it lists; those tests must exist,
so the page cannot claim a check that was removed or renamed."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).parent.parent
PAGE = ROOT / "docs" / "reliability.md"
NODE = re.compile(r"\b(tests/[\w/]+\.py)::(\w+)(?:\[[^\]\s`|]*\])?")


def _test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test")
    }


def test_every_test_the_reliability_page_names_exists():
    named = NODE.findall(PAGE.read_text(encoding="utf-8"))
    assert len(named) >= 20, "the page should name the tests behind its rows"
    missing = [
        f"{file}::{name}"
        for file, name in named
        if not (ROOT / file).is_file() or name not in _test_names(ROOT / file)
    ]
    assert not missing, f"docs/reliability.md names tests that do not exist: {missing}"


def test_every_row_of_the_fault_tables_names_a_test():
    rows = [
        line
        for line in PAGE.read_text(encoding="utf-8").splitlines()
        if line.startswith("|") and not set(line) <= set("|-: ")
    ]
    body = [r for r in rows if not r.lower().startswith("| fault")]
    assert body
    without = [r for r in body if not NODE.search(r)]
    assert not without, f"rows that name no test: {without}"
