"""The posts panel's filter: which of the model's rows the list shows.

:class:`PostFilterProxy` filters :class:`~editor.ui.site.post_list_model.PostListModel` by
status, tag, category, Git changes and a search text matched against titles at once and
against full texts when the worker's answer arrives (:meth:`PostFilterProxy.add_text_matches`).

It is a table model of its own rather than a ``QSortFilterProxyModel``: that one asks each
row through ``data()``, a call from C++ into Python per row and per keystroke (250 ms at
50,000 posts). Here a filter change is a few list comprehensions over the entries (a few
milliseconds at 50,000), and the view hears one layout change that keeps its selection and
current row. Sorting stays the source model's (one ``list.sort``); the shown rows are kept
in the source's order.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from editor.core.text.kana_match import search_fold
from editor.ui.site.post_list_model import PostListModel

AnyIndex = QModelIndex | QPersistentModelIndex


class PostFilterProxy(QAbstractTableModel):
    """The rows of a :class:`PostListModel` that pass the panel's filters, in its order.

    Offers what the panel and its view use of a proxy: :meth:`setSourceModel`,
    :meth:`sourceModel`, :meth:`mapToSource`, :meth:`mapFromSource` and :meth:`sort`
    (which sorts the source).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        """No filter at first (and no source until :meth:`setSourceModel`)."""
        super().__init__(parent)
        self._source: PostListModel | None = None
        self._status = ""
        self._tag = ""
        self._category = ""
        self._needle = ""
        self._text_matches: frozenset[Path] = frozenset()
        self._changed_only = False
        self._rows: list[int] = []  # the source rows shown, ascending
        self._where: dict[int, int] | None = None  # source row -> shown row, when asked
        self._remembered: list[tuple[QModelIndex, Path | None, int]] = []
        """The persistent indexes over a re-sort of the source, with their posts."""

    # -- the source ---------------------------------------------------------------------

    def setSourceModel(self, model: PostListModel) -> None:
        """Show ``model``'s rows through this filter (set once)."""
        assert self._source is None, "the filter is set up for one model"
        self.beginResetModel()
        self._source = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._on_source_reset)
        model.layoutAboutToBeChanged.connect(self._on_source_layout_about)
        model.layoutChanged.connect(self._on_source_layout)
        model.rowsInserted.connect(self._on_source_inserted)
        model.rowsAboutToBeRemoved.connect(self._on_source_about_to_remove)
        model.rowsRemoved.connect(self._on_source_removed)
        model.dataChanged.connect(self._on_source_data)
        model.headerDataChanged.connect(self.headerDataChanged)
        self._set_rows(self._accepted(range(model.rowCount())))
        self.endResetModel()

    def sourceModel(self) -> PostListModel:
        """The model filtered."""
        assert self._source is not None, "no source model yet"
        return self._source

    def mapToSource(self, index: AnyIndex) -> QModelIndex:
        """The source's index for the shown ``index`` (invalid for an invalid one)."""
        if not index.isValid() or index.row() >= len(self._rows):
            return QModelIndex()
        return self.sourceModel().index(self._rows[index.row()], index.column())

    def mapFromSource(self, index: AnyIndex) -> QModelIndex:
        """The shown index of the source's ``index`` (invalid when filtered out)."""
        if not index.isValid():
            return QModelIndex()
        row = self._shown_row(index.row())
        return QModelIndex() if row is None else self.index(row, index.column())

    def source_rows(self) -> list[int]:
        """The source rows shown, in the order shown."""
        return list(self._rows)

    # -- filters ------------------------------------------------------------------------

    def set_status(self, status: str) -> None:
        """Show only ``status`` (``""``: every status)."""
        self._change_filter(status=status)

    def set_tag(self, tag: str) -> None:
        """Show only posts tagged ``tag`` (``""``: any)."""
        self._change_filter(tag=tag)

    def set_category(self, category: str) -> None:
        """Show only posts in ``category`` (``""``: any)."""
        self._change_filter(category=category)

    def set_changed_only(self, on: bool) -> None:
        """Show only posts changed since the last commit (their Git marker is set)."""
        self._change_filter(changed_only=bool(on))

    def set_search(self, needle: str) -> None:
        """Match titles against ``needle`` now; full texts via :meth:`add_text_matches`."""
        folded = search_fold(needle.strip())
        if folded != self._needle:
            self._change_filter(needle=folded, text_matches=frozenset())

    def add_text_matches(self, needle: str, paths: frozenset[Path]) -> None:
        """Also show ``paths``, the files whose text contains ``needle`` (if still searched)."""
        if search_fold(needle.strip()) != self._needle or paths == self._text_matches:
            return
        self._change_filter(text_matches=paths)

    @property
    def needle(self) -> str:
        """The (case-folded) search text in effect."""
        return self._needle

    def accepts_row(self, source_row: int) -> bool:
        """Whether the source model's ``source_row`` passes the filters."""
        return bool(self._accepted((source_row,)))

    def _change_filter(self, **values: object) -> None:
        """Set filter attributes (``status=...``) and show the rows that pass now."""
        for name, value in values.items():
            setattr(self, f"_{name}", value)
        if self._source is not None:
            self._show(self._accepted(range(self._source.rowCount())))

    def _accepted(self, rows: Iterable[int]) -> list[int]:
        """Those of ``rows`` (source rows, ascending) that pass every filter."""
        model = self.sourceModel()
        entries = model.entries_view()
        kept: Sequence[int] = rows if isinstance(rows, Sequence) else list(rows)
        if self._status:
            kept = [r for r in kept if entries[r].status == self._status]
        if self._tag:
            kept = [r for r in kept if self._tag in entries[r].tags]
        if self._category:
            kept = [r for r in kept if self._category in entries[r].categories]
        if self._changed_only:
            kept = [r for r in kept if model.git_marker(entries[r].path)]
        if self._needle:
            needle, matches = self._needle, self._text_matches
            titles = model.folded_titles(kept)
            pairs = zip(kept, titles, strict=True)
            kept = [r for r, title in pairs if needle in title or entries[r].path in matches]
        return list(kept)

    # -- keeping the shown rows ---------------------------------------------------------

    def _set_rows(self, rows: list[int]) -> None:
        self._rows = rows
        self._where = None

    def _shown_row(self, source_row: int) -> int | None:
        if self._where is None:
            self._where = {row: shown for shown, row in enumerate(self._rows)}
        return self._where.get(source_row)

    def _show(self, rows: list[int]) -> None:
        """Show ``rows`` as one layout change: the view keeps its selection and current
        row where they are still shown (what ``QSortFilterProxyModel.invalidate`` does)."""
        if rows == self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [(self._source_row(index), index.column()) for index in persistent]
        self._set_rows(rows)
        self.changePersistentIndexList(persistent, [self._at(r, c) for r, c in sources])
        self.layoutChanged.emit()

    def _source_row(self, index: AnyIndex) -> int | None:
        row = index.row()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _at(self, source_row: int | None, column: int) -> QModelIndex:
        shown = None if source_row is None else self._shown_row(source_row)
        return QModelIndex() if shown is None else self.index(shown, column)

    def _on_source_reset(self) -> None:
        self._set_rows(self._accepted(range(self.sourceModel().rowCount())))
        self.endResetModel()

    def _on_source_layout_about(self, *_args: object) -> None:
        """The source re-sorts: remember the persistent indexes by path."""
        self.layoutAboutToBeChanged.emit()
        model = self.sourceModel()
        self._remembered = []
        for index in self.persistentIndexList():
            row = self._source_row(index)
            path = model.entry_at(row).path if row is not None else None
            self._remembered.append((index, path, index.column()))

    def _on_source_layout(self, *_args: object) -> None:
        model = self.sourceModel()
        self._set_rows(self._accepted(range(model.rowCount())))
        remembered, self._remembered = self._remembered, []
        before = [index for index, _path, _column in remembered]
        after = [
            self._at(model.row_of(path) if path is not None else None, column)
            for _index, path, column in remembered
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _on_source_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        at = bisect_left(self._rows, first)
        self._set_rows(self._rows[:at] + [r + count for r in self._rows[at:]])
        new = self._accepted(range(first, last + 1))
        if new:
            self.beginInsertRows(QModelIndex(), at, at + len(new) - 1)
            self._set_rows(self._rows[:at] + new + self._rows[at:])
            self.endInsertRows()

    def _on_source_about_to_remove(self, _parent: QModelIndex, first: int, last: int) -> None:
        low, high = bisect_left(self._rows, first), bisect_right(self._rows, last)
        if high > low:
            self.beginRemoveRows(QModelIndex(), low, high - 1)
            self._set_rows(self._rows[:low] + self._rows[high:])
            self.endRemoveRows()

    def _on_source_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        at = bisect_right(self._rows, last)
        self._set_rows(self._rows[:at] + [r - count for r in self._rows[at:]])

    def _on_source_data(self, top: QModelIndex, bottom: QModelIndex, *roles: Any) -> None:
        """Changed rows may now pass or fail the filters; tell the view what it shows."""
        first, last = top.row(), bottom.row()
        low, high = bisect_left(self._rows, first), bisect_right(self._rows, last)
        passing = self._accepted(range(first, last + 1))
        if passing != self._rows[low:high]:
            self._show(self._rows[:low] + passing + self._rows[high:])
            high = low + len(passing)
        if high > low:
            self.dataChanged.emit(
                self.index(low, top.column()),
                self.index(high - 1, bottom.column()),
                *roles,
            )

    # -- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() or self._source is None else self._source.columnCount()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.sourceModel().data(self.mapToSource(index), role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return self.sourceModel().flags(self.mapToSource(index))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        return self.sourceModel().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt override: sort the source model (fast), keep its order here."""
        if self._source is not None and column >= 0:
            self._source.sort(column, order)
