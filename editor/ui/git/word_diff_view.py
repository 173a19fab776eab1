"""A read-only view of :func:`editor.core.text.word_diff.diff_hunks`: changed words marked
inline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from editor.core.text.word_diff import DELETE, INSERT, diff_hunks

_REMOVED = QColor(235, 80, 80, 90)
_ADDED = QColor(70, 190, 90, 90)


class WordDiffView(QPlainTextEdit):
    """Shows the hunks between two texts; removed text struck through in red, added in green.

    Each changed line is one line here (its old and new words side by side in reading
    order), with its line number in the new text, so a one-character change in a long
    paragraph is exactly one marked character.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordDiffView")
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.changes = 0

    def show_message(self, text: str) -> None:
        """Show a plain sentence instead of a diff (binary file, unreadable, nothing)."""
        self.changes = 0
        self.setPlainText(text)

    def set_texts(self, old: str, new: str) -> None:
        """Show the changes from ``old`` to ``new``."""
        self.clear()
        cursor = QTextCursor(self.document())
        plain = QTextCharFormat()
        number = QTextCharFormat()
        number.setForeground(self.palette().placeholderText())
        number.setFontFixedPitch(True)
        number.setFontFamilies(["monospace"])
        number.setBackground(Qt.BrushStyle.NoBrush)
        removed = QTextCharFormat()
        removed.setBackground(_REMOVED)
        removed.setFontStrikeOut(True)
        added = QTextCharFormat()
        added.setBackground(_ADDED)
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setForeground(self.palette().placeholderText())
        hunks = diff_hunks(old, new)
        self.changes = sum(1 for hunk in hunks for line in hunk.lines if line.changed)
        if not hunks:
            self.setPlainText(self.tr("No differences."))
            return
        first = True
        for hunk in hunks:
            start = next((line.new_number or line.old_number for line in hunk.lines), 0)
            if not first:
                cursor.insertBlock()
            first = False
            cursor.insertText(self.tr("Line {0}").format(start), heading)
            for line in hunk.lines:
                cursor.insertBlock()
                shown = str(line.new_number) if line.new_number else "−"
                cursor.insertText(f"{shown:>5}  ", number)
                for tag, text in line.segments:
                    fmt = removed if tag == DELETE else added if tag == INSERT else plain
                    cursor.insertText(text, fmt)
        self.moveCursor(QTextCursor.MoveOperation.Start)
