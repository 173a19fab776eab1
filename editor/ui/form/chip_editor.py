"""A token editor for list fields (tags, categories): chips, autocomplete, drag to reorder."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QPoint,
    QRect,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from editor.core.text.kana_match import KanaMatcher
from editor.ui.editor.ime_guard import guard_ime
from editor.ui.form.flow_layout import FlowLayout

CHIP_MIME = "application/x-kiji-chip"
_SEPARATORS = re.compile("[,、，]")


class Chip(QFrame):
    """One value: its text and a remove button; drag it to move it."""

    removeClicked = Signal(object)  # the chip

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chip")
        self.text = text
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        self.label = QLabel(text, self)
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("chipRemove")
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_button.setToolTip(self.tr("Remove “{0}”").format(text))
        self.remove_button.clicked.connect(lambda: self.removeClicked.emit(self))
        layout.addWidget(self.label)
        layout.addWidget(self.remove_button)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._press: QPoint | None = None
        self.restyle()

    def restyle(self) -> None:
        """Tint the chip from the application's palette (again after a theme switch)."""
        palette = QApplication.palette(self)
        accent = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.WindowText)
        if (accent, text) == getattr(self, "_colors", None):
            return  # setting the style sheet itself sends a palette change
        self._colors = (accent, text)
        fill = QColor(accent)
        fill.setAlpha(38)
        edge = QColor(accent)
        edge.setAlpha(110)
        self.setStyleSheet(
            f"#chip {{ background: {_rgba(fill)};"
            f" border: 1px solid {_rgba(edge)}; border-radius: 10px; }}"
            "#chipRemove { border: none; padding: 0 3px; }"
            # Spelled out: a style sheet keeps the colours of the palette it was set under.
            f"#chip QLabel, #chipRemove {{ color: {_rgba(text)}; }}"
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        moved = (event.position().toPoint() - self._press).manhattanLength()
        if moved < QApplication.startDragDistance():
            return
        self._press = None
        editor = self.parentWidget()
        if not isinstance(editor, ChipEditor):
            return
        mime = QMimeData()
        mime.setData(CHIP_MIME, QByteArray(str(editor.chips.index(self)).encode()))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.grab())
        drag.setHotSpot(event.position().toPoint())
        drag.exec(Qt.DropAction.MoveAction)


def _rgba(color: QColor) -> str:
    return f"rgba({color.red()}, {color.green()}, {color.blue()}, {color.alpha()})"


class ChipInput(QLineEdit):
    """The line edit at the end of the chips; Enter adds, Backspace on empty removes."""

    submitted = Signal()
    backspaceOnEmpty = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            return
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.backspaceOnEmpty.emit()
            return
        super().keyPressEvent(event)


