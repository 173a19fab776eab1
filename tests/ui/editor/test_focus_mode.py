"""Focus mode dims all but the caret's paragraph or sentence."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from editor.ui.editor.focus_mode import FocusMode, sentence_span
from editor.ui.editor.text_pane import TextPane

TEXT = "一段落目です。\n続きの行。\n\n二段落目。二文目です！ Third one. End\n\n三段落目"


@pytest.fixture
def pane(qtbot) -> TextPane:
    widget = TextPane()
    qtbot.addWidget(widget)
    widget.set_text_quietly(TEXT)
    return widget


def caret(pane: TextPane, position: int) -> None:
    cursor = pane.textCursor()
    cursor.setPosition(position)
    pane.setTextCursor(cursor)


def dimmed(pane: TextPane) -> list[tuple[int, int]]:
    return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in pane.extraSelections()]


def test_sentence_span_for_japanese_and_latin() -> None:
    text = "二段落目。二文目です！ Third one. End"
    assert sentence_span(text, 0) == (0, 5)
    assert sentence_span(text, 6) == (5, 12)
    assert text[slice(*sentence_span(text, 14))] == "Third one. "
    assert text[slice(*sentence_span(text, len(text)))] == "End"
    assert sentence_span("「はい。」と言った。", 2) == (0, 5)


def test_paragraph_mode_dims_before_and_after(pane: TextPane) -> None:
    focus = FocusMode(pane)
    assert focus.focused_span() is None and pane.extraSelections() == []
    focus.set_mode("paragraph")
    start = TEXT.index("二段落目")
    caret(pane, start + 3)
    end = TEXT.index("\n\n三")
    assert focus.focused_span() == (start, end)
    assert dimmed(pane) == [(0, start), (end, len(TEXT))]
    caret(pane, 2)
    assert focus.focused_span() == (0, TEXT.index("\n\n"))  # two lines, one paragraph


def test_sentence_mode_follows_typing(pane: TextPane) -> None:
    focus = FocusMode(pane)
    focus.set_mode("sentence")
    caret(pane, TEXT.index("二文目") + 1)
    start, end = focus.focused_span()
    assert TEXT[start:end] == "二文目です！ "
    pane.textCursor().insertText("x")
    pane.moveCursor(QTextCursor.MoveOperation.End)
    start, end = focus.focused_span()
    assert pane.toPlainText()[start:end] == "三段落目"


def test_off_clears_and_keeps_other_layers(pane: TextPane) -> None:
    focus = FocusMode(pane)
    focus.set_mode("paragraph")
    assert pane.extraSelections()
    focus.set_mode("nonsense")
    assert focus.mode == "off" and pane.extraSelections() == []


def test_typing_with_focus_mode_off_leaves_the_other_layers_alone(
    pane: TextPane, monkeypatch
) -> None:
    FocusMode(pane)  # off
    pane.set_selection_layer("find", dimmed_selection(pane))
    calls: list[object] = []
    real = pane.setExtraSelections
    monkeypatch.setattr(pane, "setExtraSelections", lambda s: calls.append(s) or real(s))
    caret(pane, 3)
    pane.insertPlainText("字")
    assert calls == []  # no keystroke re-lays the find (or proofreading) ranges
    assert len(pane.extraSelections()) == 1


def dimmed_selection(pane: TextPane) -> list:
    from PySide6.QtWidgets import QTextEdit

    selection = QTextEdit.ExtraSelection()
    selection.cursor = QTextCursor(pane.document())
    selection.cursor.setPosition(0)
    selection.cursor.setPosition(2, QTextCursor.MoveMode.KeepAnchor)
    return [selection]
