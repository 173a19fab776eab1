"""Text pane speed on a 200,000-character Japanese post, alone and in the real window.

Measures, with the baseline of a plain ``QPlainTextEdit`` (same font; no highlighter, no
helpers) on the same text in the same run:

* keystroke-to-repaint in the real window (issue 17's target, at most 1.3x): a
  ``MainWindow`` with the post open (preview, status bar, outline shown), a real key event
  typed into its pane, then the event loop's turn that paints it; keystrokes alternate
  between the window and the baseline, so both see the same machine (p50/p95, ms);
* the same for the pane alone (a ``TextPane`` outside any window);
* re-highlighting after a one-character edit in the middle of the post (p50/p95, ms);
* one full highlight pass and one status-bar recount, for reference.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_text_pane.py``
"""

from __future__ import annotations

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

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from timing import percentile

from editor.core.post.front_matter_split import split_front_matter
from editor.core.text.stats import StatsCounter, text_stats
from editor.ui.editor.text_pane import TextPane

SEED = Path(__file__).resolve().parents[1] / "tests" / "data" / "seed" / "2025-12-28-llama4.md"
TARGET_CHARS = 200_000
KEYSTROKES = 80
EDITS = 80
CODE = '\n```python\ndef greet(name: str) -> str:\n    return f"こんにちは {name}"  # hi\n```\n'


def make_post() -> str:
    """The seed body, with a code block and a list, repeated to 200k characters."""
    body = split_front_matter(SEED.read_text(encoding="utf-8")).body
    unit = body + CODE + "\n- 項目 **強調** と [リンク](https://example.com)\n> 引用\n"
    text = unit * (TARGET_CHARS // len(unit) + 1)
    return text[:TARGET_CHARS]


def summary(name: str, values: list[float], baseline: list[float] | None = None) -> str:
    p50, p95 = statistics.median(values), percentile(values, 0.95)
    line = f"{name:<44} p50 {p50 * 1000:7.2f} ms   p95 {p95 * 1000:7.2f} ms"
    if baseline:
        line += f"   ratio to baseline (p50) {p50 / statistics.median(baseline):5.2f}x"
    return line


def place_caret_mid(editor: QPlainTextEdit) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().characterCount() // 2)
    editor.setTextCursor(cursor)
    editor.centerCursor()


def keystroke_latency(editor: QPlainTextEdit, app: QApplication) -> list[float]:
    place_caret_mid(editor)
    app.processEvents()
    return [one_keystroke(editor, app, index) for index in range(KEYSTROKES)]


def one_keystroke(editor: QPlainTextEdit, app: QApplication, index: int) -> float:
    """A real key event, then the turn of the event loop that paints it; seconds.

    Qt paints what the edit made dirty (a plain ``QPlainTextEdit``: the edited line),
    as in the app; a forced repaint of the whole viewport (``repaint()``) would charge
    both editors for painting what did not change.
    """
    key = Qt.Key.Key_A if index % 2 else Qt.Key.Key_Space
    start = time.perf_counter()
    QTest.keyClick(editor, key)
    app.processEvents()
    return time.perf_counter() - start


def interleaved(
    first: QPlainTextEdit, second: QPlainTextEdit, app: QApplication
) -> tuple[list[float], list[float]]:
    """Keystrokes alternating between two editors (the order swapped every other time)."""
    for editor in (first, second):
        place_caret_mid(editor)
    app.processEvents()
    times: dict[QPlainTextEdit, list[float]] = {first: [], second: []}
    for index in range(KEYSTROKES):
        pair = (first, second) if index % 2 else (second, first)
        for editor in pair:
            times[editor].append(one_keystroke(editor, app, index))
    return times[first], times[second]


def open_window(app: QApplication, text: str):
    """A real window (as ``kiji`` builds it) with ``text`` as an open post."""
    from PySide6.QtGui import QAction

    from editor.app.container import build_services
    from editor.ui.window.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="kiji-bench-pane-"))
    post = folder / "2025-12-28-bench.md"
    post.write_text('---\ntitle: "bench"\n---\n' + text, encoding="utf-8")
    window = MainWindow(build_services())
    window.resize(1280, 820)
    window.show()
    editor = window.open_post(post)
    outline = window.findChild(QAction, "actionShowOutline")
    if outline is not None and not outline.isChecked():
        outline.trigger()
    deadline = time.perf_counter() + 20
    while time.perf_counter() < deadline and not window.preview.is_ready:
        app.processEvents()
    while editor.text_pane.highlighter.is_highlighting():  # a long post: in steps
        app.processEvents()
    return window, editor.text_pane


def edit_cost(editor: QPlainTextEdit) -> list[float]:
    """One-character insertions in the middle: the highlighter runs inside insertText."""
    times = []
    cursor = QTextCursor(editor.document())
    middle = editor.document().characterCount() // 2
    for index in range(EDITS):
        cursor.setPosition(middle + index)
        start = time.perf_counter()
        cursor.insertText("字")
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    from editor.app import create_application, release_windows

    app = create_application(["kiji-bench"])
    text = make_post()
    print(f"post: {len(text):,} characters, {text.count(chr(10)):,} lines")

    baseline = QPlainTextEdit()
    pane = TextPane()
    baseline.setFont(pane.font())  # same font: the figures isolate highlighting and helpers
    for widget in (baseline, pane):
        widget.resize(900, 700)
        widget.show()
        widget.setPlainText(text)
    window, window_pane = open_window(app, text)
    baseline.setFont(window_pane.font())
    app.processEvents()

    start = time.perf_counter()
    pane.highlighter.rehighlight()
    full = time.perf_counter() - start
    start = time.perf_counter()
    text_stats(text)
    stats = time.perf_counter() - start
    counter = StatsCounter()
    counter.count(text)
    middle = len(text) // 2
    start = time.perf_counter()
    counter.count(text[:middle] + "字" + text[middle:])
    recount = time.perf_counter() - start

    # Warm-up for all three (font caches, first layouts), so none pays it in the figures.
    for editor in (baseline, pane, window_pane):
        keystroke_latency(editor, app)
    # The baseline takes the size of the pane it is compared with: a paragraph wraps
    # into as many lines in both, and a keystroke repaints as many of them.
    baseline.resize(window_pane.size())
    app.processEvents()
    window_keys, window_base = interleaved(window_pane, baseline, app)
    baseline.resize(pane.size())
    app.processEvents()
    pane_keys, pane_base = interleaved(pane, baseline, app)
    base_edit = edit_cost(baseline)
    pane_edit = edit_cost(pane)

    print(summary("baseline QPlainTextEdit keystroke→repaint", window_base))
    print(summary("window's TextPane keystroke→repaint", window_keys, window_base))
    print(summary("baseline QPlainTextEdit keystroke→repaint", pane_base))
    print(summary("TextPane alone keystroke→repaint", pane_keys, pane_base))
    print(summary("baseline one-character edit", base_edit))
    print(summary("TextPane one-character edit (re-highlight)", pane_edit, base_edit))
    print(f"{'full highlight pass (once)':<44} {full * 1000:9.1f} ms")
    print(f"{'status statistics, whole count (once)':<44} {stats * 1000:9.1f} ms")
    print(f"{'status statistics, recount after a keystroke':<44} {recount * 1000:9.1f} ms")
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.question = lambda *args, **kwargs: QMessageBox.StandardButton.Discard
    window.close()
    release_windows(app)


if __name__ == "__main__":
    main()
