"""Tests for editor.core.render.shortcodes: shortcodes in Hugo sites, Liquid left alone there."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.core.render.liquid import restore_liquid
from editor.core.render.render import Renderer
from editor.core.render.shortcodes import is_hugo_site, preprocess_shortcodes


@pytest.fixture
def hugo_site(tmp_path: Path) -> Path:
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/"\n', encoding="utf-8")
    return tmp_path


def test_is_hugo_site(hugo_site: Path, tmp_path: Path) -> None:
    assert is_hugo_site(hugo_site)
    jekyll = tmp_path / "j"
    jekyll.mkdir()
    (jekyll / "_config.yml").write_text("title: x\n", encoding="utf-8")
    assert not is_hugo_site(jekyll)
    assert not is_hugo_site(None)


def test_shortcodes_become_markers(hugo_site: Path) -> None:
    html = Renderer(hugo_site).render('前 {{< youtube id="abc" >}} 後\n\n{{% notice tip %}}\n')
    assert (
        '<span class="liquid-tag shortcode" title="{{&lt; youtube id=&quot;abc&quot; &gt;}}">'
        in html
    )
    assert '">youtube id="abc"</span> 後' in html  # an id is no text: the plain marker
    quoted = Renderer(hugo_site).render('{{< quote author="漱石" id="q1" >}}')
    assert '&gt;}}">quote</span> 漱石</p>' in quoted  # the marker, then what it says
    assert '">notice</span> tip</p>' in html


def test_liquid_is_plain_text_in_hugo_sites(hugo_site: Path) -> None:
    html = Renderer(hugo_site).render("{{ site.title }} and {% include x %}")
    assert "{{ site.title }} and {% include x %}" in html
    assert "liquid-tag" not in html


def test_highlight_shortcode_becomes_highlighted_code(hugo_site: Path) -> None:
    body = '{{< highlight go "linenos=table,hl_lines=2" >}}\nfunc main() {}\n{{< /highlight >}}\n'
    result = Renderer(hugo_site).render_blocks(body)
    assert len(result) == 1
    assert 'class="language-go"' in result[0].html and 'class="lineno"' in result[0].html


def test_escaped_shortcodes_show_literally() -> None:
    assert preprocess_shortcodes("{{</* figure src=x */>}}") == "{{< figure src=x >}}"


def test_shortcode_source_restores_in_code() -> None:
    text = '```\n{{< ref "a.md" >}}\n```'
    assert restore_liquid(preprocess_shortcodes(text)) == text


_PIECES = [*"{}<>%/* ab\n", "highlight", "{{< highlight go >}}\n", "{{< /highlight >}}"]


@given(st.lists(st.sampled_from(_PIECES)).map("".join))
def test_line_count_is_preserved(text: str) -> None:
    assert preprocess_shortcodes(text).count("\n") == text.count("\n")


def test_hugo_images_come_from_static_and_page_bundles(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/blog/"\n')
    post = tmp_path / "content" / "posts" / "my-post" / "index.md"
    renderer = Renderer(tmp_path, post_path=post, local_url=lambda p: f"L:{p}")
    html = renderer.render(
        "![a](/images/a.png) ![b](cover.jpg) ![c](https://example.org/blog/images/c.png)"
    )
    assert 'src="L:static/images/a.png"' in html
    assert 'src="L:content/posts/my-post/cover.jpg"' in html
    assert 'src="L:static/images/c.png"' in html


QUOTE = (
    '{{<matomeQuote body="手動で外された？<br>追記: 今は#157だけど。" userName="mzajc" '
    'createdAt="2025-02-25T16:49:30" color="#ff5c5c">}}\n'
)


def test_a_shortcode_shows_what_its_parameters_say(hugo_site: Path) -> None:
    # As on the corpus' Japanese Hugo blog: the comment, its author and time are the page.
    html = Renderer(hugo_site).render(QUOTE)
    assert "手動で外された？<br>追記: 今は#157だけど。 · mzajc · 2025-02-25T16:49:30" in html
    assert "#ff5c5c</" not in html.replace('title="', "")  # a colour is no text
    assert 'class="liquid-tag shortcode"' in html  # the marker is still there


def test_paired_shortcodes_show_their_label_and_their_content(hugo_site: Path) -> None:
    body = '{{< details summary="詳しく見る" >}}\n中身の**段落**。\n{{< /details >}}\n'
    html = Renderer(hugo_site).render(body)
    assert '">details</span> 詳しく見る\n中身の<strong>段落</strong>。\n</p>' in html
    assert "/details" not in html  # the closing tag shows nothing


def test_refs_and_link_destinations_stay_markers(hugo_site: Path) -> None:
    html = Renderer(hugo_site).render('[前の記事]({{< ref "posts/a.md" >}}) と {{% ref "b" %}}\n')
    assert '<a href="%7B%7B%3C%20ref%20%22posts/a.md%22%20%3E%7D%7D">前の記事</a>' in html
    assert html.count("posts/a.md") == 1 and '>ref "b"</span></p>' in html


def test_in_code_a_shortcode_is_its_source_alone(hugo_site: Path) -> None:
    body = '```\n{{< details summary="詳しく" >}}\n{{< /details >}}\n```\n\n`{{< x a="b c" >}}`\n'
    html = Renderer(hugo_site).render(body)
    assert '{{&lt; details summary="詳しく" &gt;}}' in html
    assert "{{&lt; /details &gt;}}" in html  # the closing tag too
    assert '<code>{{&lt; x a="b c" &gt;}}</code>' in html
    assert "</span>" not in html  # no marker and no said text inside code


def test_technical_values_are_left_out() -> None:
    from editor.core.render.shortcode_text import readable_parameters

    words = [
        "figure",
        'src="/img/a.png"',
        'caption="紅葉の写真"',
        "width=300",
        'link="https://x.org"',
    ]
    assert readable_parameters(words) == " 紅葉の写真"
    assert readable_parameters(["ref", '"a.md"']) == ""


CODE_POST = """Before.

