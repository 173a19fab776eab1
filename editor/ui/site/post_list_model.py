"""The site's posts and drafts as a Qt table model (sorted here; filtered in ``post_filter``).

Columns: title, date, status, tags, reading time. The model follows the index
incrementally (:meth:`PostListModel.update_paths` with the paths ``SiteIndex.changed``
reports). :class:`editor.ui.site.post_filter.PostFilterProxy` shows the rows that pass
the panel's filters.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QTimeZone,
)
from PySide6.QtGui import QBrush, QColor

from editor.core.site.post_entries import PostEntry
from editor.core.text.kana_match import search_fold
from editor.core.text.stats import ReadingFormula
from editor.ui.git.git_text import marker_icon, marker_label

TITLE, DATE, STATUS, TAGS, READING = range(5)
COLUMN_KEYS = ("title", "date", "status", "tags", "reading")
"""Stable names of the columns, in order (what the settings remember)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2
GIT_ROLE = Qt.ItemDataRole.UserRole + 3
"""The post's Git marker (``editor.core.git.git_status``: ``"modified"``, …; ``""`` unchanged)."""
NEWEST_FIRST = (DATE, Qt.SortOrder.DescendingOrder)
"""The order of ``Site.posts``: by date, newest first, undated last, equal dates by path
(as :meth:`PostListModel.sort` orders them)."""
FOLDED_PER_STEP = 2_000
"""Titles folded ahead per turn of the event loop (about 4 ms)."""
_STATUS_ORDER = {"draft": 0, "scheduled": 1, "published": 2}
_STATUS_COLORS = {"draft": "#8a6d00", "scheduled": "#1d5fa8", "published": "#2e7d32"}

AnyIndex = QModelIndex | QPersistentModelIndex


def status_label(status: str) -> str:
    """The translated word for a post's status."""
    labels = {
        "draft": QCoreApplication.translate("PostListModel", "Draft"),
        "scheduled": QCoreApplication.translate("PostListModel", "Scheduled"),
        "published": QCoreApplication.translate("PostListModel", "Published"),
    }
    return labels.get(status, status)


def is_listed(entry: PostEntry) -> bool:
    """Whether the panel lists ``entry`` (posts and drafts, not pages or collections)."""
    return entry.kind in ("post", "draft")


