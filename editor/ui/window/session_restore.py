"""Bring back the last session: the open site, the tabs, each caret and scroll position,
and the window itself: size, position, maximised state, docks and splitter sizes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from editor.services.settings import OpenTab, SessionState, Settings, WindowLayout

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from editor.ui.window.window_host import WindowHost


def restore_geometry(window: QMainWindow, settings: Settings) -> bool:
    """Put ``window`` where and as large as it was last closed; False if nothing was saved.

    The window calls this before it is first shown, so it is mapped in its place instead
    of being moved there afterwards; its docks and splitter follow with the helpers.
    """
    geometry = settings.window_layout().geometry
    return bool(geometry) and window.restoreGeometry(geometry)


class SessionKeeper(QObject):
    """Saves the window's session when it closes and restores it when it starts empty.

    Restoring waits for the event loop (so a post or site given on the command line wins:
    then the window is not empty and nothing is restored). Posts that have gone missing
    since are skipped without a word.
    """

    def __init__(self, window: WindowHost, settings: Settings) -> None:
        super().__init__(window.frame())
        self._window = window
        self._settings = settings
        window.closing.connect(self.save)
        self.layout_restored = self.restore_layout()
        QTimer.singleShot(0, self, self.restore_if_empty)  # skipped if the window is gone

    def current_state(self) -> SessionState:
        """The window's session as it is now."""
        window = self._window
        tabs = []
        for editor in window.editors():
            path = editor.session.path
            if path is None:
                continue
            pane = editor.text_pane
            tabs.append(OpenTab(str(path), pane.textCursor().position(), round(pane.top_line(), 2)))
        current = window.tabs.currentIndex()
        root = window.site_root
        return SessionState(str(root) if root else "", tabs, max(0, current))

    def save(self) -> None:
        """Remember the session and the window's layout for the next start."""
        self._settings.save_session(self.current_state())
        self.save_layout()

    def save_layout(self) -> None:
        """Remember the window's geometry, docks and splitter (not a full-screen moment)."""
        window = self._window.frame()
        if window.isFullScreen():  # distraction-free writing is not a layout to come back to
            return
        self._settings.save_window_layout(
            WindowLayout(
                bytes(window.saveGeometry().data()),
                bytes(window.saveState().data()),
                bytes(self._window.splitter.saveState().data()),
            )
        )

    def restore_layout(self) -> bool:
        """Put the window back as it was last closed; False when nothing was saved."""
        layout = self._settings.window_layout()
        window = self._window.frame()
        restored = restore_geometry(window, self._settings)
        if layout.state:
            restored = window.restoreState(layout.state) or restored
        if layout.splitter:
            restored = self._window.splitter.restoreState(layout.splitter) or restored
        return restored

    def restore_if_empty(self) -> None:
        """Restore the last session unless something was opened already."""
        if self._window.site_root is None and not self._window.editors():
            self.restore()

    def restore(self) -> int:
        """Open the last session's site and tabs; returns how many tabs came back."""
        state = self._settings.session()
        window = self._window
        if state.site and Path(state.site).is_dir():
            window.open_site(Path(state.site))
        opened = []
        for tab in state.existing_tabs():
            editor = window.open_post(Path(tab.path))
            if editor is not None:
                opened.append((editor, tab))
        if opened:
            current = opened[min(state.current, len(opened) - 1)][0]
            window.tabs.setCurrentWidget(current)
        for editor, tab in opened:
            pane = editor.text_pane
            cursor = pane.textCursor()
            cursor.setPosition(min(tab.cursor, pane.document().characterCount() - 1))
            pane.setTextCursor(cursor)
            # Scroll once the pane has its size; the layout is not final before that.
            QTimer.singleShot(0, pane, lambda p=pane, line=tab.top_line: p.scroll_to_line(line))
        return len(opened)
