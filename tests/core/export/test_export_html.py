"""Tests for editor.core.export.export_html: standalone HTML that looks like the preview and
runs nothing."""

from __future__ import annotations

import base64
from pathlib import Path

from editor.core.export.export_html import (
    ExportOptions,
    ExportSource,
    ImageMode,
    document_info,
    export_html,
    suggested_target,
)
from editor.core.post.post import read_post
from tests.ui.helpers import copy_sample

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"


def _export(site: Path, target: Path, mode: ImageMode) -> str:
    post = read_post(site / KYOTO)
    return export_html(
        post.body,
        dict(post.front_matter),
        stylesheet="body { color: black }",
        site_root=site,
        post_path=site / KYOTO,
        target=target,
        options=ExportOptions(images=mode),
    )


def test_standalone_document_with_title_metadata_and_css(tmp_path: Path) -> None:
    site = copy_sample(tmp_path)
    html = _export(site, tmp_path / "out" / "kyoto.html", ImageMode.EMBED)
    assert html.startswith("<!DOCTYPE html>")
    assert "<title>京都の秋、朝の散歩で見つけたもの</title>" in html
    assert '<meta name="keywords" content="京都, 写真, 紅葉">' in html
    assert '<meta name="description" content="観光客が来る前' in html
    assert "body { color: black }" in html and ".highlight" in html
    assert "哲学の道を歩きはじめました" in html
    assert "<script" not in html.lower()


def test_embedded_images_are_data_uris(tmp_path: Path) -> None:
    site = copy_sample(tmp_path)
    html = _export(site, tmp_path / "kyoto.html", ImageMode.EMBED)
    png = (site / "assets/images/kyoto-autumn/momiji.png").read_bytes()
    assert f"data:image/png;base64,{base64.b64encode(png).decode()}" in html
    assert "kiji-site:" not in html


def test_linked_images_are_relative_to_the_exported_file(tmp_path: Path) -> None:
    site = copy_sample(tmp_path)
    html = _export(site, tmp_path / "exports" / "kyoto.html", ImageMode.LINK)
    assert 'src="../sample-site/assets/images/kyoto-autumn/momiji.png"' in html


def test_liquid_is_resolved_as_in_the_preview(tmp_path: Path) -> None:
    site = copy_sample(tmp_path)
    post = read_post(site / "_posts/2025-11-02-static-site-tips.md")
    html = export_html(
        post.body, dict(post.front_matter), stylesheet="", site_root=site, post_path=None
    )
    assert "{% highlight" not in html and "{% raw %}" not in html
    assert "{{ page.title }}" in html  # shown literally, as inside {% raw %}


def test_document_info_comes_from_the_front_matter() -> None:
    page = {"title": "京都の秋", "author": "佐藤 花", "description": "紅葉の記録"}
    assert document_info(page, "kyoto") == {
        "Title": "京都の秋",
        "Author": "佐藤 花",
        "Subject": "紅葉の記録",
        "Creator": "Kiji",
    }
    assert document_info({}, "kyoto")["Title"] == "kyoto"


def test_source_content_is_the_body_of_the_document(tmp_path: Path) -> None:
    site = copy_sample(tmp_path)
    post = read_post(site / KYOTO)
    source = ExportSource(post.body, dict(post.front_matter), "", site, site / KYOTO)
    content = source.content()
    assert "哲学の道を歩きはじめました" in content and "<title>" not in content
    assert f'<div id="content">{content}</div>' in source.html()


def test_exports_are_proposed_in_the_export_folder_named_after_the_post(tmp_path: Path) -> None:
    folder = tmp_path / "Documents"
    post = tmp_path / "blog" / "_posts" / "2025-11-16-kyoto.md"
    assert suggested_target(post, ".html", folder) == folder / "2025-11-16-kyoto.html"
    bundle = tmp_path / "blog" / "content" / "posts" / "kyoto" / "index.md"
    assert suggested_target(bundle, ".pdf", folder) == folder / "kyoto.pdf"
    assert suggested_target(None, ".pdf", folder) == folder / "post.pdf"


def test_mincho_and_embeddable_fonts_reach_the_document() -> None:
    from editor.core.export.export_html import ExportOptions, export_html

    html = export_html(
        "本文", {}, stylesheet="", options=ExportOptions(mincho=True, embeddable_fonts=True)
    )
    assert '<html lang="ja" class="mincho">' in html
    assert "BIZ UDPMincho" in html and "font-synthesis: none" in html
    plain = export_html("本文", {}, stylesheet="")
    assert "BIZ UDP" not in plain and 'class="mincho"' not in plain
