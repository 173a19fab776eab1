"""The source view edits the same document; broken text is kept and its line is marked."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from editor.services.document import DocumentSession
from editor.ui.form.front_matter_source import FrontMatterSource

SEED = Path(__file__).resolve().parents[2] / "data" / "seed" / "2025-12-28-llama4.md"


def _source(qtbot, tmp_path: Path) -> FrontMatterSource:
    path = tmp_path / SEED.name
    shutil.copyfile(SEED, path)
    view = FrontMatterSource(DocumentSession.open(path))
    qtbot.addWidget(view)
    view.show()
    return view


def test_typing_reaches_the_session_after_a_pause(qtbot, tmp_path: Path) -> None:
    view = _source(qtbot, tmp_path)
    session = view.session
    applied: list = []
    view.sourceApplied.connect(lambda before, after: applied.append((before, after)))
    cursor = view.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    view.editor.setTextCursor(cursor)
    qtbot.keyClicks(view.editor, "draft: true")
    assert view.has_pending_edit() and "draft" not in session.front_matter_text
    qtbot.waitUntil(lambda: "draft: true\n" in session.front_matter_text)
    assert len(applied) == 1 and applied[0][1] == session.front_matter_text
    assert session.post.front_matter["draft"] is True


def test_broken_text_is_kept_with_its_line_marked(qtbot, tmp_path: Path) -> None:
    view = _source(qtbot, tmp_path)
    view.editor.setPlainText("title: ok\ntags: [a\nauthor: x\n")
    view.apply()
    error = view.session.post.error
    assert error is not None
    assert view.session.front_matter_text == "title: ok\ntags: [a\nauthor: x\n"
    assert view.error_label.isVisible()
    assert view.error_label.text().startswith(f"Line {error.line}:")
    marked = view.editor.extraSelections()
    assert len(marked) == 1
    assert marked[0].cursor.blockNumber() == error.line - 2  # the fence is file line 1
    view.editor.setPlainText("title: ok\ntags: [a]\nauthor: x\n")
    qtbot.keyClick(view.editor, Qt.Key.Key_End)
    view.apply()
    assert view.session.post.error is None
    assert not view.error_label.isVisible() and view.editor.extraSelections() == []


NBSP_POST = '---\ntitle: "10\u00a0km の道"\nexcerpt: "100\u00a0円\u2028と"\n---\n\n本文\n'


def test_typing_in_the_source_keeps_no_break_spaces_on_other_lines(qtbot, tmp_path) -> None:
    path = tmp_path / "2025-11-01-nbsp.md"
    path.write_bytes(NBSP_POST.encode("utf-8"))
    view = FrontMatterSource(DocumentSession.open(path))
    qtbot.addWidget(view)
    view.show()
    # A re-highlight (the OS switched to dark) is not an edit.
    view.highlighter.set_dark(True)
    view.highlighter.set_dark(False)
    qtbot.wait(50)
    view.apply()
    assert not view.session.is_dirty
    cursor = view.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    view.editor.setTextCursor(cursor)
    qtbot.keyClicks(view.editor, "draft: true")
    qtbot.waitUntil(lambda: "draft: true\n" in view.session.front_matter_text)
    view.session.save()
    lines = path.read_bytes().split(b"\n")
    assert lines[1:3] == [line.encode() for line in NBSP_POST.split("\n")[1:3]]
    assert b"draft: true" in lines[3]
