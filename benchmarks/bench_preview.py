"""Keystroke → preview DOM updated, end to end in the running app (issue 17's targets).

Prints, for the seed post and Japanese posts of 1k, 34k, 100k, 500k and 1M characters
(``KIJI_BENCH_SIZES=1000,34000`` to choose; ``KIJI_BENCH_KEYS=N`` keystrokes each, 30 by default):
  * p50/p95 of keystroke → DOM patched (real key events; the render worker, the block
    diff and the page script included; there is no debounce),
  * the floor, measured in the same run on a second page holding the same post: markdown-it
    renders the edited paragraph and the page script patches that one block, mid-post and
    in view; and the ratio live/floor,
  * the longest UI event-loop stall while typing (a 5 ms heartbeat timer).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_preview.py``
"""

from __future__ import annotations

import json
import os
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
from corpus import japanese_post, seed_post
from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from timing import percentile

from editor.app import create_application, release_windows

KEYSTROKES = int(os.environ.get("KIJI_BENCH_KEYS", "30"))
DEFAULT_SIZES = "1000,34000,100000,500000,1000000"


def wait_until(predicate, timeout_ms: int = 20000) -> None:
    """Spin the event loop until ``predicate()`` holds."""
    deadline = time.perf_counter() + timeout_ms / 1000
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError("the preview did not update in time")
        loop = QEventLoop()
        QTimer.singleShot(1, loop.quit)
        loop.exec()


