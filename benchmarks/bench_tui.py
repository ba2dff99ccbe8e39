"""Speed of the terminal app: launch to first paint against a one-line Textual app, and the
first screen and key repaints with 5 versions of about 1,000 sentences each.

`run()` returns printable lines (benchmark.py calls it); `python benchmarks/bench_tui.py` prints them.
"""

from __future__ import annotations

import asyncio
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Static

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # corpus.py, when run as a script
sys.path.insert(0, str(HERE.parent))

LAUNCHES = 7  # child processes per app for the launch comparison
PRESSES = 100  # key presses per key for the repaint timings
LARGE_VERSIONS = 5
LARGE_SENTENCES = 1000  # at least this many sentences in each large version
SIZE = (200, 50)

# Each child prints the wall-clock time of its first painted screen, then exits.
MINIMAL_CHILD = """
from textual.app import App
from textual.widgets import Static

class Minimal(App):
    def compose(self):
        yield Static("newsdiff")

async def painted(pilot):
    await pilot.pause()
    print(__import__("time").time(), flush=True)
    pilot.app.exit()

Minimal().run(headless=True, size=(200, 50), auto_pilot=painted)
"""

# newsdiff goes the user's way: the `newsdiff` command with the child's arguments, the samples
# when none (settings, comparison, app). Only App.run is given the headless size and the exit,
# when the command itself imports Textual (importing it earlier would change what the launch
# does). The child prints the time of its first painted frame and the CPU time this process
# (not its forked child) spent to it, then the time of the first frame that shows the alignment
# (the same frame when the comparison was ready before the app started).
NEWSDIFF_CHILD = """
import sys
import time
from functools import partialmethod
from importlib.machinery import PathFinder

async def painted(pilot):
    await pilot.pause()
    print(time.time(), time.process_time(), flush=True)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    print(time.time(), flush=True)
    pilot.app.exit()

class PatchAppRun:
    def find_spec(self, name, path=None, target=None):
        if name != "textual.app":
            return None
        sys.meta_path.remove(self)
        spec = PathFinder.find_spec(name, path)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            module.App.run = partialmethod(
                module.App.run, headless=True, size=(200, 50), auto_pilot=painted
            )

        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, PatchAppRun())

from tui.cli import main

raise SystemExit(main(sys.argv[1:]))
"""


# What the command does before its app (saved threshold, seeds, comparison), then the one-line
# app: how much of newsdiff's launch is the engine's, and so the least the app can bring it to.
ENGINE_CHILD = (
    """
from tui.cli import _saved_threshold
from tui.core.comparison import compare
from tui.core.documents import load_documents

comparison = compare(load_documents([]), _saved_threshold())
"""
    + MINIMAL_CHILD
)


def launch_seconds(child: str, config: str, *args: str) -> float:
    """Seconds from starting a Python process to its first painted screen (`args`: the child's
    command-line arguments, such as the files newsdiff is given)."""
    return launch_times(child, config, *args)[0][0]


def launch_times(child: str, config: str, *args: str) -> tuple[list[float], float, float]:
    """Seconds from starting a Python process to each time it prints; the CPU seconds it says
    it spent to its first; and the CPU seconds it and its own children spent in all."""
    env = {**os.environ, "NEWSDIFF_CONFIG_DIR": config}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", child, *args], capture_output=True, text=True, env=env, check=True
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    lines = [line.split() for line in done.stdout.splitlines() if line.strip()]
    lines = lines[-2:] if child is NEWSDIFF_CHILD else lines[-1:]  # the times come last
    first = lines[0]
    return [float(line[0]) - started for line in lines], float(first[-1]), cpu


def launch_lines() -> list[str]:
    from tui.settings import SETTINGS_FILE, Settings, save_settings

    with tempfile.TemporaryDirectory() as config:
        save_settings(Settings(), Path(config) / SETTINGS_FILE)  # a saved file, as users have
        minimal, newsdiff, engine = [], [], []
        for _ in range(LAUNCHES):  # interleaved, so all see the same machine load
            minimal.append(launch_seconds(MINIMAL_CHILD, config))
            newsdiff.append(launch_seconds(NEWSDIFF_CHILD, config))
            engine.append(launch_seconds(ENGINE_CHILD, config))
    low, high = statistics.median(minimal), statistics.median(newsdiff)
    ratio = high / low
    floor = statistics.median(engine)
    return [
        f"launch to first paint, median of {LAUNCHES} (separate processes, headless 200x50):",
        f"  one-line Textual app   {low * 1000:7.0f} ms",
        f"  newsdiff on the seeds  {high * 1000:7.0f} ms   ratio {ratio:.2f}x "
        f"(target <= 1.5x: {'met' if ratio <= 1.5 else 'NOT met'})",
        f"  the engine's part: its work, then the one-line app  {floor * 1000:7.0f} ms   "
        f"ratio {floor / low:.2f}x",
    ]


