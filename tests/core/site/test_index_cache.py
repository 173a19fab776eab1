"""Tests for editor.core.site.index_cache: the site index kept between runs."""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from editor.core.site import index_cache
from editor.core.site.index_cache import (
    FORMAT,
    cache_file,
    current_status,
    load_index,
    save_index,
)
from editor.core.site.post_entries import BODY_FACTS, build_index
from editor.core.site.site_layout import detect_layout
from tests.core.site_fixtures import make_jekyll_site, write

HOUR_AGO_NS = time.time_ns() - 3600 * 10**9


def _site(root: Path, posts: int = 200) -> Path:
    """A Jekyll site with ``posts`` more posts (tags, links, Japanese), all an hour old."""
    make_jekyll_site(root)
    for number in range(posts):
        tags = ", ".join(["日本語", "AI", "Python"][: number % 4])
        write(
            root / "_posts" / f"2024-{number % 12 + 1:02d}-01-p{number}.md",
            f"---\ntitle: 記事 {number}\ntags: [{tags}]\ndraft: {number % 9 == 0}\n"
            f"date: 2024-{number % 12 + 1:02d}-01 10:00:00\n---\n"
            f"本文 [link](/p{number - 1}/) ![i](/img/{number}.png)\n",
        )
    for path in root.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(HOUR_AGO_NS, HOUR_AGO_NS))
    return root


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return _site(tmp_path / "blog")


def _entries(root: Path) -> dict:
    return build_index(detect_layout(root))


def test_round_trip_gives_the_same_entries(site: Path, tmp_path: Path) -> None:
    entries = _entries(site)
    assert len(entries) > 200
    save_index(tmp_path / "cache", site, entries.values())
    loaded = load_index(tmp_path / "cache", site)
    assert loaded == entries
    dated = next(e for e in loaded.values() if e.title == "記事 1")
    assert dated.date is not None and dated.date.tzinfo == ZoneInfo("Asia/Tokyo")
    assert any(e.references for e in loaded.values())


def test_the_cache_lives_in_the_cache_folder_never_in_the_site(site: Path, tmp_path: Path) -> None:
    written = save_index(tmp_path / "cache", site, _entries(site).values())
    assert written == cache_file(tmp_path / "cache", site)
    assert written.is_relative_to(tmp_path / "cache") and not written.is_relative_to(site)
    assert cache_file(tmp_path / "cache", site / "other") != written


def test_a_file_changed_just_before_saving_is_not_trusted(site: Path, tmp_path: Path) -> None:
    fresh = site / "_posts" / "2024-02-01-p1.md"
    fresh.write_text("---\ntitle: Just now\n---\n", encoding="utf-8")  # mtime: now
    save_index(tmp_path / "cache", site, _entries(site).values())
    loaded = load_index(tmp_path / "cache", site)
    assert fresh not in loaded and site / "_posts" / "2024-03-01-p2.md" in loaded


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-10],  # cut short
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),  # one bit flipped
        lambda data: b"",
        lambda data: b"KIJI-SITE-INDEX 0\n" + data[len(FORMAT) :],  # another format
        lambda data: os.urandom(len(data)),
    ],
    ids=["truncated", "bit-flip", "empty", "old-format", "noise"],
)
def test_a_damaged_cache_is_ignored(site: Path, tmp_path: Path, damage) -> None:
    path = save_index(tmp_path / "cache", site, _entries(site).values())
    path.write_bytes(damage(path.read_bytes()))
    assert load_index(tmp_path / "cache", site) == {}


def _forge(path: Path, content: object) -> None:
    """A cache file with a correct digest around ``content`` (as an attacker could write)."""
    if isinstance(content, tuple) and len(content) == 4:  # a header, then one chunk
        *header, records = content
        payload = pickle.dumps((*header, 1)) + pickle.dumps(records)
    else:
        payload = pickle.dumps(content)
    path.write_bytes(FORMAT + hashlib.sha256(payload).digest() + payload)


class _Boom:
    def __reduce__(self):
        return (os.system, ("touch boom",))


