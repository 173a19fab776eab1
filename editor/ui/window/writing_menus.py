"""The Edit, Format, View and Help menus of the writing experience.

``WritingMenus(host)`` builds them on the host's window; the host (the view controller)
is anything that satisfies :class:`WritingHost`: the window, the settings, the find bar
and the slots the menus call. Composed, not mixed in: the menus own their actions, the
host owns what they do.

Every action is also added to the window itself, so its shortcut keeps working while the
menu bar is hidden (distraction-free writing). "Ctrl" in a shortcut is Cmd on macOS.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from editor.ui.editor.japanese_menu import JapaneseMenu
from editor.ui.window.format_menu import FormatInserts

if TYPE_CHECKING:
    from editor.services.settings import Settings
    from editor.ui.editor.find_bar import FindBar
    from editor.ui.editor.text_pane import TextPane

Shortcut = QKeySequence.StandardKey | str | None
_MAC = sys.platform == "darwin"
# On macOS Cmd+H hides the app and Cmd+Shift+Q logs out.
_REPLACE_KEY = "Ctrl+Alt+F" if _MAC else "Ctrl+H"
_QUOTE_KEY = "Ctrl+Alt+Q" if _MAC else "Ctrl+Shift+Q"


class WritingHost(Protocol):
    """What the writing menus need from whoever installs them."""

    @property
    def window(self) -> QMainWindow:
        """The window whose menu bar gets the menus."""
        ...

    @property
    def settings(self) -> Settings:
        """The application's settings (the view toggles follow them)."""
        ...

    @property
    def find_bar(self) -> FindBar:
        """The find bar the Find actions open."""
        ...

    def current_pane(self) -> TextPane | None:
        """The text pane the edit and format actions work on."""

    def open_find(self, replace: bool) -> None:
        """Show the find bar (with replace)."""

    def open_site_search(self) -> None:
        """Show Find in Site."""

    def set_distraction_free(self, on: bool) -> None:
        """Enter or leave distraction-free writing."""

    def show_preferences(self) -> None:
        """Open the preferences."""

    def show_about(self) -> None:
        """Show the About box."""

    def show_shortcuts(self) -> None:
        """Show the Keyboard Shortcuts window."""

    def show_cheat_sheet(self) -> None:
        """Show the Markdown, Liquid and shortcode cheat sheet."""

    def panel_toggles(self) -> list[QAction]:
        """Show/hide actions of the window's panels (Posts, Problems…), for the View menu."""


