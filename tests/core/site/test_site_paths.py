"""Tests for editor.core.site.site_paths: the preview may read the site and nothing else."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor.core.site.site_paths import resolve_site_path


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "assets" / "img").mkdir(parents=True)
    (root / "assets" / "img" / "a b.png").write_bytes(b"png")
    (tmp_path / "secret.txt").write_text("secret")
    return root


def test_serves_a_file_inside_the_root(site: Path) -> None:
    assert (
        resolve_site_path(site, "/assets/img/a%20b.png") == (site / "assets/img/a b.png").resolve()
    )


@pytest.mark.parametrize(
    "url_path",
    [
        "/../secret.txt",
        "/assets/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/assets/%2E%2E/%2E%2E/secret.txt",
        "/..%5csecret.txt",
        "/assets/img/a%00.png",
        "/assets/img",  # a folder, not a file
        "/missing.png",
    ],
)
def test_refuses_escapes_and_non_files(site: Path, url_path: str) -> None:
    assert resolve_site_path(site, url_path) is None


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_refuses_a_symlink_that_leads_out(site: Path) -> None:
    (site / "assets" / "leak.txt").symlink_to(site.parent / "secret.txt")
    assert resolve_site_path(site, "/assets/leak.txt") is None


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_follows_a_symlink_that_stays_inside(site: Path) -> None:
    (site / "alias.png").symlink_to(site / "assets" / "img" / "a b.png")
    assert resolve_site_path(site, "/alias.png") == (site / "assets/img/a b.png").resolve()


def test_site_preview_css(site: Path) -> None:
    from editor.core.site.site_paths import site_preview_css

    assert site_preview_css(site) == ""
    assert site_preview_css(None) == ""
    (site / ".kiji").mkdir()
    (site / ".kiji" / "preview.css").write_text("body { font-size: 20px }", encoding="utf-8")
    assert site_preview_css(site) == "body { font-size: 20px }"