def test_a_foreign_file_with_a_valid_digest_runs_nothing(
    site: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = save_index(tmp_path / "cache", site, _entries(site).values())
    _forge(path, (index_cache._SCHEMA, str(site), 0, [_Boom()]))
    assert load_index(tmp_path / "cache", site) == {}
    assert not (tmp_path / "boom").exists()


@pytest.mark.parametrize(
    "content",
    [
        ("other schema", "ROOT", 0, []),
        (index_cache._SCHEMA, "/another/site", 0, []),
        (index_cache._SCHEMA, "ROOT", "not a time", []),
        (index_cache._SCHEMA, "ROOT", 0, [("too", "short")]),
        (index_cache._SCHEMA, "ROOT", 0, "not a list"),
        ["not", "a", "tuple"],
    ],
)
def test_a_cache_of_another_shape_or_site_is_ignored(site: Path, tmp_path: Path, content) -> None:
    path = save_index(tmp_path / "cache", site, _entries(site).values())
    if isinstance(content, tuple):
        content = tuple(str(site) if part == "ROOT" else part for part in content)
    _forge(path, content)
    assert load_index(tmp_path / "cache", site) == {}


def test_a_record_with_wrong_types_spoils_the_whole_cache(site: Path, tmp_path: Path) -> None:
    entries = list(_entries(site).values())
    path = save_index(tmp_path / "cache", site, entries)
    records = [index_cache._record(entry) for entry in entries]
    bad = list(records[0])
    bad[index_cache._FIELDS.index("mtime_ns")] = "yesterday"
    _forge(path, (index_cache._SCHEMA, str(site), time.time_ns(), [tuple(bad), *records[1:]]))
    assert load_index(tmp_path / "cache", site) == {}


def test_a_scheduled_post_is_published_once_its_time_has_come(site: Path) -> None:
    entry = next(e for e in _entries(site).values() if not e.draft and e.date is not None)
    assert entry.date is not None
    before = current_status(entry, entry.date - timedelta(minutes=1))
    after = current_status(before, entry.date + timedelta(minutes=1))
    assert (before.status, after.status) == ("scheduled", "published")
    draft = next(e for e in _entries(site).values() if e.draft)
    assert current_status(draft, datetime.now(UTC)) is draft


def test_body_facts_read_before_saving_come_back_with_the_cache(site: Path, tmp_path: Path) -> None:
    entries = _entries(site)
    read = next(e for e in entries.values() if e.title == "記事 5")
    unread = next(e for e in entries.values() if e.title == "記事 6")
    assert [ref.target for ref in read.references] == ["/p4/", "/img/5.png"]
    save_index(tmp_path / "cache", site, entries.values())
    stream = io.BytesIO(cache_file(tmp_path / "cache", site).read_bytes()[len(FORMAT) + 32 :])
    count = pickle.load(stream)[3]
    records = [record for _ in range(count) for record in pickle.load(stream)]
    facts = {record[0]: record[-1] for record in records}
    assert facts[str(read.path)] is not None and facts[str(unread.path)] is None
    BODY_FACTS.remember(read.path, 0, 0, BODY_FACTS.facts(unread))  # forget, in effect
    assert BODY_FACTS.known(read) is None
    loaded = load_index(tmp_path / "cache", site)
    assert BODY_FACTS.known(loaded[read.path]) == read.body_facts()


def test_entries_take_the_path_objects_of_the_files_just_listed(site: Path, tmp_path: Path) -> None:
    entries = _entries(site)
    save_index(tmp_path / "cache", site, entries.values())
    listed = [Path(str(path)) for path in entries]
    loaded = load_index(tmp_path / "cache", site, listed[:10])
    assert loaded == entries
    assert all(loaded[path].path is path for path in listed[:10])
    assert all(loaded[path].path is not path for path in listed[10:])


def test_a_big_index_is_kept_in_chunks_and_comes_back_whole(
    site: Path, tmp_path: Path, monkeypatch
) -> None:
    """Each chunk is its own pickle (one short hold of the interpreter lock apiece)."""
    monkeypatch.setattr(index_cache, "CHUNK", 2)
    entries = _entries(site)
    path = save_index(tmp_path / "cache", site, entries.values())
    stream = io.BytesIO(path.read_bytes()[len(FORMAT) + 32 :])
    count = pickle.load(stream)[3]
    assert count == (len(entries) + 1) // 2 > 1
    assert all(len(pickle.load(stream)) <= 2 for _ in range(count))
    assert stream.read() == b""
    assert load_index(tmp_path / "cache", site).keys() == entries.keys()
