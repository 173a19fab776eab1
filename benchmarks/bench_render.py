"""Render speed: full render and re-render after a one-character edit.

Run ``python benchmarks/bench_render.py``. For the seed post, a 20,000-character Japanese
post and a 200,000-character post it prints the median and p95 of:

- ``baseline``: a plain ``MarkdownIt("commonmark").enable("table").render()`` of the body,
- ``full``: ``Renderer.render_blocks`` with empty caches (a post just opened),
- ``edit``: ``Renderer.render_blocks`` after typing one character in the middle,
- ``newline``: the same after pressing Enter there (all later blocks shift a line),

and the ratio of each to the baseline measured in the same run.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from markdown_it import MarkdownIt

from benchmarks.corpus import japanese_post, long_post, seed_post
from editor.core.render.highlight import highlight_code
from editor.core.render.render import Renderer


def _measure(run: Callable[[int], object], repeats: int) -> list[float]:
    timings = []
    for index in range(repeats):
        start = time.perf_counter()
        run(index)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _edit_positions(text: str) -> int:
    # A position inside prose in the middle of the post (not inside a code fence).
    middle = len(text) // 2
    return text.find("。", middle) if text.find("。", middle) > 0 else middle


def bench(name: str, body: str, repeats: int) -> None:
    """Print the figures for one post."""
    plain = MarkdownIt("commonmark").enable("table")
    baseline = _measure(lambda _i: plain.render(body), repeats)

    def full(_index: int) -> None:
        highlight_code.cache_clear()
        Renderer().render_blocks(body)

    full_times = _measure(full, repeats)

    renderer = Renderer()
    renderer.render_blocks(body)
    position = _edit_positions(body)
    edits = [body[:position] + ch + body[position:] for ch in "あいうえおかきくけこ"]

    def edit(index: int) -> None:
        renderer.render_blocks(edits[index % len(edits)])

    edit_times = _measure(edit, repeats)

    # Enter pressed: every later block moves down a line (cached HTML must be reused).
    newline_edits = [body[:position] + "\n" * (1 + i % 2) + body[position:] for i in range(2)]

    def newline(index: int) -> None:
        renderer.render_blocks(newline_edits[index % 2])

    newline_times = _measure(newline, repeats)
    base = statistics.median(baseline)
    print(f"{name} ({len(body):,} chars, {repeats} runs)")
    rows = (
        ("baseline", baseline),
        ("full", full_times),
        ("edit", edit_times),
        ("newline", newline_times),
    )
    for label, values in rows:
        median = statistics.median(values)
        print(
            f"  {label:<9} median {median:8.2f} ms   p95 {_p95(values):8.2f} ms   "
            f"ratio to baseline {median / base:5.2f}"
        )


def main() -> None:
    """Run the benchmark on the three corpus posts."""
    bench("seed post", seed_post(), 30)
    bench("japanese_post(20_000)", japanese_post(20_000), 30)
    bench("long_post(200_000)", long_post(200_000), 10)


if __name__ == "__main__":
    main()
