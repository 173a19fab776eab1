"""Tests for editor.app: the command line and the OS's file-open requests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QFileOpenEvent

from editor import __version__
from editor.app import FileOpenForwarder, parse_arguments


def test_version_from_the_command_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "editor", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"Kiji {__version__}"


def test_arguments() -> None:
    assert parse_arguments(["site"]).path == Path("site")
    assert parse_arguments(["--sample"]).sample


def test_file_open_events_reach_the_window(qapp, tmp_path: Path) -> None:
    opened: list[Path] = []
    forwarder = FileOpenForwarder(opened.append)
    target = QObject()
    target.installEventFilter(forwarder)
    post = tmp_path / "a.md"
    QCoreApplication.sendEvent(target, QFileOpenEvent(str(post)))
    assert opened == [post]


def test_the_application_has_our_icon(qapp) -> None:
    assert not qapp.windowIcon().isNull()
