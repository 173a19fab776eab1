"""Tests for editor.core.site_files: one-line front-matter edits and safe file writes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.core.site_errors import NameCollisionError
from editor.core.site_files import (
    format_date,
    format_value,
    move_file,
    replace_atomically,
    set_field,
    write_new_file,
)
from tests.core.site_fixtures import SEED

WHEN = datetime(2026, 1, 15, 9, 30, 5, 123, tzinfo=ZoneInfo("Asia/Tokyo"))


def test_set_field_changes_only_that_line_of_the_seed() -> None:
    text = SEED.read_text(encoding="utf-8")
    edited = set_field(text, "date", "2026-01-15 09:30:05 +0900")
    old_lines, new_lines = text.split("\n"), edited.split("\n")
    assert len(old_lines) == len(new_lines)
    changed = [i for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=True)) if a != b]
    assert changed == [3]
    assert new_lines[3] == "date: 2026-01-15 09:30:05 +0900"


def test_set_field_keeps_crlf_bom_and_comment() -> None:
    text = "\ufeff---\r\ntitle: x\r\ndate: 2020-01-01 # first draft\r\n---\r\nbody\r\n"
    edited = set_field(text, "date", "2021-02-02")
    assert edited == "\ufeff---\r\ntitle: x\r\ndate: 2021-02-02 # first draft\r\n---\r\nbody\r\n"
    added = set_field(text, "draft", "true")
    assert added == (
        "\ufeff---\r\ntitle: x\r\ndate: 2020-01-01 # first draft\r\ndraft: true\r\n---\r\nbody\r\n"
    )


def test_set_field_replaces_a_block_value_whole() -> None:
    text = "---\ndate: >\n  2020-01-01\ntitle: x\n---\n"
    assert set_field(text, "date", "2021-01-01") == "---\ndate: 2021-01-01\ntitle: x\n---\n"


def test_set_field_toml_puts_new_keys_before_tables() -> None:
    text = '+++\ntitle = "x"\n[params]\na = 1\n+++\nbody'
    assert set_field(text, "draft", "true") == (
        '+++\ntitle = "x"\ndraft = true\n[params]\na = 1\n+++\nbody'
    )
    assert set_field(text, "title", '"y"') == '+++\ntitle = "y"\n[params]\na = 1\n+++\nbody'


def test_set_field_json_and_no_front_matter() -> None:
    text = '{\n  "title": "x",\n  "draft": true\n}\nbody'
    assert set_field(text, "draft", "false") == '{\n  "title": "x",\n  "draft": false\n}\nbody'
    assert set_field("body\n", "title", '"t"') == '---\ntitle: "t"\n---\nbody\n'


yaml_values = st.text(alphabet="abcxyz019 -:", min_size=1, max_size=12).map(str.strip).filter(bool)


@given(
    st.lists(st.sampled_from(["title", "tags", "layout", "author", "x"]), unique=True),
    yaml_values,
    st.text(alphabet="abc\n#- ", max_size=40),
    st.sampled_from(["\n", "\r\n"]),
)
def test_set_field_never_touches_other_lines(
    keys: list[str], value: str, body: str, newline: str
) -> None:
    lines = ["---", *(f"{key}: v{i}" for i, key in enumerate(keys)), "---"]
    text = newline.join(lines) + newline + body
    edited = set_field(text, "date", value)
    assert edited.endswith(newline + body) or edited.endswith(body)
    before = [line for line in text.split(newline)]
    after = [line for line in edited.split(newline) if not line.startswith("date:")]
    assert after == before
    assert f"date: {value}" in edited.split(newline)


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


def test_replace_atomically_keeps_mode_and_leaves_no_temp(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"old")
    path.chmod(0o640)
    replace_atomically(path, b"new")
    assert path.read_bytes() == b"new"
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]
