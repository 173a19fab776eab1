"""Colours for raw YAML or TOML front matter: keys, strings, dates and numbers, comments."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextDocument

from editor.ui.editor.code_point_highlighter import CodePointHighlighter
from editor.ui.editor.edit_layout import RestyleListener

_YAML_KEY = re.compile(r"^(\s*(?:-\s+)?)((?:\"[^\"]*\"|'[^']*'|[^\s#:\"'][^:#]*?))(?=\s*:(?:\s|$))")
_TOML_KEY = re.compile(r"^(\s*)([A-Za-z0-9_.\-]+|\"[^\"]*\"|'[^']*')(?=\s*=)")
_TOML_TABLE = re.compile(r"^\s*\[\[?[^\]]*\]\]?")
_STRING = re.compile(r"\"(?:[^\"\\]|\\.)*\"?|'(?:[^']|'')*'?")
_NUMBER = re.compile(
    r"(?<![\w.-])(?:\d{4}-\d{1,2}-\d{1,2}(?:[Tt ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?)?|[-+]?\d+(?:\.\d+)?)(?![\w.-])"
)
_CONSTANT = re.compile(r"(?<![\w-])(?:true|false|yes|no|on|off|null|~)(?![\w-])", re.I)
_COMMENT_START = re.compile(r"(?:^|(?<=\s))#")


def _fmt(color: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    text_format = QTextCharFormat()
    text_format.setForeground(QColor(color))
    if bold:
        text_format.setFontWeight(QFont.Weight.DemiBold)
    text_format.setFontItalic(italic)
    return text_format


class FrontMatterHighlighter(CodePointHighlighter):
    """Highlight a YAML (``"yaml"``) or TOML (``"toml"``) front-matter block."""

    def __init__(
        self,
        document: QTextDocument,
        fmt: str = "yaml",
        dark: bool = False,
        listener: RestyleListener | None = None,
    ) -> None:
        super().__init__(document, listener)
        self._format = fmt
        self.set_dark(dark)

    def set_format(self, fmt: str) -> None:
        """Switch between ``"yaml"`` and ``"toml"`` rules."""
        if fmt != self._format:
            self._format = fmt
            self.rehighlight()

    def set_dark(self, dark: bool) -> None:
        """Use colours that read well on a dark (or light) background."""
        if dark:
            colors = ("#8ab4f8", "#a8d8a0", "#f2b272", "#d7a6f5", "#8a8f98")
        else:
            colors = ("#1a5fb4", "#26734d", "#a8560b", "#8035a8", "#6e7781")
        self._key = _fmt(colors[0], bold=True)
        self._string = _fmt(colors[1])
        self._number = _fmt(colors[2])
        self._constant = _fmt(colors[3])
        self._comment = _fmt(colors[4], italic=True)
        self.rehighlight()

    def highlight_line(self, text: str) -> None:
        """Colour one line of the front matter (positions in code points)."""
        key_re = _TOML_KEY if self._format == "toml" else _YAML_KEY
        for match in _NUMBER.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self._number)
        for match in _CONSTANT.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self._constant)
        strings: list[tuple[int, int]] = []
        for match in _STRING.finditer(text):
            strings.append((match.start(), match.end()))
            self.setFormat(match.start(), match.end() - match.start(), self._string)
        key = key_re.match(text)
        if key:
            self.setFormat(key.start(2), key.end(2) - key.start(2), self._key)
        if self._format == "toml":
            table = _TOML_TABLE.match(text)
            if table:
                self.setFormat(table.start(), table.end() - table.start(), self._key)
        for match in _COMMENT_START.finditer(text):
            start = match.start()
            if not any(a < start < b for a, b in strings):
                self.setFormat(start, len(text) - start, self._comment)
                break
