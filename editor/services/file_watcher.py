"""Notices when another program (git, a sync tool, a second editor) changes an open file.

Files are watched with ``QFileSystemWatcher``, and so are their folders: a ``git pull``
or an atomic save replaces the file (a new inode), which ends a plain file watch. Events
are coalesced for a short settle time, then each affected document's file is compared by
content hash with what the document last read or saved, so Kiji's own saves and mere
touches are not reported.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QMetaObject, QObject, QTimer, Signal

from editor.core.post.storage import file_hash
from editor.services.document import DocumentSession

SETTLE_MS = 150


class FileWatcher(QObject):
    """Reports changes on disk to open documents.

    ``changedOnDisk(session)``: the file now holds other content than the document last
    read or saved (reported once per new content). ``deletedOnDisk(session)``: the file is
    gone (deleted, moved or renamed). ``restoredOnDisk(session)``: it is back.
    The watcher only reports; deciding what to do is the caller's job.
    """

    changedOnDisk = Signal(object)
    deletedOnDisk = Signal(object)
    restoredOnDisk = Signal(object)

    def __init__(self, settle_ms: int = SETTLE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_path_event)
        self._watcher.directoryChanged.connect(self._on_path_event)
        self._sessions: list[DocumentSession] = []
        self._connections: dict[DocumentSession, QMetaObject.Connection] = {}
        self._reported: dict[DocumentSession, str | None] = {}
        self._gone: set[DocumentSession] = set()
        self._due: set[DocumentSession] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(settle_ms)
        self._timer.timeout.connect(self._check_due)

    def watch(self, session: DocumentSession) -> None:
        """Start watching ``session``'s file (and follow it through Save As)."""
        if session in self._sessions:
            return
        self._sessions.append(session)
        self._connections[session] = session.pathChanged.connect(self._on_session_path_changed)
        self._add_paths(session)

    def unwatch(self, session: DocumentSession) -> None:
        """Stop watching ``session``."""
        if session not in self._sessions:
            return
        self._sessions.remove(session)
        # By connection: PySide6 6.12.0's signal.disconnect(slot) corrupts refcounts.
        QObject.disconnect(self._connections.pop(session))
        self._reported.pop(session, None)
        self._gone.discard(session)
        self._due.discard(session)
        self._sync_paths()

    def watched_paths(self) -> list[str]:
        """Paths currently watched (files and folders), for diagnostics and tests."""
        return sorted(self._watcher.files() + self._watcher.directories())

    def check_all(self) -> None:
        """Compare every watched document with its file now (e.g. when Kiji regains focus)."""
        for session in list(self._sessions):
            self.check(session)

    def check(self, session: DocumentSession) -> None:
        """Compare ``session`` with its file now and report what changed."""
        path = session.path
        if path is None or session not in self._sessions:
            return
        if not path.is_file():
            if session not in self._gone:
                self._gone.add(session)
                self.deletedOnDisk.emit(session)
            return
        self._add_paths(session)  # a replaced file needs a fresh watch
        if session in self._gone:
            self._gone.discard(session)
            self.restoredOnDisk.emit(session)
        current = file_hash(path)
        if current is None or current == session.disk_hash:
            self._reported.pop(session, None)
            return
        if self._reported.get(session) != current:
            self._reported[session] = current
            self.changedOnDisk.emit(session)

    def forget_report(self, session: DocumentSession) -> None:
        """Report the current disk content again next time (after the writer kept theirs)."""
        self._reported.pop(session, None)

    # -- internals --------------------------------------------------------------------
    def _add_paths(self, session: DocumentSession) -> None:
        path = session.path
        if path is None:
            return
        wanted = [str(path.parent)] if path.parent.is_dir() else []
        if path.is_file():
            wanted.append(str(path))
        present = set(self._watcher.files() + self._watcher.directories())
        missing = [p for p in wanted if p not in present]
        if missing:
            self._watcher.addPaths(missing)

    def _sync_paths(self) -> None:
        """Drop watches nobody needs any more."""
        needed: set[str] = set()
        for session in self._sessions:
            if session.path is not None:
                needed.update({str(session.path), str(session.path.parent)})
        stale = [p for p in self._watcher.files() + self._watcher.directories() if p not in needed]
        if stale:
            self._watcher.removePaths(stale)

    def _on_session_path_changed(self, _path: object) -> None:
        session = self.sender()
        if isinstance(session, DocumentSession):
            self._reported.pop(session, None)
            self._gone.discard(session)
            self._sync_paths()
            self._add_paths(session)

    def _on_path_event(self, changed: str) -> None:
        changed_path = Path(changed)
        for session in self._sessions:
            path = session.path
            if path is not None and changed_path in (path, path.parent):
                self._due.add(session)
        if self._due:
            self._timer.start()  # restart: wait until the burst (e.g. a git pull) settles

    def _check_due(self) -> None:
        due, self._due = self._due, set()
        for session in list(due):
            self.check(session)
