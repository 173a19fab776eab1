"""The preview's emphasis and typography agree with the real generator of the site.

Each case is rendered by Kiji and by a real ``jekyll build`` (kramdown) or ``hugo``
(goldmark) of a throwaway site; the paragraphs must be the same HTML.
"""

from __future__ import annotations

import dataclasses
import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from editor.core.render.render import Renderer
from editor.core.site.generator import MarkdownFlavour
from editor.core.site.generators import HUGO, JEKYLL, PLAIN

CASES = [
    "これは**「重要」**です",
    "これは*「強調」*です",
    "「**重要**」と**重要。**次",
    "日本語の**太字**です",
    "2*3*4 and snake_case_word and 日本_語_です",
    "** spaced ** and **bold**text",
    "em --- dash, en -- dash, and so... on",
    "\"quotes\" and 'single' and it's",
    "`code -- stays` and **「太字」と`コード`**",
    "一行目の文章\n二行目の文章",
    "**「AI」**は*『未来』*を変える",
]


def _paragraphs(text: str) -> list[str]:
    text = re.sub(r' data-source-line="\d+"', "", text)
    text = text.replace('<em lang="ja">', "<em>")  # the preview's mark for sesame dots
    text = re.sub(r"<code [^>]*>", "<code>", text)  # Rouge's classes are not the point
    found = re.findall(r"<p>(.*?)</p>", text, re.S)
    return [html.unescape(re.sub(r"\s*\n\s*", "\n", p.strip())) for p in found]


def _body() -> str:
    return "\n\n".join(CASES) + "\n"


def _kiji(root: Path) -> list[str]:
    return _paragraphs(Renderer(root).render(_body()))


