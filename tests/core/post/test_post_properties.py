"""Property tests: parsing never raises and never changes a character; edits read back."""

from __future__ import annotations

import datetime as dt
import difflib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core.post.post import Post, PostError
from editor.core.post.yaml_scalars import same_value

LINES = st.sampled_from(
    [
        "---",
        "--- ",
        "+++",
        "...",
        "title: x",
        "title: [x",
        'title: "日本語"',
        "tags: [a, b]",
        "- a",
        "  - b",
        "a = 1",
        "[params]",
        "# comment",
        "date: 2025-12-28 08:41:08 +0000",
        "key: |",
        "  literal",
        "",
        " ",
        "\t",
        "本文です。",
        "&a x",
        "*a",
        "x: *a",
        "\r",
    ]
)
DOCUMENTS = st.one_of(
    st.text(),
    st.lists(st.one_of(LINES, st.text(max_size=8)), max_size=12).map("\n".join),
)


@settings(deadline=None)  # no wall-clock limits in tests
@given(DOCUMENTS)
def test_parse_text_is_identity_and_never_raises(text: str) -> None:
    post = Post.parse(text)
    assert post.text() == text
    # Reading everything the UI reads must not raise either.
    error = post.error
    fields = dict(post.front_matter)
    assert error is None or (isinstance(error, PostError) and error.line >= 1)
    assert error is None or fields == {}
    assert 0 <= post.body_start_line <= text.count("\n")
    assert text.endswith(post.body)
    assert Post.parse(post.text()).front_matter_text == post.front_matter_text


@settings(deadline=None)  # no wall-clock limits in tests
@given(DOCUMENTS, st.text())
def test_body_edits_keep_everything_before_the_body(text: str, body: str) -> None:
    post = Post.parse(text)
    head = text[: len(text) - len(post.body)]
    post.body = body
    assert post.text().endswith(body)
    new_head = post.text()[: len(post.text()) - len(body)]
    assert new_head in (head, head + "\n")


BASE = (
    "# comment stays\n"
    "layout: post\n"
    'title: "Llama 4"\n'
    "date: 2025-12-28 08:41:08 +0000\n"
    "categories: ['AI']\n"
    "tags:\n"
    "  - a\n"
    "  - b\n"
    "author:\n"
    "  name: x\n"
    "reading_time: 16\n"
    "\n"
    "# tail comment\n"
)
KEYS = st.sampled_from(
    ["layout", "title", "date", "categories", "tags", "author", "reading_time", "new_key", "日本"]
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(),
    st.dates(),
    st.datetimes(timezones=st.one_of(st.none(), st.timezones())).map(
        lambda d: d.replace(tzinfo=dt.timezone(d.utcoffset())) if d.tzinfo else d
    ),
)
VALUES = st.one_of(
    SCALARS,
    st.lists(st.one_of(st.text(), st.integers()), max_size=4),
    st.dictionaries(st.text(min_size=1, max_size=5), SCALARS, max_size=3),
)


def _only_whole_seconds_offsets(value: object) -> bool:
    """YAML offsets are written in minutes; hypothesis offsets may carry seconds."""
    if isinstance(value, dt.datetime) and value.utcoffset() is not None:
        return value.utcoffset().total_seconds() % 60 == 0
    if isinstance(value, list):
        return all(_only_whole_seconds_offsets(v) for v in value)
    if isinstance(value, dict):
        return all(_only_whole_seconds_offsets(v) for v in value.values())
    return True


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(KEYS, VALUES)
def test_yaml_set_reads_back_and_touches_only_its_lines(key: str, value: object) -> None:
    if not _only_whole_seconds_offsets(value):
        return
    post = Post.parse("---\n" + BASE + "---\nbody\n")
    before = dict(post.front_matter)
    before_text = post.text()
    post.front_matter[key] = value
    after = dict(post.front_matter)
    assert same_value(after[key], value)
    assert {k: v for k, v in after.items() if k != key} == {
        k: v for k, v in before.items() if k != key
    }
    assert post.body == "body\n"
    # Only the key's own lines change: comments and other keys are untouched.
    removed = [
        line
        for line in difflib.ndiff(before_text.splitlines(), post.text().splitlines())
        if line.startswith("- ")
    ]
    assert not any("comment" in line for line in removed)
    other_keys = set(before) - {key}
    assert not any(line[2:].startswith(tuple(f"{k}:" for k in other_keys)) for line in removed)
    # Setting the old value back restores the original lines when the key existed.
    if key in before:
        post.front_matter[key] = before[key]
        assert same_value(dict(post.front_matter), before)


@settings(max_examples=60, deadline=None)
@given(st.text())
def test_any_string_round_trips_as_a_toml_value(value: str) -> None:
    post = Post.parse('+++\ntitle = "x"  # keep\ndraft = false\n+++\nbody')
    post.front_matter["title"] = value
    assert post.front_matter["title"] == value
    assert "draft = false" in post.text()
    assert post.body == "body"
