"""The New Post dialog: title, slug, date and draft-or-post, with a live file-path preview.

The slug follows the title (Japanese becomes romaji) until the writer edits it; the
path the post will get is shown as they type, and a name already taken is explained
before anything is created.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.site.site import Site
from editor.core.site.site_errors import SiteError
from editor.core.text.slug import is_valid_slug, make_slug
from editor.services.error_text import describe_error
from editor.ui.dialogs.slug_dialog import fit_problem_label, invalid_slug_text
from editor.ui.editor.ime_guard import guard_ime

_ERROR_STYLE = "color: #b3261e;"
_OK_STYLE = "color: palette(placeholder-text);"


class NewPostDialog(QDialog):
    """Asks for a new post's title, slug, date and kind; creates it on OK.

    After ``exec()`` returns ``Accepted``, :attr:`created_path` is the new file.
    """

    def __init__(
        self,
        site: Site,
        parent: QWidget | None = None,
        *,
        slug_for: Callable[[str], str] = make_slug,
    ) -> None:
        """Prepare the dialog for ``site`` (the date starts at now, in the site's timezone).

        ``slug_for`` suggests the slug of a title (the writer's length preferences).
        """
        super().__init__(parent)
        self._slug_for = slug_for
        self.setObjectName("newPostDialog")
        self.setWindowTitle(self.tr("New Post"))
        self.setMinimumWidth(520)
        self._site = site
        self._slug_edited = False
        self.created_path: Path | None = None

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("newPostTitle")
        self.title_edit.setPlaceholderText(self.tr("What is the post about?"))
        self.slug_edit = QLineEdit(self)
        guard_ime(self.title_edit, self.slug_edit)
        self.slug_edit.setObjectName("newPostSlug")
        self.slug_edit.setPlaceholderText(self.tr("letters, digits and hyphens"))
        self.slug_edit.setToolTip(
            self.tr(
                "Part of the file name and the address. Kiji suggests one from the title; "
                "type your own, in romaji, English or Japanese."
            )
        )
        self.date_edit = QDateTimeEdit(self)
        self.date_edit.setObjectName("newPostDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        now = site.now().astimezone(site.new_post_tz())  # the zone the site's posts use
        self.date_edit.setDateTime(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        )
        self.post_button = QRadioButton(self.tr("Post"), self)
        self.post_button.setObjectName("newPostKindPost")
        self.draft_button = QRadioButton(self.tr("Draft"), self)
        self.draft_button.setObjectName("newPostKindDraft")
        self.draft_button.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.post_button)
        kinds.addButton(self.draft_button)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.draft_button)
        kind_row.addWidget(self.post_button)
        kind_row.addStretch(1)
        zone_name = str(getattr(now.tzinfo, "key", "") or now.tzname() or "")
        zone = QLabel(
            self.tr("Time zone: {0} (UTC{1})").format(zone_name, now.strftime("%z")), self
        )
        zone.setStyleSheet(_OK_STYLE)
        self.path_label = QLabel(self)
        self.path_label.setObjectName("newPostPath")
        self.path_label.setWordWrap(True)
        self.path_label.setTextFormat(self.path_label.textFormat().PlainText)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("newPostProblem")
        self.problem_label.setStyleSheet(_ERROR_STYLE)
        # Room for a three-line explanation (Japanese wraps more), and it grows if needed.
        fit_problem_label(self.problem_label)

        # Only on a multilingual site: which language's content folder the post goes in.
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("newPostLanguage")
        for code in site.languages():
            self.language_box.addItem(code, code)

        # Only where the site has more than one place for posts: sections, collections.
        self.section_box = QComboBox(self)
        self.section_box.setObjectName("newPostSection")
        self._fill_sections()

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Slug:"), self.slug_edit)
        if self.language_box.count():
            form.addRow(self.tr("&Language:"), self.language_box)
        else:
            self.language_box.hide()
        if self.section_box.count():
            form.addRow(self.tr("S&ection:"), self.section_box)
        else:
            self.section_box.hide()
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow("", zone)
        form.addRow(self.tr("Save as:"), kind_row)
        form.addRow(self.tr("File:"), self.path_label)
        form.addRow("", self.problem_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.title_edit.textChanged.connect(self._on_title_changed)
        self.slug_edit.textEdited.connect(self._on_slug_edited)
        self.date_edit.dateTimeChanged.connect(lambda _value: self._update_path())
        self.draft_button.toggled.connect(lambda _checked: self._update_path())
        self.language_box.currentIndexChanged.connect(self._on_language_changed)
        self.section_box.currentIndexChanged.connect(lambda _index: self._update_path())
        self._update_path()

    # -- values -------------------------------------------------------------------------

    def chosen_date(self) -> datetime:
        """The date chosen, as an aware datetime in the site's timezone."""
        value = self.date_edit.dateTime()
        day, moment = value.date(), value.time()
        return datetime(
            day.year(), day.month(), day.day(), moment.hour(), moment.minute(),
            tzinfo=self._site.new_post_tz(),
        )  # fmt: skip

    def is_draft(self) -> bool:
        """Whether a draft (rather than a post) is to be created."""
        return self.draft_button.isChecked()

    def planned_path(self) -> Path | None:
        """Where the post would be created now, or ``None`` if the slug cannot be used."""
        slug = self.slug_edit.text().strip()
        if not is_valid_slug(slug):
            return None
        return self._site.new_post_path(
            slug,
            self.chosen_date(),
            draft=self.is_draft(),
            language=self.language(),
            section=self.section(),
        )

    def section(self) -> str:
        """The section or collection chosen (``""``: the site has one place for posts)."""
        return str(self.section_box.currentData() or "")

    def _on_language_changed(self, _index: int) -> None:
        self._fill_sections()
        self._update_path()

    def _fill_sections(self) -> None:
        """The places of the chosen language (the usual one first)."""
        self.section_box.blockSignals(True)
        self.section_box.clear()
        for name in self._site.sections(self.language()):
            self.section_box.addItem(name, name)
        self.section_box.blockSignals(False)

    def language(self) -> str:
        """The language chosen (``""``: the site has one, or the default is meant)."""
        return str(self.language_box.currentData() or "")

    # -- live updates -------------------------------------------------------------------

    def _on_title_changed(self, title: str) -> None:
        if not self._slug_edited:
            self.slug_edit.setText(self._slug_for(title) if title.strip() else "")
        self._update_path()

    def _on_slug_edited(self, text: str) -> None:
        # Once the writer types a slug, the title no longer overwrites it (unless cleared).
        self._slug_edited = bool(text)
        if not text:
            self._on_title_changed(self.title_edit.text())
            return
        self._update_path()

    def _update_path(self) -> None:
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        slug = self.slug_edit.text().strip()
        path = self.planned_path()
        problem = ""
        if not self.title_edit.text().strip():
            problem = self.tr("A new post needs a title.")
        elif not slug:
            problem = self.tr("A new post needs a slug.")
        elif path is None:
            problem = invalid_slug_text(slug)
        elif path.exists():
            problem = self.tr(
                "{0} already exists. Choose another slug or date; Kiji never overwrites a file."
            ).format(self._relative(path))
        self.path_label.setText(self._relative(path) if path is not None else "")
        self.problem_label.setText(problem)
        ok_button.setEnabled(not problem)

    def _relative(self, path: Path) -> str:
        try:
            return path.relative_to(self._site.root).as_posix()
        except ValueError:
            return str(path)

    def problem_text(self) -> str:
        """The planned file and any problem with it, as shown (for tests and accessibility)."""
        return "\n".join(t for t in (self.path_label.text(), self.problem_label.text()) if t)

    # -- creating -----------------------------------------------------------------------

    def accept(self) -> None:  # Qt override
        """Create the post; on failure keep the dialog open with the reason shown."""
        try:
            self.created_path = self._site.new_post(
                self.title_edit.text().strip(),
                draft=self.is_draft(),
                date=self.chosen_date(),
                slug=self.slug_edit.text().strip(),
                language=self.language(),
                section=self.section(),
            )
        except SiteError as error:
            self.problem_label.setText(describe_error(error))
            return
        super().accept()
