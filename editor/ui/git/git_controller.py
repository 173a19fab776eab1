"""The window's Git: the Git menu, the posts panel's markers and filter, commit and sync.

``GitController(window, services, site_ui)`` is the one call that installs it (from the
window's composition). It keeps one :class:`~editor.services.git_repo.GitRepo` for the
open site, refreshes its status after saves, after the site's files change and when Kiji
comes back to the front, and hides every Git feature when git is missing or the site is
not a repository (:meth:`preference_note` says why, in the preferences).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu, QMessageBox, QToolButton

from editor.core.git import git_errors
from editor.core.git.git_errors import GitError
from editor.core.git.git_status import StatusReport
from editor.core.site.post_files import referenced_images
from editor.services.git_commands import Identity
from editor.services.git_repo import GitRepo
from editor.ui.git.changes_view import ChangesView
from editor.ui.git.commit_dialog import CommitDialog, default_message
from editor.ui.git.conflict_marks import ConflictMarks
from editor.ui.git.git_sync import GitSync
from editor.ui.git.git_text import describe_git_error
from editor.ui.git.history_dialog import HistoryDialog

if TYPE_CHECKING:
    from editor.app.container import AppServices
    from editor.ui.editor.post_editor import PostEditor
    from editor.ui.site.site_controller import SiteController
    from editor.ui.window.window_host import WindowHost

REFRESH_DELAY_MS = 250


class GitController(QObject):
    """Everything the window does with the site's Git repository (see the module docstring)."""

    def __init__(self, window: WindowHost, services: AppServices, site_ui: SiteController) -> None:
        """Build the menu (hidden until a repository is found) and follow the open site."""
        super().__init__(window.frame())
        self.setObjectName("gitController")
        self._window = window
        self._services = services
        self._site_ui = site_ui
        self.repo: GitRepo | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)

        self.menu = QMenu(self.tr("&Git"), window.frame())
        self.menu.setObjectName("menuGit")
        self.menu.menuAction().setObjectName("actionGitMenu")
        self.actionCommit = self._action(self.tr("&Commit…"), "actionGitCommit", self.commit)
        self.actionCommit.setShortcut(QKeySequence("Ctrl+Alt+C"))
        self.sync = GitSync(window, lambda: self.repo, self)
        self.changes = ChangesView(window.frame())
        self.changes.openRequested.connect(lambda path: window.open_post(path))
        self.changes_dock = QDockWidget(self.tr("Changes"), window.frame())
        self.changes_dock.setObjectName("changesDock")
        self.changes_dock.setWidget(self.changes)
        window.frame().addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.changes_dock)
        self.changes_dock.hide()
        self.actionShowChanges = self.changes_dock.toggleViewAction()
        self.actionShowChanges.setText(self.tr("Show &Changes"))
        self.actionShowChanges.setObjectName("actionShowChanges")
        self.actionShowChanges.setShortcut(QKeySequence("Ctrl+Alt+G"))
        self.actionShowChanges.toggled.connect(self._select_current_change)
        self.actionHistory = self._action(
            self.tr("&History of This Post…"), "actionGitHistory", self.show_history
        )
        self.menu.addAction(self.actionCommit)
        self.menu.addAction(self.actionShowChanges)
        self.menu.addAction(self.actionHistory)
        self.menu.addSeparator()
        self.menu.addActions(self.sync.actions())
        bar = window.frame().menuBar()
        menus = bar.actions()
        if menus:
            bar.insertMenu(menus[-1], self.menu)  # before Help
        else:
            bar.addMenu(self.menu)

        self.changed_filter = QToolButton(site_ui.panel)
        self.changed_filter.setObjectName("gitChangedFilter")
        self.changed_filter.setText(self.tr("Changed"))
        self.changed_filter.setToolTip(self.tr("Show only posts changed since the last commit"))
        self.changed_filter.setCheckable(True)
        self.changed_filter.toggled.connect(site_ui.panel.proxy.set_changed_only)
        site_ui.panel.add_filter_widget(self.changed_filter)
        self.branch_label = QLabel(window.frame())
        self.branch_label.setObjectName("gitBranch")
        window.frame().statusBar().addPermanentWidget(self.branch_label)
        self._set_available(False)

        window.editorOpened.connect(self._on_editor_opened)
        window.closing.connect(self.shutdown)
        site_ui.filesChanged.connect(lambda _paths: self.schedule_refresh())
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)

    def _action(self, text: str, name: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self._window.frame())
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- the repository -----------------------------------------------------------------

    def follow_root(self, root: Path | None) -> None:
        """Use the repository of the site at ``root`` (``None``: keep the current one)."""
        if root is None:
            return
        root = Path(root).resolve()
        if self.repo is not None and self.repo.folder == root:
            return
        if self.repo is not None:
            self.repo.shutdown()
            self.repo.deleteLater()
        self.repo = self._services.new_git_repo(root, self)
        self.repo.availabilityChanged.connect(lambda kind: self._set_available(kind == ""))
        self.repo.statusChanged.connect(self._on_status)
        self.sync.follow(self.repo)
        self.changes.set_repo(self.repo)
        self._set_available(False)
        self.repo.refresh()

    def schedule_refresh(self) -> None:
        """Refresh the status soon (several saves or file changes make one refresh)."""
        if self.repo is not None:
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Refresh the status now (in the worker)."""
        if self.repo is not None:
            self.repo.refresh()

    def preference_note(self) -> str:
        """One line for the preferences when Git cannot be used, else ``""``."""
        repo = self.repo
        if repo is None or repo.availability in (None, ""):
            return ""
        return describe_git_error(GitError(repo.availability))

    def _set_available(self, available: bool) -> None:
        self.menu.menuAction().setVisible(available)
        self.changed_filter.setVisible(available)
        self.branch_label.setVisible(available)
        if not available:
            self.changes_dock.hide()
            self.changed_filter.setChecked(False)
            self._site_ui.panel.model.set_git_markers({})

    def _on_status(self, report: StatusReport) -> None:
        repo = self.repo
        if repo is None:
            return
        markers = {path: state.marker for path, state in repo.states().items()}
        self._site_ui.panel.model.set_git_markers(markers)
        text = report.head
        if report.ahead or report.behind:
            text += f"  ↑{report.ahead} ↓{report.behind}"
        self.branch_label.setText(text)
        self.branch_label.setToolTip(
            self.tr("Branch {0}: {1} commit(s) to push, {2} to pull").format(
                report.head, report.ahead, report.behind
            )
        )

    def _on_editor_opened(self, editor: PostEditor) -> None:
        editor.session.saved.connect(lambda _path: self.schedule_refresh())
        ConflictMarks(editor, self._window)  # with or without git: markers are in the text

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.schedule_refresh()  # a commit made in a terminal meanwhile

    def shutdown(self) -> None:
        """Stop the repository's workers (the window is closing)."""
        self._refresh_timer.stop()
        if self.repo is not None:
            self.repo.shutdown()

    def _select_current_change(self, shown: bool) -> None:
        """Opening the Changes view shows the current post's diff first, if it changed."""
        editor = self._window.current_editor()
        if shown and editor is not None and editor.session.path is not None:
            self.changes.select(editor.session.path.resolve())

    # -- history ------------------------------------------------------------------------

    def show_history(self) -> HistoryDialog | None:
        """Show the history of the current post (non-modal)."""
        repo, editor = self.repo, self._window.current_editor()
        if repo is None or not repo.available or editor is None or editor.session.path is None:
            return None
        dialog = HistoryDialog(repo, editor, self._window.frame())
        dialog.show()
        return dialog

    # -- commit -------------------------------------------------------------------------

    def commit(self) -> None:
        """Save the current post if needed, then ask what to commit (off the UI thread)."""
        repo = self.repo
        if repo is None or not repo.available:
            return
        editor = self._window.current_editor()
        if editor is not None and not self._window.settle_unsaved(editor, before_moving=True):
            return
        post = editor.session.path if editor is not None else None

        def gather(_cancel: threading.Event, _progress: object) -> tuple[Identity, StatusReport]:
            return repo.commands.identity(), repo.commands.status()

        repo.submit(
            gather, lambda result, error: self._ask_commit(post, result, error), changes=False
        )

    def _ask_commit(self, post: Path | None, result: Any, error: GitError | None) -> None:
        repo = self.repo
        if repo is None:
            return
        if error is not None:
            self._show_error(self.tr("Commit"), error)
            return
        identity, report = result
        states = repo.states(report)  # as the job just saw it (the post was just saved)
        if not states:
            QMessageBox.information(
                self._window.frame(),
                self.tr("Commit"),
                self.tr("Nothing to commit: every file is as in the last commit."),
            )
            return
        files = sorted(((path, state.marker) for path, state in states.items()), key=str)
        checked, message = self._defaults(post, states)
        dialog = CommitDialog(
            files, checked, message, identity, repo.top or repo.folder, self._window.frame()
        )
        try:
            if dialog.exec() != CommitDialog.DialogCode.Accepted:
                return
            paths, text = dialog.chosen(), dialog.message()
        finally:
            dialog.deleteLater()
        repo.submit(
            lambda _cancel, _progress: repo.commands.commit(paths, text),
            lambda oid, failure: self._committed(text, oid, failure),
        )

    def _defaults(self, post: Path | None, states: dict) -> tuple[set[Path], str]:
        """Ticked files and message: the post and its images, ``Add/Update post: title``."""
        if post is None:
            return set(states), ""
        post = post.resolve()
        checked = {post} & set(states)
        site = self._site_ui.site()
        entry = site.entries.get(post) if site is not None else None
        title = entry.title if entry is not None else post.stem
        if entry is not None and site is not None:
            checked |= set(referenced_images(entry, site.layout)) & set(states)
        if not checked:
            checked = set(states)
        state = states.get(post)
        return checked, default_message(title, state.marker if state is not None else "")

    def _committed(self, message: str, _oid: Any, error: GitError | None) -> None:
        if error is not None:
            self._show_error(self.tr("Commit"), error)
            return
        self._window.show_status(self.tr("Committed: {0}").format(message), 6000)

    def _show_error(self, title: str, error: GitError) -> None:
        if error.kind == git_errors.CANCELLED:
            self._window.show_status(describe_git_error(error), 6000)
            return
        QMessageBox.warning(self._window.frame(), title, describe_git_error(error))
