"""Git conflicts in an open post: both versions marked in the text, one click to choose.

A pull that merged changes both sides made leaves git's conflict markers in the file
(``<<<<<<< HEAD`` … ``=======`` … ``>>>>>>> origin/main``). ``ConflictMarks(editor,
window)`` watches a post for them. While there are any:

* the text pane tints each side (the writer's own lines green, the incoming ones blue,
  the markers grey and bold), in the light and the dark theme;
* a bar above the post says how many there are and which one is current (the one at the
  cursor, else the next one after it), with Keep Mine, Keep Theirs, Keep Both and Next.

Choosing is an ordinary edit: it is undoable (Ctrl+Z brings both versions back), it makes
the post unsaved, and nothing is written until the writer saves. Conflicts in the front
matter (which leave the YAML broken) are resolved the same way, first. "Mine" is the
version committed here (git's ``HEAD`` side of a merge), "theirs" the one the pull brought.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.core.git.merge_conflicts import Conflict, Side, conflicts_in, resolve

if TYPE_CHECKING:
    from editor.ui.editor.post_editor import PostEditor
    from editor.ui.window.window_host import WindowHost

LAYER = "conflict"
RESCAN_DELAY_MS = 250
# (light, dark) backgrounds of the writer's side, the incoming side, the base and the markers.
_TINTS = {
    "mine": ("#dff3e4", "#1f3b29"),
    "theirs": ("#e1ecfb", "#1d2f4a"),
    "base": ("#eeeeee", "#333333"),
    "marker": ("#c9d1d9", "#444c56"),
}


class ConflictBar(QFrame):
    """The bar above a conflicted post: how many, which one, and the four choices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel(self)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 4)
        column.setSpacing(4)
        column.addWidget(self.message)
        layout = QHBoxLayout()  # the choices under the words, so neither is squeezed
        column.addLayout(layout)
        self.keep_mine = self._button("conflictKeepMine", self.tr("Keep Mine"), layout)
        self.keep_mine.setToolTip(self.tr("Keep your version (the one committed here)"))
        self.keep_theirs = self._button("conflictKeepTheirs", self.tr("Keep Theirs"), layout)
        self.keep_theirs.setToolTip(self.tr("Keep the incoming version (the one the pull brought)"))
        self.keep_both = self._button("conflictKeepBoth", self.tr("Keep Both"), layout)
        self.keep_both.setToolTip(self.tr("Keep your lines, then the incoming ones"))
        self.next = self._button("conflictNext", self.tr("Next"), layout)
        self.next.setToolTip(self.tr("Go to the next conflict"))
        layout.addStretch(1)

    def _button(self, name: str, text: str, layout: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        layout.addWidget(button)
        return button

    def set_dark(self, dark: bool) -> None:
        """Colour the bar for the window's theme."""
        background, border, text = (
            ("#3b2f12", "#806020", "#f3e3b5")
            if dark
            else (
                "#fff4ce",
                "#e0c060",
                "#3d3000",
            )
        )
        self.setStyleSheet(
            f"#conflictBar {{ background: {background}; border: 1px solid {border}; }}"
            f"#conflictBar QLabel {{ color: {text}; }}"
        )


class ConflictMarks(QObject):
    """Finds, marks and resolves one post's conflicts (see the module docstring)."""

    def __init__(self, editor: PostEditor, window: WindowHost) -> None:
        super().__init__(editor)
        self.setObjectName("conflictMarks")
        self._editor = editor
        self._window = window
        self.body_conflicts: list[Conflict] = []
        self.front_matter_conflicts: list[Conflict] = []
        self.bar = ConflictBar(editor)
        self.bar.hide()
        self.bar.set_dark(window.is_dark())
        editor.add_banner(self.bar)
        self.bar.keep_mine.clicked.connect(lambda: self.keep(Side.MINE))
        self.bar.keep_theirs.clicked.connect(lambda: self.keep(Side.THEIRS))
        self.bar.keep_both.clicked.connect(lambda: self.keep(Side.BOTH))
        self.bar.next.clicked.connect(self.go_to_next)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RESCAN_DELAY_MS)
        self._timer.timeout.connect(self.rescan)
        editor.session.contentChanged.connect(self._timer.start)
        editor.session.replaced.connect(self._timer.start)
        editor.text_pane.cursorPositionChanged.connect(self._update_message)
        window.darkChanged.connect(self._on_dark)
        self._timer.start()  # the pane is filled after the tab opens

    def count(self) -> int:
        """How many conflicts the post holds now."""
        return len(self.front_matter_conflicts) + len(self.body_conflicts)

    # -- finding and marking -------------------------------------------------------------

    def rescan(self) -> None:
        """Look for conflicts again (after an edit has settled) and update marks and bar."""
        self._timer.stop()
        self.front_matter_conflicts = conflicts_in(self._editor.session.front_matter_text)
        # The pane's kept copy of its text: no whole-document conversion after each pause.
        self.body_conflicts = conflicts_in(self._editor.text_pane.pane_text())
        self._mark()
        self.bar.setVisible(self.count() > 0)
        self._update_message()

    def _mark(self) -> None:
        pane = self._editor.text_pane
        dark = self._window.is_dark()
        selections: list[QTextEdit.ExtraSelection] = []
        document = pane.document()

        def add(lines: range | tuple[int, ...], tint: str, bold: bool = False) -> None:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(_TINTS[tint][1 if dark else 0]))
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
            if bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            for line in lines:
                block = document.findBlockByNumber(line)
                if not block.isValid():
                    continue
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(block)
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)

        for conflict in self.body_conflicts:
            add(conflict.mine_lines(), "mine")
            add(conflict.base_lines(), "base")
            add(conflict.theirs_lines(), "theirs")
            add(conflict.marker_lines(), "marker", bold=True)
        pane.set_selection_layer(LAYER, selections)

    def _on_dark(self, dark: bool) -> None:
        self.bar.set_dark(dark)
        self._mark()

    # -- the current conflict ------------------------------------------------------------

    def current(self) -> tuple[str, Conflict] | None:
        """``("front matter" | "body", conflict)``: what the buttons act on now."""
        if self.front_matter_conflicts:
            return "front matter", self.front_matter_conflicts[0]
        if not self.body_conflicts:
            return None
        line = self._editor.text_pane.textCursor().blockNumber()
        for conflict in self.body_conflicts:
            if line <= conflict.end:
                return "body", conflict
        return "body", self.body_conflicts[0]

    def _update_message(self) -> None:
        if not self.count():
            return
        where = self.current()
        assert where is not None
        place, conflict = where
        number = (
            1
            if place == "front matter"
            else len(self.front_matter_conflicts) + self.body_conflicts.index(conflict) + 1
        )
        if place == "front matter":
            text = self.tr(
                "This post has {0} Git conflict(s): both versions are in the text. "
                "Conflict {1} is in the front matter (“{2}” against “{3}”)."
            )
        else:
            text = self.tr(
                "This post has {0} Git conflict(s): both versions are in the text. "
                "Conflict {1} is at line {4} (“{2}” against “{3}”)."
            )
        line = self._editor.session.post.body_start_line + conflict.start + 1
        self.bar.message.setText(
            text.format(self.count(), number, conflict.mine_label, conflict.theirs_label, line)
        )

    def go_to_next(self) -> None:
        """Put the cursor on the next conflict in the body (round to the first)."""
        if not self.body_conflicts:
            return
        pane = self._editor.text_pane
        line = pane.textCursor().blockNumber()
        later = [c for c in self.body_conflicts if c.start > line]
        target = (later or self.body_conflicts)[0]
        cursor = QTextCursor(pane.document().findBlockByNumber(target.start))
        pane.setTextCursor(cursor)
        pane.centerCursor()
        pane.setFocus()

    # -- choosing ------------------------------------------------------------------------

    def keep(self, side: Side) -> None:
        """Resolve the current conflict by keeping ``side`` (an undoable, unsaved edit)."""
        where = self.current()
        if where is None:
            return
        place, conflict = where
        if place == "front matter":
            lines = self._editor.session.front_matter_text.split("\n")
            self._editor.session.set_front_matter_text("\n".join(resolve(lines, conflict, side)))
        else:
            self._replace_body_lines(conflict, side)
        self.rescan()

    def _replace_body_lines(self, conflict: Conflict, side: Side) -> None:
        pane = self._editor.text_pane
        document = pane.document()
        first = document.findBlockByNumber(conflict.start)
        last = document.findBlockByNumber(conflict.end)
        lines = [
            document.findBlockByNumber(n).text() for n in range(conflict.start, conflict.end + 1)
        ]
        shifted = Conflict(
            0,
            conflict.base - conflict.start if conflict.base >= 0 else -1,
            conflict.middle - conflict.start,
            conflict.end - conflict.start,
            conflict.mine_label,
            conflict.theirs_label,
        )
        kept = resolve(lines, shifted, side)
        cursor = QTextCursor(first)
        cursor.beginEditBlock()
        if kept:
            cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText("\n".join(kept))
        else:  # nothing kept: the lines go, with their line break
            end = last.position() + last.length()
            if end > document.characterCount() - 1 and first.position() > 0:
                cursor.setPosition(first.position() - 1)  # the last lines: take the break before
                end = document.characterCount() - 1
            cursor.setPosition(
                min(end, document.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor
            )
            cursor.removeSelectedText()
        cursor.endEditBlock()
        pane.setTextCursor(cursor)
