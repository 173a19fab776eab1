"""Markdown editing helpers: wrap in emphasis, links, headings, lists, quotes, Enter and Tab.

The line logic is plain string functions (``continue_line``, ``set_heading_level``,
``toggle_prefix``, ``indent_list_item``) so it is easy to test; the ``apply_*``
functions run them on a ``QTextCursor`` as one undo step each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor

from editor.core.text.utf16 import code_point_index, utf16_length
from editor.ui.editor.markdown_table import apply_table_key

_LIST_ITEM = re.compile(
    r"^(?P<indent>[ \t]*)(?P<quote>(?:>[ \t]?)*)(?P<indent2>[ \t]*)"
    r"(?:(?P<bullet>[-*+])|(?P<number>\d{1,9})(?P<delim>[.)]))"
    r"(?P<space>[ \t]+|$)(?P<task>\[[ xX]\][ \t]+)?"
)
_QUOTE_ONLY = re.compile(r"^(?P<prefix>[ \t]*(?:>[ \t]?)+)")
_HEADING = re.compile(r"^(?P<hashes>#{1,6})(?:[ \t]+|$)")
_URLISH = re.compile(r"^(?:https?://|mailto:|/)\S*$")
BLOG_TOP_HEADING = 2  # the post title is the page's <h1>; sections start at <h2>


@dataclass(frozen=True, slots=True)
class Continuation:
    """What Enter does on a list or quote line.

    ``prefix`` starts the new line; when ``end_block`` is true the current line was an
    empty item and is cleared instead (Enter on an empty item ends the list or quote).
    """

    prefix: str
    end_block: bool = False


def continue_line(line: str) -> Continuation | None:
    """The continuation for Enter pressed at the end of ``line``, or ``None`` for plain Enter."""
    item = _LIST_ITEM.match(line)
    if item:
        if item.end() == len(line) or not line[item.end() :].strip():
            return Continuation("", end_block=True)
        lead = item.group("indent") + item.group("quote") + item.group("indent2")
        space = item.group("space") or " "
        task = "[ ] " if item.group("task") else ""
        if item.group("bullet"):
            return Continuation(f"{lead}{item.group('bullet')}{space}{task}")
        number = int(item.group("number")) + 1
        return Continuation(f"{lead}{number}{item.group('delim')}{space}{task}")
    quote = _QUOTE_ONLY.match(line)
    if quote:
        if not line[quote.end() :].strip():
            return Continuation("", end_block=True)
        prefix = quote.group("prefix")
        return Continuation(prefix if prefix.endswith((" ", "\t")) else prefix + " ")
    return None


def marker_end(line: str) -> int:
    """Column where a list or quote line's content starts (0 for other lines)."""
    item = _LIST_ITEM.match(line)
    if item:
        return item.end()
    quote = _QUOTE_ONLY.match(line)
    return quote.end() if quote else 0


def heading_level(line: str) -> int:
    """The ATX heading level of ``line`` (0 for a paragraph line)."""
    match = _HEADING.match(line)
    return len(match.group("hashes")) if match else 0


def set_heading_level(line: str, level: int) -> str:
    """``line`` as a heading of ``level`` (0 makes it a paragraph), text kept."""
    match = _HEADING.match(line)
    text = line[match.end() :] if match else line
    return ("#" * level + " " + text) if level > 0 else text


def bigger_heading(level: int) -> int:
    """Heading level up: a paragraph becomes a section heading (H2), then H1 at most."""
    return BLOG_TOP_HEADING if level == 0 else max(1, level - 1)


def smaller_heading(level: int) -> int:
    """Heading level down: H1 → H2 … H6 → paragraph; a paragraph stays one."""
    return 0 if level in (0, 6) else level + 1


def toggle_prefix(lines: list[str], prefix: str) -> list[str]:
    """Add ``prefix`` ("- " or "> ") to every line, or remove it if all lines have it."""
    marker = prefix.rstrip()
    content = [line for line in lines if line.strip()]
    if content and all(line.lstrip().startswith(marker) for line in content):
        result = []
        for line in lines:
            stripped = line.lstrip()
            if stripped.startswith(prefix):
                stripped = stripped[len(prefix) :]
            elif stripped.startswith(marker):
                stripped = stripped[len(marker) :]
            result.append(line[: len(line) - len(line.lstrip())] + stripped)
        return result
    return [prefix + line if line.strip() or prefix.startswith(">") else line for line in lines]


