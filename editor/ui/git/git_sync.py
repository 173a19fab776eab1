"""Pull and Push with progress and Cancel, and a way forward when the histories differ.

A pull is fast-forward only unless the writer chose rebase in the preferences. When the
remote and this copy both have new commits, the writer is offered a merge; a merge that
conflicts leaves both versions marked in the files, and the conflicted posts open so
the writer sees them. Open tabs follow what a pull changed through the document guard's
watcher: a clean tab reloads, a tab with unsaved text gets the change banner, so nothing
the writer typed is written over.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QProgressBar, QToolButton

from editor.core.git import git_errors
from editor.core.git.git_errors import GitError
from editor.ui.git.git_text import describe_git_error

if TYPE_CHECKING:
    from editor.services.git_repo import GitRepo
    from editor.ui.window.window_host import WindowHost

ProgressCallback = Callable[[str, int], None]


class GitSync(QObject):
    """Pull, Push and Cancel for the window's repository (``repo()`` gives the current one)."""

    def __init__(
        self, window: WindowHost, repo: Callable[[], GitRepo | None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._repo = repo
        frame = window.frame()
        self.actionPull = QAction(self.tr("&Pull"), frame)
        self.actionPull.setObjectName("actionGitPull")
        self.actionPull.triggered.connect(lambda _checked=False: self.pull())
        self.actionPush = QAction(self.tr("P&ush"), frame)
        self.actionPush.setObjectName("actionGitPush")
        self.actionPush.triggered.connect(lambda _checked=False: self.push())
        self.actionCancel = QAction(self.tr("Cancel Sync"), frame)
        self.actionCancel.setObjectName("actionGitCancel")
        self.actionCancel.setEnabled(False)
        self.actionCancel.triggered.connect(self.cancel)
        self.actionAbortMerge = QAction(self.tr("&Abort Merge…"), frame)
        self.actionAbortMerge.setObjectName("actionGitAbortMerge")
        self.actionAbortMerge.setEnabled(False)
        self.actionAbortMerge.triggered.connect(lambda _checked=False: self.abort_merge())
        self.progress = QProgressBar(frame)
        self.progress.setObjectName("gitProgress")
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QToolButton(frame)
        self.cancel_button.setObjectName("gitCancel")
        self.cancel_button.setDefaultAction(self.actionCancel)
        self.cancel_button.hide()
        frame.statusBar().addPermanentWidget(self.progress)
        frame.statusBar().addPermanentWidget(self.cancel_button)
        self._syncing = False

    def actions(self) -> list[QAction]:
        """The menu entries: Pull, Push, Cancel Sync, Abort Merge."""
        return [self.actionPull, self.actionPush, self.actionCancel, self.actionAbortMerge]

    def follow(self, repo: GitRepo) -> None:
        """Show ``repo``'s progress (a new site was opened)."""
        repo.progress.connect(self._on_progress)
        repo.statusChanged.connect(
            lambda report: self.actionAbortMerge.setEnabled(bool(report.conflicted))
        )

    def abort_merge(self, *, confirmed: bool = False) -> None:
        """Ask, then give up the merge a conflicted pull left (files as before the pull)."""
        repo = self._repo()
        if repo is None or not repo.available:
            return
        if not confirmed:
            text = self.tr(
                "Give up this merge? The files go back to how they were before the pull "
                "(your commits stay; the remote's changes are not taken)."
            )
            if not self._ask(self.tr("Abort Merge"), text, self.tr("&Abort Merge")):
                return
        repo.submit(
            lambda _cancel, _progress: repo.commands.abort_merge(),
            lambda _result, error: self._report(self.tr("Abort Merge"), error) if error else None,
        )

    def is_syncing(self) -> bool:
        """True while a pull or push runs."""
        return self._syncing

    # -- pull and push -------------------------------------------------------------------

    def pull(self, *, merge: bool = False) -> None:
        """Pull (fast-forward only, or rebase per the preferences, or ``merge``)."""
        repo = self._repo()
        if repo is None or not repo.available or self._syncing:
            return
        rebase = self._window.settings.git_pull_rebase

        def job(cancel: threading.Event, progress: ProgressCallback) -> None:
            repo.commands.pull(rebase=rebase, merge=merge, cancel=cancel, on_progress=progress)

        self._start(self.tr("Pulling…"))
        repo.submit(job, lambda _result, error: self._pulled(error))

    def push(self) -> None:
        """Push the current branch (its first push sets the upstream)."""
        repo = self._repo()
        if repo is None or not repo.available or self._syncing:
            return

        def job(cancel: threading.Event, progress: ProgressCallback) -> None:
            repo.commands.push(cancel=cancel, on_progress=progress)

        self._start(self.tr("Pushing…"))
        repo.submit(job, lambda _result, error: self._pushed(error))

    def cancel(self) -> None:
        """Stop the pull or push under way."""
        repo = self._repo()
        if repo is not None and self._syncing:
            repo.cancel()

    def _start(self, text: str) -> None:
        self._syncing = True
        self.actionPull.setEnabled(False)
        self.actionPush.setEnabled(False)
        self.actionCancel.setEnabled(True)
        self.progress.setRange(0, 0)  # busy until git reports a percentage
        self.progress.show()
        self.cancel_button.show()
        self._window.show_status(text)

    def _finish(self) -> None:
        self._syncing = False
        self.actionPull.setEnabled(True)
        self.actionPush.setEnabled(True)
        self.actionCancel.setEnabled(False)
        self.progress.hide()
        self.cancel_button.hide()
        self._window.show_status("")

    def _on_progress(self, line: str, percent: int) -> None:
        if not self._syncing:
            return
        if percent >= 0:
            self.progress.setRange(0, 100)
            self.progress.setValue(percent)
        self._window.show_status(line)

    # -- outcomes ------------------------------------------------------------------------

    def _pulled(self, error: GitError | None) -> None:
        self._finish()
        if error is None:
            self._window.show_status(self.tr("Pulled: up to date with the remote."), 6000)
            return
        if error.kind == git_errors.NON_FAST_FORWARD:
            answer = self._ask(
                self.tr("Pull"),
                describe_git_error(error),
                self.tr("&Merge"),
            )
            if answer:
                self.pull(merge=True)
            return
        if error.kind == git_errors.CONFLICT:
            self.open_conflicts(error)
        self._report(self.tr("Pull"), error)

    def _pushed(self, error: GitError | None) -> None:
        self._finish()
        if error is None:
            self._window.show_status(self.tr("Pushed: the remote has your commits."), 6000)
            return
        if error.kind == git_errors.NON_FAST_FORWARD:
            text = self.tr(
                "The remote has commits you do not have yet, so nothing was pushed. "
                "Pull them first, then push again."
            )
            if self._ask(self.tr("Push"), text, self.tr("&Pull Now")):
                self.pull()
            return
        self._report(self.tr("Push"), error)

    def open_conflicts(self, error: GitError) -> None:
        """Open every conflicted post, so the writer sees both versions marked."""
        repo = self._repo()
        top = repo.top if repo is not None else None
        if top is None:
            return
        for relative in error.paths:
            path = top / relative
            if path.suffix.lower() in (".md", ".markdown", ".mdown", ".mkd", ".html"):
                self._window.open_post(path)

    def _ask(self, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self._window.frame())
        go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("gitQuestion")
        box.exec()
        chosen: Any = box.clickedButton()
        box.deleteLater()
        return chosen is go

    def _report(self, title: str, error: GitError) -> None:
        if error.kind == git_errors.CANCELLED:
            self._window.show_status(describe_git_error(error), 6000)
            return
        QMessageBox.warning(self._window.frame(), title, describe_git_error(error))
