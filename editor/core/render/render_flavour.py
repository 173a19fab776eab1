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
from collections.abc import Callable
from dataclasses import replace

from markdown_it import MarkdownIt
from markdown_it.common.utils import isWhiteSpace
from markdown_it.rules_block import StateBlock
from markdown_it.rules_block import heading as atx_heading
from markdown_it.rules_block import lheading as setext_heading
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline.state_inline import Delimiter, StateInline
from markdown_it.token import Token

from editor.core.render.headings import (
    HeadingInfo,
    goldmark_id,
    heading_attributes,
    without_closing_hashes,
)
from editor.core.site.generator import MarkdownFlavour
from editor.core.text.table_row import trimmed_cells

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


def _goldmark_ids(id_type: str) -> Callable[[StateCore], None]:
    """The core rule giving headings goldmark's automatic ids: made from the heading's
    last source line (without its ``#`` marks, closing ``#`` run and ``{…}`` attributes),
    in the site's ``autoHeadingIDType``."""

    def rule(state: StateCore) -> None:
        tokens = state.tokens
        opened = [token for token in tokens if token.type == "heading_open"]
        found: list[HeadingInfo] = state.env.get("kiji_headings", [])
        first = len(found) - len(opened)
        auto: list[str] = []
        lines: list[str] | None = None
        for offset, (token, heading) in enumerate(zip(opened, found[first:], strict=False)):
            if not heading.auto or token.map is None:
                continue
            if lines is None:
                lines = state.src.split("\n")
            anchor = goldmark_id(_heading_source(token, lines), id_type)
            token.attrSet("id", anchor)
            found[first + offset] = replace(heading, anchor=anchor)
            auto.append(anchor)
        state.env["kiji_auto_ids"] = auto

    return rule


def _goldmark_heading_attributes(state: StateCore) -> None:
    """goldmark's attributes after a heading (``## Title {#id .class key=value}``, on in
    Hugo by default): they go on the heading and out of its text; anything that does not
    read as attributes stays text, as goldmark leaves it."""
    tokens = state.tokens
    for index, token in enumerate(tokens[:-1]):
        if token.type != "heading_open":
            continue
        children = tokens[index + 1].children or []
        if not children or children[-1].type != "text":
            continue
        text, attributes = heading_attributes(children[-1].content)
        if not attributes:
            continue
        children[-1].content = text
        for name, value in attributes:
            if name == "class" and token.attrGet("class"):
                value = f"{token.attrGet('class')} {value}"
            token.attrSet(name, value)


def _heading_source(token: Token, lines: list[str]) -> str:
    """The Markdown of a heading as goldmark sees it: an ATX heading's line without its
    marks, a setext heading's last text line; attributes and a closing run dropped."""
    start, end = token.map or (0, 0)
    if token.markup.startswith("#"):
        text = lines[start] if start < len(lines) else ""
        text = without_closing_hashes(text.strip(" \t").lstrip("#"))
    else:
        text = lines[end - 2] if 0 <= end - 2 < len(lines) else ""
    return heading_attributes(text)[0]


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


_PIPE = re.compile(r"(?:^|[^\\])\|")
_TABLE_SEPARATOR = re.compile(r"^[+|: \t-]*-[+|: \t-]*$")


def _table_cells(line: str) -> list[str]:
    """A kramdown table row's cells: split on pipes outside code spans, the outer ones
    dropped."""
    cells: list[str] = []
    current: list[str] = []
    ticks = 0
    index = 0
    while index < len(line):
        char = line[index]
        if char == "`":
            run = len(line[index:]) - len(line[index:].lstrip("`"))
            ticks = 0 if ticks == run else ticks or run
            current.append("`" * run)
            index += run
            continue
        if char == "\\" and line[index + 1 : index + 2] == "|":
            current.append("|" if not ticks else "\\|")
            index += 2
            continue
        if char == "|" and not ticks:
            cells.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    cells.append("".join(current))
    return trimmed_cells(cells, line)


def _alignments(separator: str) -> list[str]:
    found = []
    for cell in _table_cells(separator):
        left, right = cell.startswith(":"), cell.endswith(":")
        found.append("center" if left and right else "right" if right else "left" if left else "")
    return found


