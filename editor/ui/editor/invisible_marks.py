"""Faint marks over the characters of the text pane that show no glyph of their own.

A no-break space gets a faint dotted box the width of the space; a control character or
the stand-in of a line separator a box with its small symbol (␇, ␤, ¶); a zero-width
character (a joiner, a bidi control) a faint bar where it sits. The marks are painted over
the viewport after the text, so they never change the layout, the text or the undo
history, and they take the palette's text colour (light and dark themes alike). The
highlighter hides the font's "missing glyph" box under the controls' marks.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextLine
from PySide6.QtWidgets import QPlainTextEdit

from editor.core.render.placeholders import from_pane_text
from editor.core.text.invisibles import invisible_positions, mark_label
from editor.core.text.utf16 import utf16_offsets

MARK_ALPHA = 0.45


@dataclass(frozen=True, slots=True)
class Mark:
    """One faint mark: where it goes in the viewport and its label (may be empty)."""

    rect: QRectF
    char: str  # the post's character (not the pane's stand-in)
    label: str


def mark_color(pane: QPlainTextEdit) -> QColor:
    """The marks' colour: the text colour, faint (visible on light and dark bases)."""
    color = QColor(pane.palette().text().color())
    color.setAlphaF(MARK_ALPHA)
    return color


def _x(line: QTextLine, position: int) -> float:
    found = line.cursorToX(position)  # PySide6 gives (x, position)
    return float(found[0] if isinstance(found, tuple) else found)  # type: ignore[arg-type]


def visible_marks(pane: QPlainTextEdit, area: QRect | None = None) -> list[Mark]:
    """The marks of the blocks now in view (those that reach into ``area`` of the
    viewport, when given), in viewport coordinates."""
    marks: list[Mark] = []
    block = pane.firstVisibleBlock()
    offset = pane.contentOffset()
    top_edge, bottom = (
        (0, pane.viewport().height()) if area is None else (area.top(), area.bottom())
    )
    while block.isValid():
        geometry = pane.blockBoundingGeometry(block).translated(offset)
        if geometry.top() > bottom:
            break
        if geometry.bottom() < top_edge:  # above what is being painted
            block = block.next()
            continue
        text = block.text()
        indices = invisible_positions(text) if block.isVisible() else []
        layout = block.layout()
        if indices and layout is not None:
            for index, position in zip(indices, utf16_offsets(text, indices), strict=True):
                line = layout.lineForTextPosition(position)
                if not line.isValid():
                    continue
                left, right = _x(line, position), _x(line, position + 1)
                if right < left:  # a right-to-left run
                    left, right = right, left
                top = geometry.top() + line.y()
                rect = QRectF(left + geometry.left(), top, right - left, line.height())
                char = from_pane_text(text[index])
                marks.append(Mark(rect, char, mark_label(char)))
        block = block.next()
    return marks


def paint_invisible_marks(pane: QPlainTextEdit, area: QRect | None = None) -> None:
    """Paint the marks of the blocks in view on ``pane``'s viewport (after the text);
    with ``area``, only those of the blocks in that part of it (what is being painted:
    a keystroke repaints its block, and the marks of the others stay as painted)."""
    marks = visible_marks(pane, area)
    if not marks:
        return
    painter = QPainter(pane.viewport())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = mark_color(pane)
    dotted = QPen(color, 1.0, Qt.PenStyle.DotLine)
    solid = QPen(color, 1.5)
    font = pane.font()
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.6))
    painter.setFont(font)
    for mark in marks:
        rect = mark.rect
        inner = rect.adjusted(0.5, rect.height() * 0.2, -0.5, -rect.height() * 0.12)
        if rect.width() >= 3:
            painter.setPen(dotted)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(inner, 2, 2)
            if mark.label:
                painter.setPen(solid)
                painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, mark.label)
        else:
            painter.setPen(solid)
            x = rect.left()
            painter.drawLine(QPointF(x, inner.top()), QPointF(x, inner.bottom()))
            painter.drawLine(QPointF(x - 2, inner.top()), QPointF(x + 2, inner.top()))
    painter.end()
