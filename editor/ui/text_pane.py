"""The Markdown text pane."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class TextPane(QPlainTextEdit):
    """Where the writer types the post's body.

    Emits ``topLineChanged(line)`` with the fractional body line at the top of the view
    whenever the writer scrolls, so the preview can follow; :meth:`scroll_to_line` is the
    inverse and does not echo back.
    """

    topLineChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textPane")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(max(font.pointSizeF(), 11.0) + 1.0)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        self.setFont(font)
        self.document().setDocumentMargin(12)
        self._following = False
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    def set_text_quietly(self, text: str) -> None:
        """Replace the whole text as a fresh document: no undo history, cursor at the start."""
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def top_line(self) -> float:
        """The fractional line number at the top of the view (0 = first line)."""
        block = self.firstVisibleBlock()
        if not block.isValid():
            return 0.0
        geometry = self.blockBoundingGeometry(block).translated(self.contentOffset())
        height = geometry.height() or 1.0
        return block.blockNumber() + max(0.0, -geometry.top()) / height

    def scroll_to_line(self, line: float) -> None:
        """Scroll so ``line`` (fractional) is at the top; does not emit ``topLineChanged``."""
        block = self.document().findBlockByNumber(int(line))
        if not block.isValid():
            return
        # The vertical scroll bar counts layout lines; sum them up to the target block.
        value = 0
        current = self.document().firstBlock()
        while current.isValid() and current.blockNumber() < block.blockNumber():
            value += max(1, current.lineCount())
            current = current.next()
        value += int((line - int(line)) * max(1, block.lineCount()))
        self._following = True
        try:
            self.verticalScrollBar().setValue(value)
        finally:
            self._following = False

    def _on_scrolled(self, _value: int) -> None:
        if not self._following:
            self.topLineChanged.emit(self.top_line())
