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


def test_an_export_run_collects_nothing_while_python_m_tui_runs():
    # Counted while `python -m tui`'s main module runs (before it, the interpreter loads what
    # it needs to start, which the module cannot help).
    code = (
        "import atexit, gc, os, runpy, sys\n"
        "MAIN = os.path.join('tui', '__main__.py')\n"
        "def in_main():\n"
        "    frame = sys._getframe()\n"
        "    while frame and not frame.f_code.co_filename.endswith(MAIN):\n"
        "        frame = frame.f_back\n"
        "    return frame is not None\n"
        "passes = []\n"
        "gc.callbacks.append(lambda phase, info: phase == 'start' and in_main() and passes.append(1))\n"
        "atexit.register(lambda: print(len(passes), file=sys.stderr))\n"
        "sys.argv = ['tui', '--json', '-']\n"
        "runpy.run_module('tui', run_name='__main__', alter_sys=True)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "0"
