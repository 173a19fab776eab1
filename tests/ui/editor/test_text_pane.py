"""The text pane with real key and input-method events: helpers, IME safety, looks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from editor.ui.editor.text_pane import TextPane

ENTER = Qt.Key.Key_Return
NO_MOD = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def pane(qtbot) -> TextPane:
    widget = TextPane()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget


def put(pane: TextPane, text: str, position: int | None = None) -> None:
    """Fresh text with the caret at ``position`` (default: the end)."""
    pane.set_text_quietly(text)
    cursor = pane.textCursor()
    cursor.setPosition(len(text) if position is None else position)
    pane.setTextCursor(cursor)


def preedit(pane: TextPane, text: str) -> None:
    """What an input method sends while the writer composes ``text``."""
    attributes = [
        QInputMethodEvent.Attribute(QInputMethodEvent.AttributeType.Cursor, len(text), 1, 0)
    ]
    QCoreApplication.sendEvent(pane, QInputMethodEvent(text, attributes))


def commit(pane: TextPane, text: str) -> None:
    """What an input method sends when the writer accepts the conversion."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(pane, event)


# -- input methods ------------------------------------------------------------------------


def test_committed_japanese_lands_in_the_document(pane: TextPane) -> None:
    put(pane, "前")
    preedit(pane, "き")
    preedit(pane, "きじ")
    assert pane.is_composing()
    assert pane.toPlainText() == "前"  # pre-edit text is shown, not part of the text yet
    commit(pane, "記事")
    assert not pane.is_composing()
    assert pane.toPlainText() == "前記事"


