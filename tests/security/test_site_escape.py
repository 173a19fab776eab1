"""A cloned repository's own settings must never make Kiji write outside the site folder."""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from editor.core.site.site import Site
from editor.core.site.site_errors import OutsideSiteError
from editor.core.site.site_paths import inside_site
from tests.core.site_fixtures import write

WHEN = datetime(2025, 3, 1, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo"))


def _files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


@pytest.fixture
def world(tmp_path: Path) -> tuple[Path, Path]:
    """``(site, outside)``: a site folder ``tmp/deep/er/site`` and a folder beside it."""
    site = tmp_path / "deep" / "er" / "site"
    site.mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    return site, outside


def _jekyll(site: Path, extra: str = "") -> Path:
    write(site / "_config.yml", "title: t\ntimezone: Asia/Tokyo\n" + extra)
    write(site / "_posts" / "2025-01-01-a.md", "---\ntitle: a\n---\nbody\n")
    return site


def _hugo(site: Path, config: str) -> Path:
    write(site / "hugo.toml", 'title = "t"\n' + config)
    write(site / "content" / "posts" / "a.md", "+++\ntitle = 'a'\n+++\nbody\n")
    (site / "static").mkdir(exist_ok=True)
    return site


def _try_writes(site: Path, tmp_path: Path) -> None:
    """New post, new draft and Add Image, as the menus do them; refusals are fine."""
    try:
        opened = Site.open(site, clock=lambda: WHEN)
    except OutsideSiteError:
        return
    image = write(tmp_path / "in" / "photo.png", "png")
    for draft in (False, True):
        try:
            path = opened.new_post("Escape", draft=draft, date=WHEN)
        except OutsideSiteError:
            continue
        with contextlib.suppress(OutsideSiteError):
            opened.add_image(image, path)


@pytest.mark.parametrize(
    "value",
    ["../../x", "../../../outside", "/ABS", "~/kiji-escape", "sub/../../../../outside"],
)
def test_collections_dir_outside_is_refused(world, tmp_path, value) -> None:
    site, outside = world
    value = value.replace("/ABS", str(outside))
    _jekyll(site, f"collections_dir: {value!r}\ncollections:\n  notes: {{}}\n")
    with pytest.raises(OutsideSiteError) as caught:
        Site.open(site)
    assert caught.value.setting == "collections_dir"
    assert "outside the site folder" in caught.value.message
    _try_writes(site, tmp_path)
    assert _files_under(tmp_path / "deep" / "x") == []
    assert _files_under(outside) == []


def test_collection_name_that_climbs_out_is_refused(world) -> None:
    site, _ = world
    _jekyll(site, "collections:\n  /../../../../outside/n: {}\n")
    with pytest.raises(OutsideSiteError):
        Site.open(site)


def test_symlinked_posts_folder_leading_out_is_refused(world, tmp_path) -> None:
    site, outside = world
    _jekyll(site)
    (site / "_drafts").symlink_to(outside, target_is_directory=True)
    with pytest.raises(OutsideSiteError):
        Site.open(site)
    _try_writes(site, tmp_path)
    assert _files_under(outside) == []


@pytest.mark.parametrize(
    "config",
    [
        'contentDir = "../../x"',
        'contentDir = "/ABS"',
        'staticDir = "../../../outside"',
        'staticDir = "~"',
        '[languages.en]\ncontentDir = "../../../outside"',
        '[languages.ja]\ncontentDir = "/ABS"',
    ],
)
def test_hugo_folders_outside_are_refused(world, tmp_path, config) -> None:
    site, outside = world
    _hugo(site, config.replace("/ABS", str(outside)))
    with pytest.raises(OutsideSiteError):
        Site.open(site)
    _try_writes(site, tmp_path)
    assert _files_under(tmp_path / "deep" / "x") == []
    assert _files_under(outside) == []


def test_hugo_language_content_dirs_inside_are_watched(world) -> None:
    site, _ = world
    _hugo(site, '[languages.ja]\ncontentDir = "content.ja"\n')
    write(site / "content.ja" / "posts" / "b.md", "+++\ntitle = 'b'\n+++\n")
    opened = Site.open(site)
    assert any(p.parent.name == "posts" and p.name == "b.md" for p in opened.entries)


def test_hugo_symlinked_posts_folder_leading_out_is_refused(world, tmp_path) -> None:
    site, outside = world
    _hugo(site, "")
    for child in (site / "content" / "posts").iterdir():
        child.unlink()
    (site / "content" / "posts").rmdir()
    (site / "content" / "posts").symlink_to(outside, target_is_directory=True)
    opened = Site.open(site, clock=lambda: WHEN)
    with pytest.raises(OutsideSiteError):
        opened.new_post("Escape", date=WHEN)
    assert _files_under(outside) == []


@pytest.mark.parametrize(
    "folder",
    ["../../../outside/{slug}", "/ABS/{slug}", "~/{slug}", "{slug}/../../../../outside"],
)
def test_image_folder_outside_is_refused(world, tmp_path, folder) -> None:
    site, outside = world
    _jekyll(site, f"kiji:\n  image_folder: {folder.replace('/ABS', str(outside))!r}\n")
    opened = Site.open(site)
    image = write(tmp_path / "in" / "photo.png", "png")
    with pytest.raises(OutsideSiteError) as caught:
        opened.add_image(image, site / "_posts" / "2025-01-01-a.md")
    assert caught.value.setting == "kiji: image_folder"
    assert _files_under(outside) == []
    assert not (Path.home() / "a").exists() or (Path.home() / "a").is_dir()


def test_image_folder_through_a_symlink_leading_out_is_refused(world, tmp_path) -> None:
    site, outside = world
    _jekyll(site)
    (site / "assets").symlink_to(outside, target_is_directory=True)
    opened = Site.open(site)
    with pytest.raises(OutsideSiteError):
        opened.add_image(write(tmp_path / "p.png", "x"), site / "_posts" / "2025-01-01-a.md")
    assert _files_under(outside) == []


def test_a_slug_from_front_matter_cannot_lead_the_images_out(world, tmp_path) -> None:
    site, outside = world
    _jekyll(site)
    text = "---\ntitle: b\nslug: ../../../../outside\n---\n"
    post = write(site / "_posts" / "2025-01-02-b.md", text)
    opened = Site.open(site)
    with pytest.raises(OutsideSiteError):
        opened.add_image(write(tmp_path / "p.png", "x"), post)
    assert _files_under(outside) == []


def test_image_folder_template_cannot_reach_into_python(world, tmp_path) -> None:
    site, _ = world
    _jekyll(site, "kiji:\n  image_folder: 'img/{0}{slug.__class__}'\n")
    opened = Site.open(site)
    link = opened.add_image(write(tmp_path / "p.png", "x"), site / "_posts" / "2025-01-01-a.md")
    assert link.path.is_relative_to(site.resolve())


def test_inside_site_accepts_folders_inside(world) -> None:
    site, _ = world
    (site / "real").mkdir()
    (site / "alias").symlink_to(site / "real", target_is_directory=True)
    assert inside_site(site, "alias/x", setting="s") == (site / "real" / "x").resolve()
    assert inside_site(site, "a/../b", setting="s") == (site / "b").resolve()
    assert inside_site(site, ".", setting="s") == site.resolve()
    assert os.fspath(inside_site(site, "新しい/フォルダ", setting="s")).endswith("フォルダ")
