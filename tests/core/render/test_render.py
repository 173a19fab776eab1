"""Tests for editor.core.render.render: block structure, incremental rendering, Markdown
features."""

from __future__ import annotations

import re
from pathlib import Path

import frontmatter
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core.render.render import RenderedBlock, Renderer, render_markdown

SEED = Path(__file__).resolve().parents[2] / "data" / "seed" / "2025-12-28-llama4.md"
_ROOT_RE = re.compile(r"^<([a-z0-9]+)[ >]")


def blocks(body: str, **kwargs: object) -> list[RenderedBlock]:
    return Renderer(**kwargs).render_blocks(body)  # type: ignore[arg-type]


def top_level_count(html: str) -> int:
    """Count top-level elements of an HTML fragment (void elements included)."""
    from html.parser import HTMLParser

    class Counter(HTMLParser):
        depth = 0
        count = 0
        voids = frozenset({"br", "hr", "img", "input", "wbr", "col", "area", "source"})

        def handle_starttag(self, tag: str, attrs: object) -> None:
            if self.depth == 0:
                self.count += 1
            if tag not in self.voids:
                self.depth += 1

        def handle_endtag(self, tag: str) -> None:
            self.depth -= 1

        def handle_data(self, data: str) -> None:
            if self.depth == 0 and data.strip():
                self.count += 1

    counter = Counter()
    counter.feed(html)
    return counter.count


# -- block structure --------------------------------------------------------------


def test_each_top_level_block_is_one_element_with_its_first_line() -> None:
    body = "# Title\n\nPara one\ncontinues\n\n- a\n- b\n\n```py\nx = 1\n```\n\n---\n\n> quote\n"
    result = blocks(body)
    assert [b.line for b in result] == [0, 2, 5, 8, 12, 14]
    for block in result:
        assert top_level_count(block.html) == 1
        assert f'data-source-line="{block.line}"' in block.html.split(">", 1)[0]


def test_raw_html_blocks_are_wrapped_in_one_element() -> None:
    result = blocks("<p>one</p>\n<p>two</p>\n\nafter\n")
    assert result[0].html.startswith('<div data-source-line="0" class="kiji-block">')
    assert top_level_count(result[0].html) == 1
    assert result[1].line == 3


def test_render_joins_blocks() -> None:
    renderer = Renderer()
    body = "a\n\nb\n"
    assert renderer.render(body) == "".join(b.html for b in renderer.render_blocks(body))


def test_render_markdown_contract() -> None:
    html = render_markdown("Hello {{ page.title }}", page={"title": "世界"})
    assert html == '<p data-source-line="0">Hello 世界</p>'


def test_crlf_and_nul_are_handled() -> None:
    result = blocks("a\r\n\r\nb\x00c\r\n")
    assert [b.line for b in result] == [0, 2]
    assert "\ufffd" in result[1].html


def test_empty_body_gives_no_blocks() -> None:
    assert blocks("") == []
    assert blocks("\n\n  \n") == []


# -- incremental rendering -----------------------------------------------------------