{{< snippet lang="go" >}}
# not a heading
x := 1
{{< /snippet >}}

{{< note >}}
# a heading
{{< /note >}}

{{< code file="config.toml" >}}
# also code
{{< /code >}}
"""


def _code_site(root: Path) -> Path:
    shortcodes = root / "layouts" / "shortcodes"
    shortcodes.mkdir(parents=True)
    (shortcodes / "snippet.html").write_text('{{ highlight (trim .Inner "\\n") (.Get "lang") "" }}')
    (shortcodes / "note.html").write_text('<div class="note">{{ .Inner | markdownify }}</div>')
    (root / "hugo.toml").write_text('baseURL = "https://example.org/"\n', encoding="utf-8")
    return root


def test_shortcodes_whose_template_shows_code_become_code(tmp_path: Path) -> None:
    html = Renderer(_code_site(tmp_path)).render(CODE_POST)
    assert "<h1" in html and html.count("<h1") == 1  # only the note's content is Markdown
    text = re.sub(r"<[^>]+>", "", html)
    assert "# not a heading" in text and "x := 1" in text
    assert "# also code" in text  # no template here: "code" is a docs site's code shortcode


def test_code_shortcodes_agree_with_the_real_hugo(tmp_path: Path) -> None:
    if shutil.which("hugo") is None:
        pytest.skip("hugo is installed by packaging/linux/system-deps.sh test")
    root = _code_site(tmp_path)
    (root / "layouts" / "shortcodes" / "code.html").write_text("<pre>{{ .Inner }}</pre>")
    (root / "content" / "posts").mkdir(parents=True)
    layouts = root / "layouts" / "_default"
    layouts.mkdir(parents=True)
    for name in ("single.html", "list.html"):
        (layouts / name).write_text("{{ .Content }}", "utf-8")
    (root / "content" / "posts" / "t.md").write_text("---\ntitle: t\n---\n" + CODE_POST)
    subprocess.run(["hugo", "--quiet", "-s", str(root)], check=True, timeout=300)
    page = (root / "public" / "posts" / "t" / "index.html").read_text("utf-8")
    ours = Renderer(root).render(CODE_POST)
    headings = re.compile(r"<h(\d)[^>]*>(.*?)</h\1>")
    assert [h[1] for h in headings.findall(ours)] == [h[1] for h in headings.findall(page)]
    assert [h[1] for h in headings.findall(page)] == ["a heading"]


def _hugo_page(root: Path, body: str) -> str:
    """The page the real ``hugo`` builds of ``body`` in the site at ``root``."""
    if shutil.which("hugo") is None:
        pytest.skip("hugo is installed by packaging/linux/system-deps.sh test")
    layouts = root / "layouts" / "_default"
    layouts.mkdir(parents=True, exist_ok=True)
    for name in ("single.html", "list.html"):
        (layouts / name).write_text("{{ .Content }}", "utf-8")
    (root / "content" / "posts").mkdir(parents=True, exist_ok=True)
    (root / "content" / "posts" / "t.md").write_text("---\ntitle: t\n---\n" + body, "utf-8")
    subprocess.run(["hugo", "--quiet", "-s", str(root)], check=True, timeout=300)
    return (root / "public" / "posts" / "t" / "index.html").read_text("utf-8")


MISMATCHED_CLOSE = """\
{{< code file="a.go" >}}
x := 1
{{< /code >}}

