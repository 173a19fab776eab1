"""Markdown syntax highlighting for the text pane, one block (line) at a time.

``QSyntaxHighlighter`` re-highlights only the edited block and the blocks after it whose
incoming state changed, so the work per keystroke is one line. The state passed from line
to line is an ``int`` that packs "inside which kind of block" (fenced code, Liquid
``{% highlight %}``, HTML comment, ``$$`` math) and, for code, the fence and the language
(an index into this highlighter's language table). Inside code, Pygments colours each line
with a cached lexer; everywhere else a few precompiled regular expressions do the job.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.token import Token, _TokenType
from pygments.util import ClassNotFound
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextCharFormat,
    QTextDocument,
)

from editor.core.text.invisibles import invisible_positions, shows_no_glyph_box
from editor.core.text.ja_text import cjk_runs
from editor.ui.editor.code_point_highlighter import CodePointHighlighter
from editor.ui.editor.edit_layout import RestyleListener
from editor.ui.editor.highlight_palette import DARK, LIGHT

MONOSPACE_FAMILIES = ["Menlo", "Consolas", "DejaVu Sans Mono", "Noto Sans Mono", "monospace"]

# Block states (low 3 bits); the rest of the int carries fence details for code.
NORMAL = 0
FENCE = 1
LIQUID_CODE = 2
HTML_COMMENT = 3
MATH = 4
_KIND_BITS = 3
_KIND_MASK = (1 << _KIND_BITS) - 1

_FENCE_OPEN = re.compile(r"^( {0,3})(`{3,}|~{3,})[ \t]*([^`\s{]*)")
_LIQUID_OPEN = re.compile(r"^\s*\{%-?\s*highlight\s+([\w+#.-]+)[^%]*-?%\}\s*$")
_LIQUID_CLOSE = re.compile(r"^\s*\{%-?\s*endhighlight\s*-?%\}\s*$")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]|$)")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-{2,})[ \t]*$")
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)(?:[ \t]+\[[ xX]\](?=[ \t]|$))?")
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^[^\]\s]+\]:")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$")
_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?$")
_IAL = re.compile(r"\{:[^}\n]*\}")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# "*" works inside words (also between kanji); "_" does not (CommonMark's intraword rule).
_EMPHASIS = re.compile(
    r"(?<!\*)\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)|(?<![_\w])_(?=\S)(.+?)(?<=\S)_(?!\w)"
)
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(([^)\n]*)\)")
_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\](\([^)\n]*\)|\[[^\]\n]*\])")
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]+>|\bhttps?://[^\s<>()「」、。]+")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]")
_LIQUID = re.compile(r"\{%.*?%\}|\{\{.*?\}\}")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_PIPE = re.compile(r"(?<!\\)\|")


def lexer_for(language: str) -> Lexer | None:
    """A cached Pygments lexer for a fence's language, or ``None`` when unknown."""
    return _cached_lexer(language.strip().lower())


@lru_cache(maxsize=64)
def _cached_lexer(name: str) -> Lexer | None:
    if not name or name in {"text", "plain", "plaintext", "txt"}:
        return None
    try:
        return get_lexer_by_name(name, stripnl=False, ensurenl=False)
    except (ClassNotFound, ValueError):
        return None


