"""Proofreading speed on a 20,000-character Japanese post, and what its dictionaries add.

The post is the seed post's body repeated (real prose with real findings).

Measured in one run:

* cold: a fresh checker on the whole post (mask, every rule, spelling) — median/p95 ms;
* incremental: the same checker after a one-character edit in the middle (only the
  changed paragraph is checked again), and its ratio to cold;
* baseline: one markdown-it parse of the same post (the cheapest thing Kiji does to a
  post on every edit), so the figures can be compared across machines;
* through the worker: edit → findings back on the UI thread (median/p95), the longest UI
  stall meanwhile (5 ms heartbeat), and the UI-thread cost of laying the underlines into
  a text pane;
* the installer size the spelling dictionaries add (pyspellchecker's package, tar.gz).

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_proofreading.py``
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import tarfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import spellchecker
from corpus import seed_post
from markdown_it import MarkdownIt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QTextEdit
from spellchecker import SpellChecker
from timing import measure, p95

from editor.core.proof.proofreading import CheckContext, PostChecker
from editor.core.proof.spelling import Speller
from editor.services.background import GIL_SWITCH_INTERVAL_S
from editor.services.proofreading import ProofreadingService
from editor.ui.editor.text_pane import TextPane

ROUNDS = 40


def real_post(chars: int) -> str:
    """The seed post's body repeated to about ``chars`` characters (real prose, real findings)."""
    body = seed_post().strip() + "\n\n"
    return (body * (chars // len(body) + 1))[:chars].rsplit("\n\n", 1)[0] + "\n"


def edited(text: str, round_: int) -> str:
    middle = len(text) // 2
    return text[:middle] + "あいうえお"[round_ % 5] + text[middle:]


def longest_pause(load: Callable[[], object]) -> float:
    """Milliseconds of the longest pause another thread sees while ``load`` runs in a
    worker (the interpreter lock held in one call), as the proofreader loads a dictionary."""
    worker = threading.Thread(target=load)
    gaps, last = [], time.perf_counter()
    worker.start()
    while worker.is_alive():
        time.sleep(0.0005)
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
    worker.join()
    return max(gaps) * 1000


def dictionary_pauses(rounds: int = 5) -> tuple[list[float], list[float]]:
    """Longest pauses while the English dictionary loads: pyspellchecker's own loader
    (the baseline) and Kiji's, interleaved."""
    plain: list[float] = []
    kiji: list[float] = []
    for _ in range(rounds):
        plain.append(longest_pause(lambda: SpellChecker(language="en", distance=2)))
        kiji.append(longest_pause(lambda: Speller("en")))
    return plain, kiji


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)  # as the app sets it
    plain_pause, kiji_pause = dictionary_pauses()
    post = real_post(20_000)
    speller = Speller("en")
    context = CheckContext(speller=speller, skip_capitalized=True)
    md = MarkdownIt("commonmark")

    base_med, base_p95 = measure(lambda: md.parse(post), 30)
    cold_med, cold_p95 = measure(lambda: PostChecker().check(post, context), 30)
    checker = PostChecker()
    checker.check(post, context)
    texts = [edited(post, i) for i in range(ROUNDS)]
    index = iter(range(10**9))
    inc_med, inc_p95 = measure(lambda: checker.check(texts[next(index) % ROUNDS], context), ROUNDS)
    findings = checker.check(post, context)

    # Through the worker. The UI thread spins its event loop meanwhile; one turn of it
    # lasts as long as the worker keeps the interpreter lock from it, so the longest
    # turn is the longest stall (a 5 ms heartbeat never ticked within a 2 ms round).
    service = ProofreadingService()
    latencies: list[float] = []
    longest = 0.0
    done: list[int] = []
    service.checked.connect(lambda _key, seq, _found: done.append(seq))
    service.request("post", post)
    while not done:
        app.processEvents()
    for round_ in range(ROUNDS):
        done.clear()
        start = time.perf_counter()
        seq = service.request("post", texts[round_])
        while seq not in done:
            turn = time.perf_counter()
            app.processEvents()
            longest = max(longest, (time.perf_counter() - turn) * 1000)
        latencies.append((time.perf_counter() - start) * 1000)
    service.close()

    pane = TextPane()
    pane.setPlainText(post)
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)

    def underline() -> None:
        selections = []
        for finding in findings:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(pane.document())
            cursor.setPosition(finding.start)
            cursor.setPosition(finding.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[misc]
            selection.format = fmt  # type: ignore[misc]
            selections.append(selection)
        pane.set_selection_layer("proofreading", selections)

    ul_med, ul_p95 = measure(underline, 30)

    package = Path(spellchecker.__file__).parent
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        archive.add(package, arcname=package.name)

    latencies.sort()
    median = latencies[len(latencies) // 2]
    print(f"20k-character Japanese post, {len(findings)} findings")
    print(f"  baseline markdown-it parse      {base_med:7.2f} ms p50 {base_p95:7.2f} ms p95")
    print(
        f"  cold check (all rules+spelling) {cold_med:7.2f} ms p50 {cold_p95:7.2f} ms p95"
        f"  ({cold_med / base_med:.2f}x the parse)"
    )
    print(
        f"  after a one-character edit      {inc_med:7.2f} ms p50 {inc_p95:7.2f} ms p95"
        f"  ({inc_med / cold_med:.2f}x cold)"
    )
    print(
        f"  edit -> findings via the worker {median:7.2f} ms p50 {p95(latencies):7.2f} ms p95"
        f"  longest UI stall {longest:.1f} ms"
    )
    print(
        f"  underlines into the text pane   {ul_med:7.2f} ms p50 {ul_p95:7.2f} ms p95 (UI thread)"
    )
    print(
        f"  loading the English dictionary: longest pause of the UI thread"
        f" {statistics.median(kiji_pause):6.1f} ms p50 {p95(kiji_pause):6.1f} ms p95"
        f" (pyspellchecker's own loader: {statistics.median(plain_pause):.1f} / "
        f"{p95(plain_pause):.1f}, {len(kiji_pause)} interleaved rounds)"
    )
    print(
        f"  installer: pyspellchecker adds {buffer.tell() / 1e6:.1f} MB tar.gz "
        "(no morphological analyzer: none fits the 160 MB budget)"
    )


if __name__ == "__main__":
    main()
