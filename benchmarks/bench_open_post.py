"""Benchmark: opening posts of a 5,000-post site in the running window.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_open_post.py [--posts N]``

What is measured, in a real ``MainWindow`` (offscreen):
- ``open_post`` -> the post's form and text shown (median, p95 over ``--opens`` posts),
  in the site's window while its index builds and once it is ready;
- the baseline, measured in the same run: the same posts opened in a window with no site
  (copies in a folder that is no site), and the ratio to it;
- the longest UI stall (a 5 ms heartbeat timer, as bench_preview.py) while the index
  builds in its worker (until the window takes the ready index in), and apart from it
  what taking it in costs the UI thread (the posts list filled, the newest post opened,
  the form's vocabulary) and the longest stall until everything settled (site checks
  shown included).

Targets: open_post <= 300 ms; no stall > 50 ms.

With ``--sizes 34000,200000,1000000`` it measures instead opening posts of each size in
a small site, ``--repeats`` times (a different post each time, after one warm-up),
interleaved with the baseline: a plain
``QPlainTextEdit.setPlainText`` of the same body. Per size it prints the median and p95
of the longest UI stall (the heartbeat) from the open until the text is fully
highlighted and the whole post previewed, of the ``open_post`` call itself, of the time
from the open to its first preview (the first screen, rendered at once) and to the whole
post previewed (its render waits until the text is painted and coloured), and the
stall's ratio to the baseline's (goal: no stall over 100 ms).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIJI_HOME", tempfile.mkdtemp(prefix="kiji-bench-home-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from app_state import use_split_readings
from bench_preview import Heartbeat, wait_until
from bench_site_index import make_site
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from timing import p95

from editor.app import create_application, release_windows
from editor.services.site_index import SiteIndex


class BuildWatch:
    """Notes the heartbeat's longest stall when the first ready index reaches the UI
    thread and how long the UI thread then takes to take it in (wraps
    ``SiteIndex._on_built``); the heartbeat then starts over, so what it notes next is
    what came after. Indexes built while the heartbeat is stopped (the second window's)
    are not counted."""

    def __init__(self, heartbeat: Heartbeat) -> None:
        self.heartbeat = heartbeat
        self.stall_before = 0.0
        self.taking_in_ms = 0.0
        self.seen = False
        original = SiteIndex._on_built

        def on_built(index: SiteIndex, payload: object) -> None:
            watching = not self.seen and heartbeat.timer.isActive()
            if watching:
                self.seen = True
                self.stall_before = heartbeat.longest
            started = time.perf_counter()
            original(index, payload)
            if watching:
                self.taking_in_ms = (time.perf_counter() - started) * 1000
                heartbeat.longest = 0.0  # a stall from here on is one after ready
                heartbeat.clock.restart()  # (the taking in is reported on its own)

        SiteIndex._on_built = on_built  # type: ignore[method-assign]


def open_and_show(window, path: Path) -> float:
    """Milliseconds from ``open_post`` to its form and text shown (painted once)."""
    started = time.perf_counter()
    editor = window.open_post(path)
    assert editor is not None
    QApplication.processEvents()  # the tab, the form and the text pane painted
    elapsed = (time.perf_counter() - started) * 1000
    assert editor.isVisible() and editor.front_matter_form.rows
    assert editor.text_pane.toPlainText() == editor.session.body
    return elapsed


def settle_window(window) -> None:
    """Let a new window's preview page start (QtWebEngine's start-up is not measured)."""
    wait_until(lambda: window.preview.is_ready, timeout_ms=60_000)
    until = time.perf_counter() + 0.5
    wait_until(lambda: time.perf_counter() > until)


def close_tabs(window) -> None:
    """Close every tab (nothing was edited)."""
    while window.tabs.count():
        window.close_current_tab()
    QApplication.processEvents()


def line(name: str, values: list[float], baseline: list[float] | None = None) -> str:
    """One printed row: median, p95 and the ratio of medians to the baseline."""
    text = f"  {name:<42} median {statistics.median(values):7.1f} ms   p95 {p95(values):7.1f} ms"
    if baseline:
        text += f"   ratio {statistics.median(values) / statistics.median(baseline):5.2f}x"
    return text


def plain_stall(body: str, heartbeat: Heartbeat) -> float:
    """The longest stall of ``setPlainText(body)`` in a shown plain ``QPlainTextEdit``."""
    from PySide6.QtWidgets import QPlainTextEdit

    edit = QPlainTextEdit()
    edit.resize(800, 600)
    edit.show()
    QApplication.processEvents()
    heartbeat.start()
    QTimer.singleShot(0, lambda: edit.setPlainText(body))  # a handler of its own
    until = time.perf_counter() + 0.3
    wait_until(lambda: time.perf_counter() > until)
    stall = heartbeat.stop()
    edit.close()
    edit.deleteLater()
    QApplication.processEvents()
    return stall


def window_stall(window, path: Path, heartbeat: Heartbeat) -> tuple[float, float, float, float]:
    """Longest stall, milliseconds in ``open_post``, and milliseconds from the open to
    the first preview of the post (its first screen) and to the whole post previewed,
    opening ``path`` in ``window``; the stall counts until both are shown.

    The event loop runs on its own after ``open_post`` (no ``processEvents`` inside one
    handler), so each queued piece of work shows as the stall it is.
    """
    shown: list[float] = []
    editors: list[object] = []
    started: list[float] = []
    updates: list[float] = []
    whole: list[int] = []  # the request number of the whole post
    whole_shown: list[float] = []

    def open_it() -> None:
        started.append(time.perf_counter())
        editors.append(window.open_post(path))
        shown.append((time.perf_counter() - started[0]) * 1000)
        whole.append(window._last_request)

    def preview_shown(seq: int) -> None:
        updates.append((time.perf_counter() - started[0]) * 1000)
        if whole and seq >= whole[0]:
            whole_shown.append(updates[-1])

    window.preview.updated.connect(preview_shown)
    heartbeat.start()
    QTimer.singleShot(0, open_it)
    wait_until(lambda: bool(editors) and bool(updates), timeout_ms=60_000)
    pane = editors[0].text_pane  # type: ignore[attr-defined]
    wait_until(lambda: not pane.highlighter.is_highlighting(), timeout_ms=60_000)
    wait_until(lambda: bool(whole_shown), timeout_ms=60_000)
    until = time.perf_counter() + 0.3
    wait_until(lambda: time.perf_counter() > until)
    stall = heartbeat.stop()
    window.preview.updated.disconnect(preview_shown)
    close_tabs(window)
    return stall, shown[0], updates[0], whole_shown[0]


def size_sweep(sizes: list[int], repeats: int) -> None:
    """Open posts of each size in a small Jekyll site, interleaved with the baseline.

    Each run opens a post of its own (a different text: nothing of it is in the
    renderer's cache), in a site as a writer has one open: the posts panel, the
    proofreader and the site's checks all answer to the open.
    """
    from corpus import long_post

    from editor.app.container import build_services
    from editor.ui.window.main_window import MainWindow

    site = Path(tempfile.mkdtemp(prefix="kiji-bench-open-"))
    (site / "_config.yml").write_text("title: bench\nlang: ja\n", encoding="utf-8")
    posts = site / "_posts"
    posts.mkdir()
    front = '---\nlayout: post\ntitle: "bench"\ndate: 2025-12-28 08:41:08 +0000\n---\n'
    (posts / "2025-01-01-first.md").write_text(front + long_post(2_000), encoding="utf-8")
    window = MainWindow(build_services())
    window.resize(1280, 820)
    window.show()
    settle_window(window)
    window.open_site(site)
    wait_until(lambda: window.current_editor() is not None, timeout_ms=60_000)
    close_tabs(window)
    heartbeat = Heartbeat()
    print(f"opening a post in a site, {repeats} runs per size, interleaved with the baseline")
    for size in sizes:
        stalls, shown, previews, wholes, plain = [], [], [], [], []
        for run in range(repeats + 1):  # the first run of each size warms up
            body = long_post(size, variant=run + 1)
            path = posts / f"2025-12-28-{size}-{run}.md"
            path.write_text(front + body, encoding="utf-8")
            stall, to_shown, to_preview, to_whole = window_stall(window, path, heartbeat)
            baseline = plain_stall(body, heartbeat)
            if run:
                stalls.append(stall)
                shown.append(to_shown)
                previews.append(to_preview)
                wholes.append(to_whole)
                plain.append(baseline)
        print(f"{size:,} chars")
        print(line("longest UI stall, Kiji window", stalls, plain))
        print(line("longest UI stall, plain setPlainText", plain))
        print(line("open_post call (UI thread)", shown))
        print(line("open -> its first preview shown", previews))
        print(line("open -> the whole post previewed", wholes))
    window.close()


def main() -> None:
    """Build the site, open posts with and without it, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--opens", type=int, default=12)
    parser.add_argument("--sizes", help="comma-separated post sizes: the size sweep")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    app = create_application(["kiji-bench"])
    use_split_readings()
    if args.sizes:
        size_sweep([int(size) for size in args.sizes.split(",")], args.repeats)
        release_windows(app)
        return
    from editor.app.container import build_services
    from editor.ui.window.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="kiji-bench-"))
    root = folder / "site"
    paths = make_site(root, args.posts)
    chosen = [p for p in paths if "_posts" in p.parts][:: max(1, args.posts // (3 * args.opens))]
    loose = folder / "loose"  # no site configuration at or above it
    loose.mkdir()
    copies = [Path(shutil.copy(p, loose / p.name)) for p in chosen]
    size = sum(p.stat().st_size for p in paths) / 1e6
    print(f"site: {len(paths)} posts, {size:.1f} MB, {os.cpu_count()} CPUs", flush=True)

    baseline_window = MainWindow(build_services())
    baseline_window.show()
    settle_window(baseline_window)
    open_and_show(baseline_window, copies[-1])  # warm-up: first tab, first render
    close_tabs(baseline_window)
    baseline = [open_and_show(baseline_window, p) for p in copies[: args.opens]]
    close_tabs(baseline_window)
    baseline_window.close()

    # The site's window: open the site (its newest post opens once the index is ready)
    # and keep the heartbeat going until the form has the site's vocabulary.
    window = MainWindow(build_services())
    window.show()
    settle_window(window)
    heartbeat = Heartbeat()
    watch = BuildWatch(heartbeat)
    started = time.perf_counter()
    window.open_site(root)  # the worker starts building the index
    open_site_ms = (time.perf_counter() - started) * 1000
    heartbeat.start()
    index = window.site_ui.index
    assert index is not None
    wait_until(index.is_ready, timeout_ms=120_000)
    ready_s = time.perf_counter() - started
    wait_until(lambda: window.current_editor() is not None)
    form = window.current_editor().front_matter_form
    wait_until(lambda: bool(form.vocabulary.tags), timeout_ms=120_000)
    vocabulary_s = time.perf_counter() - started
    settle = time.perf_counter() + 2.0  # the site checks run and are shown
    wait_until(lambda: time.perf_counter() > settle)
    settled_stall = heartbeat.stop()
    close_tabs(window)
    heartbeat.start()
    after = [open_and_show(window, p) for p in chosen[: args.opens]]
    open_stall = heartbeat.stop()
    close_tabs(window)
    window.close()

    # A second window opens posts while its index is still building.
    building = MainWindow(build_services())
    building.show()
    settle_window(building)  # as for the first window: its page's start is not measured
    building.open_site(root)
    other = building.site_ui.index
    assert other is not None
    during = []
    for path in chosen[args.opens : 2 * args.opens]:
        if other.is_ready():
            break
        during.append(open_and_show(building, path))
    wait_until(other.is_ready, timeout_ms=120_000)

    print(f"open_post -> form and text shown ({args.opens} posts each)")
    print(line("baseline: same posts, window with no site", baseline))
    if during:
        print(line(f"{args.posts:,}-post site, index building ({len(during)})", during, baseline))
    print(line(f"{args.posts:,}-post site, index ready", after, baseline))
    print(
        f"  open_site returned in {open_site_ms:.0f} ms; index ready {ready_s * 1000:.0f} ms after,"
        f" the form's vocabulary {vocabulary_s * 1000:.0f} ms after"
    )
    print(
        f"  longest UI stall while the index builds: {watch.stall_before:6.1f} ms (5 ms heartbeat)"
    )
    print(
        f"  UI thread taking the ready index in (list, newest post): {watch.taking_in_ms:6.1f} ms"
    )
    print(f"  longest UI stall from ready to 2 s after the vocabulary: {settled_stall:6.1f} ms")
    print(f"  longest UI stall while posts open (ready): {open_stall:6.1f} ms (the opens)")
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Discard
    building.close()
    release_windows(app)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
