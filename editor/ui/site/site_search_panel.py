"""Find in site: search every post's body; activating a result opens the post at the match.

The search runs in :class:`~editor.services.site_search.SiteSearchService`'s worker while
the writer types (a short pause starts it, Enter at once); matches are listed as they
stream in, grouped by post.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.site.text_search import FileHit, SearchError, SearchQuery
from editor.services.error_text import describe_error
from editor.services.site_search import MAX_HITS, SiteSearchService
from editor.ui.editor.ime_guard import guard_ime

TYPING_PAUSE_MS = 250
_HIT_ROLE = Qt.ItemDataRole.UserRole


class SiteSearchPanel(QDockWidget):
    """A dock with a query field and the matches grouped by post.

    ``openRequested(path, offset, length)`` asks the window to open ``path`` and select
    the match at ``offset`` in its body. ``searchFinished(int)`` tells how many matches
    the last search found, once all are listed.
    """

    openRequested = Signal(object, int, int)
    searchFinished = Signal(int)

    def __init__(
        self,
        site_root: Callable[[], Path | None],
        parent: QWidget | None = None,
        service: SiteSearchService | None = None,
    ) -> None:
        super().__init__(self.tr("Find in Site"), parent)
        self.setObjectName("siteSearch")
        self._site_root = site_root
        self._root: Path | None = None
        self._hits: list[FileHit] = []
        self._groups: dict[Path, QTreeWidgetItem] = {}
        self.service = service if service is not None else SiteSearchService(self)
        self.service.hits.connect(self._on_hits)
        self.service.finished.connect(self._on_finished)
        self.service.failed.connect(self._on_failed)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        self.query_field = QLineEdit(body)
        guard_ime(self.query_field)
        self.query_field.setObjectName("siteSearchField")
        self.query_field.setPlaceholderText(self.tr("Search all posts"))
        self.query_field.setClearButtonEnabled(True)
        options = QHBoxLayout()
        self.case_box = QCheckBox(self.tr("Match case"), body)
        self.word_box = QCheckBox(self.tr("Whole word"), body)
        self.regex_box = QCheckBox(self.tr("Regular expression"), body)
        for box in (self.case_box, self.word_box, self.regex_box):
            options.addWidget(box)
            box.toggled.connect(self._on_typed)
        options.addStretch(1)
        self.summary = QLabel(body)
        self.summary.setObjectName("siteSearchSummary")
        self.results = QTreeWidget(body)
        self.results.setObjectName("siteSearchResults")
        self.results.setHeaderHidden(True)
        self.results.setUniformRowHeights(True)
        layout.addWidget(self.query_field)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self.setWidget(body)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._search_typed)
        self.query_field.returnPressed.connect(self.run_search)
        self.query_field.textEdited.connect(self._on_typed)
        self.results.itemActivated.connect(self._on_activated)

    def open_search(self, text: str = "") -> None:
        """Show the panel and focus its field (with ``text`` as the query, if given)."""
        if text:
            self.query_field.setText(text)
        self.show()
        self.raise_()
        self.query_field.setFocus()
        self.query_field.selectAll()

    def query(self) -> SearchQuery:
        """The query described by the field and options."""
        return SearchQuery(
            self.query_field.text(),
            case_sensitive=self.case_box.isChecked(),
            whole_word=self.word_box.isChecked(),
            regex=self.regex_box.isChecked(),
        )

    def hits(self) -> list[FileHit]:
        """The matches listed so far for the last search."""
        return list(self._hits)

    def is_searching(self) -> bool:
        """Whether a search is still under way."""
        return self.service.is_running()

    def run_search(self) -> None:
        """Search the open site now; the results are listed as they come in."""
        self._typing.stop()
        self._clear()
        root = self._site_root()
        if root is None:
            self.service.cancel()
            self.summary.setText(self.tr("Open a site folder first."))
            return
        try:
            self.service.search(root, self.query(), MAX_HITS)
        except SearchError as error:
            self.service.cancel()
            self.summary.setText(describe_error(error))
            return
        self._root = root
        self.summary.setText(self.tr("Searching…"))

    def shutdown(self) -> None:
        """Stop the search worker (the window is closing)."""
        self._typing.stop()
        self.service.shutdown()

    def _on_typed(self) -> None:
        self._typing.start()

    def _search_typed(self) -> None:
        if self.query_field.text():
            self.run_search()
        else:  # the field was emptied: nothing to look for, nothing to complain about
            self.service.cancel()
            self._clear()
            self.summary.clear()

    def _clear(self) -> None:
        self.results.clear()
        self._hits = []
        self._groups = {}

    def _on_hits(self, batch: list[FileHit]) -> None:
        root = self._root
        for hit in batch:
            group = self._groups.get(hit.path)
            if group is None:
                shown = (
                    hit.path.relative_to(root)
                    if root and hit.path.is_relative_to(root)
                    else hit.path
                )
                group = QTreeWidgetItem(self.results, [str(shown)])
                group.setExpanded(True)
                self._groups[hit.path] = group
            snippet = hit.line_text.strip()
            if len(snippet) > 120:
                left = max(0, hit.column - 40)
                snippet = ("…" if left else "") + hit.line_text[left : left + 120] + "…"
            item = QTreeWidgetItem(group, [f"{hit.line + 1}: {snippet}"])
            item.setData(0, _HIT_ROLE, hit)
            item.setToolTip(0, hit.line_text[:500])
        self._hits.extend(batch)
        self.summary.setText(
            self.tr("{0} matches in {1} posts so far…").format(len(self._hits), len(self._groups))
        )

    def _on_finished(self, count: int) -> None:
        if not count:
            self.summary.setText(self.tr("No matches"))
        else:
            more = self.tr(" (stopped at {0})").format(MAX_HITS) if count >= MAX_HITS else ""
            self.summary.setText(
                self.tr("{0} matches in {1} posts").format(count, len(self._groups)) + more
            )
        self.searchFinished.emit(count)

    def _on_failed(self, message: str) -> None:
        self.summary.setText(message)
        self.searchFinished.emit(0)

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        hit = item.data(0, _HIT_ROLE)
        if hit is None and item.childCount():
            child = item.child(0)
            hit = child.data(0, _HIT_ROLE) if child is not None else None
        if isinstance(hit, FileHit):
            self.openRequested.emit(hit.path, hit.offset, hit.length)


def _shown_path(path: Path, root: Path | None) -> str:
    """``path`` relative to the site's folder when it is inside it."""
    return str(path.relative_to(root) if root and path.is_relative_to(root) else path)
