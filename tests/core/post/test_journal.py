"""The journal keeps unsaved text across crashes, atomically, outside the site."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.post.journal import Journal, JournalError, new_document_key, read_entry

SEED = Path(__file__).resolve().parents[2] / "data" / "seed" / "2025-12-28-llama4.md"
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def journal(tmp_path: Path):
    journal = Journal(tmp_path / "journal")
    journal.start_session()
    yield journal
    journal.end_session()


def test_entry_round_trips_the_full_text(journal: Journal, tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8") + "追記した一文。\n"
    post = tmp_path / "site" / "_posts" / "a.md"
    written = journal.write("doc1", text, post, "abc123", saved_at=1234.5)
    [entry] = journal.entries()
    assert entry == written
    assert (entry.text, entry.path, entry.base_hash, entry.saved_at) == (
        text,
        post,
        "abc123",
        1234.5,
    )
    assert entry.title == "a.md"
    assert entry.file.parent == journal.folder


def test_untitled_entry(journal: Journal) -> None:
    journal.write("u1", "下書き", None, None)
    [entry] = journal.entries()
    assert entry.path is None and entry.title == "Untitled" and entry.base_hash is None


@settings(max_examples=60)
@given(text=st.text())
def test_any_text_survives(tmp_path_factory, text: str) -> None:
    journal = Journal(tmp_path_factory.mktemp("j"))
    entry = journal.write(new_document_key(), text, None, None)
    assert read_entry(entry.file) is not None
    assert read_entry(entry.file).text == text  # lone surrogates included


def test_rewrite_replaces_and_remove_clears(journal: Journal) -> None:
    journal.write("k", "one", None, None)
    journal.write("k", "two", None, None)
    assert [e.text for e in journal.entries()] == ["two"]
    journal.remove("k")
    journal.remove("k")  # twice is fine
    assert journal.entries() == []


def test_running_session_is_not_orphaned_but_seen_by_others(journal: Journal) -> None:
    journal.write("k", "mine", None, None)
    other = Journal(journal.folder)
    assert other.orphaned_entries() == []  # the writer is still running
    assert not other.previous_run_crashed()


def test_clean_exit_leaves_nothing(journal: Journal) -> None:
    journal.write("k", "settled", None, None)
    journal.end_session()
    assert list(journal.folder.iterdir()) == []
    assert not Journal(journal.folder).previous_run_crashed()


def test_kept_entries_are_offered_next_time(journal: Journal) -> None:
    journal.write("k", "session ended by the OS", None, None)
    journal.end_session(keep_entries=True)
    later = Journal(journal.folder)
    assert [e.text for e in later.orphaned_entries()] == ["session ended by the OS"]
    assert not later.previous_run_crashed()


def test_killed_process_leaves_a_stale_lock_and_its_entries(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from editor.core.post.journal import Journal
        j = Journal(Path({str(folder)!r}))
        j.start_session()
        j.write("k1", "killed mid-sentence", Path("/site/post.md"), "h")
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", script], env=env, check=False, timeout=60)
    assert result.returncode == -9
    journal = Journal(folder)
    assert journal.previous_run_crashed()
    [entry] = journal.orphaned_entries()
    assert entry.text == "killed mid-sentence" and entry.path == Path("/site/post.md")
    journal.forget_stale_sessions()
    assert not journal.previous_run_crashed()
    assert journal.orphaned_entries() == [entry]  # the text stays until the writer decides
    journal.discard(entry)
    assert journal.orphaned_entries() == []


def test_orphans_are_newest_first(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    for session, when in (("s1", 10.0), ("s2", 30.0), ("s3", 20.0)):
        Journal(folder, session).write("k", session, None, None, saved_at=when)
    assert [e.text for e in Journal(folder).orphaned_entries()] == ["s2", "s3", "s1"]


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.ENOSPC, "disk is full"), (errno.EACCES, "may not write")],
)
def test_failed_write_keeps_the_previous_entry(
    journal: Journal, monkeypatch, code: int, words: str
) -> None:
    journal.write("k", "older", Path("/s/p.md"), None)

    def refuse(*_args, **_kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(JournalError) as caught:
        journal.write("k", "newer", Path("/s/p.md"), None)
    assert words in caught.value.message and "“p.md”" in caught.value.message
    monkeypatch.undo()
    assert [e.text for e in journal.entries()] == ["older"]
    assert sorted(p.suffix for p in journal.folder.iterdir()) == [".json", ".lock"]


def test_unreadable_entry_is_skipped_not_deleted(journal: Journal) -> None:
    broken = journal.folder / "dead--beef.json"
    broken.write_bytes(b"{not json")
    assert journal.orphaned_entries() == []
    assert broken.exists()


def test_bad_keys_are_refused(journal: Journal) -> None:
    for key in ("", "a--b", "../x", "a\\b"):
        with pytest.raises(ValueError):
            journal.write(key, "t", None, None)
