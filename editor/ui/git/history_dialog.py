"""History of the open post (``git log --follow``): view a version, compare, restore it.

Restoring puts the old version's text into the editor as an unsaved, undoable edit
(``DocumentSession.set_text``; the document guard applies it to the pane as one edit),
so nothing is written until the writer saves, and Ctrl+Z takes it back.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.git.git_errors import GitError
from editor.core.git.git_status import LogEntry
from editor.services.git_repo import GitRepo
from editor.ui.editor.post_editor import PostEditor
from editor.ui.git.git_text import describe_git_error
from editor.ui.git.word_diff_view import WordDiffView


class HistoryDialog(QDialog):
    """The commits of ``editor``'s post, newest first, with a version's text and its diff."""

    def __init__(self, repo: GitRepo, editor: PostEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self._repo = repo
        self._editor = editor
        path = editor.session.path
        assert path is not None
        self._path: Path = path
        self.setWindowTitle(self.tr("History of {0}").format(path.name))
        self.resize(1000, 640)
        self.entries: list[LogEntry] = []
        self._texts: dict[str, str] = {}
        self.commits = QTreeWidget(self)
        self.commits.setObjectName("historyList")
        self.commits.setHeaderLabels([self.tr("Date"), self.tr("Message"), self.tr("Author")])
        self.commits.setRootIsDecorated(False)
        self.commits.header().setStretchLastSection(False)
        self.commits.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.commits.currentItemChanged.connect(lambda _item, _old: self._show_selected())
        self.compare = WordDiffView(self)
        self.compare.setObjectName("historyCompare")
        self.version = QPlainTextEdit(self)
        self.version.setObjectName("historyVersion")
        self.version.setReadOnly(True)
        self.views = QTabWidget(self)
        self.views.addTab(self.compare, self.tr("Compared with the Editor"))
        self.views.addTab(self.version, self.tr("This Version"))
        self.status = QLabel(self.tr("Reading the history…"), self)
        self.status.setObjectName("historyStatus")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.commits)
        splitter.addWidget(self.views)
        splitter.setSizes([220, 420])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore into Editor"), self)
        self.restore_button.setObjectName("restoreVersionButton")
        self.restore_button.setEnabled(False)
        self.restore_button.setToolTip(
            self.tr("Puts this version's text in the editor, unsaved; Undo takes it back.")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        repo.submit(
            lambda _cancel, _progress: repo.commands.log(self._path), self._on_log, changes=False
        )

    def _on_log(self, entries: object, error: GitError | None) -> None:
        if error is not None:
            self.status.setText(describe_git_error(error))
            return
        assert isinstance(entries, list)
        self.entries = entries
        locale = QLocale()
        for entry in entries:
            when = (
                locale.toString(entry.date.astimezone().replace(tzinfo=None), "yyyy-MM-dd HH:mm")
                if entry.date is not None
                else ""
            )
            item = QTreeWidgetItem([when, entry.subject, entry.author])
            item.setToolTip(1, f"{entry.oid[:10]}  {entry.path}")
            self.commits.addTopLevelItem(item)
        for column in (0, 2):
            self.commits.resizeColumnToContents(column)
        self.status.setText(
            self.tr("%n commit(s)", "", len(entries))
            if entries
            else self.tr("This post has not been committed yet.")
        )
        newest = self.commits.topLevelItem(0)
        if newest is not None:
            self.commits.setCurrentItem(newest)

    def selected(self) -> LogEntry | None:
        """The commit selected in the list."""
        item = self.commits.currentItem()
        if item is None:
            return None
        return self.entries[self.commits.indexOfTopLevelItem(item)]

    def _show_selected(self) -> None:
        entry = self.selected()
        self.restore_button.setEnabled(False)
        if entry is None:
            return
        if entry.oid in self._texts:
            self._show_text(entry, self._texts[entry.oid], None)
            return
        repo = self._repo

        def job(_cancel: threading.Event, _progress: object) -> str:
            return repo.commands.show(entry.oid, entry.path).decode("utf-8-sig", "replace")

        repo.submit(job, lambda text, error: self._show_text(entry, text, error), changes=False)

    def _show_text(self, entry: LogEntry, text: object, error: GitError | None) -> None:
        if entry is not self.selected():
            return
        if error is not None:
            self.compare.show_message(describe_git_error(error))
            return
        assert isinstance(text, str)
        self._texts[entry.oid] = text
        self.version.setPlainText(text)
        self.compare.set_texts(text, self._editor.session.post.text())
        self.restore_button.setEnabled(True)

    def restore_selected(self) -> bool:
        """Put the selected version's text into the editor (unsaved, undoable)."""
        entry = self.selected()
        text = self._texts.get(entry.oid) if entry is not None else None
        if text is None:
            return False
        self._editor.session.set_text(text)
        self.compare.set_texts(text, self._editor.session.post.text())
        self.status.setText(self.tr("Restored into the editor, unsaved. Undo takes it back."))
        return True
