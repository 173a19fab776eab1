"""Private-use characters in a post are text, never the renderer's internal placeholders.

Icon fonts (Font Awesome, Nerd Fonts, Material Design Icons) put their glyphs in the
private-use areas (U+E000–U+F8FF and the planes U+F0000–U+10FFFF), so writers paste
them into posts. The preview must show them exactly, and no sequence of characters a
post can contain may be taken for an internal placeholder (a Liquid marker, a footnote
number) or leave one in the output.

Every test goes through :meth:`Renderer.render_blocks`, what the preview's render
worker calls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.render.render import Renderer
from tests.core.site_fixtures import make_hugo_site, make_jekyll_site

SLOT = "§"  # where a case's private-use character goes
LETTER = "字"  # a normal letter (no case, a word character) to compare against
# Single icons, and two side by side that once read as the old placeholders' delimiters.
PRIVATE = ["\ue000", "\ue003", "\uf101", "\U000f0001", "\ue000\ue001", "\ue002\ue003"]
# Single characters: the old delimiters, Powerline, Font Awesome, both ends of the ranges.
ALL_PRIVATE = [*"\ue000\ue001\ue002\ue003\ue0a0\uf101\uf8ff\U000f0001\U0010fffd"]
_TAG_RE = re.compile(r"<[^>]*>")
# Unicode's noncharacters (U+FDD0–U+FDEF, U+xFFFE and U+xFFFF in every plane) are for
# a program's internal use, never text: none may reach the preview's HTML.
_NONCHARACTER_RE = re.compile(
    "[\ufdd0-\ufdef"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17))
    + "]"
)
_PRIVATE_RE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")


def _code_points(text: str) -> str:
    return "+".join(f"U{ord(char):04X}" for char in text)


def render(body: str, site: Path | None = None, page: dict[str, Any] | None = None) -> str:
    """The preview's HTML for *body*: the blocks the render worker gets, joined."""
    post = site / "_posts" / "2025-01-01-post.md" if site is not None else None
    blocks = Renderer(site, post_path=post).render_blocks(body, page or {})
    return "".join(block.html for block in blocks)


def text_of(html: str) -> str:
    """The text a reader sees: tags stripped, entities decoded."""
    return unescape(_TAG_RE.sub("", html))


