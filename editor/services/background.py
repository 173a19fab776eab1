"""Background sweeps over a whole site that leave the UI thread its turns.

Python runs one thread at a time. A worker busy in Python keeps the interpreter lock,
and every call Qt makes into Python on the UI thread (a row of the posts list, a paint)
then waits for it, up to the switch interval each (:data:`editor.app.GIL_SWITCH_INTERVAL_S`).
Taking in a 50,000-post index makes ~50,000 such calls: with the spelling worker reading
every post meanwhile, the window froze 4.4 s instead of 0.6 s.

:func:`gently` paces a sweep: after each slice of work it sleeps as long, and the UI
thread's calls go through in those pauses without waiting; sweeps in several workers
take turns, so their pauses add up instead of overlapping.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

__all__ = ["FOREGROUND_MAX_S", "PAUSE_S", "WORK_SLICE_S", "foreground", "gently", "give_way"]

T = TypeVar("T")

_TURNS = threading.RLock()
"""Held by the sweep whose turn it is (through its slice of work and its pause)."""

FOREGROUND_MAX_S = 1.0
"""Workers give way to one :func:`foreground` stretch this long at most (a dialog it
opens must not hold the index build up while the writer reads it)."""
_GIVE_WAY_POLL_S = 0.002


class _Foreground:
    """Since when the UI thread is in :func:`foreground` work (``None``: it is not)."""

    since: float | None = None
    depth = 0


@contextlib.contextmanager
def foreground() -> Iterator[None]:
    """The UI thread's urgent work (opening a post): while it lasts, workers that call
    :func:`give_way` (the index build, every paced sweep) wait, so its calls into Python
    never wait for the interpreter lock. Nested uses count once."""
    if _Foreground.depth == 0:
        _Foreground.since = time.monotonic()
    _Foreground.depth += 1
    try:
        yield
    finally:
        _Foreground.depth -= 1
        if _Foreground.depth == 0:
            _Foreground.since = None


def give_way() -> None:
    """From a worker: wait while the UI thread is in :func:`foreground` work (at most
    :data:`FOREGROUND_MAX_S` after it began); sleeping leaves it the interpreter lock."""
    while (since := _Foreground.since) is not None:
        if time.monotonic() - since >= FOREGROUND_MAX_S:
            return
        time.sleep(_GIVE_WAY_POLL_S)


WORK_SLICE_S = 0.001
"""How long a sweep works between pauses."""
PAUSE_S = 0.001
"""How long it pauses (the interpreter lock is free meanwhile)."""


def gently(
    items: Iterable[T], work_s: float = WORK_SLICE_S, pause_s: float = PAUSE_S
) -> Iterator[T]:
    """Yield ``items``, sleeping ``pause_s`` each time ``work_s`` of work has passed.

    The sweeps of every thread take turns (one process-wide lock, held through a slice
    and its pause), so however many run at once the UI thread has the interpreter lock
    to itself at least ``pause_s`` of every ``work_s + pause_s``. A sweep takes about
    twice as long; it is background work that nobody waits for.
    """
    iterator = iter(items)
    while True:
        with _TURNS:
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
