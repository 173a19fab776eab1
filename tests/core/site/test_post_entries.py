"""Tests for editor.core.site.post_entries: front-matter splitting, dates, entries."""

from __future__ import annotations

import os
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core.post.front_matter_split import split_front_matter
from editor.core.site.post_entries import (
    BODY_FACTS,
    as_names,
    parse_front_matter,
    read_entry,
    to_datetime,
)
from editor.core.site.site_layout import detect_layout
from tests.core.site_fixtures import SEED, make_jekyll_site, write

TOKYO = ZoneInfo("Asia/Tokyo")


def test_split_yaml_toml_json_and_none() -> None:
    fm = split_front_matter("---\na: 1\n---\nbody\n")
    assert (fm.format, fm.block, fm.body, fm.body_line) == ("yaml", "a: 1\n", "body\n", 4)
    fm = split_front_matter("+++\na = 1\n+++\nbody")
    assert (fm.format, fm.block, fm.body) == ("toml", "a = 1\n", "body")
    fm = split_front_matter('{"a": 1}\nbody')
    assert (fm.format, fm.block, fm.body, fm.body_line) == ("json", '{"a": 1}', "body", 2)
    assert fm.block_line == 1
    assert split_front_matter("# Title\n").format is None


def test_parse_rejects_unclosed_front_matter() -> None:
    fm = split_front_matter("---\na: 1\n")
    assert (fm.format, fm.unclosed, fm.body) == (None, "---", "---\na: 1\n")
    with pytest.raises(ValueError, match="never closed"):
        parse_front_matter(fm)


@given(
    st.dictionaries(
        # YAML 1.1 reads yes/no/on/off/y/n/null as booleans or null, not as text keys.
        st.from_regex(r"[a-z]{1,8}", fullmatch=True).filter(
            lambda k: k not in {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}
        ),
        st.integers(),
        max_size=5,
    ),
    st.text(max_size=200),
)
def test_split_then_parse_round_trips(data: dict[str, int], body: str) -> None:
    text = "---\n" + "".join(f"{k}: {v}\n" for k, v in data.items()) + "---\n" + body
    fm = split_front_matter(text)
    assert fm.body == body
    assert parse_front_matter(fm) == data


@given(st.text(max_size=300))
def test_split_and_parse_never_crash(text: str) -> None:
    try:
        fm = split_front_matter(text)
        parse_front_matter(fm)
    except ValueError as error:
        assert isinstance(error.args[0], str) and error.args[0]


def test_parse_error_has_file_line() -> None:
    with pytest.raises(ValueError) as caught:
        parse_front_matter(split_front_matter("---\na: 1\nb: [\n---\n"))
    assert caught.value.args[1] == 4
    with pytest.raises(ValueError, match="list of 'key: value'"):
        parse_front_matter(split_front_matter("---\n- a\n---\n"))


def test_to_datetime_variants() -> None:
    aware = datetime(2025, 12, 28, 8, 41, 8, tzinfo=UTC)
    assert to_datetime(aware, TOKYO) == aware
    assert to_datetime(datetime(2025, 1, 1, 10), TOKYO) == datetime(2025, 1, 1, 10, tzinfo=TOKYO)
    assert to_datetime(date(2025, 1, 1), TOKYO) == datetime(2025, 1, 1, tzinfo=TOKYO)
    assert to_datetime("2025-12-28 08:41:08 +0000", TOKYO) == aware
    assert to_datetime("2025-12-28T17:41:08+09:00", TOKYO) == aware
    assert to_datetime("tomorrow", TOKYO) is None
    assert to_datetime(12, TOKYO) is None


def test_as_names() -> None:
    assert as_names("a b", split_spaces=True) == ("a", "b")
    assert as_names("a b", split_spaces=False) == ("a b",)
    assert as_names(["x", None, 3], split_spaces=True) == ("x", "3")
    assert as_names(None, split_spaces=True) == ()


def test_read_entry_of_the_seed(tmp_path: Path) -> None:
    root = make_jekyll_site(tmp_path / "blog")
    layout = detect_layout(root)
    now = datetime(2026, 1, 1, tzinfo=TOKYO)
    entry = read_entry(root / "_posts" / SEED.name, layout, now)
    assert entry.slug == "llama4"
    assert entry.authors == ("ALLFORCES編集部",)
    assert entry.layout == "post"
    assert entry.key_line("date") == 4
    assert entry.key_line("missing", 0) == 0
    assert entry.keys[:3] == ("layout", "title", "date")
    assert entry.references == ()
    assert entry.size == SEED.stat().st_size


