"""Tests for editor.core.render.post_header.render_header (re-exported by
editor.core.render.render)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import frontmatter

from editor.core.render.render import render_header

SEED = Path(__file__).resolve().parents[2] / "data" / "seed" / "2025-12-28-llama4.md"


def test_seed_header_has_title_date_and_tags() -> None:
    page = frontmatter.loads(SEED.read_text(encoding="utf-8")).metadata
    html = render_header(page)
    assert html.startswith('<header class="post-header">') and html.endswith("</header>")
    assert '<h1 class="post-title">Llama 4の性能向上、その真意は何でしょうか？</h1>' in html
    assert '<time class="post-date" datetime="2025-12-28T08:41:08+00:00">2025-12-28</time>' in html
    assert '<li class="post-tag">Google</li>' in html and '<li class="post-tag">LLM</li>' in html
    assert '<li class="post-category">AI最新ニュース</li>' in html


def test_empty_page_gives_nothing() -> None:
    assert render_header({}) == ""
    assert render_header({"layout": "post", "title": "  "}) == ""


def test_header_escapes_markup() -> None:
    html = render_header({"title": "<script>x</script>", "tags": ["<b>"]})
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;" in html


def test_dates_in_several_spellings() -> None:
    assert 'datetime="2025-01-02"' in render_header({"date": dt.date(2025, 1, 2)})
    assert ">2025-01-02<" in render_header({"date": dt.datetime(2025, 1, 2, 3, 4)})
    assert ">2025-01-02<" in render_header({"date": "2025-01-02 03:04"})
    assert ">next spring<" in render_header({"date": "next spring"})


def test_space_separated_tags_like_jekyll() -> None:
    html = render_header({"tags": "a b"})
    assert html.count('class="post-tag"') == 2
