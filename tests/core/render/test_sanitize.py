"""Tests for editor.core.render.sanitize: nothing that runs or fetches survives."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.core.render.sanitize import is_safe_link, is_safe_style, sanitize_html, url_scheme


@pytest.mark.parametrize(
    "dirty",
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil/x.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</script>",
        '<img src="a.png" onerror="alert(1)">',
        '<svg onload="alert(1)"><circle r="1"/></svg>',
        '<a href="javascript:alert(1)">x</a>',
        '<a href="  JaVaScRiPt:alert(1)">x</a>',
        '<a href="java\tscript:alert(1)">x</a>',
        '<a href="&#106;avascript:alert(1)">x</a>',
        '<a href="vbscript:msgbox(1)">x</a>',
        '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
        '<div style="background:url(javascript:alert(1))">x</div>',
        '<div style="width: expression(alert(1))">x</div>',
        '<div style="background: u\\72l(http://evil/x)">x</div>',
        "<style>@import 'http://evil/x.css';</style>",
        '<iframe src="javascript:alert(1)"></iframe>',
        '<object data="x.swf"></object><embed src="x.swf">',
        '<math><maction actiontype="statusline" onclick="alert(1)">x</maction></math>',
        '<form action="http://evil"><input type="text" onfocus="alert(1)" autofocus></form>',
        '<details open ontoggle="alert(1)"><summary>s</summary></details>',
        '<base href="http://evil/"><meta http-equiv="refresh" content="0;url=http://evil">',
        "<template><script>alert(1)</script></template>",
        "<!--<script>alert(1)</script>-->",
    ],
)
def test_nothing_executable_survives(dirty: str) -> None:
    clean = sanitize_html(dirty).lower()
    assert "<script" not in clean
    assert "javascript:" not in clean
    assert "vbscript:" not in clean
    assert "data:text" not in clean
    assert " on" not in clean.replace("> on", "")  # no event handler attribute
    assert "expression(" not in clean
    assert "url(" not in clean
    assert "<svg" not in clean and "<style" not in clean and "<iframe" not in clean
    assert "<base" not in clean and "<meta" not in clean and "<object" not in clean


def test_safe_markup_is_kept() -> None:
    html = (
        '<div class="note" id="n1"><p>Hello <strong>world</strong> '
        '<a href="https://example.com" title="t">link</a></p>'
        '<table><tr><td colspan="2" style="text-align:right">1</td></tr></table></div>'
    )
    assert sanitize_html(html) == html


def test_text_is_escaped_and_entities_survive() -> None:
    assert sanitize_html("<p>a &lt; b &amp; c</p>") == "<p>a &lt; b &amp; c</p>"


def test_output_is_balanced() -> None:
    assert sanitize_html("<div><p>open") == "<div><p>open</p></div>"
    assert sanitize_html("</div>stray</span>") == "stray"


def test_unknown_tags_are_dropped_but_their_text_kept() -> None:
    assert sanitize_html("<blink>hi</blink>") == "hi"


def test_script_content_is_dropped_not_shown() -> None:
    assert sanitize_html("<p>a<script>alert(1)</script>b</p>") == "<p>ab</p>"


def test_iframe_becomes_a_visible_placeholder() -> None:
    clean = sanitize_html('<iframe src="https://www.youtube.com/embed/x"></iframe>')
    assert 'class="kiji-blocked-image kiji-blocked-frame"' in clean
    assert "https://www.youtube.com/embed/x" in clean


def test_image_rewriter_decides_sources() -> None:
    clean = sanitize_html(
        '<img src="a.png" alt="x">', rewrite_image=lambda s: "kiji-site://site/" + s
    )
    assert clean == '<img src="kiji-site://site/a.png" alt="x">'
    blocked = sanitize_html('<img src="http://x/a.png">', rewrite_image=lambda s: "<span>b</span>")
    assert blocked == "<span>b</span>"


def test_only_checkbox_inputs_survive() -> None:
    assert sanitize_html('<input type="text" value="x">') == ""
    assert sanitize_html('<input type="checkbox" checked disabled>') == (
        '<input type="checkbox" checked="" disabled="">'
    )


def test_mathml_is_kept() -> None:
    html = '<math display="block"><mfrac><mi>a</mi><mn>2</mn></mfrac></math>'
    assert sanitize_html(html) == html


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://a.b", True),
        ("/about/", True),
        ("#fn-1", True),
        ("mailto:a@b.c", True),
        ("javascript:x", False),
        (" javascript:x", False),
        ("data:image/png;base64,AAAA", False),
        ("file:///etc/passwd", False),
    ],
)
def test_is_safe_link(url: str, safe: bool) -> None:
    assert is_safe_link(url) is safe


def test_url_scheme_ignores_control_characters() -> None:
    assert url_scheme("jav\x00ascript:alert(1)") == "javascript"


def test_is_safe_style() -> None:
    assert is_safe_style("color: red; text-align: right")
    assert not is_safe_style("background: URL(x.png)")
    assert not is_safe_style("x: exp/**/ression(1)")


@given(st.text())
def test_sanitize_never_raises_and_never_emits_script(text: str) -> None:
    clean = sanitize_html(text)
    assert "<script" not in clean.lower()
