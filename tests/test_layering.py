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
