"""Item views whose paint does not wait for the background workers.

A view over a model written in Python calls into Python for every cell it paints: the
index of each cell, then its data once per role (text, colour, font, alignment, icon...).
A screen of the posts list is ~2,000 such calls. While a worker is busy in Python (the
site's index building, the full-text search reading posts), each call waits its turn for
the interpreter lock, and one paint of 30 rows took 160-260 ms on a 5,000-post site.

:class:`ForegroundPaint` makes each paint foreground work
(:func:`~editor.services.background.foreground`): the workers pause at their next step
until it is done, and the calls go through without waiting.
"""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QTableView, QTreeView

from editor.services.background import foreground

__all__ = ["ForegroundPaint", "ForegroundTableView", "ForegroundTreeView"]


class ForegroundPaint:
    """Mixin for a Qt item view (list it before the view class): paint as foreground work."""

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint with the workers paused."""
        with foreground():
            super().paintEvent(event)  # type: ignore[misc]


class ForegroundTableView(ForegroundPaint, QTableView):
    """A :class:`QTableView` that paints as foreground work (the posts list)."""


class ForegroundTreeView(ForegroundPaint, QTreeView):
    """A :class:`QTreeView` that paints as foreground work (the Problems list)."""
