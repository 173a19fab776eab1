"""A syntax highlighter whose positions are Python's (code points), not Qt's (UTF-16).

``QSyntaxHighlighter.setFormat`` counts UTF-16 units; a highlighter written in Python
matches regular expressions on ``str`` and counts code points. After an emoji or a rare
kanji outside the Basic Multilingual Plane every colour would land one place early per
such character. Subclasses implement :meth:`highlight_line` and call ``setFormat`` with
code-point positions; this class converts them.
"""

from __future__ import annotations

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat


def utf16_table(text: str) -> list[int] | None:
    """Each code point's UTF-16 position in ``text`` (and the end), or ``None`` if equal."""
    if text.isascii() or len(text.encode("utf-16-le")) == 2 * len(text):
        return None
    table = [0]
    for char in text:
        table.append(table[-1] + (2 if ord(char) > 0xFFFF else 1))
    return table


class CodePointHighlighter(QSyntaxHighlighter):
    """Base for the app's highlighters: positions in code points, like ``str``."""

    _units: list[int] | None = None  # code point → UTF-16 position, this block

    def highlightBlock(self, text: str) -> None:  # Qt override
        self._units = utf16_table(text)
        self.highlight_line(text)

    def highlight_line(self, text: str) -> None:
        """Colour one block's ``text`` (positions in code points)."""
        raise NotImplementedError

    def utf16_position(self, index: int) -> int:
        """The Qt position in the current block of code-point ``index``."""
        units = self._units
        return index if units is None else units[min(len(units) - 1, index)]

    def setFormat(self, start: int, count: int, fmt: QTextCharFormat) -> None:  # type: ignore[override]
        """Format ``count`` characters from ``start``, counted in code points."""
        end = self.utf16_position(start + count)
        start = self.utf16_position(start)
        super().setFormat(start, end - start, fmt)