class Heartbeat:
    """A 5 ms timer that records the longest gap between its ticks (an event-loop stall)."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.longest = 0.0

    def _tick(self) -> None:
        elapsed = self.clock.nsecsElapsed() / 1e6
        self.longest = max(self.longest, elapsed)
        self.clock.restart()

    def start(self) -> None:
        self.longest = 0.0
        self.clock.start()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def measure_keystrokes(window, post_path: Path, heartbeat: Heartbeat) -> tuple[list[float], float]:
    """Type KEYSTROKES characters in the middle of the post, one at a time."""
    editor = window.open_post(post_path)
    updates: list[int] = []
    window.preview.updated.connect(updates.append)
    wait_until(lambda: bool(updates))
    pane = editor.text_pane
    # Opening a long post highlights it in steps from the event loop; typing is measured
    # once that has finished (bench_open_post.py measures the opening itself).
    wait_until(lambda: not pane.highlighter.is_highlighting(), timeout_ms=120000)
    cursor = pane.textCursor()
    cursor.setPosition(len(pane.toPlainText()) // 2)
    pane.setTextCursor(cursor)
    latencies: list[float] = []
    stall = 0.0
    for index in range(KEYSTROKES):
        updates.clear()
        heartbeat.start()
        started = time.perf_counter()
        QTest.keyClick(pane, Qt.Key.Key_A if index % 2 else Qt.Key.Key_B)
        target = window._last_request
        wait_until(lambda target=target: any(seq >= target for seq in updates))
        latencies.append((time.perf_counter() - started) * 1000)
        stall = max(stall, heartbeat.stop())
    window.preview.updated.disconnect(updates.append)
    return latencies, stall


def measure_floor(view, body: str) -> list[float]:
    """The floor: markdown-it renders the edited paragraph and the page patches one block.

    *view* is a separate preview page. It is filled as the live preview fills its own (an
    empty page, then the post's blocks in one patch: ``setHtml`` cannot load more than
    2 MB, and a 1M-character post's page is larger), and scrolled to the plain paragraph
    nearest the middle, where the live keystrokes land. Each sample renders that paragraph
    and replaces its element with it (no bookkeeping over the post at all), then waits for
    the page script to return.
    """
    from editor.core.render.render_rules import build_markdown
    from editor.ui.preview.preview import APP_WORLD, PAGE_URL, build_page_html

    md = build_markdown()
    paragraphs = body.split("\n\n")
    rendered = [md.render(paragraph) for paragraph in paragraphs]
    # The edited paragraph: the plain one (a single <p>) nearest the middle.
    middle = min(
        (n for n, html in enumerate(rendered) if html.startswith("<p>") and html.count("<p>") == 1),
        key=lambda n: abs(n - len(paragraphs) // 2),
    )

    def run(script: str) -> object:
        done: list[object] = []
        view.page().runJavaScript(script, APP_WORLD, done.append)
        wait_until(lambda: bool(done))
        return done[0]

    def fill(start: int, blocks: list[str]) -> int:
        count = run(f"kiji.patch({start}, 0, {json.dumps(blocks, ensure_ascii=False)}, null)")
        if not isinstance(count, float | int):  # no page: a floor of nothing
            raise RuntimeError(f"the floor's page did not take the post: {count!r}")
        return int(count)

    loads: list[bool] = []
    view.page().loadFinished.connect(loads.append)
    view.page().setHtml(build_page_html(False), PAGE_URL)
    wait_until(lambda: bool(loads))
    view.page().loadFinished.disconnect(loads.append)
    element = fill(0, rendered[:middle])  # the edited paragraph's element comes next
    fill(element, rendered[middle:])
    run(f"document.getElementById('content').children[{element}].scrollIntoView()")
    settled = time.perf_counter() + 0.5  # the page has laid out what is in view
    wait_until(lambda: time.perf_counter() > settled)
    timings: list[float] = []
    for index in range(KEYSTROKES):
        paragraph = paragraphs[middle] + "x" * (index + 1)
        started = time.perf_counter()
        html = md.render(paragraph)
        run(f"kiji.patch({element}, 1, {json.dumps([html], ensure_ascii=False)}, null)")
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def report(name: str, values: list[float]) -> str:
    return f"p50 {statistics.median(values):7.1f} ms   p95 {percentile(values, 0.95):7.1f} ms"


def main() -> None:
    app = create_application(["kiji-bench"])
    use_split_readings()
    from editor.app.container import build_services
    from editor.ui.window.main_window import MainWindow

    site_root = Path(tempfile.mkdtemp(prefix="kiji-bench-"))
    (site_root / "_config.yml").write_text("title: bench\n", encoding="utf-8")
    (site_root / "_posts").mkdir()
    front = '---\nlayout: post\ntitle: "ベンチマーク"\ndate: 2025-12-28 08:41:08 +0000\n---\n'
    sizes = [int(size) for size in os.environ.get("KIJI_BENCH_SIZES", DEFAULT_SIZES).split(",")]
    posts = {"seed post": seed_post()} | {
        f"{size // 1000}k Japanese post": japanese_post(size) for size in sizes
    }
    from PySide6.QtWidgets import QMessageBox

    from editor.ui.preview.preview import PreviewView

    # The baseline gets a page of its own, created first, used for every post.
    baseline_view = PreviewView()
    baseline_view.resize(640, 800)
    baseline_view.show()
    wait_until(lambda: baseline_view.is_ready)
    window = MainWindow(build_services())
    window.resize(1280, 820)
    window.show()
    heartbeat = Heartbeat()
    print(f"keystroke → preview DOM updated ({KEYSTROKES} keystrokes each, mid-post)")
    for name, body in posts.items():
        path = site_root / "_posts" / f"2025-12-28-{len(body)}.md"
        path.write_text(front + body, encoding="utf-8")
        latencies, stall = measure_keystrokes(window, path, heartbeat)
        floor = measure_floor(baseline_view, body)
        ratio = statistics.median(latencies) / statistics.median(floor)
        print(f"  {name:20} ({len(body):>9,} chars)  live: {report(name, latencies)}")
        print(f"  {'':20} {'':17}  floor: {report(name, floor)}")
        print(f"  {'':20} {'':17}  live/floor: {ratio:5.1f}x   longest UI stall: {stall:6.1f} ms")
    # The typed characters are not to be saved.
    QMessageBox.question = lambda *args, **kwargs: QMessageBox.StandardButton.Discard
    window.close()
    baseline_view.close()
    release_windows(app)


if __name__ == "__main__":
    main()
