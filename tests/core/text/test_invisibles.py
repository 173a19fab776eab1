"""Tests for editor.core.text.invisibles: which characters the text pane marks."""

from __future__ import annotations

import pytest

from editor.core.render.placeholders import to_pane_text
from editor.core.text.invisibles import invisible_positions, mark_label, shows_no_glyph_box


@pytest.mark.parametrize(
    "char",
    [
        "\u00a0",  # no-break space
        "\u202f",  # narrow no-break space (French, web pages)
        "\u2009",  # thin space
        "\u200b",  # zero-width space
        "\u200c",  # zero-width non-joiner
        "\u200d",  # zero-width joiner (between letters)
        "\u202e",  # right-to-left override
        "\u2066",  # left-to-right isolate
        "\u200f",  # right-to-left mark
        "\ufeff",  # a BOM inside the text
        "\u00ad",  # soft hyphen
        "\x07",  # C0 control
        "\x1b",
        "\x85",  # C1 control
        "\x7f",
        "\u3000",  # the full-width space, beside a half-width one the usual slip
    ],
)
def test_invisible_characters_are_marked(char: str) -> None:
    assert invisible_positions(f"ab{char}cd") == [2]


def test_stand_ins_of_line_separators_are_marked() -> None:
    pane = to_pane_text("one\u2028two\u2029three\rfour")
    assert invisible_positions(pane) == [3, 7, 13]


@pytest.mark.parametrize(
    "text",
    [
        "plain ascii text with\ttab",
        "紅葉の季節、😀 と 𠮷野家",
        "e\u0301 combining marks are visible on their base",
        "👨\u200d👩\u200d👧 family",  # joiners inside an emoji sequence build one glyph
        "❤\ufe0f\u200d🔥",
        "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f flag",
    ],
)
def test_visible_text_is_not_marked(text: str) -> None:
    assert invisible_positions(text) == []


def test_labels_and_glyph_boxes() -> None:
    assert mark_label("\u2028") and mark_label("\u2029") and mark_label("\r")
    assert mark_label("\u00a0") == ""
    assert shows_no_glyph_box("\x07") and shows_no_glyph_box("\ufde1")
    assert shows_no_glyph_box("\U0010ffff")
    assert not shows_no_glyph_box("\u00a0") and not shows_no_glyph_box("a")
