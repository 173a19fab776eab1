"""Window looks: light/dark palettes, the native colour scheme, distraction-free chrome."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow


def request_native_scheme(theme: str) -> None:
    """Ask Qt (6.8+) to draw native widgets in ``theme`` ("system" follows the OS again)."""
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(
            {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
                theme, Qt.ColorScheme.Unknown
            )
        )


def apply_palette(dark: bool) -> None:
    """Give the application a palette matching ``dark``.

    Where the platform switched natively (or for light) the style's own palette is used;
    platforms that cannot switch (and offscreen) get :func:`dark_palette`.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    scheme = QGuiApplication.styleHints().colorScheme()
    native = scheme == (Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    app.setPalette(app.style().standardPalette() if native or not dark else dark_palette())


def set_chrome_hidden(window: MainWindow, hidden: bool) -> None:
    """Distraction-free: full screen with only the text (preview, bars, front matter hidden)."""
    window.preview.setVisible(not hidden)
    window.menuBar().setVisible(not hidden)
    window.statusBar().setVisible(not hidden)
    window.tabs.tabBar().setVisible(not hidden)
    for editor in window.editors():
        view = getattr(editor, "front_matter_form", None)
        if view is None:
            continue
        if hidden:
            view.setProperty("kijiWasVisible", not view.isHidden())
            view.hide()
        elif view.property("kijiWasVisible"):
            view.show()
    if hidden:
        window.setProperty("kijiWasMaximized", window.isMaximized())
        window.showFullScreen()
    elif window.property("kijiWasMaximized"):
        window.showMaximized()
    else:
        window.showNormal()


def dark_palette() -> QPalette:
    """A calm dark palette for platforms where Qt cannot switch the native scheme."""
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#1e2227",
        QPalette.ColorRole.WindowText: "#d7dae0",
        QPalette.ColorRole.Base: "#16191d",
        QPalette.ColorRole.AlternateBase: "#1e2227",
        QPalette.ColorRole.Text: "#e6edf3",
        QPalette.ColorRole.Button: "#2a2f36",
        QPalette.ColorRole.ButtonText: "#d7dae0",
        QPalette.ColorRole.Highlight: "#2f6feb",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2a2f36",
        QPalette.ColorRole.ToolTipText: "#e6edf3",
        QPalette.ColorRole.PlaceholderText: "#7d8590",
        QPalette.ColorRole.Link: "#58a6ff",
        QPalette.ColorRole.Mid: "#30363d",
        QPalette.ColorRole.Dark: "#0d1117",
        QPalette.ColorRole.Light: "#3b424b",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6e7681"))
    return palette
