"""The interface language, switched without a restart: the window is rebuilt in it.

Kiji's widgets take their texts when they are built, so a new language takes effect by
building the window again: the old one closes the normal way (each unsaved post is
offered Save / Discard / Cancel, and Cancel keeps everything as it is, in the old
language), its session (site, tabs, caret, scroll) is remembered, and a new window in
the new language restores it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from editor.ui.window.i18n import choose_language, install_translators

if TYPE_CHECKING:
    from editor.app.container import AppServices
    from editor.ui.window.main_window import MainWindow


def apply_language(app: QApplication, preference: str, *, explicit: bool = False) -> str:
    """Install the catalogues for ``preference`` (``system``/``en``/``ja``); return the code.

    ``explicit``: the writer just chose it in Preferences, so it wins over ``KIJI_LANG``.
    """
    language = choose_language(preference, prefer_setting=explicit)
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    install_translators(app, language)
    return language


class WindowKeeper(QObject):
    """Holds the main window and rebuilds it when the language preference changes."""

    def __init__(self, app: QApplication, services: AppServices, window: MainWindow) -> None:
        """Keep ``window`` (built from ``services``) and follow the language preference."""
        super().__init__(app)
        self._app = app
        self._services = services
        self.window = window
        services.settings.changed.connect(self._on_setting_changed)

    def _on_setting_changed(self, name: str) -> None:
        if name == "language":
            # After the Preferences dialog (a child of the old window) has closed.
            QTimer.singleShot(0, self, self.switch_language)

    def switch_language(self) -> bool:
        """Rebuild the window in the preferred language; False if the writer cancelled."""
        from editor.ui.window.main_window import MainWindow

        app, old = self._app, self.window
        apply_language(app, self._services.settings.language, explicit=True)
        geometry = old.geometry()  # the frame's, so the window stays where it was
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        try:
            if not old.close():
                return False  # Cancel on an unsaved post: the old window stays
            window = MainWindow(self._services)
            window.setGeometry(geometry)
            window.show()
            from editor.app import KijiApplication

            if isinstance(app, KijiApplication):
                app.set_file_open_handler(window.open_path)
            self.window = window
            old.deleteLater()
        finally:
            app.setQuitOnLastWindowClosed(quits)
        return True
