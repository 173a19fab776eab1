"""Git in the real window: markers, the changed filter, commit, pull with a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from editor.core.git.git_status import CONFLICTED, MODIFIED, UNTRACKED
from editor.ui.git.commit_dialog import CommitDialog
from editor.ui.git.git_sync import GitSync
from editor.ui.site.post_list_model import GIT_ROLE, TITLE
from editor.ui.window.main_window import MainWindow
from tests.git_fixtures import POST, add_remote, clone, git, isolated_git_config, make_site

__all__ = ["isolated_git_config"]

POST_NAME = "_posts/2024-03-01-jimbocho.md"


def open_repo_site(window: MainWindow, site: Path, qtbot) -> None:
    window.open_site(site)
    qtbot.waitUntil(lambda: window.site_ui.site() is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.git_ui.repo is not None and window.git_ui.repo.available)


def marker_of(window: MainWindow, path: Path) -> str:
    model = window.site_ui.panel.model
    row = model.row_of(path.resolve())
    assert row is not None
    return model.index(row, TITLE).data(GIT_ROLE)


def test_markers_follow_saves_and_the_changed_filter(window, tmp_path, qtbot) -> None:
    site = make_site(tmp_path / "site")
    new = site / "_posts" / "2024-03-05-new.md"
    new.write_text("---\ntitle: 新しい記事\n---\n本文\n", encoding="utf-8")
    open_repo_site(window, site, qtbot)
    post = (site / POST_NAME).resolve()
    qtbot.waitUntil(lambda: marker_of(window, new) == UNTRACKED)
    assert marker_of(window, post) == ""
    assert window.git_ui.menu.menuAction().isVisible()

    editor = window.open_post(post)
    editor.text_pane.insertPlainText("書き足し。")
    assert window.save()
    qtbot.waitUntil(lambda: marker_of(window, post) == MODIFIED, timeout=5000)

    panel = window.site_ui.panel
    assert panel.proxy.rowCount() == 2
    window.git_ui.changed_filter.setChecked(True)
    shown = {entry.path for entry in panel.visible_entries()}
    assert shown == {post, new.resolve()}
    git(site, "add", "-A")
    git(site, "commit", "-qm", "Outside Kiji")
    window.git_ui.refresh()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 0, timeout=5000)


def test_commit_defaults_to_the_post_and_its_image(window, tmp_path, qtbot, monkeypatch) -> None:
    site = make_site(tmp_path / "site")
    (site / "assets" / "images" / "shop.png").write_bytes(b"new picture")
    (site / "other.md").write_text("another change\n", encoding="utf-8")
    open_repo_site(window, site, qtbot)
    post = (site / POST_NAME).resolve()
    editor = window.open_post(post)
    editor.text_pane.insertPlainText("追記。")
    seen: dict[str, object] = {}

    def accept(dialog: CommitDialog) -> int:
        seen["files"] = sorted(p.relative_to(site.resolve()).as_posix() for p in dialog.chosen())
        seen["message"] = dialog.message()
        seen["author"] = dialog.author.text()
        return CommitDialog.DialogCode.Accepted

    monkeypatch.setattr(CommitDialog, "exec", accept)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    window.git_ui.commit()  # saves the post first (Save / Cancel)
    qtbot.waitUntil(lambda: "message" in seen, timeout=5000)
    assert seen["files"] == ["_posts/2024-03-01-jimbocho.md", "assets/images/shop.png"]
    assert seen["message"] == "Update post: 神保町の古書店めぐり"
    assert seen["author"] == "Author: Hanako Yamada <hanako@example.com>"
    qtbot.waitUntil(lambda: "Update post" in git(site, "log", "-1", "--format=%s"), timeout=5000)
    assert git(site, "status", "--short").strip() == "?? other.md"


def test_missing_identity_is_said_in_the_dialog(window, tmp_path, qtbot, monkeypatch) -> None:
    site = make_site(tmp_path / "site", identity=False)
    (site / POST_NAME).write_text(POST + "x\n", encoding="utf-8")
    open_repo_site(window, site, qtbot)
    seen: dict[str, object] = {}

    def look(dialog: CommitDialog) -> int:
        seen["enabled"] = dialog.commit_button.isEnabled()
        seen["author"] = dialog.author.text()
        return CommitDialog.DialogCode.Rejected

    monkeypatch.setattr(CommitDialog, "exec", look)
    window.git_ui.commit()
    qtbot.waitUntil(lambda: "author" in seen, timeout=5000)
    assert seen["enabled"] is False
    assert 'git config --global user.name "Your Name"' in str(seen["author"])


def test_not_a_repository_hides_git_and_says_why(window, tmp_path, qtbot) -> None:
    site = make_site(tmp_path / "site")
    import shutil

    shutil.rmtree(site / ".git")
    window.open_site(site)
    qtbot.waitUntil(lambda: bool(window.git_ui.repo and window.git_ui.repo.availability))
    assert not window.git_ui.menu.menuAction().isVisible()
    assert not window.git_ui.changed_filter.isVisible()
    assert "not a Git repository" in window.git_ui.preference_note()


@pytest.fixture
def diverged(tmp_path: Path) -> tuple[Path, Path]:
    """A site and another clone that both changed the same sentence, the other pushed."""
    site = make_site(tmp_path / "site")
    remote = add_remote(site, tmp_path / "remote.git")
    other = clone(remote, tmp_path / "other")
    (other / POST_NAME).write_text(POST.replace("三軒", "五軒"), encoding="utf-8")
    git(other, "commit", "-qam", "Five shops")
    git(other, "push", "-q")
    (site / POST_NAME).write_text(POST.replace("三軒", "四軒"), encoding="utf-8")
    git(site, "commit", "-qam", "Four shops")
    return site, other


def test_pull_conflict_opens_the_post_and_keeps_unsaved_text(
    window, diverged, qtbot, monkeypatch
) -> None:
    site, _other = diverged
    open_repo_site(window, site, qtbot)
    post = (site / POST_NAME).resolve()
    editor = window.open_post(post)
    editor.text_pane.moveCursor(editor.text_pane.textCursor().MoveOperation.End)
    editor.text_pane.insertPlainText("まだ保存していない一文。")
    asked: list[str] = []
    monkeypatch.setattr(GitSync, "_ask", lambda _s, _t, text, _a: asked.append(text) or True)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    window.git_ui.sync.pull()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "Pull with Merge" in asked[0]  # --ff-only refused first, the writer chose Merge
    assert "<<<<<<<" in warnings[0]
    on_disk = post.read_text(encoding="utf-8")
    assert "<<<<<<<" in on_disk and "四軒" in on_disk and "五軒" in on_disk
    qtbot.waitUntil(lambda: window.guard.banner_for(editor) is not None, timeout=5000)
    assert editor.session.is_dirty
    assert "まだ保存していない一文。" in editor.session.post.text()  # nothing written over
    qtbot.waitUntil(lambda: marker_of(window, post) == CONFLICTED, timeout=5000)


def test_pull_reloads_a_clean_tab_and_push_round_trips(window, tmp_path, qtbot) -> None:
    site = make_site(tmp_path / "site")
    remote = add_remote(site, tmp_path / "remote.git")
    other = clone(remote, tmp_path / "other")
    (other / POST_NAME).write_text(POST + "別の機械から。\n", encoding="utf-8")
    git(other, "commit", "-qam", "From elsewhere")
    git(other, "push", "-q")
    open_repo_site(window, site, qtbot)
    post = (site / POST_NAME).resolve()
    editor = window.open_post(post)
    window.git_ui.sync.pull()
    assert window.git_ui.sync.is_syncing()
    qtbot.waitUntil(lambda: not window.git_ui.sync.is_syncing(), timeout=10_000)
    qtbot.waitUntil(lambda: "別の機械から。" in editor.session.body, timeout=5000)
    assert not editor.session.is_dirty

    editor.text_pane.insertPlainText("こちらから。")
    assert window.save()
    git(site, "commit", "-qam", "Mine")
    window.git_ui.sync.push()
    qtbot.waitUntil(lambda: not window.git_ui.sync.is_syncing(), timeout=10_000)
    assert git(remote, "log", "-1", "--format=%s", "main").strip() == "Mine"


def test_abort_merge_puts_the_files_back(window, diverged, qtbot, monkeypatch) -> None:
    site, _other = diverged
    open_repo_site(window, site, qtbot)
    post = (site / POST_NAME).resolve()
    sync = window.git_ui.sync
    assert not sync.actionAbortMerge.isEnabled()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    sync.pull(merge=True)
    qtbot.waitUntil(lambda: sync.actionAbortMerge.isEnabled(), timeout=10_000)
    monkeypatch.setattr(GitSync, "_ask", lambda *_args: True)
    sync.abort_merge()
    qtbot.waitUntil(lambda: not sync.actionAbortMerge.isEnabled(), timeout=10_000)
    assert post.read_text(encoding="utf-8") == POST.replace("三軒", "四軒")
