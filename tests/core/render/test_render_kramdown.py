"""Tests for editor.core.render.kramdown: attribute lists and extension tags."""

from __future__ import annotations

from editor.core.render.kramdown import hide_kramdown_extensions, is_ial_only, parse_ial
from editor.core.render.liquid import LiquidContext, preprocess_liquid

CTX = LiquidContext()


def test_kramdown_extensions_are_hidden_lines_kept() -> None:
    text = '{::options parse_block_html="true" /}\na {::comment}\nhidden\n{:/comment} b\n'
    assert preprocess_liquid(text, CTX) == "\na \n\n b\n"
    assert preprocess_liquid("{::nomarkdown}<b>x</b>{:/}", CTX) == "<b>x</b>"


def test_parse_ial() -> None:
    assert parse_ial('.a .b #c title="x y" onclick="e()" href="javascript:x"') == {
        "id": "c",
        "title": "x y",
        "class": "a b",
    }


def test_ial_styles_cannot_fetch() -> None:
    assert parse_ial('style="background: url(http://evil/x.png)"') == {}
    assert parse_ial('style="color: red"') == {"style": "color: red"}


def test_is_ial_only() -> None:
    assert is_ial_only("{: .x}")
    assert is_ial_only("{:toc}\n{: #a}")
    assert not is_ial_only("text {: .x}")
    assert not is_ial_only("{::options parse_block_html=true /}")


def test_hide_extensions_without_any_is_identity() -> None:
    text = "plain {: .x} text"
    assert hide_kramdown_extensions(text) is text
