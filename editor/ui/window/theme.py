"""Window looks: light/dark palettes, the native colour scheme, distraction-free chrome."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from editor.ui.window.window_host import WindowHost


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
    if native:
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(dark_palette() if dark else light_palette())


def set_chrome_hidden(window: WindowHost, hidden: bool) -> None:
    """Distraction-free: full screen with only the text (preview, bars, front matter hidden)."""
    window.preview_area.setVisible(not hidden)
    window.frame().menuBar().setVisible(not hidden)
    window.frame().statusBar().setVisible(not hidden)
    window.tabs.tabBar().setVisible(not hidden)
    for editor in window.editors():
        view = editor.front_matter_form
        if hidden:
            view.setProperty("kijiWasVisible", not view.isHidden())
            view.hide()
        elif view.property("kijiWasVisible"):
            view.show()
    if hidden:
        window.frame().setProperty("kijiWasMaximized", window.frame().isMaximized())
        window.frame().showFullScreen()
    elif window.frame().property("kijiWasMaximized"):
        window.frame().showMaximized()
    else:
        window.frame().showNormal()


_DARK = {
    "Window": "#1e2227",
    "WindowText": "#d7dae0",
    "Base": "#16191d",
    "AlternateBase": "#1e2227",
    "Text": "#e6edf3",
    "Button": "#2a2f36",
    "ButtonText": "#d7dae0",
    "Highlight": "#2f6feb",
    "HighlightedText": "#ffffff",
    "ToolTipBase": "#2a2f36",
    "ToolTipText": "#e6edf3",
    "PlaceholderText": "#8f98a3",  # 4.5:1 on Window and Base: labels use it
    "Link": "#58a6ff",
    "Mid": "#30363d",
    "Dark": "#0d1117",
    "Light": "#3b424b",
}
_LIGHT = {
    "Window": "#efefef",
    "WindowText": "#1f2328",
    "Base": "#ffffff",
    "AlternateBase": "#f6f8fa",
    "Text": "#1f2328",
    "Button": "#efefef",
    "ButtonText": "#1f2328",
    "Highlight": "#0969da",
    "HighlightedText": "#ffffff",
    "ToolTipBase": "#ffffdc",
    "ToolTipText": "#1f2328",
    "PlaceholderText": "#59616b",  # 4.5:1 on Window and Base: labels use it
    "Link": "#0969da",
    "Mid": "#d0d7de",
    "Dark": "#a0a0a0",
    "Light": "#ffffff",
}


def _palette(colors: dict[str, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for name, color in colors.items():
        palette.setColor(getattr(QPalette.ColorRole, name), QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def dark_palette() -> QPalette:
    """A calm dark palette for platforms where Qt cannot switch the native scheme."""
    return _palette(_DARK, "#6e7681")


def light_palette() -> QPalette:
    """The light counterpart, for switching back where Qt cannot switch natively."""
    return _palette(_LIGHT, "#8c959f")
