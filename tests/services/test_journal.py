"""The journal service writes unsaved text soon, and clears it on save, discard or undo."""

from __future__ import annotations

import errno
import gc
import os
import threading
from pathlib import Path

import pytest
import shiboken6

from editor.core.post.journal import Journal
from editor.core.post.post import Post
from editor.services.document import DocumentSession
from editor.services.journal import JournalService

SEED = Path(__file__).resolve().parents[1] / "data" / "seed" / "2025-12-28-llama4.md"


@pytest.fixture
def journal(tmp_path: Path):
    journal = Journal(tmp_path / "home" / "journal")
    journal.start_session()
    yield journal
    journal.end_session()


@pytest.fixture
def post(tmp_path: Path) -> Path:
    target = tmp_path / "site" / "_posts" / "2025-12-28-llama4.md"
    target.parent.mkdir(parents=True)
    target.write_bytes(SEED.read_bytes())
    return target


@pytest.fixture
def service(journal: Journal, qapp):
    service = JournalService(journal, idle_delay_ms=100, max_delay_ms=300)
    yield service
    # Delete Qt objects here, on the GUI thread: left to the garbage collector they may be
    # collected on some later test's worker thread, where deleting a QTimer crashes.
    shiboken6.delete(service)
    gc.collect()


def test_unsaved_text_is_journaled_after_a_pause(service, journal, post, qtbot) -> None:
    session = DocumentSession.open(post)
    service.track(session)
    session.set_body("下書き\n" + session.body)
    assert journal.entries() == [] and service.is_pending(session)
    with qtbot.waitSignal(service.written, timeout=3000):
        pass
    [entry] = journal.entries()
    assert entry.text == session.post.text() and entry.path == post
    assert entry.base_hash == session.disk_hash
    assert post.read_bytes() == SEED.read_bytes()  # the site file is untouched
    assert not any(journal.folder.is_relative_to(p) for p in [post.parent])


def test_steady_typing_is_journaled_before_it_stops(service, journal, post, qtbot) -> None:
    session = DocumentSession.open(post)
    service.track(session)
    writes: list[str] = []
    service.written.connect(lambda s: writes.append(s.body))
    # A keystroke every 50 ms (less than the idle delay) for well past the maximum delay.
    for index in range(30):
        session.set_body(f"{index}\n")
        qtbot.wait(50)
    assert writes, "the maximum delay must force a write while the writer keeps typing"


def test_save_clears_the_entry(service, journal, post, qtbot) -> None:
    session = DocumentSession.open(post)
    service.track(session)
    session.set_body("saved soon\n")
    service.flush(session)
    assert len(journal.entries()) == 1
    with qtbot.waitSignal(service.cleared):
        session.save()
    assert journal.entries() == []


def test_undo_to_the_saved_text_clears_the_entry(service, journal, post) -> None:
    session = DocumentSession.open(post)
    original = session.body
    service.track(session)
    session.set_body("changed\n")
    service.flush(session)
    session.set_body(original)
    assert journal.entries() == [] and not service.is_pending(session)


def test_untitled_posts_are_journaled(service, journal) -> None:
    session = DocumentSession(Post.parse(""), None)
    service.track(session)
    session.set_body("タイトル未定の記事\n")
    service.flush_all()
    [entry] = journal.entries()
    assert entry.path is None and entry.text == "タイトル未定の記事\n"


def test_discard_removes_the_entry_and_keep_keeps_it(service, journal, post) -> None:
    first = DocumentSession.open(post)
    service.track(first)
    first.set_body("discarded\n")
    service.flush(first)
    service.untrack(first)
    assert journal.entries() == []
    second = DocumentSession.open(post)
    service.track(second)
    second.set_body("kept for the next start\n")
    service.flush(second)
    service.untrack(second, keep_entry=True)
    assert [e.text.endswith("kept for the next start\n") for e in journal.entries()] == [True]


def test_a_full_disk_is_reported_once_and_the_text_kept(
    service, journal, post, qtbot, monkeypatch
) -> None:
    session = DocumentSession.open(post)
    service.track(session)
    failures: list[str] = []
    service.failed.connect(failures.append)

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", full)
    session.set_body("one\n")
    assert not service.flush(session)
    session.set_body("two\n")
    assert not service.flush(session)
    assert len(failures) == 1 and "disk is full" in failures[0]
    assert session.body == "two\n"
    monkeypatch.undo()
    assert service.flush(session)
    assert journal.entries()[0].text.endswith("two\n")


def test_session_end_flushes_everything(service, journal, post) -> None:
    session = DocumentSession.open(post)
    service.track(session)
    session.set_body("the OS is logging out\n")
    assert service.keep_all()  # what a signal or the OS's session end triggers
    assert service.session_ending
    assert journal.entries()[0].text.endswith("the OS is logging out\n")


def test_front_matter_edits_are_journaled(service, journal, post) -> None:
    session = DocumentSession.open(post)
    service.track(session)
    session.set_field("title", "新しいタイトル")
    assert service.is_pending(session)
    service.flush_all()
    [entry] = journal.entries()
    assert "新しいタイトル" in entry.text and entry.text == session.post.text()


def test_a_paused_writer_is_journaled_off_the_ui_thread(
    service, journal, post, qtbot, monkeypatch
) -> None:
    threads: list[str] = []
    real_write = Journal.write

    def spy(self, *args, **kwargs):
        threads.append(threading.current_thread().name)
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(Journal, "write", spy)
    session = DocumentSession.open(post)
    service.track(session)
    session.set_body("typed, then a pause\n")
    with qtbot.waitSignal(service.written, timeout=3000):
        pass
    assert threads and threading.main_thread().name not in threads
    assert journal.entries()[0].text.endswith("typed, then a pause\n")


def test_the_newest_background_snapshot_wins(service, journal, post) -> None:
    session = DocumentSession.open(post)
    service.track(session)
    for word in ("one\n", "two\n", "three\n"):
        session.set_body(word)
        service.flush_soon(session)
    service.flush_all()  # quitting: waits for the writer
    assert not service.is_pending(session)
    assert journal.entries()[0].text.endswith("three\n")


def test_saving_during_a_background_write_leaves_no_entry(service, journal, post) -> None:
    session = DocumentSession.open(post)
    service.track(session)
    session.set_body("about to be saved\n")
    service.flush_soon(session)
    session.save()
    service.flush_all()
    assert journal.entries() == []


def test_a_background_write_on_a_full_disk_is_reported(
    service, journal, post, qtbot, monkeypatch
) -> None:
    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", full)
    session = DocumentSession.open(post)
    service.track(session)
    session.set_body("one\n")
    with qtbot.waitSignal(service.failed, timeout=3000) as blocker:
        service.flush_soon(session)
    assert "disk is full" in blocker.args[0]
    assert session.body == "one\n"
