"""The Outline panel: the current post's headings, the current section, jump, filter, move.

``OutlinePanel(window)`` puts a dock (``outlineDock``) holding an :class:`OutlineView`
(``outlineView``) on the window and follows the current tab. A click puts the cursor on the
heading (the preview follows through the window's scroll sync); dragging a heading moves
its whole section, as one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDropEvent, QFont, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.text.outline import OutlineHeading, OutlineIndex, move_section
from editor.ui.editor.text_edits import replace_changed_part

if TYPE_CHECKING:
    from editor.ui.editor.post_editor import PostEditor
    from editor.ui.editor.text_pane import TextPane
    from editor.ui.window.window_host import WindowHost

_INDEX = Qt.ItemDataRole.UserRole


class _HeadingList(QListWidget):
    """The headings; a drop asks for a section move instead of moving the item."""

    moveRequested = Signal(int, int)  # heading index, index to put it before

    def dropEvent(self, event: QDropEvent) -> None:  # Qt override
        source = self.currentItem()
        if source is None:
            event.ignore()
            return
        target_item = self.itemAt(event.position().toPoint())
        if target_item is None:
            target = -1  # after the last heading
        else:
            target = int(target_item.data(_INDEX))
            rect = self.visualItemRect(target_item)
            if event.position().y() > rect.center().y():
                target += 1
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.moveRequested.emit(int(source.data(_INDEX)), target)


class OutlineView(QWidget):
    """A filter box over the list of headings; signals the writer's jumps and moves."""

    headingActivated = Signal(int)  # heading index
    sectionMoveRequested = Signal(int, int)  # heading index, index to move it before (-1: end)

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty outline; :meth:`set_headings` fills it."""
        super().__init__(parent)
        self.setObjectName("outlineView")
        self.headings: list[OutlineHeading] = []
        self.filter = QLineEdit(self)
        self.filter.setObjectName("outlineFilter")
        self.filter.setPlaceholderText(self.tr("Filter headings"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.list = _HeadingList(self)
        self.list.setObjectName("outlineList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setToolTip(self.tr("Click to go to a heading; drag it to move its section."))
        self.list.itemClicked.connect(lambda item: self.headingActivated.emit(item.data(_INDEX)))
        self.list.itemActivated.connect(lambda item: self.headingActivated.emit(item.data(_INDEX)))
        self.list.moveRequested.connect(self.sectionMoveRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        self._current = -1

    def set_headings(self, headings: list[OutlineHeading]) -> None:
        """Show ``headings`` (indented by level; the top levels in bold).

        Only the rows whose heading changed are rebuilt: typing Enter moves every later
        heading down a line, and that is no reason to rebuild a long list.
        """
        if headings == self.headings:
            return
        old = [(h.level, h.text) for h in self.headings]
        new = [(h.level, h.text) for h in headings]
        base = min((level for level, _text in new), default=1)
        if base != min((level for level, _text in old), default=1):
            old = []  # every row's indent and weight change
            self.list.clear()
        self.headings = headings
        if old == new:
            return
        prefix = 0
        while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
            prefix += 1
        suffix = 0
        while (
            suffix < min(len(old), len(new)) - prefix
            and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]
        ):
            suffix += 1
        for _row in range(prefix, len(old) - suffix):
            self.list.takeItem(prefix)
        for row in range(prefix, len(new) - suffix):
            item = self._item(headings[row], base)
            item.setData(_INDEX, row)
            self.list.insertItem(row, item)
        if len(old) != len(new):
            for row in range(prefix, len(new)):
                self.list.item(row).setData(_INDEX, row)
        self._current = -1
        self._apply_filter(self.filter.text())

    def _item(self, heading: OutlineHeading, base: int) -> QListWidgetItem:
        item = QListWidgetItem("\u2003" * (heading.level - base) + (heading.text or "…"))
        item.setToolTip(heading.text)
        if heading.level - base == 0:
            font = QFont(self.list.font())
            font.setBold(True)
            item.setFont(font)
        return item

    def set_current(self, index: int) -> None:
        """Highlight heading ``index`` (the section the cursor is in; -1: none)."""
        self._current = index
        item = self.list.item(index) if index >= 0 else None
        if item is None:
            self.list.clearSelection()
            self.list.setCurrentRow(-1)
            return
        self.list.setCurrentItem(item)
        self.list.scrollToItem(item)

    def current(self) -> int:
        """The highlighted heading's index (-1: none)."""
        return self._current

    def visible_texts(self) -> list[str]:
        """The headings the filter lets through, as shown."""
        return [
            self.list.item(row).text().lstrip("\u2003")
            for row in range(self.list.count())
            if not self.list.item(row).isHidden()
        ]

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())


