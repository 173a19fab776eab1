"""A keystroke in the coloured text pane repaints its block, and the view stays right.

The pane is shown (offscreen) and typed into with real key events and cursor edits.
What it shows is read back from the window's backing store (the pixels as painted, edit
after edit) and compared with a fresh paint of the whole pane: a block laid out or
repainted too little would show there as stale pixels.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QImage, QInputMethodEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.services.document import DocumentSession
from editor.ui.editor.edit_layout import EditLayout
from editor.ui.editor.text_pane import TextPane
from editor.ui.form.front_matter_source import FrontMatterSource

PARAGRAPH = "本文の段落です。**太字**と`コード`と[リンク](https://example.com)があります。" * 3
TEXT = "\n\n".join(f"## 見出し{n}\n\n{PARAGRAPH}" for n in range(8))


class PaintLog(QObject):
    """Records the rectangles a widget is asked to paint."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # Qt override
        if event.type() == QEvent.Type.Paint:
            self.rects.append(QRect(event.rect()))
        return False


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def pane(qapp, qtbot):
    qapp.setCursorFlashTime(0)  # the caret is drawn in every paint, the same each time
    pane = TextPane()
    qtbot.addWidget(pane)
    pane.resize(460, 360)
    pane.set_text_quietly(TEXT)
    pane.show()
    qtbot.waitExposed(pane)
    settle()
    yield pane
    qapp.setCursorFlashTime(1000)


def shown(pane: TextPane) -> QImage:
    """The pane's pixels as painted so far (the backing store)."""
    return pane.screen().grabWindow(pane.winId()).toImage()


def fresh(pane: TextPane) -> QImage:
    """The pane painted anew, all of it."""
    image = pane.grab().toImage()
    return image.convertToFormat(shown(pane).format())


def put_caret(pane: TextPane, position: int) -> None:
    cursor = pane.textCursor()
    cursor.setPosition(position)
    pane.setTextCursor(cursor)
    settle()


def paragraph_block(pane: TextPane, number: int = 2):
    block = pane.document().findBlockByNumber(number)
    assert block.text() == PARAGRAPH
    return block


def test_the_pane_lays_out_with_an_edit_layout(pane) -> None:
    assert isinstance(pane.document().documentLayout(), EditLayout)


def test_a_keystroke_mid_paragraph_repaints_that_paragraph_only(pane) -> None:
    block = paragraph_block(pane)
    # Early in the paragraph: Qt's own reading of the highlighter's change reaches
    # into the blocks after it, and would repaint the whole view.
    put_caret(pane, block.position() + 3)
    log = PaintLog(pane.viewport())
    for key in (Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_C):
        log.rects.clear()
        QTest.keyClick(pane, key)
        settle()
        assert log.rects, "the keystroke was not painted"
        area = pane.blockBoundingGeometry(block).translated(pane.contentOffset()).toRect()
        for rect in log.rects:
            assert rect.height() < pane.viewport().height() / 2
            assert area.adjusted(0, -2, 0, 2).contains(rect), (rect, area)
        assert shown(pane) == fresh(pane)


def test_the_first_keystroke_after_opening_repaints_only_its_paragraph(qapp, qtbot) -> None:
    pane = TextPane()
    qtbot.addWidget(pane)
    pane.resize(460, 360)
    pane.set_text_quietly(TEXT * 4)  # long enough to be coloured in steps
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.waitUntil(lambda: not pane.highlighter.is_highlighting(), timeout=20_000)
    put_caret(pane, paragraph_block(pane).position() + 3)
    log = PaintLog(pane.viewport())
    QTest.keyClick(pane, Qt.Key.Key_A)
    settle()
    assert log.rects
    assert all(rect.height() < pane.viewport().height() / 2 for rect in log.rects)


@pytest.mark.parametrize(
    "edit",
    [
        "<!--",  # the blocks after it turn into a comment
        "```",  # …into code
        "$$",  # …into math
        "{% highlight ruby %}\n",  # a Liquid code block opens
        "一行\n二行\n\n三行",  # lines pasted
        "x",
    ],
)
def test_an_edit_at_a_line_start_recolours_what_follows_on_screen(pane, edit) -> None:
    # One edit at a block's start: the range the layout is told of starts where the
    # highlighter's does, so only the blocks the highlighter names are laid out again.
    put_caret(pane, paragraph_block(pane).position())
    pane.textCursor().insertText(edit)
    settle()
    assert shown(pane) == fresh(pane)
    pane.undo()  # and every colour comes back
    settle()
    assert shown(pane) == fresh(pane)


def test_deleting_the_opener_uncolours_what_follows_on_screen(pane) -> None:
    start = paragraph_block(pane).position()
    put_caret(pane, start)
    pane.textCursor().insertText("<!--")
    settle()
    cursor = pane.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + 4, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    settle()
    assert shown(pane) == fresh(pane)


def test_enter_and_backspace_across_lines_stay_right_on_screen(pane) -> None:
    put_caret(pane, paragraph_block(pane).position() + 10)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Backspace, Qt.Key.Key_Backspace):
        QTest.keyClick(pane, key)
        settle()
        assert shown(pane) == fresh(pane)


SNIPPETS = ["a", "字", "**", "`", "```", "<!--", "-->", "$$", "\n", "\n\n", "# ", "> "]


@settings(max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    edits=st.lists(
        st.tuples(
            st.floats(0, 1),
            st.one_of(st.sampled_from(SNIPPETS), st.integers(1, 6)),  # text or a deletion
        ),
        min_size=1,
        max_size=6,
    )
)
def test_any_edits_leave_the_view_as_a_fresh_paint_would(pane, edits) -> None:
    pane.set_text_quietly(TEXT)
    settle()
    for where, what in edits:
        length = pane.document().characterCount() - 1
        cursor = pane.textCursor()
        cursor.setPosition(min(length, int(where * 0.4 * length)))  # within the view
        if isinstance(what, str):
            cursor.insertText(what)
        else:
            cursor.setPosition(min(length, cursor.position() + what), cursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        pane.setTextCursor(cursor)
        settle()
        assert shown(pane) == fresh(pane)


def test_the_front_matter_source_lays_out_with_an_edit_layout(qapp, qtbot, tmp_path) -> None:
    post = tmp_path / "2025-01-01-a.md"
    post.write_text("---\ntitle: 紅葉\ntags: [秋]\n---\n本文\n", encoding="utf-8")
    source = FrontMatterSource(DocumentSession.open(post))
    qtbot.addWidget(source)
    assert isinstance(source.editor.document().documentLayout(), EditLayout)
    assert "title: 紅葉" in source.editor.toPlainText()


def test_composing_japanese_mid_paragraph_stays_right_on_screen(pane) -> None:
    # The input method's pre-edit text is laid out with the block, not inserted: each
    # step of a composition, and its commit, must show as a fresh paint shows them.
    put_caret(pane, paragraph_block(pane).position() + 3)
    for reading in ("に", "にほ", "にほんご", "にほんごの`こーど`"):
        cursor = QInputMethodEvent.Attribute(
            QInputMethodEvent.AttributeType.Cursor, len(reading), 1, 0
        )
        QCoreApplication.sendEvent(pane, QInputMethodEvent(reading, [cursor]))
        settle()
        assert shown(pane) == fresh(pane)
    done = QInputMethodEvent()
    done.setCommitString("日本語の`コード`")
    QCoreApplication.sendEvent(pane, done)
    settle()
    assert "本文の日本語の`コード`段落" in pane.toPlainText()
    assert shown(pane) == fresh(pane)
