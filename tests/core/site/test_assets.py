"""Tests for editor.core.site.assets: copying images and writing links the site's way."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.site.assets import (
    ABSOLUTE_STYLE,
    copy_image,
    free_name,
    image_folder,
    learn_link_style,
    link_style,
)
from editor.core.site.post_entries import build_index
from editor.core.site.site_errors import SiteError
from editor.core.site.site_layout import detect_layout
from tests.core.site_fixtures import make_hugo_site, make_jekyll_site, write


def test_link_style_recognises_the_spellings() -> None:
    assert link_style("{{ site.baseurl }}/a.png") == "{{ site.baseurl }}{path}"
    assert link_style("{{site.baseurl}}/a.png") == "{{site.baseurl}}{path}"
    assert link_style("{{ '/a.png' | relative_url }}") == "{{ '{path}' | relative_url }}"
    assert link_style('{{ "/a.png" | absolute_url }}') == '{{ "{path}" | absolute_url }}'
    assert link_style("/a.png") == ABSOLUTE_STYLE
    assert link_style("a.png") == ""
    assert link_style("https://x/a.png") == ""


def test_learned_style_is_the_most_common(tmp_path: Path) -> None:
    root = make_jekyll_site(tmp_path / "blog")
    layout = detect_layout(root)
    assert learn_link_style(build_index(layout).values(), layout) == "{{ site.baseurl }}{path}"
    for n in range(2):
        write(root / "_posts" / f"2025-01-0{n + 1}-r.md", "---\n---\n![x](/assets/x.png)\n")
    assert learn_link_style(build_index(layout).values(), layout) == ABSOLUTE_STYLE


def test_copy_image_picks_free_names_and_reuses_identical(tmp_path: Path) -> None:
    layout = detect_layout(make_jekyll_site(tmp_path / "blog"))
    first = write(tmp_path / "in" / "Photo 1.JPG", "one")
    other = write(tmp_path / "other" / "Photo 1.JPG", "two")
    link = copy_image(layout, first, "my-post")
    assert link.path == layout.root / "assets/images/my-post/photo-1.jpg"
    assert link.markdown == "![Photo 1](/assets/images/my-post/photo-1.jpg)"
    assert copy_image(layout, first, "my-post").path == link.path  # same bytes: reused
    second = copy_image(layout, other, "my-post", alt="別の [写真]")
    assert second.path.name == "photo-1-2.jpg"
    assert second.path.read_text() == "two" and link.path.read_text() == "one"
    assert second.markdown == "![別の (写真)](/assets/images/my-post/photo-1-2.jpg)"


def test_copy_image_refuses_non_images_and_missing_files(tmp_path: Path) -> None:
    layout = detect_layout(make_jekyll_site(tmp_path / "blog"))
    with pytest.raises(SiteError, match="does not look like an image"):
        copy_image(layout, write(tmp_path / "a.txt", "x"), "p")
    with pytest.raises(SiteError, match="not a file"):
        copy_image(layout, tmp_path / "missing.png", "p")


def test_hugo_images_go_to_static_and_link_from_root(tmp_path: Path) -> None:
    layout = detect_layout(make_hugo_site(tmp_path / "hugo"))
    link = copy_image(layout, write(tmp_path / "a.png", "x"), "first")
    assert link.path == layout.root / "static/images/first/a.png"
    assert link.url == "/images/first/a.png"


def test_image_folder_is_configurable_and_stays_inside(tmp_path: Path) -> None:
    root = make_jekyll_site(tmp_path / "blog")
    config = root / "_config.yml"
    config.write_text(config.read_text() + "kiji:\n  image_folder: img/{slug}\n")
    layout = detect_layout(root)
    assert image_folder(layout, "p") == root / "img/p"
    with pytest.raises(SiteError, match="outside the site"):
        image_folder(layout, "p", "../../elsewhere")


def test_free_name_ignores_case(tmp_path: Path) -> None:
    write(tmp_path / "A.png", "x")
    assert free_name(tmp_path, "a.png").name == "a-2.png"
    assert free_name(tmp_path / "missing", "a.png").name == "a.png"


def test_images_go_where_the_sites_own_images_are(tmp_path: Path) -> None:
    from editor.core.site.site import Site
    from tests.core.site.generator_sites import make_hugo_blog

    site = Site.open(make_hugo_blog(tmp_path / "hugo"))
    post = next(p for p in site.entries if p.stem == "nara")
    source = tmp_path / "photo.png"
    source.write_bytes(b"\x89PNG new")
    link = site.add_image(source, post)
    assert link.path == site.root / "static" / "image" / "photo.png"  # not static/images/
    assert link.markdown == "![photo](/image/photo.png)"
    # The site's own setting and the writer's preference still win.
    preferred = site.add_image(source, post, default_folder="static/pics/{slug}")
    assert preferred.path == site.root / "static" / "pics" / "nara" / "photo.png"


def test_the_same_bytes_are_reused_whatever_their_name(tmp_path: Path) -> None:
    from editor.core.site.site import Site
    from tests.core.site.generator_sites import make_hugo_blog

    site = Site.open(make_hugo_blog(tmp_path / "hugo"))
    post = next(p for p in site.entries if p.stem == "nara")
    first, second = tmp_path / "a.png", tmp_path / "b.png"
    first.write_bytes(b"same bytes")
    second.write_bytes(b"same bytes")
    one = site.add_image(first, post)
    two = site.add_image(second, post)
    assert (one.created, two.created) == (True, False) and one.path == two.path
    assert two.markdown == f"![b]({one.url})"
