"""Enter belongs to the input method while it composes: a guard for one-line fields.

With a Japanese input method, Enter first confirms the word being composed (the
pre-edit text); only a second Enter is the field's. Some platforms deliver that first
Enter to the widget too, so a tag field added a chip of half-typed kana and the find bar
jumped to a match mid-word. :func:`guard_ime` installs a filter that tracks the pre-edit
text of a line edit and keeps Enter, Tab, Escape and shortcuts from it while there is some,
as the text pane does. Where the platform hands over the confirming Enter right after the
commit (the pre-edit already gone), that Enter is kept from the field as well: it arrives
before the event loop turns again, a real second Enter never does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit

__all__ = ["ImeGuard", "guard_ime"]

_IME_KEYS = {
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Escape,
}


class ImeGuard(QObject):
    """Event filter: while ``field`` shows pre-edit text, its Enter is the input method's."""

    def __init__(self, field: QLineEdit) -> None:
        """Guard ``field`` (the guard is its child and lives as long as it)."""
        super().__init__(field)
        self._composing = False
        self._just_committed = False
        field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        field.installEventFilter(self)

    def is_composing(self) -> bool:
        """True while the input method shows uncommitted text in the field."""
        return self._composing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        kind = event.type()
        if kind == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent):
            was_composing = self._composing
            self._composing = bool(event.preeditString())
            if was_composing and not self._composing:
                self._just_committed = True
                QTimer.singleShot(0, self, self._settle)
        elif kind in (QEvent.Type.FocusOut, QEvent.Type.Hide):
            self._composing = False  # a lost closing event must not lock the field
        elif self._composing or self._just_committed:
            if kind == QEvent.Type.ShortcutOverride and self._composing:
                event.accept()  # no menu shortcut mid-word
                return True
            if (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in _IME_KEYS
            ):
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def _settle(self) -> None:
        self._just_committed = False


def guard_ime(*fields: QLineEdit) -> None:
    """Install an :class:`ImeGuard` on each of ``fields`` (call after their own filters)."""
    for field in fields:
        ImeGuard(field)
