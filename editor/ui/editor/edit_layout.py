"""A plain-text layout that re-lays and repaints only the blocks an edit changed.

A ``QPlainTextEdit`` without a highlighter repaints one line per keystroke. With a
``QSyntaxHighlighter`` it repaints the whole view and lays out again the blocks after
the edited one: the highlighter marks the block it coloured dirty (its position and
length), Qt merges that with the edit into one range whose removed and added lengths
both span the rest of the block, and ``QPlainTextDocumentLayout`` reads "removed +
added" as the extent of the change. From the middle of a paragraph that extent reaches
into the next blocks, and a change over several blocks is repainted in full.

:class:`EditLayout` gives the layout the change as it was: the edit as the document
announced it (``contentsChange``, what a plain ``QPlainTextEdit`` lays out) together
with the blocks a highlighter told it it coloured meanwhile (:meth:`EditLayout.restyled`).
A change it cannot account for (a block marked dirty before that range by something
else) is laid out as Qt would have.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit


@runtime_checkable
class RestyleListener(Protocol):
    """A document layout that wants to know which blocks a highlighter coloured."""

    def restyled(self, block: QTextBlock) -> None:
        """``block`` is being coloured (its formats may change)."""


class EditLayout(QPlainTextDocumentLayout):
    """``QPlainTextDocumentLayout`` that lays out an edit's blocks and no others."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._edit: tuple[int, int] | None = None  # first and last position changed
        # Where the blocks coloured during that edit begin, and their height before
        # (None: unknown). Positions, not QTextBlocks: a handle outlives its block.
        self._restyled: list[tuple[int, int, float | None]] = []
        document.contentsChange.connect(self._on_contents_change)

    def restyled(self, block: QTextBlock) -> None:
        """A highlighter is colouring ``block`` (call it before setting its formats)."""
        if self._edit is None:  # a pass of its own: Qt lays that out as it comes
            return
        lines = block.layout()
        height = lines.boundingRect().height() if lines.lineCount() else None
        self._restyled.append((block.position(), block.length(), height))

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        # The range a plain QPlainTextEdit lays out for this change (Qt's own reading).
        # Connected before any highlighter (which is given this layout, so made after
        # it), this runs before the highlighter colours the edited blocks.
        self._edit = (position, max(position, position + removed + added - 1))
        self._restyled = []

    def documentChanged(self, position: int, removed: int, added: int) -> None:  # Qt override
        edit, restyled = self._edit, self._restyled
        self._edit, self._restyled = None, []
        if edit is None:  # not an edit (a block re-coloured on its own): Qt's way
            super().documentChanged(position, removed, added)
            return
        first, last = edit
        for start, length, _height in restyled:
            first, last = min(first, start), max(last, start + max(0, length - 1))
        if position < first:  # marked dirty by something we were not told of
            super().documentChanged(position, removed, added)
            return
        super().documentChanged(first, 0, last - first + 1)
        if len(restyled) == 1:  # (over several blocks Qt repaints everything anyway)
            # Within one block Qt compares the block's height before and after laying
            # it out, to move what follows; but new colours (a code font) dropped its
            # lines already, so "before" is the new height. Compare with what it had.
            start, _length, height = restyled[0]
            lines = self.document().findBlock(start).layout()
            if height is None or lines.boundingRect().height() != height:
                self.update.emit()  # all of it (the signal's default rectangle)


def use_edit_layout(edit: QPlainTextEdit) -> EditLayout:
    """Give ``edit`` a fresh, empty document laid out by an :class:`EditLayout` (before
    its text, font and highlighter are set); returns the layout, for the highlighter."""
    document = QTextDocument(edit)
    layout = EditLayout(document)
    document.setDocumentLayout(layout)
    edit.setDocument(document)
    return layout
