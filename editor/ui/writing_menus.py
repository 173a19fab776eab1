"""The Edit, Format, View and Help menus of the writing experience (a mixin of ViewController).

Every action is also added to the window itself, so its shortcut keeps working while the
menu bar is hidden (distraction-free writing). "Ctrl" in a shortcut is Cmd on macOS.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

if TYPE_CHECKING:
    from editor.services.settings import Settings
    from editor.ui.main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str | None
_MAC = sys.platform == "darwin"
# On macOS Cmd+H hides the app and Cmd+Shift+Q logs out.
_REPLACE_KEY = "Ctrl+Alt+F" if _MAC else "Ctrl+H"
_QUOTE_KEY = "Ctrl+Alt+Q" if _MAC else "Ctrl+Shift+Q"


class WritingMenus:
    """Builds the menus; the host provides ``window``, ``settings`` and the slots used."""

    window: MainWindow
    settings: Settings
    find_bar: Any

    def _action(
        self,
        menu: QMenu,
        text: str,
        shortcut: Shortcut,
        slot: Callable[[], object],
        name: str,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(slot)
        menu.addAction(action)
        # Also on the window, so shortcuts work while the menu bar is hidden (full screen).
        self.window.addAction(action)
        return action

    def _pane_call(self, method: str, *args: object) -> Callable[[], None]:
        def call() -> None:
            pane = self.current_pane()
            if pane is not None:
                getattr(pane, method)(*args)

        return call

    def _build_edit_menu(self) -> None:
        tr = self.tr
        menu = self.window.menuBar().addMenu(tr("&Edit"))
        standard = QKeySequence.StandardKey
        for text, key, method, name in (
            (tr("&Undo"), standard.Undo, "undo", "actionUndo"),
            (tr("&Redo"), standard.Redo, "redo", "actionRedo"),
            (None, None, None, None),
            (tr("Cu&t"), standard.Cut, "cut", "actionCut"),
            (tr("&Copy"), standard.Copy, "copy", "actionCopy"),
            (tr("&Paste"), standard.Paste, "paste", "actionPaste"),
            (tr("Select &All"), standard.SelectAll, "selectAll", "actionSelectAll"),
            (None, None, None, None),
        ):
            if text is None:
                menu.addSeparator()
                continue
            action = self._action(menu, text, key, self._pane_call(method), name)
            # The pane handles these keys itself when it has focus; the menu is for the mouse.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.actionFind = self._action(
            menu, tr("&Find…"), standard.Find, lambda: self.open_find(False), "actionFind"
        )
        self.actionReplace = self._action(
            menu, tr("&Replace…"), _REPLACE_KEY, lambda: self.open_find(True), "actionReplace"
        )
        self._action(
            menu, tr("Find &Next"), standard.FindNext, self.find_bar.find_next, "actionFindNext"
        )
        self._action(
            menu,
            tr("Find Pre&vious"),
            standard.FindPrevious,
            self.find_bar.find_previous,
            "actionFindPrevious",
        )
        self.actionFindInSite = self._action(
            menu, tr("Find in &Site…"), "Ctrl+Shift+F", self.open_site_search, "actionFindInSite"
        )
        menu.addSeparator()
        self.actionPreferences = self._action(
            menu,
            tr("Pre&ferences…"),
            standard.Preferences,
            self.show_preferences,
            "actionPreferences",
        )
        self.actionPreferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        if self.actionPreferences.shortcut().isEmpty():
            self.actionPreferences.setShortcut(QKeySequence("Ctrl+,"))

    def _build_format_menu(self) -> None:
        tr = self.tr
        menu = self.window.menuBar().addMenu(tr("F&ormat"))
        self.format_actions: dict[str, QAction] = {}
        for text, key, command in (
            (tr("&Bold"), "Ctrl+B", "bold"),
            (tr("&Italic"), "Ctrl+I", "italic"),
            (tr("&Link"), "Ctrl+K", "link"),
            (tr("&Code"), "Ctrl+E", "code"),
            (None, None, None),
            (tr("Heading Level &Up"), "Ctrl+Alt+=", "heading_up"),
            (tr("Heading Level &Down"), "Ctrl+Alt+-", "heading_down"),
            (None, None, None),
            (tr("Toggle &List"), "Ctrl+Shift+L", "list"),
            (tr("Toggle &Quote"), _QUOTE_KEY, "quote"),
            (tr("&Indent List Item"), "Ctrl+]", "indent"),
            (tr("&Outdent List Item"), "Ctrl+[", "outdent"),
        ):
            if text is None:
                menu.addSeparator()
                continue
            name = "action" + "".join(part.capitalize() for part in command.split("_"))
            self.format_actions[command] = self._action(
                menu, text, key, self._pane_call("run_edit", command), name
            )

    def _build_view_menu(self) -> None:
        tr = self.tr
        s = self.settings
        menu = self.window.menuBar().addMenu(tr("&View"))
        standard = QKeySequence.StandardKey
        self._action(menu, tr("Zoom &In"), standard.ZoomIn, self._zoom(1), "actionZoomIn")
        self._action(menu, tr("Zoom &Out"), standard.ZoomOut, self._zoom(-1), "actionZoomOut")
        self._action(menu, tr("&Actual Size"), "Ctrl+0", self._zoom(0), "actionActualSize")
        menu.addSeparator()
        self.actionLineNumbers = self._action(
            menu,
            tr("Line &Numbers"),
            None,
            lambda on: setattr(s, "show_line_numbers", on),
            "actionLineNumbers",
            True,
        )
        self.actionReadableWidth = self._action(
            menu,
            tr("&Readable Line Width"),
            None,
            lambda on: setattr(s, "line_width", (s.line_width or 80) if on else 0),
            "actionReadableWidth",
            True,
        )
        focus_menu = menu.addMenu(tr("&Focus Mode"))
        self.focus_group = QActionGroup(self)
        self.focus_actions: dict[str, QAction] = {}
        for mode, text, key in (
            ("off", tr("O&ff"), None),
            ("paragraph", tr("&Paragraph"), "Ctrl+Shift+P"),
            ("sentence", tr("&Sentence"), None),
        ):
            action = self._action(
                focus_menu,
                text,
                key,
                lambda on, m=mode: on and setattr(s, "focus_mode", m),
                f"actionFocus{mode.capitalize()}",
                True,
            )
            self.focus_group.addAction(action)
            self.focus_actions[mode] = action
        self.actionTypewriter = self._action(
            menu,
            tr("&Typewriter Scrolling"),
            "Ctrl+Shift+T",
            lambda on: setattr(s, "typewriter", on),
            "actionTypewriter",
            True,
        )
        self.actionDistractionFree = self._action(
            menu,
            tr("&Distraction-Free Writing"),
            standard.FullScreen,
            self.set_distraction_free,
            "actionDistractionFree",
            True,
        )
        if self.actionDistractionFree.shortcut().isEmpty():
            self.actionDistractionFree.setShortcut(QKeySequence("F11"))
        theme_menu = menu.addMenu(tr("T&heme"))
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for theme, text in (
            ("system", tr("Follow the &System")),
            ("light", tr("&Light")),
            ("dark", tr("&Dark")),
        ):
            action = self._action(
                theme_menu,
                text,
                None,
                lambda on, t=theme: on and setattr(s, "theme", t),
                f"actionTheme{theme.capitalize()}",
                True,
            )
            self.theme_group.addAction(action)
            self.theme_actions[theme] = action
        self._sync_view_actions()

    def _build_help_menu(self) -> None:
        menu = self.window.menuBar().addMenu(self.tr("&Help"))
        about = self._action(menu, self.tr("&About Kiji"), None, self.show_about, "actionAbout")
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about_qt = self._action(
            menu, self.tr("About &Qt"), None, QApplication.aboutQt, "actionAboutQt"
        )
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _zoom(self, step: int) -> Callable[[], None]:
        def zoom() -> None:
            self.settings.zoom = self.settings.zoom + step if step else 0

        return zoom
