"""Format ▸ Japanese in the real window: width conversion, ruby, marks, bracket pairing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QInputDialog

from editor.ui.window.main_window import MainWindow

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"


def pane_with(window: MainWindow, site: Path, text: str):
    editor = window.open_post(site / KYOTO)
    assert editor is not None
    pane = editor.text_pane
    pane.setPlainText(text)
    return pane


def select(pane, start: int, end: int) -> None:
    cursor = pane.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)


def trigger(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def test_width_conversion_of_the_selection_is_one_undo_step(window, site) -> None:
    pane = pane_with(window, site, "ＡＩとｶﾀｶﾅ")
    select(pane, 0, 7)
    trigger(window, "actionToHalfWidth")
    assert pane.toPlainText() == "AIとｶﾀｶﾅ"  # kana keeps its width
    select(pane, 0, 7)
    trigger(window, "actionToFullWidth")
    assert pane.toPlainText() == "ＡＩとカタカナ"
    pane.undo()
    assert pane.toPlainText() == "AIとｶﾀｶﾅ"


def test_ruby_asks_for_the_reading_starting_from_a_suggestion(window, site, monkeypatch) -> None:
    pane = pane_with(window, site, "紅葉が美しい")
    select(pane, 0, 2)
    asked: list[str] = []

    def answer(*args, **kwargs):
        asked.append(kwargs["text"])
        return "もみじ", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    trigger(window, "actionInsertRuby")
    assert asked == ["こうよう"]  # the suggestion; the writer chose another reading
    assert pane.toPlainText() == "<ruby>紅葉<rt>もみじ</rt></ruby>が美しい"


def test_full_width_marks_on_the_selected_lines_become_markdown(window, site) -> None:
    pane = pane_with(window, site, "＃　見出し\n本文\n－　項目\n１．　手順")
    select(pane, 0, len(pane.toPlainText()))
    trigger(window, "actionFixMarks")
    assert pane.toPlainText() == "# 見出し\n本文\n- 項目\n1. 手順"


def test_bracket_pairing_is_off_by_default_and_follows_the_preference(window, site, qtbot) -> None:
    pane = pane_with(window, site, "")
    pane.setFocus()

    def commit(text: str) -> None:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QCoreApplication.sendEvent(pane, event)
        qtbot.wait(5)

    commit("「")
    assert pane.toPlainText() == "「"
    assert not window.settings.auto_pair_brackets
    trigger(window, "actionAutoPairBrackets")
    assert window.settings.auto_pair_brackets
    commit("『")
    assert pane.toPlainText() == "「『』"
    commit("本")
    assert pane.toPlainText() == "「『本』"  # typing goes between the pair
    window.settings.auto_pair_brackets = False
