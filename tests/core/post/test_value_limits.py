"""Tests for editor.core.post.value_limits and every YAML reader that applies it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from editor.core.post.front_matter_split import split_front_matter
from editor.core.post.post import Post
from editor.core.post.value_limits import (
    CONFIG_TOO_LARGE,
    FRONT_MATTER_TOO_LARGE,
    MAX_CHARACTERS,
    MAX_DEPTH,
    MAX_VALUES,
    ValueTooLargeError,
    check_value_size,
)
from editor.core.post.yaml_load import YamlEditError, load
from editor.core.site.post_entries import parse_front_matter
from editor.core.site.site_checks import check_config
from editor.core.site.site_layout import detect_layout
from editor.core.site.site_taxonomy import data_authors
from editor.core.site.siteconfig import load_site_config, parse_config_text
from tests.security.alias_bombs import alias_bomb


class _Counting(list):
    """A list that counts how often its items are walked."""

    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


def test_a_billion_laughs_is_refused_without_expanding_it() -> None:
    text = alias_bomb("title")
    assert len(text.encode()) < 1024
    data = yaml.load(text, Loader=yaml.CSafeLoader)
    with pytest.raises(ValueTooLargeError):
        check_value_size(data)


def test_each_shared_part_is_walked_once() -> None:
    # The work is bounded by the distinct parts, not by the expanded size.
    _Counting.walks = 0
    part = _Counting(["x"] * 3)
    level = part
    for _ in range(5):
        level = _Counting([level] * 3)  # 3**6 = 729 strings when expanded
    check_value_size(level)
    assert _Counting.walks == 6


def test_real_settings_pass() -> None:
    config = {
        "title": "紅葉の記録",
        "baseurl": "/blog",
        "defaults": [{"scope": {"path": ""}, "values": {"layout": "post"}}] * 20,
        "tags": [f"tag{n}" for n in range(5_000)],
        "excerpt": "あ" * 100_000,
    }
    check_value_size(config)


@pytest.mark.parametrize(
    "value",
    [
        ["x"] * (MAX_VALUES + 1),
        ["x" * (MAX_CHARACTERS // 2 + 1)] * 2,
    ],
    ids=["too many values", "too many characters"],
)
def test_limits(value: object) -> None:
    with pytest.raises(ValueTooLargeError):
        check_value_size(value)


def test_depth_and_self_reference_are_refused() -> None:
    deep: list = []
    inner = deep
    for _ in range(MAX_DEPTH + 1):
        inner.append([])
        inner = inner[0]
    with pytest.raises(ValueTooLargeError):
        check_value_size(deep)
    looped = yaml.load("a: &a [1, *a]\n", Loader=yaml.CSafeLoader)
    with pytest.raises(ValueTooLargeError):
        check_value_size(looped)


VALUES = st.recursive(
    st.text() | st.integers(), lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)
)


@given(VALUES)
def test_small_values_always_pass(value: object) -> None:
    check_value_size(value)


# -- where the site's files are read ------------------------------------------------------
def test_config_with_a_bomb_is_reported_and_not_used(tmp_path: Path) -> None:
    for key in ("title", "baseurl"):
        (tmp_path / "_config.yml").write_text(alias_bomb(key), encoding="utf-8")
        with pytest.raises(ValueTooLargeError, match="aliases"):
            parse_config_text((tmp_path / "_config.yml").read_text(), ".yml")
        assert load_site_config(tmp_path) == {}
        problems = check_config(detect_layout(tmp_path))
        assert [problem.message for problem in problems] == [CONFIG_TOO_LARGE]


def test_front_matter_with_a_bomb_is_an_error_with_a_line() -> None:
    text = "---\n" + alias_bomb("title") + "---\nBody stays.\n"
    with pytest.raises(ValueError) as raised:
        parse_front_matter(split_front_matter(text))
    assert raised.value.args == (FRONT_MATTER_TOO_LARGE, 2)
    with pytest.raises(YamlEditError) as editing:
        load(alias_bomb("tags"))
    assert editing.value.message == FRONT_MATTER_TOO_LARGE
    post = Post.parse(text)
    assert post.error is not None and post.error.message == FRONT_MATTER_TOO_LARGE
    assert post.body == "Body stays.\n"
    assert post.text() == text


def test_authors_data_file_with_a_bomb_gives_no_suggestions(tmp_path: Path) -> None:
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "authors.yml").write_text(alias_bomb("alice"), encoding="utf-8")
    assert data_authors(tmp_path) == []
