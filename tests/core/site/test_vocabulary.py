"""The site vocabulary is learnt from real posts, _layouts/ and _data/authors.yml."""

from __future__ import annotations

import shutil
from pathlib import Path

from editor.core.post.field_types import FieldKind
from editor.core.site.site import Site
from editor.core.site.vocabulary import SiteVocabulary
from editor.resources import resource_path


def _sample(tmp_path: Path) -> Path:
    target = tmp_path / "site"
    shutil.copytree(resource_path("sample-site"), target)
    return target


def test_sample_site_vocabulary(tmp_path: Path) -> None:
    site = Site.open(_sample(tmp_path))
    assert len(site.entries) == 5
    vocabulary = SiteVocabulary.from_site(site.entries.values(), site.layout)
    assert vocabulary.tags["jekyll"] == 2
    assert set(vocabulary.tags) >= {"京都", "写真", "紅葉", "LLM", "文房具", "kiji"}
    assert vocabulary.values_for("tags")[0] == "jekyll"  # most used first
    assert vocabulary.categories == {"AI": 1, "meta": 1, "tools": 1, "ツール": 1, "散歩": 1}
    assert vocabulary.layouts == ["default", "page", "post"]
    assert vocabulary.authors == ["hana", "ken"]
    assert vocabulary.author_names["hana"] == "佐藤 花"
    assert vocabulary.key_kinds["tags"] is FieldKind.LIST
    assert vocabulary.key_kinds["date"] is FieldKind.DATE
    assert vocabulary.key_kinds["reading_time"] is FieldKind.INTEGER
    assert vocabulary.used_keys()[:3] == ["author", "layout", "tags"]
    assert vocabulary.timezone == "Asia/Tokyo"
    assert vocabulary.excerpt_separator == "<!--more-->"
    assert vocabulary.uses_reading_time


def test_authors_used_in_posts_follow_the_data_file(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "_data").mkdir(parents=True)
    (root / "_data" / "authors.yml").write_text("ken:\n  name: Ken\n", encoding="utf-8")
    posts = [{"author": "mika"}, {"author": "ken"}, {"author": "mika"}, {"author": "zoe"}]
    vocabulary = SiteVocabulary.from_posts(posts, root, {})
    assert vocabulary.authors == ["ken", "mika", "zoe"]
    assert vocabulary.layouts == []
    assert vocabulary.excerpt_separator == "\n\n"
    assert not vocabulary.uses_reading_time


def test_broken_site_files_are_skipped(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "_data").mkdir(parents=True)
    (root / "_data" / "authors.yml").write_bytes(b"\xff\xfe: [")
    (root / "_posts").mkdir()
    (root / "_posts" / "2025-01-01-bad.md").write_text("---\ntitle: [\n---\nx\n", "utf-8")
    (root / "_posts" / "2025-01-02-ok.md").write_text("---\ntags: a b\n---\nx\n", "utf-8")
    (root / "_config.yml").write_text("timezone: 9\n", "utf-8")
    site = Site.open(root)
    vocabulary = SiteVocabulary.from_site(site.entries.values(), site.layout)
    assert vocabulary.authors == []
    assert vocabulary.tags == {"a": 1, "b": 1}  # Jekyll's space-separated tags
    assert vocabulary.timezone is None


def test_kinds_learnt_from_the_index_match_the_editors(tmp_path: Path) -> None:
    """The index reads Jekyll's ``2025-12-28 08:41:08 +0000`` as text; it is a date."""
    vocabulary = SiteVocabulary.from_posts([{"updated": "2025-12-28 08:41:08 +0000"}])
    assert vocabulary.key_kinds["updated"] is FieldKind.DATE
    assert SiteVocabulary.from_posts([{"note": "text"}]).key_kinds["note"] is FieldKind.TEXT


def test_hugo_layouts_and_every_markdown_suffix_feed_the_vocabulary(tmp_path: Path) -> None:
    root = tmp_path / "hugo"
    (root / "content" / "posts").mkdir(parents=True)
    (root / "layouts" / "_default").mkdir(parents=True)
    (root / "hugo.toml").write_text('timeZone = "Asia/Tokyo"\n', "utf-8")
    (root / "layouts" / "_default" / "single.html").write_text("x", "utf-8")
    (root / "content" / "posts" / "a.mdown").write_text('+++\ntags = ["mdown"]\n+++\n', "utf-8")
    (root / "content" / "posts" / "b.md").write_text('{"tags": ["json"]}\n', "utf-8")
    site = Site.open(root)
    vocabulary = SiteVocabulary.from_site(site.entries.values(), site.layout)
    assert vocabulary.tags == {"json": 1, "mdown": 1}
    assert vocabulary.layouts == ["single"]


def test_reading_samples_read_a_few_hundred_bodies_not_every_post(
    tmp_path: Path, monkeypatch
) -> None:
    """Each sample reads its post's body (word counts): a big site would read them all."""
    import editor.core.site.vocabulary as vocabulary_module

    monkeypatch.setattr(vocabulary_module, "READING_SAMPLES", 3)
    site_root = _sample(tmp_path)
    for number in range(6):
        (site_root / "_posts" / f"2024-02-0{number + 1}-r{number}.md").write_text(
            f"---\ntitle: R{number}\nreading_time: {number + 1}\n---\n本文です。\n",
            encoding="utf-8",
        )
    site = Site.open(site_root)
    vocabulary = SiteVocabulary.from_site(site.entries.values(), site.layout)
    assert len(vocabulary.reading_samples) == 3
    assert vocabulary.uses_reading_time
