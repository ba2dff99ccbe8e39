"""Python's cycle collector paused while a batch of long-lived objects is built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No collection while the block runs; the collector's former state after it.

    A comparison makes hundreds of thousands of objects that all live on and form no garbage
    cycles: the collector's passes, every few hundred allocations, would free nothing, and its
    full ones walk every object made so far (about a tenth of a large comparison's time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
