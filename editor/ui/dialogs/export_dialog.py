"""The export dialog: where to, and the options the format declares (one row each)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.export.export_api import ExportFormat, ExportOption, OptionKind, OptionValue, Text

# Up to this many choices show as radio buttons, all visible; more go in a drop-down list.
MAX_RADIO_CHOICES = 3


def translated(text: Text) -> str:
    """``text`` in the interface language."""
    return QCoreApplication.translate(text.context, text.source)


def option_object_name(option: ExportOption) -> str:
    """The ``objectName`` of an option's control: ``page_size`` → ``exportOptionPageSize``."""
    return "exportOption" + "".join(word.capitalize() for word in option.key.split("_"))


class _Control(Protocol):
    """The widget editing one option, and the value it holds."""

    @property
    def widget(self) -> QWidget:
        """The control shown in the option's row."""
        ...

    def value(self) -> OptionValue:
        """The option's value as the writer set it."""
        ...


class _RadioChoice:
    def __init__(self, option: ExportOption, parent: QWidget) -> None:
        self.widget = QWidget(parent)
        self._group = QButtonGroup(self.widget)
        self._values = option.values()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, choice in enumerate(option.choices):
            label = translated(choice.label) if choice.label else choice.value
            button = QRadioButton(label, self.widget)
            button.setObjectName(option_object_name(option) + choice.value.capitalize())
            button.setChecked(choice.value == option.default)
            self._group.addButton(button, index)
            layout.addWidget(button)

    def value(self) -> OptionValue:
        return self._values[max(self._group.checkedId(), 0)]


class _ListChoice:
    def __init__(self, option: ExportOption, parent: QWidget) -> None:
        self.widget = self._box = QComboBox(parent)
        for choice in option.choices:
            label = translated(choice.label) if choice.label else choice.value
            self._box.addItem(label, choice.value)
        self._box.setCurrentIndex(option.values().index(str(option.default)))

    def value(self) -> OptionValue:
        return str(self._box.currentData())


class _Number:
    def __init__(self, option: ExportOption, parent: QWidget) -> None:
        self.widget = self._box = QDoubleSpinBox(parent)
        self._box.setRange(option.minimum, option.maximum)
        self._box.setValue(float(option.default))
        if option.suffix is not None:
            self._box.setSuffix(translated(option.suffix))

    def value(self) -> OptionValue:
        return self._box.value()


class _Flag:
    def __init__(self, option: ExportOption, parent: QWidget) -> None:
        self.widget = self._box = QCheckBox(translated(option.label), parent)
        self._box.setChecked(bool(option.default))

    def value(self) -> OptionValue:
        return self._box.isChecked()


def _control(option: ExportOption, parent: QWidget) -> _Control:
    if option.kind is OptionKind.CHOICE:
        if len(option.choices) <= MAX_RADIO_CHOICES:
            return _RadioChoice(option, parent)
        return _ListChoice(option, parent)
    if option.kind is OptionKind.NUMBER:
        return _Number(option, parent)
    return _Flag(option, parent)


class ExportDialog(QDialog):
    """Asks for the target file (``suggested`` first) and the format's options.

    Without ``suggested`` (an export to the clipboard) there is no file row. ``refusal``
    says why a file may not be written (``""``: it may); Save keeps the dialog open then.
    """

    def __init__(
        self,
        export_format: ExportFormat,
        suggested: Path | None,
        parent: QWidget | None = None,
        *,
        refusal: Callable[[Path], str] = lambda _target: "",
    ) -> None:
        super().__init__(parent)
        self._refusal = refusal
        self.setObjectName("exportDialog")
        self._format = export_format
        self.setWindowTitle(self.tr("Export as {0}").format(translated(export_format.name)))
        form = QFormLayout()
        self.path_edit = QLineEdit(str(suggested or ""), self)
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setMinimumWidth(380)
        if suggested is not None:
            browse = QPushButton(self.tr("Choose…"), self)
            browse.clicked.connect(self._browse)
            path_row = QHBoxLayout()
            path_row.addWidget(self.path_edit, 1)
            path_row.addWidget(browse)
            form.addRow(self.tr("File:"), path_row)
        else:
            self.path_edit.hide()
        self._controls: dict[str, _Control] = {}
        for option in export_format.options:
            control = _control(option, self)
            control.widget.setObjectName(option_object_name(option))
            self._controls[option.key] = control
            if option.kind is OptionKind.FLAG:  # the check box carries the label
                form.addRow(control.widget)
            else:
                form.addRow(translated(option.label), control.widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @property
    def target(self) -> Path | None:
        """The file to write (``None`` when the export goes to no file)."""
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def accept(self) -> None:  # Qt override
        """Close with Save unless the file is one the site's build would read."""
        target = self.target
        problem = self._refusal(target) if target is not None else ""
        if problem:
            QMessageBox.warning(self, self.tr("Export refused"), problem)
            return
        super().accept()

    def values(self) -> dict[str, OptionValue]:
        """Every option's value, by key."""
        return {key: control.value() for key, control in self._controls.items()}

    def control(self, key: str) -> QWidget:
        """The widget editing the option ``key``."""
        return self._controls[key].widget

    def _browse(self) -> None:
        pattern = self.tr("{0} files (*{1})").format(
            translated(self._format.name), self._format.suffix
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.path_edit.text(), pattern
        )
        if name:
            self.path_edit.setText(name)
