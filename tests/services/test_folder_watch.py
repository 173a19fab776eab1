"""Tests for editor.services.folder_watch: which file changed, and nothing after close."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.services.folder_watch import FolderWatch


@pytest.mark.parametrize("native", [True, False], ids=["inotify", "qt"])
def test_a_new_file_is_reported(qtbot, tmp_path: Path, native: bool) -> None:
    watch = FolderWatch(native=native)
    watch.watch([tmp_path])
    assert watch.folders() == [str(tmp_path)]
    signal = watch.fileChanged if watch.sees_edits and native else watch.folderChanged
    with qtbot.waitSignal(signal, timeout=5000):
        (tmp_path / "post.md").write_text("x", "utf-8")
    watch.close()


@pytest.mark.parametrize("native", [True, False], ids=["inotify", "qt"])
def test_watching_after_close_does_nothing(tmp_path: Path, native: bool, qtbot) -> None:
    # A site refresh can finish after the site was closed: it must not fail or watch.
    watch = FolderWatch(native=native)
    watch.watch([tmp_path])
    watch.close()
    watch.watch([tmp_path / "more", tmp_path])
    assert watch.folders() == []
