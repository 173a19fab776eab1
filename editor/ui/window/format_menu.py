"""The inserting half of the Format menu: image from a file, table, footnote, fenced code
block, strikethrough, horizontal rule, and the two small pickers they use.

:class:`FormatInserts` adds the actions to a menu of
:class:`~editor.ui.window.writing_menus.WritingMenus`
and runs them on the current text pane, one undo step each, never while an input
method is composing (the half-typed word would be split).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from editor.ui.editor import editing_commands, insert_commands
from editor.ui.editor.image_drop import ImageDropFilter

if TYPE_CHECKING:
    from editor.ui.editor.text_pane import TextPane

CODE_LANGUAGES = (
    "",
    "bash",
    "c",
    "cpp",
    "css",
    "diff",
    "go",
    "html",
    "java",
    "javascript",
    "json",
    "liquid",
    "markdown",
    "python",
    "ruby",
    "rust",
    "shell",
    "sql",
    "text",
    "toml",
    "typescript",
    "yaml",
)
IMAGE_FILTER = "*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif"


class TableSizeGrid(QWidget):
    """A grid of cells: hover or arrow keys choose rows × columns, click or Enter accepts."""

    chosen = Signal(int, int)
    hovered = Signal(int, int)

    def __init__(self, rows: int = 8, columns: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tableSizeGrid")
        self._max = (rows, columns)
        self.size_chosen = (2, 3)  # body rows, columns
        self._cell = 22
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFixedSize(self.sizeHint())

    def sizeHint(self) -> QSize:  # Qt override
        rows, columns = self._max
        return QSize(columns * self._cell + 1, rows * self._cell + 1)

    def set_size(self, rows: int, columns: int) -> None:
        """Highlight ``rows`` × ``columns`` (clamped to the grid)."""
        rows = max(1, min(self._max[0], rows))
        columns = max(1, min(self._max[1], columns))
        self.size_chosen = (rows, columns)
        self.hovered.emit(rows, columns)
        self.update()

    def _at(self, event: QMouseEvent) -> tuple[int, int]:
        point = event.position().toPoint()
        return point.y() // self._cell + 1, point.x() // self._cell + 1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        self.set_size(*self._at(event))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        self.set_size(*self._at(event))
        self.chosen.emit(*self.size_chosen)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        rows, columns = self.size_chosen
        moves = {
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
        }
        if event.key() in moves:
            down, right = moves[Qt.Key(event.key())]
            self.set_size(rows + down, columns + right)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chosen.emit(rows, columns)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        palette = self.palette()
        rows, columns = self.size_chosen
        for row in range(self._max[0]):
            for column in range(self._max[1]):
                rect = QRect(column * self._cell, row * self._cell, self._cell - 3, self._cell - 3)
                on = row < rows and column < columns
                painter.fillRect(rect, palette.highlight() if on else palette.base())
                painter.setPen(palette.mid().color())
                painter.drawRect(rect)
        painter.end()


class TableSizeDialog(QDialog):
    """Format ▸ Table…: pick the number of body rows and columns on a small grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tableSizeDialog")
        self.setWindowTitle(self.tr("Insert Table"))
        self.grid = TableSizeGrid(parent=self)
        self.label = QLabel(self)
        self.label.setObjectName("tableSizeLabel")
        self.grid.hovered.connect(self._show)
        self.grid.chosen.connect(lambda _r, _c: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
        self._show(*self.grid.size_chosen)
        self.grid.setFocus()

    def _show(self, rows: int, columns: int) -> None:
        self.label.setText(self.tr("{0} columns × {1} rows, plus the header").format(columns, rows))

    def chosen(self) -> tuple[int, int]:
        """``(body rows, columns)`` picked."""
        return self.grid.size_chosen


class CodeLanguageDialog(QDialog):
    """Format ▸ Fenced Code Block…: the language for the fence (typed or picked)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeLanguageDialog")
        self.setWindowTitle(self.tr("Fenced Code Block"))
        self.combo = QComboBox(self)
        self.combo.setObjectName("codeLanguage")
        self.combo.setEditable(True)
        self.combo.addItems(list(CODE_LANGUAGES))
        self.combo.setItemText(0, "")
        editor = self.combo.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("No language (plain text)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Language for highlighting:"), self))
        layout.addWidget(self.combo)
        layout.addWidget(buttons)

    def language(self) -> str:
        """The language typed or picked, without spaces."""
        return "".join(self.combo.currentText().split())


class FormatInserts(QObject):
    """Adds the insert actions to the Format menu and runs them on the current pane.

    ``add`` is the menus' own action factory (so shortcuts work in full screen too);
    ``current_pane`` gives the pane of the visible tab.
    """

    def __init__(
        self,
        menu: QMenu,
        add: Callable[..., object],
        current_pane: Callable[[], TextPane | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._current_pane = current_pane
        menu.addSeparator()
        add(
            menu,
            self.tr("&Strikethrough"),
            "Ctrl+Shift+X",
            self.strikethrough,
            "actionStrikethrough",
        )
        menu.addSeparator()
        add(
            menu,
            self.tr("Insert &Image from File…"),
            "Ctrl+Shift+I",
            self.image,
            "actionInsertImage",
        )
        add(menu, self.tr("Insert &Table…"), "Ctrl+Alt+T", self.table, "actionInsertTable")
        add(menu, self.tr("Insert Foot&note"), "Ctrl+Alt+N", self.footnote, "actionInsertFootnote")
        add(
            menu,
            self.tr("Insert Fenced Code &Block…"),
            "Ctrl+Shift+K",
            self.code_block,
            "actionInsertCodeBlock",
        )
        add(
            menu,
            self.tr("Insert &Horizontal Rule"),
            "Ctrl+Alt+H",
            self.rule,
            "actionInsertHorizontalRule",
        )

    def _pane(self) -> TextPane | None:
        pane = self._current_pane()
        if pane is None or pane.isReadOnly() or pane.is_composing():
            return None
        return pane

    def _run(self, pane: TextPane, edit: Callable[[QTextCursor], object]) -> None:
        cursor = pane.textCursor()
        edit(cursor)
        pane.setTextCursor(cursor)
        pane.ensureCursorVisible()
        pane.setFocus()

    def strikethrough(self) -> None:
        """Wrap the selection in ``~~`` (or unwrap it)."""
        if (pane := self._pane()) is not None:
            self._run(pane, lambda cursor: editing_commands.apply_wrap(cursor, "~~"))

    def rule(self) -> None:
        """A horizontal rule on its own line."""
        if (pane := self._pane()) is not None:
            self._run(pane, insert_commands.insert_horizontal_rule)

    def footnote(self) -> None:
        """A numbered footnote reference here and its definition at the end."""
        if (pane := self._pane()) is not None:
            self._run(pane, insert_commands.insert_footnote)

    def code_block(self) -> None:
        """Ask for a language, then fence the selection (or an empty line)."""
        if (pane := self._pane()) is None:
            return
        dialog = CodeLanguageDialog(self._parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            language = dialog.language()
        finally:
            dialog.deleteLater()
        self._run(pane, lambda cursor: insert_commands.insert_code_block(cursor, language))

    def table(self) -> None:
        """Ask for a size on the grid, then insert an aligned table."""
        if (pane := self._pane()) is None:
            return
        dialog = TableSizeDialog(self._parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            rows, columns = dialog.chosen()
        finally:
            dialog.deleteLater()
        header = self.tr("Column")
        self._run(pane, lambda cursor: insert_commands.insert_table(cursor, rows, columns, header))

    def image(self) -> None:
        """Pick image files; they are copied into the site and linked at the caret."""
        if (pane := self._pane()) is None:
            return
        names, _ = QFileDialog.getOpenFileNames(
            self._parent,
            self.tr("Insert Image from File"),
            str(Path.home()),
            self.tr("Images ({0})").format(IMAGE_FILTER),
        )
        if not names:
            return
        drop = pane.findChild(ImageDropFilter)
        if drop is None:
            return
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(name) for name in names])
        drop.insert_images(mime)
        pane.setFocus()
