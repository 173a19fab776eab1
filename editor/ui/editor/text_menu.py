"""The text pane's context menu: Undo/Redo, Cut/Copy/Paste, Select All and the Format
commands, instead of Qt's stock menu.

The formatting entries are the Format menu's own actions (same names, same shortcuts,
one implementation). The pane calls :func:`build_text_menu` through its
``context_menu_factory`` hook, which the view controller sets.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPlainTextEdit


def build_text_menu(pane: QPlainTextEdit, format_actions: Iterable[QAction | None]) -> QMenu:
    """The context menu for ``pane``; ``None`` in ``format_actions`` is a separator."""
    menu = QMenu(pane)
    menu.setObjectName("textPaneMenu")
    standard = QKeySequence.StandardKey
    document = pane.document()
    selected = pane.textCursor().hasSelection()
    writable = not pane.isReadOnly()
    can_undo = writable and document.isUndoAvailable()
    can_redo = writable and document.isRedoAvailable()
    entries = (
        (
            QCoreApplication.translate("TextMenu", "&Undo"),
            standard.Undo,
            pane.undo,
            can_undo,
            "undo",
        ),
        (
            QCoreApplication.translate("TextMenu", "&Redo"),
            standard.Redo,
            pane.redo,
            can_redo,
            "redo",
        ),
        None,
        (
            QCoreApplication.translate("TextMenu", "Cu&t"),
            standard.Cut,
            pane.cut,
            writable and selected,
            "cut",
        ),
        (
            QCoreApplication.translate("TextMenu", "&Copy"),
            standard.Copy,
            pane.copy,
            selected,
            "copy",
        ),
        (
            QCoreApplication.translate("TextMenu", "&Paste"),
            standard.Paste,
            pane.paste,
            writable and pane.canPaste(),
            "paste",
        ),
        None,
        (
            QCoreApplication.translate("TextMenu", "Select &All"),
            standard.SelectAll,
            pane.selectAll,
            True,
            "selectAll",
        ),
    )
    for entry in entries:
        if entry is None:
            menu.addSeparator()
            continue
        text, key, slot, enabled, name = entry
        action = menu.addAction(text)
        action.setObjectName(f"textMenu_{name}")
        action.setShortcut(QKeySequence(key))  # shown, not bound: the pane has these keys
        action.setEnabled(enabled)
        action.triggered.connect(slot)
    if writable:
        format_menu = menu.addMenu(QCoreApplication.translate("TextMenu", "F&ormat"))
        format_menu.setObjectName("textMenuFormat")
        for format_action in format_actions:
            if format_action is None:
                format_menu.addSeparator()
            else:
                format_menu.addAction(format_action)
    return menu
