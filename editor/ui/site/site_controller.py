"""The window's site wiring: index service, site panel and Problems docks, site menus.

Kept out of ``main_window.py`` so the window only calls a few methods: it builds one
:class:`SiteController`, which adds New Post… and Open Recent ▸ to the File menu, starts
a :class:`~editor.services.site_index.SiteIndex` when a site is opened, keeps open tabs
in line with files the site operations move or delete, installs the image paste/drop
filter on each text pane and jumps to the place of a problem.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox, QPlainTextEdit

from editor.core.post.post import PostError
from editor.core.site.site import Site
from editor.core.site.site_errors import SiteError
from editor.core.site.site_paths import real_path
from editor.core.site.vocabulary import SiteVocabulary
from editor.core.text.stats import ReadingFormula
from editor.services.error_text import describe_error
from editor.services.site_index import SiteIndex, sweep_recent_sites
from editor.ui.dialogs.new_post_dialog import NewPostDialog
from editor.ui.editor.image_drop import ImageDropFilter
from editor.ui.site.post_menu import PostMenu
from editor.ui.site.problems_view import ProblemsView
from editor.ui.site.recent_sites_menu import fill_recent_menu
from editor.ui.site.site_actions import SiteActions
from editor.ui.site.site_panel import SitePanel

if TYPE_CHECKING:
    from editor.app.container import AppServices
    from editor.ui.editor.post_editor import PostEditor
    from editor.ui.window.window_host import WindowHost

CHECK_DELAY_MS = 800


class SiteController(QObject):
    """Everything the window does with an open site (see the module docstring).

    ``filesChanged(list)`` repeats the index's ``changed``: files of the site changed on disk.
    """

    filesChanged = Signal(list)
    indexReady = Signal(list)  # the site's post paths, each time the index is ready

    def __init__(self, window: WindowHost, services: AppServices) -> None:
        """Build the docks (hidden until a site opens) and the menu entries."""
        super().__init__(window.frame())
        self._window = window
        self._services = services
        self.recent = services.recent_sites
        sweep_recent_sites(self.recent.folders())  # leftovers of saves a crash cut short
        self.index: SiteIndex | None = None
        self._index_root: Path | None = None
        self._open_newest = False
        self._problems_shown_once = False
        self._closed = False
        self._failed = False  # the open site's first index build failed
        self.actions = SiteActions(
            self.site,
            window.frame(),
            settle=self._settle,
            slug_for=services.settings.suggest_slug,
            operations=services.new_site_operations(self.site, self),
        )
        self.actions.moved.connect(self._follow_move)
        self.actions.deleted.connect(self._drop_tabs_of)
        self.actions.created.connect(lambda path: window.open_post(path))

        self.panel = SitePanel(window.frame(), services.settings)
        self.panel.openRequested.connect(lambda path: window.open_post(path))
        self.panel.newPostRequested.connect(self.new_post)
        self._follow_rates("cjk_chars_per_minute")
        services.settings.changed.connect(self._follow_rates)
        self.panel_dock = QDockWidget(self.tr("Posts"), window.frame())
        self.panel_dock.setObjectName("sitePanelDock")
        self.panel_dock.setWidget(self.panel)
        window.frame().addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.panel_dock)
        self.panel_dock.hide()

        self.problems = ProblemsView(window.frame())
        self.problems.jumpRequested.connect(self.jump_to)
        self.problems.refreshRequested.connect(self.check_now)
        self.problems_dock = QDockWidget(self.tr("Problems"), window.frame())
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems)
        window.frame().addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)

        window.editorOpened.connect(self._on_editor_opened)
        window.tabs.currentChanged.connect(lambda _index: self.follow_current_tab())
        self.actionNewPost = QAction(self.tr("&New Post…"), window.frame())
        self.actionNewPost.setObjectName("actionNewPost")
        self.actionNewPost.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.actionNewPost.triggered.connect(self.new_post)
        self.recentMenu = QMenu(self.tr("Open &Recent"), window.frame())
        self.recentMenu.setObjectName("recentMenu")
        self.recentMenu.menuAction().setObjectName("actionOpenRecent")
        self.recentMenu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()

    def add_to_file_menu(self, menu: QMenu, open_action: QAction, folder_action: QAction) -> None:
        """Put New Post… before ``open_action`` and Open Recent ▸ after ``folder_action``."""
        menu.insertAction(open_action, self.actionNewPost)
        actions = menu.actions()
        position = actions.index(folder_action) + 1
        before = actions[position] if position < len(actions) else None
        if before is None:
            menu.addMenu(self.recentMenu)
        else:
            menu.insertMenu(before, self.recentMenu)

    def panel_toggles(self) -> list[QAction]:
        """Show/hide actions of the Posts and Problems panels (for the View menu)."""
        show_posts = self.panel_dock.toggleViewAction()
        show_posts.setObjectName("actionShowPosts")
        show_posts.setShortcut(QKeySequence("Ctrl+Shift+1"))
        show_problems = self.problems_dock.toggleViewAction()
        show_problems.setObjectName("actionShowProblems")
        show_problems.setShortcut(QKeySequence("Ctrl+Shift+2"))
        return [show_posts, show_problems]

    def install_post_menu(self, before: QAction) -> PostMenu:
        """Put the Post menu in the window's menu bar before ``before`` (the Help menu)."""
        window = self._window

        def current_path() -> Path | None:
            editor = window.current_editor()
            return editor.session.path if editor is not None else None

        frame = window.frame()
        self.post_menu = PostMenu(self.actions, self.site, current_path, self.actionNewPost, frame)
        frame.menuBar().insertMenu(before, self.post_menu)
        return self.post_menu

    def follow_current_tab(self) -> None:
        """Select the current tab's post in the posts panel (and keep it selected)."""
        editor = self._window.current_editor()
        self.panel.follow_path(editor.session.path if editor is not None else None)

    # -- the site -----------------------------------------------------------------------

    def site(self) -> Site | None:
        """The open site once indexed, else ``None``."""
        return self.index.site if self.index is not None else None

    def vocabulary_for(self, path: Path | None) -> SiteVocabulary:
        """What the open site's posts use, for the form of the post at ``path``.

        Empty for a post outside the indexed site, and until the index is ready (the
        editor then gets the vocabulary when it is learnt).
        """
        if self.index is None or not self._in_site(path):
            return SiteVocabulary()
        return self.index.vocabulary

    def _in_site(self, path: Path | None) -> bool:
        root = self._index_root
        return root is not None and (path is None or real_path(Path(path)).is_relative_to(root))

    def _on_vocabulary(self, vocabulary: SiteVocabulary) -> None:
        for editor in self._window.editors():
            if self._in_site(editor.session.path):
                editor.set_vocabulary(vocabulary)

    def open_folder(self, root: Path, *, open_newest: bool) -> None:
        """Make ``root`` the open site: index it, show the panel, remember it as recent.

        With ``open_newest``, the newest post opens once the index is ready.
        """
        root = Path(root).resolve()
        self._open_newest = open_newest
        self.follow_root(root)
        self.recent.add(root)
        self._show_panel()
        if self.index is not None and self.index.is_ready():
            self._on_ready()

    def follow_root(self, root: Path | None) -> None:
        """Index ``root`` if it is not the site already indexed (``None``: keep the current)."""
        if root is None:
            return
        root = Path(root).resolve()
        if self.index is not None and self._index_root == root:
            return
        if self.index is not None:
            self.index.close()
            self.index.deleteLater()
        self._index_root = root
        self.index = self._services.new_site_index(root, self)
        self._failed = False
        self.index.ready.connect(self._on_ready)
        self.index.vocabularyChanged.connect(self._on_vocabulary)
        self.index.changed.connect(lambda _paths: self._check_timer.start())
        self.index.changed.connect(self.filesChanged)
        self.index.checked.connect(self._on_checked)
        self.index.failed.connect(self._on_failed)
        self.panel.set_index(self.index, self.actions)
        self._show_panel()
        self.index.start()

    def _show_panel(self) -> None:
        if self.panel_dock.isVisible():
            return
        self.panel_dock.show()
        # Room for Japanese titles next to date, status, tags and reading time.
        width = max(420, self._window.frame().width() // 3)
        self._window.frame().resizeDocks([self.panel_dock], [width], Qt.Orientation.Horizontal)

    def _on_ready(self) -> None:
        index = self.index
        if index is None or index.site is None or self._closed:
            return
        posts = index.posts  # sorts every post: once, not per use
        paths = [post.path for post in posts]
        # Once the list has taken the index in: what follows starts sweeps of every post
        # in workers, which would slow each of the list's calls into Python (see
        # editor.services.background).
        QTimer.singleShot(0, self, lambda: self.indexReady.emit(paths))
        if self._open_newest:
            if posts:
                self._window.open_post(posts[0].path)
            self._open_newest = False
        self.check_now()

    def _still_reading(self, path: Path) -> bool:
        """Whether the post at ``path`` is in the site whose first index build still runs
        (not one that failed to open)."""
        index = self.index
        return (
            index is not None and not index.is_ready() and not self._failed and self._in_site(path)
        )

    def _on_failed(self, message: str) -> None:
        self._failed = True
        self._open_newest = False
        QMessageBox.warning(self._window.frame(), self.tr("Cannot open the site"), message)

    def check_now(self) -> None:
        """Run the site checks again (in the worker)."""
        if self.index is not None:
            self.index.request_checks()

    def _on_checked(self, problems: list) -> None:
        self.problems.set_problems(problems, self._index_root)
        if problems and not self.problems_dock.isVisible() and not self._problems_shown_once:
            self._problems_shown_once = True
            self.problems_dock.show()
            # A strip under the editor, not half the window.
            height = max(140, self._window.frame().height() // 5)
            self._window.frame().resizeDocks(
                [self.problems_dock], [height], Qt.Orientation.Vertical
            )

    def shutdown(self) -> None:
        """Stop the index and the search worker (the window is closing)."""
        self._closed = True
        self._check_timer.stop()
        if self.index is not None:
            self.index.close()
        self.panel.shutdown()

    # -- menus --------------------------------------------------------------------------

    def _fill_recent(self) -> None:
        def open_recent(folder: Path) -> None:
            self._window.open_site(folder)

        fill_recent_menu(self.recentMenu, self.recent, open_recent, self.panel)

    def _follow_rates(self, name: str) -> None:
        """The posts list counts unwritten reading times at the writer's rates."""
        if name in {"cjk_chars_per_minute", "words_per_minute"}:
            s = self._services.settings
            formula = ReadingFormula("prose", s.cjk_chars_per_minute, s.words_per_minute)
            self.panel.model.set_reading_formula(formula)

    def new_post(self) -> Path | None:
        """Ask for a new post's details, create it and open it; return its path."""
        site = self.site()
        if site is None:
            QMessageBox.information(
                self._window.frame(),
                self.tr("New Post"),
                self.tr("Open a site folder first (File ▸ Open Folder…): new posts go into it."),
            )
            return None
        dialog = NewPostDialog(
            site, self._window.frame(), slug_for=self._services.settings.suggest_slug
        )
        try:
            if dialog.exec() != NewPostDialog.DialogCode.Accepted or dialog.created_path is None:
                return None
            path = dialog.created_path
        finally:
            dialog.deleteLater()
        self._window.open_post(path)
        self.panel.select_path(path)
        return path

    # -- tabs following files -----------------------------------------------------------

    def _editors_of(self, path: Path) -> list[PostEditor]:
        path = Path(path).resolve()
        return [
            editor
            for editor in self._window.editors()
            if editor.session.path is not None and editor.session.path.resolve() == path
        ]

    def _settle(self, path: Path) -> bool:
        """Before a site operation changes ``path``: save its unsaved edits, or give up."""
        return all(
            self._window.settle_unsaved(editor, before_moving=True)
            for editor in self._editors_of(path)
        )

    def _follow_move(self, old: Path, new: Path) -> None:
        """An open tab follows its file: same tab, same cursor, the new path and text."""
        for editor in self._editors_of(old):
            try:
                editor.session.relocate(Path(new))
            except PostError as error:
                self._window.show_status(describe_error(error), 8000)

    def _drop_tabs_of(self, path: Path) -> None:
        """The post went to the trash (the writer agreed): close its tabs without asking."""
        for editor in self._editors_of(path):
            self._window.close_editor(editor)

    # -- editors ------------------------------------------------------------------------

    def _on_editor_opened(self, editor: PostEditor) -> None:
        # The writer (or ``kiji PATH``) opened a post while the index was building: that
        # one, not the newest, is what they want to see.
        self._open_newest = False
        settings = self._services.settings
        ImageDropFilter(
            editor.text_pane,
            self.site,
            lambda: editor.session.path,
            image_folder=lambda: settings.image_folder or None,  # the preference, live
            still_reading=self._still_reading,
        )
        # Offer a rename after a save only when this save changed what the name should be:
        # a name that was already "wrong" when the post was opened is the Problems view's job.
        known = {"target": self._suggested(editor.session.path, indexed=True)}

        def on_saved(path: Path) -> None:
            target = self._suggested(path)
            if target is not None and target != known["target"]:
                known["target"] = target
                self.actions.offer_rename(Path(path))
            else:
                known["target"] = target

        editor.session.saved.connect(on_saved)
        # Publish, rename and Save As move the file: the list follows to its new row.
        editor.session.pathChanged.connect(lambda _path: self.follow_current_tab())

    def _suggested(self, path: Path | None, *, indexed: bool = False) -> Path | None:
        """Where ``path`` should live given its slug and date, or ``None`` (right, or
        unknown); ``indexed``: as the index last read the post (see ``Site.suggested_path``)."""
        site = self.site()
        if site is None or path is None:
            return None
        try:
            return site.suggested_path(path, indexed=indexed)
        except SiteError:
            return None

    def jump_to(self, path: Path, line: int) -> None:
        """Open ``path`` and put the cursor on file line ``line`` (1-based)."""
        if path.suffix.lower() not in (".md", ".markdown", ".mdown", ".mkd", ".html"):
            QMessageBox.information(
                self._window.frame(),
                self.tr("Problem"),
                self.tr("{0}, line {1}: open this file in another editor to fix it.").format(
                    path.name, line
                ),
            )
            return
        editor = self._window.open_post(path)
        if editor is None:
            return
        body_line = line - 1 - editor.session.post.body_start_line
        if body_line >= 0:
            self._put_cursor(editor.text_pane, body_line)
        else:
            # A front-matter line: show the source view; its text starts on file line 2.
            form = editor.front_matter_form
            form.show_source(True)
            self._put_cursor(form.source.editor, max(0, line - 2))

    @staticmethod
    def _put_cursor(pane: QPlainTextEdit, line: int) -> None:
        block = pane.document().findBlockByNumber(min(line, pane.document().blockCount() - 1))
        cursor = QTextCursor(block)
        pane.setTextCursor(cursor)
        pane.centerCursor()
        pane.setFocus()
