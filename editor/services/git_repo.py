"""The open site's Git repository as a service: status off the UI thread, jobs with results.

:class:`GitRepo` wraps :class:`~editor.services.git_commands.GitCommands` for one site
folder. ``refresh()`` runs ``git status --porcelain=v2 -z`` in a worker (coalesced: one
running, one pending at most) and emits ``statusChanged(StatusReport)``; ``submit()``
runs any other git work (commit, pull, push, history, a file's last committed text) in a
second worker and calls back in the UI thread with the result or the
:class:`~editor.core.git.git_errors.GitError`. ``availability`` is ``""`` when Git can be
used, else :data:`~editor.core.git.git_errors.NO_GIT` or
:data:`~editor.core.git.git_errors.NOT_REPO` (the UI hides its Git features and says why).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from editor.core.git import git_errors
from editor.core.git.git_errors import GitError
from editor.core.git.git_status import FileState, StatusReport
from editor.services.git_commands import GitCommands, find_git
from editor.services.worker_relay import WorkerRelay

Job = Callable[[threading.Event, Callable[[str, int], None]], Any]
"""Work for :meth:`GitRepo.submit`: ``job(cancel, progress)`` returns the result."""
Done = Callable[[Any, "GitError | None"], None]


class _Relay(WorkerRelay):
    """Carries a worker's answers to the UI thread (queued: the relay lives there)."""

    status = Signal(int, object, object)
    done = Signal(int, object, object)
    progress = Signal(str, int)


class GitRepo(QObject):
    """Git for the site at ``folder`` (see the module docstring).

    Signals: ``statusChanged(StatusReport)`` after each refresh;
    ``availabilityChanged(str)`` when Git becomes usable or not (``""`` or a kind);
    ``progress(str, int)`` with a pull's or push's progress line and percent (-1: unknown);
    ``busyChanged(bool)`` when a job starts or ends.
    """

    statusChanged = Signal(object)
    availabilityChanged = Signal(str)
    progress = Signal(str, int)
    busyChanged = Signal(bool)

    def __init__(
        self, folder: Path, executable: str | None = None, parent: QObject | None = None
    ) -> None:
        """Nothing runs until :meth:`refresh` (``executable``: default the ``git`` on PATH)."""
        super().__init__(parent)
        self.commands = GitCommands(folder, executable if executable is not None else find_git())
        self.availability: str | None = None
        self.status = StatusReport()
        self._states: dict[Path, FileState] = {}
        self._status_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiji-git-status")
        self._job_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiji-git")
        self._refreshing = False
        self._refresh_pending = False
        self._serial = 0
        self._callbacks: dict[int, Done] = {}
        self._refreshing_after: set[int] = set()
        self._cancel = threading.Event()
        self._closed = False
        self._relay = _Relay(self)
        self._relay.status.connect(self._on_status)
        self._relay.done.connect(self._on_done)
        self._relay.progress.connect(self.progress)

    @property
    def folder(self) -> Path:
        """The site folder this repository was opened for."""
        return self.commands.folder

    @property
    def available(self) -> bool:
        """True once a refresh found git and a repository."""
        return self.availability == ""

    @property
    def top(self) -> Path | None:
        """The repository's top folder, once known."""
        return self.commands._top if self.available else None

    # -- status ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read ``git status`` again in the worker; ``statusChanged`` follows."""
        if self._closed:
            return
        if self._refreshing:
            self._refresh_pending = True
            return
        self._refreshing = True
        self._status_pool.submit(self._status_job)

    def _status_job(self) -> None:
        try:
            top = self.commands.top()
            report = self.commands.status()
        except GitError as error:
            self._relay.send("status", 0, None, error)
            return
        self._relay.send("status", 0, (top, report), None)

    def _on_status(self, _serial: int, value: Any, error: GitError | None) -> None:
        self._refreshing = False
        if self._closed:
            return
        if error is not None:
            availability = (
                error.kind if error.kind in (git_errors.NO_GIT, git_errors.NOT_REPO) else ""
            )
            if availability != self.availability:
                self.availability = availability
                self.availabilityChanged.emit(availability)
        else:
            top, report = value
            self.status = report
            self._states = {top / state.path: state for state in report.files}
            if self.availability != "":
                self.availability = ""
                self.availabilityChanged.emit("")
            self.statusChanged.emit(report)
        if self._refresh_pending:
            self._refresh_pending = False
            self.refresh()

    def state_of(self, path: Path) -> FileState | None:
        """The changed state of ``path`` (absolute), or ``None`` when it is as committed."""
        return self._states.get(Path(path).resolve()) or self._states.get(Path(path))

    def states(self, report: StatusReport | None = None) -> dict[Path, FileState]:
        """Every changed file by absolute path: of ``report``, or as of the last refresh."""
        if report is None:
            return dict(self._states)
        top = self.commands.top()
        return {top / state.path: state for state in report.files}

    # -- jobs -----------------------------------------------------------------------------

    def submit(self, job: Job, done: Done | None = None, *, changes: bool = True) -> None:
        """Run ``job(cancel, progress)`` in the worker; ``done(result, error)`` in the UI thread.

        The status is refreshed after a job that may change the repository (``changes``;
        pass False for reads such as a diff or the history, or a view that reads on each
        status would loop). Only one job runs at a time (the others wait their turn);
        :meth:`cancel` stops the one running if it can be stopped.
        """
        if self._closed:
            return
        self._serial += 1
        serial = self._serial
        was_busy = self.is_busy()
        self._callbacks[serial] = done if done is not None else (lambda _result, _error: None)
        if not was_busy:
            self.busyChanged.emit(True)
        self._cancel = threading.Event()
        cancel = self._cancel
        if changes:
            self._refreshing_after.add(serial)
        self._job_pool.submit(self._job, serial, job, cancel)

    def _job(self, serial: int, job: Job, cancel: threading.Event) -> None:
        def progress(line: str, percent: int) -> None:
            self._relay.send("progress", line, percent)

        try:
            result = job(cancel, progress)
        except GitError as error:
            self._relay.send("done", serial, None, error)
            return
        except Exception as error:  # a job's bug becomes a message, not a crash
            self._relay.send("done", serial, None, GitError(git_errors.OTHER, str(error)))
            return
        self._relay.send("done", serial, result, None)

    def _on_done(self, serial: int, result: Any, error: GitError | None) -> None:
        callback = self._callbacks.pop(serial, None)
        if self._closed:
            return
        if not self._callbacks:
            self.busyChanged.emit(False)
        if callback is not None:
            callback(result, error)
        if serial in self._refreshing_after:
            self._refreshing_after.discard(serial)
            self.refresh()

    def is_busy(self) -> bool:
        """True while a job is waiting or running."""
        return bool(self._callbacks)

    def cancel(self) -> None:
        """Stop the pull or push under way (it ends with a ``CANCELLED`` error)."""
        self._cancel.set()

    def shutdown(self) -> None:
        """Stop what runs and the workers (the window is closing or the site changed)."""
        self._closed = True
        self._cancel.set()
        self._status_pool.shutdown(wait=False, cancel_futures=True)
        self._job_pool.shutdown(wait=False, cancel_futures=True)
