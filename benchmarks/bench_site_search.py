"""Benchmark: searching the site panel of a 5,000-post site while typing.

Run: ``python benchmarks/bench_site_search.py [--posts N] [--runs N]``

What is measured (medians and p95; ratios to the baseline measured in the same run):
- baseline: a plain scan, reading every post and testing ``needle in text``;
- full-text search in the worker's cache, cold (first search, files read) and warm;
- one keystroke on the UI thread: the title filter over every row (what typing waits for);
- sorting by a column on the UI thread; filling the list; re-listing one changed post;
- typing a word keystroke by keystroke: last keystroke -> the first full-text matches
  (a big site's answer comes in parts) and -> the whole answer;
- Find in Site through SiteSearchService: time to the first matches and to the last,
  and the longest UI stall meanwhile (a 5 ms heartbeat), against the old way (the whole
  search on the UI thread, which is also its stall). Targets: first matches <= 300 ms,
  no stall > 50 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_preview import Heartbeat
from bench_site_index import make_site, report, timed
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from editor.core.site.discovery import site_documents
from editor.core.site.site import Site
from editor.core.site.text_search import SearchQuery, search_files
from editor.services.background import GIL_SWITCH_INTERVAL_S
from editor.services.site_search import SiteSearchService
from editor.ui.site.post_filter import PostFilterProxy
from editor.ui.site.post_list_model import PostListModel
from editor.ui.site.post_search import FullTextSearcher, SearchResult, TextCache

NEEDLES = ["性能", "Llama 1234", "ベンチマーク", "context", "存在しない言葉"]
TYPED = ["llama", "kyoto", "性能", "model", "ベンチマーク", "bench"]
"""Words typed into the panel's search: in turn found in the posts and found nowhere."""


def plain_scan(paths: list[Path], needle: str) -> set[Path]:
    """The baseline: read each file and test for the needle."""
    folded = needle.casefold()
    return {p for p in paths if folded in p.read_text(encoding="utf-8").casefold()}


def bench_typing(paths: list[Path], cache: TextCache, runs: int) -> tuple[list[float], list[float]]:
    """Seconds from the last keystroke of a word to the worker's first matches (a part of
    the answer on a big site; words found in posts only) and to its whole answer (the
    words found nowhere are a scan of every post)."""
    searcher = FullTextSearcher(cache)
    loop = QEventLoop()
    answers: list[tuple[float, SearchResult]] = []

    def found(result: SearchResult) -> None:
        answers.append((time.perf_counter(), result))
        if result.complete:
            loop.quit()

    searcher.found.connect(found)
    firsts, wholes = [], []
    for run in range(runs):
        word = TYPED[run % len(TYPED)]
        searcher.invalidate()
        answers.clear()
        last = 0
        for end in range(1, len(word) + 1):
            last = searcher.search(word[:end], paths)
        start = time.perf_counter()
        QTimer.singleShot(120_000, loop.quit)
        while not answers or not (answers[-1][1].serial == last and answers[-1][1].complete):
            loop.exec()
        mine = [(moment, result) for moment, result in answers if result.serial == last]
        if mine[-1][1].paths:  # a word that is not in any post has no first matches
            firsts.append(mine[0][0] - start)
        wholes.append(mine[-1][0] - start)
    searcher.shutdown()
    return firsts, wholes


