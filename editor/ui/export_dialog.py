"""The dialog for "Export as HTML…" and "Export as PDF…": where to, and how."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.export import ImageMode

PAGE_SIZES = (
    QPageSize.PageSizeId.A4,
    QPageSize.PageSizeId.B5,
    QPageSize.PageSizeId.A5,
    QPageSize.PageSizeId.Letter,
)


class ExportDialog(QDialog):
    """Asks for the target file and the options of one export ("html" or "pdf")."""

    def __init__(self, kind: str, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self._kind = kind
        self.setWindowTitle(
            self.tr("Export as HTML") if kind == "html" else self.tr("Export as PDF")
        )
        self.path_edit = QLineEdit(str(suggested), self)
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setMinimumWidth(380)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("File:"), path_row)
        self.embed_images = QRadioButton(self.tr("Embed images in the file"), self)
        self.link_images = QRadioButton(self.tr("Link images next to the file"), self)
        self.embed_images.setChecked(True)
        self.page_size = QComboBox(self)
        for size in PAGE_SIZES:
            self.page_size.addItem(QPageSize.name(size), size)
        self.margins = QDoubleSpinBox(self)
        self.margins.setRange(0.0, 60.0)
        self.margins.setValue(20.0)
        self.margins.setSuffix(self.tr(" mm"))
        if kind == "html":
            images = QVBoxLayout()
            images.addWidget(self.embed_images)
            images.addWidget(self.link_images)
            form.addRow(self.tr("Images:"), images)
        else:
            form.addRow(self.tr("Page size:"), self.page_size)
            form.addRow(self.tr("Margins:"), self.margins)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @property
    def target(self) -> Path:
        """The file to write."""
        return Path(self.path_edit.text()).expanduser()

    @property
    def image_mode(self) -> ImageMode:
        """Embed or link images (HTML only)."""
        return ImageMode.EMBED if self.embed_images.isChecked() else ImageMode.LINK

    @property
    def page_size_id(self) -> QPageSize.PageSizeId:
        """The chosen paper size (PDF only)."""
        return self.page_size.currentData()

    def _browse(self) -> None:
        pattern = (
            self.tr("HTML files (*.html)") if self._kind == "html" else self.tr("PDF files (*.pdf)")
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.path_edit.text(), pattern
        )
        if name:
            self.path_edit.setText(name)
