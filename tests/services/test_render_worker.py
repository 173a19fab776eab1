"""The render worker: only the newest text renders, and the UI thread gets the lock often."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator

import pytest

from editor.services import background
from editor.services.background import GIL_SWITCH_INTERVAL_S, ForegroundHold, hold_foreground
from editor.services.render_worker import RenderResult, RenderWorker


def test_the_newest_request_is_rendered_last(qtbot) -> None:
    worker = RenderWorker()
    results: list[RenderResult] = []
    worker.rendered.connect(results.append)
    try:
        last = 0
        for number in range(20):
            last = worker.request(f"# 見出し {number}\n\n本文 {number}\n")
        qtbot.waitUntil(lambda: bool(results) and results[-1].seq == last, timeout=10000)
        assert "見出し 19" in repr(results[-1].blocks)
        assert len(results) <= 20  # requests made while one rendered were coalesced
    finally:
        worker.shutdown()


def test_a_long_render_lets_the_ui_thread_in_often(qapp) -> None:
    before = sys.getswitchinterval()
    worker = RenderWorker()
    try:
        assert sys.getswitchinterval() <= GIL_SWITCH_INTERVAL_S < 0.005  # Python's default
    finally:
        worker.shutdown()
        sys.setswitchinterval(before)


@pytest.fixture
def held(monkeypatch) -> Iterator[tuple[RenderWorker, list[RenderResult], ForegroundHold]]:
    """A worker, the results it sends, and a foreground hold (lasting: no expiry) that
    is released and the worker shut down at the end."""
    monkeypatch.setattr(background, "FOREGROUND_MAX_S", 60.0)
    worker = RenderWorker()
    results: list[RenderResult] = []
    worker.rendered.connect(results.append)
    hold = hold_foreground()
    yield worker, results, hold
    hold.release()
    worker.shutdown()


def test_a_post_being_opened_is_drawn_before_its_preview_renders(qtbot, held) -> None:
    """While the UI thread holds the foreground (a post's pane being laid out and
    painted), the renderer waits, then renders only the newest text it was given."""
    worker, results, hold = held
    worker.request("# 古い\n")
    last = worker.request("# 新しい\n")
    qtbot.wait(300)
    assert not results
    released = time.monotonic()
    hold.release()
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert time.monotonic() - released < 5
    assert [result.seq for result in results] == [last]
    assert "新しい" in repr(results[0].blocks)


def test_a_first_screen_renders_at_once_and_the_whole_post_after_the_hold(qtbot, held) -> None:
    """A post just shown: its first screen does not wait for the pane to be drawn; the
    whole post does, and what was pending for the post before is dropped."""
    worker, results, hold = held
    worker.request("# 前の記事\n")  # pending for the post the writer left
    first = worker.request_soon("# 冒頭\n")
    whole = worker.request("# 冒頭\n\n続き\n")
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    qtbot.wait(200)
    assert [result.seq for result in results] == [first]  # the rest waits
    hold.release()
    qtbot.waitUntil(lambda: results[-1].seq == whole, timeout=10000)
    assert [result.seq for result in results] == [first, whole]
    assert "前の記事" not in repr([result.blocks for result in results])


def test_shutdown_while_workers_wait_does_not_render(qtbot, held) -> None:
    """Quitting right after opening a post: the thread ends without the render."""
    worker, results, hold = held
    worker.request("# 見出し\n")
    qtbot.wait(100)  # the worker took the job and waits
    worker.shutdown()
    assert not worker._thread.is_alive()  # it did not wait out the hold
    hold.release()
    qtbot.wait(100)
    assert not results