def is_list_item(line: str) -> bool:
    """True for a bullet, numbered or task list line (inside quotes too)."""
    return _LIST_ITEM.match(line) is not None


def _indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def indent_list_item(lines: list[str], index: int) -> str:
    """Line ``index`` nested one level deeper: under the content of the item above it."""
    line = lines[index]
    own = _indent_of(line)
    for previous in reversed(lines[:index]):
        if not previous.strip():
            continue
        item = _LIST_ITEM.match(previous)
        if item is None:
            break
        if _indent_of(previous) <= own:
            content = len(item.group("indent")) + (item.end("space") - item.end("indent"))
            if content > own:
                return " " * content + line.lstrip(" ")
            break
    return "    " + line


def outdent_list_item(lines: list[str], index: int) -> str:
    """Line ``index`` one nesting level shallower (to its parent item's column)."""
    line = lines[index]
    own = _indent_of(line)
    if own == 0:
        return line
    target = 0
    for previous in reversed(lines[:index]):
        if not previous.strip() or _LIST_ITEM.match(previous) is None:
            continue
        if _indent_of(previous) < own:
            target = _indent_of(previous)
            break
    return " " * target + line[own:]


# -- cursor operations ---------------------------------------------------------------------


def _selected_blocks(cursor: QTextCursor) -> tuple[int, int]:
    doc = cursor.document()
    first = doc.findBlock(cursor.selectionStart()).blockNumber()
    end = cursor.selectionEnd()
    last_block = doc.findBlock(end)
    # A selection ending at the very start of a line does not include that line.
    if cursor.hasSelection() and end == last_block.position() and last_block.blockNumber() > first:
        return first, last_block.blockNumber() - 1
    return first, last_block.blockNumber()


