"""The Outline dock follows typing edit by edit, and keeps nothing while it is hidden."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor

from editor.core.text.outline import parse_outline
from editor.ui.editor.outline_view import OutlineView
from editor.ui.window.main_window import MainWindow

BODY = "# 始めに\n\n本文。\n\n```\n# not a heading\n```\n\n## 次に\n\ntext\n"


def _open(window: MainWindow, tmp_path: Path):
    post = tmp_path / "2025-09-02-outline.md"
    post.write_text("---\ntitle: a\n---\n" + BODY, encoding="utf-8")
    editor = window.open_post(post)
    assert editor is not None
    return editor


def _type_at_line(pane, line: int, text: str) -> None:
    cursor = QTextCursor(pane.document().findBlockByNumber(line))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    pane.setTextCursor(cursor)
    pane.insertPlainText(text)


def test_typed_headings_fences_and_lines_reach_the_outline(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    editor = _open(window, tmp_path)
    view = window.findChild(OutlineView, "outlineView")
    window.outline.action.trigger()
    assert view.visible_texts() == ["始めに", "次に"]
    pane = editor.text_pane
    _type_at_line(pane, 2, "\n### 途中")  # Enter and a new heading in the middle
    qtbot.waitUntil(lambda: view.visible_texts() == ["始めに", "途中", "次に"])
    _type_at_line(pane, 3, "の話")  # typing in a heading changes its text only
    qtbot.waitUntil(lambda: view.visible_texts() == ["始めに", "途中の話", "次に"])
    cursor = QTextCursor(pane.document().findBlockByNumber(7))  # the closing fence
    cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
    cursor.removeSelectedText()  # the fence now runs to the end: 次に is code
    qtbot.waitUntil(lambda: view.visible_texts() == ["始めに", "途中の話"])
    pane.undo()
    qtbot.waitUntil(lambda: view.visible_texts() == ["始めに", "途中の話", "次に"])
    # The incremental outline is the outline of the text, line numbers included.
    assert view.headings == parse_outline(pane.pane_text())
    window.outline.jump_to(2)
    assert pane.textCursor().block().text() == "## 次に"


def test_a_hidden_outline_keeps_nothing_and_scans_when_shown(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    editor = _open(window, tmp_path)
    view = window.findChild(OutlineView, "outlineView")
    assert not window.outline.dock.isVisible()
    assert view.headings == []  # nothing parsed while hidden
    _type_at_line(editor.text_pane, 2, "\n# 追加")
    window.outline.action.trigger()
    assert view.visible_texts() == ["始めに", "追加", "次に"]
