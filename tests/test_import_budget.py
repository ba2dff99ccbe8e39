"""The export paths start fast: modules they have no use for are never imported on them."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Textual is the terminal UI; dataclasses and inspect (which dataclasses imports) are the heavy
# modules a convenience would pull in by the side door.
UNWANTED = ("textual", "dataclasses", "inspect")


def imported_modules(*args: str) -> set[str]:
    """Every module `python -m tui ARGS` imports, as `-X importtime` lists them on stderr."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "tui", *args],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [line for line in result.stderr.splitlines() if line.startswith("import time:")]
    assert len(lines) > 1, result.stderr  # the header and at least one module
    return {line.rpartition("|")[2].strip() for line in lines[1:]}


@pytest.mark.parametrize("flag", ["--json", "--html", "--csv"])
def test_exporting_the_seeds_imports_no_ui_dataclasses_or_inspect(flag):
    modules = imported_modules(flag, "-")
    assert "tui.core.comparison" in modules  # the run did compare
    loaded = sorted(name for name in modules if name.split(".")[0] in UNWANTED)
    assert loaded == []
