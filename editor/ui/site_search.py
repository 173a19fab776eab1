"""Find in site: search every post's body; activating a result opens the post at the match."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
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

from editor.core.discovery import site_documents
from editor.core.search import FileHit, SearchError, SearchQuery, search_files
from editor.core.site_errors import SiteError
from editor.core.site_layout import detect_layout
from editor.services.error_text import describe_error

MAX_HITS = 2000
_HIT_ROLE = Qt.ItemDataRole.UserRole


class SiteSearchPanel(QDockWidget):
    """A dock with a query field and the matches grouped by post.

    ``openRequested(path, offset, length)`` asks the window to open ``path`` and select
    the match at ``offset`` in its body.
    """

    openRequested = Signal(object, int, int)

    def __init__(self, site_root: Callable[[], Path | None], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Find in Site"), parent)
        self.setObjectName("siteSearch")
        self._site_root = site_root
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        self.query_field = QLineEdit(body)
        self.query_field.setObjectName("siteSearchField")
        self.query_field.setPlaceholderText(self.tr("Search all posts"))
        self.query_field.setClearButtonEnabled(True)
        options = QHBoxLayout()
        self.case_box = QCheckBox(self.tr("Match case"), body)
        self.word_box = QCheckBox(self.tr("Whole word"), body)
        self.regex_box = QCheckBox(self.tr("Regular expression"), body)
        for box in (self.case_box, self.word_box, self.regex_box):
            options.addWidget(box)
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
        self.query_field.returnPressed.connect(self.run_search)
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

    def run_search(self) -> list[FileHit]:
        """Search the open site now and list the results; returns the hits."""
        self.results.clear()
        root = self._site_root()
        if root is None:
            self.summary.setText(self.tr("Open a site folder first."))
            return []
        try:
            files = site_documents(detect_layout(root))
            hits = list(search_files(files, self.query(), MAX_HITS))
        except SearchError as error:
            self.summary.setText(str(error))
            return []
        except (OSError, SiteError) as error:
            self.summary.setText(describe_error(error))
            return []
        groups: dict[Path, QTreeWidgetItem] = {}
        for hit in hits:
            group = groups.get(hit.path)
            if group is None:
                group = QTreeWidgetItem(self.results, [str(hit.path.relative_to(root))])
                groups[hit.path] = group
            snippet = hit.line_text.strip()
            if len(snippet) > 120:
                left = max(0, hit.column - 40)
                snippet = ("…" if left else "") + hit.line_text[left : left + 120] + "…"
            item = QTreeWidgetItem(group, [f"{hit.line + 1}: {snippet}"])
            item.setData(0, _HIT_ROLE, hit)
            item.setToolTip(0, hit.line_text[:500])
        self.results.expandAll()
        if not hits:
            self.summary.setText(self.tr("No matches"))
        else:
            more = self.tr(" (stopped at {0})").format(MAX_HITS) if len(hits) >= MAX_HITS else ""
            self.summary.setText(
                self.tr("{0} matches in {1} posts").format(len(hits), len(groups)) + more
            )
        return hits

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        hit = item.data(0, _HIT_ROLE)
        if hit is None and item.childCount():
            hit = item.child(0).data(0, _HIT_ROLE)
        if isinstance(hit, FileHit):
            self.openRequested.emit(hit.path, hit.offset, hit.length)
