"""Find and replace in a real text pane."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from editor.ui.editor.find_bar import FindBar
from editor.ui.editor.text_pane import TextPane


@pytest.fixture
def bar(qtbot) -> FindBar:
    pane = TextPane()
    find = FindBar()
    qtbot.addWidget(pane)
    qtbot.addWidget(find)
    pane.show()
    find.set_pane(pane)
    find.pane = pane  # the test's handle on it
    return find


def search(bar: FindBar, text: str, **options: bool) -> None:
    bar.open_find(replace=True)
    bar.case_box.setChecked(options.get("case", False))
    bar.word_box.setChecked(options.get("word", False))
    bar.regex_box.setChecked(options.get("regex", False))
    bar.find_field.setText(text)
    bar.refresh()


def test_count_next_previous_wrap(bar: FindBar) -> None:
    bar.pane.set_text_quietly("紅葉 and 紅葉, 紅葉!")
    search(bar, "紅葉")
    assert bar.match_count() == 3
    bar.find_next()
    assert bar.pane.textCursor().selectionStart() == 0
    assert bar.count_label.text() == "1 of 3"
    bar.find_next()
    bar.find_next()
    bar.find_next()  # wraps around
    assert bar.pane.textCursor().selectionStart() == 0
    bar.find_previous()
    assert bar.pane.textCursor().selectionStart() == len("紅葉 and 紅葉, ")
    assert bar.count_label.text() == "3 of 3"
    assert len(bar.pane.extraSelections()) == 3


def test_options_case_and_whole_word(bar: FindBar) -> None:
    bar.pane.set_text_quietly("Cat cat catalog")
    search(bar, "cat")
    assert bar.match_count() == 3
    search(bar, "cat", case=True)
    assert bar.match_count() == 2
    search(bar, "cat", case=True, word=True)
    assert bar.match_count() == 1


def test_bad_regex_is_reported_not_raised(bar: FindBar) -> None:
    bar.pane.set_text_quietly("text")
    search(bar, "([", regex=True)
    assert bar.match_count() == 0
    assert "not valid" in bar.count_label.text()


def test_replace_all_with_groups_is_one_undo_step(bar: FindBar) -> None:
    original = "2025-12-28 と 2026-01-02"
    bar.pane.set_text_quietly(original)
    search(bar, r"(\d{4})-(\d{2})-(\d{2})", regex=True)
    bar.replace_field.setText(r"\3/\2/\1")
    assert bar.replace_all() == 2
    assert bar.pane.toPlainText() == "28/12/2025 と 02/01/2026"
    assert "Replaced 2" in bar.count_label.text()
    bar.pane.undo()
    assert bar.pane.toPlainText() == original


def test_replace_one_then_moves_on(bar: FindBar) -> None:
    bar.pane.set_text_quietly("a a a")
    search(bar, "a")
    bar.replace_field.setText("b")
    bar.find_next()
    bar.replace_current()
    assert bar.pane.toPlainText() == "b a a"
    assert bar.pane.textCursor().selectedText() == "a"


def test_typing_in_the_pane_updates_the_count(bar: FindBar, qtbot) -> None:
    bar.pane.set_text_quietly("x")
    search(bar, "x")
    assert bar.match_count() == 1
    bar.pane.insertPlainText("x")
    qtbot.waitUntil(lambda: bar.match_count() == 2)


def test_escape_closes_and_clears_highlights(bar: FindBar, qtbot) -> None:
    bar.pane.set_text_quietly("x x")
    search(bar, "x")
    assert bar.pane.extraSelections()
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert bar.pane.extraSelections() == []


def test_open_find_takes_the_selection(bar: FindBar) -> None:
    bar.pane.set_text_quietly("選んだ言葉")
    cursor = bar.pane.textCursor()
    cursor.setPosition(3)
    cursor.setPosition(5, cursor.MoveMode.KeepAnchor)
    bar.pane.setTextCursor(cursor)
    bar.open_find()
    assert bar.find_field.text() == "言葉"
    assert not bar.replace_field.isVisible()


def test_hiragana_finds_katakana_and_full_width_finds_ascii(bar: FindBar) -> None:
    bar.pane.set_text_quietly("札幌のラーメンとＡＩとAI、機械学習")
    search(bar, "らーめん")
    assert bar.match_count() == 1
    bar.find_next()
    assert bar.pane.textCursor().selectedText() == "ラーメン"
    search(bar, "ＡＩ")
    assert bar.match_count() == 2
    search(bar, "kikai")
    assert bar.match_count() == 0
    search(bar, "らーめん", case=True)  # match case: exact
    assert bar.match_count() == 0


def test_replacing_a_folded_match(bar: FindBar) -> None:
    bar.pane.set_text_quietly("ラーメンとらーめん")
    search(bar, "らーめん")
    bar.replace_field.setText("うどん")
    assert bar.replace_all() == 2
    assert bar.pane.toPlainText() == "うどんとうどん"
