"""The bundled sample site is believable and survives a round trip untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.app import copy_sample_site
from editor.core.post.post import read_post, write_post
from editor.resources import resource_path

SAMPLE = resource_path("sample-site")
POSTS = sorted((SAMPLE / "_posts").glob("*.md")) + sorted((SAMPLE / "_drafts").glob("*.md"))


def test_sample_site_shape() -> None:
    assert (SAMPLE / "_config.yml").is_file()
    assert (SAMPLE / "_data" / "authors.yml").is_file()
    assert list((SAMPLE / "_layouts").glob("*.html"))
    assert len(list((SAMPLE / "_posts").glob("*.md"))) >= 4
    assert len(list((SAMPLE / "_drafts").glob("*.md"))) >= 1
    japanese = [p for p in POSTS if any("\u3040" <= ch <= "\u30ff" for ch in p.read_text("utf-8"))]
    assert len(japanese) >= 2


@pytest.mark.parametrize("source", POSTS, ids=lambda p: p.name)
def test_open_and_save_unchanged_gives_identical_bytes(source: Path, tmp_path: Path) -> None:
    target = tmp_path / source.name
    target.write_bytes(source.read_bytes())
    write_post(target, read_post(target))
    assert target.read_bytes() == source.read_bytes()


def test_copy_sample_site_never_touches_the_original(tmp_path: Path) -> None:
    copy = copy_sample_site(tmp_path)
    assert copy != SAMPLE and (copy / "_config.yml").is_file()
    (copy / "_config.yml").write_text("changed")
    assert (SAMPLE / "_config.yml").read_text(encoding="utf-8").startswith("# Site settings")
