"""The Problems view: every site check's finding, with a click to jump to the place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.site.site_problems import Problem
from editor.services.error_text import translate_text
from editor.ui.site.foreground_paint import ForegroundTreeView, fix_column_width, widest_digit

_Index = QModelIndex | QPersistentModelIndex


class _RoomyRows(QStyledItemDelegate):
    """Rows a little taller than the style's, for reading (a style sheet would do it, but a
    view with a style sheet keeps the palette it was polished with: white in dark)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # Qt override
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 6)


def shown_message(problem: Problem) -> str:
    """The problem's message in the UI's language (the core marks some for translation)."""
    return translate_text(problem.message)


class ProblemsModel(QAbstractTableModel):
    """The problems as a table (file, line, problem); cells are worked out when shown.

    A site can have thousands of findings: the list is replaced in one reset and sorted in
    Python, and a row's relative path is computed only when the view asks for it.
    """

    def __init__(self, headers: tuple[str, str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._problems: list[Problem] = []
        self._prefix = ""

    def set_problems(self, problems: list[Problem], root: Path | None) -> None:
        """Replace the rows; paths under ``root`` are shown relative to it."""
        self.beginResetModel()
        self._problems = list(problems)
        self._prefix = str(root).replace("\\", "/").rstrip("/") + "/" if root is not None else ""
        self.endResetModel()

    def problem(self, row: int) -> Problem:
        """The problem on ``row`` (in the current order)."""
        return self._problems[row]

    def relative(self, path: Path) -> str:
        """``path`` as shown: relative to the site folder, with forward slashes."""
        text = str(path).replace("\\", "/")
        prefix = self._prefix
        return text[len(prefix) :] if prefix and text.startswith(prefix) else str(path)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Qt override: one row per problem."""
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Qt override: file, line, problem."""
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Qt override: the cell's text, and the full path or message as its tooltip."""
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        column = index.column()
        message = shown_message(problem) if column == 2 else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.relative(problem.path), problem.line, message)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(problem.path) if column == 0 else message if column == 2 else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Qt override: the column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt override: order by file (then line), by line, or by message."""
        keys = (
            lambda p: (str(p.path), p.line),
            lambda p: (p.line, str(p.path)),
            lambda p: (p.message, str(p.path), p.line),
        )
        self.layoutAboutToBeChanged.emit()
        self._problems.sort(key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


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
        self._site_problems: list[Problem] = []
        self._post_problems: list[Problem] = []
        self._post_path: Path | None = None
        self.model = ProblemsModel((self.tr("File"), self.tr("Line"), self.tr("Problem")), self)
        self.tree = ForegroundTreeView(self)
        self.tree.setObjectName("problemList")
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSortingEnabled(True)
        self.tree.setItemDelegate(_RoomyRows(self.tree))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 260)
        fix_column_width(self.tree, header, 1, [widest_digit(self.tree) * 5])  # line numbers
        header.setStretchLastSection(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tree.activated.connect(lambda index: self.jump_to_row(index.row()))
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
        self._site_problems, self._root = list(problems), root
        self._show()

    def set_post_problems(self, path: Path | None, problems: list[Problem]) -> None:
        """Show the open post's proofreading findings beside the site's problems."""
        self._post_path, self._post_problems = path, list(problems)
        self._show()

    def _show(self) -> None:
        problems = self._site_problems + self._post_problems
        self.model.set_problems(problems, self._root)
        header = self.tree.header()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if problems:
            self.summary.setText(self.tr("%n problem(s) found", "", len(problems)))
        else:
            self.summary.setText(self.tr("No problems found."))

    def count(self) -> int:
        """How many problems are listed."""
        return self.model.rowCount()

    def row_texts(self, row: int) -> tuple[str, str, str]:
        """What ``row`` shows (as listed): file, line, problem."""
        problem = self.model.problem(row)
        return self.model.relative(problem.path), str(problem.line), shown_message(problem)

    def jump_to_row(self, row: int) -> None:
        """Act as if the writer activated ``row`` (as listed)."""
        if 0 <= row < self.model.rowCount():
            problem = self.model.problem(row)
            self.jumpRequested.emit(problem.path, problem.line)
