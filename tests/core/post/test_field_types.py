"""Field kinds come from the value, the key and how the site uses the key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from editor.core.post.field_types import (
    FieldKind,
    check_fields,
    infer_kind,
    kind_of_value,
    list_items,
)
from editor.core.post.post import read_post

SEED = Path(__file__).resolve().parents[2] / "data" / "seed" / "2025-12-28-llama4.md"


def test_seed_post_fields() -> None:
    post = read_post(SEED)
    kinds = {key: infer_kind(key, value) for key, value in post.front_matter.items()}
    assert kinds == {
        "layout": FieldKind.LAYOUT,
        "title": FieldKind.TEXT,
        "date": FieldKind.DATE,
        "categories": FieldKind.LIST,
        "tags": FieldKind.LIST,
        "author": FieldKind.AUTHOR,
        "excerpt": FieldKind.LONG_TEXT,
        "reading_time": FieldKind.INTEGER,
    }


def test_value_shapes() -> None:
    assert kind_of_value(True) is FieldKind.BOOL
    assert kind_of_value(3) is FieldKind.INTEGER
    assert kind_of_value(2.5) is FieldKind.NUMBER
    assert kind_of_value(dt.date(2025, 1, 2)) is FieldKind.DATE
    assert kind_of_value({"a": 1}) is FieldKind.MAPPING
    assert kind_of_value([{"a": 1}]) is FieldKind.MAPPING
    assert kind_of_value(["a", 1]) is FieldKind.LIST
    assert kind_of_value("one\ntwo") is FieldKind.LONG_TEXT
    assert kind_of_value(None) is FieldKind.EMPTY


def test_site_usage_beats_the_value_when_it_fits() -> None:
    site = {"topics": FieldKind.LIST, "mood": FieldKind.TEXT}
    assert infer_kind("topics", "kyoto", site) is FieldKind.LIST
    assert infer_kind("topics", None, site) is FieldKind.LIST
    assert infer_kind("topics", 3, site) is FieldKind.INTEGER  # a number never becomes a list
    assert infer_kind("mood", None, site) is FieldKind.TEXT
    assert infer_kind("tags", {"a": 1}, site) is FieldKind.MAPPING
    # Site strings do not hide what a well-known key means.
    strings = {"excerpt": FieldKind.TEXT, "layout": FieldKind.TEXT, "author": FieldKind.TEXT}
    assert infer_kind("excerpt", "one line", strings) is FieldKind.LONG_TEXT
    assert infer_kind("layout", "post", strings) is FieldKind.LAYOUT
    assert infer_kind("author", "hana", strings) is FieldKind.AUTHOR


def test_known_keys_and_empty_values() -> None:
    assert infer_kind("published", None) is FieldKind.BOOL
    assert infer_kind("draft", False) is FieldKind.BOOL
    assert infer_kind("lastmod", "2025-01-02") is FieldKind.DATE
    assert infer_kind("date", "next tuesday") is FieldKind.TEXT  # unreadable: text, flagged
    assert infer_kind("description", "short") is FieldKind.LONG_TEXT
    assert infer_kind("weight", 2.5) is FieldKind.NUMBER
    assert infer_kind("whatever", None) is FieldKind.EMPTY


def test_list_items_splits_a_jekyll_string() -> None:
    assert list_items("kyoto autumn") == ["kyoto", "autumn"]
    assert list_items(["a b"]) == ["a b"]
    assert list_items(None) == []


scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
values = st.recursive(
    scalars | st.dates(), lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)
)


@given(st.text(), values, st.dictionaries(st.text(), st.sampled_from(list(FieldKind))))
def test_inference_is_total_and_respects_shape(key, value, site) -> None:
    kind = infer_kind(key, value, site)
    assert isinstance(kind, FieldKind)
    if isinstance(value, dict):
        assert kind is FieldKind.MAPPING
    if isinstance(value, bool):
        assert kind is FieldKind.BOOL


NOW = dt.datetime(2026, 1, 10, 12, 0, tzinfo=dt.UTC)


def test_checks_for_a_healthy_post() -> None:
    post = read_post(SEED)
    assert check_fields(dict(post.front_matter), Path("/site/_posts") / SEED.name, NOW) == {}


def test_checks_flag_title_dates_and_file_name() -> None:
    path = Path("/site/_posts/2026-01-20-later.md")
    values = {
        "title": "  ",
        "date": dt.datetime(2026, 1, 21, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9))),
        "lastmod": "next tuesday",
        "updated": None,
    }
    problems = check_fields(values, path, NOW)
    assert problems["title"] == ["The title is empty."]
    assert problems["date"] == [
        "This date is in the future: Jekyll will not publish the post until then.",
        "The file name says 2026-01-20 but the date is 2026-01-21.",
    ]
    assert problems["lastmod"][0].startswith("“next tuesday” is not a date")
    assert problems["updated"] == ["The date is empty."]


def test_future_dates_are_fine_in_drafts_and_quoted_dates_are_read() -> None:
    values = {"date": "2027-01-01"}
    assert check_fields(values, Path("/site/_drafts/x.md"), NOW) == {}
    assert "date" in check_fields(values, Path("/site/_posts/x.md"), NOW)
    naive = {"date": dt.datetime(2026, 1, 10, 11, 0)}
    assert check_fields(naive, Path("/site/_posts/2026-01-10-x.md"), NOW) == {}
