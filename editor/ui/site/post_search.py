"""Full-text search over a site's posts, off the UI thread.

:class:`TextCache` is plain Python (it could live in ``editor/core``): it keeps each
post's case-folded text, re-read only when the file's size or modification time
changed, within a memory budget (files beyond it are read again per search).
:class:`FullTextSearcher` runs searches in a worker thread; while the writer types, only
the newest query runs next, and a query that extends the previous one ("kyo" → "kyoto")
searches only the previous matches. A long search (a site too big for the budget) sends
what it has found every few tenths of a second, in the order it was given the files (the
list's, newest first by default), and gives way as soon as a newer query waits.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor.core.text.kana_match import literal_part, search_fold
from editor.services.background import gently
from editor.services.worker_relay import WorkerRelay

DEFAULT_BUDGET_CHARS = 64_000_000
FIRST_ANSWER_S = 0.1
"""How long a search runs before it sends the matches found so far (if it is not done)."""
NEXT_ANSWER_S = 0.3
"""How often, after that, a long search sends what it has found (each is a refilter)."""


def fold(text: str) -> str:
    """Return ``text`` in the form searches compare (width, kana and case folded)."""
    return search_fold(text)


class TextCache:
    """Case-folded texts of post files, keyed by path and checked against size and mtime."""

    def __init__(self, budget_chars: int = DEFAULT_BUDGET_CHARS) -> None:
        """Keep at most ``budget_chars`` characters in memory."""
        self._budget = budget_chars
        self._used = 0
        self._texts: dict[Path, tuple[int, int, str]] = {}
        self._lock = threading.Lock()

    @property
    def used_chars(self) -> int:
        """Characters held in memory now."""
        return self._used

    def text(self, path: Path) -> str:
        """Return the folded text of ``path`` (``""`` if it cannot be read)."""
        return self._text(path, b"") or ""

    def _text(self, path: Path, probe: bytes) -> str | None:
        """The folded text of ``path``, or None when it is not held, ``probe`` is not in
        its bytes and it would not fit the budget (the caller knows it cannot match, so
        folding it would be wasted)."""
        try:
            stat = os.stat(path)
        except OSError:
            self.forget(path)
            return ""
        with self._lock:
            cached = self._texts.get(path)
        if cached is not None and cached[:2] == (stat.st_mtime_ns, stat.st_size):
            return cached[2]
        try:
            raw = Path(path).read_bytes()
        except OSError:
            return ""
        decoded = raw.decode("utf-8", errors="replace")
        # The budget counts characters (folding keeps the count, give or take a ligature).
        if probe and probe not in raw and self._used + len(decoded) > self._budget:
            return None
        text = fold(decoded)
        with self._lock:
            old = self._texts.pop(path, None)
            if old is not None:
                self._used -= len(old[2])
            if self._used + len(text) <= self._budget:
                self._texts[path] = (stat.st_mtime_ns, stat.st_size, text)
                self._used += len(text)
        return text

    def forget(self, path: Path) -> None:
        """Drop the cached text of ``path``."""
        with self._lock:
            old = self._texts.pop(path, None)
            if old is not None:
                self._used -= len(old[2])

    def search(self, paths: Iterable[Path], needle: str) -> set[Path]:
        """Return the paths whose text contains ``needle`` (compared case-folded)."""
        return {path for path in self.matches(paths, needle) if path is not None}

    def matches(self, paths: Iterable[Path], needle: str) -> Iterator[Path | None]:
        """Yield each of ``paths`` whose text contains ``needle``, and ``None`` for each
        that does not (so a caller can stop or report between files)."""
        folded = fold(needle)
        # Ideographs fold to themselves: a file beyond the budget whose bytes lack them
        # cannot match, and is not decoded and folded for nothing.
        probe = literal_part(folded).encode()
        for path in paths:
            text = self._text(path, probe)
            yield path if text is not None and folded in text else None


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The answer to one query: its number, the text searched for and the matching files
    (``complete`` False: the matches so far, more to come)."""

    serial: int
    needle: str
    paths: frozenset[Path]
    complete: bool = True


class _Relay(WorkerRelay):
    """Carries results from the worker to the UI thread (never the searcher itself)."""

    done = Signal(object)


