"""Background sweeps over a whole site that leave the UI thread its turns.

Python runs one thread at a time. A worker busy in Python keeps the interpreter lock,
and every call Qt makes into Python on the UI thread (a row of the posts list, a paint)
then waits for it, up to the switch interval each (:data:`editor.app.GIL_SWITCH_INTERVAL_S`).
Taking in a 50,000-post index makes ~50,000 such calls: with the spelling worker reading
every post meanwhile, the window froze 4.4 s instead of 0.6 s.

:func:`gently` paces a sweep: after each slice of work it sleeps briefly, and the UI
thread's calls go through in those pauses without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

__all__ = ["PAUSE_S", "WORK_SLICE_S", "gently"]

T = TypeVar("T")

WORK_SLICE_S = 0.002
"""How long a sweep works between pauses."""
PAUSE_S = 0.001
"""How long it pauses (the interpreter lock is free meanwhile)."""


def gently(
    items: Iterable[T], work_s: float = WORK_SLICE_S, pause_s: float = PAUSE_S
) -> Iterator[T]:
    """Yield ``items``, sleeping ``pause_s`` each time ``work_s`` of work has passed.

    A sweep of every post takes about half as long again; it is background work that
    nobody waits for, and the window stays responsive while it runs.
    """
    slice_started = time.perf_counter()
    for item in items:
        yield item
        if time.perf_counter() - slice_started >= work_s:
            time.sleep(pause_s)
            slice_started = time.perf_counter()
