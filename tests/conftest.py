"""Test-wide set-up: offscreen Qt, Kiji's own QApplication, isolated settings folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import pytest
from hypothesis import HealthCheck, settings

# Property tests judge behaviour, never this machine's speed: no per-example deadline, and
# no health check that fails a test because generating its data was slow on a busy core.
settings.register_profile(
    "kiji", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile("kiji")


@pytest.fixture(scope="session")
def qapp():
    """Kiji's configured application (schemes and WebEngine flags) instead of pytest-qt's."""
    from editor.app import create_application, release_windows

    app = create_application(["kiji-tests"])
    yield app
    release_windows(app)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Keep settings and journals of each test in a throwaway KIJI_HOME."""
    monkeypatch.setenv("KIJI_HOME", str(tmp_path_factory.mktemp("kiji-home")))


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(request, monkeypatch):
    """A modal message box would hang an offscreen run: answer it and fail the test instead.

    Tests that expect a dialog patch ``QMessageBox.<kind>`` themselves, which overrides this.
    """
    if "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QMessageBox

    calls: list[tuple[str, tuple]] = []

    def unexpected(kind: str, answer: QMessageBox.StandardButton):
        def fake(*args, **kwargs):
            calls.append((kind, args[1:3]))
            return answer

        return fake

    button = QMessageBox.StandardButton
    for kind, answer in (
        ("question", button.Cancel),
        ("warning", button.Ok),
        ("critical", button.Ok),
        ("information", button.Ok),
    ):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind, answer))
    yield
    assert not calls, f"unexpected dialog(s): {calls}"
