"""The desktop smoke suite runs Kiji as a person does: its own entry point, on Xvfb.

On a machine without Xvfb and xdotool the suite is skipped, except in CI (``CI`` set),
where a missing tool is a failure: CI must prove the real app.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.resources import resource_path
from tests.desktop.x11 import XServer, desktop_tools_missing, xvfb


@pytest.fixture(scope="session")
def x_server() -> Iterator[XServer]:
    """One Xvfb for the whole desktop suite."""
    missing = desktop_tools_missing()
    if missing:
        message = f"the desktop suite needs {', '.join(missing)} (make system-deps-test)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with xvfb() as server:
        yield server


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A fresh copy of the sample site."""
    target = tmp_path / "site"
    shutil.copytree(resource_path("sample-site"), target)
    return target


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """Kiji's user folder (settings, journal) for one test."""
    return tmp_path / "kiji-home"
