"""Start-up milestones for the start-up benchmark: ``KIJI_TRACE_STARTUP=path``.

When the variable names a file, the app appends one line per milestone to it, each
``<name> <time.monotonic()>`` (the system-wide monotonic clock, so the process that
started Kiji can subtract its own spawn time):

- ``window-shown``: ``show()`` returned for the main window (the X server's map is
  observed by the benchmark itself, not taken from here);
- ``first-preview``: the preview page ran its first patch of a post's blocks into its
  DOM (the page answers the patch script; the answer is what ``PreviewView.updated``
  carries);
- ``window-built``: the window's menus and helpers are built;
- ``post-opened``: what the command line named is open in its tab.

Without the variable nothing is connected and nothing is written.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import SignalInstance

TRACE_VARIABLE = "KIJI_TRACE_STARTUP"


class TracedPreview(Protocol):
    """What the trace needs of the preview: its ``updated(seq)`` signal."""

    @property
    def updated(self) -> SignalInstance:
        """``updated(seq)``: a render result is in the page's DOM."""
        ...


class StartupTrace:
    """Appends milestones to one file, each at most once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._written: set[str] = set()

    @classmethod
    def from_environment(cls) -> StartupTrace | None:
        """The trace ``KIJI_TRACE_STARTUP`` asks for, or ``None``."""
        target = os.environ.get(TRACE_VARIABLE)
        return cls(Path(target)) if target else None

    def mark(self, name: str) -> None:
        """Append ``name`` with the monotonic time now, unless it was written before."""
        if name in self._written:
            return
        self._written.add(name)
        with self.path.open("a", encoding="utf-8") as sink:
            sink.write(f"{name} {time.monotonic():.6f}\n")

    def follow_preview(self, preview: TracedPreview) -> None:
        """Mark ``first-preview`` when the page first reports a post's render in its DOM."""
        preview.updated.connect(lambda _seq: self.mark("first-preview"))


def read_trace(path: Path) -> dict[str, float]:
    """The milestones of a trace file: name → monotonic time (the first of each name)."""
    marks: dict[str, float] = {}
    if not path.exists():
        return marks
    for line in path.read_text(encoding="utf-8").splitlines():
        name, _, stamp = line.partition(" ")
        if name and stamp:
            marks.setdefault(name, float(stamp))
    return marks
