"""Benchmark of the HTML export: export time, page size and Chromium load time for 5 × 1,000.

Run standalone (`python benchmarks/bench_html.py`) or through `benchmarks/benchmark.py`, which calls run().
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import make_versions

from tui.core.comparison import compare
from tui.core.export_html import to_html
from tui.core.model import Comparison

VERSIONS = 5
SENTENCES = 1000
EXPORT_RUNS = 5
LOAD_RUNS = 3
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def big_comparison(versions: int = VERSIONS, sentences: int = SENTENCES) -> Comparison:
    """`versions` versions of `sentences` sentences each, as the segmenter counts them."""
    return compare(make_versions(versions, sentences))


def export_seconds(comparison: Comparison, runs: int = EXPORT_RUNS) -> tuple[float, float, str]:
    """Median wall-clock and CPU seconds of `to_html`, and the page."""
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        page = to_html(comparison)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(wall), statistics.median(cpu), page


def load_event_seconds(path: Path, runs: int = LOAD_RUNS) -> float | None:
    """Median time from navigation start to the load event in Chromium; None without it."""
    if not CHROMIUM.exists():
        return None
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            for _ in range(runs):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.goto(path.as_uri(), wait_until="load")
                load_end = page.evaluate(
                    "performance.getEntriesByType('navigation')[0].loadEventEnd"
                )
                times.append(load_end / 1000)
                page.close()
        finally:
            browser.close()
    return statistics.median(times)


def _line(name: str, value: str, target: str = "") -> str:
    return f"{name:<52} {value:>14}   {target}"  # the shape of benchmark.py's lines


def run() -> list[str]:
    comparison = big_comparison()
    counts = [len(v.sentences) for v in comparison.versions]
    wall, cpu, page = export_seconds(comparison)
    size = len(page.encode("utf-8"))
    lines = [
        f"  input: {len(counts)} versions of {min(counts)}–{max(counts)} sentences, "
        f"{len(comparison.passages)} passages, {len(comparison.entities)} entities",
        _line(
            f"to_html, 5 x ~{SENTENCES:,} sentences (median of {EXPORT_RUNS})",
            f"{wall:.3f} s",
            "< 2 s",
        ),
        _line("  of which CPU time", f"{cpu:.3f} s"),
        _line("page size", f"{size / 1_048_576:.1f} MiB"),
    ]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.html"
        path.write_text(page, encoding="utf-8")
        loaded = load_event_seconds(path)
    name = f"Chromium load event of that page (median of {LOAD_RUNS})"
    if loaded is None:
        lines.append(_line(name, "not run", f"{CHROMIUM} is missing"))
    else:
        lines.append(_line(name, f"{loaded:.3f} s", "< 2 s"))
    return lines


if __name__ == "__main__":
    for line in run():
        print(line)
