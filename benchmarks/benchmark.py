"""newsdiff's speed, memory and alignment-quality figures, measured in one run and printed.

Run: `python benchmarks/benchmark.py` (add `--quick` for fewer repetitions and not the largest
text). Targets from the issues are printed beside each figure; nothing here fails a build:
timing on a shared machine is for people to read, not for asserts.
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import corpus  # noqa: E402
import quality  # noqa: E402

import tui.core.comparison as pipeline  # noqa: E402
from tui.core.comparison import compare  # noqa: E402
from tui.core.documents import load_documents  # noqa: E402
from tui.core.export_json import to_json  # noqa: E402
from tui.core.model import Document  # noqa: E402


def median_seconds(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def line(name: str, value: str, target: str = "") -> str:
    return f"{name:<52} {value:>14}   {target}"


def seeds_figures(runs: int) -> list[str]:
    documents = load_documents([])
    seconds = median_seconds(lambda: compare(documents), runs)
    comparison = compare(documents)
    return [
        line("seeds: load+split+align+diff+entities (median)", f"{seconds * 1000:.1f} ms", "< 100 ms"),
        line("seeds: passages / entities", f"{len(comparison.passages)} / {len(comparison.entities)}"),
    ]  # fmt: skip


DOUBLINGS = (1_000, 2_000, 4_000, 8_000, 16_000, 32_000)  # words per version
PER_DOUBLING = 2.2  # issue 13: time per doubling of the text at most this


def doubling_figures(runs: int, sizes: tuple[int, ...]) -> list[str]:
    """Time per doubling of the text: five versions of each size, on made-up stories whose
    vocabulary grows with their length as real text's does.

    The sizes are timed in turn, up and then down, so that the load of other work on a shared
    machine falls on all alike. Beside the wall time, the CPU time of this process and its
    forked children: the work done, which other work on the machine moves less, while the
    wall time also depends on whether the second core is free when a large comparison forks."""
    documents = {words: corpus.words_versions(5, words) for words in sizes}
    wall: dict[int, list[float]] = {words: [] for words in sizes}
    cpu: dict[int, list[float]] = {words: [] for words in sizes}
    found = {}
    for run in range(runs):
        for words in sizes if run % 2 == 0 else reversed(sizes):
            seconds, cpu_seconds, found[words] = _timed_compare(documents[words])
            wall[words].append(seconds)
            cpu[words].append(cpu_seconds)
    walls = [statistics.median(wall[words]) for words in sizes]
    cpus = [statistics.median(cpu[words]) for words in sizes]
    out = [
        f"  {'words per version':<20}{'wall':>8}{'x half':>8}{'CPU':>10}{'x half':>8}   link P / R"
    ]
    for i, words in enumerate(sizes):
        halves = [f"{t[i] / t[i - 1]:.2f}x" if i else "" for t in (walls, cpus)]
        out.append(
            f"  {words:<20,}{walls[i]:>7.2f}s{halves[0]:>8}{cpus[i]:>9.2f}s{halves[1]:>8}"
            f"   {found[words][0]:.3f} / {found[words][1]:.3f}"
        )
    fits = [_per_doubling(sizes, t) for t in (walls, cpus)]
    out.append(
        f"  {'per doubling, fitted':<20}{'':>8}{fits[0]:>7.2f}x{'':>10}{fits[1]:>7.2f}x"
        f"   target <= {PER_DOUBLING}x"
    )
    return out


def marks_figures() -> list[str]:
    """How much of the samples' passages the default marks cover, whether they hold what a
    reader came for (Reuters' "Anthony", "Jack" and "genuine", and every number discrepancy),
    and how many places the versions dispute where the reference gives none of the readings."""
    comparison = compare(load_documents([]))
    words = marked = 0
    found: dict[str, set[str]] = defaultdict(set)
    for passage in comparison.passages:
        for member in passage.members:
            version = comparison.versions[member.version]
            words += len(member.words)
            marked += sum(word.marked for word in member.words)
            found[version.label] |= {
                version.text[w.start : w.end] for w in member.words if w.marked
            }
    numbers = [
        span
        for p in comparison.passages
        for d in p.discrepancies
        if d.kind == "number"
        for span in d.spans
    ]
    numbers_marked = sum(
        comparison.versions[s.version].text[s.start : s.end]
        in found[comparison.versions[s.version].label]
        for s in numbers
    )
    wanted = {"Anthony", "Jack", "genuine"}
    without_reference = [
        d
        for p in comparison.passages
        for d in p.discrepancies
        if all(p.reference not in r.versions for r in d.readings)
    ]
    return [
        line("samples: words in passages marked by default", f"{marked / words:.1%}", "<= 30%"),
        line("  Reuters' Anthony, Jack, genuine marked", f"{len(wanted & found['Reuters'])}/3", "3/3"),
        line("  number discrepancy words marked", f"{numbers_marked}/{len(numbers)}", "all"),
        line("  discrepancies the reference takes no side in", f"{len(without_reference)}"),
        *(f"    {d.kind}: {d.summary}" for d in without_reference),
    ]  # fmt: skip


def versions_figures(runs: int) -> list[str]:
    """Time and JSON size as versions of one ~1,000-word story are added: wall and CPU time (of
    this process and its forked children), which other work on the machine moves less."""
    out, wall, cpu = [], {}, {}
    for versions in (20, 40):
        documents = corpus.words_versions(versions, 1000)
        timed = [_timed_compare(documents)[:2] for _ in range(runs)]
        wall[versions] = statistics.median(t[0] for t in timed)
        cpu[versions] = statistics.median(t[1] for t in timed)
        comparison = compare(documents)
        size = len(to_json(comparison).encode("utf-8"))
        given = sum(len(d.text.encode("utf-8")) for d in documents)
        precision, recall = corpus.fact_links(comparison)
        out.append(line(f"{versions} x 1000 words", f"{wall[versions]:.2f} s", f"CPU {cpu[versions]:.2f} s"))  # fmt: skip
        out.append(line("  JSON size / input size", f"{size / given:.1f}x", "<= 10x at 40"))
        out.append(line("  precision / recall against the known facts", f"{precision:.3f} / {recall:.3f}"))  # fmt: skip
    out.append(
        line("  time ratio 40 / 20 versions", f"{wall[40] / wall[20]:.2f}x",
             f"<= 2.5x   CPU {cpu[40] / cpu[20]:.2f}x")
    )  # fmt: skip
    return out


WIDE_VERSIONS = 50
FIRST_PAINT = 1.5  # issue 14: seconds to the first frame of 50 versions of 1,000 words, at most


def wide_app_figures(runs: int) -> list[str]:
    """The app on 50 versions of a ~1,000-word story: the `newsdiff` command given their files,
    from its start to the first painted frame of the panes (as a user starts it: the comparison
    made on the second core while Textual loads, the versions' text shown first when it is not
    ready by then) and to the first frame that shows the alignment, with the CPU time of the
    whole run; then, in this process, the parts of it (the comparison, and the app from its
    start to the first frame given the comparison) and what a key press costs, at first and on
    a repeat (a screen built once)."""
    import asyncio

    import bench_tui

    from tui.settings import SETTINGS_FILE, Settings, save_settings

    documents = corpus.words_versions(WIDE_VERSIONS, 1000)
    with tempfile.TemporaryDirectory() as folder:
        config = str(Path(folder) / "config")
        save_settings(Settings(), Path(config) / SETTINGS_FILE)
        paths = []
        for document in documents:
            path = Path(folder) / document.name
            path.write_text(document.text, encoding="utf-8")
            paths.append(str(path))
        launches = [
            bench_tui.launch_times(bench_tui.NEWSDIFF_CHILD, config, *paths) for _ in range(runs)
        ]
        previous = os.environ.get("NEWSDIFF_CONFIG_DIR")
        os.environ["NEWSDIFF_CONFIG_DIR"] = config  # never touch the user's settings
        try:
            comparing = median_seconds(lambda: compare(documents), runs)
            first, keys = asyncio.run(_wide_app(compare(documents), runs))
        finally:
            if previous is None:
                del os.environ["NEWSDIFF_CONFIG_DIR"]
            else:
                os.environ["NEWSDIFF_CONFIG_DIR"] = previous
    launch = statistics.median(times[0] for times, _, _ in launches)
    launch_cpu = statistics.median(cpu for _, cpu, _ in launches)
    aligned = statistics.median(times[-1] for times, _, _ in launches)
    cpu = statistics.median(cpu for _, _, cpu in launches)
    words = sum(len(d.text.split()) for d in documents) // WIDE_VERSIONS
    out = [
        line(f"newsdiff, {WIDE_VERSIONS} x ~{words} words: start to first paint", f"{launch:.2f} s",
             f"<= {FIRST_PAINT} s: {'met' if launch <= FIRST_PAINT else 'NOT met'}"),
        line("  its CPU time to first paint (not the forked child's)", f"{launch_cpu:.2f} s"),
        line("  start to the first frame with the alignment", f"{aligned:.2f} s",
             f"CPU of the whole run {cpu:.2f} s"),
        line("  compare() in this process", f"{comparing:.2f} s"),
        line("  app start to first paint, comparison given", f"{first:.2f} s"),
    ]  # fmt: skip
    for key, (once, again) in keys.items():
        out.append(line(f"  key {key!r} and its repaint, first / repeated", f"{once * 1000:.0f} / {again * 1000:.0f} ms"))  # fmt: skip
    return out


async def _wide_app(comparison, runs: int) -> tuple[float, dict[str, tuple[float, float]]]:
    """Seconds to the app's first frame, and per key its first press and the median of the
    repeated ones (each with its repaint; the screens it opens closed again)."""
    from tui.app import NewsdiffApp

    app = NewsdiffApp(comparison)
    started = time.perf_counter()
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        first = time.perf_counter() - started
        keys = {}
        for key, closing in (("n", None), ("p", None), ("enter", "escape"), ("m", "escape"), ("t", "escape"), ("w", None), ("v", "escape")):  # fmt: skip
            times = []
            for _ in range(max(2, runs)):
                started = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                times.append(time.perf_counter() - started)
                if closing:
                    await pilot.press(closing)
                    await pilot.pause()
            keys[key] = times[0], statistics.median(times[1:])
    return first, keys


def _per_doubling(sizes: tuple[int, ...], seconds: list[float]) -> float:
    """The factor per doubling of the power law fitted to the times (least squares on their
    logarithms): every size weighs in, so one disturbed run moves it less than a step does."""
    logs = [math.log2(n) for n in sizes], [math.log2(t) for t in seconds]
    return 2 ** statistics.linear_regression(*logs).slope


def _timed_compare(documents: list[Document]) -> tuple[float, float, tuple[float, float]]:
    """Wall and CPU seconds of one comparison, and its precision and recall against the known
    facts (the comparison is let go on return: the next size is timed without it in memory)."""
    before, start = cpu_seconds(), time.perf_counter()
    comparison = compare(documents)
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - before
    return seconds, cpu, corpus.fact_links(comparison)


def cpu_seconds() -> float:
    """User and system time of this process and its children that ended, so far."""
    return sum(
        usage.ru_utime + usage.ru_stime
        for usage in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    )


def scale_figures(runs: int) -> list[str]:
    out = []
    for versions, sentences in ((5, 1000), (20, 200)):
        documents = corpus.make_versions(versions, sentences)
        seconds = median_seconds(lambda d=documents: compare(d), runs)
        target = "< 3 s; <= 1.3x before issue 13 (ab.py)" if versions == 5 else "< 3 s"
        out.append(line(f"{versions} versions x {sentences} sentences", f"{seconds:.2f} s", target))
        precision, recall = corpus.fact_links(compare(documents))
        out.append(line("  precision / recall against the known facts", f"{precision:.3f} / {recall:.3f}"))  # fmt: skip
        if versions == 5:
            without = median_seconds(lambda d=documents: _compare_without_entities(d), runs)
            share = f"{(seconds - without) / seconds:.0%}"
            out.append(line("  of which entity extraction (with it less without)", share, "< 20%"))
    tracemalloc.start()
    compare(corpus.make_versions(5, 1000))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    out.append(line("5 x 1000 sentences: peak Python memory", f"{peak / 2**20:.0f} MiB"))
    return out


def _compare_without_entities(documents: list[Document]) -> None:
    """compare() with the entity scan and extraction left out (no people for the meeting rule,
    no entities): what the comparison costs without them, on the same cores."""
    saved = pipeline.before_alignment, pipeline.extract_entities
    pipeline.before_alignment = lambda versions: iter(([], None))  # no people, nothing scanned
    pipeline.extract_entities = lambda *args: ()
    try:
        compare(documents)
    finally:
        pipeline.before_alignment, pipeline.extract_entities = saved


def process_figures(runs: int) -> list[str]:
    """Whole-process time of `newsdiff --json` on five ~1,000-word versions and on the samples,
    wall and CPU (which other work on the machine moves less)."""
    with tempfile.TemporaryDirectory() as folder:
        paths = _written_versions(folder)
        words = sum(len(Path(p).read_text(encoding="utf-8").split()) for p in paths) // 5
        samples = [sys.executable, "-m", "tui", "--json", "out.json", "--force"]
        bare = [sys.executable, "-c", "pass"]
        env = _as_a_user()
        timed_run(samples, folder, env)  # writes the bytecode; run from another folder, as a user
        out = []
        for name, command, target in (
            (f"newsdiff --json, 5 x ~{words} words, whole process", [*samples, *paths], "< 200 ms"),
            ("newsdiff --json, the samples, whole process", samples, "< 200 ms"),
            ("  of which Python's own start (python -c pass)", bare, ""),
        ):
            walls, cpus = zip(*(timed_run(command, folder, env) for _ in range(runs)), strict=True)
            wall, cpu = statistics.median(walls) * 1000, statistics.median(cpus) * 1000
            out.append(line(name, f"{wall:.0f} ms", f"{target:<10} CPU {cpu:.0f} ms"))
    return out


def collatex_figures(runs: int) -> list[str]:
    """`newsdiff --json` against CollateX, whole processes on the same five ~1,000-word versions
    (issue 13: at least 100x faster). CollateX is no dependency of newsdiff: it runs only when
    COLLATEX_PYTHON names a Python that has it, and once, since one run takes most of a minute."""
    collatex = os.environ.get("COLLATEX_PYTHON")
    if not collatex:
        return [line("CollateX", "not run", "set COLLATEX_PYTHON to a Python with collatex")]
    with tempfile.TemporaryDirectory() as folder:
        paths = _written_versions(folder)
        env = _as_a_user()
        ours = [sys.executable, "-m", "tui", "--json", "out.json", "--force", *paths]
        timed_run(ours, folder, env)  # writes the bytecode, as a user's first run does
        walls, cpus = zip(*(timed_run(ours, folder, env) for _ in range(runs)), strict=True)
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        theirs = [collatex, str(HERE / "collatex_run.py"), *paths]
        their_wall, their_cpu = timed_run(theirs, folder, env, quiet=True)
    return [
        line("CollateX, 5 x ~1,000 words, whole process", f"{their_wall:.1f} s", f"CPU {their_cpu:.1f} s"),
        line("newsdiff --json on the same (median)", f"{wall * 1000:.0f} ms", f"CPU {cpu * 1000:.0f} ms"),
        line("CollateX / newsdiff, wall", f"{their_wall / wall:.0f}x", f">= 100x   CPU {their_cpu / cpu:.0f}x"),
    ]  # fmt: skip


def _written_versions(folder: str) -> list[str]:
    """The paths of five ~1,000-word versions written into `folder`."""
    paths = []
    for document in corpus.words_versions(5, 1000):
        path = Path(folder) / document.name
        path.write_text(document.text, encoding="utf-8")
        paths.append(str(path))
    return paths


def _as_a_user() -> dict[str, str]:
    """The environment a user runs newsdiff in: bytecode cached (a first run writes it)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed_run(
    command: list[str], folder: str, env: dict[str, str], quiet: bool = False
) -> tuple[float, float]:
    """Wall and CPU seconds of one run of `command`, in `folder`."""
    before, start = cpu_seconds(), time.perf_counter()
    subprocess.run(
        command, check=True, cwd=folder, env=env, stdout=subprocess.DEVNULL if quiet else None
    )
    return time.perf_counter() - start, cpu_seconds() - before


def optional_figures(module_name: str) -> list[str]:
    """Figures of the app and the HTML export, from their own benchmark modules."""
    try:
        module = __import__(module_name)
    except ImportError as error:
        return [line(module_name, f"not run ({error})")]
    return module.run()


def machine_figures() -> list[str]:
    """A fixed piece of pure-Python work: this shared machine's speed drifts by up to 2x within
    minutes, so the other figures are read against it (printed at the start and the end)."""

    def spin() -> None:
        total = 0
        for number in range(5_000_000):
            total += number

    seconds = median_seconds(spin, 3)
    return [line("reference: 5 million additions in pure Python", f"{seconds * 1000:.0f} ms")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, smaller texts")
    args = parser.parse_args()
    runs = 3 if args.quick else 7
    sizes = DOUBLINGS[:-1] if args.quick else DOUBLINGS
    sections = [
        ("Machine speed, at the start", machine_figures),
        ("Engine on the seeds", lambda: seeds_figures(runs * 3)),
        ("Alignment and entity quality (benchmarks/quality.py)", lambda: quality.run()[0]),
        ("Marks on the samples", marks_figures),
        ("Versions of one story", lambda: versions_figures(max(1, runs // 3))),
        ("Engine at scale", lambda: scale_figures(max(3, runs // 2))),
        ("Time per doubling of the text", lambda: doubling_figures(max(3, runs - 2), sizes)),
        ("Command line", lambda: process_figures(runs)),
        ("Against CollateX", lambda: collatex_figures(runs)),
        ("Terminal app", lambda: optional_figures("bench_tui")),
        (f"Terminal app at {WIDE_VERSIONS} versions", lambda: wide_app_figures(max(3, runs // 2))),
        ("HTML export", lambda: optional_figures("bench_html")),
        ("Machine speed, at the end", machine_figures),
    ]
    for title, figures in sections:
        print(f"\n{title}")
        for text in figures():
            print(text, flush=True)


if __name__ == "__main__":
    main()
