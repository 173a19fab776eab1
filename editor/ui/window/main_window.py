"""Kiji's main window: post tabs on the left, the live preview on the right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QWidget,
)

from editor.services.background import hold_foreground
from editor.ui.window.session_restore import restore_geometry
from editor.ui.window.welcome_view import WelcomeView

# What the light frame needs is imported above; the rest (the web engine, the renderer,
# the editor, the site and Git helpers: most of the start-up's import time) is imported
# when the window builds it, so the frame can be on screen first (``staged=True``).
if TYPE_CHECKING:
    from collections.abc import Callable

    from editor.app.container import AppServices
    from editor.services.document import DocumentSession
    from editor.services.render_worker import RenderResult
    from editor.services.settings import Settings
    from editor.ui.editor.post_editor import PostEditor
    from editor.ui.editor.text_pane import TextPane
    from editor.ui.window.window_host import WindowHost

MARKDOWN_PATTERNS = "*.md *.markdown *.mdown *.mkd *.html"


# The first screen of a long post is rendered before the rest (see ``first_screen``).
FIRST_SCREEN_LINES = 40
FIRST_SCREEN_CHARS = 4_000


def first_screen(body: str) -> str:
    """The start of ``body`` that fills the preview's first screen, in whole blocks.

    Cut at the first blank line outside a code fence after ``FIRST_SCREEN_LINES`` lines
    or ``FIRST_SCREEN_CHARS`` characters; ``body`` itself when there is no such line.
    """
    fence = ""
    offset = 0
    number = -1
    while offset < len(body):  # line by line, not splitting a long post whole
        number += 1
        end = body.find("\n", offset)
        end = len(body) if end < 0 else end
        line = body[offset:end]
        stripped = line.strip()
        if not fence and stripped.startswith(("```", "~~~")):
            fence = stripped[:3]
        elif fence and stripped.startswith(fence):
            fence = ""
        elif (
            not fence
            and not stripped
            and (number >= FIRST_SCREEN_LINES or offset >= FIRST_SCREEN_CHARS)
        ):
            return body[:offset]
        offset = end + 1
    return body


def markdown_filter() -> str:
    """The Open/Save dialogs' file filter, in the UI language."""
    return QCoreApplication.translate("MainWindow", "Markdown ({0});;All files (*)").format(
        MARKDOWN_PATTERNS
    )


