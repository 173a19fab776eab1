"""The Problems view: every site check's finding, with a click to jump to the place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.site_checks import Problem
from editor.services.error_text import translate_text

_PATH_ROLE = Qt.ItemDataRole.UserRole + 1
_LINE_ROLE = Qt.ItemDataRole.UserRole + 2


class ProblemsView(QWidget):
    """Lists problems (file, line, message); ``jumpRequested(Path, int)`` on activation.

    ``refreshRequested()`` when the writer asks to check the site again.
    """

    jumpRequested = Signal(object, int)
    refreshRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty list; :meth:`set_problems` fills it."""
        super().__init__(parent)
        self.setObjectName("problemsView")
        self._root: Path | None = None
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("problemList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSortingEnabled(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 0; }")
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Line"), self.tr("Problem")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 260)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # the rows on screen: a site can have thousands
        header.setStretchLastSection(True)
        self.tree.itemActivated.connect(self._on_activated)
        self.summary = QLabel(self)
        self.summary.setObjectName("problemSummary")
        self.check_button = QPushButton(self.tr("Check Again"), self)
        self.check_button.clicked.connect(self.refreshRequested)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self.set_problems([], None)

    def set_problems(self, problems: list[Problem], root: Path | None) -> None:
        """Show ``problems``; paths are shown relative to the site folder ``root``."""
        self._root = root
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        items = []
        for problem in problems:
            message = translate_text(problem.message)
            item = QTreeWidgetItem([self._relative(problem.path), "", message])
            item.setData(1, Qt.ItemDataRole.DisplayRole, problem.line)
            item.setData(0, _PATH_ROLE, str(problem.path))
            item.setData(0, _LINE_ROLE, problem.line)
            item.setToolTip(2, message)
            item.setToolTip(0, str(problem.path))
            items.append(item)
        self.tree.addTopLevelItems(items)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        if problems:
            self.summary.setText(self.tr("%n problem(s) found", "", len(problems)))
        else:
            self.summary.setText(self.tr("No problems found."))

    def count(self) -> int:
        """How many problems are listed."""
        return self.tree.topLevelItemCount()

    def jump_to_row(self, row: int) -> None:
        """Act as if the writer activated ``row`` (as listed)."""
        item = self.tree.topLevelItem(row)
        if item is not None:
            self._on_activated(item, 0)

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.jumpRequested.emit(Path(item.data(0, _PATH_ROLE)), int(item.data(0, _LINE_ROLE)))

    def _relative(self, path: Path) -> str:
        if self._root is not None:
            try:
                return path.relative_to(self._root).as_posix()
            except ValueError:
                pass
        return str(path)