{{< code-toggle file="config" >}}
title = "x"
{{< /code >}}

## Between the two

{{< code-toggle file="hugo" >}}
baseURL = "y"
{{< /code-toggle >}}
"""


def test_a_code_shortcode_ends_at_the_next_closing_tag_as_in_hugo(tmp_path: Path) -> None:
    root = _code_site(tmp_path)
    for name in ("code", "code-toggle"):
        (root / "layouts" / "shortcodes" / f"{name}.html").write_text("<pre>{{ .Inner }}</pre>")
    page = _hugo_page(root, MISMATCHED_CLOSE)
    ours = Renderer(root).render(MISMATCHED_CLOSE)
    headings = re.compile(r"<h(\d)[^>]*>(.*?)</h\1>")
    assert [h[1] for h in headings.findall(page)] == ["Between the two"]
    assert [h[1] for h in headings.findall(ours)] == ["Between the two"]
    assert 'baseURL = "y"' in re.sub(r"<[^>]+>", "", ours).replace("&quot;", '"')


GOLDMARK_HEADINGS = """\
## Index _and_ value

## [Link](https://example.com/a) text

## `code` here *em*

## A &ndash; B

## Café naïve — x

Setext line one
second line
---

## Trailing hashes ##

## With id {#given}

## カタカナ　全角 と漢字

## a_b__c **bold**

## Same

## Same

## !!!

## Tab\tx

## Über straße ǅ
"""


@pytest.mark.parametrize("id_type", ["github", "github-ascii", "blackfriday"])
def test_heading_ids_are_goldmarks_made_from_the_source_line(tmp_path: Path, id_type: str) -> None:
    (tmp_path / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\n'
        f'[markup.goldmark.parser]\nautoHeadingIDType = "{id_type}"\n',
        encoding="utf-8",
    )
    page = _hugo_page(tmp_path, GOLDMARK_HEADINGS)
    ours = Renderer(tmp_path).render(GOLDMARK_HEADINGS)
    ids = re.compile(r"<h2[^>]* id=\"([^\"]*)\"")
    expected = ids.findall(page)
    assert len(expected) == GOLDMARK_HEADINGS.count("## ") + 1
    assert ids.findall(ours) == expected


HEADING_ATTRIBUTES = """\
## x {.cls}

## y {#yy .a .b}

## z {.c data-x="1"}

## w {not valid!}
"""


def test_heading_attributes_go_on_the_heading_as_goldmark_puts_them(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/"\n', encoding="utf-8")
    page = _hugo_page(tmp_path, HEADING_ATTRIBUTES)
    ours = Renderer(tmp_path).render(HEADING_ATTRIBUTES)
    heading = re.compile(r"<h2([^>]*)>([^<]*)</h2>")

    def attributes(html: str) -> list[tuple[list[str], str]]:
        return [
            (sorted(a for a in attrs.split() if not a.startswith("data-source-line")), text)
            for attrs, text in heading.findall(html)
        ]

    assert attributes(ours) == attributes(page)
    assert attributes(page)[1] == (sorted(['class="a', 'b"', 'id="yy"']), "y")
