"""Find in Site off the UI thread: one search at a time, its matches streamed in batches.

:class:`SiteSearchService` runs :func:`editor.core.site.text_search.search_files` over the site's
documents (:func:`editor.core.site.discovery.site_documents`, walked in the worker too) in a
worker thread. A new search cancels the one running (the writer typed on): the old one
stops at its next file and nothing more of it arrives. Matches come in batches: the
first as soon as it is found, then about every 50 ms, so the panel fills as the search
goes without a signal per match.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor.core.site.discovery import site_documents
from editor.core.site.site_errors import SiteError
from editor.core.site.site_layout import detect_layout
from editor.core.site.text_search import FileHit, SearchQuery, search_files
from editor.services.error_text import describe_error
from editor.services.worker_relay import WorkerRelay

__all__ = ["BATCH_SECONDS", "MAX_HITS", "SiteSearchService"]

MAX_HITS = 2000
BATCH_SECONDS = 0.05


class _Relay(WorkerRelay):
    """Carries a worker's results to the UI thread, tagged with the search's number."""

    hits = Signal(int, list)
    finished = Signal(int, int)
    failed = Signal(int, str)


def _until(cancelled: threading.Event, paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if cancelled.is_set():
            return
        yield path


def _search_job(
    serial: int,
    root: Path,
    query: SearchQuery,
    max_hits: int,
    cancelled: threading.Event,
    relay: _Relay,
) -> None:
    """Worker: list the site's documents, search them, send the matches in batches."""
    try:
        files = site_documents(detect_layout(root))
    except (OSError, SiteError) as error:
        relay.send("failed", serial, describe_error(error))
        return
    batch: list[FileHit] = []
    count = 0
    sent_at = 0.0  # the first match goes out at once
    for hit in search_files(_until(cancelled, files), query, max_hits):
        batch.append(hit)
        count += 1
        now = time.monotonic()
        if now - sent_at >= BATCH_SECONDS:
            relay.send("hits", serial, batch)
            batch, sent_at = [], now
    if cancelled.is_set():
        return
    if batch:
        relay.send("hits", serial, batch)
    relay.send("finished", serial, count)


class SiteSearchService(QObject):
    """Searches a site's posts in a worker thread.

    Signals, for the newest search only: ``hits(list)`` with a batch of
    :class:`~editor.core.site.text_search.FileHit` in file order; ``finished(int)`` with the number
    of matches once it is done (at most ``max_hits``); ``failed(str)`` with plain words
    when the site cannot be read.
    """

    hits = Signal(list)
    finished = Signal(int)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        """Prepare the worker (a thread starts with the first search)."""
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiji-site-search")
        self._serial = 0
        self._cancelled = threading.Event()
        self._running = False
        self._closed = False
        self._relay = _Relay(self)
        self._relay.hits.connect(self._on_hits)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)

    def search(self, root: Path, query: SearchQuery, max_hits: int = MAX_HITS) -> None:
        """Search the documents of the site at ``root``, cancelling the search under way.

        Raises :class:`~editor.core.site.text_search.SearchError` at once for a query that cannot
        run (nothing typed, a broken regular expression).
        """
        query.compile()
        self.cancel()
        if self._closed:
            return
        self._serial += 1
        self._cancelled = threading.Event()
        self._running = True
        self._executor.submit(
            _search_job, self._serial, Path(root), query, max_hits, self._cancelled, self._relay
        )

    def cancel(self) -> None:
        """Stop the search under way; nothing more of it is reported."""
        self._cancelled.set()
        self._running = False

    def is_running(self) -> bool:
        """Whether a search is under way."""
        return self._running

    def shutdown(self) -> None:
        """Cancel the search and stop the worker (the window is closing)."""
        self.cancel()
        self._closed = True
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _on_hits(self, serial: int, batch: list[FileHit]) -> None:
        if serial == self._serial and self._running:
            self.hits.emit(batch)

    def _on_finished(self, serial: int, count: int) -> None:
        if serial == self._serial and self._running:
            self._running = False
            self.finished.emit(count)

    def _on_failed(self, serial: int, message: str) -> None:
        if serial == self._serial and self._running:
            self._running = False
            self.failed.emit(message)
