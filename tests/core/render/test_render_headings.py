"""Tests for editor.core.render.headings: GitHub-style anchors and the {:toc} list."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from editor.core.render.headings import HeadingInfo, github_slug, toc_html
from editor.core.render.render import render_markdown


def test_github_slug() -> None:
    assert github_slug("Hello, World!") == "hello-world"
    assert (
        github_slug("「汎用性向上」の真価：実社会へのインパクト")
        == "汎用性向上の真価実社会へのインパクト"
    )
    assert github_slug("snake_case and  two  spaces") == "snake_case-and--two--spaces"
    assert github_slug("Ünïcödé 123") == "ünïcödé-123"
    assert github_slug("!!!") == ""


def test_toc_nests_by_level() -> None:
    html = toc_html([HeadingInfo(2, "a", "A"), HeadingInfo(3, "b", "B"), HeadingInfo(2, "c", "C")])
    assert html == (
        '<ul><li><a href="#a">A</a><ul><li><a href="#b">B</a></li></ul></li>'
        '<li><a href="#c">C</a></li></ul>'
    )


def test_toc_skipped_levels_stay_valid() -> None:
    html = toc_html([HeadingInfo(2, "a", "A"), HeadingInfo(4, "b", "B")])
    assert html == (
        '<ul><li><a href="#a">A</a><ul><li><ul><li><a href="#b">B</a></li></ul></li></ul></li></ul>'
    )


def test_toc_leaves_out_no_toc_and_escapes() -> None:
    html = toc_html([HeadingInfo(2, "x", "<x>", in_toc=False), HeadingInfo(2, "y", "<y>")])
    assert html == '<ul><li><a href="#y">&lt;y&gt;</a></li></ul>'
    assert toc_html([]) == "<ul></ul>"


@given(st.lists(st.integers(1, 6), max_size=20))
def test_toc_is_balanced(levels: list[int]) -> None:
    html = toc_html([HeadingInfo(level, f"h{i}", "t") for i, level in enumerate(levels)])
    assert html.count("<ul>") == html.count("</ul>")
    assert html.count("<li>") == html.count("</li>")
    assert html.count("<a ") == len(levels)


def test_heading_ids_are_kramdown_gfm_ids_as_jekyll_4_3_makes_them() -> None:
    # What the real Jekyll 4.3.1 (kramdown-parser-gfm 1.1.0) printed for these headings.
    body = (
        "## a_b ＿c ①2\n\n## Tab\there\n\n## 「汎用性」の真価：AI\n\n"
        "## 　 Android Studio と AGP\n\n## **太字**と`code`\n\n## 同じ\n\n## 同じ\n"
    )
    ids = re.findall(r'<h2[^>]* id="([^"]*)"', render_markdown(body))
    assert ids == [
        "a_b-＿c-2",
        "tab-here",
        "汎用性の真価ai",
        "-android-studio-と-agp",
        "太字とcode",
        "同じ",
        "同じ-1",
    ]
