"""A side-by-side comparison of two versions of a post: by line, and by character inside a line."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

_REMOVED = QColor(255, 222, 222)
_ADDED = QColor(222, 245, 222)
_REMOVED_STRONG = QColor(255, 160, 160)
_ADDED_STRONG = QColor(150, 225, 150)
_FILLER = QColor(235, 235, 235)


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


def changed_spans(old: str, new: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character ranges that differ between two versions of a line (old side, new side).

    Japanese has no spaces to split words at, so the comparison is per character: one
    changed particle in a long paragraph is marked, not the whole paragraph.
    """
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    removed: list[tuple[int, int]] = []
    added: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i2 > i1:
            removed.append((i1, i2))
        if j2 > j1:
            added.append((j1, j2))
    return removed, added


def _marked(text: str, spans: list[tuple[int, int]], color: QColor) -> str:
    """``text`` as HTML with ``spans`` on a stronger background."""
    out: list[str] = []
    last = 0
    for start, end in spans:
        out.append(escape(text[last:start]))
        out.append(
            f'<span style="background-color: {color.name()};">{escape(text[start:end])}</span>'
        )
        last = end
    out.append(escape(text[last:]))
    return "".join(out) or "&nbsp;"


class DiffView(QWidget):
    """Both versions side by side in one wrapped table, so long paragraphs stay aligned.

    Rows that differ are tinted (removed red on the left, added green on the right) and,
    inside a changed row, the characters that changed are marked more strongly.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diffView")
        self.left_title = QLabel(self)
        self.right_title = QLabel(self)
        self.table = QTextBrowser(self)
        self.table.setObjectName("diffTable")
        self.table.setOpenLinks(False)
        self.table.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.summary = QLabel(self)
        self.summary.setObjectName("diffSummary")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.left_title, 0, 0)
        layout.addWidget(self.right_title, 0, 1)
        layout.addWidget(self.table, 1, 0, 1, 2)
        layout.addWidget(self.summary, 2, 0, 1, 2)
        self.rows: list[DiffRow] = []

    def set_texts(self, left: str, right: str, left_title: str, right_title: str) -> None:
        """Compare ``left`` with ``right`` under the given headings."""
        self.left_title.setText(left_title)
        self.right_title.setText(right_title)
        self.rows = side_by_side_rows(left, right)
        self.table.setHtml(self._html())
        self.table.scrollToAnchor("kiji-first-change")  # the first change, not line 1
        changed = sum(1 for row in self.rows if row.tag != "equal")
        self.summary.setText(
            self.tr("No differences.")
            if changed == 0
            else self.tr("%n line(s) differ.", "", changed)
        )

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        """Scroll to the first change once the table is laid out (not before it is shown)."""
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: self.table.scrollToAnchor("kiji-first-change"))

    def changed_lines(self) -> int:
        """How many rows differ (for tests and the summary line)."""
        return sum(1 for row in self.rows if row.tag != "equal")

    def _html(self) -> str:
        cells: list[str] = []
        first = False
        for row in self.rows:
            left, right = row.left, row.right
            if row.tag == "equal":
                cells.append(
                    f"<tr><td>{_marked(left or '', [], _REMOVED)}</td>"
                    f"<td>{_marked(right or '', [], _ADDED)}</td></tr>"
                )
                continue
            removed, added = changed_spans(left or "", right or "")
            if not first:
                first = True
                cells.append('<tr><td colspan="2"><a name="kiji-first-change"></a></td></tr>')
            left_cell = _cell(left, removed, _REMOVED, _REMOVED_STRONG)
            right_cell = _cell(right, added, _ADDED, _ADDED_STRONG)
            cells.append(f"<tr>{left_cell}{right_cell}</tr>")
        return (
            '<table width="100%" cellspacing="0" cellpadding="2" '
            'style="border-collapse: collapse;">' + "".join(cells) + "</table>"
        )


def _cell(text: str | None, spans: list[tuple[int, int]], tint: QColor, strong: QColor) -> str:
    if text is None:
        return f'<td width="50%" style="background-color: {_FILLER.name()};">&nbsp;</td>'
    return (
        f'<td width="50%" style="background-color: {tint.name()}; color: #222;">'
        f"{_marked(text, spans if text else [], strong)}</td>"
    )


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