def bench_find_in_site(root: Path, runs: int) -> None:
    """Find in Site as the panel runs it now (the service) and as it ran before."""
    site = Site.open(root)
    queries = [SearchQuery(n) for n in ["性能", "context", "ベンチマーク", "存在しない言葉"]]
    old_way = []
    for run in range(runs):
        query = queries[run % len(queries)]
        old_way.extend(timed(lambda q=query: list(search_files(site_documents(site.layout), q)), 1))
    report("Find in Site on the UI thread (old): stall", old_way)
    service = SiteSearchService()
    heartbeat = Heartbeat()
    loop = QEventLoop()
    first: list[float] = []
    done: list[float] = []
    service.hits.connect(lambda _batch: first.append(time.perf_counter()) if not first else None)
    service.finished.connect(lambda _count: (done.append(time.perf_counter()), loop.quit()))
    to_first, to_last, stalls = [], [], []
    for run in range(runs):
        query = queries[run % (len(queries) - 1)]  # queries that match
        first.clear()
        done.clear()
        heartbeat.start()
        started = time.perf_counter()
        service.search(root, query)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        stalls.append(heartbeat.stop() / 1000)
        if first:
            to_first.append(first[0] - started)
        to_last.append(done[0] - started)
    report("Find in Site (service): first matches shown", to_first, old_way)
    report("Find in Site (service): all matches", to_last, old_way)
    report("Find in Site (service): longest UI stall", stalls, old_way)
    service.shutdown()


def main() -> None:
    """Build the site, run the measurements, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)  # as the app runs
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="kiji-bench-") as folder:
        root = Path(folder) / "site"
        paths = make_site(root, args.posts)
        size = sum(p.stat().st_size for p in paths) / 1e6
        print(f"site: {len(paths)} posts, {size:.1f} MB, {os.cpu_count()} CPUs", flush=True)
        site = Site.open(root)
        listed = [entry.path for entry in site.posts]
        plain_scan(listed, "warm the OS file cache")
        baseline = timed(lambda: plain_scan(listed, "性能"), args.runs)
        report("baseline: read + scan every post", baseline)
        cold = []
        for _ in range(args.runs):
            fresh = TextCache()
            cold.extend(timed(lambda fresh=fresh: fresh.search(listed, "性能"), 1))
        report("full text, cold cache (worker)", cold, baseline)
        cache = TextCache()
        cache.search(listed, "")
        print(f"cache holds {cache.used_chars / 1e6:.1f} M characters", flush=True)
        warm = []
        for needle in NEEDLES:
            warm.extend(timed(lambda needle=needle: cache.search(listed, needle), args.runs))
        report("full text, warm cache (worker)", warm, baseline)
        assert cache.search(listed, "性能") == plain_scan(listed, "性能")

        model = PostListModel()
        proxy = PostFilterProxy()
        proxy.setSourceModel(model)
        proxy.sort(1)
        fills = timed(lambda: model.set_entries(site.posts), args.runs)
        report("panel filled with every post, UI thread", fills, baseline)
        one = listed[len(listed) // 2]
        entry = site.entries[one]
        updates = []
        for run in range(args.runs):
            # A changed title keeps the row's place; a changed date moves it (a re-sort).
            changed = replace(entry, title=f"{entry.title} {run}")
            if run % 2:
                changed = replace(changed, date=entry.date.replace(year=2000 + run))
            entries = {**site.entries, one: changed}
            updates.extend(timed(lambda entries=entries: model.update_paths([one], entries), 1))
        report("one changed post re-listed, UI thread", updates, baseline)
        keystrokes = []
        for run in range(args.runs):
            word = "llama 12"[: run % 8 + 1]
            keystrokes.extend(timed(lambda word=word: proxy.set_search(word), 1))
            keystrokes.extend(timed(lambda: proxy.set_search(""), 1))
        report("keystroke: title filter, UI thread", keystrokes, baseline)
        sorts = []
        for run in range(args.runs):
            order = Qt.SortOrder.AscendingOrder if run % 2 else Qt.SortOrder.DescendingOrder
            sorts.extend(timed(lambda order=order, column=run % 5: proxy.sort(column, order), 1))
        report("click a column header: sort, UI thread", sorts, baseline)
        firsts, wholes = bench_typing(listed, cache, args.runs)
        report("typing a word -> first full-text matches", firsts, baseline)
        report("typing a word -> whole full-text answer", wholes, baseline)
        bench_find_in_site(root, args.runs)
    del app


if __name__ == "__main__":
    main()
