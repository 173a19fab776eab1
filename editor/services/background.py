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

import threading
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

__all__ = ["PAUSE_S", "WORK_SLICE_S", "gently"]

T = TypeVar("T")

_TURNS = threading.RLock()
"""Held by the sweep whose turn it is (through its slice of work and its pause)."""

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
                if time.perf_counter() - slice_started >= work_s:
                    break
            time.sleep(pause_s)
