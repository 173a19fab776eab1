"""JSON front matter (Hugo's ``{ … }``): read, and edited member by member."""

from __future__ import annotations

import datetime as dt

import pytest

from editor.core.post.post import Post, PostError

TEXT = '{\n  "title": "Hello",\n  "tags": ["a"],\n  "date": "2025-01-02T10:00:00+09:00"\n}\nBody\n'
JST = dt.timezone(dt.timedelta(hours=9))


def test_json_post_reads_its_fields_and_body() -> None:
    post = Post.parse(TEXT)
    assert post.format == "json"
    assert dict(post.front_matter) == {
        "title": "Hello",
        "tags": ["a"],
        "date": "2025-01-02T10:00:00+09:00",
    }
    assert post.body == "Body\n" and post.body_start_line == 5
    assert post.text() == TEXT
    assert post.raw_field("date") == '"2025-01-02T10:00:00+09:00"'


def test_setting_a_field_replaces_only_its_value() -> None:
    post = Post.parse(TEXT)
    post.front_matter["title"] = "記事"
    assert post.text() == TEXT.replace('"Hello"', '"記事"')
    post.front_matter["date"] = dt.datetime(2025, 3, 4, 5, 6, 7, tzinfo=JST)
    assert '"date": "2025-03-04T05:06:07+09:00"' in post.text()


def test_new_fields_follow_the_object_style() -> None:
    post = Post.parse(TEXT)
    post.front_matter["draft"] = True
    post.front_matter["lastmod"] = dt.date(2025, 5, 6)
    assert post.front_matter_text.endswith('"draft": true,\n  "lastmod": "2025-05-06"\n}')
    inline = Post.parse('{"a": 1}\nx')
    inline.front_matter["b"] = ["x", "y"]
    assert inline.text() == '{"a": 1, "b": ["x", "y"]}\nx'
    empty = Post.parse("{}\n")
    empty.front_matter["title"] = "t"
    assert empty.text() == '{"title": "t"}\n'


def test_removing_fields() -> None:
    post = Post.parse(TEXT)
    del post.front_matter["tags"]
    assert post.text() == TEXT.replace('  "tags": ["a"],\n', "")
    del post.front_matter["date"]
    assert post.front_matter_text == '{\n  "title": "Hello"\n}'
    del post.front_matter["title"]
    assert post.text() == "{}\nBody\n"


def test_broken_or_repeated_json_is_an_error_with_a_line() -> None:
    post = Post.parse('{"a": 1, "a": 2}\nx')
    assert post.error is not None and "twice" in post.error.message
    with pytest.raises(PostError):
        post.front_matter["b"] = 1


def test_source_edits_keep_the_line_after_the_object() -> None:
    post = Post.parse('{"a": 1}\nBody\n')
    post.set_front_matter_text('{"a": 2}\n')
    assert post.text() == '{"a": 2}\nBody\n'
    assert post.front_matter["a"] == 2
