"""A plain-text editor that holds its text exactly, character for character.

``QPlainTextEdit.toPlainText()`` is not the text it was given: it turns no-break spaces
into spaces and U+2028 into newlines, and a ``QTextDocument`` cannot hold CR, U+2029 or
its own frame markers at all. This editor holds its text through
:func:`~editor.core.render.placeholders.to_pane_text` (noncharacter stand-ins for those few, so a
line is always one block) and gives it back exactly with :meth:`ExactTextEdit.body_text`;
copy, cut, drag and paste carry the real characters.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from editor.core.render.placeholders import from_pane_text, to_pane_text
from editor.core.text.utf16 import utf16_length


class ExactTextEdit(QPlainTextEdit):
    """A ``QPlainTextEdit`` whose :meth:`body_text` is exactly what it was given."""

    def set_text_quietly(self, text: str) -> None:
        """Replace the whole text as a fresh document: no undo history, cursor at the start."""
        self.set_pane_text_quietly(to_pane_text(text))

    def set_pane_text_quietly(self, pane_text: str) -> None:
        """:meth:`set_text_quietly`, given the text as the pane holds it (``to_pane_text``)."""
        self.setPlainText(pane_text)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def body_text(self) -> str:
        """The body exactly as the writer has it (what :meth:`set_text_quietly` was given)."""
        return from_pane_text(self.pane_text())

    def pane_text(self) -> str:
        """The text the pane shows, newline-separated, stand-ins included.

        Its code points are the document's characters one for one (a position in Qt
        counts UTF-16 units: convert with :mod:`editor.core.text.utf16`).
        """
        return self.document().toRawText().replace("\u2029", "\n")

    def position_of_body_offset(self, offset: int) -> int:
        """The document position (UTF-16) of code-point ``offset`` into :meth:`body_text`."""
        return utf16_length(to_pane_text(self.body_text()[: max(0, offset)]))

    def createMimeDataFromSelection(self) -> QMimeData:  # Qt override
        # Copy and drag carry the characters themselves (no-break spaces stay, stand-ins
        # become their characters again), not toPlainText()'s approximation.
        # Qt's own object, changed: one made in Python would be freed twice (by Python
        # and by the clipboard). Qt fills it lazily once; reading it first makes that
        # happen now, so the text set here is the one that stays.
        mime = super().createMimeDataFromSelection()
        mime.text()
        fragment = self.textCursor().selection()
        mime.setText(from_pane_text(fragment.toRawText().replace("\u2029", "\n")))
        return mime

    def insertFromMimeData(self, source: QMimeData) -> None:  # Qt override
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        text = source.text().replace("\r\n", "\n").replace("\r", "\n")
        cursor = self.textCursor()
        cursor.insertText(to_pane_text(text))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