class WritingMenus(QObject):
    """Builds the Edit, Format, View and Help menus on ``host.window`` and owns their actions."""

    def __init__(self, host: WritingHost) -> None:
        super().__init__(host.window)
        self._host = host
        self.window = host.window
        self.settings = host.settings
        self._build_edit_menu()
        self._build_format_menu()
        self._build_view_menu()
        self._build_help_menu()

    def sync_with_settings(self) -> None:
        """Tick the checkable view actions to match the settings (without re-triggering)."""
        s = self.settings
        for action, checked in (
            (self.actionLineNumbers, s.show_line_numbers),
            (self.actionReadableWidth, s.line_width > 0),
            (self.actionTypewriter, s.typewriter),
            (self.focus_actions[s.focus_mode], True),
            (self.theme_actions[s.theme], True),
        ):
            if action.isChecked() != checked:
                action.blockSignals(True)
                action.setChecked(checked)
                action.blockSignals(False)

    def _action(
        self,
        menu: QMenu,
        text: str,
        shortcut: Shortcut,
        slot: Callable[..., object],
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
            pane = self._host.current_pane()
            if pane is not None:
                getattr(pane, method)(*args)

        return call

    def _build_edit_menu(self) -> None:
        menu = self.window.menuBar().addMenu(self.tr("&Edit"))
        standard = QKeySequence.StandardKey
        entries: list[tuple[str, Shortcut, str, str] | None] = [
            (self.tr("&Undo"), standard.Undo, "undo", "actionUndo"),
            (self.tr("&Redo"), standard.Redo, "redo", "actionRedo"),
            None,
            (self.tr("Cu&t"), standard.Cut, "cut", "actionCut"),
            (self.tr("&Copy"), standard.Copy, "copy", "actionCopy"),
            (self.tr("&Paste"), standard.Paste, "paste", "actionPaste"),
            (self.tr("Select &All"), standard.SelectAll, "selectAll", "actionSelectAll"),
            None,
        ]
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            text, key, method, name = entry
            action = self._action(menu, text, key, self._pane_call(method), name)
            # The pane handles these keys itself when it has focus; the menu is for the mouse.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.actionFind = self._action(
            menu,
            self.tr("&Find…"),
            standard.Find,
            lambda: self._host.open_find(False),
            "actionFind",
        )
        self.actionReplace = self._action(
            menu,
            self.tr("&Replace…"),
            _REPLACE_KEY,
            lambda: self._host.open_find(True),
            "actionReplace",
        )
        self._action(
            menu,
            self.tr("Find &Next"),
            standard.FindNext,
            self._host.find_bar.find_next,
            "actionFindNext",
        )
        self._action(
            menu,
            self.tr("Find Pre&vious"),
            standard.FindPrevious,
            self._host.find_bar.find_previous,
            "actionFindPrevious",
        )
        self.actionFindInSite = self._action(
            menu,
            self.tr("Find in &Site…"),
            "Ctrl+Shift+F",
            self._host.open_site_search,
            "actionFindInSite",
        )
        menu.addSeparator()
        self.actionPreferences = self._action(
            menu,
            self.tr("Pre&ferences…"),
            standard.Preferences,
            self._host.show_preferences,
            "actionPreferences",
        )
        self.actionPreferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        if self.actionPreferences.shortcut().isEmpty():
            self.actionPreferences.setShortcut(QKeySequence("Ctrl+,"))

    def _build_format_menu(self) -> None:
        menu = self.window.menuBar().addMenu(self.tr("F&ormat"))
        self.format_actions: dict[str, QAction] = {}
        entries: list[tuple[str, str, str] | None] = [
            (self.tr("&Bold"), "Ctrl+B", "bold"),
            (self.tr("&Italic"), "Ctrl+I", "italic"),
            (self.tr("&Link"), "Ctrl+K", "link"),
            (self.tr("&Code"), "Ctrl+E", "code"),
            None,
            (self.tr("Heading Level &Up"), "Ctrl+Alt+=", "heading_up"),
            (self.tr("Heading Level &Down"), "Ctrl+Alt+-", "heading_down"),
            None,
            (self.tr("Toggle &List"), "Ctrl+Shift+L", "list"),
            (self.tr("Toggle &Quote"), _QUOTE_KEY, "quote"),
            (self.tr("&Indent List Item"), "Ctrl+]", "indent"),
            (self.tr("&Outdent List Item"), "Ctrl+[", "outdent"),
        ]
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            text, key, command = entry
            name = "action" + "".join(part.capitalize() for part in command.split("_"))
            self.format_actions[command] = self._action(
                menu, text, key, self._pane_call("run_edit", command), name
            )
        self.format_menu = menu
        self.inserts = FormatInserts(menu, self._action, self._host.current_pane, self.window)
        menu.addSeparator()
        self.japanese = JapaneseMenu(menu, self._host.current_pane, self.settings)

    def _build_view_menu(self) -> None:
        s = self.settings
        menu = self.window.menuBar().addMenu(self.tr("&View"))
        menu.setObjectName("menuView")
        standard = QKeySequence.StandardKey
        self._action(menu, self.tr("Zoom &In"), standard.ZoomIn, self._zoom(1), "actionZoomIn")
        self._action(menu, self.tr("Zoom &Out"), standard.ZoomOut, self._zoom(-1), "actionZoomOut")
        self._action(menu, self.tr("&Actual Size"), "Ctrl+0", self._zoom(0), "actionActualSize")
        menu.addSeparator()
        self.actionLineNumbers = self._action(
            menu,
            self.tr("Line &Numbers"),
            None,
            lambda on: setattr(s, "show_line_numbers", on),
            "actionLineNumbers",
            True,
        )
        self.actionReadableWidth = self._action(
            menu,
            self.tr("&Readable Line Width"),
            None,
            lambda on: setattr(s, "line_width", (s.line_width or 80) if on else 0),
            "actionReadableWidth",
            True,
        )
        focus_menu = menu.addMenu(self.tr("&Focus Mode"))
        self.focus_group = QActionGroup(self)
        self.focus_actions: dict[str, QAction] = {}
        for mode, text, key in (
            ("off", self.tr("O&ff"), None),
            ("paragraph", self.tr("&Paragraph"), "Ctrl+Shift+P"),
            ("sentence", self.tr("&Sentence"), None),
        ):
            action = self._action(
                focus_menu,
                text,
                key,
                _when_checked(s, "focus_mode", mode),
                f"actionFocus{mode.capitalize()}",
                True,
            )
            self.focus_group.addAction(action)
            self.focus_actions[mode] = action
        self.actionTypewriter = self._action(
            menu,
            self.tr("&Typewriter Scrolling"),
            "Ctrl+Shift+T",
            lambda on: setattr(s, "typewriter", on),
            "actionTypewriter",
            True,
        )
        menu.addSeparator()
        for toggle in self._host.panel_toggles():
            menu.addAction(toggle)
            self.window.addAction(toggle)
        menu.addSeparator()
        self.actionDistractionFree = self._action(
            menu,
            self.tr("&Distraction-Free Writing"),
            standard.FullScreen,
            self._host.set_distraction_free,
            "actionDistractionFree",
            True,
        )
        if self.actionDistractionFree.shortcut().isEmpty():
            self.actionDistractionFree.setShortcut(QKeySequence("F11"))
        theme_menu = menu.addMenu(self.tr("T&heme"))
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for theme, text in (
            ("system", self.tr("Follow the &System")),
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
        ):
            action = self._action(
                theme_menu,
                text,
                None,
                _when_checked(s, "theme", theme),
                f"actionTheme{theme.capitalize()}",
                True,
            )
            self.theme_group.addAction(action)
            self.theme_actions[theme] = action
        self.sync_with_settings()

    def _build_help_menu(self) -> None:
        menu = self.window.menuBar().addMenu(self.tr("&Help"))
        self.help_menu = menu
        self.actionShortcuts = self._action(
            menu,
            self.tr("&Keyboard Shortcuts"),
            "Ctrl+/",
            self._host.show_shortcuts,
            "actionKeyboardShortcuts",
        )
        self.actionCheatSheet = self._action(
            menu,
            self.tr("Markdown && Liquid &Cheat Sheet"),
            None,
            self._host.show_cheat_sheet,
            "actionCheatSheet",
        )
        menu.addSeparator()
        about = self._action(
            menu, self.tr("&About Kiji"), None, self._host.show_about, "actionAbout"
        )
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about_qt = self._action(
            menu, self.tr("About &Qt"), None, QApplication.aboutQt, "actionAboutQt"
        )
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _zoom(self, step: int) -> Callable[[], None]:
        def zoom() -> None:
            self.settings.zoom = self.settings.zoom + step if step else 0

        return zoom


def _when_checked(settings: Settings, name: str, value: str) -> Callable[[bool], None]:
    """A slot for one action of an exclusive group: checking it sets ``name`` to ``value``."""

    def apply(on: bool) -> None:
        if on:
            setattr(settings, name, value)

    return apply
