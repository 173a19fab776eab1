"""Conflict markers in the preview: two labelled boxes, the rest of the post untouched."""

from __future__ import annotations

from editor.core.render.render import Renderer, render_markdown

CONFLICTED = """# 古書店

<<<<<<< HEAD
神保町を**一人で**歩いた。

- 一軒目
=======
神保町を雨の日に歩いた。
>>>>>>> origin/main

終わり。
"""


def test_each_side_is_rendered_as_markdown_in_its_own_box() -> None:
    html = render_markdown(CONFLICTED)
    assert html.count('class="kiji-conflict"') == 1
    mine = html.index("kiji-conflict-mine")
    theirs = html.index("kiji-conflict-theirs")
    assert mine < html.index("<strong>一人で</strong>") < html.index("<li>一軒目</li>") < theirs
    assert '<p class="kiji-conflict-label">HEAD</p>' in html
    assert '<p class="kiji-conflict-label">origin/main</p>' in html
    assert "<blockquote" not in html and "<h2" not in html  # no marker became Markdown
    assert "=======" not in html and "&lt;&lt;&lt;" not in html
    assert html.index("終わり。") > theirs and "<h1" in html


def test_an_edit_inside_a_side_renders_as_a_fresh_render_does() -> None:
    renderer = Renderer(None)
    renderer.render(CONFLICTED, None)
    for edited in (
        CONFLICTED.replace("一軒目", "一軒目と二軒目"),
        CONFLICTED.replace("=======\n", "=======\n\n"),
        CONFLICTED.replace(">>>>>>> origin/main\n", ""),  # the region is no longer whole
    ):
        assert renderer.render(edited, None) == Renderer(None).render(edited, None)


def test_an_unfinished_region_stays_ordinary_text() -> None:
    html = render_markdown("<<<<<<< HEAD\nmine\n\nno end here\n")
    assert "kiji-conflict" not in html and "mine" in html


def test_a_setext_heading_is_still_a_heading() -> None:
    assert "<h1" in render_markdown("Title\n=======\n")
