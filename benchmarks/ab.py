"""Interleaved A/B timing of two checkouts of newsdiff on the same input.

Run: `python benchmarks/ab.py A_ROOT B_ROOT` (paths to the roots of two checkouts; add
`--runs N`, `--versions V --sentences S` for the made-up story's size, `--samples` for the
sample articles instead, `--process` for whole `python -m tui --json` runs instead of
compare() alone).

Each checkout runs in processes of its own with its root first on sys.path, so each is timed
with its own code on the same files. The two take turns, A B B A A B ..., so that the load of
other work on a shared machine falls on both alike. Printed: the medians of the wall time and
of the CPU time (with forked children's; other work moves it less), their ratios, and the
median of the ratios of each turn's pair. For compare(), one process per checkout lives
through all its runs, having compared once untimed (imports, caches), as benchmark.py times it;
the machine's reference speed is printed before and after, as benchmark.py prints it.
"""

from __future__ import annotations

import argparse
import inspect
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import benchmark  # noqa: E402
import corpus  # noqa: E402

# The child: compares once untimed, says where its code comes from, then times one compare()
# per line read, until its input ends: wall and CPU seconds (its own and its forked children's,
# by benchmark.py's cpu_seconds, whose source it is given).
CHILD = """
import resource, sys, time
root, paths = sys.argv[1], sys.argv[2:]
sys.path.insert(0, root)
import tui
from tui.core.comparison import compare
from tui.core.documents import load_documents
documents = load_documents(paths)
compare(documents)
print(tui.__file__, flush=True)
for _ in sys.stdin:
    before, start = cpu_seconds(), time.perf_counter()
    compare(documents)
    print(time.perf_counter() - start, cpu_seconds() - before, flush=True)
"""


def _checked(root: Path, source: str) -> str:
    """Where a child found tui, which must be in its checkout."""
    if not source.startswith(str(root)):
        raise SystemExit(f"{root}: its child imported tui from {source}")
    return source


class Compare:
    """A long-lived process of one checkout timing compare() on request."""

    def __init__(self, root: Path, paths: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                inspect.getsource(benchmark.cpu_seconds) + CHILD,
                str(root),
                *paths,
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.source = _checked(root, self._answer())

    def _answer(self) -> str:
        assert self.process.stdout
        answer = self.process.stdout.readline().strip()
        if not answer:
            raise SystemExit(f"the child ended with status {self.process.wait()}")
        return answer

    def seconds(self) -> tuple[float, float]:
        assert self.process.stdin
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        wall, cpu = self._answer().split()
        return float(wall), float(cpu)

    def close(self) -> None:
        assert self.process.stdin
        self.process.stdin.close()
        self.process.wait()


class WholeProcess:
    """One checkout's `python -m tui --json` timed as a user runs it, from another folder."""

    def __init__(self, root: Path, paths: list[str], env: dict[str, str], folder: str) -> None:
        self.command = [sys.executable, "-m", "tui", "--json", "out.json", "--force", *paths]
        self.env = {**env, "PYTHONPATH": str(root)}
        self.folder = folder
        where = [sys.executable, "-c", "import tui; print(tui.__file__)"]
        found = subprocess.run(
            where, check=True, capture_output=True, text=True, cwd=folder, env=self.env
        )
        self.source = _checked(root, found.stdout.strip())
        self.seconds()  # a first run writes the bytecode cache

    def seconds(self) -> tuple[float, float]:
        return benchmark.timed_run(self.command, self.folder, self.env)

    def close(self) -> None:
        pass


def inputs(args: argparse.Namespace, folder: Path) -> list[str]:
    """The files both checkouts read: the sample articles or a made-up story."""
    if args.samples:
        return sorted(str(path) for path in corpus.SEEDS.glob("*.txt"))
    paths = []
    for document in corpus.make_versions(args.versions, args.sentences):
        path = folder / document.name
        path.write_text(document.text, encoding="utf-8")
        paths.append(str(path))
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", type=Path, help="root of checkout A (the reference)")
    parser.add_argument("b", type=Path, help="root of checkout B")
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each (default 9)")
    parser.add_argument("--versions", type=int, default=5)
    parser.add_argument("--sentences", type=int, default=1000)
    parser.add_argument("--samples", action="store_true", help="the sample articles")
    parser.add_argument("--process", action="store_true", help="whole `python -m tui --json`")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        paths = inputs(args, Path(folder))
        # Bytecode of both checkouts cached here, not written into them.
        env = {**os.environ, "PYTHONPYCACHEPREFIX": str(Path(folder) / "pycache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        roots = [args.a.resolve(), args.b.resolve()]
        if args.process:
            timers = [WholeProcess(root, paths, env, folder) for root in roots]
        else:
            timers = [Compare(root, paths, env) for root in roots]
        print(*benchmark.machine_figures())
        times: list[list[tuple[float, float]]] = [[], []]
        for run in range(args.runs):
            for side in (0, 1) if run % 2 == 0 else (1, 0):
                times[side].append(timers[side].seconds())
        for timer in timers:
            timer.close()
        print(*benchmark.machine_figures())
    what = "whole processes" if args.process else "compare()"
    size = "the samples" if args.samples else f"{args.versions} x {args.sentences} sentences"
    print(f"\n{what} on {size}, {args.runs} runs of each, taking turns; medians (and minimums)")
    for name, timer, taken in zip("AB", timers, times, strict=True):
        walls, cpus = zip(*taken, strict=True)
        print(
            f"{name} {timer.source:<44} wall {statistics.median(walls):7.3f} s ({min(walls):.3f})"
            f"   CPU {statistics.median(cpus):7.3f} s ({min(cpus):.3f})"
        )
    for kind, at in (("wall", 0), ("CPU", 1)):
        a, b = ([run[at] for run in taken] for taken in times)
        medians = statistics.median(b) / statistics.median(a)
        paired = statistics.median(y / x for x, y in zip(a, b, strict=True))
        print(f"B / A, {kind}: {medians:.2f}x the medians, {paired:.2f}x the median of the pairs")


if __name__ == "__main__":
    main()
