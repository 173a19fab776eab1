"""The Preferences dialog: appearance, writing, statistics, files and preview."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor.core.site.assets import DEFAULT_JEKYLL_IMAGE_FOLDER
from editor.services.settings import Settings


class PreferencesDialog(QDialog):
    """Edits a :class:`Settings`; values are written when the writer presses OK."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, notes: list[str] | None = None
    ) -> None:
        """``notes``: lines saying what cannot be used here and why (e.g. Git is missing)."""
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings

        self.theme = QComboBox(self)
        for value, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, value)
        self.language = QComboBox(self)
        self.language.setObjectName("prefLanguage")
        for value, label in (
            ("system", self.tr("Follow the system")),
            ("en", "English"),
            ("ja", "日本語"),
        ):
            self.language.addItem(label, value)
        self.language.setToolTip(self.tr("The window is rebuilt in the new language at once."))
        self.font_family = QFontComboBox(self)
        self.font_family.setEditable(False)
        self.system_font = QCheckBox(self.tr("Use the system font"), self)
        self.system_font.toggled.connect(lambda on: self.font_family.setEnabled(not on))
        self.font_size = QDoubleSpinBox(self)
        self.font_size.setRange(6.0, 48.0)
        self.font_size.setDecimals(1)
        self.font_size.setSuffix(self.tr(" pt"))
        self.line_width = QSpinBox(self)
        self.line_width.setRange(0, 300)
        self.line_width.setSpecialValueText(self.tr("Window width"))
        self.line_width.setSuffix(self.tr(" characters"))
        self.line_numbers = QCheckBox(self.tr("Show line numbers"), self)
        self.cjk_rate = QSpinBox(self)
        self.cjk_rate.setRange(1, 5000)
        self.cjk_rate.setSuffix(self.tr(" characters/min"))
        self.word_rate = QSpinBox(self)
        self.word_rate.setRange(1, 2000)
        self.word_rate.setSuffix(self.tr(" words/min"))
        self.excerpt_length = QSpinBox(self)
        self.excerpt_length.setObjectName("prefExcerptLength")
        self.excerpt_length.setRange(0, 1000)
        self.excerpt_length.setSpecialValueText(self.tr("Whole paragraph"))
        self.excerpt_length.setSuffix(self.tr(" characters"))
        self.excerpt_length.setToolTip(
            self.tr(
                "Generated excerpts end at the last sentence that fits; Latin text gets "
                "twice the room."
            )
        )
        self.autosave = QSpinBox(self)
        self.autosave.setRange(0, 3600)
        self.autosave.setSpecialValueText(self.tr("Off"))
        self.autosave.setSuffix(self.tr(" s"))
        self.image_folder = QLineEdit(self)
        self.image_folder.setToolTip(
            self.tr(
                "Folder inside the site where dropped and pasted images go, for sites whose "
                "configuration sets no kiji: image_folder; {slug} is the post's slug. Empty: "
                "assets/images/{slug} (Jekyll) or static/images/{slug} (Hugo)."
            )
        )
        self.image_folder.setPlaceholderText(DEFAULT_JEKYLL_IMAGE_FOLDER)
        self.slug_words = QSpinBox(self)
        self.slug_words.setObjectName("prefSlugWords")
        self.slug_words.setRange(1, 20)
        self.slug_words.setSuffix(self.tr(" words"))
        self.slug_length = QSpinBox(self)
        self.slug_length.setObjectName("prefSlugLength")
        self.slug_length.setRange(8, 200)
        self.slug_length.setSuffix(self.tr(" characters"))
        slug_row = QWidget(self)
        slug_layout = QHBoxLayout(slug_row)
        slug_layout.setContentsMargins(0, 0, 0, 0)
        slug_layout.addWidget(self.slug_words)
        slug_layout.addWidget(QLabel(self.tr("at most"), slug_row))
        slug_layout.addWidget(self.slug_length)
        slug_layout.addStretch(1)
        self.typeface = QComboBox(self)
        self.typeface.setObjectName("prefTypeface")
        for value, label in (
            ("gothic", self.tr("Gothic (sans serif)")),
            ("mincho", self.tr("Mincho (serif)")),
        ):
            self.typeface.addItem(label, value)
        self.justified = QCheckBox(self.tr("Justify paragraphs in the preview"), self)
        self.justified.setObjectName("prefJustified")
        self.remote_images = QCheckBox(
            self.tr("Load images from the internet in the preview"), self
        )
        self.pull_rebase = QCheckBox(
            self.tr("Pull by rebasing my commits onto the remote's (default: fast-forward only)"),
            self,
        )
        self.pull_rebase.setObjectName("gitPullRebase")
        self.git_note = QLabel("\n".join(notes or []), self)
        self.git_note.setObjectName("gitNote")
        self.git_note.setWordWrap(True)
        self.git_note.setVisible(bool(notes))

        layout = QVBoxLayout(self)
        for title, rows in (
            (
                self.tr("Appearance"),
                [(self.tr("&Theme:"), self.theme), (self.tr("Lan&guage:"), self.language)],
            ),
            (
                self.tr("Writing"),
                [
                    (self.tr("&Font:"), self.font_family),
                    ("", self.system_font),
                    (self.tr("&Size:"), self.font_size),
                    (self.tr("Line &width:"), self.line_width),
                    ("", self.line_numbers),
                ],
            ),
            (
                self.tr("Reading time"),
                [
                    (self.tr("&Japanese:"), self.cjk_rate),
                    (self.tr("&Latin text:"), self.word_rate),
                    (self.tr("&Excerpt length:"), self.excerpt_length),
                ],
            ),
            (
                self.tr("Files and preview"),
                [
                    (self.tr("&Autosave every:"), self.autosave),
                    (self.tr("&Image folder:"), self.image_folder),
                    (self.tr("Suggested s&lug:"), slug_row),
                    (self.tr("Preview t&ypeface:"), self.typeface),
                    ("", self.justified),
                    ("", self.remote_images),
                ],
            ),
            (self.tr("Git"), [("", self.pull_rebase), ("", self.git_note)]),
        ):
            group = QGroupBox(title, self)
            form = QFormLayout(group)
            for label, widget in rows:
                if label:
                    form.addRow(label, widget)
                else:
                    form.addRow(widget)
            layout.addWidget(group)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        """Fill the fields from the settings."""
        s = self._settings
        self.theme.setCurrentIndex(max(0, self.theme.findData(s.theme)))
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.system_font.setChecked(not s.font_family)
        if s.font_family:
            self.font_family.setCurrentFont(QFont(s.font_family))
        self.font_family.setEnabled(bool(s.font_family))
        self.font_size.setValue(s.font_size)
        self.line_width.setValue(s.line_width)
        self.line_numbers.setChecked(s.show_line_numbers)
        self.cjk_rate.setValue(s.cjk_chars_per_minute)
        self.word_rate.setValue(s.words_per_minute)
        self.excerpt_length.setValue(s.excerpt_max_chars)
        self.autosave.setValue(s.autosave_seconds)
        self.image_folder.setText(s.image_folder)
        self.slug_words.setValue(s.slug_max_words)
        self.slug_length.setValue(s.slug_max_length)
        self.remote_images.setChecked(s.allow_remote_images)
        self.pull_rebase.setChecked(s.git_pull_rebase)
        self.typeface.setCurrentIndex(max(0, self.typeface.findData(s.preview_typeface)))
        self.justified.setChecked(s.preview_justified)

    def store(self) -> None:
        """Write the fields to the settings (each change is announced by the settings)."""
        s = self._settings
        s.theme = self.theme.currentData()
        s.language = self.language.currentData()
        s.font_family = (
            "" if self.system_font.isChecked() else self.font_family.currentFont().family()
        )
        s.font_size = self.font_size.value()
        s.line_width = self.line_width.value()
        s.show_line_numbers = self.line_numbers.isChecked()
        s.cjk_chars_per_minute = self.cjk_rate.value()
        s.words_per_minute = self.word_rate.value()
        s.excerpt_max_chars = self.excerpt_length.value()
        s.autosave_seconds = self.autosave.value()
        s.image_folder = self.image_folder.text().strip()
        s.slug_max_words = self.slug_words.value()
        s.slug_max_length = self.slug_length.value()
        s.allow_remote_images = self.remote_images.isChecked()
        s.git_pull_rebase = self.pull_rebase.isChecked()
        s.preview_typeface = self.typeface.currentData()
        s.preview_justified = self.justified.isChecked()
        s.sync()

    def accept(self) -> None:  # Qt override
        self.store()
        super().accept()
