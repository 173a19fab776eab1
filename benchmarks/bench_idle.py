"""Benchmark: CPU used by the window while nothing happens, a big site open.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_idle.py [--posts N]``

A generated site (varied front matter, Japanese and English bodies; ``--posts``, default
50,000) is opened in a real ``MainWindow`` with its newest post, as a normal start does;
once the index is ready, the site checks are shown and the background reading is over
(``--settle`` seconds more), the process's CPU time is read over ``--seconds`` of an
idle event loop, ``--runs`` times. Printed: the median and p95 in percent of one core,
and the same for the window with no site, measured in the same run (the baseline).
Target (issue 17): ≤ 1 % of a core with the site open.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIJI_HOME", tempfile.mkdtemp(prefix="kiji-bench-home-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_preview import wait_until
from site_corpus import make_varied_site
from timing import p95

from editor.app import create_application, release_windows


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def idle_percent(app, seconds: float) -> float:
    """Percent of one core the process used over ``seconds`` of an idle event loop."""
    started_cpu, started = _cpu_seconds(), time.perf_counter()
    end = started + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.05)
    return 100 * (_cpu_seconds() - started_cpu) / (time.perf_counter() - started)


def main() -> None:
    """Open the site, let it settle, print idle CPU with and without it."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=50_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--settle", type=float, default=15.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app = create_application(["kiji-bench"])
    from editor.app.container import build_services
    from editor.ui.window.main_window import MainWindow

    root = Path(tempfile.mkdtemp(prefix="kiji-bench-")) / "site"
    make_varied_site(root, args.posts)
    print(f"site: {args.posts} posts, {os.cpu_count()} CPUs", flush=True)

    plain = MainWindow(build_services())
    plain.show()
    wait_until(lambda: plain.preview.is_ready, timeout_ms=60_000)
    baseline = [idle_percent(app, args.seconds) for _ in range(args.runs)]
    plain.close()

    window = MainWindow(build_services())
    window.show()
    wait_until(lambda: window.preview.is_ready, timeout_ms=60_000)
    started = time.perf_counter()
    window.open_site(root)
    index = window.site_ui.index
    assert index is not None
    checked: list[float] = []
    index.checked.connect(lambda _problems: checked.append(time.perf_counter() - started))
    wait_until(index.is_ready, timeout_ms=600_000)
    ready_s = time.perf_counter() - started
    wait_until(lambda: bool(checked), timeout_ms=1_200_000)
    settle = time.perf_counter() + args.settle
    wait_until(lambda: time.perf_counter() > settle, timeout_ms=int(args.settle * 1000) + 60_000)
    with_site = [idle_percent(app, args.seconds) for _ in range(args.runs)]

    print(f"index ready {ready_s:.1f} s, checks shown {checked[0]:.1f} s after open_site")
    for name, values in (("window, no site", baseline), (f"{args.posts:,}-post site", with_site)):
        print(
            f"  idle CPU, {name:<22} median {statistics.median(values):5.2f} %"
            f"   p95 {p95(values):5.2f} % of a core ({args.runs} x {args.seconds:.0f} s)"
        )
    window.close()
    release_windows(app)


if __name__ == "__main__":
    main()
