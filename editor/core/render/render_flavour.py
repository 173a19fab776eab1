"""The site's Markdown flavour in the preview: kramdown's or goldmark's emphasis and typography.

CommonMark (markdown-it, goldmark) only opens ``**`` when the next character is not
punctuation or the one before is space or punctuation, so ``これは**「重要」**です`` keeps
its asterisks; kramdown (Jekyll) opens ``*``/``**`` before any non-space and closes after
any non-space, so the published page shows it bold. kramdown and goldmark's typographer
(on by default in Hugo) both turn ``---``/``--``/``...``/``<<``/``>>`` into dashes,
ellipses and guillemets and straight quotes into curly ones. Hugo's
``markup.goldmark.extensions.cjk.eastAsianLineBreaks`` joins lines between Japanese
characters without a space.

The :class:`~editor.core.site.generator.MarkdownFlavour` comes from the site's generator;
:func:`apply_flavour` adds the matching rules to a markdown-it parser.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.common.utils import isWhiteSpace
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline.state_inline import Delimiter, StateInline
from markdown_it.token import Token

from editor.core.render.headings import HeadingInfo
from editor.core.site.generator import MarkdownFlavour

__all__ = ["MarkdownFlavour", "apply_flavour"]

_SYMBOLS = re.compile(r"---|--|\.\.\.|<<|>>")
_SYMBOL_TEXT = {"---": "\u2014", "--": "\u2013", "...": "\u2026", "<<": "\u00ab", ">>": "\u00bb"}
_WIDE = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _kramdown_emphasis(state: StateInline, silent: bool) -> bool:
    """markdown-it's emphasis tokenizer with kramdown's rule for ``*`` runs.

    ``*`` opens before a non-space and closes after a non-space, whatever punctuation is
    around it (``**「重要」**``); ``_`` keeps CommonMark's rule, which matches kramdown's
    refusal to emphasise inside words (``snake_case``, ``日本_語_です``).
    """
    start = state.pos
    marker = state.src[start]
    if silent or marker not in ("_", "*"):
        return False
    scanned = state.scanDelims(start, marker == "*")
    can_open, can_close = scanned.can_open, scanned.can_close
    if marker == "*":
        before = state.src[start - 1] if start > 0 else " "
        end = start + scanned.length
        after = state.src[end] if end < state.posMax else " "
        can_open = not isWhiteSpace(ord(after))
        can_close = not isWhiteSpace(ord(before))
    for _ in range(scanned.length):
        token = state.push("text", "", 0)
        token.content = marker
        state.delimiters.append(
            Delimiter(
                marker=ord(marker),
                length=scanned.length,
                token=len(state.tokens) - 1,
                end=-1,
                open=can_open,
                close=can_close,
            )
        )
    state.pos += scanned.length
    return True


def _typographic_symbols(state: StateCore) -> None:
    """Dashes, ellipsis and guillemets in text (never in code), as kramdown and goldmark."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        inside_link = 0
        for token in block.children:
            if token.type == "link_open" and token.info == "auto":
                inside_link += 1
            elif token.type == "link_close" and inside_link:
                inside_link -= 1
            elif token.type == "text" and not inside_link and _SYMBOLS.search(token.content):
                token.content = _SYMBOLS.sub(lambda m: _SYMBOL_TEXT[m.group()], token.content)


def _east_asian_line_breaks(state: StateCore) -> None:
    """Drop a soft line break between two wide (Japanese) characters."""
    for block in state.tokens:
        children = block.children
        if block.type != "inline" or not children:
            continue
        kept: list[Token] = []
        for index, token in enumerate(children):
            if token.type == "softbreak" and 0 < index < len(children) - 1:
                before, after = children[index - 1], children[index + 1]
                if (
                    before.type == "text"
                    and after.type == "text"
                    and _WIDE.match(before.content[-1:])
                    and _WIDE.match(after.content[:1])
                ):
                    continue
            kept.append(token)
        block.children = kept


def _without_auto_ids(state: StateCore) -> None:
    """Take the automatic ids off headings again (the converter gives none); explicit ids
    (``{#id}``, attribute lists) stay, and the outline keeps its anchors."""
    opened = [token for token in state.tokens if token.type == "heading_open"]
    found: list[HeadingInfo] = state.env.get("kiji_headings", [])
    for token, heading in zip(opened, found[len(found) - len(opened) :], strict=False):
        if heading.auto:
            token.attrs.pop("id", None)
    state.env["kiji_auto_ids"] = []


