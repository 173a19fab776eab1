"""Tests for editor.app: the command line and the OS's file-open requests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QFileOpenEvent

from editor import __version__
from editor.app import KijiApplication, copy_sample_site, open_main_window, parse_arguments


def test_version_from_the_command_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "editor", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"Kiji {__version__}"


def test_arguments() -> None:
    assert parse_arguments(["site"]).path == Path("site")
    assert parse_arguments(["--sample"]).sample


def test_the_application_object_is_kijis(qapp) -> None:
    assert isinstance(qapp, KijiApplication)


def test_files_the_os_asks_for_open_in_the_window(qapp, qtbot, tmp_path: Path) -> None:
    site = copy_sample_site(tmp_path)
    post = site / "_posts" / "2025-11-16-kyoto-autumn.md"
    window = open_main_window(
        qapp, parse_arguments([str(site / "_posts" / "2025-10-04-hello-kiji.md")])
    )
    qtbot.addWidget(window)
    try:
        # What macOS sends for Finder's "Open With" and the Dock icon: an event to the app.
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(post)))
        editor = window.current_editor()
        assert editor is not None and editor.session.path == post
        assert len(window.editors()) == 2
    finally:
        qapp.set_file_open_handler(None)


def test_files_asked_for_before_the_window_exists_wait_for_it(qapp, tmp_path: Path) -> None:
    qapp.set_file_open_handler(None)
    early = tmp_path / "early.md"
    QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(early)))
    opened: list[Path] = []
    qapp.set_file_open_handler(opened.append)
    try:
        assert opened == [early]
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "later.md")))
        assert opened == [early, tmp_path / "later.md"]
    finally:
        qapp.set_file_open_handler(None)


def test_no_application_wide_event_filter(qapp, qtbot, tmp_path: Path) -> None:
    """An app-wide Python filter sees every object's events and crashed every launch."""
    seen: list[QObject] = []
    original = QObject.installEventFilter

    def record(self: QObject, watcher: QObject) -> None:
        seen.append(self)
        original(self, watcher)

    QObject.installEventFilter = record  # type: ignore[method-assign]
    try:
        window = open_main_window(qapp, parse_arguments(["--sample"]))
        qtbot.addWidget(window)
    finally:
        QObject.installEventFilter = original  # type: ignore[method-assign]
        qapp.set_file_open_handler(None)
    assert all(obj is not qapp for obj in seen)


def test_the_application_has_our_icon(qapp) -> None:
    assert not qapp.windowIcon().isNull()


def test_kana_and_kanji_fall_back_to_one_japanese_face(qapp) -> None:
    """Per-script fallback mixed two Japanese fonts (and weights) inside one word."""
    from PySide6.QtGui import QFontDatabase

    from editor.app import JAPANESE_UI_FONTS, use_one_japanese_font

    installed = [name for name in JAPANESE_UI_FONTS if name in QFontDatabase.families()]
    if not installed:
        pytest.skip("no Japanese font on this machine (make test installs Noto CJK)")
    before = qapp.font()
    try:
        use_one_japanese_font(qapp)
        assert qapp.font().families()[1:] == [installed[0]]
    finally:
        qapp.setFont(before)
