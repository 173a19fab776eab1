"""Find and replace in the current text pane (Ctrl+F / Ctrl+H)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from editor.core.site.text_search import SearchError, SearchQuery, expand_replacement, find_all
from editor.core.text.utf16 import utf16_offsets
from editor.services.error_text import describe_error
from editor.ui.editor.ime_guard import guard_ime
from editor.ui.editor.text_pane import TextPane

MAX_HIGHLIGHTS = 5000  # painting more marks than this buys nothing and costs time


class FindBar(QWidget):
    """A bar under the tabs: query, options, match count, next/previous, replace (all).

    Replace all is one undo step. The bar follows whichever pane :meth:`set_pane` gives
    it and highlights every match there (layer ``"find"``).
    """

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._pane: TextPane | None = None
        self._matches: list[tuple[int, int]] = []  # document positions (UTF-16 units)
        self._spans: list[tuple[int, int]] = []  # the same matches in code points
        self._current = -1
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(120)
        self._refresh_timer.timeout.connect(self.refresh)

        self.find_field = QLineEdit(self)
        self.find_field.setObjectName("findField")
        self.find_field.setPlaceholderText(self.tr("Find"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit(self)
        guard_ime(self.find_field, self.replace_field)
        self.replace_field.setObjectName("replaceField")
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.case_box = QCheckBox(self.tr("&Match case"), self)
        self.word_box = QCheckBox(self.tr("&Whole word"), self)
        self.regex_box = QCheckBox(self.tr("Regular e&xpression"), self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.count_label.setMinimumWidth(110)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("↑")
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.next_button = QToolButton(self)
        self.next_button.setText("↓")
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.replace_button = QPushButton(self.tr("&Replace"), self)
        self.replace_all_button = QPushButton(self.tr("Replace &All"), self)
        close_button = QToolButton(self)
        close_button.setText("✕")
        close_button.setToolTip(self.tr("Close (Esc)"))
        close_button.setAccessibleName(self.tr("Close find bar"))

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.addWidget(self.find_field, 0, 0)
        grid.addWidget(self.previous_button, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        grid.addWidget(self.count_label, 0, 3)
        grid.addWidget(close_button, 0, 4)
        grid.addWidget(self.replace_field, 1, 0)
        grid.addWidget(self.replace_button, 1, 1, 1, 2)
        grid.addWidget(self.replace_all_button, 1, 3)
        options = QWidget(self)
        row = QGridLayout(options)
        row.setContentsMargins(0, 0, 0, 0)
        for column, box in enumerate((self.case_box, self.word_box, self.regex_box)):
            row.addWidget(box, 0, column)
            box.toggled.connect(self.refresh)
        grid.addWidget(options, 2, 0, 1, 5)
        grid.setColumnStretch(0, 1)

        self.find_field.textChanged.connect(lambda _text: self._refresh_timer.start())
        self.find_field.returnPressed.connect(self.find_next)
        self.replace_field.returnPressed.connect(self.replace_current)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        close_button.clicked.connect(self.close_bar)
        self.set_replace_visible(False)
        self.hide()

    # -- wiring --------------------------------------------------------------------------
    def set_pane(self, pane: TextPane | None) -> None:
        """Search in ``pane`` from now on (``None`` when no post is open)."""
        if pane is self._pane:
            return
        if self._pane is not None:
            self._pane.set_selection_layer("find", [])
            self._pane.textChanged.disconnect(self._refresh_timer.start)
        self._pane = pane
        if pane is not None:
            pane.textChanged.connect(self._refresh_timer.start)
        if self.isVisible():
            self.refresh()

    def open_find(self, replace: bool = False) -> None:
        """Show the bar (with the replace row when ``replace``), the selection as query."""
        self.set_replace_visible(replace)
        if self._pane is not None:
            selected = self._pane.textCursor().selectedText()
            if selected and "\u2029" not in selected:
                self.find_field.setText(selected)
        self.show()
        self.find_field.setFocus()
        self.find_field.selectAll()
        self.refresh()

    def set_replace_visible(self, visible: bool) -> None:
        """Show or hide the replace row."""
        for widget in (self.replace_field, self.replace_button, self.replace_all_button):
            widget.setVisible(visible)

    def close_bar(self) -> None:
        """Hide the bar, drop the highlights, give the text back its focus."""
        self.hide()
        if self._pane is not None:
            self._pane.set_selection_layer("find", [])
            self._pane.setFocus()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.find_previous()
            return
        super().keyPressEvent(event)

    # -- searching -----------------------------------------------------------------------
    def query(self) -> SearchQuery:
        """The query the bar's fields and options describe."""
        return SearchQuery(
            self.find_field.text(),
            case_sensitive=self.case_box.isChecked(),
            whole_word=self.word_box.isChecked(),
            regex=self.regex_box.isChecked(),
        )

    def match_count(self) -> int:
        """How many matches the current query has in the pane."""
        return len(self._matches)

    def refresh(self) -> None:
        """Recount and re-highlight the matches (after typing in either place)."""
        self._refresh_timer.stop()
        self._matches = []
        self._spans = []
        if self._pane is None or not self.isVisible() or not self.find_field.text():
            self._show_count("")
            self._highlight()
            return
        try:
            text = self._pane.pane_text()
            self._spans = find_all(text, self.query())
            ends = utf16_offsets(text, [edge for span in self._spans for edge in span])
            self._matches = list(zip(ends[::2], ends[1::2], strict=True))
        except SearchError as error:
            self._show_count(describe_error(error), error=True)
            self._highlight()
            return
        caret = self._pane.textCursor().selectionStart()
        self._current = next(
            (i for i, (start, _end) in enumerate(self._matches) if start >= caret), 0
        )
        self._highlight()
        self._update_count()

    def find_next(self) -> None:
        """Select the next match after the caret (wrapping around)."""
        self._step(forward=True)

    def find_previous(self) -> None:
        """Select the match before the caret (wrapping around)."""
        self._step(forward=False)

    def _step(self, forward: bool) -> None:
        if self._refresh_timer.isActive() or not self._matches:
            self.refresh()
        if self._pane is None or not self._matches:
            return
        cursor = self._pane.textCursor()
        if forward:
            after = cursor.selectionEnd() if cursor.hasSelection() else cursor.position()
            index = next((i for i, (s, _e) in enumerate(self._matches) if s >= after), 0)
        else:
            before = cursor.selectionStart()
            index = next(
                (i for i in range(len(self._matches) - 1, -1, -1) if self._matches[i][1] <= before),
                len(self._matches) - 1,
            )
        self._select(index)

    def _select(self, index: int) -> None:
        assert self._pane is not None
        self._current = index
        start, end = self._matches[index]
        cursor = self._pane.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._pane.setTextCursor(cursor)
        self._pane.ensureCursorVisible()
        self._update_count()

    def replace_current(self) -> None:
        """Replace the selected match (if the selection is one) and go to the next."""
        if self._pane is None:
            return
        self.refresh()
        cursor = self._pane.textCursor()
        span = (cursor.selectionStart(), cursor.selectionEnd())
        if span in self._matches:
            try:
                replacement = self._replacement_for(self._matches.index(span))
            except SearchError as error:
                self._show_count(describe_error(error), error=True)
                return
            cursor.insertText(replacement)
            self._pane.setTextCursor(cursor)
            self.refresh()
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns how many were replaced."""
        if self._pane is None:
            return 0
        self.refresh()
        if not self._matches:
            return 0
        try:
            text = self._pane.pane_text()
            replacements = [self._replacement_for(i, text) for i in range(len(self._matches))]
        except SearchError as error:
            self._show_count(describe_error(error), error=True)
            return 0
        cursor = QTextCursor(self._pane.document())
        cursor.beginEditBlock()
        try:
            # From the end, so earlier offsets stay valid.
            for (start, end), text in zip(
                reversed(self._matches), reversed(replacements), strict=True
            ):
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(text)
        finally:
            cursor.endEditBlock()
        count = len(replacements)
        self.refresh()
        self._show_count(self.tr("Replaced %n match(es)", "", count))
        return count

    def _replacement_for(self, index: int, text: str | None = None) -> str:
        assert self._pane is not None
        query = self.query()
        if not query.regex:
            return self.replace_field.text()
        # Re-match at the span so the groups are those of this match (lookarounds need context).
        compiled = query.compile()
        start, end = self._spans[index]
        match = compiled.match(
            query.prepare(self._pane.pane_text() if text is None else text), start
        )
        if match is None or match.end() != end:
            return self.replace_field.text()
        return expand_replacement(match, self.replace_field.text(), query)

    # -- display -------------------------------------------------------------------------
    def _update_count(self) -> None:
        total = len(self._matches)
        if total == 0:
            self._show_count(self.tr("No matches"), error=bool(self.find_field.text()))
            return
        cursor = self._pane.textCursor() if self._pane else None
        span = (cursor.selectionStart(), cursor.selectionEnd()) if cursor else None
        if span in self._matches:
            self._show_count(self.tr("{0} of {1}").format(self._matches.index(span) + 1, total))
        else:
            self._show_count(self.tr("%n match(es)", "", total))

    def _show_count(self, text: str, error: bool = False) -> None:
        self.count_label.setText(text)
        self.count_label.setStyleSheet("color: #b3261e;" if error else "")

    def _highlight(self) -> None:
        if self._pane is None:
            return
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(255, 200, 0, 110))
        selections = []
        for start, end in self._matches[:MAX_HIGHLIGHTS]:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self._pane.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self._pane.set_selection_layer("find", selections)
