"""Markdown tables: CJK-aware realignment, Tab between cells, Enter for a new row."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor

from editor.ui.editor.markdown_table import (
    cell_index,
    display_width,
    format_table,
    split_cells,
    table_around,
)
from editor.ui.editor.text_pane import TextPane

TABLE = "intro\n\n|名前|値|\n|-|-:|\n|東京|1|\n|Kyoto|22|\n\nafter"


def _pane(qtbot, text: str, at: str, offset: int = 0) -> TextPane:
    pane = TextPane()
    qtbot.addWidget(pane)
    pane.setPlainText(text)
    cursor = pane.textCursor()
    cursor.setPosition(text.index(at) + offset)
    pane.setTextCursor(cursor)
    pane.show()
    pane.setFocus()
    return pane


def _lines(pane: TextPane) -> list[str]:
    return pane.toPlainText().split("\n")


def test_wide_characters_count_two_columns() -> None:
    assert display_width("東京") == 4
    assert display_width("ｶﾀｶﾅ") == 4  # half-width katakana are narrow
    assert display_width("Ｋ") == 2  # full-width Latin is wide
    assert display_width("e\u0301") == 1  # a combining accent takes no column


def test_realigned_columns_line_up_in_display_columns() -> None:
    lines = format_table(["|名前|値|", "|-|-:|", "|東京|1|", "|Kyoto|22|"])
    assert lines == [
        "| 名前  |  値 |",
        "| ----- | --: |",
        "| 東京  |   1 |",
        "| Kyoto |  22 |",
    ]
    pipes = {tuple(i for i, _ in _columns(line)) for line in lines}
    assert len(pipes) == 1  # every "|" at the same display column


def _columns(line: str):
    column = 0
    for char in line:
        if char == "|":
            yield column, char
        column += display_width(char)


def test_cells_split_on_unescaped_pipes_only() -> None:
    assert split_cells(r"| a \| b | `c` |") == [r"a \| b", "`c`"]
    assert split_cells("a | b") == ["a", "b"]  # no outer pipes
    assert cell_index("| ab | cd |", 7) == 1 and cell_index("| ab | cd |", 0) == 0


def test_the_table_is_found_under_a_line_that_merely_has_a_pipe() -> None:
    lines = ["a | b in prose", "| h | i |", "| - | - |", "| 1 | 2 |"]
    assert table_around(lines, 3) == (1, 3)
    assert table_around(["| not | a table |", "text"], 0) is None


cell_text = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc"),
        blacklist_characters="|\\\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e",
    ),
    max_size=6,
).map(str.strip)


@given(st.lists(st.lists(cell_text, min_size=1, max_size=4), min_size=1, max_size=5))
def test_formatting_keeps_every_cell_and_is_stable(rows: list[list[str]]) -> None:
    width = max(len(row) for row in rows)
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    once = format_table(lines)
    assert format_table(once) == once
    for original, formatted in zip(rows, [once[0], *once[2:]], strict=True):
        assert split_cells(formatted)[: len(original)] == original
    widths = {display_width(line) for line in once}
    assert len(widths) == 1


def test_tab_realigns_and_moves_to_the_next_cell_in_one_undo_step(qtbot) -> None:
    pane = _pane(qtbot, TABLE, "東京")
    before = pane.toPlainText()
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    assert _lines(pane)[2:6] == ["| 名前  |  値 |", "| ----- | --: |", "| 東京  |   1 |",
                                 "| Kyoto |  22 |"]  # fmt: skip
    cursor = pane.textCursor()
    assert cursor.selectedText() == "1" and cursor.blockNumber() == 4
    pane.undo()
    assert pane.toPlainText() == before


def test_tab_in_the_last_cell_adds_a_row_and_shift_tab_goes_back(qtbot) -> None:
    pane = _pane(qtbot, TABLE, "22")
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    assert _lines(pane)[6] == "|       |     |"
    assert pane.textCursor().blockNumber() == 6 and pane.textCursor().positionInBlock() == 2
    qtbot.keyClick(pane, Qt.Key.Key_Backtab)
    assert pane.textCursor().selectedText() == "22"


def test_shift_tab_from_the_first_body_cell_skips_the_delimiter_row(qtbot) -> None:
    pane = _pane(qtbot, TABLE, "東京")
    qtbot.keyClick(pane, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert pane.textCursor().selectedText() == "値" and pane.textCursor().blockNumber() == 2


def test_enter_opens_a_row_below_and_enter_on_an_empty_last_row_ends_the_table(qtbot) -> None:
    pane = _pane(qtbot, TABLE, "Kyoto")
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert _lines(pane)[6] == "|       |     |" and pane.textCursor().blockNumber() == 6
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert _lines(pane)[5:8] == ["| Kyoto |  22 |", "", ""]
    assert pane.textCursor().blockNumber() == 6


def test_outside_a_table_tab_and_enter_are_unchanged(qtbot) -> None:
    pane = _pane(qtbot, "a | b\nplain", "plain", 5)
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert pane.toPlainText() == "a | b\nplain\n"


def test_nothing_happens_to_the_table_while_an_input_method_composes(qtbot) -> None:
    pane = _pane(qtbot, TABLE, "東京", 2)
    pane.inputMethodEvent(QInputMethodEvent("とうきょう", []))
    assert pane.is_composing()
    before = pane.toPlainText()
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert pane.toPlainText() == before  # the keys were the input method's
    commit = QInputMethodEvent()
    commit.setCommitString("")
    pane.inputMethodEvent(commit)
    assert not pane.is_composing()
    pane.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    assert _lines(pane)[4].startswith("| 東京")