class ChipEditor(QWidget):
    """Edit a list of values as chips, with completion from the site's values.

    Values are added with Enter or a comma (also the Japanese 、), removed with a chip's ×
    or Backspace in the empty input, and reordered by dragging. Every change emits
    ``valueCommitted(list)``.
    """

    valueCommitted = Signal(object)

    def __init__(
        self,
        values: list[Any] | None = None,
        matcher: KanaMatcher | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.chips: list[Chip] = []
        self._matcher = matcher or KanaMatcher()
        self._layout = FlowLayout(self, spacing=4)
        self.input = ChipInput(self)
        self.input.setObjectName("chipInput")
        self.input.setPlaceholderText(self.tr("Add…"))
        self.input.setFrame(False)
        self.input.setMinimumWidth(90)
        self.input.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self._layout.addWidget(self.input)
        self.setFocusProxy(self.input)
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.input)
        self.completer.activated.connect(self._on_completion_chosen)
        self.input.textEdited.connect(self._on_text_edited)
        self.input.submitted.connect(self._on_submitted)
        self.input.backspaceOnEmpty.connect(self._remove_last)
        self.input.installEventFilter(self)
        guard_ime(self.input)  # after our own filter: it runs first
        self.set_value(values or [])

    # -- the value -------------------------------------------------------------------
    def values(self) -> list[Any]:
        """The values in chip order."""
        return [chip.text for chip in self.chips]

    def set_value(self, values: Any) -> None:
        """Show ``values`` (a list) quietly, without emitting."""
        if self.chips and values == getattr(self, "_values", None):
            return  # unchanged: keep the chips (one may be under the mouse)
        for chip in self.chips:
            self._drop(chip)
        self.chips = []
        items = values if isinstance(values, list) else []
        for value in items:
            self._insert_chip(len(self.chips), str(value))
        self._values = list(items)

    def set_matcher(self, matcher: KanaMatcher) -> None:
        """Complete from ``matcher``'s candidates."""
        self._matcher = matcher

    def has_pending_edit(self) -> bool:
        """True while text is typed but not yet a chip."""
        return bool(self.input.text().strip())

    def commit(self) -> None:
        """Turn typed text into a chip now (before a save, say)."""
        if self.has_pending_edit() and self.add_value(self.input.text()):
            self.input.clear()

    def add_value(self, text: str) -> bool:
        """Add ``text`` (spelled like an existing site value if it is one); False if a duplicate."""
        text = text.strip()
        if not text:
            return False
        text = self._matcher.find_exact(text) or text
        if text in self.values():
            return False
        self._insert_chip(len(self.chips), text)
        self._commit()
        return True

    def remove_at(self, index: int) -> None:
        """Remove the chip at ``index``."""
        self._drop(self.chips.pop(index))
        self._commit()

    def move_chip(self, source: int, target: int) -> None:
        """Move the chip at ``source`` so that it ends up before the chip now at ``target``."""
        if not 0 <= source < len(self.chips):
            return
        target = max(0, min(target, len(self.chips)))
        if target in (source, source + 1):
            return
        chip = self.chips.pop(source)
        self.chips.insert(target - 1 if target > source else target, chip)
        self._relayout()
        self._commit()

    # -- internals ---------------------------------------------------------------------
    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # a QCompleter always has one
        return popup

    def _insert_chip(self, index: int, text: str) -> None:
        chip = Chip(text, self)
        chip.removeClicked.connect(lambda c: self.remove_at(self.chips.index(c)))
        self.chips.insert(index, chip)
        self._layout.insert_widget(index, chip)
        chip.show()

    def _drop(self, chip: Chip) -> None:
        chip.hide()  # at once: deletion waits for the event loop
        self._layout.removeWidget(chip)
        chip.deleteLater()

    def _relayout(self) -> None:
        for widget in [*self.chips, self.input]:
            self._layout.removeWidget(widget)
        for index, chip in enumerate(self.chips):
            self._layout.insert_widget(index, chip)
        self._layout.insert_widget(len(self.chips), self.input)

    def _commit(self) -> None:
        values = self.values()
        if values != [str(v) for v in self._values]:
            # Keep non-text items (numbers) as they were when they are still there.
            by_text = {str(v): v for v in self._values}
            self._values = [by_text.get(v, v) for v in values]
            self.valueCommitted.emit(list(self._values))
        self.updateGeometry()

    def _on_text_edited(self, text: str) -> None:
        if _SEPARATORS.search(text):
            *parts, rest = _SEPARATORS.split(text)
            for part in parts:
                self.add_value(part)
            self.input.setText(rest.lstrip())
            text = self.input.text()
        if not text.strip():
            self._popup().hide()
            return
        matches = self._matcher.matches(text, exclude=self.values(), limit=20)
        if matches:
            self._show_completions(matches)
            # Nothing is chosen until the writer moves to a suggestion: Enter adds what is typed.
            self._popup().setCurrentIndex(QModelIndex())
        else:
            self._popup().hide()

    def _show_completions(self, matches: list[str]) -> None:
        """Open the suggestions wide enough for the longest one, in the form's colours."""
        self._model.setStringList(matches)
        popup = self._popup()
        popup.setPalette(QApplication.palette(popup))
        metrics = popup.fontMetrics()
        longest = max(metrics.horizontalAdvance(match) for match in matches)
        width = max(self.input.width(), min(longest + 48, 480), 220)
        self.completer.complete(QRect(0, 0, width, self.input.height()))

    def _on_completion_chosen(self, text: str) -> None:
        self.add_value(text)
        self.input.clear()

    def _on_submitted(self) -> None:
        popup = self._popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            self._on_completion_chosen(popup.currentIndex().data())
            popup.hide()
            return
        popup.hide()
        if self.add_value(self.input.text()) or not self.input.text().strip():
            self.input.clear()

    def _remove_last(self) -> None:
        if self.chips:
            self.remove_at(len(self.chips) - 1)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        # A chip's style sheet pins its palette, so it hears of no theme switch itself:
        # the editor (which has no style sheet) does, and passes it on.
        if event.type() == QEvent.Type.PaletteChange:
            for chip in self.chips:
                chip.restyle()

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # Qt override
        # Typing that was never turned into a chip is kept when focus leaves.
        if (
            watched is self.input
            and event.type() == QEvent.Type.FocusOut
            and not self._popup().isVisible()
            and self.has_pending_edit()
        ):
            self._on_submitted()
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt override
        if event.mimeData().hasFormat(CHIP_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:  # Qt override
        if event.mimeData().hasFormat(CHIP_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt override
        if not event.mimeData().hasFormat(CHIP_MIME):
            return
        source = int(bytes(event.mimeData().data(CHIP_MIME).data()).decode() or -1)
        self.move_chip(source, self._index_at(event.position().toPoint()))
        event.acceptProposedAction()

    def _index_at(self, pos: QPoint) -> int:
        """The insertion index for a drop at ``pos``: before the first chip it precedes."""
        for index, chip in enumerate(self.chips):
            box = chip.geometry()
            if pos.y() < box.top():
                return index
            if pos.y() <= box.bottom() and pos.x() < box.center().x():
                return index
        return len(self.chips)

    def hasHeightForWidth(self) -> bool:  # Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # Qt override
        return self._layout.heightForWidth(width)
