"""The chip editor on its own: separators, duplicates, numbers kept as numbers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication

from editor.core.text.kana_match import KanaMatcher
from editor.ui.form.chip_editor import ChipEditor


def _ime(widget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_japanese_comma_from_an_input_method_adds_chips(qtbot) -> None:
    editor = ChipEditor(["京都"], KanaMatcher(["写真"]))
    qtbot.addWidget(editor)
    got: list = []
    editor.valueCommitted.connect(got.append)
    _ime(editor.input, "紅葉、しゃしん")
    assert editor.values() == ["京都", "紅葉"]
    assert editor.input.text() == "しゃしん"
    qtbot.keyClick(editor.input, Qt.Key.Key_Return)
    assert editor.values() == ["京都", "紅葉", "しゃしん"]  # no exact match: kept as typed
    assert got == [["京都", "紅葉"], ["京都", "紅葉", "しゃしん"]]
    editor.remove_at(2)
    _ime(editor.input, "しゃしん")
    popup = editor.completer.popup()
    assert popup.isVisible() and not popup.currentIndex().isValid()
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # choose the suggestion, then Enter
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.values() == ["京都", "紅葉", "写真"]


def test_numbers_stay_numbers_and_duplicates_are_refused(qtbot) -> None:
    editor = ChipEditor([2024, "x"])
    qtbot.addWidget(editor)
    got: list = []
    editor.valueCommitted.connect(got.append)
    assert not editor.add_value("x")
    assert not editor.add_value("  ")
    assert editor.add_value("y")
    assert got == [[2024, "x", "y"]]
    editor.move_chip(2, 0)
    assert got[-1] == ["y", 2024, "x"]
    editor.move_chip(0, 1)  # onto itself: nothing happens
    assert len(got) == 2


def test_focus_out_keeps_typed_text(qtbot) -> None:
    editor = ChipEditor([])
    qtbot.addWidget(editor)
    editor.show()
    editor.input.setFocus()
    editor.input.setText("draft")
    assert editor.has_pending_edit()
    QApplication.sendEvent(editor.input, QFocusEvent(QEvent.Type.FocusOut))
    assert editor.values() == ["draft"]
