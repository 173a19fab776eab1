"""The journal of unsaved text: what a crash, a power cut or a kill must not take away.

Layout of the journal folder (in the user data folder, never in a site)::

    <session>.lock            one per running Kiji; held locked while it runs
    <session>--<key>.json     one per document with unsaved changes

Each entry holds the document's full text, the path it belongs to (``None`` for an
untitled post), the hash of the file it was based on and the time it was written.
Entries are written atomically (temporary file, fsync, rename), so an entry on disk is
always a whole older or a whole newer version.

A running session holds an OS lock on its ``.lock`` file (``flock`` on POSIX,
``msvcrt.locking`` on Windows); the OS drops that lock when the process dies, however it
dies, so "is that session still running?" is answered without trusting pids, which get
reused. A clean exit deletes the lock file; a lock file nobody holds means the run that
wrote it crashed. Entries of sessions that are not running are offered for recovery.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from editor.core.post.storage import StorageError, atomic_write_bytes

ENTRY_FORMAT = 1
_LOCK_SUFFIX = ".lock"
_ENTRY_SUFFIX = ".json"
_SEPARATOR = "--"

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
try:  # Windows
    import msvcrt
except ImportError:
    msvcrt = None  # type: ignore[assignment]


class JournalError(Exception):
    """The journal could not be written or read; ``message`` is plain words for the writer."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class JournalEntry:
    """One journaled document, as written by some session."""

    session: str
    key: str
    path: Path | None
    text: str
    base_hash: str | None
    saved_at: float
    file: Path

    @property
    def title(self) -> str:
        """The file name, or "Untitled" for a post that was never saved."""
        return self.path.name if self.path is not None else "Untitled"


def new_session_id() -> str:
    """A fresh, unique id for one run of Kiji."""
    return uuid.uuid4().hex


def new_document_key() -> str:
    """A fresh, unique id for one document within a session."""
    return uuid.uuid4().hex[:16]


def _try_lock(handle: IO[bytes]) -> bool:
    """Take an exclusive, non-blocking OS lock on ``handle``; False if someone holds it."""
    try:
        if fcntl is not None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        elif msvcrt is not None:  # pragma: no cover - Windows
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    with contextlib.suppress(OSError):
        if fcntl is not None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        elif msvcrt is not None:  # pragma: no cover - Windows
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)


