"""Shared arithmetic for the benchmark scripts (one definition of p95 for all of them)."""

from __future__ import annotations


def percentile(values: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank)."""
    return percentile(values, 0.95)
