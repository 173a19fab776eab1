"""Format ▸ Japanese: 全角/半角, ruby, full-width Markdown marks, optional bracket pairing.

Each command works on the text pane's selection (or, for the Markdown marks, on the lines
it touches) as one undoable edit. Bracket pairing (``「`` adds ``」``) is off unless the
writer turns it on; it follows what the input method commits, since Japanese brackets are
typed through it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from editor.core.text.ja_text import (
    closing_bracket,
    fix_full_width_markers,
    ruby,
    suggest_reading,
    to_full_width,
    to_half_width,
)
from editor.services.settings import Settings
from editor.ui.editor.text_pane import TextPane

CurrentPane = Callable[[], TextPane | None]


def replace_selection(pane: TextPane, convert: Callable[[str], str]) -> bool:
    """Replace the pane's selection with ``convert(selection)`` (one undo step)."""
    cursor = pane.textCursor()
    if not cursor.hasSelection():
        return False
    text = cursor.selectedText().replace("\u2029", "\n")
    new = convert(text)
    if new != text:
        start = cursor.selectionStart()
        cursor.insertText(new)
        cursor.setPosition(start)
        cursor.setPosition(start + len(new), QTextCursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)
    return True


def fix_marks_in_lines(pane: TextPane) -> int:
    """Fix full-width Markdown marks on the lines the selection touches; how many changed."""
    cursor = pane.textCursor()
    document = pane.document()
    first = document.findBlock(cursor.selectionStart()).blockNumber()
    last = document.findBlock(cursor.selectionEnd()).blockNumber()
    changed = 0
    edit = QTextCursor(document)
    edit.beginEditBlock()
    for number in range(first, last + 1):
        block = document.findBlockByNumber(number)
        fixed = fix_full_width_markers(block.text())
        if fixed != block.text():
            edit.setPosition(block.position())
            edit.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(fixed)
            changed += 1
    edit.endEditBlock()
    return changed


class BracketPairer(QObject):
    """Adds the closing bracket after an input method commits ``「`` (when turned on)."""

    def __init__(self, pane: TextPane, enabled: Callable[[], bool]) -> None:
        """Watch ``pane``; ``enabled()`` is asked each time (the preference, live)."""
        super().__init__(pane)
        self._pane = pane
        self._enabled = enabled
        pane.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if (
            event.type() == QEvent.Type.InputMethod
            and isinstance(event, QInputMethodEvent)
            and not event.preeditString()
            and self._enabled()
        ):
            closing = closing_bracket(event.commitString())
            if closing is not None:
                QTimer.singleShot(0, self, lambda: self._close(closing))
        return super().eventFilter(watched, event)

    def _close(self, closing: str) -> None:
        cursor = self._pane.textCursor()
        cursor.insertText(closing)
        cursor.movePosition(QTextCursor.MoveOperation.Left)
        self._pane.setTextCursor(cursor)


class JapaneseMenu(QObject):
    """The Format ▸ Japanese submenu, acting on the current text pane."""

    def __init__(self, menu: QMenu, current_pane: CurrentPane, settings: Settings) -> None:
        """Add the submenu to ``menu``."""
        super().__init__(menu)
        self._pane = current_pane
        self._settings = settings
        self.menu = menu.addMenu(self.tr("&Japanese"))
        self.menu.setObjectName("menuJapanese")
        self.actions: dict[str, QAction] = {}
        for name, text, slot in (
            ("actionToFullWidth", self.tr("To &Full Width (全角)"), self.to_full_width),
            ("actionToHalfWidth", self.tr("To &Half Width (半角)"), self.to_half_width),
            ("actionInsertRuby", self.tr("Add &Ruby…"), self.insert_ruby),
            ("actionFixMarks", self.tr("Fix Full-Width &Markdown Marks"), self.fix_marks),
        ):
            action = self.menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.actions[name] = action
        self.menu.addSeparator()
        pairing = self.menu.addAction(self.tr("Auto-Pair &Brackets 「」『』（）【】"))
        pairing.setObjectName("actionAutoPairBrackets")
        pairing.setCheckable(True)
        pairing.setChecked(settings.auto_pair_brackets)
        pairing.toggled.connect(self._set_pairing)
        settings.changed.connect(self._follow_setting)
        self.actions["actionAutoPairBrackets"] = pairing

    def _set_pairing(self, on: bool) -> None:
        self._settings.auto_pair_brackets = on

    def _follow_setting(self, key: str) -> None:
        if key == "auto_pair_brackets":
            self.actions["actionAutoPairBrackets"].setChecked(self._settings.auto_pair_brackets)

    def to_full_width(self) -> None:
        """Convert the selection to full width."""
        pane = self._pane()
        if pane is not None:
            replace_selection(pane, to_full_width)

    def to_half_width(self) -> None:
        """Convert the selection to half width (kana stays full width)."""
        pane = self._pane()
        if pane is not None:
            replace_selection(pane, to_half_width)

    def fix_marks(self) -> None:
        """Make ``＃　``, ``－　`` and ``１．　`` starting the selected lines Markdown."""
        pane = self._pane()
        if pane is not None:
            fix_marks_in_lines(pane)

    def insert_ruby(self, reading: str | None = None) -> None:
        """Annotate the selection with a reading (asked, starting from a suggestion)."""
        pane = self._pane()
        if pane is None or not pane.textCursor().hasSelection():
            return
        base = pane.textCursor().selectedText()
        if reading is None:
            parent: QWidget = pane.window()
            text, ok = QInputDialog.getText(
                parent,
                self.tr("Add Ruby"),
                self.tr("Reading of “{0}”:").format(base),
                text=suggest_reading(base),
            )
            if not ok or not text.strip():
                return
            reading = text.strip()
        chosen = reading
        replace_selection(pane, lambda selected: ruby(selected, chosen))
