"""A side-by-side, line-by-line comparison of two versions of a post; it opens at the
first difference, not at the top of two identical front matters."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QShowEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

_REMOVED = QColor(255, 205, 205, 160)
_ADDED = QColor(200, 240, 200, 160)
_FILLER = QColor(128, 128, 128, 40)


@dataclass(frozen=True)
class DiffRow:
    """One row of the side-by-side view; ``None`` on a side means "no line here"."""

    tag: str  # "equal", "delete", "insert" or "replace"
    left: str | None
    right: str | None


def side_by_side_rows(left: str, right: str) -> list[DiffRow]:
    """Pair up the lines of ``left`` and ``right`` for a side-by-side view."""
    a, b = left.split("\n"), right.split("\n")
    rows: list[DiffRow] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows.extend(DiffRow(tag, line, line) for line in a[i1:i2])
            continue
        old, new = a[i1:i2], b[j1:j2]
        for index in range(max(len(old), len(new))):
            rows.append(
                DiffRow(
                    tag,
                    old[index] if index < len(old) else None,
                    new[index] if index < len(new) else None,
                )
            )
    return rows


class DiffView(QWidget):
    """Two read-only panes scrolling together; removed lines red on the left, added green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diffView")
        self.left_title = QLabel(self)
        self.right_title = QLabel(self)
        self.left = self._pane("diffLeft")
        self.right = self._pane("diffRight")
        self.summary = QLabel(self)
        self.summary.setObjectName("diffSummary")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.left_title, 0, 0)
        layout.addWidget(self.right_title, 0, 1)
        layout.addWidget(self.left, 1, 0)
        layout.addWidget(self.right, 1, 1)
        layout.addWidget(self.summary, 2, 0, 1, 2)
        self.left.verticalScrollBar().valueChanged.connect(self.right.verticalScrollBar().setValue)
        self.right.verticalScrollBar().valueChanged.connect(self.left.verticalScrollBar().setValue)
        self.rows: list[DiffRow] = []

    def _pane(self, name: str) -> QPlainTextEdit:
        pane = QPlainTextEdit(self)
        pane.setObjectName(name)
        pane.setReadOnly(True)
        pane.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        return pane

    def set_texts(self, left: str, right: str, left_title: str, right_title: str) -> None:
        """Compare ``left`` with ``right`` under the given headings."""
        self.left_title.setText(left_title)
        self.right_title.setText(right_title)
        self.rows = side_by_side_rows(left, right)
        self._fill(self.left, [row.left for row in self.rows], _REMOVED)
        self._fill(self.right, [row.right for row in self.rows], _ADDED)
        if self.isVisible():
            self.show_first_difference()
        changed = sum(1 for row in self.rows if row.tag != "equal")
        self.summary.setText(
            self.tr("No differences.")
            if changed == 0
            else self.tr("%n line(s) differ.", "", changed)
        )

    def first_difference(self) -> int | None:
        """The row of the first difference (``None`` when the texts are the same)."""
        return next((n for n, row in enumerate(self.rows) if row.tag != "equal"), None)

    def show_first_difference(self) -> None:
        """Scroll both panes to the first difference, with some context above it."""
        row = self.first_difference()
        if row is None:
            return
        for pane in (self.left, self.right):
            cursor = QTextCursor(pane.document().findBlockByNumber(row))
            pane.setTextCursor(cursor)
            pane.centerCursor()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        # Centring needs the panes' real height: once shown, open at the first change.
        QTimer.singleShot(0, self, self.show_first_difference)

    def changed_lines(self) -> int:
        """How many rows differ (for tests and the summary line)."""
        return sum(1 for row in self.rows if row.tag != "equal")

    def _fill(self, pane: QPlainTextEdit, lines: list[str | None], changed: QColor) -> None:
        pane.setPlainText("\n".join("" if line is None else line for line in lines))
        selections = []
        block = pane.document().firstBlock()
        for row, line in zip(self.rows, lines, strict=True):
            if row.tag != "equal":
                selection = QTextEdit.ExtraSelection()
                fmt = QTextCharFormat()
                fmt.setBackground(_FILLER if line is None else changed)
                fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
                selection.format = fmt
                selection.cursor = QTextCursor(block)
                selections.append(selection)
            block = block.next()
        pane.setExtraSelections(selections)


class DiffDialog(QDialog):
    """A window showing a :class:`DiffView`, e.g. for the "Compare" button of a banner."""

    def __init__(
        self,
        left: str,
        right: str,
        left_title: str,
        right_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("diffDialog")
        self.resize(1000, 640)
        self.view = DiffView(self)
        self.view.set_texts(left, right, left_title, right_title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