def large_comparison():
    from corpus import make_versions

    from tui.core.comparison import compare

    sentences = LARGE_SENTENCES
    while True:  # the corpus drops some facts per version: grow until every version is large
        documents = make_versions(LARGE_VERSIONS, sentences)
        started = time.perf_counter()
        comparison = compare(documents)
        seconds = time.perf_counter() - started
        if min(len(v.sentences) for v in comparison.versions) >= LARGE_SENTENCES:
            return comparison, seconds
        sentences = int(sentences * 1.3)


async def press_times(pilot, key: str) -> tuple[float, float]:
    """Median wall and CPU seconds of a key press and the repaint it causes.

    Pilot's press() and pause() each sleep in 20 ms steps until the process looks idle, so
    their wall time has a floor of about 60 ms whatever the app does (the one-line app shows
    it); the CPU time the process spends is the app's own cost of handling the key and repainting.
    """
    wall, cpu = [], []
    for _ in range(PRESSES):
        started, started_cpu = time.perf_counter(), time.process_time()
        await pilot.press(key)
        await pilot.pause()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(wall), statistics.median(cpu)


class OneLine(App):
    def compose(self) -> ComposeResult:
        yield Static("newsdiff")


async def floor_timings() -> tuple[float, float]:
    async with OneLine().run_test(size=SIZE) as pilot:
        await pilot.pause()
        return await press_times(pilot, "j")


async def large_timings(comparison) -> tuple[float, dict[str, tuple[float, float]]]:
    from tui.app import NewsdiffApp

    app = NewsdiffApp(comparison)
    started = time.perf_counter()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        first = time.perf_counter() - started
        medians = {}
        for key in ("n", "p", "j", "k"):
            medians[key] = await press_times(pilot, key)
    return first, medians


def large_lines() -> list[str]:
    previous = os.environ.get("NEWSDIFF_CONFIG_DIR")
    with tempfile.TemporaryDirectory() as config:
        os.environ["NEWSDIFF_CONFIG_DIR"] = config  # never touch the user's settings
        try:
            comparison, compare_seconds = large_comparison()
            first, medians = asyncio.run(large_timings(comparison))
            floor_wall, floor_cpu = asyncio.run(floor_timings())
        finally:
            if previous is None:
                del os.environ["NEWSDIFF_CONFIG_DIR"]
            else:
                os.environ["NEWSDIFF_CONFIG_DIR"] = previous
    counts = ", ".join(str(len(v.sentences)) for v in comparison.versions)
    lines = [
        f"{LARGE_VERSIONS} versions of {counts} sentences ({len(comparison.passages)} passages):",
        f"  compare() (the engine, before the app starts)  {compare_seconds:6.2f} s",
        f"  app start to first painted screen            {first:6.2f} s "
        f"(target < 3 s: {'met' if first < 3 else 'NOT met'})",
    ]
    lines.append(
        f"  key press + repaint, median of {PRESSES} Pilot presses (wall includes Pilot's"
        " idle-wait sleeps; CPU is the app's own work):"
    )
    lines.append(
        f"    one-line app, 'j'   wall {floor_wall * 1000:6.1f} ms   CPU {floor_cpu * 1000:5.1f} ms"
    )
    for key, (wall, cpu) in medians.items():
        verdict = "met" if cpu < 0.05 else "NOT met"
        lines.append(
            f"    newsdiff, '{key}'      wall {wall * 1000:6.1f} ms   CPU {cpu * 1000:5.1f} ms"
            f"   (target < 50 ms of repaint work: {verdict})"
        )
    return lines


def run() -> list[str]:
    return launch_lines() + large_lines()


if __name__ == "__main__":
    for line in run():
        print(line)
