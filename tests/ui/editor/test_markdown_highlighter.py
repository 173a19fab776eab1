"""The Markdown highlighter: what gets coloured, block states, incremental updates."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextDocument

from editor.ui.editor.markdown_highlighter import (
    DARK,
    FENCE,
    LIGHT,
    LIQUID_CODE,
    NORMAL,
    MarkdownHighlighter,
    lexer_for,
)


def emphasised(fmt) -> bool:
    """Italic, or, over Japanese (which has no italic), upright with a dotted underline."""
    return fmt.fontItalic() or fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine


@pytest.fixture
def doc(qapp) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout()  # without a layout a document reports no changes to highlight
    document.highlighter = MarkdownHighlighter(document)  # keep it alive with the document
    return document


@pytest.fixture
def seed_text() -> str:
    seed = Path(__file__).parents[2] / "data" / "seed" / "2025-12-28-llama4.md"
    return seed.read_text(encoding="utf-8")


def fmt_at(document: QTextDocument, line: int, column: int) -> QTextCharFormat:
    """The highlighter's format at ``column`` of ``line`` (an empty format when none)."""
    block = document.findBlockByNumber(line)
    ranges = block.layout().formats()
    for item in ranges:
        if item.start <= column < item.start + item.length:
            return QTextCharFormat(item.format)  # a copy outlives the temporary list
    return QTextCharFormat()


def is_bold(fmt: QTextCharFormat) -> bool:
    return int(fmt.fontWeight()) >= int(QFont.Weight.Bold.value)


def color_at(document: QTextDocument, line: int, column: int) -> str:
    return fmt_at(document, line, column).foreground().color().name()


def state(document: QTextDocument, line: int) -> int:
    return document.findBlockByNumber(line).userState() & 7


def test_heading_is_bold_and_coloured(doc: QTextDocument) -> None:
    doc.setPlainText("## 京都の秋\nplain")
    assert is_bold(fmt_at(doc, 0, 4))
    assert color_at(doc, 0, 4) == QColor(LIGHT.heading).name()
    assert color_at(doc, 0, 0) == QColor(LIGHT.marker).name()  # the hashes are markers
    assert not is_bold(fmt_at(doc, 1, 1))


def test_emphasis_strong_strike_and_code_span(doc: QTextDocument) -> None:
    doc.setPlainText("a **強調** b *斜体* c ~~消す~~ d `code` snake_case_name")
    text = doc.toPlainText()
    assert is_bold(fmt_at(doc, 0, text.index("強")))
    assert emphasised(fmt_at(doc, 0, text.index("斜")))
    assert fmt_at(doc, 0, text.index("消")).fontStrikeOut()
    assert fmt_at(doc, 0, text.index("code")).fontFixedPitch()
    # Intraword underscores are not emphasis (CommonMark).
    assert not fmt_at(doc, 0, text.index("case")).fontItalic()


def test_links_images_footnotes_liquid_html(doc: QTextDocument) -> None:
    line = "見て [記事](https://ex.com) ![紅葉](/img.png) 注[^1] {{ site.url }} <br> {: .wide}"
    doc.setPlainText(line)
    assert fmt_at(doc, 0, line.index("記事")).fontUnderline()
    assert color_at(doc, 0, line.index("https")) == QColor(LIGHT.url).name()
    assert emphasised(fmt_at(doc, 0, line.index("紅葉")))
    assert color_at(doc, 0, line.index("[^1]")) == QColor(LIGHT.link).name()
    assert color_at(doc, 0, line.index("site.url")) == QColor(LIGHT.liquid).name()
    assert color_at(doc, 0, line.index("<br>")) == QColor(LIGHT.html).name()
    assert color_at(doc, 0, line.index(".wide")) == QColor(LIGHT.marker).name()


def test_lists_quotes_and_tables(doc: QTextDocument) -> None:
    doc.setPlainText("- [x] 済み\n> 引用です\n| a | b |\n|---|---|\n1. one")
    assert color_at(doc, 0, 0) == QColor(LIGHT.marker).name()
    assert color_at(doc, 0, 3) == QColor(LIGHT.marker).name()  # the task box
    assert color_at(doc, 0, 6) != QColor(LIGHT.marker).name()
    assert emphasised(fmt_at(doc, 1, 3))
    assert color_at(doc, 2, 0) == QColor(LIGHT.marker).name()
    assert color_at(doc, 3, 2) == QColor(LIGHT.marker).name()
    assert color_at(doc, 4, 0) == QColor(LIGHT.marker).name()