class _Queries:
    """Plain state shared with the worker: the waiting query and the last answer.

    The worker holds this and the relay, never a QObject it could be the last owner of.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.queued: tuple[int, str, tuple[Path, ...]] | None = None
        self.last: SearchResult | None = None
        self.running = False

    def put(self, query: tuple[int, str, tuple[Path, ...]]) -> bool:
        """Make ``query`` the waiting one; return True if a worker run must be started."""
        with self.lock:
            self.queued = query
            start = not self.running
            self.running = True
        return start

    def take(self) -> tuple[int, str, tuple[Path, ...]] | None:
        """Take the waiting query, narrowed by the previous result when possible."""
        with self.lock:
            queued, self.queued = self.queued, None
            last = self.last
            if queued is None:
                self.running = False
                return None
        serial, needle, paths = queued
        if last is not None and last.needle and fold(last.needle) in fold(needle):
            # Typing on: the new matches are among the old ones (for files still listed).
            listed = set(paths)
            paths = tuple(path for path in last.paths if path in listed)
        return serial, needle, paths

    def remember(self, result: SearchResult) -> None:
        """Keep ``result`` to narrow the next query."""
        with self.lock:
            self.last = result

    def waiting(self) -> bool:
        """Whether a newer query waits (the one running gives way to it)."""
        return self.queued is not None


class FullTextSearcher(QObject):
    """Searches post texts in a worker; ``found(SearchResult)`` brings the newest answer."""

    found = Signal(object)

    def __init__(self, cache: TextCache | None = None, parent: QObject | None = None) -> None:
        """Search with ``cache`` (a new one by default)."""
        super().__init__(parent)
        self.cache = cache or TextCache()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiji-search")
        self._queries = _Queries()
        self._serial = 0
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._closing = threading.Event()

    def search(self, needle: str, paths: Iterable[Path]) -> int:
        """Search ``paths`` for ``needle``; return the query's serial number.

        Only the newest query waits while one runs; older waiting ones are dropped, and
        the running one gives way (a search for nothing in nothing just stops it).
        """
        self._serial += 1
        if self._queries.put((self._serial, needle, tuple(paths))):
            with contextlib.suppress(RuntimeError):  # shut down
                self._executor.submit(_run_queue, self._queries, self.cache, self._relay)
        return self._serial

    def warm(self, paths: Iterable[Path]) -> None:
        """Read ``paths`` into the cache in the worker, so the first search is fast."""
        queries, closing = self._queries, self._closing

        def stop() -> bool:  # a search waits (it reads what it needs), or closing
            return closing.is_set() or queries.queued is not None

        with contextlib.suppress(RuntimeError):  # shut down
            self._executor.submit(_warm, self.cache, tuple(paths), stop)

    def invalidate(self) -> None:
        """Forget the previous answer (files changed): the next query searches everything."""
        with self._queries.lock:
            self._queries.last = None

    def shutdown(self) -> None:
        """Stop the worker (pending queries are dropped)."""
        self._closing.set()
        with self._queries.lock:
            self._queries.queued = None
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _on_done(self, result: SearchResult) -> None:
        if result.serial == self._serial:
            self.found.emit(result)


def _warm(cache: TextCache, paths: tuple[Path, ...], stop: Callable[[], bool]) -> None:
    for path in gently(paths, stop=stop):  # every post: no hurry, the window goes first
        cache.text(path)


def _run_queue(queries: _Queries, cache: TextCache, relay: _Relay) -> None:
    """Worker: answer the waiting query, then any that arrived meanwhile."""
    while True:
        job = queries.take()
        if job is None:
            return
        result = _answer(job, queries, cache, relay)
        if result is not None:
            queries.remember(result)
            relay.send("done", result)


def _answer(
    job: tuple[int, str, tuple[Path, ...]], queries: _Queries, cache: TextCache, relay: _Relay
) -> SearchResult | None:
    """Search for ``job``; send the matches so far now and then; ``None`` if a newer
    query came first."""
    serial, needle, paths = job
    found: list[Path] = []
    due, sent = time.perf_counter() + FIRST_ANSWER_S, 0
    for path in cache.matches(paths, needle):
        if path is not None:
            found.append(path)
        if queries.waiting():
            return None
        if (now := time.perf_counter()) >= due:
            due = now + NEXT_ANSWER_S
            if len(found) > sent:
                sent = len(found)
                relay.send("done", SearchResult(serial, needle, frozenset(found), complete=False))
    return SearchResult(serial, needle, frozenset(found))
