"""The site panel: every post and draft of the open site, sortable, filterable, searchable.

It shows what a :class:`~editor.services.site_index.SiteIndex` knows and follows its
``changed`` signal row by row. Typing in the search field filters titles at once; the
full-text answer comes from a worker (:mod:`editor.ui.site.post_search`) and is merged in
when it arrives, so typing never waits for the disk.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from editor.core.site.post_entries import PostEntry
from editor.services.settings import Settings
from editor.services.site_index import SiteIndex
from editor.ui.editor.ime_guard import guard_ime
from editor.ui.site.foreground_paint import ForegroundTableView
from editor.ui.site.post_columns import PostColumns, size_columns
from editor.ui.site.post_filter import PostFilterProxy
from editor.ui.site.post_list_model import (
    DATE,
    NEWEST_FIRST,
    TITLE,
    PostListModel,
    status_label,
)
from editor.ui.site.post_search import FullTextSearcher, SearchResult
from editor.ui.site.site_actions import SiteActions, add_post_commands

STREAMED_ROWS = 800
"""How many rows the posts list shows while a site is still being read."""


WARMED_POSTS = 5_000
"""How many of the newest posts the full-text search reads ahead when the site opens."""


class SitePanel(QWidget):
    """Lists the site's posts; ``openRequested(Path)`` when the writer opens one."""

    openRequested = Signal(object)
    newPostRequested = Signal()

    def __init__(self, parent: QWidget | None = None, settings: Settings | None = None) -> None:
        """An empty panel; :meth:`set_index` gives it a site.

        ``settings`` remembers the chosen columns (without it the defaults apply).
        """
        super().__init__(parent)
        self.setObjectName("sitePanel")
        self._index: SiteIndex | None = None
        self._loading: tuple[int, int] | None = None
        self._searching_texts = False  # a full-text answer is still to come
        self._followed: Path | None = None
        self.site_actions: SiteActions | None = None
        self.model = PostListModel(self)
        self.proxy = PostFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.searcher = FullTextSearcher(parent=self)
        self.searcher.found.connect(self._on_text_found)

        self.search = QLineEdit(self)
        guard_ime(self.search)
        self.search.setObjectName("siteSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search titles and text"))
        self.search.textChanged.connect(self._on_search_changed)
        self.search.returnPressed.connect(self._open_first)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in ("draft", "scheduled", "published"):
            self.status_filter.addItem(status_label(status), status)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(self.status_filter.currentData() or "")
        )
        self.tag_filter = self._name_filter("tagFilter", self.proxy.set_tag)
        self.category_filter = self._name_filter("categoryFilter", self.proxy.set_category)

        self.table = ForegroundTableView(self)
        self.table.setObjectName("postTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # The title takes what the other columns leave; no sideways scrolling.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.setMinimumSectionSize(36)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        size_columns(self.table)
        self.columns = PostColumns(header, settings)
        self.table.activated.connect(self._on_activated)
        self.table.installEventFilter(self)  # the Delete key moves the post to the trash
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("postCount")
        self.count_label.setContentsMargins(2, 0, 2, 0)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        filters = QHBoxLayout()
        self._filters = filters
        filters.setSpacing(4)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.category_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._update_count()

    def add_filter_widget(self, widget: QWidget) -> None:
        """Put ``widget`` at the end of the filter row (e.g. the Git "changed" toggle)."""
        self._filters.addWidget(widget)

    def _name_filter(self, name: str, apply) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.currentIndexChanged.connect(lambda _i: apply(combo.currentData() or ""))
        return combo

    # -- the site -----------------------------------------------------------------------

    def set_index(self, index: SiteIndex, actions: SiteActions | None = None) -> None:
        """Show the posts of ``index`` (now, or once it is ready) and follow its changes."""
        if self._index is not None:
            self._index.ready.disconnect(self._on_ready)
            self._index.changed.disconnect(self._on_changed)
            self._index.progress.disconnect(self._on_progress)
            self._index.entriesArrived.disconnect(self._on_entries_arrived)
        self._index = index
        self.site_actions = actions
        index.ready.connect(self._on_ready)
        index.changed.connect(self._on_changed)
        index.progress.connect(self._on_progress)
        index.entriesArrived.connect(self._on_entries_arrived)
        if index.is_ready():
            self._on_ready()
        else:
            self._loading = (0, 0)
            self.model.set_entries([])

    def _on_progress(self, read: int, total: int) -> None:
        """The first build read ``read`` of ``total`` posts: say so under the list."""
        self._loading = (read, total)
        self._update_count()

    def _on_entries_arrived(self, entries: list[PostEntry]) -> None:
        """List the posts the first build has read so far (the list fills as they come).

        Up to :data:`STREAMED_ROWS`: each batch re-sorts the list on the UI thread, which
        grows with the list (136 ms per batch at 4,000 rows, measured with
        bench_open_post.py); past that the list is long enough to browse, and the rest
        comes with ``ready`` while the count keeps saying how far the reading is.
        """
        if self.model.rowCount() >= STREAMED_ROWS:
            return
        self.model.add_entries(entries[: STREAMED_ROWS - self.model.rowCount()])
        self._reselect()

    def _on_ready(self) -> None:
        assert self._index is not None
        self._loading = None
        entries = self._index.posts
        self.model.set_entries(entries, sorted_by=NEWEST_FIRST)
        self._reselect()
        self._fill_name_filters()
        self.searcher.invalidate()
        # The newest posts only: a search reads the others when it needs them, and the
        # whole text of a 50,000-post site would be hundreds of megabytes kept in memory.
        paths = [entry.path for entry in entries[:WARMED_POSTS]]
        QTimer.singleShot(0, self, lambda: self.searcher.warm(paths))  # after the list's paint
        self.model.fold_titles_ahead()
        self._search_text()

    def _on_changed(self, paths: list[Path]) -> None:
        site = self._index.site if self._index is not None else None
        if site is None:
            return
        self.model.update_paths(paths, site.entries)
        self._reselect()
        self._fill_name_filters()
        self.searcher.invalidate()
        self._search_text()

    def _fill_name_filters(self) -> None:
        site = self._index.site if self._index is not None else None
        if site is None:
            return
        tags, categories = site.post_name_counts()  # counted in the worker at first
        self._refill(self.tag_filter, self.tr("All tags"), tags)
        self._refill(self.category_filter, self.tr("All categories"), categories)

    @staticmethod
    def _refill(combo: QComboBox, everything: str, counts: Counter[str]) -> None:
        chosen = combo.currentData() or ""
        names = sorted(counts, key=lambda name: (-counts[name], name.casefold()))
        wanted = ["", *names]
        if [combo.itemData(i) for i in range(combo.count())] == wanted:
            return
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for name in names:
            combo.addItem(f"{name} ({counts[name]})", name)
        position = combo.findData(chosen)
        combo.setCurrentIndex(max(0, position))
        combo.blockSignals(False)
        if position < 0 and chosen:
            combo.currentIndexChanged.emit(0)

    # -- searching ----------------------------------------------------------------------

    def _on_search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._search_text()

    def _search_text(self) -> None:
        needle = self.search.text().strip()
        paths = (entry.path for entry in self.model.entries_view()) if needle else ()
        self.searcher.search(needle, paths)  # for nothing: stops the search running
        self._searching_texts = bool(needle)
        self._update_count()

    def _on_text_found(self, result: SearchResult) -> None:
        """Show the posts whose text matches, as they are found (a big site's answer
        comes in parts: the newest posts first)."""
        if result.needle != self.search.text().strip():
            return
        self._searching_texts = not result.complete
        self.proxy.add_text_matches(result.needle, result.paths)
        self._update_count()

    # -- rows ---------------------------------------------------------------------------

    def visible_entries(self) -> list[PostEntry]:
        """The entries shown, in the order shown."""
        return [self.model.entry_at(row) for row in self.proxy.source_rows()]

    def follow_path(self, path: Path | None) -> None:
        """Keep the row of ``path`` (the post in the current tab) selected, also after the
        list changes (a publish or rename moves the file, the index fills or refreshes)."""
        self._followed = Path(path) if path is not None else None
        if path is None:
            self.table.clearSelection()
        else:
            self.select_path(path)

    def _reselect(self) -> None:
        if self._followed is not None:
            self.select_path(self._followed)

    def select_path(self, path: Path) -> None:
        """Select the row of ``path`` if it is shown."""
        row = self.model.row_of(Path(path))
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _entry_at(self, index: QModelIndex) -> PostEntry | None:
        if not index.isValid():
            return None
        return self.model.entry_at(self.proxy.mapToSource(index).row())

    def _on_activated(self, index: QModelIndex) -> None:
        entry = self._entry_at(index)
        if entry is not None:
            self.openRequested.emit(entry.path)

    def _open_first(self) -> None:
        """Enter in the search field opens the first post listed."""
        first = self.proxy.index(0, TITLE)
        if first.isValid():
            self.table.setCurrentIndex(first)
            self._on_activated(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self._delete_current()
            return True
        return super().eventFilter(watched, event)

    def _delete_current(self) -> None:
        entry = self._entry_at(self.table.currentIndex())
        if entry is not None and self.site_actions is not None:
            self.site_actions.delete(entry.path)

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self._loading is not None:
            read, files = self._loading
            text = (
                self.tr("Reading posts… {0} / {1}").format(read, files)
                if files
                else self.tr("Reading posts…")
            )
        elif shown == total:
            text = self.tr("%n post(s)", "", total)
        else:
            text = self.tr("{0} of {1} posts").format(shown, total)
        if self._searching_texts and self._loading is None:
            text = self.tr("{0} · searching the posts’ text…").format(text)
        self.count_label.setText(text)

    def menu_for(self, entry: PostEntry) -> QMenu:
        """The context menu of ``entry``'s row (also used by tests)."""
        menu = QMenu(self)
        path = entry.path
        menu.addAction(self.tr("Open"), lambda: self.openRequested.emit(path))
        actions = self.site_actions
        if actions is not None:
            add_post_commands(menu, actions.commands(), path, entry.kind == "draft" or entry.draft)
        menu.addSeparator()
        menu.addAction(self.tr("New Post…"), self.newPostRequested.emit)
        return menu

    def _show_menu(self, point: QPoint) -> None:
        entry = self._entry_at(self.table.indexAt(point))
        if entry is None:
            menu = QMenu(self)
            menu.addAction(self.tr("New Post…"), self.newPostRequested.emit)
        else:
            menu = self.menu_for(entry)
        menu.exec(self.table.viewport().mapToGlobal(point))

    def shutdown(self) -> None:
        """Stop the search worker."""
        self.searcher.shutdown()
