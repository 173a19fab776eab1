"""textlint in the window: its messages in Problems and underlined, its fixes in one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor

from editor.ui.window.main_window import MainWindow
from tests.services.test_textlint import BODY, RULE, lint_site, node_modules

__all__ = ["lint_site", "node_modules"]  # fixtures used here


def test_the_window_shows_textlints_messages_and_applies_its_fixes(
    window: MainWindow, qtbot, lint_site: Path
) -> None:
    post = lint_site / "_posts" / "2025-09-03-lint.md"
    before = post.read_bytes()
    window.open_site(lint_site)
    qtbot.waitUntil(lambda: window.site_ui.index is not None and window.site_ui.index.is_ready())
    editor = window.open_post(post)
    assert editor is not None
    ui = window.proofreading
    qtbot.waitUntil(
        lambda: (
            any(f.rule.startswith("textlint:") for f in ui.shown_findings(editor))
            if editor in ui.findings
            else False
        ),
        timeout=60000,
    )
    problems = window.site_ui.problems
    rows = [problems.row_texts(r)[2] for r in range(problems.count())]
    assert sum(RULE in row for row in rows) == 3
    pane = editor.text_pane
    cursor = QTextCursor(pane.document())
    cursor.setPosition(BODY.index("これは") + 3)
    actions = ui.actions_at(editor, pane.cursorRect(cursor).center())
    fix_all = next(a for a in actions if a.objectName() == "actionTextlintFixAll")
    fix_all.trigger()
    qtbot.waitUntil(lambda: "これはKijiのテスト" in pane.toPlainText(), timeout=60000)
    assert "😀 絵文字の後Kiji 。" in pane.toPlainText()
    pane.undo()
    assert pane.toPlainText() == BODY  # one undo step
    assert post.read_bytes() == before  # textlint never wrote the file


def test_the_preferences_say_once_why_textlint_does_not_run(
    window: MainWindow, qtbot, site: Path
) -> None:
    window.open_site(site)
    assert "no .textlintrc" in window.proofreading.preference_note()
    (site / ".textlintrc.json").write_text("{}", encoding="utf-8")
    assert "npm install" in window.proofreading.preference_note()
