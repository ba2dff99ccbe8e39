"""The tree stays readable: modules small enough to read whole, and the engine free of the UI."""

from __future__ import annotations

import ast
from pathlib import Path

TUI = Path(__file__).resolve().parent.parent / "tui"
MAX_LINES = 600  # past this a module holds more than one job: split it along its seams


def test_no_module_is_over_600_lines():
    long = {
        str(path.relative_to(TUI)): count
        for path in TUI.rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_the_engine_never_imports_textual():
    importing = []
    for path in (TUI / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(
                name.split(".")[0] == "textual"
                or name.startswith(("tui.app", "tui.screens", "tui.widgets"))
                for name in names
            ):
                importing.append(str(path.relative_to(TUI)))
    assert importing == []
