"""One background thread that writes journal entries, so an fsync never blocks typing.

The UI thread hands over a snapshot (key, text, path, base hash); the writer keeps only the
newest snapshot per key, writes it with :meth:`Journal.write` (JSON, fsync, atomic rename)
and reports the outcome by calling ``report(key, error_message)`` (``""`` on success) on
the writer thread; the caller turns that into a queued Qt signal. :meth:`settle` makes a key quiet
(its queued snapshot dropped, its write in progress finished) so the UI thread may then
write or remove that entry itself; :meth:`wait_idle` drains everything (closing, quitting).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from editor.core.post.journal import Journal, JournalError


@dataclass(frozen=True)
class Snapshot:
    """What one journal entry will hold, taken on the UI thread."""

    key: str
    text: str
    path: Path | None
    base_hash: str | None


class JournalWriter:
    """A single writer thread for ``journal``; the newest snapshot of a key wins.

    Plain Python on purpose: no Qt object is ever owned, or released, by the thread.
    """

    def __init__(self, journal: Journal, report: Callable[[str, str], None]) -> None:
        self._journal = journal
        self._report = report
        self._pending: dict[str, Snapshot] = {}
        self._writing: str | None = None
        self._stopped = False
        self._condition = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="kiji-journal", daemon=True)
        self._thread.start()

    def submit(self, snapshot: Snapshot) -> None:
        """Queue ``snapshot``; it replaces an older one of the same key not yet written."""
        with self._condition:
            self._pending[snapshot.key] = snapshot
            self._condition.notify_all()

    def is_queued(self, key: str) -> bool:
        """True while a snapshot of ``key`` waits or is being written."""
        with self._condition:
            return key in self._pending or self._writing == key

    def settle(self, key: str) -> None:
        """Drop the queued snapshot of ``key`` and wait until none of it is being written."""
        with self._condition:
            self._pending.pop(key, None)
            self._condition.wait_for(lambda: self._writing != key)

    def wait_idle(self) -> None:
        """Block until every queued snapshot is on disk (or failed)."""
        with self._condition:
            self._condition.wait_for(lambda: not self._pending and self._writing is None)

    def stop(self) -> None:
        """Write what is queued, then end the thread (idempotent)."""
        with self._condition:
            self._stopped = True
            self._condition.notify_all()
        self._thread.join()

    def _run(self) -> None:
        while True:
            with self._condition:
                self._condition.wait_for(lambda: self._pending or self._stopped)
                if not self._pending:
                    return
                key = next(iter(self._pending))
                snapshot = self._pending.pop(key)
                self._writing = key
            message = ""
            try:
                self._journal.write(key, snapshot.text, snapshot.path, snapshot.base_hash)
            except JournalError as error:
                message = error.message
            except Exception as error:  # a bug must not end the thread: quit would wait forever
                message = f"{type(error).__name__}: {error}"
            finally:
                with self._condition:
                    self._writing = None
                    self._condition.notify_all()
            self._report(key, message)
