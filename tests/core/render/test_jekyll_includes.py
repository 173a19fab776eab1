"""The site's own ``_includes`` in the preview, rendered by Liquid as Jekyll renders them.

The same site is built by the real ``jekyll`` and shown by Kiji; the text a reader sees
must be the same.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest

from editor.core.render.jekyll_includes import SiteIncludes, parse_include
from editor.core.render.render import Renderer

INCLUDES = {
    "boilerplate/tools.md": (
        "## 道具\n\n**{{ include.pen }}** と {{ site.data.paper.name }} で描きました。"
        "[一覧]({{ '/tools/' | relative_url }})\n"
    ),
    "note.html": (
        '<aside class="note {{ include.type }}">{{ include.content | markdownify }}'
        "<p>{{ page.title }} / {{ page.tags | array_to_sentence_string }}</p></aside>\n"
    ),
    "kbd.html": "<kbd>{{ include.keys | upcase }}</kbd>",
    "outer.html": '{% include note.html type="tip" content=include.body tags=page.tags %}',
}
POST = """\
---
title: 鉛筆の話
tags: [pen, paper, ink]
layout: null
---
はじめに。

{% include boilerplate/tools.md pen="Apple Pencil" %}

{% include outer.html body="*重要* な注意" %}

保存は {% include kbd.html keys="ctrl+s" %} で。

### Save with {% include kbd.html keys="ctrl+s" %}

{% include boilerplate/tools.md pen='鉛筆' %}
"""


def _site(root: Path) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_data").mkdir()
    (root / "_data" / "paper.yml").write_text("name: 和紙\n", "utf-8")
    (root / "_config.yml").write_text("title: t\nbaseurl: /blog\n", "utf-8")
    for name, text in INCLUDES.items():
        path = root / "_includes" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    (root / "_posts" / "2025-01-01-p.md").write_text(POST, "utf-8")
    return root


def _text(html: str) -> str:
    html = re.sub(r"<(p|li|h\d|aside|div|ul|ol)\b[^>]*>|</(p|li|h\d|aside|div|ul|ol)>", " ", html)
    return " ".join(unescape(re.sub(r"<[^>]+>", "", html)).split())


def _body() -> str:
    return POST.split("---\n", 2)[2]


def _page() -> dict[str, object]:
    return {"title": "鉛筆の話", "tags": ["pen", "paper", "ink"]}


def test_includes_render_with_parameters_data_page_and_filters(tmp_path: Path) -> None:
    html = Renderer(_site(tmp_path)).render(_body(), _page())
    text = _text(html)
    assert "道具 Apple Pencil と 和紙 で描きました。一覧" in text
    assert '<a href="/blog/tools/">' in html  # relative_url with the site's baseurl
    assert '<em lang="ja">重要</em> な注意' in html  # markdownify, through a nested include
    assert "鉛筆の話 / pen, paper, and ink" in text
    assert "保存は <kbd>CTRL+S</kbd> で。" in html  # an include within a line
    assert "liquid-tag" not in html  # nothing left as a marker
    assert '<h2 id="道具">' in html and '<h2 id="道具-1">' in html  # Markdown in the post,
    # its headings numbered with the post's own


def test_include_cached_renders_like_include(tmp_path: Path) -> None:
    # jekyll-include-cache's tag: the same output, cached by the plugin.
    renderer = Renderer(_site(tmp_path))
    cached = renderer.render("{% include_cached boilerplate/tools.md pen='鉛筆' %}")
    assert cached == renderer.render("{% include boilerplate/tools.md pen='鉛筆' %}")
    assert "<strong>鉛筆</strong>" in cached


def test_a_missing_or_escaping_include_stays_a_marker(tmp_path: Path) -> None:
    root = _site(tmp_path)
    (tmp_path / "secret.txt").write_text("do not show", "utf-8")
    html = Renderer(root).render("{% include nothere.html %}\n\n{% include ../secret.txt %}")
    assert html.count('class="liquid-tag"') == 2
    assert "do not show" not in html


def test_include_output_is_sanitized(tmp_path: Path) -> None:
    root = _site(tmp_path)
    (root / "_includes" / "bad.html").write_text('<script>alert(1)</script><b onclick="x">b</b>')
    html = Renderer(root).render("{% include bad.html %}")
    assert "<script" not in html and "onclick" not in html and "<b>b</b>" in html


def test_an_edited_include_shows_at_the_next_render(tmp_path: Path) -> None:
    root = _site(tmp_path)
    renderer = Renderer(root)
    (root / "_includes" / "x.html").write_text("<p>first</p>", "utf-8")
    assert "first" in renderer.render("{% include x.html %}")
    (root / "_includes" / "x.html").write_text("<p>second</p>", "utf-8")
    assert "second" in renderer.render("{% include x.html %}")


def test_include_arguments_are_parsed_like_jekyll() -> None:
    values = {"page.kind": "note", "include.x": 3}
    parsed = parse_include('{{ page.kind }}.html a="q \\"x\\"" b=\'s\' c=include.x', values.get)
    assert parsed == ("note.html", {"a": 'q "x"', "b": "s", "c": 3})
    assert parse_include("   ", values.get) is None


def test_a_site_without_includes_renders_none(tmp_path: Path) -> None:
    includes = SiteIncludes(tmp_path, {}, (str, str), str)
    assert not includes.available
    assert includes.render("a.html", {}) is None


def test_the_preview_reads_like_the_real_jekyll_build(tmp_path: Path) -> None:
    if shutil.which("jekyll") is None:
        pytest.skip("jekyll is installed by packaging/linux/system-deps.sh test")
    root = _site(tmp_path / "site")
    subprocess.run(
        ["jekyll", "build", "-q", "-s", str(root), "-d", str(root / "_site")],
        check=True, timeout=300, capture_output=True,
    )  # fmt: skip
    published = (root / "_site" / "2025" / "01" / "01" / "p.html").read_text("utf-8")
    ours = Renderer(root).render(_body(), _page())
    assert _text(ours) == _text(published)
    ids = re.compile(r"<h\d[^>]* id=\"([^\"]*)\"")
    assert ids.findall(ours) == ids.findall(published)  # an include's text, not its tag
    assert "save-with-ctrls" in ids.findall(published)
