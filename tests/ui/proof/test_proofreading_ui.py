"""Outline and proofreading in the real window: squiggles, Problems, fixes, the outline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDockWidget, QMenu

from editor.ui.editor.outline_view import OutlineView
from editor.ui.window.main_window import MainWindow

POST = """---
layout: post
title: "試し"
date: 2025-09-02 10:00:00 +0900
---

# 始めに

富士山が見れる。サーバの話です。

```
見れる recieve
```

## English part {#english}

The draft will recieve notes.

# 終わりに

参入障اقを考える。
"""


def write_site(site: Path) -> Path:
    (site / "_posts" / "2025-09-01-server.md").write_text(
        "---\ntitle: a\ndate: 2025-09-01 10:00:00 +0900\n---\nサーバーを借りた。サーバーだ。\n",
        encoding="utf-8",
    )
    post = site / "_posts" / "2025-09-02-try.md"
    post.write_text(POST, encoding="utf-8")
    return post


def open_checked(window: MainWindow, qtbot, site: Path):
    post = write_site(site)
    window.open_site(site)
    qtbot.waitUntil(lambda: window.site_ui.index is not None and window.site_ui.index.is_ready())
    editor = window.open_post(post)
    assert editor is not None
    ui = window.proofreading
    qtbot.waitUntil(
        lambda: any(f.rule == "spelling-variant" for f in ui.findings.get(editor, [])),
        timeout=10000,
    )
    return editor, ui


def flagged(editor, ui) -> list[tuple[str, str]] | None:
    """What is flagged in the text as it is now (None while a check is on its way)."""
    if not ui.up_to_date(editor):
        return None
    body = editor.text_pane.toPlainText()
    return [(f.rule, body[f.start : f.end]) for f in ui.findings[editor]]


def test_findings_are_underlined_and_listed_in_problems(
    window: MainWindow, qtbot, site: Path
) -> None:
    editor, ui = open_checked(window, qtbot, site)
    assert flagged(editor, ui) == [
        ("ra-nuki", "見れる"),
        ("spelling-variant", "サーバ"),
        ("spelling", "recieve"),
        ("unexpected-script", "اق"),
    ]  # nothing from the fenced code, the front matter or the heading id
    layer = [s for s in editor.text_pane.extraSelections() if s.format.underlineStyle() != 0]
    assert sorted(s.cursor.selectedText() for s in layer) == ["recieve", "اق", "サーバ", "見れる"]
    problems = window.site_ui.problems
    rows = [problems.row_texts(r) for r in range(problems.count())]
    mine = [r for r in rows if r[0].endswith("2025-09-02-try.md") and r[1] == "9"]
    assert any("見られる" in r[2] for r in mine), rows  # file line 9


def test_quick_fix_and_spelling_menu(window: MainWindow, qtbot, site: Path) -> None:
    editor, ui = open_checked(window, qtbot, site)
    pane = editor.text_pane
    body = pane.toPlainText()
    cursor = QTextCursor(pane.document())
    cursor.setPosition(body.index("recieve notes") + 2)
    point = pane.cursorRect(cursor).center()
    texts = [a.text() for a in ui.actions_at(editor, point)]
    assert texts[1] == "receive" and any("Site Dictionary" in t for t in texts)
    next(a for a in ui.actions_at(editor, point) if a.text() == "receive").trigger()
    assert "The draft will receive notes." in pane.toPlainText()
    pane.undo()
    assert pane.toPlainText() == body  # one undo step
    qtbot.waitUntil(lambda: ui.up_to_date(editor))
    assert ("spelling", "recieve") in flagged(editor, ui)
    add = next(a for a in ui.actions_at(editor, point) if a.objectName() == "actionAddToDictionary")
    add.trigger()
    assert (site / ".kiji" / "dictionary.txt").read_text(encoding="utf-8") == "recieve\n"
    qtbot.waitUntil(
        lambda: ("spelling", "recieve") not in (flagged(editor, ui) or [("spelling", "recieve")])
    )
    finding = next(f for f in ui.findings[editor] if f.rule == "ra-nuki")
    assert ui.apply_fix(editor, finding, finding.fix or "")
    assert "富士山が見られる。" in pane.toPlainText()


def test_context_menu_of_the_pane_has_the_entries(window: MainWindow, qtbot, site: Path) -> None:
    editor, _ui = open_checked(window, qtbot, site)
    pane = editor.text_pane
    body = pane.toPlainText()
    cursor = QTextCursor(pane.document())
    cursor.setPosition(body.index("見れる") + 1)
    point: QPoint = pane.cursorRect(cursor).center()
    entries = [a.text() for provide in pane.context_action_providers for a in provide(point)]
    assert entries == [
        "「見れる」 drops the ら of the potential form (ら抜き言葉): write 「見られる」.",
        "Replace with 「見られる」",
    ]
    menu = pane.createStandardContextMenu(point)
    assert isinstance(menu, QMenu)


def test_view_menu_turns_spelling_off(window: MainWindow, qtbot, site: Path) -> None:
    editor, ui = open_checked(window, qtbot, site)
    ui.spellingAction.setChecked(False)
    assert window.settings.spell_check is False
    qtbot.waitUntil(
        lambda: ("spelling", "recieve") not in (flagged(editor, ui) or [("spelling", "recieve")])
    )
    assert ("ra-nuki", "見れる") in flagged(editor, ui)
    ui.styleAction.setChecked(False)
    qtbot.waitUntil(lambda: flagged(editor, ui) == [])
    assert [s for s in editor.text_pane.extraSelections() if s.format.underlineStyle() != 0] == []


def test_outline_follows_jumps_filters_and_moves_sections(
    window: MainWindow, qtbot, site: Path
) -> None:
    editor, _ui = open_checked(window, qtbot, site)
    dock = window.findChild(QDockWidget, "outlineDock")
    view = window.findChild(OutlineView, "outlineView")
    assert dock is not None and view is not None
    window.outline.action.trigger()
    assert dock.isVisible()
    assert view.visible_texts() == ["始めに", "English part", "終わりに"]
    pane = editor.text_pane
    window.outline.jump_to(2)
    assert pane.textCursor().block().text() == "# 終わりに"
    qtbot.waitUntil(lambda: view.current() == 2)
    pane.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.waitUntil(lambda: view.current() == -1)  # the blank line before the first heading
    pane.setTextCursor(pane.document().find("富士山"))
    qtbot.waitUntil(lambda: view.current() == 0)
    view.filter.setText("english")
    assert view.visible_texts() == ["English part"]
    view.filter.clear()
    before = pane.toPlainText()
    view.sectionMoveRequested.emit(2, 0)  # what a drop of 終わりに above 始めに asks
    moved = pane.toPlainText()
    assert moved.startswith("\n# 終わりに\n\n参入障اقを考える。\n\n# 始めに")
    assert sorted(moved.splitlines()) == sorted(before.splitlines())
    qtbot.waitUntil(lambda: view.visible_texts() == ["終わりに", "始めに", "English part"])
    pane.undo()
    assert pane.toPlainText() == before


def test_dropping_a_heading_asks_to_move_its_section(qtbot) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt
    from PySide6.QtGui import QDropEvent

    from editor.core.text.outline import parse_outline

    view = OutlineView()
    qtbot.addWidget(view)
    view.resize(300, 300)
    view.show()
    view.set_headings(parse_outline("# A\na\n# B\nb\n# C\nc\n"))
    view.list.setCurrentRow(2)
    top = view.list.visualItemRect(view.list.item(0))
    bottom = view.list.visualItemRect(view.list.item(1))

    def drop(y: float) -> list[int]:
        event = QDropEvent(
            QPointF(top.center().x(), y),
            Qt.DropAction.MoveAction,
            QMimeData(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        with qtbot.waitSignal(view.sectionMoveRequested) as moved:
            view.list.dropEvent(event)
        return list(moved.args)

    assert drop(top.top() + 1) == [2, 0]  # upper half of A: before A
    assert drop(bottom.bottom() - 1) == [2, 2]  # lower half of B: after B (where C is)
    assert drop(view.list.viewport().height() - 2) == [2, -1]  # below the last: the end
    assert [view.list.item(r).text() for r in range(3)] == ["A", "B", "C"]  # list untouched


def test_writing_goal_progress_and_todays_tally(window: MainWindow, qtbot, site: Path) -> None:
    editor, _ui = open_checked(window, qtbot, site)
    goals = window.goals
    assert goals.set_goal(editor, 100)
    assert (site / ".kiji" / "goals.json").exists()
    label = goals.label
    assert label.text().startswith("Goal ") and "/ 100 characters" in label.text()
    editor.text_pane.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.text_pane, "abc")
    qtbot.waitUntil(lambda: "Today 3 characters" in label.text())
    assert goals.set_goal(editor, None)
    qtbot.waitUntil(lambda: not label.text().startswith("Goal"))


def test_the_real_context_menu_starts_with_the_findings_entries(
    window: MainWindow, qtbot, site: Path
) -> None:
    editor, _ui = open_checked(window, qtbot, site)
    pane = editor.text_pane
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane.toPlainText().index("見れる") + 1)
    menu = pane.context_menu_at(pane.cursorRect(cursor).center())
    texts = [action.text() for action in menu.actions()]
    assert texts[1] == "Replace with 「見られる」"
    assert menu.actions()[2].isSeparator()  # then the pane's own menu (editing, Format)
    assert any("Undo" in text for text in texts[3:])
    menu.deleteLater()
