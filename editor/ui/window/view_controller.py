"""Edit, Format, View and Help menus, the status bar, find bars and preferences for a window.

``ViewController(window, settings)`` is the one call that installs all of it on a
window (a :class:`~editor.ui.window.window_host.WindowHost`). It follows the window's tabs (the
find bar,
statistics and focus mode always work on the current post) and applies the writer's
preferences to every text pane, now and whenever they change.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu, QMessageBox, QVBoxLayout, QWidget

from editor import __version__
from editor.core.text.utf16 import code_point_index
from editor.services.settings import Settings
from editor.ui.dialogs.cheat_sheet import CheatSheet
from editor.ui.dialogs.preferences_dialog import PreferencesDialog
from editor.ui.dialogs.shortcuts_window import ShortcutsWindow
from editor.ui.editor.find_bar import FindBar
from editor.ui.editor.focus_mode import FocusMode
from editor.ui.editor.japanese_menu import BracketPairer
from editor.ui.editor.text_menu import build_text_menu
from editor.ui.editor.text_pane import TextPane, default_font
from editor.ui.site.site_search_panel import SiteSearchPanel
from editor.ui.window.session_restore import SessionKeeper
from editor.ui.window.stats_label import StatsLabel
from editor.ui.window.theme import apply_palette, request_native_scheme, set_chrome_hidden
from editor.ui.window.writing_menus import WritingMenus

if TYPE_CHECKING:
    from editor.ui.editor.post_editor import PostEditor
    from editor.ui.window.window_host import WindowHost


class ViewController(QObject):
    """Installs the writing menus and status widgets on ``window`` and keeps them in step."""

    def __init__(
        self,
        window: WindowHost,
        settings: Settings,
        panel_toggles: Callable[[], list[QAction]] = list,
    ) -> None:
        """Install on ``window``; ``panel_toggles`` gives the View menu its panels' toggles."""
        super().__init__(window.frame())
        self._panel_toggles = panel_toggles
        self.host = window
        self.window = window.frame()  # parent of the menus, dialogs and status widgets
        self.settings = settings
        self._focus: dict[TextPane, FocusMode] = {}
        self._pane: TextPane | None = None
        self._distraction_free = False
        self.preference_notes: list[Callable[[], str]] = []
        """Lines the preferences show about what cannot be used (e.g. Git), asked each time."""
        self._docks_before_focus: list[QDockWidget] = []
        self._shortcuts: ShortcutsWindow | None = None
        self._cheat_sheet: CheatSheet | None = None

        self.find_bar = FindBar(window.frame())
        self._wrap_tabs_with(self.find_bar)
        self.site_search = SiteSearchPanel(lambda: window.site_root, window.frame())
        window.frame().addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.site_search)
        self.site_search.hide()
        self.site_search.openRequested.connect(self.open_at)
        window.closing.connect(self.site_search.shutdown)

        self.stats_label = StatsLabel(window.frame())
        self.position_label = QLabel(window.frame())
        self.position_label.setObjectName("cursorPosition")
        window.frame().statusBar().addPermanentWidget(self.position_label)
        window.frame().statusBar().addPermanentWidget(self.stats_label)

        self.menus = WritingMenus(self)
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window.frame())
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
        window.preview.set_mincho(settings.preview_typeface == "mincho")
        window.preview.set_justified(settings.preview_justified)
        self._follow_current()

    # -- building ------------------------------------------------------------------------
    def _wrap_tabs_with(self, bar: QWidget) -> None:
        """Put ``bar`` under the tabs without changing the window's splitter layout."""
        splitter = self.host.splitter
        index = splitter.indexOf(self.host.tabs)
        sizes = splitter.sizes()
        column = QWidget()
        column.setObjectName("editorColumn")
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        splitter.insertWidget(index, column)
        layout.addWidget(self.host.tabs, 1)  # moves the tabs out of the splitter
        layout.addWidget(bar)
        splitter.setSizes(sizes)
        # Sizes set before the first show can leave the preview collapsed; even it out once
        # the window has its real width.
        QTimer.singleShot(0, self, self.host.balance_splitter)

    # -- current post --------------------------------------------------------------------
    def current_pane(self) -> TextPane | None:
        """The text pane of the visible tab."""
        editor = self.host.current_editor()
        return editor.text_pane if editor is not None else None

    def _on_editor_opened(self, editor: PostEditor) -> None:
        pane = editor.text_pane
        self._focus[pane] = FocusMode(pane)
        BracketPairer(pane, lambda: self.settings.auto_pair_brackets)
        pane.cursorPositionChanged.connect(self._show_position)
        pane.context_menu_factory = self.text_menu
        self._apply_to_pane(pane)
        s = self.settings
        editor.front_matter_form.set_reading_rates(s.cjk_chars_per_minute, s.words_per_minute)
        editor.front_matter_form.excerpt_max_chars = s.excerpt_max_chars
        editor.front_matter_form.vocabularyChanged.connect(self._follow_formula)

    def text_menu(self, pane: TextPane) -> QMenu:
        """The pane's right-click menu: editing plus the Format menu's commands."""
        actions: list[QAction | None] = []
        for action in self.menus.format_menu.actions():
            actions.append(None if action.isSeparator() else action)
        return build_text_menu(pane, actions)

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
        self._follow_formula()
        self._show_position()

    def _follow_formula(self) -> None:
        """The status bar counts reading time as the current post's form would write it."""
        editor = next((e for e in self.host.editors() if e.text_pane is self._pane), None)
        if editor is not None:
            self.stats_label.set_formula(editor.front_matter_form.site_reading_formula())

    def _show_position(self) -> None:
        pane = self.current_pane()
        if pane is None:
            self.position_label.setText("")
            return
        cursor = pane.textCursor()
        self.position_label.setText(
            self.tr("Ln {0}, Col {1}").format(
                cursor.blockNumber() + 1,
                code_point_index(cursor.block().text(), cursor.positionInBlock()) + 1,
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
        editor = self.host.open_post(Path(path))
        if editor is None:
            return
        pane = editor.text_pane
        end = pane.document().characterCount() - 1
        start, stop = (pane.position_of_body_offset(at) for at in (offset, offset + length))
        cursor = pane.textCursor()
        cursor.setPosition(min(start, end))
        cursor.setPosition(min(stop, end), QTextCursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)
        pane.centerCursor()
        pane.setFocus()

    # -- preferences ---------------------------------------------------------------------
    def show_preferences(self) -> None:
        """Open the Preferences dialog (modal)."""
        notes = [note for note in (ask() for ask in self.preference_notes) if note]
        PreferencesDialog(self.settings, self.window, notes=notes).exec()

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

    def panel_toggles(self) -> list[QAction]:
        """The Posts and Problems panels' show/hide actions, for the View menu."""
        return self._panel_toggles()

    def show_shortcuts(self) -> None:
        """Open (or raise) the Keyboard Shortcuts window, listing the menus as they are now."""
        if self._shortcuts is not None:
            self._shortcuts.close()
            self._shortcuts.deleteLater()
        self._shortcuts = ShortcutsWindow(self.window)
        self._shortcuts.show()
        self._shortcuts.raise_()

    def show_cheat_sheet(self) -> None:
        """Open (or raise) the Markdown, Liquid and shortcode cheat sheet."""
        if self._cheat_sheet is None:
            self._cheat_sheet = CheatSheet(self.window)
        self._cheat_sheet.show()
        self._cheat_sheet.raise_()

    def _on_setting_changed(self, name: str) -> None:
        if name == "theme":
            self._apply_theme()
        elif name in {"cjk_chars_per_minute", "words_per_minute", "excerpt_max_chars"}:
            self._apply_rates()
        elif name == "allow_remote_images":
            self.host.preview.set_allow_remote_images(self.settings.allow_remote_images)
        elif name == "preview_typeface":
            self.host.preview.set_mincho(self.settings.preview_typeface == "mincho")
        elif name == "preview_justified":
            self.host.preview.set_justified(self.settings.preview_justified)
        else:
            for editor in self.host.editors():
                self._apply_to_pane(editor.text_pane)
        self.menus.sync_with_settings()

    def _apply_to_pane(self, pane: TextPane) -> None:
        s = self.settings
        pane.set_base_font(default_font(s.font_family, s.font_size))
        pane.set_zoom(s.zoom)
        width = s.line_width or (80 if self._distraction_free else 0)
        pane.set_line_width(width)
        pane.set_line_numbers_visible(s.show_line_numbers and not self._distraction_free)
        pane.set_typewriter(s.typewriter)
        pane.highlighter.set_dark(self.host.is_dark())
        focus = self._focus.get(pane)
        if focus is not None:
            focus.set_mode(s.focus_mode)

    def _apply_rates(self) -> None:
        s = self.settings
        self.stats_label.set_rates(s.cjk_chars_per_minute, s.words_per_minute)
        for editor in self.host.editors():
            editor.front_matter_form.set_reading_rates(s.cjk_chars_per_minute, s.words_per_minute)
            editor.front_matter_form.excerpt_max_chars = s.excerpt_max_chars
        self._follow_formula()

    # -- theme ---------------------------------------------------------------------------
    def _apply_theme(self) -> None:
        request_native_scheme(self.settings.theme)
        self.host.set_theme(self.settings.theme)

    def _on_dark_changed(self, dark: bool) -> None:
        apply_palette(dark)
        for editor in self.host.editors():
            editor.text_pane.highlighter.set_dark(dark)
            focus = self._focus.get(editor.text_pane)
            if focus is not None:
                focus.set_mode(focus.mode)  # re-dim in the new text colour

    # -- distraction-free ----------------------------------------------------------------
    def set_distraction_free(self, on: bool) -> None:
        """Full screen with only the text: preview, panels, menus, tabs and status bar hidden."""
        if on == self._distraction_free:
            return
        self._distraction_free = on
        self._escape.setEnabled(on)
        # The panels go too (Posts, Problems, Find in Site), and come back as they were.
        if on:
            docks = self.window.findChildren(QDockWidget)
            self._docks_before_focus = [dock for dock in docks if dock.isVisible()]
            for dock in self._docks_before_focus:
                dock.hide()
        else:
            for dock in self._docks_before_focus:
                dock.show()
            self._docks_before_focus = []
        set_chrome_hidden(self.host, on)
        if self.menus.actionDistractionFree.isChecked() != on:
            self.menus.actionDistractionFree.setChecked(on)
        for editor in self.host.editors():
            self._apply_to_pane(editor.text_pane)
        pane = self.current_pane()
        if pane is not None:
            pane.setFocus()

    def is_distraction_free(self) -> bool:
        """True while distraction-free writing is on."""
        return self._distraction_free
