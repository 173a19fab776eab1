"""The render worker: only the newest text renders, and the UI thread gets the lock often."""

from __future__ import annotations

import sys

from editor.services.render_worker import SWITCH_INTERVAL_S, RenderResult, RenderWorker


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
        assert sys.getswitchinterval() <= SWITCH_INTERVAL_S < 0.005  # Python's default
    finally:
        worker.shutdown()
        sys.setswitchinterval(before)