def test_fenced_code_uses_pygments_and_carries_state(doc: QTextDocument) -> None:
    doc.setPlainText("```python\ndef f():\n    return 'x'  # c\n```\n# after")
    assert state(doc, 0) == FENCE and state(doc, 1) == FENCE and state(doc, 2) == FENCE
    assert state(doc, 3) == NORMAL
    assert color_at(doc, 1, 0) == QColor(LIGHT.keyword).name()  # def
    assert color_at(doc, 2, 11) == QColor(LIGHT.string).name()
    assert emphasised(fmt_at(doc, 2, 16))  # comment
    # Markdown inside the fence is not Markdown.
    assert is_bold(fmt_at(doc, 4, 3))
    doc.setPlainText("```\n# not a heading\n```")
    assert not is_bold(fmt_at(doc, 1, 3))
    assert fmt_at(doc, 1, 3).fontFixedPitch()


def test_shorter_closing_fence_does_not_close(doc: QTextDocument) -> None:
    doc.setPlainText("````md\n```\n# still code\n````\n# heading")
    assert state(doc, 2) == FENCE
    assert is_bold(fmt_at(doc, 4, 3))


def test_liquid_highlight_block(doc: QTextDocument) -> None:
    doc.setPlainText("{% highlight ruby %}\nputs 'hi'\n{% endhighlight %}\n**b**")
    assert state(doc, 1) == LIQUID_CODE
    assert color_at(doc, 1, 6) == QColor(LIGHT.string).name()
    assert state(doc, 2) == NORMAL
    assert is_bold(fmt_at(doc, 3, 2))


def test_html_comment_spans_lines(doc: QTextDocument) -> None:
    doc.setPlainText("text <!-- start\n**not bold**\nend --> *after*")
    assert emphasised(fmt_at(doc, 1, 3)) and not is_bold(fmt_at(doc, 1, 3))
    assert color_at(doc, 1, 3) == QColor(LIGHT.comment).name()
    assert state(doc, 2) == NORMAL
    assert emphasised(fmt_at(doc, 2, 10))


def test_typing_a_fence_rehighlights_following_blocks(doc: QTextDocument) -> None:
    doc.setPlainText("intro\n# title\nmore")
    assert is_bold(fmt_at(doc, 1, 3))
    cursor = QTextCursor(doc.findBlockByNumber(0))
    cursor.insertText("```\n")
    assert state(doc, 2) == FENCE  # "# title" is now code
    assert not is_bold(fmt_at(doc, 2, 3))
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    assert is_bold(fmt_at(doc, 2, 3))


def test_dark_palette_switch(doc: QTextDocument) -> None:
    doc.setPlainText("# 見出し")
    doc.highlighter.set_dark(True)
    assert doc.highlighter.dark
    assert color_at(doc, 0, 3) == QColor(DARK.heading).name()


def test_unknown_language_is_plain_code(doc: QTextDocument) -> None:
    assert lexer_for("no-such-language") is None
    assert lexer_for("Python") is lexer_for("python")
    doc.setPlainText("```no-such-language\nx = 1\n```")
    assert fmt_at(doc, 1, 0).fontFixedPitch()


def test_seed_post_highlights_without_error(doc: QTextDocument, seed_text: str) -> None:
    doc.setPlainText(seed_text)
    assert doc.blockCount() > 50


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("#*_`~[]()!<>{}%|-:^$ \n\tあ漢aZ1\\")), max_size=120))
def test_any_text_highlights_and_states_are_known(qapp, text: str) -> None:
    document = QTextDocument()
    document.documentLayout()
    highlighter = MarkdownHighlighter(document)
    document.setPlainText(text)
    block = document.firstBlock()
    while block.isValid():
        assert block.userState() & 7 in {0, 1, 2, 3, 4}
        block = block.next()
    assert document.toPlainText() == text.replace("\r", "")  # never touches the text
    del highlighter


def test_star_emphasis_works_between_kanji(doc: QTextDocument) -> None:
    line = "これは*大事*です、snake_case_x と_強調_"
    doc.setPlainText(line)
    assert emphasised(fmt_at(doc, 0, line.index("大")))
    assert not fmt_at(doc, 0, line.index("case")).fontItalic()
