"""Test-wide set-up: offscreen Qt, Kiji's own QApplication, isolated settings folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import pytest


@pytest.fixture(scope="session")
def qapp():
    """Kiji's configured application (schemes and WebEngine flags) instead of pytest-qt's."""
    from editor.app import create_application

    return create_application(["kiji-tests"])


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Keep settings and journals of each test in a throwaway KIJI_HOME."""
    monkeypatch.setenv("KIJI_HOME", str(tmp_path_factory.mktemp("kiji-home")))
