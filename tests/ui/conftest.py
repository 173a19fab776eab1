"""Fixtures for tests that drive the real main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from editor.app.container import build_services
from editor.ui.window.main_window import MainWindow
from tests.ui.helpers import copy_sample


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A private copy of the sample site."""
    return copy_sample(tmp_path)


@pytest.fixture
def window(qtbot, monkeypatch) -> Iterator[MainWindow]:
    """A shown main window, closed at the end with unsaved changes discarded."""
    window = MainWindow(build_services())
    window.resize(1200, 800)
    window.show()
    yield window
    # Not registered with qtbot: pytest-qt would close it before this teardown runs, while
    # the "unexpected dialog" guard still answers Cancel to the unsaved-changes question.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.close()
    window.deleteLater()
    qtbot.wait(10)
