"""Format ▸ inserts, the text pane's context menu, Help ▸ Keyboard Shortcuts and the cheat
sheet, on a real window."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QContextMenuEvent, QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox

from editor.ui.dialogs.cheat_sheet import CheatSheet
from editor.ui.dialogs.shortcuts_window import ShortcutsWindow
from editor.ui.editor.insert_commands import (
    insert_code_block,
    insert_footnote,
    insert_horizontal_rule,
    next_footnote_number,
)
from editor.ui.editor.text_pane import TextPane
from editor.ui.window.format_menu import CodeLanguageDialog, TableSizeDialog
from editor.ui.window.main_window import MainWindow

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch) -> None:
    answer = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer)


def _pane_with(qtbot, text: str, at: int) -> TextPane:
    pane = TextPane()
    qtbot.addWidget(pane)
    pane.setPlainText(text)
    cursor = pane.textCursor()
    cursor.setPosition(at)
    pane.setTextCursor(cursor)
    return pane


def _run(pane: TextPane, edit) -> QTextCursor:
    cursor = pane.textCursor()
    edit(cursor)
    pane.setTextCursor(cursor)
    return cursor


def test_footnote_numbers_skip_the_used_ones(qtbot) -> None:
    assert next_footnote_number("a[^1] b[^3]\n\n[^1]: x\n[^3]: y") == 2
    pane = _pane_with(qtbot, "Tokyo is big.\n", 8)
    _run(pane, insert_footnote)
    assert pane.toPlainText() == "Tokyo is[^1] big.\n\n[^1]: "
    assert pane.textCursor().position() == len(pane.toPlainText())
    cursor = pane.textCursor()
    cursor.setPosition(5)
    pane.setTextCursor(cursor)
    _run(pane, insert_footnote)
    assert pane.toPlainText() == "Tokyo[^2] is[^1] big.\n\n[^1]: \n[^2]: "
    pane.undo()
    assert pane.toPlainText() == "Tokyo is[^1] big.\n\n[^1]: "  # one step per footnote


def test_a_code_block_fences_the_selection_with_its_language(qtbot) -> None:
    pane = _pane_with(qtbot, "before\nprint(1)\nafter", 7)
    cursor = pane.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    _run(pane, lambda c: insert_code_block(c, "python"))
    assert pane.toPlainText() == "before\n\n```python\nprint(1)\n```\n\nafter"


def test_a_rule_goes_on_its_own_line_between_blank_lines(qtbot) -> None:
    pane = _pane_with(qtbot, "one two", 3)
    _run(pane, insert_horizontal_rule)
    assert pane.toPlainText() == "one\n\n---\n\n two"


@pytest.fixture
def post_window(qtbot, window: MainWindow, site: Path):
    editor = window.open_post(site / KYOTO)
    qtbot.waitUntil(lambda: window.site_ui.site() is not None)  # the site indexed
    return window, editor.text_pane


def test_format_menu_has_the_inserts_with_names(post_window) -> None:
    window, _pane = post_window
    names = {a.objectName() for a in window.view.menus.format_menu.actions()}
    assert {"actionStrikethrough", "actionInsertImage", "actionInsertTable",
            "actionInsertFootnote", "actionInsertCodeBlock",
            "actionInsertHorizontalRule"} <= names  # fmt: skip


def test_table_from_the_size_picker(post_window, monkeypatch) -> None:
    window, pane = post_window
    pane.moveCursor(QTextCursor.MoveOperation.End)

    def pick(dialog: TableSizeDialog) -> int:
        dialog.grid.set_size(1, 2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TableSizeDialog, "exec", pick)
    window.findChild(QAction, "actionInsertTable").trigger()
    tail = pane.toPlainText().rstrip("\n").split("\n")[-3:]
    assert tail == ["| Column 1 | Column 2 |", "| -------- | -------- |", "|          |          |"]
    assert pane.textCursor().selectedText() == "Column 1"


def test_code_block_asks_for_the_language(post_window, monkeypatch) -> None:
    window, pane = post_window

    def pick(dialog: CodeLanguageDialog) -> int:
        dialog.combo.setCurrentText("ruby")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CodeLanguageDialog, "exec", pick)
    window.findChild(QAction, "actionInsertCodeBlock").trigger()
    assert "```ruby\n\n```" in pane.toPlainText()


def test_image_from_a_file_is_copied_into_the_site(post_window, tmp_path, monkeypatch) -> None:
    window, pane = post_window
    from PySide6.QtGui import QImage

    image = tmp_path / "photo.png"
    QImage(4, 4, QImage.Format.Format_RGB32).save(str(image))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(image)], ""))
    window.findChild(QAction, "actionInsertImage").trigger()
    assert "photo.png)" in pane.toPlainText()
    assert any(p.name == "photo.png" for p in window.site_root.rglob("photo.png"))


def test_strikethrough_and_nothing_while_composing(post_window) -> None:
    window, pane = post_window
    start = pane.toPlainText().index("朝六時")
    cursor = pane.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + 3, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    window.findChild(QAction, "actionStrikethrough").trigger()
    assert "~~朝六時~~、" in pane.toPlainText()
    pane.inputMethodEvent(QInputMethodEvent("き", []))
    before = pane.toPlainText()
    window.findChild(QAction, "actionInsertHorizontalRule").trigger()
    window.findChild(QAction, "actionInsertFootnote").trigger()
    assert pane.toPlainText() == before


def test_the_text_pane_menu_has_editing_and_the_format_commands(post_window, qtbot) -> None:
    window, pane = post_window
    qtbot_menu = window.view.text_menu(pane)
    names = [a.objectName() for a in qtbot_menu.actions()]
    assert names[:2] == ["textMenu_undo", "textMenu_redo"]
    assert {"textMenu_cut", "textMenu_copy", "textMenu_paste", "textMenu_selectAll"} <= set(names)
    format_menu = next(a.menu() for a in qtbot_menu.actions() if a.menu() is not None)
    format_names = {a.objectName() for a in format_menu.actions()}
    assert {"actionBold", "actionLink", "actionInsertTable", "actionStrikethrough"} <= format_names
    copy = next(a for a in qtbot_menu.actions() if a.objectName() == "textMenu_copy")
    assert not copy.isEnabled()  # nothing selected
    assert pane.context_menu_factory == window.view.text_menu  # the window set the hook


class _RecordingMenu(QMenu):
    shown_at: ClassVar[list[QPoint]] = []

    def exec(self, *args) -> None:  # type: ignore[override]
        _RecordingMenu.shown_at.append(args[0])


def test_right_click_goes_through_the_hook_not_the_stock_menu(qtbot) -> None:
    pane = _pane_with(qtbot, "text", 0)
    built: list[TextPane] = []

    def factory(for_pane: TextPane) -> QMenu:
        built.append(for_pane)
        return _RecordingMenu(for_pane)

    pane.context_menu_factory = factory
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(50, 60))
    pane.contextMenuEvent(event)
    assert built == [pane] and _RecordingMenu.shown_at[-1] == QPoint(50, 60)


def test_bold_from_the_pane_menu_acts_on_the_pane(post_window) -> None:
    window, pane = post_window
    start = pane.toPlainText().index("朝六時")
    cursor = pane.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + 3, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    menu = window.view.text_menu(pane)
    format_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in format_menu.actions() if a.objectName() == "actionBold").trigger()
    assert "**朝六時**、" in pane.toPlainText()


def test_keyboard_shortcuts_lists_the_real_actions_and_filters(window: MainWindow) -> None:
    shortcuts = ShortcutsWindow(window)
    rows = shortcuts.rows()
    assert ("Save", "Ctrl+S", "File") in rows
    assert ("Bold", "Ctrl+B", "Format") in rows
    assert any(command == "Distraction-Free Writing" and "F11" in keys
               for command, keys, _menu in rows)  # fmt: skip
    shortcuts.search.setText("ctrl+b")
    assert [row[0] for row in shortcuts.rows()] == ["Bold"]
    shortcuts.search.setText("focus mode")
    assert {row[2] for row in shortcuts.rows()} == {"View ▸ Focus Mode"}
    shortcuts.deleteLater()


def test_a_new_menu_action_shows_up_in_the_shortcuts(window: MainWindow) -> None:
    extra = QAction("Count Ruby", window)
    extra.setShortcut("Ctrl+Alt+R")
    window.view.menus.format_menu.addAction(extra)
    assert ("Count Ruby", "Ctrl+Alt+R", "Format") in ShortcutsWindow(window).rows()


def test_help_menu_opens_both_windows(window: MainWindow, qtbot) -> None:
    window.findChild(QAction, "actionKeyboardShortcuts").trigger()
    found = window.findChild(ShortcutsWindow, "shortcutsWindow")
    assert found is not None and found.isVisible()
    window.findChild(QAction, "actionCheatSheet").trigger()
    sheet = window.findChild(CheatSheet, "cheatSheet")
    assert sheet is not None and sheet.isVisible()
    texts = [sheet.tabs.widget(n).toPlainText() for n in range(sheet.tabs.count())]
    assert "~~struck~~" in texts[0]
    assert "{% post_url" in texts[1] and "{% raw %}" in texts[1]
    assert '{{< ref "posts/my-post.md" >}}' in texts[2]
    sheet.close()
    found.close()
    del qtbot


def test_japanese_mnemonics_are_dropped_wherever_they_are() -> None:
    from editor.ui.dialogs.shortcuts_window import _plain

    assert _plain("表を挿入(&T)…") == "表を挿入…"
    assert _plain("ファイル(&F)") == "ファイル"
    assert _plain("Markdown && Liquid &Cheat Sheet") == "Markdown & Liquid Cheat Sheet"
