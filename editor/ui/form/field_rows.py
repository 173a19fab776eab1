"""The grid of field rows: label, editor (with its helpers), remove button, message line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.post.field_types import FieldKind
from editor.services.error_text import translate_text
from editor.ui.form.field_factory import (
    FieldContext,
    build_editor,
    commit_signal,
    field_label,
    show_value,
)
from editor.ui.form.text_fields import ReadOnlyField

_WARNING_STYLE = "color: #b26a00; font-size: 11px;"
_ERROR_STYLE = "color: #b3261e; font-size: 11px;"


@dataclass
class FieldRow:
    """The widgets of one field."""

    key: str
    kind: FieldKind
    editor: QWidget
    message: QLabel
    widgets: list[QWidget]

    def owns(self, watched: QObject) -> bool:
        """True when ``watched`` is the editor or inside it."""
        return watched is self.editor or (
            isinstance(watched, QWidget) and self.editor.isAncestorOf(watched)
        )


class FieldRows(QWidget):
    """One row per front-matter key, in file order, in an aligned grid.

    Signals carry the key: ``fieldCommitted(key, value)`` when an editor finishes an edit,
    ``removeRequested(key)`` for the row's × button; ``editInSource``,
    ``generateExcerpt`` and ``autoReadingTimeToggled(bool)`` come from row helpers.
    """

    fieldCommitted = Signal(str, object)
    removeRequested = Signal(str)
    editInSource = Signal()
    generateExcerpt = Signal()
    autoReadingTimeToggled = Signal(bool)

    def __init__(self, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: dict[str, FieldRow] = {}
        self.auto_reading_time = False
        self.key_filter: QObject | None = None  # gets every editor's events (undo keys)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(3)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnMinimumWidth(0, 96)

    def shape(self) -> list[tuple[str, FieldKind]]:
        """The keys and kinds shown, in order."""
        return [(row.key, row.kind) for row in self.rows.values()]

    def build(self, values: dict[str, Any], kinds: dict[str, FieldKind]) -> None:
        """Replace every row with rows for ``values`` (``kinds`` gives each key's kind)."""
        for row in self.rows.values():
            row.editor.setObjectName("")  # findChild must not find a row on its way out
            for widget in row.widgets:
                widget.setObjectName("")
                widget.hide()
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = {}
        for index, (key, value) in enumerate(values.items()):
            self._add_row(index, key, kinds[key], value)

    def _add_row(self, index: int, key: str, kind: FieldKind, value: Any) -> None:
        editor = build_editor(key, kind, value, self.context)
        editor.setAccessibleName(field_label(key))
        label = QLabel(field_label(key), self)
        label.setObjectName(f"label_{key}")
        label.setToolTip(key)
        label.setBuddy(editor)
        # A palette role, not a style sheet: it follows a theme switch while running.
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 5, 0, 0)
        cell = self._cell_for(key, kind, editor)
        remove = QToolButton(self)
        remove.setObjectName(f"remove_{key}")
        remove.setText("×")
        remove.setAutoRaise(True)
        remove.setToolTip(self.tr("Remove the field “{0}”").format(key))
        remove.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        remove.clicked.connect(lambda _checked=False: self.removeRequested.emit(key))
        message = QLabel(self)
        message.setObjectName(f"message_{key}")
        message.setWordWrap(True)
        message.hide()
        self.grid.addWidget(label, index * 2, 0)
        self.grid.addWidget(cell, index * 2, 1)
        self.grid.addWidget(remove, index * 2, 2, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(message, index * 2 + 1, 1)
        for widget in (label, cell, remove):
            widget.setVisible(True)  # now, so a new field can take the focus at once
        self.rows[key] = FieldRow(key, kind, editor, message, [label, cell, remove, message])
        commit_signal(editor).connect(lambda v: self.fieldCommitted.emit(key, v))
        if isinstance(editor, ReadOnlyField):
            editor.editInSource.connect(self.editInSource)
        if self.key_filter is not None:
            for widget in [editor, *editor.findChildren(QWidget)]:
                widget.installEventFilter(self.key_filter)

    def _cell_for(self, key: str, kind: FieldKind, editor: QWidget) -> QWidget:
        """The editor, or the editor with its helper (generate excerpt, auto reading time)."""
        if key == "excerpt" and kind is FieldKind.LONG_TEXT:
            button = QPushButton(self.tr("Generate from body"))
            button.setObjectName("generateExcerpt")
            button.setToolTip(self.tr("The first paragraph of the post, as plain text"))
            button.clicked.connect(self.generateExcerpt)
            return _cell(editor, button, below=True)
        if key == "reading_time" and kind is FieldKind.INTEGER:
            auto = QCheckBox(self.tr("Update from the text"))
            auto.setObjectName("readingTimeAuto")
            auto.setChecked(self.auto_reading_time)
            auto.toggled.connect(self.autoReadingTimeToggled)
            return _cell(editor, auto)
        return editor

    def show_values(self, values: dict[str, Any]) -> None:
        """Show new values in the existing rows (same keys and kinds), quietly."""
        for key, value in values.items():
            row = self.rows[key]
            show_value(row.editor, row.kind, value, self.context.raw_of(key))

    def show_messages(self, warnings: dict[str, list[str]], errors: dict[str, str]) -> None:
        """Show each row's refused-edit error, else its warnings, under its editor."""
        for key, row in self.rows.items():
            if key in errors:
                row.message.setStyleSheet(_ERROR_STYLE)
                row.message.setText(translate_text(errors[key]))
            else:
                row.message.setStyleSheet(_WARNING_STYLE)
                row.message.setText("\n".join(map(translate_text, warnings.get(key, []))))
            row.message.setVisible(bool(row.message.text()))

    def row_owning(self, watched: QObject) -> FieldRow | None:
        """The row whose editor holds ``watched``."""
        return next((row for row in self.rows.values() if row.owns(watched)), None)


def _cell(editor: QWidget, helper: QWidget, below: bool = False) -> QWidget:
    cell = QWidget()
    layout = QVBoxLayout(cell) if below else QHBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(editor)
    if below:
        line = QHBoxLayout()
        line.addWidget(helper)
        line.addStretch(1)
        layout.addLayout(line)
    else:
        layout.addWidget(helper)
        layout.addStretch(1)
    return cell
