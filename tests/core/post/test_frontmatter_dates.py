"""Date spellings: read with their offsets, write new dates the way the old ones were written."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.post.dates import format_like, parse_date, spelling_of

JST = dt.timezone(dt.timedelta(hours=9))
NEW = dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=JST)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("2025-12-28", dt.date(2025, 12, 28)),
        ("2025-12-28 08:41:08 +0000", dt.datetime(2025, 12, 28, 8, 41, 8, tzinfo=dt.UTC)),
        ("2025-12-28T08:41:08Z", dt.datetime(2025, 12, 28, 8, 41, 8, tzinfo=dt.UTC)),
        ("2025-12-28T08:41:08+09:00", dt.datetime(2025, 12, 28, 8, 41, 8, tzinfo=JST)),
        ("2025-12-28 08:41 +09", dt.datetime(2025, 12, 28, 8, 41, tzinfo=JST)),
        ("2025-12-28 08:41", dt.datetime(2025, 12, 28, 8, 41)),
        ("2025-12-28 08:41:08.5", dt.datetime(2025, 12, 28, 8, 41, 8, 500000)),
        ("2025-1-2", dt.date(2025, 1, 2)),
    ],
)
def test_parse_date(raw: str, value: dt.date) -> None:
    parsed = parse_date(raw)
    assert parsed == value
    assert type(parsed) is type(value)
    if isinstance(value, dt.datetime):
        assert parsed.utcoffset() == value.utcoffset()  # type: ignore[union-attr]


@pytest.mark.parametrize("raw", ["2025-13-01", "2025-12-28x", "12:30", "tomorrow", "2025-02-30"])
def test_parse_date_refuses_non_dates(raw: str) -> None:
    assert parse_date(raw) is None


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("2025-12-28 08:41:08 +0000", "2026-03-04 05:06:07 +0900"),
        ("2025-12-28T08:41:08Z", "2026-03-04T05:06:07+09:00"),
        ("2025-12-28T08:41:08+00:00", "2026-03-04T05:06:07+09:00"),
        ("2025-12-28T08:41Z", "2026-03-04T05:06:07+09:00"),  # seconds are never dropped
        ("2025-12-28 08:41:08", "2026-03-04 05:06:07 +0900"),  # nor the offset
        ("2025-12-28 08:41:08 +09", "2026-03-04 05:06:07 +09"),
        ("2025-12-28", "2026-03-04 05:06:07 +0900"),
        (None, "2026-03-04 05:06:07 +0900"),
        ("not a date", "2026-03-04 05:06:07 +0900"),
    ],
)
def test_format_like_keeps_the_old_spelling(old: str | None, new: str) -> None:
    assert format_like(old, NEW) == new


def test_format_like_keeps_shorter_forms_when_nothing_is_lost() -> None:
    assert format_like("2025-12-28T08:41Z", dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)) == (
        "2026-01-02T03:04Z"
    )
    assert format_like("2025-12-28", dt.date(2026, 1, 2)) == "2026-01-02"
    assert format_like("2025-12-28", dt.datetime(2026, 1, 2)) == "2026-01-02"
    assert format_like("2025-12-28 08:41:08 +0000", dt.date(2026, 1, 2)) == "2026-01-02"
    assert format_like("2025-12-28 08:41:08.120", dt.datetime(2026, 1, 2, 3, 4, 5, 500000)) == (
        "2026-01-02 03:04:05.500"
    )


def test_spelling_of() -> None:
    spelling = spelling_of("2025-12-28T08:41:08Z")
    assert spelling is not None
    assert (spelling.sep, spelling.seconds, spelling.tz_style) == ("T", True, "Z")
    assert spelling_of("x") is None


SPELLINGS = st.sampled_from(
    [
        "2025-12-28",
        "2025-12-28 08:41:08 +0000",
        "2025-12-28T08:41:08Z",
        "2025-12-28T08:41:08+09:00",
        "2025-12-28 08:41",
        "2025-12-28 08:41:08.123 -05:30",
    ]
)
OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda m: dt.timezone(dt.timedelta(minutes=m))
)
DATETIMES = st.one_of(
    st.dates(),
    st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30)),
    st.builds(
        lambda d, tz: d.replace(tzinfo=tz),
        st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30)),
        OFFSETS,
    ),
)


@settings(deadline=None)  # no wall-clock limits in tests
@given(SPELLINGS, DATETIMES)
def test_format_like_reads_back_as_the_same_value(old: str, value: dt.date) -> None:
    parsed = parse_date(format_like(old, value))
    if isinstance(value, dt.datetime) and not isinstance(parsed, dt.datetime):
        # A midnight without offset may be written as a day.
        assert value.time() == dt.time(0) and value.tzinfo is None
        assert parsed == value.date()
        return
    assert parsed == value
    assert type(parsed) is type(value)
    if isinstance(value, dt.datetime):
        assert parsed.utcoffset() == value.utcoffset()  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # Seen on a real Japanese Jekyll site: unpadded months, days and hours stay so.
        ("2024-4-22T09:47:00", "2024-4-23T09:47:00"),
        ("2024-03-6T14:31:00", "2024-03-7T14:31:00"),
        ("2024-02-27T6:23:00", "2024-02-28T6:23:00"),
        ("2024-4-9", "2024-4-10"),
        # RFC 3339's "offset unknown" is not rewritten as +00:00.
        ("2015-12-27T00:00:00-00:00", "2015-12-28T00:00:00-00:00"),
        ("2015-12-27T00:00:00+00:00", "2015-12-28T00:00:00+00:00"),
    ],
)
def test_a_changed_day_keeps_the_written_padding_and_offset_sign(old: str, new: str) -> None:
    value = parse_date(old)
    assert value is not None
    assert format_like(old, value) == old
    assert format_like(old, value + dt.timedelta(days=1)) == new
