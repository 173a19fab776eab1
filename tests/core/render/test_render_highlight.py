"""Tests for editor.core.render.highlight and editor.core.render.math_markup (code and math
inside the preview)."""

from __future__ import annotations

import re

from editor.core.render.highlight import highlight_code, highlight_css
from editor.core.render.math_markup import tex_to_mathml


def test_known_language_is_highlighted_in_one_element() -> None:
    html = highlight_code("def f():\n    return 1\n", "python")
    assert html.startswith('<div class="highlight" data-lang="python"><pre class="highlight">')
    assert html.endswith("</code></pre></div>")
    assert '<span class="k">def</span>' in html


def test_unknown_and_missing_languages_are_plain_escaped_text() -> None:
    assert "&lt;script&gt;" in highlight_code("<script>", "no-such-language")
    assert highlight_code("a & b", "") == (
        '<div class="highlight"><pre class="highlight"><code>a &amp; b</code></pre></div>'
    )


def test_language_names_cannot_inject_markup() -> None:
    html = highlight_code("x", 'py"><script>')
    assert "<script>" not in html


def test_line_numbers_number_every_line_including_multiline_tokens() -> None:
    html = highlight_code('s = """a\nb\nc"""\n', "python", linenos=True)
    numbers = re.findall(r'<span class="lineno">\s*(\d+)</span>', html)
    assert numbers == ["1", "2", "3"]


def test_highlighting_is_cached() -> None:
    highlight_code.cache_clear()
    highlight_code("x = 1\n", "python")
    highlight_code("x = 1\n", "python")
    assert highlight_code.cache_info().hits == 1


def test_highlight_css_is_scoped_and_differs_by_theme() -> None:
    light, dark = highlight_css(False), highlight_css(True)
    assert light != dark
    for css in (light, dark):
        rules = [line for line in css.splitlines() if line.strip()]
        assert rules and all(line.startswith(".highlight") for line in rules)
        assert "url(" not in css
    assert ".highlight .k " in light


def test_tex_becomes_mathml() -> None:
    html = tex_to_mathml(r"\frac{1}{2}", display=True)
    assert html.startswith("<math") and 'display="block"' in html and "<mfrac>" in html


def test_tex_errors_are_reported_in_place() -> None:
    html = tex_to_mathml(r"\begin{unknown}x")
    assert "kiji-error" in html or html.startswith("<math")
    assert "<script" not in tex_to_mathml(r"\text{<script>alert(1)</script>}")