def test_enter_and_tab_during_composition_belong_to_the_ime(pane: TextPane, qtbot) -> None:
    put(pane, "- 項目")
    preedit(pane, "にほんご")
    qtbot.keyClick(pane, ENTER)
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    qtbot.keyClick(pane, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    # No list continuation, no indentation, no newline, no tab.
    assert pane.toPlainText() == "- 項目"
    assert pane.is_composing()
    commit(pane, "日本語")
    assert pane.toPlainText() == "- 項目日本語"
    # After the commit, Enter is the editor's again: the list continues.
    qtbot.keyClick(pane, ENTER)
    assert pane.toPlainText() == "- 項目日本語\n- "


def test_shortcuts_are_silent_during_composition(pane: TextPane, qtbot) -> None:
    fired: list[bool] = []
    from PySide6.QtGui import QAction, QKeySequence

    action = QAction("Bold", pane)
    action.setShortcut(QKeySequence("Ctrl+B"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda: fired.append(True))
    pane.addAction(action)
    put(pane, "本文")
    preedit(pane, "か")
    qtbot.keyClick(pane, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not fired and pane.toPlainText() == "本文"
    pane.run_edit("bold")  # menu commands are refused too
    assert pane.toPlainText() == "本文"
    commit(pane, "か")
    qtbot.keyClick(pane, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert fired


def test_cancelled_composition_leaves_text_alone(pane: TextPane, qtbot) -> None:
    put(pane, "abc")
    preedit(pane, "あ")
    preedit(pane, "")  # the writer pressed Escape in the IME
    assert not pane.is_composing()
    qtbot.keyClick(pane, ENTER)
    assert pane.toPlainText() == "abc\n"


# -- Enter continues lists and quotes ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- りんご", "- りんご\n- "),
        ("* item", "* item\n* "),
        ("9. nine", "9. nine\n10. "),
        ("1) one", "1) one\n2) "),
        ("- [x] done", "- [x] done\n- [ ] "),
        ("> 引用", "> 引用\n> "),
        ("> - quoted item", "> - quoted item\n> - "),
        ("  - nested", "  - nested\n  - "),
        ("plain", "plain\n"),
    ],
)
def test_enter_continues(pane: TextPane, qtbot, text: str, expected: str) -> None:
    put(pane, text)
    qtbot.keyClick(pane, ENTER)
    assert pane.toPlainText() == expected
    assert pane.textCursor().position() == len(expected)


@pytest.mark.parametrize("text", ["- a\n- ", "1. a\n2. ", "> q\n> ", "- a\n- [ ] "])
def test_enter_on_an_empty_item_ends_the_list(pane: TextPane, qtbot, text: str) -> None:
    put(pane, text)
    qtbot.keyClick(pane, ENTER)
    first_line = text.split("\n")[0]
    assert pane.toPlainText() == first_line + "\n"


def test_enter_in_the_middle_splits_the_item(pane: TextPane, qtbot) -> None:
    put(pane, "- 前半後半", position=4)
    qtbot.keyClick(pane, ENTER)
    assert pane.toPlainText() == "- 前半\n- 後半"


def test_shift_enter_is_a_plain_newline_and_enter_is_one_undo_step(pane: TextPane, qtbot) -> None:
    put(pane, "- a")
    qtbot.keyClick(pane, ENTER, Qt.KeyboardModifier.ShiftModifier)
    assert pane.toPlainText() in {"- a\n", "- a\u2028"}
    put(pane, "- a")
    qtbot.keyClick(pane, ENTER)
    pane.undo()
    assert pane.toPlainText() == "- a"


# -- Tab and Shift+Tab on list items -----------------------------------------------------


def test_tab_nests_under_the_item_above_and_shift_tab_undoes(pane: TextPane, qtbot) -> None:
    put(pane, "- a\n- b")
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    assert pane.toPlainText() == "- a\n  - b"
    assert pane.textCursor().position() == len("- a\n  - b")
    qtbot.keyClick(pane, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert pane.toPlainText() == "- a\n- b"


def test_tab_in_numbered_list_uses_the_content_column(pane: TextPane, qtbot) -> None:
    put(pane, "10. a\n11. b")
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    assert pane.toPlainText() == "10. a\n    11. b"


def test_tab_outside_lists_inserts_a_tab(pane: TextPane, qtbot) -> None:
    put(pane, "text")
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    assert pane.toPlainText() == "text\t"
    assert pane.hasFocus()


def test_tab_on_a_selection_indents_every_item(pane: TextPane, qtbot) -> None:
    put(pane, "- a\n- b\n- c")
    cursor = pane.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(len("- a\n- b\n- c"), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    assert pane.toPlainText() == "- a\n  - b\n  - c"


# -- commands ----------------------------------------------------------------------------


def select(pane: TextPane, start: int, end: int) -> None:
    cursor = pane.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)


def test_bold_wraps_and_unwraps_the_selection(pane: TextPane) -> None:
    put(pane, "とても大事")
    select(pane, 3, 5)
    pane.run_edit("bold")
    assert pane.toPlainText() == "とても**大事**"
    assert pane.textCursor().selectedText() == "大事"
    pane.run_edit("bold")
    assert pane.toPlainText() == "とても大事"
    pane.undo()
    assert pane.toPlainText() == "とても**大事**"


def test_italic_and_code_without_selection_put_the_caret_inside(pane: TextPane) -> None:
    put(pane, "x ")
    pane.run_edit("code")
    assert pane.toPlainText() == "x ``"
    assert pane.textCursor().position() == 3
    pane.insertPlainText("ls")
    assert pane.toPlainText() == "x `ls`"
    put(pane, "")
    pane.run_edit("italic")
    assert pane.toPlainText() == "**"


def test_link_selects_the_url_placeholder(pane: TextPane) -> None:
    put(pane, "公式サイト")
    select(pane, 0, 5)
    pane.run_edit("link")
    assert pane.toPlainText() == "[公式サイト](url)"
    assert pane.textCursor().selectedText() == "url"
    put(pane, "https://kiji.example")
    select(pane, 0, 20)
    pane.run_edit("link")
    assert pane.toPlainText() == "[](https://kiji.example)"
    assert pane.textCursor().position() == 1


def test_heading_up_and_down(pane: TextPane) -> None:
    put(pane, "見出し", position=1)
    pane.run_edit("heading_up")
    assert pane.toPlainText() == "## 見出し"
    assert pane.textCursor().position() == 4  # still after "見"
    pane.run_edit("heading_up")
    assert pane.toPlainText() == "# 見出し"
    pane.run_edit("heading_up")
    assert pane.toPlainText() == "# 見出し"
    for _ in range(5):
        pane.run_edit("heading_down")
    assert pane.toPlainText() == "###### 見出し"
    pane.run_edit("heading_down")
    assert pane.toPlainText() == "見出し"


def test_toggle_list_and_quote_on_lines(pane: TextPane) -> None:
    put(pane, "一\n二")
    select(pane, 0, 3)
    pane.run_edit("list")
    assert pane.toPlainText() == "- 一\n- 二"
    pane.run_edit("list")
    assert pane.toPlainText() == "一\n二"
    pane.run_edit("quote")
    assert pane.toPlainText() == "> 一\n> 二"
    pane.undo()
    assert pane.toPlainText() == "一\n二"


def test_unknown_command_is_an_error(pane: TextPane) -> None:
    with pytest.raises(ValueError, match="Unknown"):
        pane.run_edit("sparkle")


# -- looks -------------------------------------------------------------------------------


def test_zoom_in_out_reset(pane: TextPane) -> None:
    base = pane.font().pointSizeF()
    seen: list[int] = []
    pane.zoomChanged.connect(seen.append)
    pane.zoom_in()
    pane.zoom_in()
    assert pane.font().pointSizeF() == base + 2
    pane.zoom_out()
    assert pane.zoom_steps() == 1
    pane.reset_zoom()
    assert pane.font().pointSizeF() == base
    pane.set_zoom(-100)
    assert pane.font().pointSizeF() >= 6
    assert seen[:4] == [1, 2, 1, 0]


def test_font_has_japanese_fallbacks(pane: TextPane) -> None:
    families = pane.font().families()
    assert "Noto Sans CJK JP" in families and "Hiragino Sans" in families


def test_readable_line_width_narrows_the_text_column(pane: TextPane, qtbot) -> None:
    pane.resize(1400, 500)
    QApplication.processEvents()
    full = pane.text_column_width()
    pane.set_line_width(40)
    QApplication.processEvents()
    narrow = pane.text_column_width()
    assert narrow < full
    assert narrow >= pane.latin_char_width() * 40
    assert narrow <= pane.latin_char_width() * 40 + 60
    pane.set_line_width(0)
    QApplication.processEvents()
    assert pane.text_column_width() == full


def test_line_numbers_take_room_only_when_shown(pane: TextPane) -> None:
    pane.set_text_quietly("\n".join(str(n) for n in range(1500)))
    assert pane.gutter_width() == 0 and not pane.line_numbers_visible()
    width = pane.text_column_width()
    pane.set_line_numbers_visible(True)
    QApplication.processEvents()
    assert pane.line_numbers_visible()
    assert pane.gutter_width() >= 4 * pane.fontMetrics().horizontalAdvance("9")
    assert pane.text_column_width() == width - pane.gutter_width()
    pane.grab()  # paints the gutter


def test_typewriter_keeps_the_caret_in_the_middle(pane: TextPane) -> None:
    pane.set_text_quietly("\n".join(f"line {n}" for n in range(400)))
    pane.set_typewriter(True)
    cursor = pane.textCursor()
    cursor.setPosition(pane.document().findBlockByNumber(200).position())
    pane.setTextCursor(cursor)
    QApplication.processEvents()
    middle = pane.viewport().height() / 2
    assert abs(pane.cursorRect().center().y() - middle) < pane.fontMetrics().height() * 1.5
    assert pane.typewriter()


def test_scroll_to_line_round_trip(pane: TextPane) -> None:
    pane.set_text_quietly("\n".join(f"行 {n}" for n in range(300)))
    emitted: list[float] = []
    pane.topLineChanged.connect(emitted.append)
    pane.scroll_to_line(120)
    QApplication.processEvents()
    assert int(pane.top_line()) == 120
    assert emitted == []  # following the preview does not echo back


def test_composition_state_follows_the_shown_preedit(pane: TextPane, qtbot) -> None:
    put(pane, "- a")
    preedit(pane, "か")
    pane.clearFocus()  # the platform commits or clears pre-edit text on focus loss
    commit(pane, "")
    pane.setFocus()
    assert not pane.is_composing()
    qtbot.keyClick(pane, ENTER)
    assert pane.toPlainText() == "- a\n- "
