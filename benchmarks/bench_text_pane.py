"""Text pane speed on a 200,000-character Japanese post.

Measures, with the baseline of a plain ``QPlainTextEdit`` (same font; no highlighter, no
helpers) on the same text in the same run:

* keystroke-to-repaint: a real key event typed into the pane, then a synchronous repaint
  of the viewport (p50/p95, ms);
* re-highlighting after a one-character edit in the middle of the post (p50/p95, ms);
* one full highlight pass and one status-bar recount, for reference.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_text_pane.py``
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from timing import percentile

from editor.core.post.front_matter_split import split_front_matter
from editor.core.text.stats import text_stats
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
    times = []
    for index in range(KEYSTROKES):
        key = Qt.Key.Key_A if index % 2 else Qt.Key.Key_Space
        start = time.perf_counter()
        QTest.keyClick(editor, key)
        editor.viewport().repaint()
        app.processEvents()
        times.append(time.perf_counter() - start)
    return times


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
    app = QApplication.instance() or QApplication(sys.argv)
    text = make_post()
    print(f"post: {len(text):,} characters, {text.count(chr(10)):,} lines")

    baseline = QPlainTextEdit()
    pane = TextPane()
    baseline.setFont(pane.font())  # same font: the figures isolate highlighting and helpers
    for widget in (baseline, pane):
        widget.resize(900, 700)
        widget.show()
        widget.setPlainText(text)
    app.processEvents()

    start = time.perf_counter()
    pane.highlighter.rehighlight()
    full = time.perf_counter() - start
    start = time.perf_counter()
    text_stats(text)
    stats = time.perf_counter() - start

    # Warm-up for both (font caches, first layouts), so neither pays it in the figures.
    keystroke_latency(baseline, app)
    keystroke_latency(pane, app)
    base_keys = keystroke_latency(baseline, app)
    pane_keys = keystroke_latency(pane, app)
    base_edit = edit_cost(baseline)
    pane_edit = edit_cost(pane)

    print(summary("baseline QPlainTextEdit keystroke→repaint", base_keys))
    print(summary("TextPane keystroke→repaint", pane_keys, base_keys))
    print(summary("baseline one-character edit", base_edit))
    print(summary("TextPane one-character edit (re-highlight)", pane_edit, base_edit))
    print(f"{'full highlight pass (once)':<44} {full * 1000:9.1f} ms")
    print(f"{'status statistics recount (once)':<44} {stats * 1000:9.1f} ms")


if __name__ == "__main__":
    main()
