"""Tests for editor.core.site.site_layout and editor.core.site.site_urls."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from editor.core.site.post_entries import read_entry
from editor.core.site.site_layout import detect_layout, site_timezone
from editor.core.site.site_urls import normalise_target, page_urls, post_url, url_variants
from tests.core.site_fixtures import SEED, make_hugo_site, make_jekyll_site, write


def test_jekyll_layout_reads_config(tmp_path: Path) -> None:
    layout = detect_layout(make_jekyll_site(tmp_path / "blog"))
    assert layout.kind == "jekyll"
    assert layout.timezone == ZoneInfo("Asia/Tokyo")
    assert layout.permalink == "/:year/:month/:day/:title/"
    assert layout.excerpt_separator == "<!--more-->"
    assert layout.defaults[0]["values"]["layout"] == "post"
    assert layout.collections == {"notes": layout.root / "_notes"}
    assert layout.watched_dirs() == [
        layout.root / "_posts",
        layout.root / "_drafts",
        layout.root / "_notes",
    ]


def test_hugo_and_plain_layouts(tmp_path: Path) -> None:
    hugo = detect_layout(make_hugo_site(tmp_path / "hugo"))
    assert (hugo.kind, hugo.content_dir, hugo.timezone) == (
        "hugo",
        hugo.root / "content",
        ZoneInfo("Asia/Tokyo"),
    )
    write(tmp_path / "plain" / "a.md", "x")
    assert detect_layout(tmp_path / "plain").kind == "plain"
    with pytest.raises(NotADirectoryError):
        detect_layout(tmp_path / "missing")


def test_unknown_timezone_is_ignored() -> None:
    assert site_timezone({"timezone": "Mars/Olympus"}) is None
    assert site_timezone({}) is None


def test_post_urls(tmp_path: Path) -> None:
    layout = detect_layout(make_jekyll_site(tmp_path / "blog"))
    now = datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC"))
    entry = read_entry(layout.root / "_posts" / SEED.name, layout, now)
    assert post_url(entry, layout) == "/2025/12/28/llama4/"
    hugo = detect_layout(make_hugo_site(tmp_path / "hugo"))
    first = read_entry(hugo.root / "content/posts/first.md", hugo, now)
    assert post_url(first, hugo) == "/posts/first/"


def test_page_urls_and_targets(tmp_path: Path) -> None:
    layout = detect_layout(make_jekyll_site(tmp_path / "blog"))
    write(layout.root / "docs" / "index.md", "x")
    assert {"/about/", "/docs/index.html", "/docs/"} <= page_urls(layout)
    assert normalise_target("{{ site.baseurl }}/a/b.png", layout) == "/a/b.png"
    assert normalise_target("{{ 'a.png' | relative_url }}", layout) == "/a.png"
    assert normalise_target("/a%20b.png#x", layout) == "/a b.png"
    assert normalise_target("https://x.org/", layout) is None
    assert normalise_target("#top", layout) is None
    assert normalise_target("{{ page.image }}", layout) is None
    assert url_variants("/a/") >= {"/a", "/a/", "/a.html", "/a/index.html"}
