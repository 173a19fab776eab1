"""Markdown (GFM) tables: realign on Tab and Enter, Tab moves between cells.

The text functions (:func:`split_cells`, :func:`format_table`, :func:`display_width`…)
are plain Python so they are easy to test; :func:`apply_table_key` runs them on a
``QTextCursor`` as one undo step. Widths count East Asian Wide and Fullwidth characters
as two columns, so a table of Japanese words lines up in a monospaced font too.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor

from editor.core.text.table_row import trimmed_cells

_DELIMITER_CELL = re.compile(r"^\s*:?-+:?\s*$")
MIN_WIDTH = 3  # "---": the shortest delimiter every Markdown flavour accepts


def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospaced font: wide (CJK) characters count 2."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def split_cells(line: str) -> list[str]:
    """The cells of a table row, stripped; ``\\|`` stays inside its cell."""
    cells: list[str] = []
    current: list[str] = []
    escaped = False
    for char in line.strip():
        if char == "|" and not escaped:
            cells.append("".join(current))
            current = []
        else:
            current.append(char)
        escaped = char == "\\" and not escaped
    cells.append("".join(current))
    return trimmed_cells(cells, line)


def is_delimiter_row(line: str) -> bool:
    """True for the ``| --- | :-: |`` line under a table's header."""
    if "-" not in line:
        return False
    cells = split_cells(line)
    return bool(cells) and all(_DELIMITER_CELL.match(cell) for cell in cells)


def cell_index(line: str, column: int) -> int:
    """The cell of ``line`` that text column ``column`` is in (0 = first cell)."""
    stripped_start = len(line) - len(line.lstrip())
    index = 0
    escaped = False
    leading = line.lstrip().startswith("|")
    for position, char in enumerate(line[:column]):
        if char == "|" and not escaped and not (leading and position == stripped_start):
            index += 1
        escaped = char == "\\" and not escaped
    return index


def _alignment(cell: str) -> str:
    cell = cell.strip()
    if cell.startswith(":") and cell.endswith(":"):
        return "center"
    if cell.endswith(":"):
        return "right"
    return "left"


def _pad(text: str, width: int, alignment: str) -> str:
    room = width - display_width(text)
    if alignment == "right":
        return " " * room + text
    if alignment == "center":
        left = room // 2
        return " " * left + text + " " * (room - left)
    return text + " " * room


def _delimiter(width: int, alignment: str) -> str:
    if alignment == "center":
        return ":" + "-" * (width - 2) + ":"
    if alignment == "right":
        return "-" * (width - 1) + ":"
    return "-" * width


def format_table(lines: list[str]) -> list[str]:
    """``lines`` (header, delimiter, rows) with every column padded to one width."""
    rows = [split_cells(line) for line in lines]
    count = max(len(row) for row in rows)
    rows = [row + [""] * (count - len(row)) for row in rows]
    alignments = [_alignment(cell) for cell in rows[1]] if len(rows) > 1 else []
    alignments += ["left"] * (count - len(alignments))
    widths = [MIN_WIDTH] * count
    for number, row in enumerate(rows):
        if number == 1:
            continue
        for column, cell in enumerate(row):
            widths[column] = max(widths[column], display_width(cell))
    indent = lines[0][: len(lines[0]) - len(lines[0].lstrip())]
    result = []
    for number, row in enumerate(rows):
        if number == 1:
            cells = [_delimiter(w, a) for w, a in zip(widths, alignments, strict=True)]
        else:
            cells = [_pad(cell, w, a) for cell, w, a in zip(row, widths, alignments, strict=True)]
        result.append(indent + "| " + " | ".join(cells) + " |")
    return result


def _pipes(line: str) -> list[int]:
    return [i for i, char in enumerate(line) if char == "|" and (i == 0 or line[i - 1] != "\\")]


def cell_start(line: str, index: int) -> int:
    """Text column where the content of cell ``index`` of a formatted row starts (after
    its padding: a right-aligned number starts further right)."""
    pipes = _pipes(line)
    if index >= len(pipes):
        return len(line)
    start = pipes[index] + 1
    end = pipes[index + 1] if index + 1 < len(pipes) else len(line)
    segment = line[start:end]
    if not segment.strip():
        return min(len(line), start + 1)
    return start + len(segment) - len(segment.lstrip())


def empty_row(formatted: str) -> str:
    """A blank row shaped like the ``formatted`` row (the same column widths)."""
    pipes = _pipes(formatted)
    widths = [display_width(formatted[a + 1 : b]) - 2 for a, b in itertools.pairwise(pipes)]
    indent = formatted[: pipes[0]] if pipes else ""
    return indent + "| " + " | ".join(" " * max(MIN_WIDTH, w) for w in widths) + " |"