def _replace_lines(cursor: QTextCursor, first: int, last: int, new_lines: list[str]) -> None:
    doc = cursor.document()
    start = doc.findBlockByNumber(first).position()
    end_block = doc.findBlockByNumber(last)
    edit = QTextCursor(doc)
    edit.setPosition(start)
    edit.setPosition(end_block.position() + end_block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    edit.insertText("\n".join(new_lines))


def _lines(cursor: QTextCursor, first: int, last: int) -> list[str]:
    doc = cursor.document()
    return [doc.findBlockByNumber(number).text() for number in range(first, last + 1)]


def apply_wrap(cursor: QTextCursor, marker: str) -> None:
    """Wrap the selection in ``marker`` (``**``, ``*``, `````), or unwrap it if wrapped.

    Without a selection the pair is inserted and the cursor put between the markers.
    """
    cursor.beginEditBlock()
    try:
        text = cursor.selectedText()
        start = cursor.selectionStart()
        size = len(marker)
        if text and len(text) >= 2 * size and text.startswith(marker) and text.endswith(marker):
            inner = text[size:-size]
            cursor.insertText(inner)
            cursor.setPosition(start)
            cursor.setPosition(start + utf16_length(inner), QTextCursor.MoveMode.KeepAnchor)
            return
        doc = cursor.document()
        end = cursor.selectionEnd()
        # Already wrapped just outside the selection: unwrap.
        if (
            text
            and start >= size
            and _document_slice(doc, start - size, start) == marker
            and _document_slice(doc, end, end + size) == marker
        ):
            cursor.setPosition(start - size)
            cursor.setPosition(end + size, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(text)
            cursor.setPosition(start - size)
            cursor.setPosition(start - size + utf16_length(text), QTextCursor.MoveMode.KeepAnchor)
            return
        cursor.insertText(marker + text + marker)
        cursor.setPosition(start + size)
        if text:
            cursor.setPosition(start + size + utf16_length(text), QTextCursor.MoveMode.KeepAnchor)
    finally:
        cursor.endEditBlock()


def _document_slice(doc, start: int, end: int) -> str:
    probe = QTextCursor(doc)
    probe.setPosition(max(0, start))
    probe.setPosition(min(end, doc.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
    return probe.selectedText()


def apply_link(cursor: QTextCursor) -> None:
    """Make the selection a link: text → ``[text](url)`` with "url" selected to type over;
    a selected URL → ``[](url)`` with the cursor in the brackets."""
    cursor.beginEditBlock()
    try:
        text = cursor.selectedText()
        start = cursor.selectionStart()
        if text and _URLISH.match(text):
            cursor.insertText(f"[]({text})")
            cursor.setPosition(start + 1)
            return
        cursor.insertText(f"[{text}](url)")
        url_start = start + utf16_length(text) + 3
        cursor.setPosition(url_start)
        cursor.setPosition(url_start + 3, QTextCursor.MoveMode.KeepAnchor)
    finally:
        cursor.endEditBlock()


def _apply_to_lines(cursor: QTextCursor, transform) -> None:
    first, last = _selected_blocks(cursor)
    old = _lines(cursor, first, last)
    new = transform(old)
    if new == old:
        return
    cursor.beginEditBlock()
    try:
        # Keep the caret on the same text: shift it by the change in its own line.
        position = cursor.position()
        block = cursor.document().findBlock(position)
        offset = code_point_index(block.text(), position - block.position())
        row = block.blockNumber() - first
        had_selection = cursor.hasSelection()
        _replace_lines(cursor, first, last, new)
        if not had_selection and 0 <= row < len(new):
            delta = len(new[row]) - len(old[row])
            line_start = cursor.document().findBlockByNumber(first + row).position()
            column = max(0, min(len(new[row]), offset + delta))
            cursor.setPosition(line_start + utf16_length(new[row][:column]))
        else:
            start = cursor.document().findBlockByNumber(first).position()
            cursor.setPosition(start)
            keep = QTextCursor.MoveMode.KeepAnchor
            cursor.setPosition(start + utf16_length("\n".join(new)), keep)
    finally:
        cursor.endEditBlock()


def apply_heading(cursor: QTextCursor, bigger: bool) -> None:
    """Heading level up (``bigger``) or down on the cursor's line(s)."""

    def change(lines: list[str]) -> list[str]:
        step = bigger_heading if bigger else smaller_heading
        return [set_heading_level(line, step(heading_level(line))) for line in lines]

    _apply_to_lines(cursor, change)


def apply_toggle_list(cursor: QTextCursor) -> None:
    """Toggle "- " bullets on the selected lines."""
    _apply_to_lines(cursor, lambda lines: toggle_prefix(lines, "- "))


def apply_toggle_quote(cursor: QTextCursor) -> None:
    """Toggle "> " quoting on the selected lines."""
    _apply_to_lines(cursor, lambda lines: toggle_prefix(lines, "> "))


def apply_enter(cursor: QTextCursor) -> bool:
    """Enter in a list or quote: continue it, or end it on an empty item.

    In a table, Enter realigns it and opens a new row (see :mod:`editor.ui.editor.markdown_table`).
    Returns False when Enter should behave normally (not a list or quote line, or the
    caret is inside the marker).
    """
    if cursor.hasSelection():
        return False
    if apply_table_key(cursor, "enter"):
        return True
    block = cursor.block()
    line = block.text()
    column = code_point_index(line, cursor.position() - block.position())
    if column < marker_end(line) or column == 0:
        return False
    continuation = continue_line(line[:column] if column < len(line) else line)
    if continuation is None:
        return False
    cursor.beginEditBlock()
    try:
        if continuation.end_block:
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            keep = QTextCursor.MoveMode.KeepAnchor
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, keep)
            cursor.insertText("")
        else:
            cursor.insertText("\n" + continuation.prefix)
    finally:
        cursor.endEditBlock()
    return True


def apply_indent(cursor: QTextCursor, deeper: bool) -> bool:
    """Tab / Shift+Tab on list items: nest or un-nest each selected item.

    In a table, Tab and Shift+Tab realign it and move to the next or previous cell.
    Returns False when no selected line is a list item (Tab then behaves normally).
    """
    if apply_table_key(cursor, "tab" if deeper else "backtab"):
        return True
    first, last = _selected_blocks(cursor)
    doc = cursor.document()
    if not any(is_list_item(doc.findBlockByNumber(n).text()) for n in range(first, last + 1)):
        return False
    # Look back a little for the parent item; lists are short, documents are not.
    context_start = max(0, first - 200)
    lines = _lines(cursor, context_start, last)

    def change(selected: list[str]) -> list[str]:
        result = []
        for offset, line in enumerate(selected):
            index = first - context_start + offset
            if not is_list_item(line):
                result.append(line)
                continue
            new = indent_list_item(lines, index) if deeper else outdent_list_item(lines, index)
            lines[index] = new
            result.append(new)
        return result

    _apply_to_lines(cursor, change)
    return True
