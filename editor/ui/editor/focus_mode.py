"""Focus mode: dim everything but the paragraph or sentence being written."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from editor.core.text.utf16 import code_point_index, utf16_length, utf16_offsets
from editor.ui.editor.text_pane import TextPane

MODES = ("off", "paragraph", "sentence")
# A sentence ends after 。！？!? (or a "." before a space), plus closing quotes/brackets.
_SENTENCE_END = re.compile(r"(?:[。！？!?]+|\.(?=\s|$))[」』）)\"'”’]*\s*")


def sentence_span(text: str, offset: int) -> tuple[int, int]:
    """``(start, end)`` of the sentence of ``text`` that holds ``offset``."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if offset < match.end() or match.end() == len(text):
            return start, match.end()
        start = match.end()
    return start, len(text)


class FocusMode(QObject):
    """Dims the text pane outside the caret's paragraph (or sentence) — layer ``"focus"``."""

    def __init__(self, pane: TextPane) -> None:
        super().__init__(pane)
        self._pane = pane
        self._mode = "off"
        self._span: tuple[int, int] | None = None
        pane.cursorPositionChanged.connect(self.update)
        pane.textChanged.connect(self.update)

    @property
    def mode(self) -> str:
        """``"off"``, ``"paragraph"`` or ``"sentence"``."""
        return self._mode

    def set_mode(self, mode: str) -> None:
        """Switch focus mode; unknown names turn it off."""
        self._mode = mode if mode in MODES else "off"
        self._span = None
        self.update()

    def focused_span(self) -> tuple[int, int] | None:
        """The document range left undimmed, or ``None`` when focus mode is off."""
        if self._mode == "off":
            return None
        cursor = self._pane.textCursor()
        block = cursor.block()
        first = last = block
        lines = [block.text()]
        if block.text().strip():
            while first.previous().isValid() and first.previous().text().strip():
                first = first.previous()
                lines.insert(0, first.text())
            while last.next().isValid() and last.next().text().strip():
                last = last.next()
                lines.append(last.text())
        start = first.position()
        end = last.position() + utf16_length(last.text())
        if self._mode == "sentence":
            # Qt positions count UTF-16 units, the sentence finder code points.
            paragraph = "\n".join(lines)
            caret = code_point_index(paragraph, cursor.position() - start)
            inner = utf16_offsets(paragraph, sentence_span(paragraph, caret))
            return start + inner[0], start + inner[1]
        return start, end

    def update(self) -> None:
        """Recompute the dimmed ranges (cheap when the caret stays in the same span)."""
        span = self.focused_span()
        if span == self._span and span is not None:
            return
        self._span = span
        if span is None:
            self._pane.set_selection_layer("focus", [])
            return
        dim = QColor(self._pane.palette().text().color())
        dim.setAlphaF(0.35)
        fmt = QTextCharFormat()
        fmt.setForeground(dim)
        document = self._pane.document()
        selections = []
        for start, end in ((0, span[0]), (span[1], document.characterCount() - 1)):
            if end <= start:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self._pane.set_selection_layer("focus", selections)
