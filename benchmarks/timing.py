"""Shared arithmetic for the benchmark scripts (one definition of p95 for all of them)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def percentile(values: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank)."""
    return percentile(values, 0.95)


def measure(func: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Return (median, p95) in milliseconds over ``repeat`` runs after a warm-up."""
    for _ in range(max(3, repeat // 20)):
        func()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter_ns()
        func()
        samples.append((time.perf_counter_ns() - start) / 1e6)
    return statistics.median(samples), p95(samples)