class PostListModel(QAbstractTableModel):
    """One row per post or draft, sorted here (:meth:`sort`; the proxy only filters)."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Start empty; call :meth:`set_entries`."""
        super().__init__(parent)
        self._entries: list[PostEntry] = []
        self._rows: dict[Path, int] = {}
        self._folds: dict[str, str] = {}  # title -> folded, asked for by the search only
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._git: dict[Path, str] = {}
        self._folding = QTimer(self)  # folds titles ahead, a step per turn of the loop
        self._folding.setInterval(0)
        self._folding.timeout.connect(self._fold_step)
        self._folded_up_to = 0
        self.reading_formula = ReadingFormula()
        """The writer's reading rates, for posts without a written ``reading_time``."""

    # -- contents -----------------------------------------------------------------------

    def set_entries(
        self, entries: list[PostEntry], sorted_by: tuple[int, Qt.SortOrder] | None = None
    ) -> None:
        """Replace every row. ``sorted_by``: the column and order ``entries`` are sorted
        by already (:data:`NEWEST_FIRST` for ``Site.posts``), not sorted again if the
        list is sorted so (at 50,000 posts that sort was most of filling the list)."""
        self.beginResetModel()
        self._entries = [entry for entry in entries if is_listed(entry)]
        if sorted_by is not None and sorted_by == self._sort:
            self._reindex()
        else:
            self._order_entries()
        self.endResetModel()

    def add_entries(self, entries: list[PostEntry]) -> None:
        """Append the listed ``entries`` not shown yet in one insertion, then re-sort once
        (what the first build streams in: hundreds of rows a few times a second)."""
        new = [e for e in entries if is_listed(e) and e.path not in self._rows]
        if not new:
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        for row, entry in enumerate(new, start=first):
            self._entries.append(entry)
            self._rows[entry.path] = row
        self.endInsertRows()
        if self._sort is not None:
            self.sort(*self._sort)

    def update_paths(self, paths: list[Path], entries: dict[Path, PostEntry]) -> None:
        """Bring the rows of ``paths`` in line with ``entries`` (the site's current index)."""
        moved = self._apply_updates(paths, entries)
        if moved and self._sort is not None:
            self.sort(*self._sort)  # new rows and changed dates find their place

    def _apply_updates(self, paths: list[Path], entries: dict[Path, PostEntry]) -> bool:
        """Update, insert and remove rows; return whether the order may have changed."""
        column = self._sort[0] if self._sort is not None else TITLE
        moved = False
        for path in paths:
            entry = entries.get(path)
            row = self._rows.get(path)
            if entry is not None and is_listed(entry):
                if row is None:
                    row = len(self._entries)
                    self.beginInsertRows(QModelIndex(), row, row)
                    self._entries.append(entry)
                    self._rows[path] = row
                    self.endInsertRows()
                    moved = True
                else:
                    old = self._entries[row]
                    moved = moved or self._sort_key(old, column) != self._sort_key(entry, column)
                    self._entries[row] = entry
                    self.dataChanged.emit(self.index(row, 0), self.index(row, READING))
            elif row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._entries[row]
                self._reindex()
                self.endRemoveRows()
        return moved

    # -- sorting: here, in Python's sort, rather than by the proxy calling data() ----------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column`` (Qt override; the proxy forwards its sorting here).

        One ``list.sort`` with precomputed keys takes a few milliseconds for 5,000 posts;
        letting the proxy compare through ``data()`` took hundreds.
        """
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        remembered = [(self._entries[i.row()].path, i.column()) for i in persistent]
        self._order_entries()
        self.changePersistentIndexList(
            persistent, [self.index(self._rows[path], col) for path, col in remembered]
        )
        self.layoutChanged.emit()

    def _order_entries(self) -> None:
        if self._sort is not None:
            column, order = self._sort
            self._entries.sort(key=lambda entry: str(entry.path))  # stable tie-break
            self._entries.sort(
                key=lambda entry: self._sort_key(entry, column),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        self._reindex()

    def _reindex(self) -> None:
        self._rows = {entry.path: row for row, entry in enumerate(self._entries)}

    def entry_at(self, row: int) -> PostEntry:
        """The entry shown in ``row``."""
        return self._entries[row]

    def folded_titles(self, rows: Iterable[int]) -> list[str]:
        """The folded titles (width, kana and case) of ``rows``, folded when first asked:
        only a search needs them (folding 50,000 titles took 0.2 s of filling the list)."""
        folds, entries = self._folds, self._entries
        titles = [entries[row].title for row in rows]
        for title in set(titles).difference(folds):
            folds[title] = search_fold(title)
        return [folds[title] for title in titles]

    def fold_titles_ahead(self) -> None:
        """Fold every title for the search, :data:`FOLDED_PER_STEP` per turn of the event
        loop, so the first keystroke in the search box does not fold 50,000 (0.1 s)."""
        self._folded_up_to = 0
        self._folding.start()

    @property
    def folding_ahead(self) -> bool:
        """Whether :meth:`fold_titles_ahead` is still at work."""
        return self._folding.isActive()

    def _fold_step(self) -> None:
        start, end = self._folded_up_to, self._folded_up_to + FOLDED_PER_STEP
        self.folded_titles(range(start, min(end, len(self._entries))))
        self._folded_up_to = end
        if end >= len(self._entries):
            self._folding.stop()

    def entries_view(self) -> Sequence[PostEntry]:
        """Every listed entry, by row (the model's own list: read it, do not keep it)."""
        return self._entries

    def row_of(self, path: Path) -> int | None:
        """The row showing ``path``, if any."""
        return self._rows.get(path)

    def entries(self) -> list[PostEntry]:
        """Every listed entry."""
        return list(self._entries)

    def set_git_markers(self, markers: dict[Path, str]) -> None:
        """Show each post's Git marker (``markers``: changed files only, by path)."""
        old, self._git = self._git, dict(markers)
        for path in old.keys() | self._git.keys():
            row = self._rows.get(path)
            if row is not None and old.get(path) != self._git.get(path):
                self.dataChanged.emit(self.index(row, TITLE), self.index(row, TITLE))

    def git_marker(self, path: Path) -> str:
        """The Git marker of ``path`` (``""``: as committed, or no repository)."""
        return self._git.get(path, "")

    # -- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("PostListModel", "Title"),
                QCoreApplication.translate("PostListModel", "Date"),
                QCoreApplication.translate("PostListModel", "Status"),
                QCoreApplication.translate("PostListModel", "Tags"),
                QCoreApplication.translate("PostListModel", "Min."),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == READING:
            return QCoreApplication.translate("PostListModel", "Reading time in minutes")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == SORT_ROLE:
            return self._sort_key(entry, column)
        if role == PATH_ROLE:
            return str(entry.path)
        if role == GIT_ROLE:
            return self._git.get(entry.path, "")
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE and self._git:
            return marker_icon(self._git.get(entry.path, ""))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TITLE:  # the whole title, however narrow the column, and the file
                marker = marker_label(self._git.get(entry.path, ""))
                tip = f"{entry.title or entry.path.name}\n{entry.path}"
                return f"{tip}\n{marker}" if marker else tip
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return QBrush(QColor(_STATUS_COLORS.get(entry.status, "#555555")))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == READING:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, entry: PostEntry, column: int) -> str:
        if column == TITLE:
            return entry.title or entry.path.name
        if column == DATE:
            if entry.date is None:
                return ""
            moment = QDateTime.fromSecsSinceEpoch(int(entry.date.timestamp()))
            offset = entry.date.utcoffset()
            if offset is not None:
                # Show the post's own wall-clock date, as the site will print it.
                moment = moment.toTimeZone(QTimeZone(int(offset.total_seconds())))
            # ISO 8601 (2020-07-20): unambiguous in every language and locale, unlike a
            # short locale format ("20 07 2020" under C.UTF-8).
            return moment.date().toString(Qt.DateFormat.ISODate)
        if column == STATUS:
            return status_label(entry.status)
        if column == TAGS:
            return ", ".join(entry.tags)
        if column == READING:
            minutes = self.minutes_of(entry)
            if not minutes:
                return ""
            return minutes_text(minutes)
        return ""

    @staticmethod
    def _sort_key(entry: PostEntry, column: int) -> Any:
        if column == TITLE:
            return (entry.title or entry.path.name).casefold()
        if column == DATE:
            return entry.date.timestamp() if entry.date is not None else float("-inf")
        if column == STATUS:
            return _STATUS_ORDER.get(entry.status, 3)
        if column == TAGS:
            return ", ".join(entry.tags).casefold()
        return _written_minutes(entry) or entry.reading_minutes

    def set_reading_formula(self, formula: ReadingFormula) -> None:
        """Count unwritten reading times by ``formula`` from now on (the preference)."""
        self.reading_formula = formula
        if self._entries:
            self.dataChanged.emit(
                self.index(0, READING), self.index(len(self._entries) - 1, READING)
            )

    def minutes_of(self, entry: PostEntry) -> int:
        """The post's reading time: its ``reading_time`` if written, else counted at the
        writer's rates (:attr:`reading_formula`, the same formula as the status bar)."""
        written = _written_minutes(entry)
        if written:
            return written
        if not entry.reading_minutes:
            return 0
        formula = self.reading_formula
        return formula.minutes_for(entry.words, entry.cjk_characters, entry.body_characters)


def _written_minutes(entry: PostEntry) -> int:
    value = entry.front_matter.get("reading_time")
    return value if type(value) is int and value > 0 else 0


def minutes_text(minutes: int) -> str:
    """A reading time as the list shows it ("5 min")."""
    # A plain placeholder: pyside6-lupdate does not extract numerus calls from Python.
    return QCoreApplication.translate("PostListModel", "{0} min").format(minutes)
