"""The Changes view: the site's changed files, a word-level diff of each, discard per file.

Discarding never loses a file silently: after the writer confirms, the current version
goes to the system trash (:func:`editor.core.site.trash.move_to_trash`) and only then does
git put back the last committed one (a file that was never committed just goes to the
trash).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from editor.core.git import git_errors
from editor.core.git.git_errors import GitError
from editor.core.git.git_status import StatusReport
from editor.core.site.site_errors import TrashError
from editor.core.site.trash import move_to_trash
from editor.services.git_repo import GitRepo
from editor.ui.git.git_text import describe_git_error, marker_icon, marker_label
from editor.ui.git.word_diff_view import WordDiffView

_PATH = Qt.ItemDataRole.UserRole


def _decode(data: bytes | None) -> str | None:
    """UTF-8 text (a BOM dropped), ``""`` for no file, ``None`` for a binary file."""
    if data is None:
        return ""
    if b"\0" in data[:8000]:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


class ChangesView(QWidget):
    """Lists what changed since the last commit; ``openRequested(Path)`` opens a post."""

    openRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changesView")
        self._repo: GitRepo | None = None
        self._shown: Path | None = None
        self.files = QListWidget(self)
        self.files.setObjectName("changesList")
        self.files.currentItemChanged.connect(lambda _item, _old: self._show_current())
        self.files.itemActivated.connect(lambda item: self._open(item))
        self.diff = WordDiffView(self)
        self.diff.setObjectName("changesDiff")
        self.summary = QLabel(self)
        self.summary.setObjectName("changesSummary")
        self.discard_button = QPushButton(self.tr("&Discard Changes…"), self)
        self.discard_button.setObjectName("discardButton")
        self.discard_button.clicked.connect(self.discard_current)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(lambda: self._open(self.files.currentItem()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.discard_button)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.files)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.diff)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([260, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_repo(self, repo: GitRepo) -> None:
        """Follow ``repo``'s status (a new site was opened)."""
        self._repo = repo
        repo.statusChanged.connect(self._on_status)
        self.files.clear()
        self.diff.clear()

    # -- the list -----------------------------------------------------------------------

    def _on_status(self, _report: StatusReport) -> None:
        repo = self._repo
        if repo is None or self.sender() is not repo:
            return
        top = repo.top or repo.folder
        current = self.current_path()
        self.files.blockSignals(True)
        self.files.clear()
        for path, state in sorted(repo.states().items(), key=lambda item: str(item[0])):
            item = QListWidgetItem(marker_icon(state.marker), path.relative_to(top).as_posix())
            item.setToolTip(marker_label(state.marker))
            item.setData(_PATH, str(path))
            self.files.addItem(item)
            if path == current:
                self.files.setCurrentItem(item)
        self.files.blockSignals(False)
        count = self.files.count()
        self.summary.setText(
            self.tr("%n changed file(s)", "", count) if count else self.tr("No changes.")
        )
        if self.files.currentItem() is None and count:
            self.files.setCurrentRow(0)
        else:
            self._show_current()  # the file may have changed again
        self._update_buttons()

    def current_path(self) -> Path | None:
        """The file selected in the list."""
        item = self.files.currentItem()
        return Path(item.data(_PATH)) if item is not None else None

    def select(self, path: Path) -> None:
        """Select ``path`` in the list if it is there."""
        for row in range(self.files.count()):
            if Path(self.files.item(row).data(_PATH)) == Path(path):
                self.files.setCurrentRow(row)

    def _update_buttons(self) -> None:
        selected = self.files.currentItem() is not None
        self.discard_button.setEnabled(selected)
        self.open_button.setEnabled(selected)

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.openRequested.emit(Path(item.data(_PATH)))

    # -- the diff -----------------------------------------------------------------------

    def _show_current(self) -> None:
        self._update_buttons()
        repo, path = self._repo, self.current_path()
        if repo is None or path is None:
            self.diff.clear()
            return
        self._shown = path

        def job(_cancel: threading.Event, _progress: object) -> tuple[bytes | None, bytes | None]:
            old = repo.commands.head_text(path)
            new = path.read_bytes() if path.is_file() else None
            return old, new

        repo.submit(job, lambda result, error: self._show_diff(path, result, error), changes=False)

    def _show_diff(self, path: Path, result: object, error: GitError | None) -> None:
        if path != self._shown:
            return  # another file was selected meanwhile
        if error is not None:
            self.diff.show_message(describe_git_error(error))
            return
        assert isinstance(result, tuple)
        old, new = (_decode(data) for data in result)
        if old is None or new is None:
            self.diff.show_message(self.tr("A binary file (an image or similar) changed."))
            return
        self.diff.set_texts(old, new)

    # -- discarding ---------------------------------------------------------------------

    def discard_current(self) -> bool:
        """Ask, then put the selected file back as committed; its current copy is trashed."""
        repo, path = self._repo, self.current_path()
        if repo is None or path is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Discard Changes"),
            self.tr(
                "Put “{0}” back as it was in the last commit? The current version goes to "
                "the trash, so you can still get it back from there."
            ).format(path.name),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return False

        def job(_cancel: threading.Event, _progress: object) -> None:
            if path.exists():
                try:
                    move_to_trash(path)
                except TrashError as error:
                    raise GitError(git_errors.OTHER, str(error)) from error
            repo.commands.restore(path)

        repo.submit(job, lambda _result, error: self._discarded(error))
        return True

    def _discarded(self, error: GitError | None) -> None:
        if error is not None:
            QMessageBox.warning(self, self.tr("Discard Changes"), describe_git_error(error))
