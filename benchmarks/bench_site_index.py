"""Benchmark: opening a 5,000-post site, and following one changed file through the service.

Run: ``python benchmarks/bench_site_index.py [--posts N] [--runs N] [--changes N]``;
``--cache-posts 50000 --runs 1``: a generated varied site (benchmarks/site_corpus.py)
opened with the user cache, first and next start, against frontmatter.load in a loop.

Targets (issue 6): index ready <= 1.5 s for 5,000 posts; a change on disk reflected in
the index <= 300 ms later. Issue 17 (``--cache-posts 50000``): ready <= 10 s on the first
open and <= 2 s on the next (links and reading time are read later, on demand).
Issue 7: ``text_stats`` of a 200k-character post well under
50 ms (the status bar recomputes it while typing). Baselines measured in the same run:
- opening: python-frontmatter alone (``frontmatter.load`` per file, in a loop);
- a change: ``frontmatter.load`` of the one changed file;
- text_stats: one ``str.split()`` of the same text (the cheapest possible word count).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import frontmatter
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from timing import p95

sys.path.insert(0, str(Path(__file__).resolve().parent))

from editor.core.site.site import Site
from editor.core.text.stats import text_stats
from editor.services.site_index import SiteIndex

SEED = Path(__file__).resolve().parents[1] / "tests" / "data" / "seed" / "2025-12-28-llama4.md"


def make_site(root: Path, posts: int) -> list[Path]:
    """Write a Jekyll site of ``posts`` posts cut from the seed (3 paragraphs to all of it)."""
    seed = SEED.read_text(encoding="utf-8")
    end = seed.index("\n---\n", 4) + 5
    head, paragraphs = seed[:end], seed[end:].split("\n\n")
    (root / "_posts").mkdir(parents=True)
    (root / "_drafts").mkdir()
    (root / "_config.yml").write_text("timezone: Asia/Tokyo\npermalink: pretty\n")
    rng = random.Random(6)
    paths = []
    for number in range(posts):
        body = "\n\n".join(paragraphs[: rng.randint(3, len(paragraphs))])
        text = head.replace("Llama 4", f"Llama {number}") + body
        folder = "_drafts" if number % 50 == 0 else "_posts"
        path = root / folder / f"2025-{number % 12 + 1:02d}-{number % 28 + 1:02d}-post-{number}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def timed(function: Callable[[], object], runs: int) -> list[float]:
    """Return the wall times of ``runs`` calls of ``function``, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def report(name: str, values: list[float], baseline: list[float] | None = None) -> None:
    """Print median and p95 in milliseconds, and the ratio of medians to the baseline."""
    median = statistics.median(values)
    line = f"{name:<44} median {median * 1000:8.1f} ms   p95 {p95(values) * 1000:8.1f} ms"
    if baseline:
        line += f"   ratio {median / statistics.median(baseline):5.2f}x"
    print(line, flush=True)


class Waiter:
    """Times how long a signal takes to fire after a trigger (connected once: PySide6 6.12's
    disconnect() takes a reference from True, so connecting per wait would crash a long run)."""

    def __init__(self, signal) -> None:
        self.loop = QEventLoop()
        self.fired: list[float] = []
        signal.connect(self._done)

    def _done(self, *_args: object) -> None:
        self.fired.append(time.perf_counter())
        self.loop.quit()

    def wait(self, trigger: Callable[[], None], timeout_ms: int = 10_000) -> float:
        """Run ``trigger`` and the event loop until the signal fires; return seconds taken."""
        self.fired.clear()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(self.loop.quit)
        timer.start(timeout_ms)
        start = time.perf_counter()
        trigger()
        if not self.fired:
            self.loop.exec()
        timer.stop()
        if not self.fired:
            raise TimeoutError("the signal never came")
        return self.fired[0] - start