def _need(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is installed by packaging/linux/system-deps.sh test")


def _jekyll_page(root: Path, body: str, config: str = "title: t\n") -> str:
    """The page the real ``jekyll build`` makes of a post with ``body`` in a site at
    ``root`` with ``config`` (skips without jekyll)."""
    _need("jekyll")
    (root / "_posts").mkdir(exist_ok=True)
    (root / "_config.yml").write_text(config, "utf-8")
    (root / "_posts" / "2025-01-01-t.md").write_text("---\nlayout: null\n---\n" + body, "utf-8")
    subprocess.run(
        ["jekyll", "build", "-q", "-s", str(root), "-d", str(root / "_site")],
        check=True, timeout=300, capture_output=True,
    )  # fmt: skip
    return (root / "_site" / "2025" / "01" / "01" / "t.html").read_text("utf-8")


def test_jekyll_preview_matches_kramdown(tmp_path: Path) -> None:
    page = _jekyll_page(tmp_path, _body())
    published = _paragraphs(page)
    assert len(published) == len(CASES)
    assert _kiji(tmp_path) == published
    assert "<strong>「重要」</strong>" in published[0]  # the point of it all


def test_hugo_preview_matches_goldmark(tmp_path: Path) -> None:
    _need("hugo")
    (tmp_path / "content" / "posts").mkdir(parents=True)
    layouts = tmp_path / "layouts" / "_default"
    layouts.mkdir(parents=True)
    for name in ("single.html", "list.html"):
        (layouts / name).write_text("{{ .Content }}", "utf-8")
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "t"\n')
    (tmp_path / "content" / "posts" / "t.md").write_text("---\ntitle: t\n---\n" + _body())
    subprocess.run(
        ["hugo", "--quiet", "-s", str(tmp_path)], check=True, timeout=300, capture_output=True
    )
    page = (tmp_path / "public" / "posts" / "t" / "index.html").read_text("utf-8")
    published = _paragraphs(page)
    assert len(published) == len(CASES)
    assert _kiji(tmp_path) == published
    assert "**「重要」**" in published[0]  # goldmark keeps CommonMark's rule


def test_the_flavour_comes_from_the_generator_and_its_settings() -> None:
    kramdown = MarkdownFlavour(True, True, kramdown_blocks=True, abbreviations=True)
    kramdown = dataclasses.replace(kramdown, markdown_in_html=True)
    assert JEKYLL.markdown_flavour({}) == kramdown
    assert JEKYLL.markdown_flavour({"markdown": "CommonMarkGhPages"}) == MarkdownFlavour()
    goldmark = MarkdownFlavour(typographic=True, goldmark_id_type="github")
    assert HUGO.markdown_flavour({}) == goldmark
    off = {"markup": {"goldmark": {"extensions": {"typographer": {"disable": True}}}}}
    assert HUGO.markdown_flavour(off) == MarkdownFlavour(goldmark_id_type="github")
    cjk = {
        "markup": {
            "goldmark": {"extensions": {"cjk": {"enable": True, "eastAsianLineBreaks": True}}}
        }
    }
    assert HUGO.markdown_flavour(cjk).east_asian_line_breaks
    assert PLAIN.markdown_flavour({}) == MarkdownFlavour()
    assert not JEKYLL.markdown_flavour({"markdown": "redcarpet"}).heading_ids
    toc = {"markdown": "redcarpet", "redcarpet": {"extensions": ["with_toc_data"]}}
    assert JEKYLL.markdown_flavour(toc).heading_ids
    assert not JEKYLL.markdown_flavour({"kramdown": {"auto_ids": False}}).heading_ids
    no_ids = {"markup": {"goldmark": {"parser": {"autoHeadingID": False}}}}
    assert not HUGO.markdown_flavour(no_ids).heading_ids
    ascii_ids = {"markup": {"goldmark": {"parser": {"autoHeadingIDType": "GitHub-ASCII"}}}}
    assert HUGO.markdown_flavour(ascii_ids).goldmark_id_type == "github-ascii"
    unknown = {"markup": {"goldmark": {"parser": {"autoHeadingIDType": "mine"}}}}
    assert HUGO.markdown_flavour(unknown).goldmark_id_type == "github"


HEADINGS = "# 見出し\n\ntext\n\n## Second one {#own}\n\n### Third\n"


def _heading_ids(text: str) -> list[str | None]:
    found = re.findall(r"<h[1-6]([^>]*)>", text)
    return [m.group(1) if (m := re.search(r'\bid="([^"]*)"', a)) else None for a in found]


def test_redcarpet_sites_get_no_automatic_heading_ids(tmp_path: Path) -> None:
    # Jekyll 4 runs redcarpet only through a plugin, so no real build here: the corpus
    # benchmark compares such a site against its generator's output.
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text("markdown: redcarpet\n", "utf-8")
    assert _heading_ids(Renderer(tmp_path).render(HEADINGS)) == [None, "own", None]


@pytest.mark.parametrize("config", ["kramdown:\n  auto_ids: false\n", "title: ids as usual\n"])
def test_jekyll_heading_ids_follow_the_converter(tmp_path: Path, config: str) -> None:
    published = _heading_ids(_jekyll_page(tmp_path, HEADINGS, config))
    assert _heading_ids(Renderer(tmp_path).render(HEADINGS)) == published
    assert published[0] == (None if "ids as usual" not in config else "見出し")


def test_hugo_heading_ids_follow_auto_heading_id(tmp_path: Path) -> None:
    _need("hugo")
    (tmp_path / "content" / "posts").mkdir(parents=True)
    layouts = tmp_path / "layouts" / "_default"
    layouts.mkdir(parents=True)
    for name in ("single.html", "list.html"):
        (layouts / name).write_text("{{ .Content }}", "utf-8")
    (tmp_path / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\n[markup.goldmark.parser]\nautoHeadingID = false\n'
        "[markup.goldmark.parser.attribute]\ntitle = true\n"
    )
    (tmp_path / "content" / "posts" / "t.md").write_text("---\ntitle: t\n---\n" + HEADINGS)
    subprocess.run(
        ["hugo", "--quiet", "-s", str(tmp_path)], check=True, timeout=300, capture_output=True
    )
    page = (tmp_path / "public" / "posts" / "t" / "index.html").read_text("utf-8")
    published = _heading_ids(page)
    assert published[0] is None
    assert _heading_ids(Renderer(tmp_path).render(HEADINGS)) == published


def test_east_asian_line_breaks_join_japanese_lines(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text(
        "[markup.goldmark.extensions.cjk]\nenable = true\neastAsianLineBreaks = true\n"
    )
    rendered = _paragraphs(Renderer(tmp_path).render("一行目の文章\n二行目の文章\nand English\n"))
    assert rendered == ["一行目の文章二行目の文章\nand English"]


def test_a_plain_folder_keeps_commonmark(tmp_path: Path) -> None:
    assert _paragraphs(Renderer(tmp_path).render('これは**「重要」**です -- "q"\n')) == [
        'これは**「重要」**です -- "q"'
    ]


MARKDOWN_HTML = """## 詳細

<details markdown="1">
<summary>オプション</summary>

### 詳細レベルの意味

### Endpoint が重複する例

### 例5ステージ

### [NoSQL design](https://example.com/nosql)

</details>

####

### 詳細

### Endpoint が重複する例
"""


def test_headings_inside_markdown_html_get_kramdowns_own_ids(tmp_path: Path) -> None:
    page = _jekyll_page(tmp_path, MARKDOWN_HTML)
    published = _heading_ids(page)
    # ASCII inside (of the text a link shows); "####" alone is no heading.
    assert published[1:5] == ["section", "endpoint-", "section-1", "nosql-design"]
    assert len(published) == 7
    assert _heading_ids(Renderer(tmp_path).render(MARKDOWN_HTML)) == published


LAZY_CODE = (
    "## 卸载服务\n\n\tsc query mysql\n## 安装服务\n>提示\n\n\tnet start mysql\n\n## 启动服务\n"
)


def test_kramdown_code_blocks_take_the_lines_right_after_them(tmp_path: Path) -> None:
    page = _jekyll_page(tmp_path, LAZY_CODE)
    ours = Renderer(tmp_path).render(LAZY_CODE)
    assert _heading_ids(ours) == _heading_ids(page) == ["卸载服务", "启动服务"]
    code = re.compile(r"<code>(.*?)</code>", re.S)
    assert [html.unescape(c) for c in code.findall(ours)] == [
        html.unescape(re.sub(r"<[^>]+>", "", c)) for c in code.findall(page)
    ]


ABBREVIATIONS = """The HTML page has a WYSIWYG editor; HTMLX is not one.

*[HTML]: HyperText Markup Language
*[WYSIWYG]: What you see is what you get

```
*[CODE]: stays in the code
```
"""


def test_kramdown_abbreviations_agree_with_jekyll(tmp_path: Path) -> None:
    page = _jekyll_page(tmp_path, ABBREVIATIONS)
    ours = Renderer(tmp_path).render(ABBREVIATIONS)
    assert _paragraphs(ours) == _paragraphs(page)
    assert '<abbr title="HyperText Markup Language">HTML</abbr>' in _paragraphs(ours)[0]
    assert "*[CODE]: stays in the code" in html.unescape(re.sub(r"<[^>]+>", "", ours))


HTML_TABLE = """<table>
    <tr>
        <th>倍率</th>
        <th>iPhone 6</th>
    </tr>

\t<tr>
\t   <td>@3x</td>
\t   <td>@2x</td>
\t</tr>
</table>

After the table.
"""


def test_kramdown_html_blocks_run_to_their_closing_tag(tmp_path: Path) -> None:
    page = _jekyll_page(tmp_path, HTML_TABLE)
    ours = Renderer(tmp_path).render(HTML_TABLE)
    cells = re.compile(r"<t[dh]>(.*?)</t[dh]>")
    assert cells.findall(ours) == cells.findall(page) == ["倍率", "iPhone 6", "@3x", "@2x"]
    assert "&lt;tr" not in ours and _paragraphs(ours) == _paragraphs(page) == ["After the table."]


PIPE_TABLES = """+ 支持`arm64`: iphone5S | iphone6 | iphone
+ 支持`armv7s`: iphone 5C | iphone5
+ plain item

A | B
|:--|--:|
1 | 2
3 | `a|b` | c

text with a | pipe
second line

| x | y |
|---|---|
| 1 | 2 |

A paragraph first
then | a piped line
"""


def test_kramdown_tables_are_lines_with_pipes(tmp_path: Path) -> None:
    page = _jekyll_page(tmp_path, PIPE_TABLES)
    ours = Renderer(tmp_path).render(PIPE_TABLES)

    def tables(text: str) -> list[list[str]]:
        found = re.findall(r"<table.*?</table>", text, re.S)
        cells = [re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", t) for t in found]
        return [[html.unescape(re.sub(r"<[^>]+>", "", c)) for c in row] for row in cells]

    assert tables(ours) == tables(page)
    assert len(tables(page)) == 4  # each list item's line too; not the paragraphs'
    assert _paragraphs(ours) == _paragraphs(page)


def test_a_heading_still_ends_the_paragraph_above_it(tmp_path: Path) -> None:
    text = "{% notice %}\n#### Full screen zoom\n\nbody\n"
    page = _jekyll_page(tmp_path, "line of text\n#### Full screen zoom\n\nbody\n")
    assert _heading_ids(page) == ["full-screen-zoom"]
    assert _heading_ids(Renderer(tmp_path).render("line of text\n#### Full screen zoom\n")) == [
        "full-screen-zoom"
    ]
    assert _heading_ids(Renderer(tmp_path).render(text)) == ["full-screen-zoom"]


LIST_UNDERLINES = """\
1. a:
   - item one
   -

para

- item two
-

para

- item three
  ---

para

* item four
  *

para

- item five
  =
"""


def test_a_dash_under_a_list_items_text_is_kramdowns_setext_underline(tmp_path: Path) -> None:
    page = _jekyll_page(tmp_path, LIST_UNDERLINES)
    headings = re.compile(r"<h([12]) id=\"([^\"]*)\">")
    published = headings.findall(page)
    assert published == [
        ("2", "item-one"),
        ("2", "item-two"),
        ("2", "item-three"),
        ("1", "item-five"),
    ]
    ours = Renderer(tmp_path).render(LIST_UNDERLINES)
    assert headings.findall(ours) == published
    for built in (page, ours):  # "*" is no underline: the item's text goes on
        assert "<h" not in built.split("item four")[1].split("para")[0]
