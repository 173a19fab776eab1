"""Tests for editor.core.render.render_paths: images load from the site, never from the net."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.render.render_paths import SitePaths, blocked_image_html, default_local_url


@pytest.fixture
def paths(tmp_path: Path) -> SitePaths:
    return SitePaths(
        tmp_path,
        tmp_path / "_posts" / "2025-12-28-x.md",
        local_url=lambda p: f"L:{p}",
        baseurl="/blog/",
        site_url="https://me.example",
    )


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("img/a.png", ("url", "L:_posts/img/a.png")),
        ("./img/../b.png", ("url", "L:_posts/b.png")),
        ("../assets/a.png", ("url", "L:assets/a.png")),
        ("/assets/a.png", ("url", "L:assets/a.png")),
        ("/blog/assets/a.png", ("url", "L:assets/a.png")),
        ("/blogger/a.png", ("url", "L:blogger/a.png")),
        ("https://me.example/blog/a.png", ("url", "L:a.png")),
        ("/assets/%E7%94%BB%E5%83%8F.png?v=2#x", ("url", "L:assets/画像.png")),
        ("https://cdn.example/a.png", ("blocked", "Remote image not loaded")),
        ("//cdn.example/a.png", ("blocked", "Remote image not loaded")),
        ("../../etc/passwd", ("blocked", "Image outside the site")),
        ("/../../x.png", ("url", "L:x.png")),
        ("file:///etc/passwd", ("blocked", "Image not allowed")),
        ("javascript:alert(1)", ("blocked", "Image not allowed")),
        ("data:image/svg+xml;base64,AAAA", ("blocked", "Image not allowed")),
        ("data:image/png;base64,AAAA", ("url", "data:image/png;base64,AAAA")),
        ("", ("blocked", "Image without a source")),
    ],
)
def test_resolve(paths: SitePaths, src: str, expected: tuple[str, str]) -> None:
    assert paths.resolve(src) == expected


def test_remote_images_allowed_when_the_writer_says_so(tmp_path: Path) -> None:
    paths = SitePaths(tmp_path, allow_remote_images=True)
    assert paths.resolve("https://cdn.example/a.png") == ("url", "https://cdn.example/a.png")


def test_post_outside_site_root_resolves_from_site_root(tmp_path: Path) -> None:
    paths = SitePaths(tmp_path / "site", tmp_path / "elsewhere" / "p.md", local_url=str)
    assert paths.resolve("a.png") == ("url", "a.png")


def test_without_site_root_the_post_folder_is_the_root(tmp_path: Path) -> None:
    paths = SitePaths(None, tmp_path / "p.md", local_url=str)
    assert paths.resolve("img/a.png") == ("url", "img/a.png")
    assert paths.resolve("../a.png")[0] == "blocked"


def test_image_html_escapes_everything(paths: SitePaths) -> None:
    html = paths.image_html('a".png', 'alt "q" <b>', 'ti"tle')
    assert html == (
        '<img src="L:_posts/a&quot;.png" alt="alt &quot;q&quot; &lt;b&gt;"'
        ' title="ti&quot;tle" loading="lazy">'
    )


def test_blocked_placeholder_shows_the_url() -> None:
    html = blocked_image_html("https://x/<a>.png")
    assert html.startswith('<span class="kiji-blocked-image" title="https://x/&lt;a&gt;.png">')
    assert "https://x/&lt;a&gt;.png</span>" in html


def test_default_local_url_quotes_the_path() -> None:
    assert default_local_url("assets/画像 1.png") == (
        "kiji-site://site/assets/%E7%94%BB%E5%83%8F%201.png"
    )
