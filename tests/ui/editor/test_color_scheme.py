"""An OS colour-scheme switch re-colours the open posts and leaves them as they were."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

import editor.ui.window.main_window as main_window_module
from editor.ui.window.main_window import MainWindow

# Characters toPlainText() would have changed (no-break space, line separator): the
# re-highlight after a scheme switch then looked like an edit of the whole post.
POST = (
    '---\nlayout: post\ntitle: "秋"\nreading_time: 1\n---\n'
    "10\u00a0km の道\u2028二行目\nplain line\n😀 **bold**\n"
)


class _Hints:
    """What the window reads after the switch: the OS's new scheme."""

    def __init__(self, scheme: Qt.ColorScheme) -> None:
        self._scheme = scheme

    def colorScheme(self) -> Qt.ColorScheme:  # Qt's name
        return self._scheme


class _Application:
    hints = _Hints(Qt.ColorScheme.Unknown)

    @classmethod
    def styleHints(cls) -> _Hints:  # Qt's name
        return cls.hints


def switch_os_scheme(monkeypatch: pytest.MonkeyPatch, scheme: Qt.ColorScheme) -> None:
    """Do what the platform does: the style hints report ``scheme`` and say it changed.

    The offscreen (and a bare X) platform cannot switch its scheme, so the window's view
    of the hints is replaced and the real ``colorSchemeChanged`` signal is emitted.
    """
    _Application.hints = _Hints(scheme)
    monkeypatch.setattr(main_window_module, "QGuiApplication", _Application)
    QGuiApplication.styleHints().colorSchemeChanged.emit(scheme)


def test_a_scheme_switch_leaves_an_unedited_post_clean(
    window: MainWindow, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "2025-11-01-aki.md"
    path.write_bytes(POST.encode("utf-8"))
    editor = window.open_post(path)
    assert editor is not None
    qtbot.wait(50)
    assert not editor.session.is_dirty
    assert not editor.text_pane.highlighter.dark
    dirtied: list[bool] = []
    editor.session.dirtyChanged.connect(dirtied.append)

    switch_os_scheme(monkeypatch, Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: editor.text_pane.highlighter.dark)  # re-highlighted dark
    switch_os_scheme(monkeypatch, Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: not editor.text_pane.highlighter.dark)
    qtbot.wait(50)

    assert dirtied == []
    assert not editor.session.is_dirty
    assert not window.isWindowModified()
    assert editor.session.post.text() == POST  # reading_time was not recomputed either
    editor.session.save()
    assert path.read_bytes() == POST.encode("utf-8")


def test_an_edit_still_makes_the_post_dirty_after_a_switch(
    window: MainWindow, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "2025-11-02-fuyu.md"
    path.write_bytes(POST.encode("utf-8"))
    editor = window.open_post(path)
    assert editor is not None
    switch_os_scheme(monkeypatch, Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: editor.text_pane.highlighter.dark)
    editor.text_pane.setFocus()
    qtbot.keyClick(editor.text_pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.text_pane, "fuyu")
    assert editor.session.is_dirty
