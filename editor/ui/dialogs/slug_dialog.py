"""The Change Slug dialog: one field, the site's suggestion a click away, problems explained.

A slug is usually a short romaji or English phrase (``tokyo-ramen``); a Japanese one the
writer types (``東京ラーメン``) is allowed too, since Jekyll and Hugo build it. What cannot
be a file name is explained in the UI language before anything changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from editor.core.text.slug import is_valid_slug
from editor.ui.editor.ime_guard import guard_ime

ERROR_STYLE = "color: #b3261e;"


def invalid_slug_text(slug: str) -> str:
    """Why ``slug`` cannot be a file name, in the UI language (shared by the slug fields)."""
    return QCoreApplication.translate(
        "ChangeSlugDialog",
        "The slug “{0}” cannot be a file name: use letters, digits, hyphens, underscores "
        "and dots only (no spaces or slashes), starting and ending with a letter or digit.",
    ).format(slug)


def fit_problem_label(label: QLabel) -> None:
    """Let a word-wrapped problem label grow to its text, so no line is ever cut off."""
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
    label.setMinimumHeight(label.fontMetrics().lineSpacing() * 3 + 4)


class ChangeSlugDialog(QDialog):
    """Asks for a post's new slug; :meth:`slug` is the accepted value."""

    def __init__(
        self, current: str, suggestion: str, file_name: str, parent: QWidget | None = None
    ) -> None:
        """``current`` fills the field; ``suggestion`` is the title's slug; ``file_name`` now."""
        super().__init__(parent)
        self.setObjectName("changeSlugDialog")
        self.setWindowTitle(self.tr("Change Slug"))
        self.setMinimumWidth(480)
        self._suggestion = suggestion
        self.slug_edit = QLineEdit(current, self)
        guard_ime(self.slug_edit)
        self.slug_edit.setObjectName("changeSlugEdit")
        self.slug_edit.selectAll()
        self.suggest_button = QPushButton(self.tr("Use “{0}”").format(suggestion), self)
        self.suggest_button.setObjectName("changeSlugSuggest")
        self.suggest_button.setToolTip(self.tr("The slug Kiji suggests for the post's title"))
        self.suggest_button.setEnabled(bool(suggestion) and suggestion != current)
        self.suggest_button.clicked.connect(lambda: self.slug_edit.setText(self._suggestion))
        row = QHBoxLayout()
        row.addWidget(self.slug_edit, 1)
        row.addWidget(self.suggest_button)
        now = QLabel(file_name, self)
        now.setObjectName("changeSlugFile")
        now.setWordWrap(True)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("changeSlugProblem")
        self.problem_label.setStyleSheet(ERROR_STYLE)
        fit_problem_label(self.problem_label)
        form = QFormLayout()
        label = QLabel(self.tr("&Slug:"), self)
        label.setBuddy(self.slug_edit)  # the field is in a row: name it for the mnemonic
        form.addRow(label, row)
        form.addRow(self.tr("File now:"), now)
        form.addRow("", self.problem_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.slug_edit.textChanged.connect(self._check)
        self._check()

    def slug(self) -> str:
        """The slug typed (trimmed)."""
        return self.slug_edit.text().strip()

    def problem_text(self) -> str:
        """The problem shown, if any (for tests and accessibility)."""
        return self.problem_label.text()

    def _check(self) -> None:
        slug = self.slug()
        problem = ""
        if not slug:
            problem = self.tr("A post needs a slug.")
        elif not is_valid_slug(slug):
            problem = invalid_slug_text(slug)
        self.problem_label.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:  # Qt override
        """Close only with a usable slug."""
        if not self.problem_label.text():
            super().accept()
