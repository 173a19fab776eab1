"""What a journal write costs, next to the save it protects.

Run from the repository root: ``python benchmarks/bench_journal.py``. For the seed post,
a 20,000-character and a 200,000-character Japanese post it prints the median and p95 of:

* ``journal write``: one :meth:`Journal.write` (JSON entry, fsync, atomic rename, folder
  fsync), what the background writer does after the writer pauses (and what a close or
  quit still does synchronously);
* ``UI thread share``: what the UI thread pays for the same write now: the text snapshot
  handed to :class:`JournalWriter` (the write itself is waited for outside the timing);
* ``save (baseline)``: :func:`atomic_write_bytes` of the same post (the editor's Save),
  measured in the same run, and the ratio of the journal write to it;
* ``orphan scan``: listing what a crashed run left (start-up cost), with 10 entries.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import japanese_post, long_post, seed_post
from timing import p95

from editor.core.post.journal import Journal
from editor.core.post.storage import atomic_write_bytes
from editor.services.journal_writer import JournalWriter, Snapshot

RUNS = 40


def timed(action: Callable[[], object], runs: int = RUNS) -> list[float]:
    """Milliseconds per call of ``action``, one figure per run (after one warm-up)."""
    action()
    figures = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        figures.append((time.perf_counter() - start) * 1000)
    return figures


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="kiji-bench-journal-") as scratch:
        folder = Path(scratch)
        journal = Journal(folder / "home" / "journal")
        journal.start_session()
        writer = JournalWriter(journal, lambda _key, _message: None)
        site_post = folder / "site" / "_posts" / "post.md"
        site_post.parent.mkdir(parents=True)
        print(f"{'post':<12}{'what':<18}{'median ms':>10}{'p95 ms':>10}{'ratio':>8}")
        for name, text in (
            ("seed", seed_post()),
            ("20k chars", japanese_post(20_000)),
            ("200k chars", long_post(200_000)),
        ):
            data = text.encode("utf-8")
            save = timed(lambda d=data: atomic_write_bytes(site_post, d))
            write = timed(lambda t=text: journal.write("bench", t, site_post, "hash"))
            share = []
            for _ in range(RUNS):
                start = time.perf_counter()
                writer.submit(Snapshot("bench", text[:-1] + text[-1], site_post, "hash"))
                share.append((time.perf_counter() - start) * 1000)
                writer.wait_idle()
            base = statistics.median(save)
            rows = (("save (baseline)", save), ("journal write", write), ("UI thread share", share))
            for label, figures in rows:
                median = statistics.median(figures)
                print(f"{name:<12}{label:<18}{median:>10.2f}{p95(figures):>10.2f}", end="")
                print(f"{median / base:>8.2f}")
        for index in range(10):
            Journal(journal.folder, f"dead{index}").write("k", seed_post(), site_post, None)
        scan = timed(journal.orphaned_entries, runs=20)
        print(f"{'10 entries':<12}{'orphan scan':<18}{statistics.median(scan):>10.2f}", end="")
        print(f"{p95(scan):>10.2f}{'':>8}")
        writer.stop()
        journal.end_session()


if __name__ == "__main__":
    main()