def bench_service(
    root: Path, paths: list[Path], changes: int, watch_files: bool, runs: int, baseline: list[float]
) -> None:
    """Open the site through the service (``runs`` times), then change files one at a time."""
    mode = "file watch" if watch_files else "poll only (250 ms)"
    ready_times = []
    for run in range(runs):
        index = SiteIndex(root, watch_files=watch_files, poll_interval_ms=250)
        ready_times.append(Waiter(index.ready).wait(index.start, timeout_ms=60_000))
        if run < runs - 1:
            index.close()
    report(f"service start -> ready ({mode})", ready_times, baseline)
    QCoreApplication.processEvents()  # let the file watches be added before the changes
    changed = Waiter(index.changed)
    rng = random.Random(7)
    latencies, baseline = [], []
    for number in range(changes):
        path = rng.choice([p for p in paths if "_posts" in p.parts])
        text = path.read_text(encoding="utf-8")
        new_text = text.replace('title: "', f'title: "[{number}] ', 1)

        def change(path: Path = path, new_text: str = new_text) -> None:
            path.write_text(new_text, encoding="utf-8")

        latencies.append(changed.wait(change))
        assert index.site is not None
        entry = index.site.entry(path)
        assert entry is not None and entry.title.startswith(f"[{number}] "), entry
        baseline.append(timed(lambda path=path: frontmatter.load(path), 1)[0])
        time.sleep(0.02)
    report(f"change -> changed() ({mode})", latencies, baseline)
    index.close()


def bench_cache(posts: int, runs: int) -> None:
    """Open a generated varied site with the user cache: first (cold cache) and next starts."""
    from site_corpus import make_varied_site

    with tempfile.TemporaryDirectory(prefix="kiji-bench-varied-") as folder:
        root = Path(folder) / "site"
        paths = make_varied_site(root, posts)
        hour_ago = time.time_ns() - 3600 * 10**9  # a site written just now is not cached
        for path in paths:
            os.utime(path, ns=(hour_ago, hour_ago))
        timed(lambda: [frontmatter.load(p) for p in paths], 1)  # warm the file cache
        baseline = timed(lambda: [frontmatter.load(p) for p in paths], 1)
        report(f"baseline: frontmatter.load, {posts} varied posts", baseline)
        firsts, nexts = [], []
        for run in range(runs):
            cache = Path(folder) / f"cache-{run}"
            for times in (firsts, nexts):
                index = SiteIndex(root, cache_dir=cache)
                times.append(Waiter(index.ready).wait(index.start, timeout_ms=600_000))
                deadline = time.perf_counter() + 1.0  # let the worker keep the cache
                while time.perf_counter() < deadline:
                    QCoreApplication.processEvents()
                    time.sleep(0.02)
                index.close()
                index._executor.shutdown(wait=True)
        report("first open -> ready (no cache yet)", firsts, baseline)
        report("next open -> ready (user cache)", nexts, baseline)


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--cache-posts", type=int, default=0, help="only the cache benchmark")
    args = parser.parse_args()
    app = QCoreApplication.instance() or QCoreApplication(sys.argv)
    if args.cache_posts:
        bench_cache(args.cache_posts, args.runs)
        return
    seed = SEED.read_text(encoding="utf-8")
    long_post = (seed * (200_000 // len(seed) + 1))[:200_000]
    split_times = timed(long_post.split, 30)
    report("baseline: str.split() of 200k chars", split_times)
    stats_times = timed(lambda: text_stats(long_post), 30)
    report("text_stats of 200k chars (seed repeated)", stats_times, split_times)
    with tempfile.TemporaryDirectory(prefix="kiji-bench-") as folder:
        root = Path(folder) / "site"
        paths = make_site(root, args.posts)
        size = sum(p.stat().st_size for p in paths) / 1e6
        print(f"site: {len(paths)} posts, {size:.1f} MB, {os.cpu_count()} CPUs", flush=True)
        timed(lambda: [frontmatter.load(p) for p in paths], 1)  # warm the file cache
        baseline = timed(lambda: [frontmatter.load(p) for p in paths], args.runs)
        report("baseline: frontmatter.load per file", baseline)
        opened = timed(lambda: Site.open(root), args.runs)
        report("Site.open (index ready, core)", opened, baseline)
        bench_service(root, paths, args.changes, True, args.runs, baseline)
        bench_service(root, paths, args.changes, False, args.runs, baseline)
    del app


if __name__ == "__main__":
    main()
