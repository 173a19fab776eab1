"""Watch a site's post folders (not each post) for files added, removed, renamed or edited.

On Linux, one inotify descriptor with a watch per folder reports every file event by
name, edits in place included, so only the file named is looked at again. Elsewhere a
``QFileSystemWatcher`` on the folders reports that *a* folder changed (the caller then
re-reads that folder's times and sizes); in-place edits it misses are left to the caller's
slow poll (:attr:`FolderWatch.sees_edits` says whether one is needed).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QSocketNotifier, Signal

# <sys/inotify.h>
_IN_MODIFY, _IN_ATTRIB, _IN_CLOSE_WRITE = 0x2, 0x4, 0x8
_IN_MOVED_FROM, _IN_MOVED_TO, _IN_CREATE, _IN_DELETE = 0x40, 0x80, 0x100, 0x200
_IN_DELETE_SELF, _IN_MOVE_SELF = 0x400, 0x800
_IN_Q_OVERFLOW, _IN_IGNORED, _IN_ISDIR = 0x4000, 0x8000, 0x40000000
_IN_NONBLOCK, _IN_CLOEXEC = 0o4000, 0o2000000
_MASK = (_IN_MODIFY | _IN_ATTRIB | _IN_CLOSE_WRITE | _IN_MOVED_FROM | _IN_MOVED_TO | _IN_CREATE) | (
    _IN_DELETE | _IN_DELETE_SELF | _IN_MOVE_SELF
)
_EVENT = struct.Struct("iIII")


class _Inotify:
    """The few inotify calls needed, through libc (``None`` from :meth:`open` if absent)."""

    def __init__(self, libc: ctypes.CDLL, fd: int) -> None:
        self._libc = libc
        self.fd = fd

    @classmethod
    def open(cls) -> _Inotify | None:
        if not sys.platform.startswith("linux"):
            return None
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            fd = libc.inotify_init1(_IN_NONBLOCK | _IN_CLOEXEC)
        except (OSError, AttributeError):
            return None
        return cls(libc, fd) if fd >= 0 else None

    def add(self, folder: str) -> int:
        return int(self._libc.inotify_add_watch(self.fd, os.fsencode(folder), _MASK))

    def read(self) -> list[tuple[int, int, str]]:
        """The pending events as ``(watch, mask, name)``."""
        events: list[tuple[int, int, str]] = []
        while True:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                return events
            except OSError:
                return events
            if not data:
                return events
            offset = 0
            while offset + _EVENT.size <= len(data):
                wd, mask, _cookie, length = _EVENT.unpack_from(data, offset)
                start = offset + _EVENT.size
                name = os.fsdecode(data[start : start + length].rstrip(b"\0"))
                events.append((wd, mask, name))
                offset = start + length

    def close(self) -> None:
        os.close(self.fd)


class FolderWatch(QObject):
    """Watches folders; says which file (or, when it cannot tell, which folder) changed.

    ``fileChanged(str)``: that file was created, edited, removed or renamed (either name).
    ``folderChanged(str)``: something in that folder changed, or a folder appeared in it
    or left it (its files' times and sizes must be looked at). ``overflowed()``: events
    were lost; everything must be looked at again.
    """

    fileChanged = Signal(str)
    folderChanged = Signal(str)
    overflowed = Signal()

    def __init__(self, parent: QObject | None = None, *, native: bool = True) -> None:
        """Use inotify where there is one (unless ``native`` is false), else Qt's watcher."""
        super().__init__(parent)
        self._folders: dict[int, str] = {}
        self._watched: set[str] = set()
        self._inotify = _Inotify.open() if native else None
        self._notifier: QSocketNotifier | None = None
        self._qt: QFileSystemWatcher | None = None
        self._closed = False
        if self._inotify is not None:
            self._notifier = QSocketNotifier(self._inotify.fd, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._read)
        else:
            self._qt = QFileSystemWatcher(self)
            self._qt.directoryChanged.connect(self.folderChanged)

    @property
    def sees_edits(self) -> bool:
        """Whether edits made in place to a file are reported (else a poll must find them)."""
        return self._inotify is not None or sys.platform.startswith("win")

    def folders(self) -> list[str]:
        """The folders watched now."""
        return sorted(self._watched)

    def watch(self, folders: list[Path]) -> None:
        """Watch ``folders`` too (those already watched are skipped)."""
        new = [str(folder) for folder in folders if str(folder) not in self._watched]
        if not new or self._closed:
            return  # a refresh that finished after the site was closed watches nothing
        if self._inotify is None:
            assert self._qt is not None
            self._qt.addPaths(new)
            self._watched.update(self._qt.directories())
            return
        for folder in new:
            wd = self._inotify.add(folder)
            if wd >= 0:
                renamed = self._folders.get(wd)  # the same folder under its new name
                if renamed is not None:
                    self._watched.discard(renamed)
                self._folders[wd] = folder
                self._watched.add(folder)

    def close(self) -> None:
        """Stop watching everything (for good: later ``watch`` calls do nothing)."""
        self._closed = True
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._inotify is not None:
            self._inotify.close()
            self._inotify = None
        if self._qt is not None and self._watched:
            self._qt.removePaths(list(self._watched))
        self._watched.clear()
        self._folders.clear()

    def _read(self) -> None:
        if self._inotify is None:
            return
        for wd, mask, name in self._inotify.read():
            if mask & _IN_Q_OVERFLOW:
                self.overflowed.emit()
                continue
            folder = self._folders.get(wd)
            if folder is None:
                continue
            if mask & _IN_IGNORED:
                del self._folders[wd]
                self._watched.discard(folder)
                continue
            if mask & (_IN_DELETE_SELF | _IN_MOVE_SELF):
                self.folderChanged.emit(folder)
            elif mask & _IN_ISDIR:
                self.folderChanged.emit(os.path.join(folder, name))
            elif name:
                self.fileChanged.emit(os.path.join(folder, name))
