"""Paced background sweeps: every item, in order, with pauses between slices of work."""

from __future__ import annotations

import pytest

from editor.services import background
from editor.services.background import gently


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
    clock = iter([0.0, 0.001, 0.003, 0.0031, 0.0032, 0.006, 0.0061])
    monkeypatch.setattr(background.time, "perf_counter", lambda: next(clock))
    events: list[str] = []
    monkeypatch.setattr(background.time, "sleep", lambda _s: events.append("pause"))
    for item in gently("abcd", work_s=0.002):
        events.append(item)
    # a at 0.001 (in the slice), b at 0.003 (slice over: pause), c in the new slice...
    assert events == ["a", "b", "pause", "c", "d", "pause"]
