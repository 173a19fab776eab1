"""Keeps a safety copy of every open document with unsaved changes in the journal.

A document is written to the journal shortly after the writer pauses (and at the latest
``max_delay_ms`` after its first unjournaled change, so steady typing is covered too),
whenever the app loses focus, when the window tells it that the focus left a text pane
(:meth:`JournalService.flush_all`), and when the session ends (:meth:`keep_all`). Saving,
discarding or undoing back to the saved text removes the entry.

The timed writes (after a pause, when the app or the pane loses focus) only take a
snapshot of the text on the UI thread; one background :class:`JournalWriter` does the
JSON, fsync and rename, the newest snapshot winning. :meth:`JournalService.flush`,
:meth:`~JournalService.flush_all` and :meth:`~JournalService.keep_all` stay synchronous
(closing, quitting, the OS ending the session): when they return, the text is on disk.

The service deliberately does not follow ``QGuiApplication.focusObjectChanged``: that
signal hands over QtWebEngine's internal focus objects, and wrapping one of those for
Python crashes the process the moment the writer clicks into the preview.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QElapsedTimer, QMetaObject, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from editor.core.post.journal import Journal, JournalError, new_document_key
from editor.services.document import DocumentSession
from editor.services.journal_writer import JournalWriter, Snapshot

IDLE_DELAY_MS = 1000
MAX_DELAY_MS = 2000


@dataclass
class _Tracked:
    key: str
    timer: QTimer
    since_first_change: QElapsedTimer = field(default_factory=QElapsedTimer)
    journaled: bool = False
    connections: list[QMetaObject.Connection] = field(default_factory=list)


class JournalService(QObject):
    """Follows :class:`DocumentSession` objects and journals their unsaved text.

    ``written(session)`` fires after an entry was written, ``cleared(session)`` after it
    was removed and ``failed(message)`` when the journal cannot be written (plain words;
    the text is still in the editor).
    """

    written = Signal(object)
    cleared = Signal(object)
    failed = Signal(str)
    # From the writer thread to this object's thread: (key, error message or "").
    _written_off = Signal(str, str)

    def __init__(
        self,
        journal: Journal,
        idle_delay_ms: int = IDLE_DELAY_MS,
        max_delay_ms: int = MAX_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self._idle_delay = idle_delay_ms
        self._max_delay = max_delay_ms
        self._tracked: dict[DocumentSession, _Tracked] = {}
        self._last_failure: str | None = None
        self.session_ending = False
        self._written_off.connect(self._on_written_off, Qt.ConnectionType.QueuedConnection)
        self._writer = JournalWriter(journal, _weak_reporter(self))
        # Stop the thread with this object (shiboken6.delete, a parent's deletion, quit).
        self.destroyed.connect(_stopper(self._writer))
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)

    # -- following documents ----------------------------------------------------------
    def track(self, session: DocumentSession) -> None:
        """Start journaling ``session`` (already unsaved text is journaled at once)."""
        if session in self._tracked:
            return
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda s=session: self.flush_soon(s))
        tracked = _Tracked(new_document_key(), timer)
        tracked.connections = [
            session.contentChanged.connect(self._on_content_changed),
            session.dirtyChanged.connect(self._on_dirty_changed),
            session.saved.connect(self._on_saved),
        ]
        self._tracked[session] = tracked
        if session.is_dirty:
            self.flush(session)

    def untrack(self, session: DocumentSession, *, keep_entry: bool = False) -> None:
        """Stop journaling ``session``; its entry is removed unless ``keep_entry``."""
        tracked = self._tracked.pop(session, None)
        if tracked is None:
            return
        tracked.timer.stop()
        tracked.timer.deleteLater()
        # By connection: PySide6 6.12.0's signal.disconnect(slot) corrupts refcounts.
        for connection in tracked.connections:
            QObject.disconnect(connection)
        self._writer.settle(tracked.key)
        if not keep_entry:
            self.journal.remove(tracked.key)

    def sessions(self) -> list[DocumentSession]:
        """The documents being followed."""
        return list(self._tracked)

    def key_of(self, session: DocumentSession) -> str | None:
        """The journal key of ``session`` (``None`` if it is not followed)."""
        tracked = self._tracked.get(session)
        return tracked.key if tracked else None

    def is_pending(self, session: DocumentSession) -> bool:
        """True while ``session`` has changes not yet in the journal."""
        tracked = self._tracked.get(session)
        return tracked is not None and (
            tracked.timer.isActive() or self._writer.is_queued(tracked.key)
        )

    # -- writing ----------------------------------------------------------------------
    def flush(self, session: DocumentSession) -> bool:
        """Journal ``session`` now if it has unsaved text; False if the write failed."""
        tracked = self._tracked.get(session)
        if tracked is None:
            return True
        tracked.timer.stop()
        tracked.since_first_change.invalidate()
        if not session.is_dirty:
            self._clear(session, tracked)
            return True
        self._writer.settle(tracked.key)  # an older background write must not land last
        try:
            self.journal.write(tracked.key, session.post.text(), session.path, session.disk_hash)
        except JournalError as error:
            self._report_failure(error.message)
            return False
        self._last_failure = None
        tracked.journaled = True
        self.written.emit(session)
        return True

    def flush_soon(self, session: DocumentSession) -> None:
        """Journal ``session`` in the background: snapshot now, write on the writer thread.

        ``written`` (or ``failed``) follows once the entry is on disk.
        """
        tracked = self._tracked.get(session)
        if tracked is None:
            return
        tracked.timer.stop()
        tracked.since_first_change.invalidate()
        if not session.is_dirty:
            self._clear(session, tracked)
            return
        snapshot = Snapshot(tracked.key, session.post.text(), session.path, session.disk_hash)
        tracked.journaled = True  # from now on a clear must remove the entry
        self._writer.submit(snapshot)

    def flush_all(self) -> None:
        """Journal every document with changes not yet in the journal; wait until on disk."""
        for session, tracked in list(self._tracked.items()):
            if tracked.timer.isActive():
                self.flush(session)
        self._writer.wait_idle()

    def flush_all_soon(self) -> None:
        """Like :meth:`flush_all`, but the writes happen on the writer thread."""
        for session, tracked in list(self._tracked.items()):
            if tracked.timer.isActive():
                self.flush_soon(session)

    def _on_written_off(self, key: str, message: str) -> None:
        found = next(((s, t) for s, t in self._tracked.items() if t.key == key), None)
        if found is None or not found[1].journaled:
            return  # closed or cleared meanwhile; its entry is gone
        if message:
            self._report_failure(message)
            return
        self._last_failure = None
        self.written.emit(found[0])

    def _report_failure(self, message: str) -> None:
        if message != self._last_failure:  # say it once, not on every pause
            self._last_failure = message
            self.failed.emit(message)

    def _clear(self, session: DocumentSession, tracked: _Tracked) -> None:
        tracked.timer.stop()
        tracked.since_first_change.invalidate()
        self._writer.settle(tracked.key)
        if tracked.journaled:
            self.journal.remove(tracked.key)
            tracked.journaled = False
            self.cleared.emit(session)

    # -- reacting ---------------------------------------------------------------------
    def _sender_tracked(self) -> tuple[DocumentSession, _Tracked] | None:
        """The followed session that sent the current signal, with its state."""
        session = self.sender()
        if not isinstance(session, DocumentSession) or session not in self._tracked:
            return None
        return session, self._tracked[session]

    def _on_content_changed(self) -> None:
        found = self._sender_tracked()
        if found is None:
            return
        session, tracked = found
        if not session.is_dirty:
            self._clear(session, tracked)
            return
        if not tracked.since_first_change.isValid():
            tracked.since_first_change.start()
        # Wait for a pause, but never longer than the promise allows.
        remaining = self._max_delay - tracked.since_first_change.elapsed()
        tracked.timer.start(max(0, min(self._idle_delay, remaining)))

    def _on_dirty_changed(self, dirty: bool) -> None:
        found = self._sender_tracked()
        if found is not None and not dirty:
            self._clear(*found)

    def _on_saved(self, _path: object) -> None:
        found = self._sender_tracked()
        if found is not None:
            self._clear(*found)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.flush_all_soon()

    def keep_all(self) -> bool:
        """Journal every unsaved document now and keep the entries for the next start.

        For the end of a session (a signal, logout, shutdown): nobody may be around to
        answer Save / Discard, so what is unsaved stays in the journal, and closing the
        window no longer removes it. Returns False if some document could not be written.
        """
        self.session_ending = True
        results = [self.flush(session) for session in list(self._tracked)]
        self._writer.wait_idle()
        return all(results)


def _weak_reporter(service: JournalService) -> Callable[[str, str], None]:
    """A writer-thread callback that queues the outcome to ``service`` without owning it."""
    ref = weakref.ref(service)

    def report(key: str, message: str) -> None:
        target = ref()
        if target is not None:
            with contextlib.suppress(RuntimeError):  # its C++ side is already deleted
                target._written_off.emit(key, message)

    return report


def _stopper(writer: JournalWriter) -> Callable[[], None]:
    """A slot that ends ``writer``'s thread (it owns no Qt object, so this is safe late)."""
    return lambda *_args: writer.stop()