def _kramdown_table(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """kramdown's table, tried where a paragraph would start: every line with an unescaped
    ``|`` is a row, with or without a separator line (``|---|``) under the header rows;
    pipes in code spans do not split cells, and short rows get empty cells."""
    if state.is_code_block(start):
        return False

    def text(line: int) -> str:
        return state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]]

    first = text(start)
    if not first or not _PIPE.search(first) or _TABLE_SEPARATOR.match(first):
        return False
    line = start
    rows: list[tuple[int, str]] = []
    while line < end and not state.isEmpty(line) and _PIPE.search(text(line)):
        if state.sCount[line] - state.blkIndent >= 4:
            break
        if line > start and state.sCount[line] < state.blkIndent:
            break  # the line is outside the list item (or quote) the table is in
        rows.append((line, text(line)))
        line += 1
    if line < end and not state.isEmpty(line) and state.sCount[line] >= state.blkIndent:
        terminators = state.md.block.ruler.getRules("paragraph")
        if not any(rule(state, line, end, True) for rule in terminators):
            return False  # the rows must end the block: a plain line makes it a paragraph
    if silent:
        return True
    separators = [i for i, (_, row) in enumerate(rows) if _TABLE_SEPARATOR.match(row)]
    header = rows[: separators[0]] if separators else []
    align = _alignments(rows[separators[0]][1]) if separators else []
    body = [row for i, row in enumerate(rows) if i not in separators and i >= len(header)]
    width = max(len(_table_cells(row)) for _, row in rows if not _TABLE_SEPARATOR.match(row))
    table = state.push("table_open", "table", 1)
    table.map = [start, line]

    def push_rows(group: list[tuple[int, str]], cell_tag: str) -> None:
        for number, row in group:
            state.push("tr_open", "tr", 1).map = [number, number + 1]
            cells = _table_cells(row)
            for column in range(width):
                opening = state.push(f"{cell_tag}_open", cell_tag, 1)
                if column < len(align) and align[column]:
                    opening.attrs = {"style": f"text-align:{align[column]}"}
                inline = state.push("inline", "", 0)
                cell = cells[column] if column < len(cells) else ""
                inline.content = cell or "\u00a0"  # kramdown fills an empty cell
                inline.map = [number, number + 1]
                inline.children = []
                state.push(f"{cell_tag}_close", cell_tag, -1)
            state.push("tr_close", "tr", -1)

    if header:
        state.push("thead_open", "thead", 1)
        push_rows(header, "th")
        state.push("thead_close", "thead", -1)
    if body:
        state.push("tbody_open", "tbody", 1)
        push_rows(body, "td")
        state.push("tbody_close", "tbody", -1)
    state.push("table_close", "table", -1)
    state.line = line
    return True


def _kramdown_heading(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """markdown-it's ATX heading, except a line of ``#`` alone: kramdown's GFM parser
    wants text after the marks, so ``####`` is a paragraph on Jekyll's page."""
    line = state.src[state.bMarks[start] + state.tShift[start] : state.eMarks[start]]
    if _ONLY_MARKS.match(line):
        return False
    return bool(atx_heading(state, start, end, silent))


_ONLY_MARKS = re.compile(r"^#{1,6}[ \t]*$")


def _kramdown_lheading(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """markdown-it's setext heading, except that in a list item kramdown takes a line of
    ``-`` or ``=`` alone as the underline even when it is indented less than the item's
    text: ``- item`` over ``-`` is a heading in the item, not a second, empty item
    (kramdown's list items need a space after the marker)."""
    line = start + 1
    indent = state.sCount[line] if line < end else state.blkIndent
    if indent < state.blkIndent and not state.isEmpty(line):
        text = state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]]
        if _KRAMDOWN_UNDERLINE.match(text):
            state.sCount[line] = state.blkIndent  # for markdown-it's rule, this call only
            try:
                return bool(setext_heading(state, start, end, silent))
            finally:
                state.sCount[line] = indent
    return bool(setext_heading(state, start, end, silent))


_KRAMDOWN_UNDERLINE = re.compile(r"^(?:-(?![ \t])-*|=+)[ \t]*$")


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
        md.block.ruler.at(  # keep what a heading may interrupt
            "heading", _kramdown_heading, {"alt": ["paragraph", "reference", "blockquote"]}
        )
        md.block.ruler.at("lheading", _kramdown_lheading)
        md.disable("table")  # kramdown's tables need no separator line and cannot
        md.block.ruler.before("paragraph", "kiji_kramdown_table", _kramdown_table)  # cut in
        md.block.ruler.before(
            "html_block",
            "kiji_kramdown_html_block",
            _kramdown_html_block,
            {"alt": ["paragraph", "reference", "blockquote"]},
        )
    if not flavour.heading_ids:
        md.core.ruler.after("kiji_headings", "kiji_no_heading_ids", _without_auto_ids)
    elif flavour.goldmark_id_type:
        rule = _goldmark_ids(flavour.goldmark_id_type)
        md.core.ruler.after("kiji_headings", "kiji_goldmark_ids", rule)
    if flavour.goldmark_id_type:  # goldmark, which Hugo runs with heading attributes on
        md.core.ruler.after("inline", "kiji_goldmark_attributes", _goldmark_heading_attributes)
    return md
