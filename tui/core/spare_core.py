"""The machine's second core for large comparisons: a forked child computes part of the
work while this process does the rest, and hands its result back through a pipe.

Forking is used only where it is safe and pays: on Linux (fork is cheap there and the
engine loads no framework that dislikes it), with more than one usable core, from a process
with no other thread (the app realigns in a worker thread: that work stays in-process), and
for work large enough to be worth the fork and the pickling of the result. Anything going
wrong in the child (an error, a signal, a lost pipe) makes this process do the work itself,
so a result is always the one the sequential code would give.
"""

from __future__ import annotations

import os
import select
import signal
import sys
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

POLL = 0.05  # seconds between looks at `stopped` while a result is awaited


class Abandoned(Exception):
    """The wait for a result was given up (the app quit first); the child is gone."""


def usable() -> bool:
    """Whether work can go to a forked child on a second core now."""
    # No threading module loaded, no thread started by it: the --json path never imports it.
    threading = sys.modules.get("threading")
    return (
        sys.platform == "linux"
        and len(os.sched_getaffinity(0)) > 1
        and (threading is None or threading.active_count() == 1)
    )


class Background(Generic[T]):
    """`work()` computed in a forked child when `wanted` and possible, else when asked for.

    Use it as a context manager: leaving the block cancels a child whose result was not taken."""

    def __init__(self, work: Callable[[], T], wanted: bool = True) -> None:
        self._work = work
        self._child: int | None = None
        self._pipe: int | None = None
        self._done = False
        self._result: T
        if wanted and usable():
            self._start()

    def _start(self) -> None:
        import pickle  # here: small comparisons, and the --json start-up, never need it

        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: compute, send, and leave without running the parent's exits
            status = 1
            try:
                os.close(read_end)
                with os.fdopen(write_end, "wb") as pipe:
                    pickle.dump(self._work(), pipe, protocol=pickle.HIGHEST_PROTOCOL)
                status = 0
            finally:
                os._exit(status)
        os.close(write_end)
        self._child, self._pipe = pid, read_end

    @property
    def forked(self) -> bool:
        return self._child is not None

    def ready(self) -> bool:
        """Whether `result()` would return without waiting for the work: it is taken already, or
        the child has begun to send it."""
        if self._done:
            return True
        return self._child is not None and bool(select.select([self._pipe], [], [], 0)[0])

    def result(self, stopped: Callable[[], bool] | None = None) -> T:
        """The work's result, computed or received once however often it is asked for.

        `stopped`, asked while the child computes, gives the wait up: the child is then stopped
        and Abandoned raised. The thread that waits so is the only one to touch the child."""
        if self._done:
            return self._result
        if self._child is None:
            self._result = self._work()
        else:
            data = self._receive(stopped)
            _, status = os.waitpid(self._child, 0)
            self._child = None
            if status != 0:
                self._result = self._work()
            else:
                import pickle

                self._result = pickle.loads(data)
        self._done = True
        return self._result

    def _receive(self, stopped: Callable[[], bool] | None) -> bytes:
        with os.fdopen(self._pipe, "rb", buffering=0) as pipe:
            if stopped is None:
                return pipe.read()
            chunks = []
            while True:
                if not select.select([pipe], [], [], POLL)[0]:
                    if stopped():
                        os.kill(self._child, signal.SIGKILL)
                        os.waitpid(self._child, 0)
                        self._child = None
                        raise Abandoned
                    continue
                chunk = pipe.read(1 << 20)
                if not chunk:
                    return b"".join(chunks)
                chunks.append(chunk)

    def __enter__(self) -> Background[T]:
        return self

    def __exit__(self, *exception: object) -> None:
        self.cancel()

    def cancel(self) -> None:
        """Stop and reap a child whose result is no longer wanted (an error or ctrl+c came
        first): no orphan goes on computing, no zombie is left."""
        if self._child is not None:
            os.close(self._pipe)
            os.kill(self._child, signal.SIGKILL)
            os.waitpid(self._child, 0)
            self._child = None


def split_map(work: Callable[[Sequence[T]], list[R]], items: Sequence[T], least: int) -> list[R]:
    """`work(items)` with the second half of the items done in a child when there are at
    least `least` of them; `work` maps a sequence to one result per item, in order."""
    half = len(items) // 2
    with Background(lambda: work(items[half:]), wanted=len(items) >= least) as later:
        if not later.forked:  # one call, no split
            return work(items)
        return work(items[:half]) + later.result()
