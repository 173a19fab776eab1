"""Edits of a text pane's whole text that touch only what changed, as one undo step."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from editor.core.text.utf16 import utf16_length
from editor.ui.editor.exact_text import ExactTextEdit


def replace_changed_part(pane: ExactTextEdit, new: str) -> bool:
    """Make ``pane`` hold the pane text ``new`` by replacing only what lies between the
    common ends (``new`` as :func:`~editor.core.render.placeholders.to_pane_text` gives it).

    One edit block, so Ctrl+Z takes it back in one step; the scroll position stays.
    Returns False when the text was already ``new``.
    """
    old = pane.pane_text()
    if old == new:
        return False
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    scroll = pane.verticalScrollBar().value()
    cursor = QTextCursor(pane.document())
    # Positions in QTextDocument count UTF-16 units; Python counts code points.
    cursor.setPosition(utf16_length(old[:prefix]))
    cursor.setPosition(utf16_length(old[: len(old) - suffix]), QTextCursor.MoveMode.KeepAnchor)
    cursor.beginEditBlock()
    cursor.insertText(new[prefix : len(new) - suffix])
    cursor.endEditBlock()
    pane.verticalScrollBar().setValue(scroll)
    return True
