"""Background sweeps over a whole site that leave the UI thread its turns.

Python runs one thread at a time. A worker busy in Python keeps the interpreter lock,
and every call Qt makes into Python on the UI thread (a row of the posts list, a paint)
then waits for it, up to the switch interval each (:data:`GIL_SWITCH_INTERVAL_S`).
Taking in a 50,000-post index makes ~50,000 such calls: with the spelling worker reading
every post meanwhile, the window froze 4.4 s instead of 0.6 s.

:func:`gently` paces a sweep: after each slice of work it sleeps as long, and the UI
thread's calls go through in those pauses without waiting. Sweeps in several workers
take turns, first come first served, so their pauses add up instead of overlapping and
none waits for another to finish. :func:`foreground` marks the UI thread's urgent work
within one call; :func:`hold_foreground` marks work that outlasts it (opening a post
lasts until its pane has painted and coloured its text, released from the event loop).
Workers calling :func:`give_way` (the sweeps, the preview's renderer, the proofreader)
wait while any such stretch lasts, :data:`FOREGROUND_MAX_S` at most after it began or
was last renewed.

A sweep consumes its :func:`gently` iterator to the end (or drops it) in the thread that
made it, and does not wait for another sweep inside its loop: its turn lasts while it
holds an item.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import ClassVar, TypeVar

__all__ = [
    "FOREGROUND_MAX_S",
    "GIL_SWITCH_INTERVAL_S",
    "PAUSE_S",
    "WORK_SLICE_S",
    "ForegroundHold",
    "foreground",
    "gently",
    "give_way",
    "hold_foreground",
    "in_foreground",
]

T = TypeVar("T")

GIL_SWITCH_INTERVAL_S = 0.001
"""The interpreter's switch interval while Kiji runs (Python's default is 5 ms): a worker
busy in Python hands the lock to a waiting UI thread after this long. With the default,
a long render kept the UI thread waiting ~100 ms on a 200k-character post."""

WORK_SLICE_S = 0.001
"""How long a sweep works between pauses (at least one item)."""
PAUSE_S = 0.001
"""How long it pauses (the interpreter lock is free meanwhile)."""
FOREGROUND_MAX_S = 1.0
"""Workers give way to a stretch of foreground work this long at most after it began or
was last renewed (a dialog it opens must not hold the index build up while the writer
reads it)."""
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
    """The UI thread's stretches of urgent work: when each began (monotonic seconds)."""

    started: ClassVar[dict[int, float]] = {}
    thread: threading.Thread | None = None


class ForegroundHold:
    """One stretch of the UI thread's urgent work, from :func:`hold_foreground` until
    :meth:`release` (once; later calls do nothing) or :data:`FOREGROUND_MAX_S` after it
    began or was last renewed, whichever comes first: a hold nobody releases cannot
    stop the workers."""

    def __init__(self) -> None:
        now = time.monotonic()
        for key, began in tuple(_Foreground.started.items()):  # forgotten holds
            if now - began >= FOREGROUND_MAX_S:
                del _Foreground.started[key]
        _Foreground.thread = threading.current_thread()
        _Foreground.started[id(self)] = now

    def renew(self) -> None:
        """Still at it: the stretch counts from now (a released one stays released)."""
        if id(self) in _Foreground.started:
            _Foreground.started[id(self)] = time.monotonic()

    def release(self) -> None:
        """End this stretch; workers go on once no other stretch holds them."""
        _Foreground.started.pop(id(self), None)


def hold_foreground() -> ForegroundHold:
    """Begin urgent work on the UI thread that may outlast a call: workers that call
    :func:`give_way` wait until it is released, or :data:`FOREGROUND_MAX_S` at most.
    UI thread only."""
    return ForegroundHold()


@contextlib.contextmanager
def foreground() -> Iterator[None]:
    """The UI thread's urgent work: while it lasts, workers that call :func:`give_way`
    (the index build, every paced sweep, the preview's renderer, the proofreader) wait,
    so its calls into Python never wait for the interpreter lock. UI thread only."""
    hold = hold_foreground()
    try:
        yield
    finally:
        hold.release()


def in_foreground() -> bool:
    """Whether a stretch of foreground work holds the workers now."""
    newest = max(tuple(_Foreground.started.values()), default=None)
    return newest is not None and time.monotonic() - newest < FOREGROUND_MAX_S


def give_way(stop: Callable[[], bool] | None = None) -> None:
    """From a worker: wait while the UI thread is in foreground work (at most
    :data:`FOREGROUND_MAX_S` after the newest stretch began or was renewed); sleeping
    leaves it the interpreter lock. Returns as soon as ``stop()`` is true (the worker
    is shutting down), and at once in the thread doing the foreground work (a job run
    inline)."""
    while _Foreground.started and in_foreground():  # (the first test costs nothing)
        if _Foreground.thread is threading.current_thread() or (stop is not None and stop()):
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
