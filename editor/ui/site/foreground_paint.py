"""Item views whose paint does not wait for the background workers.

A view over a model written in Python calls into Python for every cell it paints: the
index of each cell, then its data once per role (text, colour, font, alignment, icon...).
A screen of the posts list is ~2,000 such calls. While a worker is busy in Python (the
site's index building, the full-text search reading posts), each call waits its turn for
the interpreter lock, and one paint of 30 rows took 160-260 ms on a 5,000-post site.

:class:`ForegroundPaint` makes each paint foreground work
(:func:`~editor.services.background.foreground`): the workers pause at their next step
until it is done, and the calls go through without waiting.

A header sized to its column's contents measures the rows on screen, through the same
calls, at its next paint after rows change, outside the view's paint: such views give
their columns fixed widths from their widest possible text (:func:`fix_column_width`).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QTreeView

from editor.services.background import foreground

__all__ = [
    "ForegroundPaint",
    "ForegroundTableView",
    "ForegroundTreeView",
    "fix_column_width",
    "widest_digit",
]


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


def widest_digit(view: QAbstractItemView) -> str:
    """The digit that is widest in ``view``'s font (for samples of numbers and dates)."""
    metrics = view.fontMetrics()
    return max("0123456789", key=metrics.horizontalAdvance)


def fix_column_width(
    view: QAbstractItemView, header: QHeaderView, column: int, texts: Iterable[str]
) -> None:
    """Give ``column`` a fixed width that fits its label (with the sort arrow) and the
    widest of ``texts`` as ``view`` draws a cell; the writer can still drag it."""
    style = view.style()
    cell_margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    label_margin = (
        2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        + style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        + 4
    )
    model = view.model()
    label = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model else ""
    metrics = view.fontMetrics()
    width = max((metrics.horizontalAdvance(text) + cell_margin + 6 for text in texts), default=0)
    width = max(width, header.fontMetrics().horizontalAdvance(label) + label_margin)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(column, width)