@dataclass(frozen=True)
class TableBlock:
    """The lines of the table around the caret: document block numbers ``first``…``last``."""

    first: int
    last: int
    lines: list[str]


def table_around(lines: list[str], row: int) -> tuple[int, int] | None:
    """``(first, last)`` line numbers of the table holding line ``row``, or ``None``."""
    if not 0 <= row < len(lines) or "|" not in lines[row]:
        return None
    top = row
    while top > 0 and "|" in lines[top - 1]:
        top -= 1
    last = row
    while last + 1 < len(lines) and "|" in lines[last + 1]:
        last += 1
    # The header is the line above the delimiter row nearest above (or at) the caret.
    for delimiter in range(min(row + 1, last), top, -1):
        if is_delimiter_row(lines[delimiter]):
            return delimiter - 1, last
    return None


# -- on the document -----------------------------------------------------------------------


def _find_table(cursor: QTextCursor) -> TableBlock | None:
    doc = cursor.document()
    block = cursor.block()
    if "|" not in block.text():
        return None
    first = block
    while first.previous().isValid() and "|" in first.previous().text():
        first = first.previous()
    last = block
    while last.next().isValid() and "|" in last.next().text():
        last = last.next()
    numbers = range(first.blockNumber(), last.blockNumber() + 1)
    lines = [doc.findBlockByNumber(n).text() for n in numbers]
    span = table_around(lines, block.blockNumber() - first.blockNumber())
    if span is None:
        return None
    start, end = span
    base = first.blockNumber()
    return TableBlock(base + start, base + end, lines[start : end + 1])


def apply_table_key(cursor: QTextCursor, key: str) -> bool:
    """Tab (``"tab"``), Shift+Tab (``"backtab"``) or Enter (``"enter"``) inside a table.

    The table is realigned and the caret goes to the next cell, the previous cell, or a
    new row below; Tab in the last cell adds a row, Enter on an empty last row ends the
    table. One undo step. Returns False outside a table (the key then does its usual job).
    """
    doc = cursor.document()
    if doc.findBlock(cursor.anchor()) != cursor.block():
        return False  # a selection over several lines: Tab indents it as usual
    table = _find_table(cursor)
    if table is None:
        return False
    row = cursor.blockNumber() - table.first
    column = cursor.selectionStart() - cursor.block().position()
    cell = cell_index(cursor.block().text(), column)
    lines = format_table(table.lines)
    count = len(split_cells(lines[0]))
    cell = min(cell, count - 1)
    leave_table = False
    if key == "enter":
        is_last = row == len(lines) - 1
        if is_last and row > 1 and not any(split_cells(lines[row])):
            lines = lines[:-1]
            leave_table = True
        else:
            row = max(row, 1) + 1
            lines.insert(row, empty_row(lines[0]))
            cell = 0
    elif key == "tab":
        cell += 1
        if cell >= count:
            cell, row = 0, row + 1
        if row == 1:
            row = 2
        if row >= len(lines):
            lines.append(empty_row(lines[0]))
    else:  # backtab
        cell -= 1
        if cell < 0:
            row -= 1
            if row == 1:
                row = 0
            if row < 0:
                row, cell = 0, 0
            else:
                cell = count - 1
    start = doc.findBlockByNumber(table.first).position()
    end_block = doc.findBlockByNumber(table.last)
    end = end_block.position() + end_block.length() - 1
    cursor.beginEditBlock()
    try:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        text = "\n".join(lines)
        cursor.insertText(text + ("\n" if leave_table else ""))
        if leave_table:
            return True
        row_start = start + sum(len(line) + 1 for line in lines[:row])
        cursor.setPosition(row_start + cell_start(lines[row], cell))
        # Select the cell's text, so typing replaces it (as in a spreadsheet).
        content = split_cells(lines[row])[cell] if cell < count else ""
        if content and key != "enter":
            cursor.setPosition(cursor.position() + len(content), QTextCursor.MoveMode.KeepAnchor)
    finally:
        cursor.endEditBlock()
    return True


def table_text(rows: int, columns: int, header: str = "Column") -> str:
    """A new, aligned table of ``rows`` body rows and ``columns`` columns."""
    head = "| " + " | ".join(f"{header} {n}" for n in range(1, columns + 1)) + " |"
    lines = [head, "| " + " | ".join("---" for _ in range(columns)) + " |"]
    lines += ["| " + " | ".join("" for _ in range(columns)) + " |" for _ in range(rows)]
    return "\n".join(format_table(lines))
