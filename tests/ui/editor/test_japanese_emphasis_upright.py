"""Japanese has no italic: emphasis over kana and kanji is upright, dotted underneath."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextDocument

from editor.core.text.ja_text import cjk_runs
from editor.ui.editor.markdown_highlighter import MarkdownHighlighter


def _formats_at(document: QTextDocument, text: str) -> dict[str, QTextCharFormat]:
    block = document.firstBlock()
    found: dict[str, QTextCharFormat] = {}
    for fmt_range in block.layout().formats():
        found[text[fmt_range.start : fmt_range.start + fmt_range.length]] = fmt_range.format
    return found


def test_emphasis_over_japanese_is_upright_and_latin_stays_italic(qtbot) -> None:
    text = "これは*とても大事*で *very* important"
    document = QTextDocument()
    document.setPlainText(text)
    highlighter = MarkdownHighlighter(document)
    highlighter.rehighlight()
    block = document.firstBlock()
    italic, upright = [], []
    for fmt_range in block.layout().formats():
        piece = text[fmt_range.start : fmt_range.start + fmt_range.length]
        if fmt_range.format.fontItalic():
            italic.append(piece)
        elif fmt_range.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine:
            upright.append(piece)
    assert "とても大事" in upright
    assert not any(cjk_runs(piece) for piece in italic)
    assert any("very" in piece for piece in italic)


def test_cjk_runs_cover_kana_kanji_and_full_width_forms() -> None:
    assert cjk_runs("ab漢字かなカナ、ＡＩ cd") == [(2, 11)]
    assert cjk_runs("plain") == []
