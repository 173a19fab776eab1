"""``KIJI_TRACE_STARTUP``: the start-up milestones the start-up benchmark reads."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor.app import copy_sample_site, open_main_window, parse_arguments
from editor.app.startup_trace import TRACE_VARIABLE, StartupTrace, read_trace
from editor.core.paths import user_data_dir
from editor.services.settings import OpenTab, SessionState, Settings


class _FakePreview(QObject):
    updated = Signal(int)


def test_each_milestone_is_written_once_with_the_monotonic_time(tmp_path: Path) -> None:
    trace = StartupTrace(tmp_path / "trace")
    before = time.monotonic()
    trace.mark("window-shown")
    trace.mark("window-shown")
    marks = read_trace(trace.path)
    assert list(marks) == ["window-shown"]
    assert before <= marks["window-shown"] <= time.monotonic()
    assert trace.path.read_text(encoding="utf-8").count("window-shown") == 1


def test_the_first_preview_is_the_first_update_of_the_page(qapp, tmp_path: Path) -> None:
    trace = StartupTrace(tmp_path / "trace")
    preview = _FakePreview()
    trace.follow_preview(preview)
    assert "first-preview" not in read_trace(trace.path)
    preview.updated.emit(1)
    first = read_trace(trace.path)["first-preview"]
    preview.updated.emit(2)
    assert read_trace(trace.path) == {"first-preview": first}


def test_no_variable_no_trace(monkeypatch) -> None:
    monkeypatch.delenv(TRACE_VARIABLE, raising=False)
    assert StartupTrace.from_environment() is None
    assert read_trace(Path("/nonexistent/trace")) == {}


def _traced_sample(tmp_path: Path, monkeypatch) -> tuple[Path, Path, Path]:
    """A start-up trace file that the app will write, and a sample site with its post."""
    target = tmp_path / "trace"
    monkeypatch.setenv(TRACE_VARIABLE, str(target))
    site = copy_sample_site(tmp_path)
    return target, site, site / "_posts" / "2025-10-04-hello-kiji.md"


def test_the_app_marks_its_window_then_the_posts_preview(
    qapp, qtbot, tmp_path: Path, monkeypatch
) -> None:
    target, _site, post = _traced_sample(tmp_path, monkeypatch)
    window = open_main_window(qapp, parse_arguments([str(post)]))
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: "first-preview" in read_trace(target), timeout=30_000)
        marks = read_trace(target)
        assert marks["window-shown"] <= marks["first-preview"]
        editor = window.current_editor()
        assert editor is not None and editor.session.path == post
        assert window.preview.is_ready
    finally:
        qapp.set_file_open_handler(None)


def test_a_start_with_no_argument_previews_the_sessions_post_while_it_builds(
    qapp, qtbot, tmp_path: Path, monkeypatch
) -> None:
    target, site, post = _traced_sample(tmp_path, monkeypatch)
    Settings(user_data_dir()).save_session(SessionState(str(site), [OpenTab(str(post))]))
    window = open_main_window(qapp, parse_arguments([]))
    qtbot.addWidget(window)
    try:
        marks = read_trace(target)
        # The first screen was on the page before the window was done, as with a named post.
        assert marks["window-shown"] <= marks["first-preview"] <= marks["window-built"]
        qtbot.waitUntil(lambda: window.current_editor() is not None, timeout=30_000)
        editor = window.current_editor()
        assert editor is not None and editor.session.path == post  # then the whole session
        assert window.site_root == site
    finally:
        qapp.set_file_open_handler(None)
