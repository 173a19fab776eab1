"""A long post is highlighted in steps from the top, ending exactly as one full pass."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument

from editor.ui.editor import code_point_highlighter
from editor.ui.editor.markdown_highlighter import MarkdownHighlighter
from editor.ui.editor.text_pane import TextPane

# A fence early on changes the colour of everything up to its end: the pass must carry
# block states from the top, not colour blocks on their own.
CHUNK = "# Heading\n\nSome *text* and `code`.\n\n```python\nx = 1  # not a heading\n```\n\n"
LONG = CHUNK * 800  # about 50,000 characters


def formats_of(document: QTextDocument) -> list[tuple[int, list[tuple[int, int, str]]]]:
    """Each block's state and colour ranges (what a reader sees)."""
    result = []
    block = document.begin()
    while block.isValid():
        ranges = [
            (r.start, r.length, r.format.foreground().color().name())
            for r in block.layout().formats()
        ]
        result.append((block.userState(), ranges))
        block = block.next()
    return result


def reference(text: str) -> list[tuple[int, list[tuple[int, int, str]]]]:
    document = QTextDocument()
    document.documentLayout()
    highlighter = MarkdownHighlighter(document)
    document.setPlainText(text)
    assert not highlighter.is_highlighting()
    return formats_of(document)


def test_a_long_post_opens_unhighlighted_below_the_first_step(qapp, monkeypatch) -> None:
    monkeypatch.setattr(code_point_highlighter, "STEP_BUDGET_MS", 0)
    pane = TextPane()
    pane.set_text_quietly(LONG)
    highlighter = pane.highlighter
    assert highlighter.is_highlighting()
    last = pane.document().lastBlock()
    assert last.userState() == -1 and not last.layout().formats()
    highlighter.finish_highlighting()
    assert not highlighter.is_highlighting()
    assert formats_of(pane.document()) == reference(LONG)


def test_the_pass_runs_from_the_event_loop(qapp, qtbot) -> None:
    pane = TextPane()
    pane.set_text_quietly(LONG * 4)
    assert pane.highlighter.is_highlighting()
    qtbot.waitUntil(lambda: not pane.highlighter.is_highlighting(), timeout=20_000)
    assert formats_of(pane.document()) == reference(LONG * 4)


def test_edits_during_the_pass_end_highlighted_like_the_text(qapp, monkeypatch) -> None:
    monkeypatch.setattr(code_point_highlighter, "STEP_BUDGET_MS", 0)
    pane = TextPane()
    pane.set_text_quietly(LONG)
    highlighter = pane.highlighter
    qapp.processEvents()  # Qt's own visit after the load; one step of the pass
    cursor = QTextCursor(pane.document())
    cursor.movePosition(QTextCursor.MoveOperation.Down, QTextCursor.MoveMode.KeepAnchor, 4)
    cursor.removeSelectedText()  # lines above the frontier go: waiting blocks move up
    highlighter._pass_step()
    cursor.setPosition(0)
    cursor.insertText("```\nopened above the frontier\n```\n\n")  # lines come
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\n## below\n")
    highlighter.finish_highlighting()
    assert formats_of(pane.document()) == reference(pane.pane_text())


def test_a_short_post_is_highlighted_at_once(qapp) -> None:
    pane = TextPane()
    pane.set_text_quietly(CHUNK * 10)
    assert not pane.highlighter.is_highlighting()
    assert formats_of(pane.document()) == reference(CHUNK * 10)


def test_a_theme_switch_recolours_a_long_post_in_steps(qapp, monkeypatch) -> None:
    monkeypatch.setattr(code_point_highlighter, "STEP_BUDGET_MS", 0)
    pane = TextPane()
    pane.set_text_quietly(LONG)
    pane.highlighter.finish_highlighting()
    light = formats_of(pane.document())
    pane.highlighter.set_dark(True)
    assert pane.highlighter.is_highlighting()
    pane.highlighter.finish_highlighting()
    dark = formats_of(pane.document())
    assert dark != light and len(dark) == len(light)


def test_a_shown_pane_settles_after_it_painted_and_its_colouring_ended(
    qapp, qtbot, monkeypatch
) -> None:
    """What waits for an opened post (the preview's renderer) starts once the writer
    sees the text coloured, not while the pane is still being laid out."""
    monkeypatch.setattr(code_point_highlighter, "STEP_BUDGET_MS", 1)
    pane = TextPane()
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    settled: list[bool] = []
    steps: list[int] = []
    pane.set_text_quietly(LONG * 2)
    pane.call_when_settled(
        lambda: settled.append(pane.highlighter.is_highlighting()),
        meanwhile=lambda: steps.append(len(settled)),
    )
    assert pane.highlighter.is_highlighting() and not settled
    qtbot.waitUntil(lambda: bool(settled), timeout=20_000)
    assert settled == [False]  # the colouring had ended when it was called
    assert steps and set(steps) == {0}  # told of each step, and only before
    pane.set_text_quietly(LONG * 2)  # a later colouring tells nobody
    qtbot.waitUntil(lambda: not pane.highlighter.is_highlighting(), timeout=20_000)
    assert set(steps) == {0} and settled == [False]


def test_a_short_text_settles_once_painted(qapp, qtbot) -> None:
    pane = TextPane()
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    pane.set_text_quietly(CHUNK)
    settled: list[int] = []
    pane.call_when_settled(lambda: settled.append(1))
    assert not settled  # never inside the call: the caller finishes its work first
    qtbot.waitUntil(lambda: bool(settled), timeout=5_000)
    qapp.processEvents()
    assert settled == [1]  # once


def test_a_hidden_pane_settles_at_once(qapp, qtbot) -> None:
    """A pane that is not shown paints nothing: waiting for its paint would hold the
    workers up until their hold expired."""
    pane = TextPane()
    qtbot.addWidget(pane)
    pane.set_text_quietly(CHUNK)
    settled: list[int] = []
    pane.call_when_settled(lambda: settled.append(1))
    assert not settled
    qtbot.waitUntil(lambda: bool(settled), timeout=1_000)


def test_a_pane_hidden_before_it_settled_settles_then(qapp, qtbot) -> None:
    """Restoring a session opens tab after tab: each earlier pane is hidden before it
    paints, and what waits for it must not wait for a paint that never comes."""
    from PySide6.QtWidgets import QTabWidget

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    first, second = TextPane(), TextPane()
    tabs.addTab(first, "first")
    tabs.show()
    qtbot.waitExposed(tabs)
    first.set_text_quietly(LONG * 2)
    settled: list[str] = []
    first.call_when_settled(lambda: settled.append("first"))
    tabs.addTab(second, "second")
    tabs.setCurrentWidget(second)  # the first is hidden, still being coloured
    qtbot.waitUntil(lambda: bool(settled), timeout=1_000)
    assert settled == ["first"]


def test_a_colouring_cut_short_still_settles(qapp, qtbot) -> None:
    """A long text replaced by a short one mid-pass: the pass ends without reaching the
    last block, and the pane settles all the same."""
    pane = TextPane()
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    pane.set_text_quietly(LONG * 4)
    settled: list[int] = []
    pane.call_when_settled(lambda: settled.append(1))
    qtbot.waitUntil(lambda: pane._painted, timeout=5_000)
    assert pane.highlighter.is_highlighting()
    pane.set_text_quietly(CHUNK)  # short: coloured at once, the pass stops
    qtbot.waitUntil(lambda: bool(settled), timeout=5_000)
