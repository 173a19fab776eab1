"""Single-edit diff tests for YAML front matter: only the edited field's lines change."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path
from typing import Any

import pytest

from editor.core.post.frontmatter import FrontMatterError, engine_for
from editor.core.post.post import Post, PostError, read_post

CORPUS = Path(__file__).parents[2] / "data" / "posts"
JST = dt.timezone(dt.timedelta(hours=9))


def edit(text: str, key: str, value: Any) -> list[str]:
    """Set one field of a post and return the changed lines of the diff."""
    post = Post.parse(text)
    post.front_matter[key] = value
    after = post.text()
    assert Post.parse(after).front_matter[key] == value or isinstance(value, float)
    diff = difflib.unified_diff(text.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


STYLES = (CORPUS / "comments-and-styles.md").read_text()
TRICKY = (CORPUS / "tricky-scalars.md").read_text()


@pytest.mark.parametrize(
    ("key", "value", "diff"),
    [
        (
            "layout",
            "page",
            ["-layout:   post    # extra spaces kept", "+layout:   page    # extra spaces kept"],
        ),
        ("title", "Don't", ["-title: 'It''s single-quoted'", "+title: 'Don''t'"]),
        ("subtitle", "yes", ["-subtitle: plain text, no quotes", '+subtitle: "yes"']),
        ("subtitle", "a #b", ["-subtitle: plain text, no quotes", '+subtitle: "a #b"']),
        ("subtitle", "新しい", ["-subtitle: plain text, no quotes", "+subtitle: 新しい"]),
        ("tags", ["jekyll", "hugo", "new"], ['+  - "new"']),
        ("tags", ["jekyll", "HUGO"], ['-  - "hugo"', '+  - "HUGO"']),
        ("tags", ["jekyll"], ['-  - "hugo"']),
        ("categories", ["a", "b", "c"], ["-categories: [ a,b ]", "+categories: [ a,b,c ]"]),
        ("categories", ["z"], ["-categories: [ a,b ]", "+categories: [ z ]"]),
        (
            "author",
            {"name": "山田 花子", "twitter": "@yamada"},
            ["-    name: 山田 太郎", "+    name: 山田 花子"],
        ),
        (
            "author",
            {"name": "山田 太郎", "twitter": "@yamada", "url": "https://example.com"},
            ["+    url: https://example.com"],
        ),
        ("author", {"name": "山田 太郎"}, ['-    twitter: "@yamada"']),
        ("excerpt", "三行目\n四行目\n", ["-  一行目", "-  二行目", "+  三行目", "+  四行目"]),
        ("og_image", "/other.png", ["-og_image: *img", "+og_image: /other.png"]),
        ("new_key", "値", ["+new_key: 値"]),
        ("new_list", ["x", "y"], ["+new_list: [x, y]"]),
        ("new_date", dt.date(2026, 1, 2), ["+new_date: 2026-01-02"]),
    ],
)
def test_single_edit_changes_only_its_lines(key: str, value: Any, diff: list[str]) -> None:
    assert edit(STYLES, key, value) == diff


def test_block_list_keeps_the_comment_between_items() -> None:
    changed = edit(STYLES, "tags", ["hexo", "hugo"])
    assert changed == ["-  - jekyll", "+  - hexo"]


def test_new_key_goes_after_the_last_key_before_trailing_comment() -> None:
    post = Post.parse(STYLES)
    post.front_matter["draft"] = True
    lines = post.front_matter_text.splitlines()
    assert lines[-2:] == ["draft: true", "# trailing comment"]
    assert lines[-3] == "og_image: *img"


def test_delete_removes_only_the_key_lines() -> None:
    post = Post.parse(STYLES)
    before = post.text()
    del post.front_matter["excerpt"]
    del post.front_matter["tags"]
    ndiff = difflib.ndiff(before.splitlines(), post.text().splitlines())
    removed = [line for line in ndiff if line[0] != " "]
    assert removed == [
        "- tags:",
        "-   - jekyll",
        "-   # a comment inside a list",  # it sat inside the list, so it goes with it
        '-   - "hugo"',
        "- excerpt: |",
        "-   一行目",
        "-   二行目",
    ]
    assert "# The layout comes first" in post.text()
    assert list(post.front_matter)[:4] == ["layout", "title", "subtitle", "categories"]


@pytest.mark.parametrize(
    ("key", "value", "old", "new"),
    [
        ("version", 1.2, "version: 1.10", "version: 1.2"),
        ("zip", 84, "zip: 0123", "zip: 84"),
        ("comments", False, "comments: yes", "comments: no"),
        ("published", False, "published: On", "published: Off"),
        ("empty", "now set", "empty:", "empty: now set"),
        ("tilde", 3, "tilde: ~", "tilde: 3"),
        ("big", 2e20, "big: 1.0e+20", "big: 2.0e+20"),
        ("quoted_date", "2026-01-01", 'quoted_date: "2025-12-28"', 'quoted_date: "2026-01-01"'),
        (
            "date",
            dt.datetime(2026, 1, 5, 9, 30, tzinfo=JST),
            "date: 2025-12-28 08:41:08 +0000",
            "date: 2026-01-05 09:30:00 +0900",
        ),
        (
            "updated",
            dt.datetime(2026, 1, 1, 1, 2, 3, tzinfo=dt.UTC),
            "updated: 2025-12-29T01:02:03Z",
            "updated: 2026-01-01T01:02:03Z",
        ),
        ("day", dt.date(2026, 2, 3), "day: 2025-12-30", "day: 2026-02-03"),
        (
            "short",
            dt.datetime(2026, 2, 3, 4, 5),
            "short: 2025-12-31 23:59",
            "short: 2026-02-03 04:05",
        ),
        (
            "tokyo",
            dt.datetime(2026, 2, 3, 4, 5, tzinfo=JST),
            "tokyo: 2025-12-31T09:00:00+09:00",
            "tokyo: 2026-02-03T04:05:00+09:00",
        ),
    ],
)
def test_values_keep_their_written_form(key: str, value: Any, old: str, new: str) -> None:
    assert edit(TRICKY, key, value) == [f"-{old}", f"+{new}"]


def test_tricky_scalars_are_typed_like_jekyll_reads_them() -> None:
    fm = Post.parse(TRICKY).front_matter
    assert fm["version"] == 1.1 and isinstance(fm["version"], float)
    assert fm["zip"] == 0o123  # YAML 1.1 (Jekyll, PyYAML): a leading zero means octal
    assert fm["time"] == 750  # YAML 1.1 sexagesimal: 12:30 is 12 * 60 + 30
    assert fm["comments"] is True
    assert fm["empty"] is None
    assert fm["date"] == dt.datetime(2025, 12, 28, 8, 41, 8, tzinfo=dt.UTC)
    assert fm["date"].utcoffset() == dt.timedelta(0)
    assert fm["tokyo"].utcoffset() == dt.timedelta(hours=9)
    assert fm["day"] == dt.date(2025, 12, 30)
    assert fm["short"].tzinfo is None
    assert fm["quoted_date"] == "2025-12-28"


def test_strings_that_look_like_other_types_are_quoted() -> None:
    post = Post.parse("---\n---\n")
    samples = ["yes", "123", "1.10", "null", "2025-01-01", "", " lead", "a: b", "- x", "[x]", "@me"]
    for index, sample in enumerate(samples):
        post.front_matter[f"k{index}"] = sample
    assert [post.front_matter[f"k{i}"] for i in range(len(samples))] == samples
    assert 'k0: "yes"\n' in post.text()


def test_multiline_string_for_a_new_key_is_a_literal_block() -> None:
    post = Post.parse("---\ntitle: x\n---\n")
    post.front_matter["excerpt"] = "一行目\n二行目\n"
    assert post.front_matter_text == "title: x\nexcerpt: |\n  一行目\n  二行目\n"


def test_edits_into_empty_and_comment_only_blocks() -> None:
    post = Post.parse("---\n# only a comment\n---\nbody")
    post.front_matter["title"] = "x"
    assert post.text() == "---\n# only a comment\ntitle: x\n---\nbody"
    empty = Post.parse("---\n---\n")
    empty.front_matter["tags"] = ["a"]
    assert empty.text() == "---\ntags: [a]\n---\n"


def test_dots_closing_fence_is_kept_on_edit() -> None:
    post = read_post(CORPUS / "dots-close.md")
    post.front_matter["title"] = "New"
    assert post.text() == "---\ntitle: New\n...\nBody\n"


def test_flow_root_mapping_refuses_field_edits_with_a_message() -> None:
    post = read_post(CORPUS / "flow-root.md")
    assert post.front_matter["tags"] == ["a"]
    with pytest.raises(PostError, match="Source view"):
        post.front_matter["title"] = "x"
    assert post.text() == (CORPUS / "flow-root.md").read_text()


def test_changing_an_anchored_value_used_elsewhere_is_refused() -> None:
    post = Post.parse(STYLES)
    with pytest.raises(PostError):
        post.front_matter["image"] = "/b.png"
    assert post.text() == STYLES


def test_unsupported_value_type_is_a_post_error() -> None:
    post = Post.parse("---\na: 1\n---\n")
    with pytest.raises(PostError, match="cannot be stored"):
        post.front_matter["a"] = object()
    assert post.text() == "---\na: 1\n---\n"


def test_yaml_errors_carry_block_lines() -> None:
    engine = engine_for("yaml")
    with pytest.raises(FrontMatterError) as info:
        engine.load("a: 1\nb: 'open\n")
    assert info.value.line == 2
    with pytest.raises(FrontMatterError) as info:
        engine.load("a:\n  x: 1\n  x: 2\n")
    assert info.value.line == 3
    with pytest.raises(FrontMatterError, match="key: value"):
        engine.load("- just\n- a list\n")
    with pytest.raises(FrontMatterError) as info:
        engine.load("a: 2025-13-45\n")
    assert info.value.line == 1


def test_control_characters_and_emoji_round_trip() -> None:
    post = Post.parse("---\ntitle: x\n---\n")
    value = 'tab\there \x07 bell, 🎉, \u2028 sep, \ufeff bom, back\\slash "q"'
    post.front_matter["title"] = value
    assert post.front_matter["title"] == value
    assert "\x07" not in post.text()


def test_a_text_added_to_a_list_of_records_is_written_not_crashed_on() -> None:
    """Seen on a real theme: ``gallery`` holds records; adding a plain item must work."""
    text = "title: t\ngallery:\n  - url: a.png\n    alt: A\n  - url: b.png\n    alt: B\n"
    post = Post.parse(f"---\n{text}---\nbody\n")
    post.front_matter["gallery"] = [*post.front_matter["gallery"], "c.png"]
    assert post.front_matter["gallery"][-1] == "c.png"
    assert post.text().startswith("---\ntitle: t\ngallery:\n  - url: a.png\n    alt: A\n")