class OutlinePanel(QObject):
    """Owns the Outline dock and keeps it in step with the current post.

    While the dock is shown, the pane's edits reach an :class:`OutlineIndex` one change at
    a time (a keystroke re-scans a line or two, never the post); the list follows after a
    short pause. While it is hidden nothing is kept: showing it scans the post once.
    """

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.frame())
        self._host = window
        self.view = OutlineView(window.frame())
        self.dock = QDockWidget(self.tr("Outline"), window.frame())
        self.dock.setObjectName("outlineDock")
        self.dock.setWidget(self.view)
        window.frame().addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.action = self.dock.toggleViewAction()
        self.action.setObjectName("actionShowOutline")
        self.action.setShortcut("Ctrl+Alt+O")
        self._pane: TextPane | None = None
        self._index: OutlineIndex | None = None
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._show_headings)
        self.view.headingActivated.connect(self.jump_to)
        self.view.sectionMoveRequested.connect(self.move_section)
        self.dock.visibilityChanged.connect(self._on_visibility)
        window.tabs.currentChanged.connect(lambda _index: self._follow_current())
        window.editorClosed.connect(self._on_closed)
        self._follow_current()

    def _follow_current(self) -> None:
        editor = self._host.current_editor()
        pane = editor.text_pane if editor is not None else None
        if pane is self._pane:
            return
        self._connect(False)
        self._pane = pane
        self._connect(True)
        self.refresh()

    def _connect(self, on: bool) -> None:
        pane = self._pane
        if pane is None:
            return
        if on:
            pane.document().contentsChange.connect(self._on_contents_change)
            pane.cursorPositionChanged.connect(self._show_current)
        else:
            pane.document().contentsChange.disconnect(self._on_contents_change)
            pane.cursorPositionChanged.disconnect(self._show_current)

    def _on_closed(self, editor: PostEditor) -> None:
        if editor.text_pane is self._pane:
            self._connect(False)
            self._pane = None
            self.refresh()

    def _on_visibility(self, visible: bool) -> None:
        if visible and self._index is None:
            self.refresh()

    def _tracking(self) -> bool:
        return self._pane is not None and self.dock.isVisible()

    def refresh(self) -> None:
        """Parse the current post's headings again (when the dock is shown)."""
        self._timer.stop()
        pane = self._pane
        self._index = OutlineIndex(pane.pane_text()) if self._tracking() and pane else None
        self._show_headings()

    def _show_headings(self) -> None:
        self.view.set_headings(self._index.headings() if self._index is not None else [])
        self._show_current()

    def _on_contents_change(self, position: int, _removed: int, added: int) -> None:
        """Hand one edit of the pane to the index, in lines (blocks)."""
        index, pane = self._index, self._pane
        if pane is None or not self.dock.isVisible():
            self._index = None  # hidden: nothing is kept; showing the dock scans again
            return
        if index is None:
            return
        document = pane.document()
        first = document.findBlock(position)
        last = document.findBlock(position + added)
        if not first.isValid():
            self.refresh()
            return
        if not last.isValid():
            last = document.lastBlock()
        lines = []
        block = first
        while block.isValid():
            lines.append(block.text())
            if block == last:
                break
            block = block.next()
        removed_lines = len(lines) - (document.blockCount() - index.line_count)
        if not 0 <= removed_lines <= index.line_count - first.blockNumber():
            self.refresh()  # Qt reported the change loosely: scan the post again
            return
        if index.edit(first.blockNumber(), removed_lines, lines):
            self._timer.start()

    def _show_current(self) -> None:
        pane, index = self._pane, self._index
        if pane is None or index is None or self._timer.isActive():
            return
        current = index.heading_at(pane.textCursor().blockNumber())
        if current != self.view.current():
            self.view.set_current(current)

    def jump_to(self, index: int) -> None:
        """Put the cursor on heading ``index`` and bring it into view (the preview follows)."""
        pane = self._pane
        if pane is None or not 0 <= index < len(self.view.headings):
            return
        block = pane.document().findBlockByNumber(self.view.headings[index].line)
        pane.setTextCursor(QTextCursor(block))
        pane.scroll_to_line(self.view.headings[index].line)
        pane.setFocus()

    def move_section(self, source: int, target: int) -> None:
        """Move heading ``source``'s section before heading ``target`` (-1: to the end)."""
        pane = self._pane
        headings = self.view.headings
        if pane is None or not 0 <= source < len(headings):
            return
        text = pane.pane_text()
        moved = move_section(text, headings, source, len(headings) if target < 0 else target)
        if moved == text:
            return
        replace_changed_part(pane, moved)  # one undo step
        self.refresh()
        title = headings[source]
        for index, heading in enumerate(self.view.headings):
            if heading.text == title.text and heading.level == title.level:
                self.jump_to(index)
                break
