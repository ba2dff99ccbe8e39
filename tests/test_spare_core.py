"""The second core: forked work gives the sequential result, and never leaves a process behind."""

from __future__ import annotations

import os
import threading
import time

import pytest
from corpus import make_versions

from tui.core import align, comparison, spare_core
from tui.core.comparison import compare
from tui.core.documents import load_documents
from tui.core.export_json import to_json
from tui.core.spare_core import Abandoned, Background, split_map

pytestmark = pytest.mark.skipif(not spare_core.usable(), reason="needs Linux, 2 cores, no thread")


def test_background_work_runs_in_a_child_and_comes_back():
    parent = os.getpid()
    work = Background(os.getpid)
    assert work.forked
    child = work.result()
    assert child != parent
    with pytest.raises(ChildProcessError):
        os.waitpid(child, os.WNOHANG)  # reaped already


def test_a_failing_child_leaves_the_work_to_this_process():
    parent = os.getpid()

    def fails_in_the_child() -> int:
        if os.getpid() != parent:
            raise RuntimeError("lost")
        return 42

    assert Background(fails_in_the_child).result() == 42


def test_unwanted_or_threaded_work_stays_in_this_process():
    parent = os.getpid()
    assert Background(os.getpid, wanted=False).result() == parent
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        work = Background(os.getpid)
        assert not work.forked
        assert work.result() == parent
    finally:
        stop.set()
        other.join()


@pytest.mark.timing
def test_a_first_part_comes_while_the_child_computes_the_next():
    def parts():
        yield os.getpid()
        time.sleep(30)
        yield 0

    started = time.monotonic()
    with Background(parts, parts=2) as work:
        child = work.result(part=0)
        assert child == work._child
        assert time.monotonic() - started < 5
        assert work.result(part=0) == child  # received once
    with pytest.raises(ChildProcessError):
        os.waitpid(child, os.WNOHANG)  # stopped and reaped on leaving


def test_parts_a_child_did_not_send_are_computed_here():
    parent = os.getpid()

    def parts():
        yield "first"
        if os.getpid() != parent:
            raise RuntimeError("lost")
        yield os.getpid()

    work = Background(parts, parts=2)
    child = work._child
    assert work.result(part=0) == "first"
    assert work.result(part=1) == parent
    with pytest.raises(ChildProcessError):
        os.waitpid(child, os.WNOHANG)


def test_a_child_that_sent_every_part_is_reaped():
    work = Background(lambda: iter((1, os.getpid())), parts=2)
    assert work.result(part=0) == 1
    child = work.result(part=1)
    with pytest.raises(ChildProcessError):
        os.waitpid(child, os.WNOHANG)


@pytest.mark.timing
def test_a_child_left_behind_by_an_error_is_stopped_and_reaped():
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt), Background(lambda: time.sleep(30)) as work:
        child = work._child
        raise KeyboardInterrupt  # ctrl+c while the child computes
    assert time.monotonic() - started < 5
    with pytest.raises(ChildProcessError):
        os.waitpid(child, os.WNOHANG)


def test_split_map_keeps_the_order_of_its_items():
    items = list(range(1001))

    def squares(chunk):
        return [(n * n, os.getpid()) for n in chunk]

    mapped = split_map(squares, items, least=10)
    assert [value for value, _ in mapped] == [n * n for n in items]
    assert len({pid for _, pid in mapped}) == 2  # half came from the child
    assert {pid for _, pid in split_map(squares, items, least=10_000)} == {os.getpid()}


def test_a_forked_comparison_is_the_sequential_one(monkeypatch):
    documents = make_versions(4, 60)
    monkeypatch.setattr(comparison, "FORK_SENTENCES", 10**9)
    monkeypatch.setattr(align, "FORK_PAIRS", 10**9)
    sequential = to_json(compare(documents))
    monkeypatch.setattr(comparison, "FORK_SENTENCES", 0)
    monkeypatch.setattr(align, "FORK_PAIRS", 0)
    forks = []
    fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or fork())
    assert to_json(compare(documents)) == sequential
    assert len(forks) == 2  # entity scanning, and half of the pair scores


def test_the_app_gets_the_comparison_computed_beside_its_import(monkeypatch, tmp_path):
    from tui import cli
    from tui.app import NewsdiffApp

    monkeypatch.setenv("NEWSDIFF_CONFIG_DIR", str(tmp_path))
    monkeypatch.setattr(Background, "ready", lambda work: True)  # done while Textual loaded
    shown = []
    monkeypatch.setattr(NewsdiffApp, "run", lambda app: shown.append(app))
    forks = []
    fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or fork())
    assert cli.main([]) == 0
    assert len(forks) == 1
    assert shown[0]._aligning is None
    assert to_json(shown[0].comparison) == to_json(compare(load_documents([])))


def test_a_comparison_not_ready_lets_the_app_show_the_text_first(monkeypatch, tmp_path):
    from tui import cli
    from tui.app import NewsdiffApp

    monkeypatch.setenv("NEWSDIFF_CONFIG_DIR", str(tmp_path))
    monkeypatch.setattr(Background, "ready", lambda work: False)
    got = []

    def run(app):  # as the app's worker thread does, while the child is still alive
        got.append((app.comparison, app._aligning(lambda: False)))

    monkeypatch.setattr(NewsdiffApp, "run", run)
    assert cli.main([]) == 0
    shown, aligned = got[0]
    expected = compare(load_documents([]))
    assert shown.versions == expected.versions and shown.passages == ()
    assert to_json(aligned) == to_json(expected)


def test_a_comparison_left_by_the_app_stops_its_child(monkeypatch, tmp_path):
    from tui import cli
    from tui.app import NewsdiffApp

    monkeypatch.setenv("NEWSDIFF_CONFIG_DIR", str(tmp_path))
    monkeypatch.setattr(cli, "_compare", lambda documents, threshold: time.sleep(30))
    children = []
    fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: children.append(fork()) or children[-1])
    got = []
    monkeypatch.setattr(NewsdiffApp, "run", lambda app: got.append(app._aligning(lambda: True)))
    started = time.monotonic()
    assert cli.main([]) == 0
    assert got == [None]
    assert time.monotonic() - started < 10
    with pytest.raises(ChildProcessError):
        os.waitpid(children[0], os.WNOHANG)  # reaped already


def test_ready_says_when_the_result_is_there():
    work = Background(lambda: time.sleep(0.3) or 7)
    assert not work.ready()
    deadline = time.monotonic() + 10
    while not work.ready() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert work.ready()
    assert work.result() == 7
    assert work.ready()


def test_a_wait_given_up_stops_the_child():
    work = Background(lambda: time.sleep(30))
    child = work._child
    with pytest.raises(Abandoned):
        work.result(lambda: True)
    with pytest.raises(ChildProcessError):
        os.waitpid(child, os.WNOHANG)
    work.cancel()  # nothing left to stop


def test_a_wait_that_can_be_given_up_gets_the_result():
    assert Background(lambda: list(range(100_000))).result(lambda: False) == list(range(100_000))
