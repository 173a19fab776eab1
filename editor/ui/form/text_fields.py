"""Editors for text, long text, numbers, booleans, choices and read-only values."""

from __future__ import annotations

from typing import Any

import yaml
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from editor.ui.editor.exact_text import ExactTextEdit
from editor.ui.editor.ime_guard import guard_ime


def _text_of(value: Any) -> str:
    return "" if value is None else str(value)


class LineField(QLineEdit):
    """One line of text; commits when the writer presses Enter or leaves the field."""

    valueCommitted = Signal(object)

    def __init__(self, value: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guard_ime(self)  # Enter confirming a word is not Enter committing the field
        self._value: Any = None
        self.set_value(value)
        self.editingFinished.connect(self.commit)

    def set_value(self, value: Any) -> None:
        """Show ``value`` quietly."""
        if value == self._value and self.text() == _text_of(value):
            return  # unchanged: keep the cursor where the writer left it
        self._value = value
        self.setText(_text_of(value))
        self.setModified(False)
        self.setCursorPosition(0)

    def has_pending_edit(self) -> bool:
        """True while the text differs from the committed value."""
        return self.text() != _text_of(self._value)

    def commit(self) -> None:
        """Commit what the writer typed, if it differs from the committed value."""
        if self.has_pending_edit():
            self._value = self.text()
            self.valueCommitted.emit(self.text())


class LongTextField(ExactTextEdit):
    """Several lines of text (excerpt, description); commits on leaving or Ctrl+Enter."""

    valueCommitted = Signal(object)

    def __init__(self, value: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # every field stays reachable with Tab
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(line * 3 + 14)
        self._value: Any = None
        self.set_value(value)

    def set_value(self, value: Any) -> None:
        """Show ``value`` quietly."""
        if value == self._value and self.body_text() == _text_of(value):
            return
        self._value = value
        self.set_text_quietly(_text_of(value))

    def has_pending_edit(self) -> bool:
        """True while the text differs from the committed value."""
        return self.body_text() != _text_of(self._value)

    def commit(self) -> None:
        """Commit the text now (also done when focus leaves)."""
        if self.has_pending_edit():
            self._value = self.body_text()
            self.valueCommitted.emit(self._value)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # Qt override
        self.commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            return
        super().keyPressEvent(event)


class _CommitsChangedNumber:
    """Shared by the spin boxes: commit on editingFinished, only when the number changed."""

    _value: Any
    valueCommitted: Any
    value: Any  # QSpinBox.value / QDoubleSpinBox.value
    setValue: Any
    blockSignals: Any

    def _shown(self, value: Any) -> Any:
        """What the spin box displays for a front-matter ``value``."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show ``value`` quietly."""
        self._value = value
        self.blockSignals(True)
        self.setValue(self._shown(value))
        self.blockSignals(False)

    def has_pending_edit(self) -> bool:
        """True while the number differs from the committed value."""
        return self.value() != self._value

    def commit(self) -> None:
        """Commit what the writer typed, if it differs from the committed value."""
        if self.has_pending_edit():
            self._value = self.value()
            self.valueCommitted.emit(self._value)


class IntegerField(_CommitsChangedNumber, QSpinBox):
    """A whole number."""

    valueCommitted = Signal(object)

    def __init__(self, value: Any = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-(2**31), 2**31 - 1)
        self.setKeyboardTracking(False)
        self.setMaximumWidth(120)
        self._value: Any = None
        self.set_value(value)
        self.editingFinished.connect(self.commit)

    def _shown(self, value: Any) -> int:
        return value if isinstance(value, int) else 0


class NumberField(_CommitsChangedNumber, QDoubleSpinBox):
    """A decimal number."""

    valueCommitted = Signal(object)

    def __init__(self, value: Any = 0.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1e12, 1e12)
        self.setDecimals(4)
        self.setKeyboardTracking(False)
        self.setMaximumWidth(160)
        self._value: Any = None
        self.set_value(value)
        self.editingFinished.connect(self.commit)

    def _shown(self, value: Any) -> float:
        return float(value) if isinstance(value, int | float) else 0.0


class BoolField(QCheckBox):
    """A yes/no value; commits on every toggle."""

    valueCommitted = Signal(object)

    def __init__(self, value: Any = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_value(value)
        self.toggled.connect(self.valueCommitted.emit)

    def set_value(self, value: Any) -> None:
        """Show ``value`` quietly."""
        self.blockSignals(True)
        self.setChecked(bool(value))
        self.blockSignals(False)

    def has_pending_edit(self) -> bool:
        """A checkbox commits at once."""
        return False

    def commit(self) -> None:
        """Nothing waits: a toggle is committed when it happens."""


class ChoiceField(QComboBox):
    """A value picked from known choices (layouts, authors) or typed freely.

    ``choices`` are ``(value, shown text)`` pairs; the written value is the first part.
    """

    valueCommitted = Signal(object)

    def __init__(
        self,
        value: Any,
        choices: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line_edit = self.lineEdit()
        assert line_edit is not None  # an editable combo box has one
        guard_ime(line_edit)
        self._value: Any = None
        self.set_choices(choices)
        self.set_value(value)
        self.activated.connect(lambda _index: self.commit())
        line_edit.editingFinished.connect(self.commit)

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        """Offer ``choices`` from now on, quietly, keeping the value shown."""
        shown = self.currentText()
        self.blockSignals(True)
        self.clear()
        for choice, text in choices:
            self.addItem(text, choice)
        self.blockSignals(False)
        if shown in ("", _text_of(self._value)):
            self.set_value(self._value)
        else:  # typing in progress stays
            self.setEditText(shown)

    def set_value(self, value: Any) -> None:
        """Show ``value`` quietly (selecting its choice when it is one)."""
        self._value = value
        self.blockSignals(True)
        index = self.findData(_text_of(value))
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(_text_of(value))
        self.blockSignals(False)

    def current_value(self) -> str:
        """The value to write: the choice's value, or the typed text."""
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == self.currentText():
            return str(self.itemData(index))
        return self.currentText().strip()

    def has_pending_edit(self) -> bool:
        """True while the shown value differs from the committed one."""
        return self.current_value() != _text_of(self._value)

    def commit(self) -> None:
        """Commit what the writer typed, if it differs from the committed value."""
        if self.has_pending_edit():
            self._value = self.current_value()
            self.valueCommitted.emit(self._value)


class ReadOnlyField(QWidget):
    """A nested value, shown as written in YAML, with a way to the Source view."""

    valueCommitted = Signal(object)
    editInSource = Signal()

    def __init__(self, value: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Edit in source"), self)
        self.button.setObjectName("editInSource")
        self.button.clicked.connect(self.editInSource)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.set_value(value)

    def set_value(self, value: Any) -> None:
        """Show ``value`` as compact YAML."""
        text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=None, sort_keys=False)
        lines = text.strip().splitlines()
        shown = "\n".join(lines[:6]) + ("\n…" if len(lines) > 6 else "")
        self.label.setText(shown)
        self.label.setToolTip(text)

    def has_pending_edit(self) -> bool:
        """Nothing is edited here."""
        return False

    def commit(self) -> None:
        """Nothing is edited here."""
