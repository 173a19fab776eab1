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
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor.core.assets import DEFAULT_JEKYLL_IMAGE_FOLDER
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
            (self.tr("Appearance"), [(self.tr("&Theme:"), self.theme)]),
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
                ],
            ),
            (
                self.tr("Files and preview"),
                [
                    (self.tr("&Autosave every:"), self.autosave),
                    (self.tr("&Image folder:"), self.image_folder),
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
        self.system_font.setChecked(not s.font_family)
        if s.font_family:
            self.font_family.setCurrentFont(QFont(s.font_family))
        self.font_family.setEnabled(bool(s.font_family))
        self.font_size.setValue(s.font_size)
        self.line_width.setValue(s.line_width)
        self.line_numbers.setChecked(s.show_line_numbers)
        self.cjk_rate.setValue(s.cjk_chars_per_minute)
        self.word_rate.setValue(s.words_per_minute)
        self.autosave.setValue(s.autosave_seconds)
        self.image_folder.setText(s.image_folder)
        self.remote_images.setChecked(s.allow_remote_images)
        self.pull_rebase.setChecked(s.git_pull_rebase)

    def store(self) -> None:
        """Write the fields to the settings (each change is announced by the settings)."""
        s = self._settings
        s.theme = self.theme.currentData()
        s.font_family = (
            "" if self.system_font.isChecked() else self.font_family.currentFont().family()
        )
        s.font_size = self.font_size.value()
        s.line_width = self.line_width.value()
        s.show_line_numbers = self.line_numbers.isChecked()
        s.cjk_chars_per_minute = self.cjk_rate.value()
        s.words_per_minute = self.word_rate.value()
        s.autosave_seconds = self.autosave.value()
        s.image_folder = self.image_folder.text().strip()
        s.allow_remote_images = self.remote_images.isChecked()
        s.git_pull_rebase = self.pull_rebase.isChecked()
        s.sync()

    def accept(self) -> None:  # Qt override
        self.store()
        super().accept()
