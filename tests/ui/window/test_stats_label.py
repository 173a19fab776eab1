"""The status bar statistics: debounced, CJK-aware, body and selection."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from editor.core.post.front_matter_split import split_front_matter
from editor.core.text.stats import text_stats
from editor.ui.editor.text_pane import TextPane
from editor.ui.window.stats_label import StatsLabel

SEED = Path(__file__).parents[2] / "data" / "seed" / "2025-12-28-llama4.md"


@pytest.fixture
def label(qtbot) -> StatsLabel:
    widget = StatsLabel()
    pane = TextPane()
    qtbot.addWidget(widget)
    qtbot.addWidget(pane)
    widget.pane = pane
    widget.set_pane(pane)
    return widget


def test_counts_the_seed_body_like_the_core(label: StatsLabel) -> None:
    body = split_front_matter(SEED.read_text(encoding="utf-8")).body
    label.pane.set_text_quietly(body)
    label.recount()
    assert label.body_stats == text_stats(body)
    assert label.body_stats.cjk_characters > 5000
    assert f"{label.body_stats.cjk_characters:,} Japanese" in label.text()
    assert "min read" in label.text()


def test_recount_waits_for_a_pause_in_typing(label: StatsLabel, qtbot) -> None:
    label.pane.set_text_quietly("")
    label.recount()
    label.pane.insertPlainText("日本語")
    assert label.body_stats.cjk_characters == 0  # not yet: the timer is running
    qtbot.waitUntil(lambda: label.body_stats.cjk_characters == 3)


def test_selection_is_counted_separately(label: StatsLabel) -> None:
    label.pane.set_text_quietly("英語 and English words\n二行目")
    cursor = label.pane.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    label.pane.setTextCursor(cursor)
    label.recount()
    assert label.selection_stats == text_stats("英語 and English words\n二行目")
    assert label.text().startswith("Selection: ")
    cursor.clearSelection()
    label.pane.setTextCursor(cursor)
    label.recount()
    assert label.selection_stats is None


def test_reading_rates_are_used(label: StatsLabel) -> None:
    label.pane.set_text_quietly("字" * 1000)
    label.set_rates(500, 200)
    assert label.body_stats.reading_minutes == 2
    label.set_rates(1000, 200)
    assert label.body_stats.reading_minutes == 1
    assert "1,000 Japanese" in label.text()
    label.set_pane(None)
    assert label.text() == ""


def test_one_word_is_singular(label: StatsLabel, qapp) -> None:
    from editor.ui.window.i18n import install_translators

    translators = install_translators(qapp, "en")
    try:
        label.pane.set_text_quietly("Hello")
        label.recount()
        assert "1 word ·" in label.text()
        label.pane.set_text_quietly("Hello there " * 600)
        label.recount()
        assert "1,200 words ·" in label.text()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_a_long_post_recounted_in_steps_gets_the_exact_counts(label: StatsLabel, qtbot) -> None:
    body = split_front_matter(SEED.read_text(encoding="utf-8")).body * 40
    label.pane.set_text_quietly(body)
    label.schedule()
    qtbot.waitUntil(lambda: label.body_stats == text_stats(body), timeout=10000)
    cursor = label.pane.textCursor()
    cursor.setPosition(len(body) // 2)
    cursor.insertText("\n\n追加の段落です。\n\n")
    edited = label.pane.body_text()
    qtbot.waitUntil(lambda: label.body_stats == text_stats(edited), timeout=10000)


def test_a_long_post_is_counted_after_its_first_paint(qtbot) -> None:
    label = StatsLabel()
    pane = TextPane()
    qtbot.addWidget(label)
    qtbot.addWidget(pane)
    body = "日本語の文。\n\n" * 10_000
    pane.set_text_quietly(body)
    label.set_pane(pane)
    label.set_rates(500, 200)  # as the window does right after (the post's site's rates)
    assert label.body_stats is None  # not while the post opens
    qtbot.waitUntil(lambda: label.body_stats is not None, timeout=10_000)
    assert label.body_stats == text_stats(body, cjk_chars_per_minute=500, words_per_minute=200)


def test_switching_to_a_long_post_never_shows_the_last_posts_counts(qtbot) -> None:
    label = StatsLabel()
    short, long = TextPane(), TextPane()
    for widget in (label, short, long):
        qtbot.addWidget(widget)
    short.set_text_quietly("短い記事。")
    label.set_pane(short)
    assert label.body_stats is not None and "5 chars" in label.text()
    long.set_text_quietly("日本語の文。\n\n" * 10_000)
    label.set_pane(long)
    assert label.body_stats is None and label.text() == "Counting…"
    qtbot.waitUntil(lambda: label.body_stats is not None, timeout=10_000)
    assert "60,000 chars" in label.text()


def test_a_long_post_is_counted_while_it_is_still_being_coloured(qtbot) -> None:
    # Colouring reports each step as a text change (textChanged), not as an edit: the
    # count does not wait for the last step of a long post's colouring.
    label = StatsLabel()
    pane = TextPane()
    for widget in (label, pane):
        qtbot.addWidget(widget)
    pane.show()
    pane.set_text_quietly("## 見出し\n\n日本語の **文**。\n\n" * 30_000)
    label.set_pane(pane)
    stepped: list[int] = []
    pane.highlighter.passStepped.connect(lambda: stepped.append(1))
    qtbot.waitUntil(lambda: label.body_stats is not None, timeout=10_000)
    assert pane.highlighter.is_highlighting(), "the colouring finished first: make the post longer"
    assert stepped  # steps ran (and reported changes) while the count went on
