"""The Commit dialog: which changed files go in, the message, and who the author is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.git.git_errors import NO_IDENTITY, GitError
from editor.core.git.git_status import NEW, UNTRACKED
from editor.services.git_commands import Identity
from editor.ui.git.git_text import describe_git_error, marker_icon, marker_label


def default_message(title: str, marker: str) -> str:
    """``Add post: <title>`` for a post never committed, else ``Update post: <title>``.

    Commit messages are part of the site's history, not of Kiji's interface, so they
    stay in the form the repository's other tools read (English verbs, the real title).
    """
    verb = "Add post" if marker in (NEW, UNTRACKED) else "Update post"
    return f"{verb}: {title}" if title else verb


class CommitDialog(QDialog):
    """Choose files and a message; :meth:`chosen` and :meth:`message` after ``exec()``.

    ``files`` are the changed files (absolute path, marker) shown relative to ``root``;
    those in ``checked`` start ticked. With an incomplete ``identity`` the dialog says
    how to set it and the Commit button stays disabled.
    """

    def __init__(
        self,
        files: list[tuple[Path, str]],
        checked: set[Path],
        message: str,
        identity: Identity,
        root: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commitDialog")
        self.setWindowTitle(self.tr("Commit"))
        self.resize(620, 460)
        intro = QLabel(self.tr("Files to commit:"), self)
        self.files = QListWidget(self)
        self.files.setObjectName("commitFiles")
        # The style's item check box has no visible edge in the dark palette: draw our own.
        self.files.setStyleSheet(
            "QListWidget::indicator { width: 13px; height: 13px; border-radius: 3px;"
            " border: 1px solid palette(placeholder-text); background: palette(base); }"
            "QListWidget::indicator:checked { background: palette(highlight);"
            " border: 1px solid palette(highlight); }"
        )
        for path, marker in files:
            try:
                shown = path.relative_to(root).as_posix()
            except ValueError:
                shown = str(path)
            item = QListWidgetItem(marker_icon(marker), shown, self.files)
            item.setToolTip(marker_label(marker))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if path in checked else Qt.CheckState.Unchecked
            item.setCheckState(state)
        self.files.itemChanged.connect(lambda _item: self._update_button())
        self.message_edit = QLineEdit(message, self)
        self.message_edit.setObjectName("commitMessage")
        self.message_edit.setPlaceholderText(self.tr("What changed, in a few words"))
        self.message_edit.textChanged.connect(lambda _text: self._update_button())
        self.author = QLabel(self)
        self.author.setObjectName("commitAuthor")
        self.author.setWordWrap(True)
        self.author.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._identity_ok = identity.complete
        if identity.complete:
            self.author.setText(self.tr("Author: {0}").format(identity))
        else:
            self.author.setText(describe_git_error(GitError(NO_IDENTITY)))
            self.author.setStyleSheet("color: #c62828;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.commit_button = QPushButton(self.tr("&Commit"), self)
        self.commit_button.setObjectName("commitButton")
        self.commit_button.setDefault(True)
        buttons.addButton(self.commit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.files, 1)
        layout.addWidget(QLabel(self.tr("Message:"), self))
        layout.addWidget(self.message_edit)
        layout.addWidget(self.author)
        layout.addWidget(buttons)
        self.message_edit.setFocus()
        self.message_edit.selectAll()
        self._update_button()

    def chosen(self) -> list[Path]:
        """The ticked files, in list order."""
        items = (self.files.item(row) for row in range(self.files.count()))
        return [
            Path(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def message(self) -> str:
        """The commit message as typed (trimmed)."""
        return self.message_edit.text().strip()

    def _update_button(self) -> None:
        self.commit_button.setEnabled(
            self._identity_ok and bool(self.message()) and bool(self.chosen())
        )