def test_unchanged_blocks_are_not_rendered_again(monkeypatch: pytest.MonkeyPatch) -> None:
    renderer = Renderer()
    body = "# A\n\npara one\n\npara two\n\n```python\nx = 1\n```\n"
    first = renderer.render_blocks(body)
    calls: list[str] = []
    original = renderer._render_chunk

    def counting(source: str, *args: object) -> object:
        calls.append(source)
        return original(source, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(renderer, "_render_chunk", counting)
    second = renderer.render_blocks(body.replace("para one", "para 1"))
    assert calls == ["para 1\n"]
    assert [b.html for b in second if b.line != 2] == [b.html for b in first if b.line != 2]


def test_inserting_a_line_shifts_lines_without_re_rendering(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    renderer = Renderer()
    body = "para one\n\npara two\n\npara three\n"
    renderer.render_blocks(body)
    calls: list[str] = []
    original = renderer._render_chunk
    monkeypatch.setattr(renderer, "_render_chunk", lambda s, *a: calls.append(s) or original(s, *a))
    result = renderer.render_blocks("\n\n" + body)
    assert calls == []
    assert [b.line for b in result] == [2, 4, 6]
    assert result[2].html == '<p data-source-line="6">para three</p>'


def test_identical_source_gives_identical_html() -> None:
    renderer = Renderer()
    body = "x\n\n```js\nlet a = 1\n```\n\n| a |\n|---|\n| 1 |\n"
    assert renderer.render_blocks(body) == Renderer().render_blocks(body)
    assert renderer.render_blocks(body) == renderer.render_blocks(body)


def test_incremental_matches_fresh_render_after_edits() -> None:
    renderer = Renderer()
    body = SEED.read_text(encoding="utf-8")
    post = frontmatter.loads(body)
    text = post.content
    renderer.render_blocks(text, post.metadata)
    for position in (0, len(text) // 3, len(text) // 2, len(text) - 1):
        edited = text[:position] + "追加\n\n" + text[position:]
        assert renderer.render_blocks(edited, post.metadata) == Renderer().render_blocks(
            edited, post.metadata
        )


# -- Markdown features ---------------------------------------------------------------


def test_tables_strikethrough_tasks_deflists() -> None:
    html = Renderer().render(
        "| a | b |\n|---|--:|\n| 1 | 2 |\n\n~~old~~\n\n- [ ] todo\n- [x] done\n\nTerm\n: Def\n"
    )
    assert "<table" in html and '<td style="text-align:right">2</td>' in html
    assert "<s>old</s>" in html
    assert 'type="checkbox"' in html and 'checked="checked"' in html
    assert "<dl" in html and "<dt>Term</dt>" in html and "<dd>Def</dd>" in html


def test_autolinks() -> None:
    html = Renderer().render("<https://a.example> and https://b.example/x and www.c.example")
    assert '<a href="https://a.example">' in html
    assert '<a href="https://b.example/x">' in html
    assert '<a href="http://www.c.example">' in html


def test_heading_ids_github_style_with_japanese_and_duplicates() -> None:
    result = blocks(
        "### 「汎用性向上」の真価：実社会へのインパクト\n\n## Hello, World!\n\n## Hello, World!\n"
    )
    assert 'id="汎用性向上の真価実社会へのインパクト"' in result[0].html
    assert 'id="hello-world"' in result[1].html
    assert 'id="hello-world-1"' in result[2].html


def test_duplicate_suffix_follows_earlier_headings() -> None:
    renderer = Renderer()
    assert 'id="a-1"' in renderer.render_blocks("## A\n\n## A\n")[1].html
    assert 'id="a"' in renderer.render_blocks("## B\n\n## A\n")[1].html


def test_footnotes_are_numbered_and_collected_in_one_trailing_block() -> None:
    body = "First[^b] and second[^a].\n\n[^a]: Note A.\n[^b]: Note **B**.\n\nLast paragraph.\n"
    result = blocks(body)
    assert [b.line for b in result[:2]] == [0, 5]
    assert '<a href="#fn-b" id="fnref-b">1</a>' in result[0].html
    assert '<a href="#fn-a" id="fnref-a">2</a>' in result[0].html
    section = result[-1]
    assert section.html.startswith('<section data-source-line="5" class="footnotes">')
    assert section.html.index('id="fn-b"') < section.html.index('id="fn-a"')
    assert "<strong>B</strong>" in section.html and 'href="#fnref-a"' in section.html
    assert "Note A" not in result[0].html + result[1].html


def test_repeated_and_nested_footnote_references() -> None:
    body = "a[^x] b[^x]\n\nc[^x]\n\n[^x]: X refers to[^y].\n\n[^y]: Y refers to[^z].\n\n[^z]: Z.\n"
    result = blocks(body)
    html = "".join(b.html for b in result)
    assert 'id="fnref-x"' in result[0].html and 'id="fnref-x-2"' in result[0].html
    assert 'id="fnref-x-3"' in result[1].html
    section = result[-1].html
    assert section.index('id="fn-x"') < section.index('id="fn-y"') < section.index('id="fn-z"')
    assert html.count('">1</a>') == 3 and '">2</a>' in section and '">3</a>' in section
    # one way back per reference, to the id each reference got
    for ref in ("#fnref-x", "#fnref-x-2", "#fnref-x-3"):
        assert f'href="{ref}" class="footnote-backref"' in section
    assert section.count("footnote-backref") == 5  # x three times, y and z once


def test_config_values_cannot_inject_script(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text('title: "<script>alert(1)</script><b>ok</b>"\n')
    html = Renderer(tmp_path).render("{{ site.title }}")
    assert "<script" not in html and "<b>ok</b>" in html


def test_undefined_footnote_stays_text() -> None:
    assert "[^nope]" in Renderer().render("text[^nope]")


def test_reference_links_defined_elsewhere_resolve() -> None:
    result = blocks('See [the site][s].\n\n[s]: https://example.com "Ex"\n\nmore\n')
    assert '<a href="https://example.com" title="Ex">the site</a>' in result[0].html
    assert len(result) == 2


def test_math_becomes_mathml() -> None:
    html = Renderer().render("Inline $x^2$ here.\n\n$$\n\\frac{a}{b}\n$$\n")
    assert "<math" in html and "<msup>" in html and "<mfrac>" in html
    assert 'display="block"' in html


def test_dollar_amounts_are_not_math() -> None:
    html = Renderer().render("It costs $5 and $10 today.")
    assert "<math" not in html


def test_bad_math_shows_an_error_not_a_crash() -> None:
    html = Renderer().render("$$\n\\frac{a\n$$\n\n$\\begin{foo}$")
    assert "<p" in html or "kiji-error" in html


def test_fenced_code_is_highlighted_and_unknown_language_is_plain() -> None:
    html = Renderer().render("```python\ndef f(): pass\n```\n\n```nosuchlang\n<b>x</b>\n```\n")
    assert '<span class="k">def</span>' in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html


def test_jekyll_highlight_with_linenos() -> None:
    body = "{% highlight ruby linenos %}\nputs 1\nputs 2\n{% endhighlight %}\n\nafter\n"
    result = blocks(body)
    assert 'class="language-ruby"' in result[0].html
    assert '<span class="lineno">2</span>' in result[0].html
    assert result[1].line == 5


# -- Jekyll / Liquid ----------------------------------------------------------------------


def test_liquid_tags_become_markers_and_raw_is_literal() -> None:
    html = Renderer().render(
        "{% include toc.html %}\n\n{% raw %}{{ page.title }}{% endraw %}\n\n"
        "`{% include x %}`\n\n```liquid\n{% if a %}b{% endif %}\n```\n"
    )
    assert '<span class="liquid-tag" title="{% include toc.html %}">include toc.html</span>' in html
    assert "{{ page.title }}" in html
    assert "<code>{% include x %}</code>" in html
    code = html.split("<pre")[1]
    assert "endif" in code and "liquid-tag" not in code


def test_site_and_page_variables(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: 記事サイト\nbaseurl: /blog\n", encoding="utf-8")
    renderer = Renderer(tmp_path)
    html = renderer.render("{{ site.title }} / {{ page.author }}", {"author": "編集部"})
    assert "記事サイト / 編集部" in html


def test_excerpt_separator_is_invisible(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("excerpt_separator: <!--more-->\n", encoding="utf-8")
    result = Renderer(tmp_path).render_blocks("intro\n\n<!--more-->\n\nrest\n")
    assert "more" not in "".join(b.html for b in result)
    assert [b.line for b in result] == [0, 4]


def test_kramdown_attribute_lists_are_applied_not_shown() -> None:
    result = blocks(
        "## Heading\n{: .fancy #top}\n\nA paragraph.\n{: .lead}\n\n"
        "![pic](/a.png){: .wide}\n\n*em*{: .x}\n"
    )
    html = "".join(b.html for b in result)
    assert "{:" not in html
    assert '<h2 data-source-line="0" id="top" class="fancy">' in result[0].html
    assert result[1].html == '<p data-source-line="3" class="lead">A paragraph.</p>'
    assert 'class="wide"' in result[2].html
    assert '<em class="x">em</em>' in result[3].html


def test_kramdown_toc_lists_the_headings() -> None:
    result = blocks("* TOC\n{:toc}\n\n## One\n\n### Two\n\n## Three {#custom}\n")
    toc = result[0].html
    assert toc.startswith('<nav data-source-line="0" class="kiji-toc">')
    assert '<a href="#one">One</a>' in toc and '<a href="#two">Two</a>' in toc
    assert '<a href="#custom">Three</a>' in toc
    assert 'id="custom"' in result[3].html


# -- safety and site paths --------------------------------------------------------


def test_scripts_never_reach_the_output() -> None:
    html = Renderer().render(
        "<script>alert(1)</script>\n\ntext <img src=x onerror=alert(1)> "
        '[x](javascript:alert(1)) <a href="javascript:alert(2)">y</a>\n\n'
        '<svg onload="alert(1)"></svg>\n\n[d](data:text/html;base64,AAAA)\n'
    )
    lowered = html.lower()
    assert "<script" not in lowered and "onerror" not in lowered and "onload" not in lowered
    assert 'href="javascript' not in lowered and 'href="data:' not in lowered
    assert "<svg" not in lowered


def test_images_resolve_inside_the_site(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("baseurl: /blog\nurl: https://me.example\n")
    post = tmp_path / "_posts" / "2025-12-28-x.md"
    renderer = Renderer(tmp_path, post_path=post, local_url=lambda p: f"local:{p}")
    html = renderer.render(
        "![a](img/a.png) ![b](/assets/b.png) ![c]({{ '/assets/c.png' | relative_url }}) "
        "![d]({{ site.baseurl }}/assets/d%20e.png) ![e](https://me.example/blog/assets/e.png) "
        "![f](../../outside.png) ![g](画像/写真.png)"
    )
    for expected in (
        "local:_posts/img/a.png",
        "local:assets/b.png",
        "local:assets/c.png",
        "local:assets/d e.png",
        "local:assets/e.png",
        "local:_posts/画像/写真.png",
    ):
        assert f'src="{expected}"' in html
    assert "outside.png" in html and 'src="local:../' not in html


def test_default_local_url_scheme() -> None:
    assert 'src="kiji-site://site/assets/a.png"' in Renderer().render("![a](/assets/a.png)")


def test_remote_images_are_blocked_unless_allowed() -> None:
    body = '![r](https://cdn.example/a.png) <img src="//cdn.example/b.png">'
    blocked = Renderer().render(body)
    assert "<img" not in blocked
    assert 'class="kiji-blocked-image" title="https://cdn.example/a.png"' in blocked
    assert 'title="//cdn.example/b.png"' in blocked
    allowed = Renderer(allow_remote_images=True).render(body)
    assert 'src="https://cdn.example/a.png"' in allowed and 'src="//cdn.example/b.png"' in allowed


def test_toggling_remote_images_rerenders() -> None:
    renderer = Renderer()
    body = "![r](https://cdn.example/a.png)"
    assert "<img" not in renderer.render(body)
    renderer.allow_remote_images = True
    assert "<img" in renderer.render(body)


def test_links_keep_their_href() -> None:
    html = Renderer().render("[about](/about/) [ext](https://x.example) [rel](other.html)")
    assert 'href="/about/"' in html and 'href="https://x.example"' in html
    assert 'href="other.html"' in html


# -- the seed post and properties -------------------------------------------------------


def test_seed_post_renders_with_japanese_heading_ids() -> None:
    post = frontmatter.loads(SEED.read_text(encoding="utf-8"))
    result = Renderer().render_blocks(post.content, post.metadata)
    lines = [b.line for b in result]
    assert lines == sorted(lines)
    assert 'id="汎用性向上の真価実社会へのインパクト"' in "".join(b.html for b in result)
    assert any(b.html.startswith("<ul") for b in result)


_PIECES = [
    *"ab あ漢\n\n  #*-_>`~|[]()!:^$\\{}%<>/=\"'.1",
    "{{ page.x }}",
    "{% if %}",
    "{% raw %}",
    "{% highlight py %}\n",
    "{% endhighlight %}",
    "```",
    "{:toc}",
    "{: .c}",
    "[^1]",
    "[^1]: ",
    "<div>",
    "<script>",
    "$$",
    "\r\n",
]
_MARKDOWNISH = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=150)
@given(_MARKDOWNISH)
def test_render_never_raises_and_lines_are_in_range(body: str) -> None:
    result = Renderer().render_blocks(body, {"x": "y"})
    line_count = body.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    previous = 0
    for block in result:
        assert 0 <= block.line < line_count
        assert block.line >= previous
        previous = block.line
        match = _ROOT_RE.match(block.html)
        assert match is not None
        assert block.html.startswith(f'<{match.group(1)} data-source-line="{block.line}"')
        assert "<script" not in block.html


@settings(max_examples=50)
@given(st.text(max_size=300))
def test_render_never_raises_on_any_text(body: str) -> None:
    for block in Renderer().render_blocks(body):
        assert "data-source-line" in block.html


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=100)
@given(_MARKDOWNISH, st.data())
def test_incremental_render_equals_fresh_render(body: str, data: st.DataObject) -> None:
    renderer = Renderer()
    renderer._splitter.min_chars = 0  # exercise the incremental splitter on short bodies
    renderer.render_blocks(body)
    for _ in range(2):
        position = data.draw(st.integers(0, len(body)))
        if data.draw(st.booleans()):
            body = body[:position] + data.draw(_MARKDOWNISH) + body[position:]
        else:
            body = body[:position] + body[position + data.draw(st.integers(1, 6)) :]
        assert renderer.render_blocks(body) == Renderer().render_blocks(body)


def test_emphasis_holding_japanese_is_marked_for_sesame_dots_and_latin_is_not() -> None:
    html = render_markdown('*強調*と*LoRA*、*LoRAの手法*、_**太字**_ と *x*{: lang="en"}\n')
    assert '<em lang="ja">強調</em>' in html
    assert "<em>LoRA</em>" in html  # stays italic
    assert '<em lang="ja">LoRAの手法</em>' in html
    assert '<em lang="ja"><strong>太字</strong></em>' in html  # text inside nested spans
    assert '<em lang="en">x</em>' in html  # a written lang is the writer's
    code = render_markdown("*`日本` and `code`* *<span>漢字</span>*\n")
    assert code.count('<em lang="ja">') == 2  # Japanese in a code span or raw HTML stays upright
