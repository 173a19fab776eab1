"""``WindowHost``: what the window's helpers may use of the window, and nothing more.

The main window is composed of helpers (site controller, document guard, view controller,
export actions, session keeper). Each one receives the window typed as this protocol, so
it can open and close posts, read the open site and show a status message, but never
reaches into the window's private state. Tabs come and go only through the window
(:meth:`WindowHost.open_session` and :meth:`WindowHost.close_editor`), so helpers that
follow documents listen to ``editorOpened`` / ``editorClosed`` instead of the tab widget.

``frame()`` is the window as a plain Qt ``QMainWindow``: the parent for a helper's
dialogs, docks and shortcuts, and where the status bar and menu bar live.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget

    from editor.services.document import DocumentSession
    from editor.services.settings import Settings
    from editor.ui.editor.post_editor import PostEditor
    from editor.ui.preview.preview import PreviewView
    from editor.ui.preview.preview_area import PreviewArea


class WindowHost(Protocol):
    """The window as its helpers see it (implemented by ``MainWindow``)."""

    @property
    def editorOpened(self) -> SignalInstance:
        """``editorOpened(PostEditor)``: a post got its tab."""
        ...

    @property
    def editorClosed(self) -> SignalInstance:
        """``editorClosed(PostEditor)``: a post's tab is about to go."""
        ...

    @property
    def darkChanged(self) -> SignalInstance:
        """``darkChanged(bool)``: the window switched between its light and dark theme."""
        ...

    @property
    def closing(self) -> SignalInstance:
        """``closing()``: the window is closing for good (every post has been settled)."""
        ...

    @property
    def settings(self) -> Settings:
        """The application's one settings object."""
        ...

    @property
    def site_root(self) -> Path | None:
        """The open site's folder, if any."""
        ...

    @property
    def tabs(self) -> QTabWidget:
        """The post tabs (read their order and the current one; add or remove none)."""
        ...

    @property
    def preview(self) -> PreviewView:
        """The window's preview of the current post."""
        ...

    @property
    def preview_area(self) -> PreviewArea:
        """The preview half of the window: the preview's tab, and pages added beside it."""
        ...

    @property
    def splitter(self) -> QSplitter:
        """The splitter between the tabs and the preview."""
        ...

    def balance_splitter(self) -> None:
        """Even out the text and the preview when either is too narrow to use."""
        ...

    def frame(self) -> QMainWindow:
        """The window as a Qt main window: parent of dialogs and docks, status and menu bar."""
        ...

    def editors(self) -> list[PostEditor]:
        """Every open post's editor, in tab order."""
        ...

    def current_editor(self) -> PostEditor | None:
        """The editor of the visible tab, if any."""
        ...

    def focus_editor(self, editor: PostEditor) -> None:
        """Bring ``editor``'s tab to the front."""
        ...

    def open_post(self, path: Path) -> PostEditor | None:
        """Open the post at ``path`` in a tab (or switch to it); ``None`` if it cannot open."""
        ...

    def open_session(self, session: DocumentSession) -> PostEditor:
        """Give an already built document (recovered, untitled) a tab of its own."""
        ...

    def open_site(self, folder: Path) -> None:
        """Make ``folder`` the open site."""
        ...

    def save(self) -> bool:
        """Save the current post; False if it was not saved."""
        ...

    def save_as(self) -> bool:
        """Save the current post under a name the writer chooses."""
        ...

    def settle_unsaved(self, editor: PostEditor, *, before_moving: bool = False) -> bool:
        """Ask about ``editor``'s unsaved text; True when the caller may go on."""
        ...

    def close_editor(self, editor: PostEditor) -> None:
        """Remove ``editor``'s tab now, without asking."""
        ...

    def mark_tab(self, editor: PostEditor, *, warning: str | None) -> None:
        """Show ``warning`` on ``editor``'s tab (icon and tooltip), or clear it with ``None``."""
        ...

    def set_theme(self, theme: str) -> None:
        """Use ``"light"``, ``"dark"`` or follow the system (``"system"``)."""
        ...

    def is_dark(self) -> bool:
        """True when the window is in its dark theme."""
        ...

    def show_status(self, message: str, timeout_ms: int = 0) -> None:
        """Show ``message`` in the status bar (for ``timeout_ms``, or until replaced)."""
        ...