def _format(
    color: str | None = None,
    *,
    bold: bool = False,
    italic: bool = False,
    mono: bool = False,
    background: str | None = None,
    strike: bool = False,
    underline: bool = False,
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if color:
        fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if mono:
        fmt.setFontFamilies(MONOSPACE_FAMILIES)
        fmt.setFontFixedPitch(True)
    if background:
        fmt.setBackground(QColor(background))
    if strike:
        fmt.setFontStrikeOut(True)
    if underline:
        fmt.setFontUnderline(True)
    return fmt


class MarkdownHighlighter(CodePointHighlighter):
    """Colours Markdown (with Jekyll's Liquid and kramdown bits) in a ``QTextDocument``."""

    _line = ""  # the line being highlighted (code points)

    def __init__(
        self,
        document: QTextDocument,
        dark: bool = False,
        listener: RestyleListener | None = None,
    ) -> None:
        super().__init__(document, listener)
        self._languages: list[str] = [""]
        self._language_ids: dict[str, int] = {"": 0}
        self._dark = dark
        self._build_formats()

    # -- theme ---------------------------------------------------------------------------
    @property
    def dark(self) -> bool:
        """True when the dark palette is in use."""
        return self._dark

    def set_dark(self, dark: bool) -> None:
        """Switch palettes and re-colour the whole document (a long one in steps)."""
        if dark == self._dark:
            return
        self._dark = dark
        self._build_formats()
        self.rehighlight_in_steps()

    def _build_formats(self) -> None:
        p = DARK if self._dark else LIGHT
        self.formats: dict[str, QTextCharFormat] = {
            "heading": _format(p.heading, bold=True),
            "marker": _format(p.marker),
            "strong": _format(bold=True),
            "emphasis": _format(italic=True),
            "strike": _format(p.marker, strike=True),
            "code": _format(p.code, mono=True, background=p.code_background),
            "fence": _format(p.marker, mono=True),
            "code_block": _format(p.text, mono=True, background=p.code_background),
            "link": _format(p.link, underline=True),
            "url": _format(p.url),
            "image": _format(p.link, italic=True),
            "quote": _format(p.quote, italic=True),
            "liquid": _format(p.liquid),
            "html": _format(p.html),
            "comment": _format(p.comment, italic=True),
            "footnote": _format(p.link),
            "math": _format(p.liquid, mono=True),
        }
        self._token_formats: dict[_TokenType, QTextCharFormat] = {}
        code_bg = p.code_background
        for token, color, style in (
            (Token.Keyword, p.keyword, "bold"),
            (Token.Name.Builtin, p.function, ""),
            (Token.Name.Function, p.function, ""),
            (Token.Name.Class, p.function, "bold"),
            (Token.Name.Tag, p.html, ""),
            (Token.Name.Attribute, p.number, ""),
            (Token.Name.Decorator, p.function, ""),
            (Token.Literal.String, p.string, ""),
            (Token.Literal.Number, p.number, ""),
            (Token.Comment, p.comment, "italic"),
            (Token.Operator.Word, p.keyword, "bold"),
            (Token.Generic.Heading, p.heading, "bold"),
            (Token.Generic.Inserted, p.html, ""),
            (Token.Generic.Deleted, p.keyword, ""),
        ):
            self._token_formats[token] = _format(
                color,
                mono=True,
                background=code_bg,
                bold=style == "bold",
                italic=style == "italic",
            )

    # -- states --------------------------------------------------------------------------
    def _language_id(self, language: str) -> int:
        index = self._language_ids.get(language)
        if index is None:
            index = len(self._languages)
            self._languages.append(language)
            self._language_ids[language] = index
        return index

    @staticmethod
    def _pack(kind: int, fence_length: int = 0, tilde: bool = False, language: int = 0) -> int:
        fence = min(fence_length, 63)
        return kind | (int(tilde) << 3) | (fence << 4) | (language << 10)

    @staticmethod
    def _unpack(state: int) -> tuple[int, bool, int, int]:
        if state < 0:
            return NORMAL, False, 0, 0
        return state & _KIND_MASK, bool(state >> 3 & 1), state >> 4 & 63, state >> 10

    # -- highlighting --------------------------------------------------------------------
    def highlight_line(self, text: str) -> None:
        """Colour one line (called by :class:`CodePointHighlighter` for each block)."""
        self._line = text
        self._highlight_markdown(text)
        self._hide_glyph_boxes(text)

    def _highlight_markdown(self, text: str) -> None:
        kind, tilde, fence_length, language = self._unpack(self.previousBlockState())
        if kind == FENCE:
            self._in_fence(text, tilde, fence_length, language)
        elif kind == LIQUID_CODE:
            self._in_liquid_code(text, language)
        elif kind == HTML_COMMENT:
            self._in_comment(text, 0)
        elif kind == MATH:
            self._in_math(text)
        else:
            self.setCurrentBlockState(NORMAL)
            self._normal_line(text)

    def _hide_glyph_boxes(self, text: str) -> None:
        """Hide the font's "missing glyph" box of controls: the pane marks them faintly."""
        if text.isascii() and text.isprintable():
            return
        for index in invisible_positions(text):
            if shows_no_glyph_box(text[index]):
                fmt = QTextCharFormat(self.format(self.utf16_position(index)))
                fmt.setForeground(QColor(Qt.GlobalColor.transparent))
                self.setFormat(index, 1, fmt)

    def _in_fence(self, text: str, tilde: bool, fence_length: int, language: int) -> None:
        stripped = text.strip()
        char = "~" if tilde else "`"
        if (
            len(stripped) >= fence_length
            and stripped == char * len(stripped)
            and len(text) - len(text.lstrip(" ")) < 4
        ):
            self.setFormat(0, len(text), self.formats["fence"])
            self.setCurrentBlockState(NORMAL)
            return
        self.setCurrentBlockState(self._pack(FENCE, fence_length, tilde, language))
        self._code_line(text, self._languages[language])

    def _in_liquid_code(self, text: str, language: int) -> None:
        if _LIQUID_CLOSE.match(text):
            self.setFormat(0, len(text), self.formats["liquid"])
            self.setCurrentBlockState(NORMAL)
            return
        self.setCurrentBlockState(self._pack(LIQUID_CODE, language=language))
        self._code_line(text, self._languages[language])

    def _in_comment(self, text: str, start: int) -> None:
        end = text.find("-->", start)
        if end < 0:
            self.setFormat(start, len(text) - start, self.formats["comment"])
            self.setCurrentBlockState(HTML_COMMENT)
            return
        self.setFormat(start, end + 3 - start, self.formats["comment"])
        self.setCurrentBlockState(NORMAL)
        if start == 0 and end + 3 < len(text):
            self._inline(text, end + 3)

    def _in_math(self, text: str) -> None:
        self.setFormat(0, len(text), self.formats["math"])
        closed = text.strip().endswith("$$")
        self.setCurrentBlockState(NORMAL if closed else MATH)

    def _code_line(self, text: str, language: str) -> None:
        self.setFormat(0, len(text), self.formats["code_block"])
        lexer = lexer_for(language) if language else None
        if lexer is None or not text:
            return
        formats = self._token_formats
        for index, token, value in lexer.get_tokens_unprocessed(text):
            fmt = None
            while token is not None:
                fmt = formats.get(token)
                if fmt is not None:
                    break
                token = token.parent
            if fmt is not None:
                self.setFormat(index, len(value), fmt)

    def _normal_line(self, text: str) -> None:
        if not text:
            return
        opening = _FENCE_OPEN.match(text)
        if opening:
            fence = opening.group(2)
            if not (fence[0] == "`" and "`" in text[opening.end() :]):
                self.setFormat(0, len(text), self.formats["fence"])
                language = self._language_id(opening.group(3).lower())
                self.setCurrentBlockState(self._pack(FENCE, len(fence), fence[0] == "~", language))
                return
        liquid = _LIQUID_OPEN.match(text)
        if liquid:
            self.setFormat(0, len(text), self.formats["liquid"])
            language = self._language_id(liquid.group(1).lower())
            self.setCurrentBlockState(self._pack(LIQUID_CODE, language=language))
            return
        stripped = text.strip()
        if stripped.startswith("$$") and not (len(stripped) > 2 and stripped.endswith("$$")):
            self.setFormat(0, len(text), self.formats["math"])
            self.setCurrentBlockState(MATH)
            return
        heading = _HEADING.match(text)
        if heading:
            self.setFormat(0, len(text), self.formats["heading"])
            self.setFormat(heading.start(1), len(heading.group(1)), self.formats["marker"])
            self._inline(text, heading.end(), base=self.formats["heading"])
            return
        if _RULE.match(text) or _SETEXT.match(text):
            self.setFormat(0, len(text), self.formats["marker"])
            return
        if _LINK_DEF.match(text):
            self.setFormat(0, len(text), self.formats["url"])
            return
        start = 0
        quote = _QUOTE.match(text)
        if quote:
            self.setFormat(0, len(text), self.formats["quote"])
            self.setFormat(0, quote.end(), self.formats["marker"])
            start = quote.end()
        listed = _LIST.match(text, start)
        if listed:
            self.setFormat(start, listed.end() - start, self.formats["marker"])
            start = listed.end()
        footnote = _FOOTNOTE_DEF.match(text)
        if footnote:
            self.setFormat(0, footnote.end(), self.formats["footnote"])
            start = footnote.end()
        if "|" in text:
            if _TABLE_RULE.match(text):
                self.setFormat(0, len(text), self.formats["marker"])
                return
            for pipe in _PIPE.finditer(text, start):
                self.setFormat(pipe.start(), 1, self.formats["marker"])
        self._inline(text, start, base=self.formats["quote"] if quote else None)

    def _inline(self, text: str, start: int, base: QTextCharFormat | None = None) -> None:
        """Colour the inline syntax of ``text[start:]``; cheap tests skip absent markup."""
        formats = self.formats
        if "*" in text or "_" in text:
            for match in _STRONG.finditer(text, start):
                self._merge(match.start(), match.end() - match.start(), formats["strong"], base)
            for match in _EMPHASIS.finditer(text, start):
                self._merge(match.start(), match.end() - match.start(), formats["emphasis"], base)
        if "~~" in text:
            for match in _STRIKE.finditer(text, start):
                self.setFormat(match.start(), match.end() - match.start(), formats["strike"])
        if "[" in text:
            for match in _IMAGE.finditer(text, start):
                self.setFormat(match.start(), match.end() - match.start(), formats["image"])
                self.setFormat(match.start(2), len(match.group(2)), formats["url"])
            for match in _LINK.finditer(text, start):
                self.setFormat(match.start(1), len(match.group(1)), formats["link"])
                self.setFormat(match.start(2), len(match.group(2)), formats["url"])
            for match in _FOOTNOTE_REF.finditer(text, start):
                self.setFormat(match.start(), match.end() - match.start(), formats["footnote"])
        if "<" in text:
            for match in _HTML_TAG.finditer(text, start):
                self.setFormat(match.start(), match.end() - match.start(), formats["html"])
            comment = text.find("<!--", start)
            if comment >= 0:
                self._in_comment(text, comment)
        if "://" in text or "<" in text:
            for match in _AUTOLINK.finditer(text, start):
                self.setFormat(match.start(), match.end() - match.start(), formats["url"])
        if "{" in text:
            for match in _LIQUID.finditer(text, start):
                self.setFormat(match.start(), match.end() - match.start(), formats["liquid"])
            for match in _IAL.finditer(text, start):
                self.setFormat(match.start(), match.end() - match.start(), formats["marker"])
        if "`" in text:
            for match in _CODE_SPAN.finditer(text, start):
                self.setFormat(match.start(), match.end() - match.start(), formats["code"])

    def setFormat(self, start: int, count: int, fmt: QTextCharFormat) -> None:  # type: ignore[override]
        """Format as asked, but never slant Japanese: it has no italic, only a fake one.

        Emphasis, quotes and comments over kana and kanji get a dotted underline in their
        colour instead (the nearest a text pane comes to 傍点).
        """
        runs = cjk_runs(self._line[start : start + count]) if fmt.fontItalic() and count > 0 else []
        if not runs:
            super().setFormat(start, count, fmt)
            return
        super().setFormat(start, count, fmt)
        upright = QTextCharFormat(fmt)
        upright.setFontItalic(False)
        upright.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        upright.setUnderlineColor(fmt.foreground().color())
        for run_start, run_end in runs:
            super().setFormat(start + run_start, run_end - run_start, upright)

    def _merge(
        self, start: int, length: int, fmt: QTextCharFormat, base: QTextCharFormat | None
    ) -> None:
        if base is None:
            self.setFormat(start, length, fmt)
            return
        merged = QTextCharFormat(base)
        merged.merge(fmt)
        self.setFormat(start, length, merged)
