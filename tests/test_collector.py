"""The cycle collector is paused while a comparison is built, and restored after."""

from __future__ import annotations

import gc

import pytest
from corpus import make_versions

from tui.core import collector
from tui.core.comparison import compare


def test_the_collector_is_paused_inside_and_restored_after():
    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()


def test_an_error_still_restores_the_collector():
    with pytest.raises(ValueError), collector.paused():
        raise ValueError
    assert gc.isenabled()


def test_a_comparison_leaves_one_young_collection_for_its_end():
    documents = make_versions(4, 100)  # about a hundred passes of the collector unpaused
    gc.collect()
    generations = []
    gc.callbacks.append(lambda phase, info: phase == "start" and generations.append(info))
    try:
        compare(documents)
    finally:
        gc.callbacks.pop()
    assert [info["generation"] for info in generations] == [0]  # the one when it resumes
    assert gc.isenabled()
