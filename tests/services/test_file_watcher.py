"""The file watcher reports real changes on disk, not Kiji's own saves or touches."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest
import shiboken6

from editor.services.document import DocumentSession
from editor.services.file_watcher import FileWatcher

SEED = Path(__file__).resolve().parents[1] / "data" / "seed" / "2025-12-28-llama4.md"


@pytest.fixture
def post(tmp_path: Path) -> Path:
    target = tmp_path / "_posts" / "2025-12-28-llama4.md"
    target.parent.mkdir()
    target.write_bytes(SEED.read_bytes())
    return target


@pytest.fixture
def watched(post: Path, qapp):
    watcher = FileWatcher(settle_ms=50)
    session = DocumentSession.open(post)
    watcher.watch(session)
    yield watcher, session
    # On the GUI thread, not whenever (and wherever) the garbage collector runs.
    shiboken6.delete(watcher)
    gc.collect()


def replace_atomically(path: Path, data: bytes) -> None:
    """What git and most editors do: write a new file and rename it over the old one."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def test_external_edit_is_reported(watched, post: Path, qtbot) -> None:
    watcher, session = watched
    with qtbot.waitSignal(watcher.changedOnDisk, timeout=3000) as signal:
        post.write_bytes(post.read_bytes() + b"edited elsewhere\n")
    assert signal.args == [session]


def test_replaced_file_keeps_being_watched(watched, post: Path, qtbot) -> None:
    watcher, _session = watched
    for round_ in range(2):
        with qtbot.waitSignal(watcher.changedOnDisk, timeout=3000):
            replace_atomically(post, SEED.read_bytes() + f"round {round_}\n".encode())


def test_own_save_and_touch_are_not_reported(watched, post: Path, qtbot) -> None:
    watcher, session = watched
    with qtbot.assertNotEmitted(watcher.changedOnDisk, wait=400):
        session.set_body("saved by Kiji\n")
        session.save()
        os.utime(post)
        post.write_bytes(post.read_bytes())


def test_same_change_is_reported_once(watched, post: Path, qtbot) -> None:
    watcher, _session = watched
    with qtbot.waitSignal(watcher.changedOnDisk, timeout=3000):
        post.write_bytes(b"theirs\n")
    with qtbot.assertNotEmitted(watcher.changedOnDisk, wait=300):
        os.utime(post)
        watcher.check_all()


def test_delete_and_restore(watched, post: Path, qtbot) -> None:
    watcher, session = watched
    with qtbot.waitSignal(watcher.deletedOnDisk, timeout=3000) as signal:
        post.unlink()
    assert signal.args == [session]
    with qtbot.waitSignal(watcher.restoredOnDisk, timeout=3000):
        post.write_bytes(SEED.read_bytes())


def test_move_away_is_a_deletion(watched, post: Path, qtbot) -> None:
    watcher, _session = watched
    with qtbot.waitSignal(watcher.deletedOnDisk, timeout=3000):
        post.rename(post.with_name("renamed.md"))


def test_save_as_follows_the_new_path(watched, post: Path, tmp_path: Path, qtbot) -> None:
    watcher, session = watched
    other = tmp_path / "elsewhere" / "copy.md"
    other.parent.mkdir()
    session.save(other)
    assert str(other) in watcher.watched_paths() and str(post) not in watcher.watched_paths()
    with qtbot.waitSignal(watcher.changedOnDisk, timeout=3000):
        other.write_bytes(b"changed\n")
    watcher.unwatch(session)
    assert watcher.watched_paths() == []
