"""TOML (Hugo ``+++``) front matter: values, errors and minimal edits."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path
from typing import Any

import pytest

from editor.core.post.post import Post, PostError, read_post

CORPUS = Path(__file__).parents[2] / "data" / "posts"
HUGO = (CORPUS / "hugo-toml.md").read_text()
JST = dt.timezone(dt.timedelta(hours=9))


def edit(key: str, value: Any) -> tuple[list[str], Post]:
    post = Post.parse(HUGO)
    post.front_matter[key] = value
    diff = difflib.unified_diff(HUGO.splitlines(), post.text().splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")], post


def test_toml_values() -> None:
    post = Post.parse(HUGO)
    assert post.format == "toml"
    assert dict(post.front_matter) == {
        "title": "Hugo の記事",
        "date": dt.datetime(2025, 12, 28, 8, 41, 8, tzinfo=JST),
        "draft": False,
        "tags": ["hugo", "toml"],
        "params": {"series": "入門"},
    }


@pytest.mark.parametrize(
    ("key", "value", "diff"),
    [
        ("title", "新しい", ['-title = "Hugo の記事"', '+title = "新しい"']),
        ("draft", True, ["-draft = false  # not yet", "+draft = true  # not yet"]),
        (
            "date",
            dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=JST),
            ["-date = 2025-12-28T08:41:08+09:00", "+date = 2026-01-02T03:04:05+09:00"],
        ),
        (
            "tags",
            ["hugo", "toml", "新"],
            ["-tags = [\"hugo\", 'toml']", '+tags = ["hugo", \'toml\', "新"]'],
        ),
        ("params", {"series": "入門", "part": 2}, ["+  part = 2"]),
        ("params", {"series": "上級"}, ['-  series = "入門"', '+  series = "上級"']),
    ],
)
def test_toml_single_edits(key: str, value: Any, diff: list[str]) -> None:
    changed, post = edit(key, value)
    assert changed == diff
    assert post.front_matter[key] == value
    assert post.body == "\n本文\n"


def test_toml_new_top_level_key_stays_above_tables() -> None:
    _, post = edit("slug", "hajimete")
    assert post.front_matter["slug"] == "hajimete"
    assert post.front_matter["params"] == {"series": "入門"}
    assert post.text().index("slug") < post.text().index("[params]")


def test_toml_delete() -> None:
    post = Post.parse(HUGO)
    del post.front_matter["draft"]
    assert "draft" not in post.text()
    assert list(post.front_matter) == ["title", "date", "tags", "params"]


def test_toml_literal_strings_stay_literal() -> None:
    post = Post.parse("+++\ntitle = 'single'\n+++\n")
    post.front_matter["title"] = "still single"
    assert post.text() == "+++\ntitle = 'still single'\n+++\n"


def test_toml_errors_have_file_lines_and_block_edits() -> None:
    post = read_post(CORPUS / "broken-toml.md")
    assert post.error is not None and post.error.line == 3
    with pytest.raises(PostError):
        post.front_matter["title"] = "x"
    dup = read_post(CORPUS / "duplicate-toml.md")
    assert dup.error is not None and dup.error.line == 3


def test_toml_none_is_refused_with_a_message() -> None:
    post = Post.parse(HUGO)
    with pytest.raises(PostError, match="TOML has no empty"):
        post.front_matter["title"] = None
    assert post.text() == HUGO
