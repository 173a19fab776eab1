"""A save never silently overwrites what another program wrote a moment before."""

from __future__ import annotations

import sys

import pytest

from editor.core.post.storage import Expected, WriteConflictError, atomic_write_bytes, content_hash
from tests.security.race import run_race

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the writer uses renameat2")


def test_no_silent_overwrite_in_300_racing_saves(tmp_path, qapp) -> None:
    result = run_race(tmp_path / "race", iterations=300)
    assert result.saves > 0 and result.external_versions > 10  # both sides really wrote
    assert result.lost == [], f"{len(result.lost)} outside versions overwritten silently"


def test_a_change_between_check_and_rename_is_a_conflict(tmp_path, monkeypatch) -> None:
    """Stage the worst moment: another program replaces the file just after the check."""
    from editor.core.post import storage

    post = tmp_path / "p.md"
    post.write_bytes(b"mine\n")
    data, identity = storage.read_regular_file(post)
    real_matches = storage._matches
    calls = []

    def check_then_replace(path, expected):
        ok = real_matches(path, expected)
        if not calls:  # the other program strikes right after the first check
            (tmp_path / "theirs").write_bytes(b"theirs\n")
            storage.os.replace(tmp_path / "theirs", post)
        calls.append(path)
        return ok

    monkeypatch.setattr(storage, "_matches", check_then_replace)
    with pytest.raises(WriteConflictError):
        atomic_write_bytes(post, b"new\n", expected=Expected(content_hash(data), identity))
    assert post.read_bytes() == b"theirs\n"  # theirs is on disk, ours still in memory
    assert [p.name for p in tmp_path.iterdir()] == ["p.md"]  # and no temporary left
