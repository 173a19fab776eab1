"""The preview area: the built-in preview, and beside it the pages other helpers add.

``PreviewArea`` is the right half of the window. Its first tab is always the built-in
preview (fast, offline, the default); a helper may add a page next to it — Run Site adds
the "Site" tab that shows the post on the site's own server — and remove it again. With
only the built-in preview the tab bar is hidden, so the area looks exactly like the preview
alone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from editor.ui.preview.preview import PreviewView


class PreviewArea(QTabWidget):
    """Tabs over the preview half of the window (see the module docstring)."""

    def __init__(self, preview: PreviewView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewArea")
        self.setDocumentMode(True)
        self.setTabBarAutoHide(True)  # one page: no tab bar, just the preview
        self.preview = preview
        self.addTab(preview, self.tr("Preview"))

    def add_page(self, page: QWidget, title: str, *, show: bool = False) -> None:
        """Put ``page`` after the built-in preview (once); bring it forward when ``show``."""
        if self.indexOf(page) < 0:
            self.addTab(page, title)
        if show:
            self.setCurrentWidget(page)

    def remove_page(self, page: QWidget) -> None:
        """Take ``page`` away again; the built-in preview shows if ``page`` was in front."""
        index = self.indexOf(page)
        if index > 0:
            self.removeTab(index)

    def show_preview(self) -> None:
        """Bring the built-in preview to the front."""
        self.setCurrentWidget(self.preview)