class _Attributes(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.values: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is not None:
                self.values.append(unquote(value) if name in {"href", "src"} else value)


def attribute_values(html: str) -> str:
    """Every attribute value of *html* (URLs percent-decoded), joined by newlines."""
    parser = _Attributes()
    parser.feed(html)
    parser.close()
    return "\n".join(parser.values)


def without(html: str, chars: str) -> str:
    """*html* without any of *chars*, raw or percent-encoded (as in a link's ``href``)."""
    for char in chars:
        html = html.replace(char, "").replace(quote(char), "")
    return html


def assert_no_leak(html: str, body: str) -> None:
    """No noncharacter, and no private-use character the post does not contain."""
    assert not _NONCHARACTER_RE.search(html), "an internal placeholder leaked"
    assert set(_PRIVATE_RE.findall(html)) <= set(body), "a private-use character appeared"
    assert "kiji-error" not in html


@dataclass(frozen=True)
class Case:
    """A post with :data:`SLOT` where the private-use character goes."""

    name: str
    template: str
    in_text: int | None = None  # how often the character shows as text (default: all)
    in_attributes: int = 0  # how often it is in attribute values
    same_html: bool = True  # HTML identical to the letter's, modulo the character
    page: dict[str, str] = field(default_factory=dict)

    def text_count(self) -> int:
        return self.template.count(SLOT) if self.in_text is None else self.in_text


CASES = [
    Case("paragraph", f"Icon {SLOT} in a sentence, and {SLOT}{SLOT} twice."),
    Case("emphasis", f"*{SLOT}* **{SLOT}x** _{SLOT}_ ~~{SLOT}~~ a_{SLOT}_b"),
    Case("heading", f"# Title {SLOT} here\n\nText."),
    Case("heading with id", f"## Sub {SLOT} {{#sub}}\n"),
    Case("setext heading", f"Title {SLOT}\n=====\n"),
    Case("heading ial", f"# Head {SLOT}\n{{: #custom .c}}\n"),
    Case("bullet list", f"- one {SLOT}\n- two\n  - nested {SLOT}\n"),
    Case("task list", f"1. first {SLOT}\n2. [ ] task {SLOT}\n3. [x] done {SLOT}\n"),
    Case("blockquote", f"> quote {SLOT}\n> more\n"),
    Case("table", f"| h{SLOT} | b |\n|----|---|\n| {SLOT}  | `{SLOT}` |\n"),
    Case("inline code", f"Use `{SLOT}` or ``a`{SLOT}`b``."),
    Case("fenced code", f"```\n{SLOT} line\n  {SLOT}\n```\n"),
    Case("fenced text", f"```text\n{SLOT}\n```\n"),
    Case("fenced python", f'```python\nprint("{SLOT}")  # {SLOT}\n```\n'),
    Case("fenced python bare", f"```python\nx = {SLOT}\n```\n", same_html=False),
    Case("fenced linenos", f"```ruby linenos\nputs '{SLOT}'\nputs 1\n```\n"),
    Case("indented code", f"    code {SLOT}\n"),
    Case(
        "liquid highlight",
        f'{{% highlight ruby %}}\nputs "{SLOT}"\n{{% endhighlight %}}\n',
    ),
    Case(
        "liquid highlight linenos",
        f"{{% highlight python linenos %}}\ns = '{SLOT}'\n{{% endhighlight %}}\n",
    ),
    Case(
        "link",
        f'[link {SLOT}](https://example.com/{SLOT}/?q={SLOT} "title {SLOT}")',
        in_text=1,
        in_attributes=3,
    ),
    Case(
        "reference link",
        f'[ref {SLOT}][r]\n\n[r]: /page{SLOT} "t{SLOT}"\n',
        in_text=1,
        in_attributes=2,
    ),
    Case("autolink", f"<https://example.com/{SLOT}>", in_attributes=1),
    Case("bare url", f"See https://example.com/{SLOT} now", in_attributes=1),
    Case("image", f'![alt {SLOT}](pic{SLOT}.png "t{SLOT}")', in_text=0, in_attributes=3),
    Case("block ial", f'Para {SLOT}\n{{: .note title="t {SLOT}"}}\n', in_text=1, in_attributes=1),
    Case("span ial", f'*em {SLOT}*{{: title="{SLOT}"}}', in_text=1, in_attributes=1),
    Case(
        "ial with liquid",
        f'Para {SLOT}\n{{: title="{{{{ page.missing }}}} {SLOT}"}}\n',
        in_text=1,
        in_attributes=1,
    ),
    Case(
        "span ial with liquid",
        f'*em*{{: title="{{% include {SLOT}.html %}}"}}',
        in_text=0,
        in_attributes=1,
    ),
    Case("footnote", f"Text {SLOT}[^n].\n\n[^n]: Note {SLOT} here.\n"),
    Case("footnote label", f"Text[^{SLOT}].\n\n[^{SLOT}]: Note.\n", in_text=0, same_html=False),
    Case("inline math", f"Euler $x{SLOT}$ here"),
    Case("display math", f"$$\nx{SLOT}\n$$\n"),
    Case(
        "raw inline html",
        f'Raw <span title="{SLOT}">{SLOT}</span> text',
        in_text=1,
        in_attributes=1,
    ),
    Case("raw html block", f'<div class="x">\n{SLOT} and more\n</div>\n'),
    Case("definition list", f"Term {SLOT}\n: Definition {SLOT}\n"),
    Case(
        "liquid next to text",
        f"{{{{ page.missing }}}}{SLOT} and {{% include note.html %}} {SLOT}",
    ),
    Case("liquid in code", f"`{{{{ {SLOT}x }}}}` and `{{% {SLOT} %}}`"),
    Case("liquid in a link", f"[a]({{{{ site.x }}}}/{SLOT})", in_text=0, in_attributes=1),
    Case("liquid raw", f"{{% raw %}}{{{{ {SLOT} }}}}{{% endraw %}}"),
    Case(
        "liquid value",
        "{{ page.icon }} and {{ page.icon | upcase }}",
        in_text=2,
        page={"icon": SLOT},
    ),
    Case("kramdown comment", f"a {{::comment}}{SLOT}{{:/comment}} b", in_text=0),
    Case("table of contents", f"* toc\n{{:toc}}\n\n## A {SLOT}\n\n## B\n", in_text=2),
]


def _check(case: Case, char: str, site: Path | None = None) -> None:
    body = case.template.replace(SLOT, char)
    page = {key: value.replace(SLOT, char) for key, value in case.page.items()}
    html = render(body, site, page)
    letters = LETTER * len(char)
    reference_body = case.template.replace(SLOT, letters)
    reference_page = {key: value.replace(SLOT, letters) for key, value in case.page.items()}
    reference = render(reference_body, site, reference_page)
    assert_no_leak(html, body + "".join(page.values()))
    assert text_of(html).count(char) == case.text_count(), html
    assert attribute_values(html).count(char) == case.in_attributes, html
    assert text_of(without(html, char)) == text_of(without(reference, LETTER))
    if case.same_html:
        # The letter is a kanji, so its emphasis carries the preview's Japanese mark.
        unmarked = re.sub(r'(<em\b[^>]*?) lang="ja"', r"\1", without(reference, LETTER))
        assert without(html, char) == unmarked


@pytest.mark.parametrize("char", PRIVATE, ids=_code_points)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_private_use_character_shows_as_itself(case: Case, char: str) -> None:
    _check(case, char)


HUGO_CASES = [
    # The marker names the shortcode; its parameter shows once, as what it says.
    Case("shortcode", f'Icon {{{{< icon "{SLOT}" >}}}} here', in_attributes=1),
    Case("escaped shortcode", f'{{{{</* figure alt="{SLOT}" */>}}}}'),
    Case(
        "hugo highlight",
        f'{{{{< highlight go >}}}}\nfmt.Println("{SLOT}")\n{{{{< /highlight >}}}}\n',
    ),
    Case("liquid is text in hugo", f"{{{{ {SLOT} }}}} and {{% {SLOT} %}}"),
]


@pytest.mark.parametrize("char", PRIVATE, ids=_code_points)
@pytest.mark.parametrize("case", HUGO_CASES, ids=lambda c: c.name)
def test_private_use_character_in_a_hugo_site(case: Case, char: str, tmp_path: Path) -> None:
    _check(case, char, make_hugo_site(tmp_path))


@pytest.mark.parametrize("char", PRIVATE, ids=_code_points)
def test_private_use_character_in_a_jekyll_site(char: str, tmp_path: Path) -> None:
    site = make_jekyll_site(tmp_path)
    case = Case(
        "site post",
        f"# {SLOT} Icons\n\n![cat {SLOT}]({{{{ site.baseurl }}}}/assets/images/hello/cat.png)"
        f"\n\nText {SLOT} `{SLOT}`[^1]\n\n[^1]: {SLOT}\n",
        in_text=4,
        in_attributes=1,
    )
    _check(case, char, site)


# -- sequences that look like placeholders ------------------------------------------

FORGERIES = [
    "\ue0007b7b2061207d7d\ue001",  # the old Liquid placeholder of "{{ a }}"
    "\ue000e38182\ue001",  # … of "あ"
    "\ue00012\ue001",
    "\ue000\ue001",
    "\ue000zz\ue001",
    "\ue00261\ue003",  # the old footnote-number placeholder of label "a"
    "\ue002\ue003",
]


@pytest.mark.parametrize("forged", FORGERIES, ids=ascii)
@pytest.mark.parametrize(
    "template",
    [
        "Text {} end[^a].\n\n[^a]: Note {}.\n",
        "# Heading {}\n",
        "`{}` and\n\n```\n{}\n```\n\n```python\n'{}'\n```\n",
        '<span title="{}">{}</span>',
        "| {} |\n|---|\n| {} |\n",
        "$x{}$",
    ],
    ids=["footnote", "heading", "code", "html", "table", "math"],
)
def test_old_placeholder_sequences_are_text(template: str, forged: str) -> None:
    body = template.replace("{}", forged)
    html = render(body)
    assert_no_leak(html, body)
    assert "liquid-tag" not in html
    shown = text_of(html) + attribute_values(html)
    assert shown.count(forged) == body.count(forged)


def test_old_placeholder_in_a_link_destination_is_kept() -> None:
    forged = "\ue0007b7b2061207d7d\ue001"
    html = render(f"[a](/x{forged}y)\n\n<https://example.com/{forged}>")
    assert "{{" not in unquote(html) and "liquid-tag" not in html
    assert attribute_values(html).count(forged) == 2
    assert text_of(html).count(forged) == 1


def test_percent_encoded_placeholders_stay_text() -> None:
    """An autolink's text is percent-decoded: the decoded characters are only text."""
    encoded = {
        quote("\ue0007b7b2061207d7d\ue001"): "\ue0007b7b2061207d7d\ue001",
        quote("\ufdd07b7b2061207d7d\ufdd1"): "\ufffd7b7b2061207d7d\ufffd",
        quote("\ufdd261\ufdd3"): "\ufffd61\ufffd",
    }
    for percent, shown in encoded.items():
        body = f"<https://example.com/{percent}> and https://example.com/{percent} [^a]\n\n[^a]: n"
        html = render(body)
        assert_no_leak(html, unquote(body))
        assert "liquid-tag" not in html
        assert text_of(html).count(shown) == 2


@pytest.mark.parametrize(
    "forged",
    ["\ufdd07b7b2061207d7d\ufdd1", "\ufdd261\ufdd3", "\ufffe\U0010ffff", "\ufdef"],
    ids=ascii,
)
def test_noncharacters_in_a_post_never_act_as_placeholders(forged: str) -> None:
    """Unicode reserves noncharacters for a program's internal use: a post's show as U+FFFD."""
    for body, page in (
        (f"Text {forged} `{forged}` [^a]\n\n[^a]: {forged}\n", {}),
        ("{{ page.x }} and [l]({{ page.x }})", {"x": forged}),
        (f"<b title='{forged}'>{forged}</b>", {}),
    ):
        html = render(body, page=page)
        assert not _NONCHARACTER_RE.search(html)
        assert "liquid-tag" not in html
        assert "\ufffd" in text_of(html) + attribute_values(html)


def test_character_references_decode_to_the_characters() -> None:
    body = "&#xE000;&#xF101;&#x10FFFD; <b>&#xE000;&#57345;</b> `&#xE000;`"
    html = render(body)
    assert_no_leak(html, "\ue000\ue001\uf101\U0010fffd")
    assert text_of(html) == "\ue000\uf101\U0010fffd \ue000\ue001 &#xE000;"


def test_a_block_that_fails_shows_its_source(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(code: str, language: str = "", linenos: bool = False) -> str:
        raise ValueError(code)

    monkeypatch.setattr("editor.core.render.render_rules.highlight_code", broken)
    body = "```\n{% include \uf101.html %} \ue000\ue001\n```"
    html = render(body)
    assert "kiji-error" in html
    assert not _NONCHARACTER_RE.search(html)
    assert text_of(html).count("{% include \uf101.html %} \ue000\ue001") == 2  # reason, source


def test_incremental_renders_match_fresh_renders() -> None:
    """Cached blocks never carry one render's placeholders into another's."""
    filler = "".join(f"Paragraph {n} with 日本語 text.\n\n" for n in range(400))
    bodies = [
        filler + "{{ page.a }} \ue000 `{% include x %}`\n\nEnd[^a]\n\n[^a]: note \uf101\n",
        filler + "\ue0007b7b2061207d7d\ue001 `{% include x %}`\n\nEnd[^a]\n\n[^a]: note\n",
        filler + "{{ page.a }}\ue001 `\ue000`\n\nEnd[^a] \ue00261\ue003\n\n[^a]: note \uf101\n",
        "\uf101" + filler + "{{ page.a }} \ue000\n",
    ]
    shared = Renderer()
    for body in bodies * 2:
        blocks = shared.render_blocks(body)
        assert blocks == Renderer().render_blocks(body)
        html = "".join(block.html for block in blocks)
        assert_no_leak(html, body)
        assert text_of(html).count("\ue000") == body.count("\ue000")


# -- properties ---------------------------------------------------------------------

_JAPANESE = list("日本語のテキスト、。「」")
_ASCII = list("abdfgkqz019")  # cannot spell a Liquid or kramdown keyword (raw, comment…)
_ANY = st.sampled_from(
    ALL_PRIVATE * 3
    + FORGERIES
    + list("*_[]()#>-|\\`~{}%!")
    + ["{{", "}}", "{%", "%}", " ", "\n", "\n\n"]
    + _JAPANESE
    + list("abcxyz019")
)


@settings(deadline=None, max_examples=200)
@given(st.lists(_ANY, max_size=60).map("".join))
def test_any_text_renders_without_forged_or_leaked_placeholders(body: str) -> None:
    html = render(body)
    assert_no_leak(html, body)
    assert html.count('class="liquid-tag') <= body.count("{{") + body.count("{%")
    for char in set(_PRIVATE_RE.findall(body)):
        assert text_of(html).count(char) <= body.count(char)


_PLAIN = st.sampled_from([*ALL_PRIVATE, *_JAPANESE, *_ASCII, *" *_!-|#>[]"])
_CODE_CHAR = st.sampled_from([*ALL_PRIVATE, *_JAPANESE, *_ASCII, *" *_!-|#>[]()~\\"])
_CODE_TEXT = st.lists(_CODE_CHAR, max_size=8).map("".join)
# Liquid inside code spans; starting with a private-use character, it can never be an
# expression that resolves (and so replaces its text by a value).
_LIQUID = st.tuples(
    st.sampled_from([("{{", "}}"), ("{%", "%}")]), st.sampled_from(ALL_PRIVATE), _CODE_TEXT
).map(lambda parts: parts[0][0] + parts[1] + parts[2] + parts[0][1])
_CODE = st.lists(st.one_of(_CODE_CHAR, _LIQUID), min_size=1, max_size=8).map(
    lambda pieces: "`" + "".join(pieces) + "`"
)
_SEGMENT = st.one_of(st.lists(_PLAIN, min_size=1, max_size=12).map("".join), _CODE)
_PARAGRAPH = st.lists(_SEGMENT, min_size=1, max_size=5).map(" ".join)
_PROPERTY_RENDERER = Renderer()  # shared: cached blocks must not change any later render


@settings(deadline=None, max_examples=200)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=4).map("\n\n".join))
def test_private_use_text_and_code_spans_are_kept_exactly(body: str) -> None:
    """Plain text and code spans (Liquid inside included) show every character."""
    blocks = _PROPERTY_RENDERER.render_blocks(body)
    assert blocks == Renderer().render_blocks(body)
    html = "".join(block.html for block in blocks)
    assert_no_leak(html, body)
    text = text_of(html)
    for char in ALL_PRIVATE:
        assert text.count(char) == body.count(char), html


def test_the_preview_worker_shows_private_use_text(qtbot: Any, tmp_path: Path) -> None:
    """The preview's own render worker, end to end: icons in, the same icons out."""
    from editor.services.render_worker import RenderWorker

    site = make_jekyll_site(tmp_path)
    body = (
        "# \uf101 見出し\n\nIcons \ue000\ue001 `\ue002\ue003` {{ page.icon }}[^a]\n\n"
        "[^a]: \ue00261\ue003\n"
    )
    worker = RenderWorker()
    try:
        worker.configure(site, site / "_posts" / "2025-01-01-post.md")
        with qtbot.waitSignal(worker.rendered, timeout=10_000) as signal:
            worker.request(body, {"icon": "\U000f0001"})
    finally:
        worker.shutdown()
    html = "".join(block.html for block in signal.args[0].blocks)
    assert_no_leak(html, body + "\U000f0001")
    assert "liquid-tag" not in html
    assert text_of(html) == (
        "\uf101 見出しIcons \ue000\ue001 \ue002\ue003 \U000f00011\ue00261\ue003 ↩︎"
    )
