"""Edit, Format, View and Help menus, the status bar, find bars and preferences for a window.

``ViewController(window, settings)`` is the one call that installs all of it on a
:class:`~editor.ui.main_window.MainWindow`. It follows the window's tabs (the find bar,
statistics and focus mode always work on the current post) and applies the writer's
preferences to every text pane, now and whenever they change.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox, QVBoxLayout, QWidget

from editor import __version__
from editor.services.settings import Settings
from editor.ui.find_bar import FindBar
from editor.ui.focus_mode import FocusMode
from editor.ui.preferences_dialog import PreferencesDialog
from editor.ui.session_restore import SessionKeeper
from editor.ui.site_search import SiteSearchPanel
from editor.ui.stats_label import StatsLabel
from editor.ui.text_pane import TextPane, default_font

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow
    from editor.ui.post_editor import PostEditor

Shortcut = QKeySequence.StandardKey | str | None
_MAC = sys.platform == "darwin"
# "Ctrl" is Cmd on macOS; there Cmd+H hides the app and Cmd+Shift+Q logs out.
_REPLACE_KEY = "Ctrl+Alt+F" if _MAC else "Ctrl+H"
_QUOTE_KEY = "Ctrl+Alt+Q" if _MAC else "Ctrl+Shift+Q"


class ViewController(QObject):
    """Installs the writing menus and status widgets on ``window`` and keeps them in step."""

    def __init__(self, window: MainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._focus: dict[TextPane, FocusMode] = {}
        self._pane: TextPane | None = None
        self._distraction_free = False

        self.find_bar = FindBar(window)
        self._wrap_tabs_with(self.find_bar)
        self.site_search = SiteSearchPanel(window.site_root, window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.site_search)
        self.site_search.hide()
        self.site_search.openRequested.connect(self.open_at)

        self.stats_label = StatsLabel(window)
        self.position_label = QLabel(window)
        self.position_label.setObjectName("cursorPosition")
        window.statusBar().addPermanentWidget(self.position_label)
        window.statusBar().addPermanentWidget(self.stats_label)

        self._build_edit_menu()
        self._build_format_menu()
        self._build_view_menu()
        self._build_help_menu()
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self._escape.setEnabled(False)
        self._escape.activated.connect(lambda: self.set_distraction_free(False))

        window.editorOpened.connect(self._on_editor_opened)
        window.editorClosed.connect(self._on_editor_closed)
        window.tabs.currentChanged.connect(lambda _index: self._follow_current())
        window.darkChanged.connect(self._on_dark_changed)
        settings.changed.connect(self._on_setting_changed)
        self.session = SessionKeeper(window, settings)
        for editor in window.editors():
            self._on_editor_opened(editor)
        self._apply_theme()
        self._apply_rates()
        window.preview.set_allow_remote_images(settings.allow_remote_images)
        self._follow_current()

    # -- building ------------------------------------------------------------------------
    def _wrap_tabs_with(self, bar: QWidget) -> None:
        """Put ``bar`` under the tabs without changing the window's splitter layout."""
        splitter = self.window.splitter
        index = splitter.indexOf(self.window.tabs)
        sizes = splitter.sizes()
        column = QWidget()
        column.setObjectName("editorColumn")
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        splitter.insertWidget(index, column)
        layout.addWidget(self.window.tabs, 1)  # moves the tabs out of the splitter
        layout.addWidget(bar)
        splitter.setSizes(sizes)
        # Sizes set before the first show can leave the preview collapsed; even it out once
        # the window has its real width.
        QTimer.singleShot(0, self._balance_splitter)

    def _balance_splitter(self) -> None:
        splitter = self.window.splitter
        sizes = splitter.sizes()
        if self.window.preview.isVisible() and 0 in sizes:
            total = sum(sizes)
            splitter.setSizes([total // 2, total - total // 2])

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

    # -- current post --------------------------------------------------------------------
    def current_pane(self) -> TextPane | None:
        """The text pane of the visible tab."""
        editor = self.window.current_editor()
        return editor.text_pane if editor is not None else None

    def _on_editor_opened(self, editor: PostEditor) -> None:
        pane = editor.text_pane
        self._focus[pane] = FocusMode(pane)
        pane.cursorPositionChanged.connect(self._show_position)
        self._apply_to_pane(pane)

    def _on_editor_closed(self, editor: PostEditor) -> None:
        self._focus.pop(editor.text_pane, None)
        if self._pane is editor.text_pane:
            self._pane = None
            self.find_bar.set_pane(None)
            self.stats_label.set_pane(None)

    def _follow_current(self) -> None:
        pane = self.current_pane()
        self._pane = pane
        self.find_bar.set_pane(pane)
        self.stats_label.set_pane(pane)
        self._show_position()

    def _show_position(self) -> None:
        pane = self.current_pane()
        if pane is None:
            self.position_label.setText("")
            return
        cursor = pane.textCursor()
        self.position_label.setText(
            self.tr("Ln {0}, Col {1}").format(
                cursor.blockNumber() + 1, cursor.positionInBlock() + 1
            )
        )

    def open_find(self, replace: bool) -> None:
        """Show the find bar (with replace) for the current post."""
        if self.current_pane() is not None:
            self.find_bar.set_pane(self.current_pane())
            self.find_bar.open_find(replace)

    def open_site_search(self) -> None:
        """Show the Find in Site panel, seeded with the selected text."""
        pane = self.current_pane()
        selected = pane.textCursor().selectedText() if pane is not None else ""
        self.site_search.open_search(selected if "\u2029" not in selected else "")

    def open_at(self, path: Path, offset: int, length: int) -> None:
        """Open ``path`` and select ``length`` characters at body ``offset``."""
        editor = self.window.open_post(Path(path))
        if editor is None:
            return
        pane = editor.text_pane
        end = pane.document().characterCount() - 1
        cursor = pane.textCursor()
        cursor.setPosition(min(offset, end))
        cursor.setPosition(min(offset + length, end), QTextCursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)
        pane.centerCursor()
        pane.setFocus()

    # -- preferences ---------------------------------------------------------------------
    def show_preferences(self) -> None:
        """Open the Preferences dialog (modal)."""
        PreferencesDialog(self.settings, self.window).exec()

    def show_about(self) -> None:
        """The standard About box."""
        QMessageBox.about(
            self.window,
            self.tr("About Kiji"),
            self.tr(
                "<h3>Kiji {0}</h3><p>A Markdown editor for blog posts kept in Jekyll and "
                "Hugo sites, made with Japanese writers in mind.</p>"
            ).format(__version__),
        )

    def _zoom(self, step: int) -> Callable[[], None]:
        def zoom() -> None:
            self.settings.zoom = self.settings.zoom + step if step else 0

        return zoom

    def _on_setting_changed(self, name: str) -> None:
        if name == "theme":
            self._apply_theme()
        elif name in {"cjk_chars_per_minute", "words_per_minute"}:
            self._apply_rates()
        elif name == "allow_remote_images":
            self.window.preview.set_allow_remote_images(self.settings.allow_remote_images)
        else:
            for editor in self.window.editors():
                self._apply_to_pane(editor.text_pane)
        self._sync_view_actions()

    def _sync_view_actions(self) -> None:
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

    def _apply_to_pane(self, pane: TextPane) -> None:
        s = self.settings
        pane.set_base_font(default_font(s.font_family, s.font_size))
        pane.set_zoom(s.zoom)
        width = s.line_width or (80 if self._distraction_free else 0)
        pane.set_line_width(width)
        pane.set_line_numbers_visible(s.show_line_numbers and not self._distraction_free)
        pane.set_typewriter(s.typewriter)
        pane.highlighter.set_dark(self.window.is_dark())
        focus = self._focus.get(pane)
        if focus is not None:
            focus.set_mode(s.focus_mode)

    def _apply_rates(self) -> None:
        s = self.settings
        self.stats_label.set_rates(s.cjk_chars_per_minute, s.words_per_minute)

    # -- theme ---------------------------------------------------------------------------
    def _apply_theme(self) -> None:
        theme = self.settings.theme
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "setColorScheme"):  # Qt 6.8+: native widgets follow too
            hints.setColorScheme(
                {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
                    theme, Qt.ColorScheme.Unknown
                )
            )
        self.window.set_theme(theme)

    def _on_dark_changed(self, dark: bool) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            scheme = QGuiApplication.styleHints().colorScheme()
            native = scheme == (Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
            # Platforms that cannot switch natively (or offscreen) get a palette of our own.
            app.setPalette(app.style().standardPalette() if native or not dark else dark_palette())
        for editor in self.window.editors():
            editor.text_pane.highlighter.set_dark(dark)
            focus = self._focus.get(editor.text_pane)
            if focus is not None:
                focus.set_mode(focus.mode)  # re-dim in the new text colour

    # -- distraction-free ----------------------------------------------------------------
    def set_distraction_free(self, on: bool) -> None:
        """Full screen with only the text: preview, menus, tabs and status bar hidden."""
        if on == self._distraction_free:
            return
        self._distraction_free = on
        window = self.window
        window.preview.setVisible(not on)
        window.menuBar().setVisible(not on)
        window.statusBar().setVisible(not on)
        window.tabs.tabBar().setVisible(not on)
        self._escape.setEnabled(on)
        if on:
            self._was_maximized = window.isMaximized()
            window.showFullScreen()
        elif getattr(self, "_was_maximized", False):
            window.showMaximized()
        else:
            window.showNormal()
        if self.actionDistractionFree.isChecked() != on:
            self.actionDistractionFree.setChecked(on)
        for editor in window.editors():
            self._apply_to_pane(editor.text_pane)
            self._show_front_matter(editor, not on)
        pane = self.current_pane()
        if pane is not None:
            pane.setFocus()

    @staticmethod
    def _show_front_matter(editor: PostEditor, show: bool) -> None:
        view = getattr(editor, "front_matter_view", None)
        if view is None:
            return
        if not show:
            view.setProperty("kijiWasVisible", not view.isHidden())
            view.hide()
        elif view.property("kijiWasVisible"):
            view.show()

    def is_distraction_free(self) -> bool:
        """True while distraction-free writing is on."""
        return self._distraction_free


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
