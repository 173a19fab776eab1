"""Tests for editor.core.slug: romaji slugs and safe file names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.core.slug import check_slug, is_valid_slug, make_slug, safe_file_name


def test_japanese_title_becomes_romaji() -> None:
    assert make_slug("Llama 4の性能向上") == "llama-4-no-seinoukoujou"


def test_english_title_is_slugified() -> None:
    assert make_slug("Hello, World! Ünïcode") == "hello-world-unicode"


def test_slug_is_cut_on_a_word_boundary() -> None:
    slug = make_slug("word " * 40, max_length=20)
    assert len(slug) <= 20
    assert not slug.endswith("-")


def test_title_without_letters_falls_back() -> None:
    assert make_slug("？！…") == "post"


def test_check_slug_explains_bad_slugs() -> None:
    assert check_slug("my-post") == "my-post"
    with pytest.raises(ValueError, match="cannot be used as a file name"):
        check_slug("../etc/passwd")
    assert not is_valid_slug("日本語")
    assert not is_valid_slug("")


def test_safe_file_name_keeps_extension() -> None:
    assert safe_file_name("スクリーンショット 2025.PNG") == "sukuriinshotto-2025.png"
    assert safe_file_name("My Photo.jpeg") == "my-photo.jpeg"
    assert safe_file_name("写真.png").endswith(".png")
    assert safe_file_name("？.png") == "image.png"


@given(st.text(max_size=80))
def test_any_title_gives_a_valid_ascii_slug(title: str) -> None:
    slug = make_slug(title)
    assert slug.isascii()
    assert is_valid_slug(slug), slug
    assert len(slug) <= 60


@given(st.text(max_size=40))
def test_any_file_name_is_safe(name: str) -> None:
    safe = safe_file_name(name)
    assert safe.isascii()
    assert "/" not in safe and "\\" not in safe
    assert not safe.startswith(".")