def _describe(exc: OSError, what: str) -> str:
    """Plain words for a failed journal write."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = "the disk is full"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "Kiji may not write to its own data folder"
    else:
        reason = exc.strerror or str(exc)
    return (
        f"Kiji could not keep a safety copy of {what} ({reason}). "
        "Your text is still in the editor; save it to keep it."
    )


class Journal:
    """The journal folder for one running session (see the module docstring).

    Call :meth:`start_session` before writing and :meth:`end_session` on a clean exit.
    """

    def __init__(self, folder: Path, session_id: str | None = None) -> None:
        self.folder = Path(folder)
        self.session_id = session_id or new_session_id()
        self._lock_handle: IO[bytes] | None = None

    # -- the session ----------------------------------------------------------------
    @property
    def lock_file(self) -> Path:
        """This session's lock file (present while it runs)."""
        return self.folder / f"{self.session_id}{_LOCK_SUFFIX}"

    @property
    def is_started(self) -> bool:
        """True between :meth:`start_session` and :meth:`end_session`."""
        return self._lock_handle is not None

    def start_session(self) -> None:
        """Create the folder and take this session's lock (the "still running" marker)."""
        if self._lock_handle is not None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            # Lock under a temporary name, then rename: nobody can see the file unlocked.
            fd, tmp_name = tempfile.mkstemp(prefix=".lock-", dir=self.folder)
            handle = os.fdopen(fd, "r+b")
            handle.write(json.dumps({"pid": os.getpid(), "started": time.time()}).encode())
            handle.flush()
            if not _try_lock(handle):  # pragma: no cover - a fresh private file
                handle.close()
                raise JournalError("Kiji could not lock its journal folder.")
            os.replace(tmp_name, self.lock_file)
        except OSError as exc:
            raise JournalError(_describe(exc, "your unsaved text")) from exc
        self._lock_handle = handle

    def end_session(self, *, keep_entries: bool = False) -> None:
        """Mark a clean exit: drop this session's entries (unless kept) and its lock file."""
        if not keep_entries:
            for entry in self.entries():
                self.discard(entry)
        with contextlib.suppress(OSError):
            self.lock_file.unlink()
        if self._lock_handle is not None:
            _unlock(self._lock_handle)
            self._lock_handle.close()
            self._lock_handle = None

    def _session_running(self, session: str) -> bool:
        """True when ``session`` is this one or another live process holds its lock."""
        if session == self.session_id and self._lock_handle is not None:
            return True
        lock = self.folder / f"{session}{_LOCK_SUFFIX}"
        try:
            handle = lock.open("r+b")
        except OSError:
            return False
        with handle:
            if _try_lock(handle):
                _unlock(handle)
                return False
            return True

    def stale_sessions(self) -> list[str]:
        """Sessions whose lock file is left behind by a run that did not exit cleanly."""
        if not self.folder.is_dir():
            return []
        sessions = [path.name[: -len(_LOCK_SUFFIX)] for path in self.folder.glob("*.lock")]
        return sorted(s for s in sessions if not self._session_running(s))

    def previous_run_crashed(self) -> bool:
        """True when some earlier run of Kiji ended without a clean exit."""
        return bool(self.stale_sessions())

    def forget_stale_sessions(self) -> None:
        """Remove lock files of crashed runs (their entries stay until restored or discarded)."""
        for session in self.stale_sessions():
            with contextlib.suppress(OSError):
                (self.folder / f"{session}{_LOCK_SUFFIX}").unlink()

    # -- entries --------------------------------------------------------------------
    def entry_file(self, key: str) -> Path:
        """Where this session keeps the entry for document ``key``."""
        return self.folder / f"{self.session_id}{_SEPARATOR}{key}{_ENTRY_SUFFIX}"

    def write(
        self,
        key: str,
        text: str,
        path: Path | None,
        base_hash: str | None,
        saved_at: float | None = None,
    ) -> JournalEntry:
        """Journal ``text`` for document ``key`` atomically; raise :class:`JournalError`."""
        if _SEPARATOR in key or "/" in key or "\\" in key or not key:
            raise ValueError(f"bad journal key {key!r}")
        saved_at = time.time() if saved_at is None else saved_at
        record = {
            "format": ENTRY_FORMAT,
            "session": self.session_id,
            "key": key,
            "path": str(path) if path is not None else None,
            "base_hash": base_hash,
            "saved_at": saved_at,
            "text": text,
        }
        # surrogatepass: a lone surrogate from the text widget must not cost the whole entry.
        data = json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass")
        target = self.entry_file(key)
        what = f"“{path.name}”" if path is not None else "an untitled post"
        try:
            # The journal holds unpublished drafts: keep its folder private to the writer.
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            atomic_write_bytes(target, data)
        except StorageError as error:
            cause = error.__cause__
            reason = cause if isinstance(cause, OSError) else OSError(str(error))
            raise JournalError(_describe(reason, what)) from error
        except OSError as exc:
            raise JournalError(_describe(exc, what)) from exc
        return JournalEntry(self.session_id, key, path, text, base_hash, saved_at, target)

    def remove(self, key: str) -> None:
        """Drop this session's entry for ``key`` (saved or discarded); missing is fine."""
        with contextlib.suppress(FileNotFoundError):
            self.entry_file(key).unlink()

    def discard(self, entry: JournalEntry) -> None:
        """Delete ``entry`` from the journal (after it was restored or refused)."""
        with contextlib.suppress(FileNotFoundError):
            entry.file.unlink()

    def entries(self) -> list[JournalEntry]:
        """This session's entries."""
        return [e for e in self.all_entries() if e.session == self.session_id]

    def orphaned_entries(self) -> list[JournalEntry]:
        """Entries left by sessions that are no longer running, newest first."""
        running: dict[str, bool] = {}
        found = []
        for entry in self.all_entries():
            if entry.session not in running:
                running[entry.session] = self._session_running(entry.session)
            if not running[entry.session]:
                found.append(entry)
        return sorted(found, key=lambda e: e.saved_at, reverse=True)

    def all_entries(self) -> list[JournalEntry]:
        """Every readable entry in the folder, of any session, running or not."""
        if not self.folder.is_dir():
            return []
        entries = []
        for file in sorted(self.folder.glob(f"*{_SEPARATOR}*{_ENTRY_SUFFIX}")):
            entry = read_entry(file)
            if entry is not None:
                entries.append(entry)
        return entries


def read_entry(file: Path) -> JournalEntry | None:
    """Read one entry file; ``None`` if it is unreadable (it is left in place, never deleted)."""
    try:
        record: Any = json.loads(file.read_bytes().decode("utf-8", "surrogatepass"))
        if not isinstance(record, dict) or record.get("format") != ENTRY_FORMAT:
            return None
        path = record["path"]
        text = record["text"]
        if not isinstance(text, str) or not isinstance(path, str | None):
            return None
        return JournalEntry(
            session=str(record["session"]),
            key=str(record["key"]),
            path=Path(path) if path is not None else None,
            text=text,
            base_hash=record.get("base_hash"),
            saved_at=float(record["saved_at"]),
            file=file,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
