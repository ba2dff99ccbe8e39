"""The `newsdiff` command line: argument parsing, exit statuses, the --json/--html/--csv paths.

The export paths never import Textual: they must finish quickly in scripts.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING

from tui import __version__
from tui.core import collector

if TYPE_CHECKING:
    import threading

    from tui.core.documents import Inputs
    from tui.core.model import Comparison, Document
    from tui.core.spare_core import Background

EXIT_OK = 0
EXIT_INPUT = 2  # unreadable or unusable input, unwritable output
EXIT_INTERRUPTED = 130  # ctrl+c, as shells report it
EXIT_BROKEN_PIPE = 141  # the reader of stdout left early (`| head`), as shells report SIGPIPE
EXIT_SIGNAL = 128  # + the signal's number for SIGTERM (143) and SIGHUP (129), as shells report it


def _threshold(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:  # also refuses nan
        raise argparse.ArgumentTypeError(f"{text!r} is not a number from 0 to 1")
    return value


_MAX_TIMEOUT = 3600.0  # more than any page needs; far larger values overflow socket timeouts


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 < value <= _MAX_TIMEOUT:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number of seconds from 0 to {_MAX_TIMEOUT:g}"
        )
    return value


def _saved_threshold() -> float:
    from tui.settings import load_settings, settings_path

    return load_settings(settings_path())[0].threshold


def _terminal_width() -> int:
    """`shutil.get_terminal_size().columns`: $COLUMNS, else the terminal's, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):  # no stdout, or not a terminal
            columns = 0
    return columns or 80


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's, told the terminal's width. Left to find it, argparse imports `shutil` (and the
    compression modules `shutil` imports) on every run, for help it rarely prints."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_terminal_width() - 2)  # - 2, as argparse's own


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdiff",
        formatter_class=_HelpFormatter,
        description="Compare several versions of the same news story side by side.",
        epilog="With no INPUTS, newsdiff opens its five sample articles. NAME=INPUT gives a "
        "version a name of your own; write a file whose name holds '=' as a path: ./a=b.txt.",
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUTS",
        help="text files (.txt), saved web pages (.html), http(s):// addresses, or folders of "
        "files",
    )
    parser.add_argument(
        "--label",
        action="append",
        default=[],
        metavar="NAME",
        help="name the versions in order: the first --label names the first version, and so on",
    )
    parser.add_argument(
        "--json", metavar="OUT", help="write the alignment as JSON to OUT ('-' for stdout) and exit"
    )
    parser.add_argument(
        "--html",
        metavar="OUT",
        help="write a self-contained HTML page of the comparison to OUT ('-' for stdout) and exit",
    )
    parser.add_argument(
        "--csv",
        metavar="OUT",
        help="write the story table (a row per passage, a column per version) as CSV to OUT "
        "('-' for stdout) and exit",
    )
    parser.add_argument(
        "--threshold",
        type=_threshold,
        default=None,
        metavar="T",
        help="similarity threshold, 0..1 (default 0.40)",
    )
    parser.add_argument(
        "--force", action="store_true", help="let --json/--html/--csv replace an existing file"
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        metavar="S",
        # The default is the documents package's DEFAULT_TIMEOUT, not imported here: the engine
        # is imported once the collector is paused for the run (see _batch_memory).
        help="seconds a web page may take to arrive (default 20)",
    )
    parser.add_argument(
        "--refresh",
        action="store_true",
        help="fetch web pages again rather than read them from newsdiff's cache",
    )
    parser.add_argument("--version", action="version", version=f"newsdiff {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        return run(build_parser().parse_intermixed_args(argv))
    except KeyboardInterrupt:
        print("newsdiff: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except _Stopped as stopped:
        with contextlib.suppress(OSError):  # after a hang-up, the terminal may be gone
            print(f"newsdiff: stopped by {signal.Signals(stopped.signum).name}", file=sys.stderr)
        return EXIT_SIGNAL + stopped.signum
    except BrokenPipeError:
        # Quiet, like other tools in a pipeline. What is still buffered for stdout goes to
        # /dev/null, so the interpreter's last flush does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


def _check_outputs(args: argparse.Namespace, inputs: Sequence[str]) -> None:
    """Refuse a bad --json/--html/--csv target before the comparison, not after minutes of work.

    An export never replaces one of the articles it compares, whatever --force says.
    """
    from tui.core.output import OutputError, check_target

    given = _exports(args)
    for i, (flag, target) in enumerate(given):
        for other_flag, other in given[i + 1 :]:
            if target == other or _same_target(target, other):
                shown = "standard output" if target == "-" else target
                raise OutputError(
                    f"{shown}: given to both {flag} and {other_flag}; choose one for each"
                )
    for _, target in given:
        check_target(target, overwrite=args.force)
        if target != "-" and any(_same_file(target, path) for path in inputs):
            raise OutputError(f"{target}: is one of the inputs; choose another output file")


def _exports(args: argparse.Namespace) -> list[tuple[str, str]]:
    """(option, target) of each export asked for."""
    given = (("--json", args.json), ("--html", args.html), ("--csv", args.csv))
    return [(flag, target) for flag, target in given if target]


def _same_target(a: str, b: str) -> bool:
    """Two spellings of one output path, whether it exists yet or not."""
    return _absolute(a) == _absolute(b) or _same_file(a, b)


def _absolute(path: str) -> str:
    return os.path.abspath(os.path.expanduser(path))  # links are not followed: a loop cannot hang


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return False


@contextmanager
def _batch_memory() -> Iterator[None]:
    """Memory managed as suits an export: one short batch whose objects all live until it ends
    and that makes no reference cycles."""
    with collector.paused():
        try:
            yield
        finally:
            # What is still alive then (the engine's modules and caches) is moved out of the
            # collector's reach before it resumes: its first pass would walk all of it to free
            # nothing, and so would the interpreter's last, full collection at exit.
            # None of an export's objects needs a finalizer run (its files are closed by `with`).
            gc.freeze()


class _Stopped(BaseException):
    """SIGTERM or SIGHUP, raised wherever the export is, as ctrl+c raises KeyboardInterrupt: the
    same clean-up runs (a half-written temp file goes) before newsdiff exits."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, _frame: object) -> None:
    raise _Stopped(signum)


@contextmanager
def _stopped_as_by_ctrl_c() -> Iterator[None]:
    """SIGTERM (kill, timeout, a service manager) and SIGHUP (the terminal closed) would end the
    process at once, leaving a temp file behind, unless raised as an exception meanwhile."""
    previous = {signum: signal.signal(signum, _stop) for signum in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def run(args: argparse.Namespace) -> int:
    if not _exports(args):
        return _run(args, interactive=True)
    with _stopped_as_by_ctrl_c(), _batch_memory():
        return _run(args, interactive=False)


def _run(args: argparse.Namespace, *, interactive: bool) -> int:
    from tui.core.documents import DEFAULT_TIMEOUT, InputError, open_inputs
    from tui.core.output import OutputError, write_atomically

    args.timeout = args.timeout or DEFAULT_TIMEOUT

    threshold = args.threshold
    if threshold is None and interactive:
        # The app resumes at the threshold saved from the last session (exports stay
        # reproducible at the default); aligning once at the right one spares a realign.
        threshold = _saved_threshold()
    try:
        inputs = open_inputs(args.inputs, args.label)
        if interactive:
            return _open_app(inputs, args, threshold)
        _check_outputs(args, inputs.paths)
        documents = inputs.documents(
            timeout=args.timeout, refresh=args.refresh, progress=_tell_progress
        )
        comparison = _compare(documents, threshold)
        if args.json:
            from tui.core.export_json import to_json

            write_atomically(args.json, to_json(comparison), overwrite=args.force)
        if args.html:
            from tui.core.export_html import to_html

            write_atomically(args.html, to_html(comparison), overwrite=args.force)
        if args.csv:
            from tui.core.export_csv import to_csv

            write_atomically(args.csv, to_csv(comparison), overwrite=args.force)
        return EXIT_OK
    except (InputError, OutputError) as error:
        print(f"newsdiff: {error}", file=sys.stderr)
        return EXIT_INPUT


def _tell_progress(url: str, what: str) -> None:
    """A page's progress on stderr: stdout may be the export."""
    from tui.core.documents import printable

    print(f"newsdiff: {printable(url)}: {what}", file=sys.stderr)


def _compare(documents: Sequence[Document], threshold: float | None) -> Comparison:
    from tui.core.comparison import compare

    return compare(documents) if threshold is None else compare(documents, threshold)


def _open_app(inputs: Inputs, args: argparse.Namespace, threshold: float) -> int:
    """Textual is imported on this core while a forked child compares on the other: the app
    itself imports no part of the engine but the model, so the two halves of the start-up
    overlap instead of adding up (where no child can be forked, they run one after the other).
    A comparison not ready by then does not hold the first frame back: the app shows the
    versions' text at once and the alignment when it comes (`aligning`).
    With web pages to fetch, the app starts at once on a loading screen instead."""
    # An explicit --threshold wins over the one saved from the last session.
    use_saved_threshold = args.threshold is None
    if inputs.urls:
        return _open_app_loading(inputs, args, threshold, use_saved_threshold)
    from tui.core.spare_core import Background

    documents = inputs.documents()
    with Background(partial(_compare, documents, threshold)) as comparing:
        from tui.app import NewsdiffApp

        if comparing.ready() or not comparing.forked:
            app = NewsdiffApp(comparing.result(), use_saved_threshold=use_saved_threshold)
        else:
            from tui.core.versions import draft

            app = NewsdiffApp(
                draft(documents, threshold),
                use_saved_threshold=use_saved_threshold,
                aligning=partial(_received, comparing),
            )
        app.run()
    return app.return_code or EXIT_OK  # a crash, its traceback printed by Textual, is no success


def _received(comparing: Background[Comparison], stopped: Callable[[], bool]) -> Comparison | None:
    """The child's comparison, or None when `stopped` first."""
    from tui.core.spare_core import Abandoned

    try:
        with collector.paused():  # its many objects form no cycles
            return comparing.result(stopped)
    except Abandoned:
        return None


def _open_app_loading(
    inputs: Inputs, args: argparse.Namespace, threshold: float, use_saved_threshold: bool
) -> int:
    from tui.app import NewsdiffApp
    from tui.core.documents import InputError
    from tui.screens.loading import LoadingScreen

    def load(progress: Callable[[str, str], None], stop: threading.Event) -> Comparison:
        documents = inputs.documents(
            timeout=args.timeout, refresh=args.refresh, progress=progress, stop=stop
        )
        return _compare(documents, threshold)

    loading = LoadingScreen(inputs.urls, load)
    app = NewsdiffApp(None, use_saved_threshold=use_saved_threshold, loading=loading)
    app.run()
    if loading.failure:
        raise InputError(loading.failure)
    if app.comparison is None:  # quit before the pages came
        raise KeyboardInterrupt
    return EXIT_OK