def _lazy_code(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """markdown-it's indented code block, with kramdown's lazy lines: an unindented line
    right after a code line belongs to the block too (up to a blank line), joined to the
    line before it by a space, as kramdown does."""
    if not state.is_code_block(start):
        return False
    last = line = start + 1
    lazy: list[int] = []
    while line < end:
        if state.isEmpty(line):
            line += 1
        elif state.is_code_block(line) or line == last:
            if not state.is_code_block(line):
                lazy.append(line)
            line += 1
            last = line
        else:
            break
    state.line = last
    pieces: list[str] = []
    for number in range(start, last):
        if number in lazy:
            pieces[-1] += " " + state.getLines(number, number + 1, 0, False)
        else:
            pieces.append(state.getLines(number, number + 1, 4 + state.blkIndent, False))
    token = state.push("code_block", "code", 0)
    token.content = "\n".join(pieces) + "\n"
    token.map = [start, state.line]
    return True


# kramdown's block-level HTML elements whose block runs to their closing tag.
_KRAMDOWN_BLOCK_HTML = re.compile(
    r"^<(table|div|dl|ol|ul|blockquote|figure|section|article|aside|details|form|fieldset"
    r"|header|footer|nav|main|video|audio|object|iframe|center)(?=[\s>/])",
    re.IGNORECASE,
)


def _kramdown_html_block(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """kramdown's HTML block: from a block element's opening tag to its matching closing
    tag, blank lines included (CommonMark stops at the first blank line, so a table with a
    blank line inside fell apart into code and text). Elements with ``markdown="1"`` hold
    Markdown and are left to the usual rule."""
    if state.is_code_block(start):
        return False
    first = state.src[state.bMarks[start] + state.tShift[start] : state.eMarks[start]]
    opening = _KRAMDOWN_BLOCK_HTML.match(first)
    if opening is None or re.search(r"\smarkdown\s*=", first.split(">", 1)[0]):
        return False
    tag = re.escape(opening.group(1))
    tags = re.compile(rf"<(/?){tag}(?=[\s>/])[^>]*?(/?)>", re.IGNORECASE)
    depth = 0
    blank_inside = False
    for line in range(start, end):
        text = state.src[state.bMarks[line] : state.eMarks[line]]
        blank_inside = blank_inside or not text.strip()
        for found in tags.finditer(text):
            if found.group(1):
                depth -= 1
            elif not found.group(2):
                depth += 1
        if depth <= 0:
            break
    else:
        return False  # never closed: CommonMark's rule decides
    if not blank_inside:
        return False  # CommonMark's rule gives the same block
    if silent:
        return True
    state.line = line + 1
    token = state.push("html_block", "", 0)
    token.map = [start, state.line]
    token.content = state.getLines(start, state.line, state.blkIndent, True)
    return True


def apply_flavour(md: MarkdownIt, flavour: MarkdownFlavour) -> MarkdownIt:
    """Give ``md`` the emphasis, typography and line breaks of ``flavour``; return it."""
    if flavour.kramdown_emphasis:
        md.inline.ruler.at("emphasis", _kramdown_emphasis)
    if flavour.typographic:
        md.options["typographer"] = True
        md.enable("smartquotes")
        md.disable("replacements", ignoreInvalid=True)  # (c) → © is not kramdown's
        md.core.ruler.after("inline", "kiji_typographic_symbols", _typographic_symbols)
    if flavour.east_asian_line_breaks:
        md.core.ruler.push("kiji_east_asian_line_breaks", _east_asian_line_breaks)
    if flavour.kramdown_blocks:
        md.block.ruler.at("code", _lazy_code)
        md.block.ruler.before(
            "html_block",
            "kiji_kramdown_html_block",
            _kramdown_html_block,
            {"alt": ["paragraph", "reference", "blockquote"]},
        )
    if not flavour.heading_ids:
        md.core.ruler.after("kiji_headings", "kiji_no_heading_ids", _without_auto_ids)
    return md