class MainWindow(QMainWindow):
    """The editor window: construct it with the app's services, then call :meth:`open_post`.

    ``editorOpened(PostEditor)`` fires when a post gets its tab and ``editorClosed(PostEditor)``
    just before the tab goes, so helpers such as the journal can follow documents without
    this class knowing about them.
    """

    editorOpened = Signal(object)
    editorClosed = Signal(object)
    darkChanged = Signal(bool)
    closing = Signal()

    def __init__(
        self, services: AppServices, parent: QWidget | None = None, *, staged: bool = False
    ) -> None:
        """Build the window; with ``staged``, only its light frame (see :meth:`build_steps`)."""
        super().__init__(parent)
        self.services = services
        self.settings: Settings = services.settings
        self._theme = "system"
        self._dark = False
        self.setObjectName("mainWindow")
        self._resize_to_fit(1280, 820)
        if staged:  # shown before its helpers: mapped where it was left, not moved after
            restore_geometry(self, self.settings)
        self._site_root: Path | None = None
        self._last_request = 0
        # The post the preview shows (its session; its path, for the start's early
        # preview) and the first request made for it: results of earlier ones are of
        # another post. A post being opened previews its first screen first.
        self._preview_session: DocumentSession | None = None
        self._preview_path: Path | None = None
        self._preview_from = 0
        self._opening = False
        self._render_setup: tuple[Path | None, Path | None, bool] | None = None
        self._synced_pane: TextPane | None = None
        self._keeping_unsaved = False
        self._built = False  # until the last of build_steps() ran

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tabs)
        # The welcome view while nothing is open, the editor and preview after; the empty
        # splitter until the window is built.
        self.welcome = WelcomeView(self)
        self.central = QStackedWidget(self)
        self.central.setObjectName("centralStack")
        self.central.addWidget(self.welcome)
        self.central.addWidget(self.splitter)
        self.central.setCurrentWidget(self.splitter)
        self.setCentralWidget(self.central)
        self._status = QLabel(self)
        self.statusBar().addPermanentWidget(self._status)
        if not staged:
            for step in self.build_steps():
                step()

    def build_steps(self) -> list[Callable[[], None]]:
        """What a ``staged`` window still has to build, in order, one event-loop turn each.

        The preview comes first, so the web engine starts while the rest is built.
        """
        return [self._build_preview, self._build_site_and_menus, self._build_helpers]

    def _build_preview(self) -> None:
        from editor.ui.preview.preview import PreviewView
        from editor.ui.preview.preview_area import PreviewArea

        self._render_worker = self.services.new_render_worker(self)
        self._render_worker.rendered.connect(self._on_rendered)
        self._render_worker.failed.connect(self._on_render_failed)
        self.preview = PreviewView(self)
        self.preview.scrolledToLine.connect(self._on_preview_scrolled)
        self.preview.siteLinkClicked.connect(self.open_site_link)
        self.preview.externalLinkClicked.connect(self._open_external)
        self.preview_area = PreviewArea(self.preview, self)
        self.splitter.addWidget(self.preview_area)
        self.splitter.setSizes([640, 640])

    def _build_site_and_menus(self) -> None:
        from editor.ui.site.site_controller import SiteController
        from editor.ui.window.export_actions import ExportActions

        self.tabs.currentChanged.connect(self._on_current_tab_changed)
        self.tabs.tabCloseRequested.connect(self._close_tab_at)
        self.welcome.openFolderRequested.connect(self._ask_open_folder)
        self.welcome.openSampleRequested.connect(self.open_sample_site)
        self.welcome.openRecentRequested.connect(self.open_site)
        self.export_actions = ExportActions(
            self, self.services.new_exporters(self), site=lambda: self.site_ui.site()
        )
        self.site_ui = SiteController(self, self.services)
        self._build_menus()
        self.setAcceptDrops(True)  # a folder dropped on the window opens as the site
        self._follow_color_scheme()
        self._update_title()

    def _build_helpers(self) -> None:
        from editor.ui.editor.writing_aids import install_writing_aids
        from editor.ui.git.git_controller import GitController
        from editor.ui.site.site_server_ui import SiteServerUI
        from editor.ui.window.document_guard import DocumentGuard
        from editor.ui.window.view_controller import ViewController

        services = self.services
        # Edit/Format/View/Help menus, status statistics, find bars, preferences, session.
        self.view = ViewController(self, self.settings, self.site_ui.panel_toggles)
        # The Post menu sits before Help; the site controller owns its actions.
        self.site_ui.install_post_menu(self.view.menus.help_menu.menuAction())
        self.guard = DocumentGuard(self, services.journal)  # journal, watching, banners
        aids = install_writing_aids(self, services, self.site_ui.problems)
        self.outline, self.proofreading, self.goals = aids.outline, aids.proofreading, aids.goals
        self.site_ui.indexReady.connect(
            lambda posts: self.proofreading.set_site(self._site_root, posts)
        )
        self.git_ui = GitController(self, services, self.site_ui)  # Git menu, markers, sync
        self.view.preference_notes.append(self.git_ui.preference_note)
        self.view.preference_notes.append(self.proofreading.preference_note)
        self.site_server = SiteServerUI(self, self.site_ui.site, self.site_ui.jump_to)
        self.settings.changed.connect(self._on_setting_changed)
        self._update_welcome()
        self._built = True

    def _resize_to_fit(self, width: int, height: int) -> None:
        """Take ``width`` × ``height``, or the screen's free area if that is smaller."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, free.width()), min(height, free.height())
        self.resize(width, height)

    # -- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.actionOpen = self._action(
            self.tr("&Open…"), QKeySequence.StandardKey.Open, self._ask_open
        )
        self.actionOpenFolder = self._action(
            self.tr("Open &Folder…"), "Ctrl+Shift+O", self._ask_open_folder
        )
        self.actionSave = self._action(self.tr("&Save"), QKeySequence.StandardKey.Save, self.save)
        self.actionSaveAs = self._action(
            self.tr("Save &As…"), QKeySequence.StandardKey.SaveAs, self.save_as
        )
        self.actionClose = self._action(
            self.tr("&Close"), QKeySequence.StandardKey.Close, self.close_current_tab
        )
        self.actionQuit = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        for action in (
            self.actionOpen,
            self.actionOpenFolder,
            None,
            self.actionSave,
            self.actionSaveAs,
            None,
            self.actionClose,
            self.actionQuit,
        ):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        self.actionSave.setObjectName("actionSave")
        export_menu = QMenu(self.tr("&Export"), file_menu)
        export_menu.setObjectName("menuExport")
        export_menu.addActions(self.export_actions.actions())
        file_menu.insertMenu(self.actionClose, export_menu)
        file_menu.insertSeparator(self.actionClose)
        self.site_ui.add_to_file_menu(file_menu, self.actionOpen, self.actionOpenFolder)

    def _action(self, text: str, shortcut: QKeySequence.StandardKey | str, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        object_name = "action" + "".join(
            word.capitalize() for word in text.replace("&", "").strip("…").split()
        )
        action.setObjectName(object_name)
        return action

    # -- opening -------------------------------------------------------------------------
    def open_path(self, path: Path) -> None:
        """Open a post file, or a site folder (its newest post comes up first)."""
        path = Path(path)
        if path.is_dir():
            self.open_site(path)
        else:
            self.open_post(path)

    def open_site(self, folder: Path) -> None:
        """Make ``folder`` the open site: index it, list its posts, open the newest one.

        Its files are served to the preview.
        """
        self._set_site_root(Path(folder).resolve())
        self.site_ui.open_folder(Path(folder), open_newest=True)

    def open_sample_site(self) -> None:
        """Open a fresh copy of the bundled sample site (the original stays untouched)."""
        from editor.app import copy_sample_site

        self.open_site(copy_sample_site())

    def is_welcome_shown(self) -> bool:
        """True while the welcome view fills the window (nothing is open)."""
        return self.central.currentWidget() is self.welcome

    def _update_welcome(self) -> None:
        empty = self._site_root is None and self.tabs.count() == 0
        if empty:
            self.welcome.set_recent(self.services.recent_sites.folders())
        shown_before = self.central.currentWidget() is self.splitter
        self.central.setCurrentWidget(self.welcome if empty else self.splitter)
        if not empty and not shown_before:
            # The splitter had no real width while hidden: even it out once it has.
            QTimer.singleShot(0, self, self.balance_splitter)

    def balance_splitter(self) -> None:
        """Give the text and the preview half each when either is too narrow to use."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total and self.preview_area.isVisible() and min(sizes) < total // 4:
            self.splitter.setSizes([total // 2, total - total // 2])

    def open_post(self, path: Path) -> PostEditor | None:
        """Open the post at ``path`` in a tab (or switch to it) and focus its body."""
        path = Path(path).absolute()
        for index in range(self.tabs.count()):
            editor = self._editor_at(index)
            if editor.session.path == path:
                self.tabs.setCurrentIndex(index)
                editor.focus_body_start()
                return editor
        from editor.core.post.post import PostError
        from editor.services.document import DocumentSession
        from editor.services.error_text import describe_error

        # Workers (the index build, the preview's renderer, the proofreader) wait until
        # the tab is built, painted and coloured: each call Qt makes into Python would
        # otherwise wait for the interpreter lock (1.2 s instead of 75 ms while a
        # 50,000-post index builds; opening a 200k post stalled 380 instead of 65 ms
        # while its preview rendered and its text was proofread). Each step of a long
        # post's colouring renews the hold; a pane hidden meanwhile (the next tab of a
        # restored session) releases it, and one that stops painting (a minimized
        # window) lets them go on FOREGROUND_MAX_S after its last step.
        hold = hold_foreground()
        try:
            session = DocumentSession.open(path)
        except PostError as error:
            hold.release()
            failure = describe_error(error)
        else:
            self._opening = True
            try:
                editor = self.open_session(session)
            finally:
                self._opening = False
            editor.text_pane.call_when_settled(hold.release, meanwhile=hold.renew)
            return editor
        QMessageBox.warning(self, self.tr("Cannot open the post"), failure)
        return None

    def open_session(self, session: DocumentSession) -> PostEditor:
        """Give an already built document (a recovered or untitled post) a tab of its own."""
        from editor.core.site.siteconfig import find_site_root
        from editor.ui.editor.post_editor import PostEditor

        path = session.path
        if path is not None and (
            self._site_root is None or not path.is_relative_to(self._site_root)
        ):
            self._set_site_root(find_site_root(path))
        # What the site's posts use, from the index (no post is read for it); the site
        # controller hands the editor what the index learns later.
        editor = PostEditor(session, self, self.site_ui.vocabulary_for(path))
        editor.bodyEdited.connect(self._on_body_edited)
        session.frontMatterChanged.connect(editor.bodyEdited)  # re-render the preview header
        editor.dirtyChanged.connect(lambda _dirty, e=editor: self._update_tab(e))
        session.pathChanged.connect(lambda _path, e=editor: self._update_tab(e))
        index = self.tabs.addTab(editor, self.shown_name(path))
        self._update_welcome()
        self.tabs.setTabToolTip(index, str(path) if path else "")
        self._update_tab(editor)
        self.tabs.setCurrentIndex(index)
        self._on_current_tab_changed(index)
        self.editorOpened.emit(editor)
        editor.focus_body_start()
        return editor

    def preview_early(self, session: DocumentSession) -> None:
        """Start rendering the first screen of ``session``'s post before it has a tab.

        At start-up the preview shows the first screen as soon as the page is up, while
        the rest of the window is built; :meth:`open_session` gives the post its tab
        afterwards, and the whole post is rendered then.
        """
        from editor.core.site.site_paths import site_preview_css
        from editor.core.site.siteconfig import find_site_root

        path = session.path
        root = find_site_root(path) if path is not None else None
        self.preview.set_site_root(root)  # the first screen's images come from the site
        self.preview.set_site_css(site_preview_css(root))
        self._configure_renderer(root, path)
        # The whole post follows with the tab (the worker takes the newest request only,
        # so asking for it now could replace the first screen before that is rendered).
        self._last_request = self._render_worker.request(first_screen(session.body), session.page())
        self._preview_session, self._preview_path = None, path
        self._preview_from = self._last_request

    def open_site_link(self, url_path: str) -> PostEditor | None:
        """Open the post a link in the preview leads to (a click on ``/2025/01/01/a.html``)."""
        from editor.core.site.site_layout import detect_layout
        from editor.core.site.site_urls import post_for_link

        root = self._site_root
        site = self.site_ui.site()
        target = None
        if root is not None:
            layout = site.layout if site is not None else detect_layout(root)
            target = post_for_link(url_path, site.posts if site is not None else [], layout)
        if target is None:
            self.statusBar().showMessage(
                self.tr("No post of this site has the address {0}").format(unquote(url_path)),
                6000,
            )
            return None
        return self.open_post(target)

    @staticmethod
    def _open_external(url: QUrl) -> None:
        """A web or mail link clicked in the preview: the writer's browser or mail app."""
        QDesktopServices.openUrl(url)

    def _ask_open(self) -> None:
        start = str(self._site_root or Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open Post"), start, markdown_filter())
        if name:
            self.open_post(Path(name))

    def _ask_open_folder(self) -> None:
        start = str(self._site_root or Path.home())
        name = QFileDialog.getExistingDirectory(self, self.tr("Open Site Folder"), start)
        if name:
            self.open_site(Path(name))

    def _set_site_root(self, root: Path | None) -> None:
        from editor.core.site.site_paths import site_preview_css

        self._site_root = root
        self.preview.set_site_root(root)
        self.preview.set_site_css(site_preview_css(root))
        self.site_ui.follow_root(root)
        if hasattr(self, "proofreading"):  # not yet while the window is being built
            self.proofreading.set_site(root, [])
        self.git_ui.follow_root(root)
        self._update_welcome()

    # -- what the helpers use (WindowHost) -------------------------------------------------
    def frame(self) -> QMainWindow:
        """The window as a Qt main window (the parent of helpers' dialogs and docks)."""
        return self

    def focus_editor(self, editor: PostEditor) -> None:
        """Bring ``editor``'s tab to the front."""
        self.tabs.setCurrentWidget(editor)

    def mark_tab(self, editor: PostEditor, *, warning: str | None) -> None:
        """Show ``warning`` on ``editor``'s tab (icon and tooltip), or clear it with ``None``."""
        index = self.tabs.indexOf(editor)
        if index < 0:
            return
        if warning is None:
            self.tabs.setTabIcon(index, QIcon())
        else:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tabs.setTabIcon(index, icon)
        path = editor.session.path
        tip = str(path) if path else ""
        self.tabs.setTabToolTip(index, warning.format(tip) if warning else tip)

    def show_status(self, message: str, timeout_ms: int = 0) -> None:
        """Show ``message`` in the status bar (for ``timeout_ms``, or until replaced)."""
        self.statusBar().showMessage(message, timeout_ms)

    # -- the current post ----------------------------------------------------------------
    @property
    def site_root(self) -> Path | None:
        """The open site's folder, if any."""
        return self._site_root

    def editors(self) -> list[PostEditor]:
        """Every open post's editor, in tab order."""
        return [self._editor_at(index) for index in range(self.tabs.count())]

    def current_editor(self) -> PostEditor | None:
        """The editor of the visible tab, if any."""
        from editor.ui.editor.post_editor import PostEditor

        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, PostEditor) else None

    def _editor_at(self, index: int) -> PostEditor:
        from editor.ui.editor.post_editor import PostEditor

        widget = self.tabs.widget(index)
        assert isinstance(widget, PostEditor)
        return widget

    def _on_current_tab_changed(self, _index: int) -> None:
        editor = self.current_editor()
        if editor is not None:
            self._configure_renderer(self._site_root, editor.session.path)
            self._sync_scrolling_with(editor.text_pane)
            top_line = editor.text_pane.top_line()
            self.preview.scroll_to_line_after_update(top_line)
            session = editor.session
            if not (
                session is self._preview_session
                or (session.path is not None and session.path == self._preview_path)
            ):
                self._preview_from = self._last_request + 1  # the requests below
                if self._opening and top_line < 1:
                    self._request_first_screen(editor)
            self._preview_session, self._preview_path = session, session.path
            self._request_render(editor)
        else:  # nothing to preview: a render still on its way is of a closed post
            self._preview_session, self._preview_path = None, None
            self._preview_from = self._last_request + 1
        self._update_title()

    def _configure_renderer(self, root: Path | None, path: Path | None) -> None:
        """Give the worker a renderer for this site and post, unless it has one already
        (a fresh one would render the whole post again for nothing)."""
        setup = (root, path, self.settings.allow_remote_images)
        if setup != self._render_setup:
            self._render_setup = setup
            self._render_worker.configure(root, path, allow_remote_images=setup[2])

    def _on_setting_changed(self, name: str) -> None:
        if name == "allow_remote_images":  # the renderer decides what an <img> becomes
            self._on_current_tab_changed(self.tabs.currentIndex())

    def _sync_scrolling_with(self, pane: TextPane) -> None:
        """Make the preview follow ``pane`` (and only it) when the writer scrolls."""
        if self._synced_pane is pane:
            return
        if self._synced_pane is not None:
            self._synced_pane.topLineChanged.disconnect(self.preview.scroll_to_line)
        pane.topLineChanged.connect(self.preview.scroll_to_line)
        pane.destroyed.connect(lambda: setattr(self, "_synced_pane", None))
        self._synced_pane = pane

    def _on_body_edited(self) -> None:
        editor = self.current_editor()
        if editor is not None and editor is self.sender():
            self._request_render(editor)

    def _request_first_screen(self, editor: PostEditor) -> None:
        """For a post being opened (its whole render waits until its pane is drawn):
        render its first screen ahead of the rest, unless that is the whole post."""
        body = editor.session.body
        start = first_screen(body)
        if len(start) < len(body):
            self._last_request = self._render_worker.request_soon(start, editor.session.page())

    def _request_render(self, editor: PostEditor) -> None:
        self._last_request = self._render_worker.request(editor.session.body, editor.session.page())

    def _on_rendered(self, result: RenderResult) -> None:
        if result.seq >= self._preview_from:  # else: of a post the writer has left
            self.preview.show_result(result)

    def _on_render_failed(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("The preview could not be updated: {0}").format(message)
        )

    def _on_preview_scrolled(self, line: float) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.text_pane.scroll_to_line(line)

    # -- saving and closing --------------------------------------------------------------
    def save(self) -> bool:
        """Save the current post; returns False if it was not saved."""
        editor = self.current_editor()
        if editor is None:
            return False
        return self._save_editor(editor, None)

    def save_as(self) -> bool:
        """Save the current post under a new name chosen by the writer."""
        editor = self.current_editor()
        if editor is None:
            return False
        start = str(editor.session.path or self._site_root or Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Post As"), start, markdown_filter()
        )
        return bool(name) and self._save_editor(editor, Path(name))

    def _save_editor(self, editor: PostEditor, path: Path | None) -> bool:
        from editor.core.post.post import PostError
        from editor.services.document import SaveConflict
        from editor.services.error_text import describe_error

        if path is None and editor.session.path is None:
            self.tabs.setCurrentWidget(editor)
            return self.save_as()
        try:
            saved = editor.session.save(path)
        except SaveConflict as conflict:
            self.guard.show_save_conflict(editor, conflict)  # the writer decides, not us
            return False
        except (PostError, OSError) as error:
            QMessageBox.critical(
                self,
                self.tr("Could not save"),
                self.tr(
                    "{problem}\n\nYour text is still here, unsaved. "
                    "Try Save As to keep it somewhere else."
                ).format(problem=describe_error(error)),
            )
            return False
        self.statusBar().showMessage(self.tr("Saved {0}").format(saved.name), 4000)
        return True

    def close_current_tab(self) -> bool:
        """Close the visible tab, asking first if it has unsaved changes."""
        return self._close_tab_at(self.tabs.currentIndex())

    def _close_tab_at(self, index: int) -> bool:
        if index < 0:
            return False
        editor = self._editor_at(index)
        if not self.settle_unsaved(editor):
            return False
        self.close_editor(editor)
        return True

    def close_editor(self, editor: PostEditor) -> None:
        """Remove ``editor``'s tab now, without asking (the one way a tab goes away).

        Helpers that follow the editor (journal, watcher, find bar) hear ``editorClosed``
        first. Callers settle unsaved text before, or know it is gone (moved to the trash).
        """
        index = self.tabs.indexOf(editor)
        if index < 0:
            return
        self.editorClosed.emit(editor)
        self.tabs.removeTab(index)
        editor.deleteLater()
        if self.tabs.count() == 0:
            self._update_title()
            self._update_welcome()

    def settle_unsaved(self, editor: PostEditor, *, before_moving: bool = False) -> bool:
        """Ask about an unsaved post; True when the caller may go on.

        Before closing: Save / Discard / Cancel. Before a site operation moves the file
        (``before_moving``): Save / Cancel, since the move needs the text on disk.
        """
        editor.front_matter_form.commit_pending()  # a field still being typed in counts
        if not editor.session.is_dirty:
            return True
        self.tabs.setCurrentWidget(editor)
        name = self.shown_name(editor.session.path)
        buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel
        if before_moving:
            question = self.tr("“{0}” has unsaved changes. Save them first?").format(name)
        else:
            question = self.tr("Save the changes to “{0}” before closing?").format(name)
            buttons |= QMessageBox.StandardButton.Discard
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), question, buttons, QMessageBox.StandardButton.Save
        )
        if answer == QMessageBox.StandardButton.Save:
            return self._save_editor(editor, None)
        return answer == QMessageBox.StandardButton.Discard

    def close_keeping_unsaved(self) -> bool:
        """Close now without asking: unsaved text stays in the journal for the next start.

        For the end of a session (SIGTERM, Ctrl+C, logout): nobody may be there to answer
        "Save changes?". Returns whether the window closed.
        """
        self._keeping_unsaved = True
        self.guard.keep_unsaved_for_next_start()
        return self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if not self._built:  # a staged window being built: nothing is open to settle yet
            event.ignore()
            return
        for index in range(0 if self._keeping_unsaved else self.tabs.count()):
            if not self.settle_unsaved(self._editor_at(index)):
                event.ignore()
                return
        self.closing.emit()
        self._render_worker.shutdown()
        self.site_ui.shutdown()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt override
        if self._dropped_folder(event) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # Qt override
        folder = self._dropped_folder(event)
        if folder is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.open_site(folder)

    @staticmethod
    def _dropped_folder(event: QDropEvent | QDragEnterEvent) -> Path | None:
        """The local folder being dragged onto the window, if it is one."""
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile() and Path(urls[0].toLocalFile()).is_dir():
            return Path(urls[0].toLocalFile())
        return None

    # -- looks ---------------------------------------------------------------------------
    def shown_name(self, path: Path | None) -> str:
        """A post's name in its tab, the title bar and questions: the file's name, with its
        folder for a page bundle's ``index.md`` (every Hugo bundle post has that name)."""
        if path is None:
            return self.tr("Untitled")
        if path.stem in ("index", "_index") and path.parent.name:
            return f"{path.parent.name}/{path.name}"
        return path.name

    def _update_tab(self, editor: PostEditor) -> None:
        index = self.tabs.indexOf(editor)
        path = editor.session.path
        name = self.shown_name(path)
        self.tabs.setTabText(index, ("● " if editor.session.is_dirty else "") + name)
        if path:
            self.tabs.setTabToolTip(index, str(path))
        if editor is self.current_editor():
            self._update_title()

    def _update_title(self) -> None:
        editor = self.current_editor()
        if editor is None:
            self.setWindowTitle("Kiji")
            self.setWindowModified(False)
            return
        path = editor.session.path
        self.setWindowTitle(f"{self.shown_name(path)}[*] — Kiji")
        self.setWindowModified(editor.session.is_dirty)

    def _follow_color_scheme(self) -> None:
        hints = QGuiApplication.styleHints()
        # A bound method, not a lambda: Qt drops the connection when this window is gone.
        hints.colorSchemeChanged.connect(self._on_color_scheme_changed)
        QTimer.singleShot(0, self._apply_color_scheme)

    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self._apply_color_scheme()

    def set_theme(self, theme: str) -> None:
        """Use the ``"light"`` or ``"dark"`` theme, or follow the system (``"system"``)."""
        self._theme = theme
        self._apply_color_scheme()

    def is_dark(self) -> bool:
        """True when the window is in its dark theme."""
        return self._dark

    def _apply_color_scheme(self) -> None:
        scheme = QGuiApplication.styleHints().colorScheme()
        dark = self._theme == "dark" or (self._theme == "system" and scheme == Qt.ColorScheme.Dark)
        self.preview.set_dark(dark)
        if dark != self._dark:
            self._dark = dark
            self.darkChanged.emit(dark)


if TYPE_CHECKING:

    def _is_a_window_host(window: MainWindow) -> WindowHost:
        return window  # mypy checks here that MainWindow provides all of WindowHost
