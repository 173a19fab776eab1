"""Tests for editor.core.text.ja_text: 全角/半角, ruby, full-width Markdown marks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.core.text.ja_text import (
    closing_bracket,
    fix_full_width_markers,
    ruby,
    to_full_width,
    to_half_width,
)


def test_width_conversion_keeps_kana_full_width() -> None:
    assert to_full_width("iPhone 16 ｶﾀｶﾅ!") == "ｉＰｈｏｎｅ　１６　カタカナ！"
    assert to_half_width("ｉＰｈｏｎｅ　１６　カタカナ！") == "iPhone 16 カタカナ!"


def test_ruby_suggests_a_reading_and_escapes() -> None:
    assert ruby("漢字") == "<ruby>漢字<rt>かんじ</rt></ruby>"
    assert ruby("<b>", "x&y") == "<ruby>&lt;b&gt;<rt>x&amp;y</rt></ruby>"


@pytest.mark.parametrize(
    ("line", "fixed"),
    [
        ("＃　見出し", "# 見出し"),
        ("＃＃＃　小見出し", "### 小見出し"),
        ("－　項目", "- 項目"),
        ("・　項目", "- 項目"),
        ("　－　入れ子の項目", "  - 入れ子の項目"),
        ("１．　手順", "1. 手順"),
        ("１２）　手順", "12) 手順"),
        ("＊　星印", "* 星印"),
        ("## already", "## already"),
        ("- already", "- already"),
        ("１．５倍に", "１．５倍に"),  # a number, not a list
        ("2025年の話", "2025年の話"),
        ("ーと伸ばす", "ーと伸ばす"),  # no space after: not a marker
    ],
)
def test_full_width_markdown_marks_are_fixed(line: str, fixed: str) -> None:
    assert fix_full_width_markers(line) == fixed


@given(st.text(max_size=40))
def test_fixing_twice_changes_nothing_more(line: str) -> None:
    once = fix_full_width_markers(line)
    assert fix_full_width_markers(once) == once


def test_closing_brackets() -> None:
    assert closing_bracket("「") == "」" and closing_bracket("【") == "】"
    assert closing_bracket("a") is None
