"""A conflicted pull in the real window: both versions marked, chosen with one click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from editor.ui.git.conflict_marks import LAYER, ConflictMarks
from editor.ui.window.main_window import MainWindow
from tests.git_fixtures import git, isolated_git_config
from tests.ui.git.test_git_controller import POST_NAME, diverged, open_repo_site

__all__ = ["diverged", "isolated_git_config"]


def _marks(editor) -> ConflictMarks:
    marks = editor.findChild(ConflictMarks, "conflictMarks")
    assert marks is not None
    return marks


def _layer(editor):
    return editor.text_pane._selection_layers.get(LAYER, [])


def test_a_conflicted_pull_is_marked_and_resolved_undoably(
    window: MainWindow, diverged, qtbot, monkeypatch
) -> None:
    site, _other = diverged
    open_repo_site(window, site, qtbot)
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: None)
    window.git_ui.sync.pull(merge=True)  # the real git leaves both versions in the file
    post = (site / POST_NAME).resolve()
    qtbot.waitUntil(lambda: window.current_editor() is not None, timeout=10_000)
    editor = window.current_editor()
    assert editor.session.path == post
    marks = _marks(editor)
    qtbot.waitUntil(lambda: marks.count() == 1, timeout=5000)
    assert marks.bar.isVisible()
    assert "1 Git conflict" in marks.bar.message.text()
    assert "“HEAD” against" in marks.bar.message.text()
    # Every line of the region is tinted: 2 sides of one line each and 3 marker lines.
    assert len(_layer(editor)) == 5
    marks.bar.keep_theirs.click()
    body = editor.session.body
    assert "五軒" in body and "四軒" not in body and "<<<<<<<" not in body
    assert marks.count() == 0 and not marks.bar.isVisible() and not _layer(editor)
    assert editor.session.is_dirty and "<<<<<<<" in post.read_text(encoding="utf-8")
    editor.text_pane.undo()  # both versions come back
    qtbot.waitUntil(lambda: marks.count() == 1, timeout=5000)
    assert "四軒" in editor.session.body and "五軒" in editor.session.body
    marks.bar.keep_both.click()
    assert "四軒" in editor.session.body and "五軒" in editor.session.body
    assert "=======" not in editor.session.body
    assert window.save()
    on_disk = post.read_text(encoding="utf-8")
    assert "<<<<<<<" not in on_disk and on_disk.index("四軒") < on_disk.index("五軒")
    git(site, "commit", "-qam", "Merge both")  # the merge can be finished as usual
    assert "Merge both" in git(site, "log", "-1", "--format=%s")


def test_a_front_matter_conflict_comes_first_and_mends_the_form(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    post = tmp_path / "post.md"
    post.write_text(
        "---\n<<<<<<< HEAD\ntitle: 神保町\n=======\ntitle: 神田\n>>>>>>> origin/main\n---\n"
        "本文。\n\n<<<<<<< HEAD\n私の行\n=======\n相手の行\n>>>>>>> origin/main\n",
        encoding="utf-8",
    )
    editor = window.open_post(post)
    marks = _marks(editor)
    qtbot.waitUntil(lambda: marks.count() == 2, timeout=5000)
    assert editor.session.post.error is not None  # broken YAML
    assert "front matter" in marks.bar.message.text()
    marks.bar.keep_mine.click()
    assert editor.session.post.error is None
    assert editor.session.post.front_matter["title"] == "神保町"
    assert marks.count() == 1 and "line 6" in marks.bar.message.text()
    marks.bar.keep_theirs.click()
    assert editor.session.body == "本文。\n\n相手の行\n"
    assert marks.count() == 0


def test_the_tints_follow_a_theme_switch(window: MainWindow, tmp_path: Path, qtbot) -> None:
    post = tmp_path / "post.md"
    post.write_text("<<<<<<< HEAD\na\n=======\nb\n>>>>>>> x\n", encoding="utf-8")
    window.set_theme("light")
    editor = window.open_post(post)
    qtbot.waitUntil(lambda: bool(_layer(editor)), timeout=5000)
    light = _layer(editor)[0].format.background().color().name()
    window.set_theme("dark")
    qtbot.waitUntil(lambda: _layer(editor)[0].format.background().color().name() != light)
    assert _layer(editor)[0].format.background().color().lightness() < 100
