"""The Changes view (word diff, discard to the trash) and a post's history (restore, undo)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from editor.ui.git.history_dialog import HistoryDialog
from editor.ui.window.main_window import MainWindow
from tests.git_fixtures import POST, git, isolated_git_config, make_site

__all__ = ["isolated_git_config"]

POST_NAME = "_posts/2024-03-01-jimbocho.md"


def open_repo_site(window: MainWindow, site: Path, qtbot) -> None:
    window.open_site(site)
    qtbot.waitUntil(lambda: window.site_ui.site() is not None, timeout=10_000)
    qtbot.waitUntil(lambda: bool(window.git_ui.repo and window.git_ui.repo.available))


@pytest.fixture
def trash(tmp_path, monkeypatch) -> Path:
    """Point the freedesktop trash at ``tmp_path`` (never the real one)."""
    from send2trash import plat_other

    xdg = tmp_path / "xdg"
    monkeypatch.setattr(plat_other, "XDG_DATA_HOME", bytes(xdg))
    monkeypatch.setattr(plat_other, "HOMETRASH_B", bytes(xdg / "Trash"))
    monkeypatch.setattr(plat_other, "HOMETRASH", str(xdg / "Trash"))
    monkeypatch.setattr(plat_other, "get_dev", lambda path: 0)
    return xdg / "Trash" / "files"


def test_changes_view_marks_one_changed_kanji(window, tmp_path, qtbot) -> None:
    site = make_site(tmp_path / "site")
    (site / POST_NAME).write_text(POST.replace("三軒", "四軒"), encoding="utf-8")
    open_repo_site(window, site, qtbot)
    window.git_ui.actionShowChanges.trigger()
    view = window.git_ui.changes
    assert window.git_ui.changes_dock.isVisible()
    qtbot.waitUntil(lambda: view.files.count() == 1, timeout=5000)
    qtbot.waitUntil(lambda: view.diff.changes == 1, timeout=5000)
    marked = []
    block = view.diff.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush:
                marked.append(fragment.text())
            fragments += 1
        block = block.next()
    assert marked == ["三", "四"]


@pytest.mark.skipif(sys.platform != "linux", reason="points the freedesktop trash at tmp_path")
def test_discard_keeps_the_current_version_in_the_trash(
    window, tmp_path, qtbot, monkeypatch, trash
) -> None:
    site = make_site(tmp_path / "site")
    (site / POST_NAME).write_text(POST + "消えては困る一文。\n", encoding="utf-8")
    open_repo_site(window, site, qtbot)
    view = window.git_ui.changes
    qtbot.waitUntil(lambda: view.files.count() == 1, timeout=5000)
    view.files.setCurrentRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not view.discard_current()
    assert "消えては困る一文。" in (site / POST_NAME).read_text(encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert view.discard_current()
    qtbot.waitUntil(lambda: view.files.count() == 0, timeout=5000)
    assert (site / POST_NAME).read_text(encoding="utf-8") == POST
    kept = trash / "2024-03-01-jimbocho.md"
    assert kept.read_text(encoding="utf-8").endswith("消えては困る一文。\n")


def test_history_restores_an_old_version_unsaved_and_undoable(window, tmp_path, qtbot) -> None:
    site = make_site(tmp_path / "site")
    (site / POST_NAME).write_text(POST + "二版目。\n", encoding="utf-8")
    git(site, "commit", "-qam", "Second version")
    open_repo_site(window, site, qtbot)
    editor = window.open_post((site / POST_NAME).resolve())
    dialog = window.git_ui.show_history()
    assert isinstance(dialog, HistoryDialog)
    qtbot.waitUntil(lambda: dialog.commits.topLevelItemCount() == 2, timeout=5000)
    assert dialog.commits.topLevelItem(0).text(1) == "Second version"
    dialog.commits.setCurrentItem(dialog.commits.topLevelItem(1))
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=5000)
    assert dialog.version.toPlainText() == POST
    assert dialog.compare.changes == 1
    assert dialog.restore_selected()
    assert editor.session.post.text() == POST
    assert editor.session.is_dirty  # unsaved: nothing written
    assert (site / POST_NAME).read_text(encoding="utf-8").endswith("二版目。\n")
    editor.text_pane.undo()
    assert "二版目。" in editor.text_pane.toPlainText()
    dialog.close()
