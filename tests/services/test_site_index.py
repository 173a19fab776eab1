"""Tests for editor.services.site_index: building off the UI thread and following disk changes."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from editor.services.site_index import SiteIndex, sweep_recent_sites
from tests.core.site_fixtures import make_jekyll_site, write

TIMEOUT_MS = 5000


@pytest.fixture(params=[True, False], ids=["file-watch", "poll-only"])
def index(request, qtbot, tmp_path: Path):
    root = make_jekyll_site(tmp_path / "blog")
    service = SiteIndex(root, poll_interval_ms=200, watch_files=request.param)
    with qtbot.waitSignal(service.ready, timeout=TIMEOUT_MS):
        service.start()
    yield service
    service.close()


def test_ready_after_building_in_a_worker_thread(qtbot, tmp_path: Path, monkeypatch) -> None:
    root = make_jekyll_site(tmp_path / "blog")
    threads: list[str] = []
    import editor.services.site_index_jobs as module  # where the worker opens the site

    real_detect = module.detect_layout

    def recording_detect(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real_detect(*args, **kwargs)

    monkeypatch.setattr(module, "detect_layout", recording_detect)
    service = SiteIndex(root)
    assert not service.is_ready() and service.posts == []
    with qtbot.waitSignal(service.ready, timeout=TIMEOUT_MS):
        service.start()
    assert threads and threads[0] != threading.main_thread().name
    assert [entry.title for entry in service.posts][:2] == [
        "Llama 4の性能向上、その真意は何でしょうか？",
        "Hello",
    ]
    service.close()


def test_edit_in_place_is_picked_up(qtbot, index: SiteIndex) -> None:
    post = index.site.root / "_posts" / "2025-11-02-hello.md"
    text = post.read_text(encoding="utf-8").replace('"Hello"', '"Changed on disk"')
    with qtbot.waitSignal(index.changed, timeout=TIMEOUT_MS) as blocker:
        post.write_text(text, encoding="utf-8")
        # Same-second writes: make sure the modification time really moves.
        stat = post.stat()
        os.utime(post, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert blocker.args == [[post]]
    assert index.site.entry(post).title == "Changed on disk"


def test_new_and_removed_files_are_picked_up(qtbot, index: SiteIndex) -> None:
    root = index.site.root
    new = root / "_posts" / "2026-01-01-new.md"
    with qtbot.waitSignal(index.changed, timeout=TIMEOUT_MS) as blocker:
        write(new, '---\ntitle: "New"\n---\nText\n')
    assert new in blocker.args[0]
    assert index.site.entry(new).title == "New"
    with qtbot.waitSignal(index.changed, timeout=TIMEOUT_MS) as blocker:
        new.unlink()
    assert new in blocker.args[0]
    assert index.site.entry(new) is None


def test_atomic_save_by_rename_is_picked_up(qtbot, index: SiteIndex) -> None:
    post = index.site.root / "_drafts" / "idea.md"
    temp = post.with_name(".idea.md.tmp")
    temp.write_text('---\ntitle: "Renamed in"\n---\n', encoding="utf-8")
    with qtbot.waitSignal(index.changed, timeout=TIMEOUT_MS):
        os.replace(temp, post)
    assert index.site.entry(post).title == "Renamed in"


def test_new_subfolder_is_watched(qtbot, index: SiteIndex) -> None:
    nested = index.site.root / "_posts" / "2026" / "2026-02-01-nested.md"
    with qtbot.waitSignal(index.changed, timeout=TIMEOUT_MS):
        write(nested, '---\ntitle: "Nested"\n---\n')
    assert index.site.entry(nested).title == "Nested"


def test_unchanged_files_are_not_reread(qtbot, index: SiteIndex, monkeypatch) -> None:
    import editor.services.site_index_jobs as module  # where the worker reads files

    reads: list[Path] = []
    real_read = module.read_entry

    def counting_read(path, *args, **kwargs):
        reads.append(path)
        return real_read(path, *args, **kwargs)

    monkeypatch.setattr(module, "read_entry", counting_read)
    post = index.site.root / "_posts" / "2025-11-02-hello.md"
    with qtbot.waitSignal(index.changed, timeout=TIMEOUT_MS):
        post.write_text(post.read_text(encoding="utf-8") + "More.\n", encoding="utf-8")
    assert set(reads) == {post}


def test_missing_folder_reports_failure(qtbot, tmp_path: Path) -> None:
    service = SiteIndex(tmp_path / "nope")
    with qtbot.waitSignal(service.failed, timeout=TIMEOUT_MS) as blocker:
        service.start()
    assert "could not be opened" in blocker.args[0]
    service.close()


def test_config_change_rebuilds(qtbot, index: SiteIndex) -> None:
    config = index.site.root / "_config.yml"
    with qtbot.waitSignal(index.ready, timeout=TIMEOUT_MS):
        config.write_text(config.read_text(encoding="utf-8").replace("Asia/Tokyo", "UTC"))
        index.refresh()  # poll-only mode: nudge; the config watch is always on
    assert str(index.site.layout.timezone) == "UTC"


def test_site_operations_announce_their_changes(qtbot, index: SiteIndex) -> None:
    with qtbot.waitSignal(index.changed, timeout=TIMEOUT_MS) as blocker:
        draft = index.site.new_post("Made in the app", draft=True)
    assert blocker.args == [[draft]]
    with qtbot.waitSignal(index.changed, timeout=TIMEOUT_MS) as blocker:
        post = index.site.publish(draft)
    assert blocker.args == [sorted([draft, post])]


def test_checks_run_in_the_worker(qtbot, index: SiteIndex) -> None:
    write(index.site.root / "_posts" / "2025-01-01-bad.md", "---\ntitle: [\n---\n")
    index.site.reindex([index.site.root / "_posts" / "2025-01-01-bad.md"])
    with qtbot.waitSignal(index.checked, timeout=TIMEOUT_MS) as blocker:
        index.request_checks()
    assert [(p.path.name, p.kind) for p in blocker.args[0]] == [
        ("2025-01-01-bad.md", "invalid-front-matter")
    ]


def test_start_again_after_close(qtbot, tmp_path: Path) -> None:
    service = SiteIndex(make_jekyll_site(tmp_path / "blog"))
    with qtbot.waitSignal(service.ready, timeout=TIMEOUT_MS):
        service.start()
    service.close()
    with qtbot.waitSignal(service.ready, timeout=TIMEOUT_MS):
        service.start()
    assert service.is_ready()
    service.close()


def test_folders_are_watched_not_each_post(qtbot, tmp_path: Path) -> None:
    root = make_jekyll_site(tmp_path / "blog")
    service = SiteIndex(root)
    with qtbot.waitSignal(service.ready, timeout=TIMEOUT_MS):
        service.start()
    assert service._watcher.files() == [str(root / "_config.yml")]
    folders = service._folder_watch.folders()
    assert str(root / "_posts") in folders and str(root / "_drafts") in folders
    assert not any(folder.endswith(".md") for folder in folders)
    service.close()


@pytest.mark.parametrize("native", [True, False], ids=["native", "qt-folders"])
def test_a_new_post_in_a_real_folder_is_picked_up(qtbot, tmp_path: Path, native: bool) -> None:
    root = make_jekyll_site(tmp_path / "blog")
    service = SiteIndex(root, watch_files=native, poll_interval_ms=60_000)
    with qtbot.waitSignal(service.ready, timeout=TIMEOUT_MS):
        service.start()
    new = root / "_posts" / "2025-12-01-new.md"
    new.write_text('---\ntitle: "New"\n---\nbody\n', encoding="utf-8")
    qtbot.waitUntil(lambda: service.site.entry(new) is not None, timeout=TIMEOUT_MS)
    assert service.site.entry(new).title == "New"
    service.close()


def test_a_renamed_subfolder_moves_its_posts(qtbot, tmp_path: Path) -> None:
    root = make_jekyll_site(tmp_path / "blog")
    old = root / "_posts" / "2024"
    old.mkdir()
    write(old / "2024-01-01-old.md", '---\ntitle: "Old"\n---\nbody\n')
    service = SiteIndex(root, poll_interval_ms=60_000)
    with qtbot.waitSignal(service.ready, timeout=TIMEOUT_MS):
        service.start()
    assert service.site.entry(old / "2024-01-01-old.md") is not None
    new = root / "_posts" / "archive"
    old.rename(new)
    qtbot.waitUntil(
        lambda: (
            service.site.entry(new / "2024-01-01-old.md") is not None
            and service.site.entry(old / "2024-01-01-old.md") is None
        ),
        timeout=TIMEOUT_MS,
    )
    # The moved folder is still watched: an edit in it is seen too.
    moved = new / "2024-01-01-old.md"
    with qtbot.waitSignal(service.changed, timeout=TIMEOUT_MS):
        moved.write_text('---\ntitle: "Moved"\n---\nbody, longer\n', encoding="utf-8")
    qtbot.waitUntil(lambda: service.site.entry(moved).title == "Moved", timeout=TIMEOUT_MS)
    service.close()


def _leftover(folder: Path, name: str) -> Path:
    """What a save killed an hour ago leaves beside a post."""
    leftover = folder / f".{name}.k1ll3d.kiji-tmp"
    leftover.write_text("half a post", encoding="utf-8")
    old = time.time() - 3600
    os.utime(leftover, (old, old))
    return leftover


def test_opening_a_site_sweeps_what_killed_saves_left(qtbot, tmp_path: Path) -> None:
    root = make_jekyll_site(tmp_path / "blog")
    nested = root / "_posts" / "2024"
    nested.mkdir()
    write(nested / "2024-01-01-old.md", '---\ntitle: "Old"\n---\nbody\n')
    leftovers = [_leftover(root / "_posts", "2025-11-02-hello.md"), _leftover(nested, "x.md")]
    service = SiteIndex(root)
    with qtbot.waitSignal(service.ready, timeout=TIMEOUT_MS):
        service.start()
    qtbot.waitUntil(lambda: not any(path.exists() for path in leftovers), timeout=TIMEOUT_MS)
    service.close()


def test_recent_sites_are_swept_at_start(tmp_path: Path) -> None:
    root = make_jekyll_site(tmp_path / "blog")
    leftover = _leftover(root / "_posts", "2025-11-02-hello.md")
    sweep_recent_sites([tmp_path / "no-longer-there", root]).join(10)
    assert not leftover.exists()
    assert (root / "_posts" / "2025-11-02-hello.md").exists()


def test_the_vocabulary_comes_from_the_index_and_follows_changes(
    qtbot, index: SiteIndex, monkeypatch
) -> None:
    import editor.core.post.storage as storage

    if not index.vocabulary.tags:  # learnt just after ready, in the worker
        qtbot.waitSignal(index.vocabularyChanged, timeout=TIMEOUT_MS).wait()
    vocabulary = index.vocabulary
    assert vocabulary.tags["LLM"] == 2 and vocabulary.tags["Python"] == 1
    assert vocabulary.layouts == ["page", "post"]
    assert vocabulary.authors[:2] == ["Taro", "Hanako"]
    assert vocabulary.timezone == "Asia/Tokyo"
    opened: list[Path] = []
    real_read = storage.read_text_file

    def counting_read(path, *args, **kwargs):
        opened.append(path)
        return real_read(path, *args, **kwargs)

    monkeypatch.setattr(storage, "read_text_file", counting_read)
    post = index.site.root / "_posts" / "2025-11-02-hello.md"
    text = post.read_text(encoding="utf-8").replace('tags: ["LLM", "Python"]', 'tags: ["新しい"]')
    with qtbot.waitSignal(index.vocabularyChanged, timeout=TIMEOUT_MS) as learnt:
        post.write_text(text, encoding="utf-8")
    assert "新しい" in learnt.args[0].tags and index.vocabulary is learnt.args[0]
    assert "Python" not in index.vocabulary.tags
    assert opened == []  # learnt from the entries, no post read again for it


def test_the_vocabulary_is_empty_until_ready(qtbot, tmp_path: Path) -> None:
    service = SiteIndex(make_jekyll_site(tmp_path / "blog"))
    assert service.vocabulary.tags == {} and service.vocabulary.used_keys() == []
    with qtbot.waitSignal(service.vocabularyChanged, timeout=TIMEOUT_MS):
        service.start()
    assert service.is_ready() and service.vocabulary.tags
    service.close()
