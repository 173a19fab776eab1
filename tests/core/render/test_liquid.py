"""Tests for editor.core.render.liquid: the Liquid pass and kramdown attribute lists."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.core.render.liquid import (
    LiquidContext,
    evaluate_output,
    make_placeholder,
    marker_label,
    markers_to_html,
    preprocess_liquid,
    restore_liquid,
)
from editor.core.render.render import Renderer

CTX = LiquidContext(
    site={
        "title": "ブログ",
        "baseurl": "/blog",
        "url": "https://example.com",
        "nav": {"top": "Top"},
    },
    page={
        "title": "Llama 4の性能向上",
        "tags": ["LLM", "Meta"],
        "date": dt.datetime(2025, 12, 28, 8, 41, 8, tzinfo=dt.UTC),
        "empty": "",
    },
)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("site.title", "ブログ"),
        ("page.title", "Llama 4の性能向上"),
        ("site.baseurl", "/blog"),
        ("site.nav.top", "Top"),
        ("page.tags | join: ', '", "LLM, Meta"),
        ("page.tags.first", "LLM"),
        ("page.tags.size", "2"),
        ("page.tags[1]", "Meta"),
        ('"/assets/a.png" | relative_url', "/blog/assets/a.png"),
        ("'assets/a.png' | relative_url", "/blog/assets/a.png"),
        ('"/a/" | absolute_url', "https://example.com/blog/a/"),
        ('"https://x.y/a" | relative_url', "https://x.y/a"),
        ("page.title | upcase", "LLAMA 4の性能向上"),
        ("page.empty | default: 'なし'", "なし"),
        ('page.date | date: "%Y年%m月%d日"', "2025年12月28日"),
        ("page.title | markdownify", "Llama 4の性能向上"),
        ("site.missing_key_is_nil", None),
    ],
)
def test_evaluate_output(expression: str, expected: str | None) -> None:
    if expected is None:
        assert evaluate_output(expression, CTX) is None
    else:
        assert evaluate_output(expression, CTX) == expected


def test_unknown_variables_are_unresolved() -> None:
    assert evaluate_output("post.title", CTX) is None
    assert evaluate_output("site.data.authors", CTX) is None


def test_baseurl_defaults_to_empty_without_config() -> None:
    assert evaluate_output("site.baseurl", LiquidContext()) == ""
    assert evaluate_output('"/a.png" | relative_url', LiquidContext()) == "/a.png"


def test_outputs_are_filled_in() -> None:
    text = "![a]({{ site.baseurl }}/assets/a.png) {{ page.title }}"
    assert preprocess_liquid(text, CTX) == "![a](/blog/assets/a.png) Llama 4の性能向上"


def test_tags_become_placeholders_that_restore_exactly() -> None:
    text = "before {% include note.html kind='tip' %} after\n{% if page.x %}\nyes\n{% endif %}\n"
    processed = preprocess_liquid(text, CTX)
    assert "{%" not in processed
    assert restore_liquid(processed) == text


def test_markers_show_the_tag_politely() -> None:
    html = markers_to_html(make_placeholder("{% include x.html %}"))
    assert html == '<span class="liquid-tag" title="{% include x.html %}">include x.html</span>'


def test_marker_label_is_short() -> None:
    assert marker_label("{%- if a  ==  b -%}") == "if a == b"
    assert len(marker_label("{% include " + "x" * 200 + " %}")) <= 60


def test_raw_content_is_literal() -> None:
    text = "{% raw %}{{ page.title }} {% include x %}{% endraw %}"
    assert preprocess_liquid(text, CTX) == "{{ page.title }} {% include x %}"


def test_comment_is_hidden_but_lines_kept() -> None:
    text = "a\n{% comment %}\nsecret\n{% endcomment %}\nb"
    assert preprocess_liquid(text, CTX) == "a\n\n\n\nb"


def test_highlight_block_becomes_a_fence() -> None:
    text = "{% highlight ruby linenos %}\ndef x\n  1\nend\n{% endhighlight %}\nafter"
    assert preprocess_liquid(text, CTX) == "```ruby linenos\ndef x\n  1\nend\n```\nafter"


def test_highlight_fence_is_longer_than_backticks_inside() -> None:
    text = "{% highlight md %}\n```\ncode\n```\n{% endhighlight %}"
    assert preprocess_liquid(text, CTX).startswith("````md\n")


def test_inline_highlight_tag_is_left_as_marker() -> None:
    text = "x {% highlight ruby %}code{% endhighlight %}"
    processed = preprocess_liquid(text, CTX)
    assert "```" not in processed
    assert restore_liquid(processed) == text


def test_excerpt_separator_disappears() -> None:
    assert preprocess_liquid("a\n<!--more-->\nb", CTX, "<!--more-->") == "a\n\nb"
    assert preprocess_liquid("a ---more--- b ---more---", CTX, "---more---") == "a  b ---more---"
    # Jekyll's default separator is a blank line: it must not eat paragraphs.
    assert preprocess_liquid("a\n\nb", CTX, "\n\n") == "a\n\nb"


def test_stray_braces_do_not_swallow_paragraphs() -> None:
    text = "テンプレートは {{ で始まる\n\n別の段落 }} です"
    assert preprocess_liquid(text, CTX) == text


def test_tags_may_span_lines() -> None:
    text = "{% include card.html\n   title='a' %}"
    processed = preprocess_liquid(text, CTX)
    assert processed.count("\n") == 1 and restore_liquid(processed).startswith(text)


def test_whitespace_control_is_understood() -> None:
    assert preprocess_liquid("{{- page.title -}}", CTX) == "Llama 4の性能向上"
    assert preprocess_liquid("{%- raw -%}{{ x }}{%- endraw -%}", CTX) == "{{ x }}"


def test_multiline_values_do_not_add_lines() -> None:
    ctx = LiquidContext(page={"note": "one\ntwo"})
    assert preprocess_liquid("{{ page.note }}", ctx) == "one two"


@given(st.text(alphabet=st.sampled_from(list("{%}ab \n-|raw endrawcomment highlight."))))
def test_line_count_is_preserved(text: str) -> None:
    assert preprocess_liquid(text, CTX).count("\n") == text.count("\n")


def test_plugin_block_tag_shows_its_name_caption_and_content() -> None:
    html = Renderer(None).render(
        '{% figure caption:"猫が眠る。" class:"align-right" %}\n![cat](/cat.jpg)\n{% endfigure %}'
    )
    assert '">figure</span> 猫が眠る。' in html  # the caption is text; the class is not
    assert "align-right" not in re.sub(r'title="[^"]*"', "", html)
    assert 'alt="cat"' in html
    assert "endfigure" not in html  # the end of a plugin's block shows nothing


def test_tags_that_print_nothing_leave_their_line_empty_as_in_jekyll() -> None:
    text = "before\n{% assign who = 'me' %}\nafter\n{% endnotice %}"
    processed = preprocess_liquid(text, CTX)
    assert processed == "before\n\nafter\n"  # a blank line: kramdown splits the paragraph


def test_control_flow_and_includes_stay_markers() -> None:
    html = Renderer(None).render("{% if page.x %}a{% else %}b{% endif %} {% include n.html %}")
    for label in ("if page.x", "else", "endif", "include n.html"):
        assert f">{label}</span>" in html


def test_plugin_tag_with_only_an_address_shows_its_name() -> None:
    html = Renderer(None).render("{% download https://example.com/a.jar?x=1 %}")
    assert '">download</span></p>' in html
    assert 'title="{% download https://example.com/a.jar?x=1 %}"' in html
