"""Enter that confirms an input method's word never acts on the field (tags, find, title…)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFocusEvent, QInputMethodEvent
from PySide6.QtWidgets import QLineEdit

from editor.ui.editor.find_bar import FindBar
from editor.ui.editor.ime_guard import guard_ime
from editor.ui.editor.text_pane import TextPane
from editor.ui.form.chip_editor import ChipEditor
from editor.ui.form.text_fields import LineField
from tests.ui.dialogs.test_new_post_dialog import fixed_site


def preedit(widget, text: str) -> None:
    attributes = [
        QInputMethodEvent.Attribute(QInputMethodEvent.AttributeType.Cursor, len(text), 1, 0)
    ]
    QCoreApplication.sendEvent(widget, QInputMethodEvent(text, attributes))


def commit(widget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def test_the_tag_field_adds_no_chip_while_composing(qtbot) -> None:
    editor = ChipEditor([])
    qtbot.addWidget(editor)
    editor.show()
    editor.input.setFocus()
    preedit(editor.input, "しゃしん")
    qtbot.keyClick(editor.input, Qt.Key.Key_Return)  # the input method's Enter
    assert editor.values() == []
    commit(editor.input, "写真")  # …which confirms the word; the same Enter may follow:
    qtbot.keyClick(editor.input, Qt.Key.Key_Return)
    assert editor.values() == [] and editor.input.text() == "写真"
    qtbot.wait(1)  # the writer's own, second Enter
    qtbot.keyClick(editor.input, Qt.Key.Key_Return)
    assert editor.values() == ["写真"]


def test_a_line_field_commits_only_after_composing(qtbot) -> None:
    field = LineField("")
    qtbot.addWidget(field)
    field.show()
    committed: list[object] = []
    field.valueCommitted.connect(committed.append)
    preedit(field, "きょうと")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert committed == []
    commit(field, "京都")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # the confirming Enter, delivered after
    assert committed == []
    qtbot.wait(1)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert committed == ["京都"]


def test_the_find_bar_does_not_jump_mid_word(qtbot) -> None:
    pane = TextPane()
    bar = FindBar()
    qtbot.addWidget(pane)
    qtbot.addWidget(bar)
    pane.show()
    bar.set_pane(pane)
    pane.set_text_quietly("京都と京都")
    bar.open_find()
    bar.find_field.setText("京都")
    bar.refresh()
    preedit(bar.find_field, "と")
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert not pane.textCursor().hasSelection()
    commit(bar.find_field, "")
    qtbot.wait(1)
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert pane.textCursor().hasSelection()


def test_the_new_post_dialog_is_not_accepted_mid_word(site: Path, qtbot) -> None:
    from editor.ui.dialogs.new_post_dialog import NewPostDialog

    dialog = NewPostDialog(fixed_site(site))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setFocus()
    commit(dialog.title_edit, "京都の")
    preedit(dialog.title_edit, "あき")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.created_path is None


def test_losing_focus_ends_composing(qtbot) -> None:
    field = QLineEdit()
    guard_ime(field)
    qtbot.addWidget(field)
    pressed: list[bool] = []
    field.returnPressed.connect(lambda: pressed.append(True))
    preedit(field, "か")
    QCoreApplication.sendEvent(field, QFocusEvent(QEvent.Type.FocusOut))
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert pressed == [True]
