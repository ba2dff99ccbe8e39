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
from collections.abc import Callable, Iterable, Iterator, Sequence
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

    With `parts` > 1, `work()` yields its result in that many parts, each sent as soon as it
    is made: this process can use the first (`result(part=0)`) while the child computes the
    next. Use it as a context manager: leaving the block cancels a child whose result was not
    taken."""

    def __init__(
        self,
        work: Callable[[], T] | Callable[[], Iterable[T]],
        wanted: bool = True,
        parts: int = 1,
    ) -> None:
        self._parts: Callable[[], Iterable[T]] = work if parts > 1 else lambda: (work(),)
        self._count = parts
        self._child: int | None = None
        self._pipe: int | None = None
        self._taken: list[T] = []  # the parts received or computed so far
        self._here: Iterator[T] | None = None  # the parts, when computed in this process
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
                    for part in self._parts():
                        data = pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL)
                        pipe.write(len(data).to_bytes(_LENGTH, "little") + data)
                        pipe.flush()
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
        if self._taken:
            return True
        return self._child is not None and bool(select.select([self._pipe], [], [], 0)[0])

    def result(self, stopped: Callable[[], bool] | None = None, part: int = 0) -> T:
        """The work's result (or its `part`), computed or received once however often it is
        asked for.

        `stopped`, asked while the child computes, gives the wait up: the child is then stopped
        and Abandoned raised. The thread that waits so is the only one to touch the child."""
        while len(self._taken) <= part:
            data = None if self._child is None else self._receive(stopped)
            if data is not None:
                import pickle

                self._taken.append(pickle.loads(data))
                continue
            if self._child is not None:  # the child failed: this process does the work
                self.cancel()
            if self._here is None:
                self._here = iter(self._parts())
                for _ in self._taken:  # received already
                    next(self._here)
            self._taken.append(next(self._here))
        if len(self._taken) == self._count and self._child is not None:
            os.close(self._pipe)  # it has sent everything and ends: reaped now
            os.waitpid(self._child, 0)
            self._child = None
        return self._taken[part]

    def _receive(self, stopped: Callable[[], bool] | None) -> bytes | None:
        """The next part sent, or None when the child sent none (an error, a signal)."""
        length = self._read(_LENGTH, stopped)
        if length is None:
            return None
        return self._read(int.from_bytes(length, "little"), stopped)

    def _read(self, size: int, stopped: Callable[[], bool] | None) -> bytes | None:
        chunks = []
        while size:
            if stopped is not None and not select.select([self._pipe], [], [], POLL)[0]:
                if stopped():
                    self.cancel()
                    raise Abandoned
                continue
            chunk = os.read(self._pipe, min(size, 1 << 20))
            if not chunk:
                return None
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

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


_LENGTH = 8  # bytes giving the length of each part sent


def split_map(work: Callable[[Sequence[T]], list[R]], items: Sequence[T], least: int) -> list[R]:
    """`work(items)` with the second half of the items done in a child when there are at
    least `least` of them; `work` maps a sequence to one result per item, in order."""
    half = len(items) // 2
    with Background(lambda: work(items[half:]), wanted=len(items) >= least) as later:
        if not later.forked:  # one call, no split
            return work(items)
        return work(items[:half]) + later.result()
