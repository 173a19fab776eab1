"""Tests for resources/preview/preview.css: self-contained, themed, Japanese-ready."""

from __future__ import annotations

from pathlib import Path

CSS = (Path(__file__).resolve().parents[3] / "resources" / "preview" / "preview.css").read_text(
    encoding="utf-8"
)


def test_no_external_resources() -> None:
    assert "url(" not in CSS and "@import" not in CSS and "http" not in CSS


def test_dark_theme_and_japanese_typography() -> None:
    assert "html.dark" in CSS
    assert "line-break: strict" in CSS
    for font in ("Hiragino", "Yu Gothic", "Noto Sans CJK JP"):
        assert font in CSS
    assert "max-width: 42em" in CSS


def test_styles_every_class_the_renderer_emits() -> None:
    for selector in (
        ".post-header",
        ".post-title",
        ".post-tag",
        ".liquid-tag",
        ".kiji-blocked-image",
        ".kiji-error",
        ".footnotes",
        ".task-list-item-checkbox",
        ".kiji-toc",
        ".math.block",
        ".highlight .lineno",
    ):
        assert selector in CSS


def test_braces_are_balanced() -> None:
    assert CSS.count("{") - CSS.count('"{') == CSS.count("}") - CSS.count('}"')
