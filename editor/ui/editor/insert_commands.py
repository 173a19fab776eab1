"""Format ▸ Insert commands: horizontal rule, footnote, fenced code block, table.

Each ``insert_*`` runs on a ``QTextCursor`` as one undo step and leaves the caret where
the writer types next. Blocks (rule, code, table) go on lines of their own, with a
blank line around them, wherever the caret was.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor

from editor.ui.editor.markdown_table import table_text

_FOOTNOTE = re.compile(r"\[\^(\d+)\]")


def next_footnote_number(text: str) -> int:
    """The smallest numbered footnote label ``[^n]`` not used in ``text`` yet."""
    used = {int(number) for number in _FOOTNOTE.findall(text)}
    number = 1
    while number in used:
        number += 1
    return number


def _open_block(cursor: QTextCursor) -> None:
    """Make room for a block at the caret: it ends up alone on a line after a blank one."""
    block = cursor.block()
    before = block.text()[: cursor.positionInBlock()]
    after = block.text()[cursor.positionInBlock() :]
    if after.strip():
        cursor.insertText("\n")
        cursor.movePosition(QTextCursor.MoveOperation.PreviousCharacter)
    if before.strip():
        cursor.insertText("\n\n")
    elif block.previous().isValid() and block.previous().text().strip():
        cursor.insertText("\n")


def _close_block(cursor: QTextCursor) -> str:
    """What to add after a block so a blank line follows it (the line break that ends
    the caret's line is already there when nothing follows on that line)."""
    rest = cursor.block().text()[cursor.positionInBlock() :]
    return "\n\n" if rest.strip() else "\n"


def insert_horizontal_rule(cursor: QTextCursor) -> None:
    """A ``---`` thematic break on a line of its own (``***`` would also do; ``---`` is
    what both kramdown and Goldmark print back)."""
    cursor.beginEditBlock()
    try:
        cursor.clearSelection()
        _open_block(cursor)
        cursor.insertText("---" + _close_block(cursor))
    finally:
        cursor.endEditBlock()


def insert_code_block(cursor: QTextCursor, language: str = "") -> None:
    """Fence the selection (or an empty line) as a code block in ``language``."""
    cursor.beginEditBlock()
    try:
        code = cursor.selectedText().replace("\u2029", "\n")
        cursor.removeSelectedText()
        _open_block(cursor)
        fence = "~~~~" if "```" in code else "```"
        cursor.insertText(f"{fence}{language.strip()}\n")
        caret = cursor.position()
        # An empty block gets an empty line to type on; the caret waits there.
        inner = code + ("\n" if not code.endswith("\n") else "")
        cursor.insertText(inner + fence + _close_block(cursor))
        cursor.setPosition(caret + len(code))
    finally:
        cursor.endEditBlock()


def insert_footnote(cursor: QTextCursor) -> int:
    """``[^n]`` at the caret and its ``[^n]: `` definition at the end; returns ``n``.

    The caret goes to the definition, ready for the note's text.
    """
    doc = cursor.document()
    number = next_footnote_number(doc.toPlainText())
    cursor.beginEditBlock()
    try:
        cursor.clearSelection()
        cursor.insertText(f"[^{number}]")
        end = QTextCursor(doc)
        end.movePosition(QTextCursor.MoveOperation.End)
        text = doc.toPlainText()
        lead = "" if text.endswith("\n\n") else ("\n" if text.endswith("\n") else "\n\n")
        # Definitions already at the end stay together, one per line.
        if re.search(r"\[\^\d+\]:[^\n]*\n?$", text):
            lead = "" if text.endswith("\n") else "\n"
        end.insertText(f"{lead}[^{number}]: ")
        cursor.setPosition(end.position())
    finally:
        cursor.endEditBlock()
    return number


def insert_table(cursor: QTextCursor, rows: int, columns: int, header: str) -> None:
    """An aligned table of ``rows`` × ``columns``; the first header cell is selected."""
    cursor.beginEditBlock()
    try:
        cursor.clearSelection()
        _open_block(cursor)
        start = cursor.position()
        cursor.insertText(table_text(rows, columns, header) + _close_block(cursor))
        cursor.setPosition(start + 2)
        cursor.setPosition(start + 2 + len(f"{header} 1"), QTextCursor.MoveMode.KeepAnchor)
    finally:
        cursor.endEditBlock()
