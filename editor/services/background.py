"""Background sweeps over a whole site that leave the UI thread its turns.

Python runs one thread at a time. A worker busy in Python keeps the interpreter lock,
and every call Qt makes into Python on the UI thread (a row of the posts list, a paint)
then waits for it, up to the switch interval each (:data:`editor.app.GIL_SWITCH_INTERVAL_S`).
Taking in a 50,000-post index makes ~50,000 such calls: with the spelling worker reading
every post meanwhile, the window froze 4.4 s instead of 0.6 s.

:func:`gently` paces a sweep: after each slice of work it sleeps as long, and the UI
thread's calls go through in those pauses without waiting. Sweeps in several workers
take turns, first come first served, so their pauses add up instead of overlapping and
none waits for another to finish. :func:`foreground` marks the UI thread's urgent work
(opening a post): workers calling :func:`give_way` wait while it lasts.

A sweep consumes its :func:`gently` iterator to the end (or drops it) in the thread that
made it, and does not wait for another sweep inside its loop: its turn lasts while it
holds an item.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

__all__ = [
    "FOREGROUND_MAX_S",
    "PAUSE_S",
    "WORK_SLICE_S",
    "foreground",
    "gently",
    "give_way",
]

T = TypeVar("T")

WORK_SLICE_S = 0.001
"""How long a sweep works between pauses (at least one item)."""
PAUSE_S = 0.001
"""How long it pauses (the interpreter lock is free meanwhile)."""
FOREGROUND_MAX_S = 1.0
"""Workers give way to one :func:`foreground` stretch this long at most (a dialog it
opens must not hold the index build up while the writer reads it)."""
_GIVE_WAY_POLL_S = 0.002


class _Turns:
    """A first-come-first-served turn among the sweeps of all threads (a ticket lock:
    Python's own locks let the thread that releases take them straight back)."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._next = 0
        self._serving = 0

    @contextlib.contextmanager
    def turn(self) -> Iterator[None]:
        """Wait for this caller's turn, hold it for the block, pass it on."""
        with self._condition:
            ticket = self._next
            self._next += 1
            while ticket != self._serving:
                self._condition.wait()
        try:
            yield
        finally:
            with self._condition:
                self._serving += 1
                self._condition.notify_all()


_TURNS = _Turns()


class _Foreground:
    """Since when the UI thread is in :func:`foreground` work (``None``: it is not)."""

    since: float | None = None
    depth = 0
    thread: threading.Thread | None = None


@contextlib.contextmanager
def foreground() -> Iterator[None]:
    """The UI thread's urgent work (opening a post): while it lasts, workers that call
    :func:`give_way` (the index build, every paced sweep) wait, so its calls into Python
    never wait for the interpreter lock. Nested uses count once; UI thread only."""
    if _Foreground.depth == 0:
        _Foreground.since = time.monotonic()
        _Foreground.thread = threading.current_thread()
    _Foreground.depth += 1
    try:
        yield
    finally:
        _Foreground.depth -= 1
        if _Foreground.depth == 0:
            _Foreground.since = None
            _Foreground.thread = None


def give_way() -> None:
    """From a worker: wait while the UI thread is in :func:`foreground` work (at most
    :data:`FOREGROUND_MAX_S` after it began); sleeping leaves it the interpreter lock.
    Returns at once in the thread doing the foreground work (a job run inline)."""
    while (since := _Foreground.since) is not None:
        if _Foreground.thread is threading.current_thread():
            return
        if time.monotonic() - since >= FOREGROUND_MAX_S:
            return
        time.sleep(_GIVE_WAY_POLL_S)


def gently(
    items: Iterable[T],
    work_s: float = WORK_SLICE_S,
    pause_s: float = PAUSE_S,
    stop: Callable[[], bool] = lambda: False,
) -> Iterator[T]:
    """Yield ``items``, sleeping ``pause_s`` each time ``work_s`` of work has passed,
    until they run out or ``stop()`` says so (checked once per slice).

    Against other paced sweeps, the UI thread has the interpreter lock to itself at
    least ``pause_s`` of every slice and pause. A sweep alone takes about twice as long;
    with others, it waits its turns too. It is background work that nobody waits for:
    ``stop`` lets it end when its service closes (the process's exit joins workers).
    """
    iterator = iter(items)
    while not stop():
        with _TURNS.turn():
            slice_started = time.perf_counter()
            while True:  # at least one item per slice
                try:
                    item = next(iterator)
                except StopIteration:
                    return
                yield item
                give_way()
                if time.perf_counter() - slice_started >= work_s:
                    break
            time.sleep(pause_s)
