"""Fixtures for hostile-input tests that drive the real main window."""

from __future__ import annotations

from tests.ui.conftest import window  # noqa: F401 - the real main window, shared
