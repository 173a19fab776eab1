"""The site index kept in the user cache: the next start reads only what changed."""

from __future__ import annotations

import io
import os
import pickle
import time
from pathlib import Path

import pytest

import editor.services.site_index_jobs as jobs
from editor.core.site.index_cache import DIGEST_SIZE, FORMAT, cache_file
from editor.services.site_index import SiteIndex
from tests.core.site_fixtures import make_jekyll_site, write

TIMEOUT_MS = 5000
POSTS = 300


def _age(root: Path, seconds: int = 3600) -> None:
    then = time.time_ns() - seconds * 10**9
    for path in root.rglob("*.md"):
        os.utime(path, ns=(then, then))


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = make_jekyll_site(tmp_path / "blog")
    for number in range(POSTS):
        folder = root / "_posts" / ("2023" if number % 3 == 0 else "")
        text = f"---\ntitle: Post {number}\ntags: [a{number % 5}]\n---\n本文 {number}\n"
        write(folder / f"2024-01-{number % 28 + 1:02d}-p{number}.md", text)
    _age(root)
    return root


@pytest.fixture
def reads(monkeypatch) -> list[Path]:
    """The files the build really reads (not taken from the cache)."""
    seen: list[Path] = []
    real = jobs.build_index

    def counting(layout, paths=None, **kwargs):
        paths = list(paths) if paths is not None else None
        seen.extend(paths or [])
        return real(layout, paths, **kwargs)

    monkeypatch.setattr(jobs, "build_index", counting)
    return seen


def _open(qtbot, root: Path, cache: Path) -> SiteIndex:
    service = SiteIndex(root, cache_dir=cache)
    with qtbot.waitSignal(service.ready, timeout=TIMEOUT_MS):
        service.start()
    return service


def _close(qtbot, service: SiteIndex, cache: Path, root: Path, since: float) -> None:
    """Close once the worker has kept the index (written after ``since``)."""
    path = cache_file(cache, root)
    qtbot.waitUntil(lambda: path.exists() and path.stat().st_mtime > since, timeout=TIMEOUT_MS)
    service.close()


def test_the_next_start_reads_no_unchanged_post(qtbot, site: Path, tmp_path, reads) -> None:
    cache = tmp_path / "cache"
    started = time.time() - 1
    first = _open(qtbot, site, cache)
    _close(qtbot, first, cache, site.resolve(), started)
    assert len(reads) >= POSTS
    reads.clear()
    second = _open(qtbot, site, cache)
    assert reads == []
    assert {p: e.title for p, e in second.site.entries.items()} == {
        p: e.title for p, e in first.site.entries.items()
    }
    second.close()


def test_changed_deleted_and_moved_posts_are_not_taken_from_the_cache(
    qtbot, site: Path, tmp_path, reads
) -> None:
    cache = tmp_path / "cache"
    root = site.resolve()
    started = time.time() - 1
    _close(qtbot, _open(qtbot, site, cache), cache, root, started)
    changed = root / "_posts" / "2024-01-02-p1.md"
    write(changed, "---\ntitle: Changed while Kiji was closed\n---\n")
    deleted = root / "_posts" / "2024-01-03-p2.md"
    deleted.unlink()
    (root / "_posts" / "2023").rename(root / "_posts" / "older")
    _age(root, 1800)  # not merely "too new to trust": really compared by time and size
    reads.clear()
    service = _open(qtbot, site, cache)
    entries = service.site.entries
    assert entries[changed].title == "Changed while Kiji was closed"
    assert deleted not in entries
    moved = sorted((root / "_posts" / "older").glob("*.md"))
    assert moved and all(path in entries for path in moved)
    assert not any("2023" in path.parts for path in entries)
    # Every post was aged again, so all are compared anew; a cache file that lies about
    # the times would have been caught the same way.
    assert changed in reads and set(moved) <= set(reads)
    service.close()


def test_a_corrupt_cache_means_reading_everything(qtbot, site: Path, tmp_path, reads) -> None:
    cache = tmp_path / "cache"
    root = site.resolve()
    started = time.time() - 1
    _close(qtbot, _open(qtbot, site, cache), cache, root, started)
    path = cache_file(cache, root)
    path.write_bytes(path.read_bytes()[:-100])
    reads.clear()
    service = _open(qtbot, site, cache)
    assert len(reads) >= POSTS and len(service.site.entries) >= POSTS
    service.close()


def test_changes_while_open_are_kept_for_the_next_start(
    qtbot, site: Path, tmp_path, monkeypatch, reads
) -> None:
    import editor.services.site_index as module

    monkeypatch.setattr(module, "SAVE_DELAY_MS", 50)
    cache = tmp_path / "cache"
    root = site.resolve()
    started = time.time() - 1
    service = _open(qtbot, site, cache)
    _close(qtbot, service, cache, root, started)
    service = _open(qtbot, site, cache)
    post = root / "_posts" / "2024-01-05-p4.md"
    then = time.time_ns() - 600 * 10**9  # old enough to be trusted next time
    write(post, "---\ntitle: Edited\n---\nbody\n")
    os.utime(post, ns=(then, then))
    qtbot.waitUntil(lambda: service.site.entries[post].mtime_ns == then, timeout=TIMEOUT_MS)
    _close(qtbot, service, cache, root, time.time())  # the save after the change
    reads.clear()
    again = _open(qtbot, site, cache)
    assert again.site.entries[post].title == "Edited"
    assert post not in reads  # from the cache the open index kept
    again.close()


def _kept_facts(path: Path) -> list[object]:
    """The body facts of each record in the cache file (``None``: not read yet)."""
    try:
        payload = path.read_bytes()[len(FORMAT) + DIGEST_SIZE :]
    except OSError:
        return []
    stream = io.BytesIO(payload)  # a header (its last field: how many chunks), the chunks
    chunks = pickle.load(stream)[3]
    return [record[-1] for _ in range(chunks) for record in pickle.load(stream)]


def test_what_the_checks_read_is_kept_for_the_next_start(qtbot, site: Path, tmp_path) -> None:
    cache = tmp_path / "cache"
    kept = cache_file(cache, site.resolve())
    first = _open(qtbot, site, cache)
    qtbot.waitUntil(lambda: len(_kept_facts(kept)) > POSTS, timeout=TIMEOUT_MS)
    assert _kept_facts(kept).count(None) >= POSTS  # kept at ready: bodies not read yet
    with qtbot.waitSignal(first.checked, timeout=TIMEOUT_MS):
        first.request_checks()
    qtbot.waitUntil(lambda: None not in _kept_facts(kept), timeout=TIMEOUT_MS)
    first.close()
