"""Which columns the posts panel shows: a header context menu, remembered in the settings.

The title always shows and takes the width the others leave; date, status, tags and
reading time can be switched on and off by right-clicking the header.

The other columns have fixed widths that fit their widest possible text
(:func:`size_columns`), never a width measured from the rows: the header measures rows by
calling the model, in Python, for every row on screen at every paint after rows change, and
while the site's index builds in a worker each of those calls waits for the interpreter
lock. On a 5,000-post site that froze the window 180-360 ms per batch of rows.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from editor.services.settings import Settings
from editor.ui.site.foreground_paint import fix_column_width, widest_digit
from editor.ui.site.post_list_model import (
    COLUMN_KEYS,
    DATE,
    READING,
    STATUS,
    TAGS,
    TITLE,
    minutes_text,
    status_label,
)


def size_columns(table: QTableView) -> None:
    """Give every column but the title (which stretches) a fixed width that fits its
    header and its widest text, in the table's fonts; the writer can still drag them."""
    digit = widest_digit(table)
    samples: dict[int, Iterable[str]] = {
        DATE: [f"{digit * 4}-{digit * 2}-{digit * 2}"],  # ISO dates
        STATUS: [status_label(status) for status in ("draft", "scheduled", "published")],
        TAGS: ["日本語, 写真"],  # a start; tags are too many to fit
        READING: [minutes_text(99)],
    }
    for column, texts in samples.items():
        fix_column_width(table, table.horizontalHeader(), column, texts)


class PostColumns(QObject):
    """Applies ``settings.hidden_post_columns`` to ``header`` and lets the writer change it."""

    def __init__(self, header: QHeaderView, settings: Settings | None) -> None:
        super().__init__(header)
        self._header = header
        self._settings = settings
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_menu)
        self.apply()

    def hidden(self) -> set[str]:
        """The keys of the hidden columns (never the title's)."""
        raw = self._settings.hidden_post_columns if self._settings is not None else "tags,reading"
        return {key for key in raw.split(",") if key in COLUMN_KEYS and key != "title"}

    def apply(self) -> None:
        """Show and hide the header's sections as the setting says."""
        hidden = self.hidden()
        for column, key in enumerate(COLUMN_KEYS):
            self._header.setSectionHidden(column, key in hidden)

    def set_visible(self, column: int, visible: bool) -> None:
        """Show or hide ``column`` and remember it."""
        if column == TITLE:
            return
        hidden = self.hidden()
        key = COLUMN_KEYS[column]
        if visible:
            hidden.discard(key)
        else:
            hidden.add(key)
        if self._settings is not None:
            self._settings.hidden_post_columns = ",".join(k for k in COLUMN_KEYS if k in hidden)
        self.apply()

    def menu(self) -> QMenu:
        """The header's context menu: one check box per column (also used by tests)."""
        menu = QMenu(self._header)
        menu.setObjectName("postColumnsMenu")
        model = self._header.model()
        for column in range(len(COLUMN_KEYS)):
            text = model.headerData(column, Qt.Orientation.Horizontal) if model else ""
            tip = (
                model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
                if model
                else None
            )
            action = menu.addAction(str(tip or text))
            action.setCheckable(True)
            action.setChecked(not self._header.isSectionHidden(column))
            action.setEnabled(column != TITLE)
            action.toggled.connect(lambda on, c=column: self.set_visible(c, on))
        return menu

    def _show_menu(self, point: QPoint) -> None:
        self.menu().exec(self._header.mapToGlobal(point))
