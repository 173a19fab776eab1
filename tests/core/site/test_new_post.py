"""New posts carry the site's values, date spelling and offset (editor.core.site.new_post)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from editor.core.site.site import Site
from tests.core.site.generator_sites import make_hugo_blog, make_jekyll_blog
from tests.core.site_fixtures import write

WHEN = datetime(2025, 12, 1, 20, 30, tzinfo=ZoneInfo("Asia/Tokyo"))


def _site_with_posts(root: Path, dates: list[str], extra: str = "") -> Site:
    write(root / "_config.yml", "title: t\n")
    for number, date in enumerate(dates):
        write(
            root / "_posts" / f"2025-01-{number + 10:02d}-p{number}.md",
            f'---\nlayout: post\ntitle: "P{number}"\ndate: {date}\n{extra}---\nText\n',
        )
    return Site.open(root)


@pytest.mark.parametrize(
    ("dates", "written"),
    [
        (["2025-01-10T09:00:00+09:00"] * 3, "date: 2025-12-01T20:30:00+09:00\n"),
        (['"2025-01-10 09:00:00 +0900"'] * 3, 'date: "2025-12-01 20:30:00 +0900"\n'),
        (["2025-01-10 09:00 +09:00"] * 3, "date: 2025-12-01 20:30 +09:00\n"),
        (["2025-01-10"] * 3, "date: 2025-12-01 20:30:00 +0900\n"),  # a new post has a time
    ],
)
def test_the_date_is_spelled_as_the_sites_posts_spell_it(
    tmp_path: Path, dates: list[str], written: str
) -> None:
    site = _site_with_posts(tmp_path / "blog", dates)
    path = site.new_post("New", date=WHEN, slug="new")
    assert written in path.read_text(encoding="utf-8")


def test_without_a_timezone_the_offset_most_posts_use_is_taken(tmp_path: Path) -> None:
    site = _site_with_posts(
        tmp_path / "blog",
        ["2025-01-10 09:00:00 +0900", "2025-01-11 09:00:00 +0900", "2025-01-12 09:00:00 -0500"],
    )
    assert site.new_post_tz().utcoffset(None) == timedelta(hours=9)
    path = site.new_post("Now", slug="now")
    assert "+0900\n" in path.read_text(encoding="utf-8")
    write(site.root / "_config.yml", "title: t\ntimezone: America/New_York\n")
    assert Site.open(site.root).new_post_tz() == ZoneInfo("America/New_York")


def test_an_empty_site_dates_new_posts_in_the_computers_zone(tmp_path: Path) -> None:
    write(tmp_path / "blog" / "_config.yml", "title: t\n")
    site = Site.open(tmp_path / "blog")
    local = datetime.now().astimezone().utcoffset()
    assert site.new_post_tz().utcoffset(None) == local


def test_values_not_empty_keys(tmp_path: Path) -> None:
    site = _site_with_posts(
        tmp_path / "blog",
        ["2025-01-10 09:00:00 +0900"] * 5,
        extra="author: hanako\ncomments: true\n",
    )
    text = site.new_post("New", date=WHEN, slug="new").read_text(encoding="utf-8")
    assert "layout: post\n" in text and "author: hanako\n" in text and "comments: true\n" in text
    assert '""' not in text


def test_a_site_without_layouts_gets_no_empty_layout(tmp_path: Path) -> None:
    write(tmp_path / "blog" / "_config.yml", "title: t\n")
    write(
        tmp_path / "blog" / "_posts" / "2025-01-10-a.md",
        '---\ntitle: "A"\nlayout: ""\nauthor: ""\n---\n',
    )
    text = Site.open(tmp_path / "blog").new_post("B", slug="b").read_text(encoding="utf-8")
    assert "layout" not in text and "author" not in text


def test_the_config_author_and_defaults_come_first(tmp_path: Path) -> None:
    root = make_jekyll_blog(tmp_path / "blog")
    config = root / "_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + "author:\n  name: 花子\n", "utf-8")
    text = Site.open(root).new_post("B", slug="b", date=WHEN).read_text(encoding="utf-8")
    assert 'author: "花子"\n' in text and "layout: post\n" in text


def test_hugo_without_an_archetype_quotes_dates_as_its_posts(tmp_path: Path) -> None:
    root = make_hugo_blog(tmp_path / "hugo")
    for archetype in (root / "archetypes").iterdir():
        archetype.unlink()
    text = Site.open(root).new_post("秋", slug="aki", date=WHEN).read_text(encoding="utf-8")
    assert 'date = "2025-12-01T20:30:00+09:00"\n' in text
    assert text.startswith("+++\n") and 'author = "taro"\n' in text


def test_an_offset_written_as_z_is_utc(tmp_path: Path) -> None:
    site = _site_with_posts(tmp_path / "blog", ["2025-01-10T09:00:00Z"] * 2)
    assert site.new_post_tz().utcoffset(None) == UTC.utcoffset(None)
