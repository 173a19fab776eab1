"""Paced background sweeps: every item, in order, with pauses between slices of work."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterator

import pytest

from editor.services import background
from editor.services.background import gently


@pytest.fixture(autouse=True)
def no_holds_left() -> Iterator[None]:
    """Each test starts and ends with no foreground stretch (the state is global)."""
    background._Foreground.started.clear()
    yield
    background._Foreground.started.clear()


def test_every_item_comes_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    pauses: list[float] = []
    monkeypatch.setattr(background.time, "sleep", pauses.append)
    assert list(gently(range(5), work_s=0.0, pause_s=0.25)) == [0, 1, 2, 3, 4]
    assert pauses == [0.25] * 5  # no slice is short enough: a pause after each item


def test_no_pause_while_a_slice_lasts(monkeypatch: pytest.MonkeyPatch) -> None:
    pauses: list[float] = []
    monkeypatch.setattr(background.time, "sleep", pauses.append)
    assert list(gently("abc", work_s=3600.0)) == ["a", "b", "c"]
    assert pauses == []


def test_the_pause_comes_after_the_slice_not_before_the_first_item(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = iter([0.0, 0.0005, 0.001, 0.0031, 0.0032, 0.0045, 0.0046])
    monkeypatch.setattr(background.time, "perf_counter", lambda: next(clock))
    events: list[str] = []
    monkeypatch.setattr(background.time, "sleep", lambda _s: events.append("pause"))
    for item in gently("abcd", work_s=0.001):
        events.append(item)
    # a and b in the first millisecond, then the pause; c and d fill the next slice
    assert events == ["a", "b", "pause", "c", "d", "pause"]


def test_sweeps_in_two_threads_take_turns() -> None:
    """While one sweep works or pauses, the other waits, and they take turns."""
    log: list[tuple[str, str]] = []
    lock = threading.Lock()

    def sweep(name: str) -> None:
        for _item in gently(range(20), work_s=0.0, pause_s=0.002):
            with lock:
                log.append((name, "in"))
            time.sleep(0.0005)
            with lock:
                log.append((name, "out"))

    workers = [threading.Thread(target=sweep, args=(n,)) for n in ("a", "b")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(10)
    assert len(log) == 80
    for first, second in zip(log[::2], log[1::2], strict=True):
        assert first[0] == second[0] and (first[1], second[1]) == ("in", "out")
    # First come, first served: once both wait, they alternate (a plain lock lets the
    # one that releases it take it straight back, and one sweep starves the other).
    turns = [name for name, step in log if step == "in"]
    repeats = sum(1 for one, two in itertools.pairwise(turns) if one == two)
    assert repeats <= 3, turns


def _give_way_in_a_worker() -> tuple[threading.Thread, list[float]]:
    waited: list[float] = []

    def worker() -> None:
        started = time.monotonic()
        background.give_way()
        waited.append(time.monotonic() - started)

    thread = threading.Thread(target=worker)
    thread.start()
    return thread, waited


def test_workers_wait_while_the_ui_thread_is_in_foreground_work() -> None:
    thread, waited = _give_way_in_a_worker()  # nothing in the foreground: at once
    thread.join(5)
    assert waited[0] < 0.5
    with background.foreground():
        with background.foreground():  # nested: one stretch
            thread, waited = _give_way_in_a_worker()
            time.sleep(0.2)
            assert thread.is_alive() and not waited
        time.sleep(0.05)
        assert thread.is_alive()
    thread.join(5)
    assert waited and waited[0] >= 0.2


def test_a_long_foreground_stretch_holds_workers_up_only_so_long(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A dialog opened in foreground work must not stop the index build for minutes."""
    monkeypatch.setattr(background, "FOREGROUND_MAX_S", 0.1)
    with background.foreground():
        thread, waited = _give_way_in_a_worker()
        thread.join(5)
        assert waited and 0.05 <= waited[0] < 2


def test_a_sweep_stops_when_told_at_the_next_slice() -> None:
    seen: list[int] = []
    for item in gently(range(100), work_s=0.0, pause_s=0.0, stop=lambda: len(seen) >= 3):
        seen.append(item)
    assert seen == [0, 1, 2]


def test_the_foreground_thread_itself_never_waits() -> None:
    """A job run inline on the UI thread during foreground work must not wait for it."""
    with background.foreground():
        started = time.monotonic()
        background.give_way()
        assert time.monotonic() - started < 0.5


def test_a_hold_keeps_workers_waiting_until_it_is_released() -> None:
    """Opening a post holds the workers past the call, until its pane has painted."""
    hold = background.hold_foreground()
    try:
        thread, waited = _give_way_in_a_worker()
        time.sleep(0.2)
        assert thread.is_alive() and not waited
    finally:
        hold.release()
    hold.release()  # a second release does nothing
    thread.join(5)
    assert waited and waited[0] >= 0.2
    thread, waited = _give_way_in_a_worker()
    thread.join(5)
    assert waited[0] < 0.5


def test_a_forgotten_hold_stops_holding_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pane that never paints (a minimized window) must not stop the workers."""
    monkeypatch.setattr(background, "FOREGROUND_MAX_S", 0.1)
    forgotten = background.hold_foreground()
    thread, waited = _give_way_in_a_worker()
    thread.join(5)
    assert waited and 0.05 <= waited[0] < 2
    time.sleep(0.15)
    later = background.hold_foreground()  # the forgotten one is dropped meanwhile
    try:
        assert id(forgotten) not in background._Foreground.started
    finally:
        later.release()
    assert not background._Foreground.started


def test_a_renewed_hold_outlasts_the_wait_and_a_released_one_stays_released(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A long post's colouring renews its hold at each step: workers wait it out."""
    monkeypatch.setattr(background, "FOREGROUND_MAX_S", 0.5)
    hold = background.hold_foreground()
    thread, waited = _give_way_in_a_worker()
    for _ in range(6):  # 0.6 s of steps, each well within the wait
        time.sleep(0.1)
        hold.renew()
    assert thread.is_alive() and not waited
    hold.release()
    thread.join(5)
    assert waited and waited[0] >= 0.55
    hold.renew()  # after the release: nothing
    assert not background._Foreground.started