def test_read_entry_status_rules(tmp_path: Path) -> None:
    root = make_jekyll_site(tmp_path / "blog")
    layout = detect_layout(root)
    now = datetime(2026, 1, 1, tzinfo=TOKYO)
    later = (now + timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S %z")
    unpublished = write(root / "_posts" / "2025-01-01-a.md", "---\npublished: false\n---\n")
    future = write(root / "_posts" / "2026-01-02-b.md", f"---\ndate: {later}\n---\n")
    undated = write(root / "_posts" / "2025-05-06-c.md", "---\ntitle: c\n---\n")
    assert read_entry(unpublished, layout, now).status == "draft"
    assert read_entry(future, layout, now).status == "scheduled"
    entry = read_entry(undated, layout, now)
    assert (entry.status, entry.date) == ("published", datetime(2025, 5, 6, tzinfo=TOKYO))


def test_references_have_file_lines(tmp_path: Path) -> None:
    root = make_jekyll_site(tmp_path / "blog")
    path = write(
        root / "_posts" / "2025-01-01-r.md",
        "---\ntitle: r\n---\n\n[a](/a/)\n\n![b](</b c.png>)\n<img src='/c.png'>\n",
    )
    entry = read_entry(path, detect_layout(root), datetime(2026, 1, 1, tzinfo=TOKYO))
    assert [(r.target, r.line, r.image) for r in entry.references] == [
        ("/a/", 5, False),
        ("/b c.png", 7, True),
        ("/c.png", 8, True),
    ]


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(lambda t: ("---\n" + t).encode("utf-8", "surrogatepass")),
        st.text(alphabet="-+{}:[]\"'\t\n abc#!&*|>", max_size=120).map(str.encode),
    )
)
def test_read_entry_never_crashes_on_any_bytes(tmp_path: Path, data: bytes) -> None:
    root = tmp_path / "site"
    layout = detect_layout(make_jekyll_site(root) if not root.exists() else root)
    path = root / "_posts" / "2025-01-01-fuzz.md"
    path.write_bytes(data)
    entry = read_entry(path, layout, datetime(2026, 1, 1, tzinfo=TOKYO))
    assert entry.path == path
    assert entry.error == "" or entry.error_line >= 0
    assert entry.size == len(data)


def _old(path: Path, stamp_ns: int) -> None:
    os.utime(path, ns=(stamp_ns, stamp_ns))


def test_body_facts_are_read_on_demand_and_kept_per_time_and_size(tmp_path: Path) -> None:
    root = make_jekyll_site(tmp_path / "blog")
    post = root / "_posts" / "2024-01-01-facts.md"
    hour_ago = time.time_ns() - 3600 * 10**9
    write(post, "---\ntitle: Facts\n---\nSee ![a](/a.png) and more words here.\n")
    _old(post, hour_ago)
    entry = read_entry(post, detect_layout(root), datetime.now(UTC))
    assert BODY_FACTS.known(entry) is None  # indexing alone does not scan the body
    assert [ref.target for ref in entry.references] == ["/a.png"]
    assert entry.words > 0 and entry.reading_minutes == 1
    assert BODY_FACTS.known(entry) == entry.body_facts()
    # Same time and size: the kept facts stand (this is what makes them cheap).
    write(post, "---\ntitle: Facts\n---\nSee ![b](/b.png) and more words here.\n")
    _old(post, hour_ago)
    assert [ref.target for ref in entry.references] == ["/a.png"]
    # A new stamp means a new entry, whose facts are read from the file again.
    write(post, "---\ntitle: Facts\n---\nNow ![c](/c.png).\n")
    _old(post, hour_ago + 10**9)
    fresh = read_entry(post, detect_layout(root), datetime.now(UTC))
    assert [ref.target for ref in fresh.references] == ["/c.png"]


def test_facts_of_a_file_changed_just_now_are_not_kept(tmp_path: Path) -> None:
    root = make_jekyll_site(tmp_path / "blog")
    post = root / "_posts" / "2024-01-02-racy.md"
    write(post, "---\ntitle: Racy\n---\n[x](/x/)\n")
    entry = read_entry(post, detect_layout(root), datetime.now(UTC))
    assert [ref.target for ref in entry.references] == ["/x/"]
    assert BODY_FACTS.known(entry) is None


def test_an_unreadable_entry_has_no_facts(tmp_path: Path) -> None:
    root = make_jekyll_site(tmp_path / "blog")
    link = root / "_posts" / "2024-01-03-gone.md"
    link.symlink_to(root / "nowhere.md")
    entry = read_entry(link, detect_layout(root), datetime.now(UTC))
    assert entry.unreadable and entry.references == () and entry.words == 0


@pytest.mark.parametrize(
    "block",
    [
        "a: " + "[" * 60 + "]" * 60 + "\n",  # flow nesting
        "a:\n" + "".join("  " * level + "- \n" for level in range(1, 60)),  # block nesting
        "a: &x [1, 2]\nb: [*x, *x, *x]\n" + "c: [" + ", ".join(["*x"] * 30000) + "]\n",
    ],
)
def test_front_matter_too_deep_or_too_big_is_still_refused(block: str) -> None:
    with pytest.raises(ValueError, match="far beyond any real field"):
        parse_front_matter(split_front_matter(f"---\n{block}---\nbody\n"))
