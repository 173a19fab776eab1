"""Tests for editor.core.site.site_files: new-post literals and file writes that never overwrite."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from editor.core.site.site_errors import NameCollisionError
from editor.core.site.site_files import (
    format_date,
    format_value,
    move_file,
    write_new_file,
)

WHEN = datetime(2026, 1, 15, 9, 30, 5, 123, tzinfo=ZoneInfo("Asia/Tokyo"))


def test_format_date_styles() -> None:
    assert format_date(WHEN, "yaml", jekyll_style=True) == "2026-01-15 09:30:05 +0900"
    assert format_date(WHEN, "yaml", jekyll_style=False) == "2026-01-15T09:30:05+09:00"
    assert format_date(WHEN, "toml", jekyll_style=False) == "2026-01-15T09:30:05+09:00"
    assert format_date(WHEN, "json", jekyll_style=False) == '"2026-01-15T09:30:05+09:00"'


def test_format_value() -> None:
    assert format_value("post", "yaml") == "post"
    assert format_value("yes", "yaml") == '"yes"'
    assert format_value("日本語", "yaml") == '"日本語"'
    assert format_value(["a", "b"], "yaml") == '["a", "b"]'
    assert format_value(True, "toml") == "true"
    assert format_value({"a": 1}, "yaml") == "{a: 1}"


def test_write_new_file_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "a.md"
    write_new_file(path, b"one")
    with pytest.raises(NameCollisionError, match="already exists"):
        write_new_file(path, b"two")
    assert path.read_bytes() == b"one"


def test_move_file_keeps_bytes_and_refuses_collisions(tmp_path: Path) -> None:
    source = tmp_path / "a.md"
    source.write_bytes(b"\xef\xbb\xbfx\r\n")
    target = move_file(source, tmp_path / "b.md")
    assert target.read_bytes() == b"\xef\xbb\xbfx\r\n" and not source.exists()
    other = tmp_path / "c.md"
    other.write_bytes(b"c")
    with pytest.raises(NameCollisionError):
        move_file(other, target)
    assert other.exists() and target.read_bytes() == b"\xef\xbb\xbfx\r\n"
