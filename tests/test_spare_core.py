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
from tui.core.spare_core import Background, split_map

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
    shown = []
    monkeypatch.setattr(NewsdiffApp, "run", lambda app: shown.append(app.comparison))
    forks = []
    fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or fork())
    assert cli.main([]) == 0
    assert len(forks) == 1
    assert to_json(shown[0]) == to_json(compare(load_documents([])))
