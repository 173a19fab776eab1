"""Help ▸ Keyboard Shortcuts: every action of the window with its shortcut, searchable.

The list is read from the window's real menus and actions when the window opens, so it
can never disagree with what the keys do (a new action shows up by itself).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.text.kana_match import fold

_MNEMONIC_SUFFIX = re.compile(r"\(&[^&)]\)")  # 表を挿入(&T)… → 表を挿入…


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersands and the Japanese "(&F)" suffixes."""
    text = _MNEMONIC_SUFFIX.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def menu_actions(window: QMainWindow) -> list[tuple[str, QAction]]:
    """``(menu path, action)`` for every command action in the window's menu bar, in order."""
    found: list[tuple[str, QAction]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                if sub.objectName() != "recentMenu":  # folders, not commands
                    walk(sub, f"{path} ▸ {_plain(action.text())}")
            elif action.text() and (action.isEnabled() or action.objectName()):
                found.append((path, action))  # not a disabled hint ("No recent folders")

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(top.text()))
    return found


def shortcut_text(action: QAction) -> str:
    """The action's shortcuts as this platform writes them (``Ctrl+S``, ``⌘S``)."""
    return ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for key in action.shortcuts()
        if not key.isEmpty()
    )


class ShortcutsWindow(QDialog):
    """A searchable table: menu, command, shortcut (type to filter, in any of them)."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsWindow")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(640, 620)
        self.search = QLineEdit(self)
        self.search.setObjectName("shortcutsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search commands and keys"))
        self.search.textChanged.connect(self.apply_filter)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsList")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Shortcut"), self.tr("Menu")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.note = QLabel(
            self.tr("In a table, Tab and Shift+Tab move between cells and Enter adds a row."),
            self,
        )
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        for path, action in menu_actions(window):
            item = QTreeWidgetItem([_plain(action.text()), shortcut_text(action), path])
            item.setData(0, Qt.ItemDataRole.UserRole, action.objectName())
            self.tree.addTopLevelItem(item)
        self.search.setFocus()

    def rows(self, *, visible_only: bool = True) -> list[tuple[str, str, str]]:
        """``(command, shortcut, menu)`` of the listed rows (the shown ones by default)."""
        result = []
        for item in self._items():
            if visible_only and item.isHidden():
                continue
            result.append((item.text(0), item.text(1), item.text(2)))
        return result

    def apply_filter(self, text: str) -> None:
        """Show only the rows whose command, keys or menu contain every word of ``text``."""
        words = [fold(word) for word in text.split()]
        for item in self._items():
            haystack = fold(" ".join(item.text(c) for c in range(3)))
            item.setHidden(not all(word in haystack for word in words))

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]
