"""Tests for editor.core.site.siteconfig."""

from __future__ import annotations

from pathlib import Path

from editor.core.site.siteconfig import find_site_root, load_site_config


def test_reads_jekyll_config(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: 日記\nbaseurl: /blog\ntimezone: Asia/Tokyo\n")
    assert load_site_config(tmp_path) == {
        "title": "日記",
        "baseurl": "/blog",
        "timezone": "Asia/Tokyo",
    }


def test_reads_hugo_toml(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "Blog"\n')
    assert load_site_config(tmp_path)["title"] == "Blog"


def test_broken_or_missing_config_gives_empty_mapping(tmp_path: Path) -> None:
    assert load_site_config(tmp_path) == {}
    assert load_site_config(None) == {}
    (tmp_path / "_config.yml").write_text("title: [unclosed\n")
    assert load_site_config(tmp_path) == {}


def test_config_is_reread_after_a_change(tmp_path: Path) -> None:
    config = tmp_path / "_config.yml"
    config.write_text("title: one\n")
    assert load_site_config(tmp_path)["title"] == "one"
    config.write_text("title: two\n")
    stat = config.stat()
    import os

    os.utime(config, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000))
    assert load_site_config(tmp_path)["title"] == "two"


def test_finds_the_site_root_above_a_post(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: x\n")
    post = tmp_path / "_posts" / "2025-01-01-a.md"
    post.parent.mkdir()
    post.write_text("x")
    assert find_site_root(post) == tmp_path
    assert find_site_root(tmp_path.parent / "elsewhere.md") is None


def test_hugo_configuration_kept_only_in_config_default_is_found_and_merged(tmp_path) -> None:
    from editor.core.site.site import Site
    from tests.core.site_fixtures import write

    root = tmp_path / "hugo"
    folder = root / "config" / "_default"
    write(folder / "hugo.toml", 'baseURL = "https://example.org/"\ndefaultContentLanguage = "ja"\n')
    write(
        folder / "languages.toml",
        '[ja]\ncontentDir = "content/ja"\n[en]\ncontentDir = "content/en"\n',
    )
    write(folder / "params.yaml", "author: taro\n")
    write(folder / "menus.ja.toml", "[[main]]\nname = 'x'\n")
    write(root / "content" / "ja" / "posts" / "a.md", '+++\ntitle = "A"\n+++\n')
    site = Site.open(root)
    assert site.layout.generator.name == "hugo"
    assert site.config["params"] == {"author": "taro"} and "menus" not in site.config
    assert site.languages() == ["ja", "en"]
    assert [e.path.name for e in site.entries.values()] == ["a.md"]
    write(folder / "params.yaml", "author: hanako\n")  # a change to any of the files counts
    import os

    os.utime(folder / "params.yaml", (1e10, 1e10))
    assert Site.open(root).config["params"] == {"author": "hanako"}
