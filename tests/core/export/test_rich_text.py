"""Tests for editor.core.export.rich_text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.core.export.rich_text import inline_styles, plain_text
from editor.core.render.render import render_markdown


def test_headings_code_and_links_get_inline_styles() -> None:
    html = inline_styles(
        render_markdown("# 見出し\n\n```python\nx = 1\n```\n\n[リンク](https://example.com)\n")
    )
    assert '<h1 style="' in html and "font-weight: 700" in html
    assert '<pre style="' in html and "background: #f6f8fa" in html
    assert '<a href="https://example.com" style="' in html
    assert 'style="color: #666"' in html  # Pygments colour for the "=" operator
    assert "data-source-line" not in html and "class=" not in html


def test_plain_text_keeps_paragraphs() -> None:
    text = plain_text(render_markdown("一段落目。\n\n二段落目。\n\n- 項目\n"))
    assert text == "一段落目。\n二段落目。\n\n項目\n" or text.split() == [
        "一段落目。",
        "二段落目。",
        "項目",
    ]


@given(st.text(max_size=300))
def test_inline_styles_never_adds_scripts(text: str) -> None:
    html = inline_styles(render_markdown(text))
    assert "<script" not in html.lower()
