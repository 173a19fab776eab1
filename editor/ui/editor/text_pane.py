"""The Markdown text pane: highlighting, IME-safe editing helpers, gutter, readable width."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontDatabase,
    QHideEvent,
    QInputMethodEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from editor.core.render.placeholders import from_pane_text
from editor.ui.editor import editing_commands
from editor.ui.editor.edit_layout import use_edit_layout
from editor.ui.editor.exact_text import ExactTextEdit
from editor.ui.editor.invisible_marks import paint_invisible_marks
from editor.ui.editor.markdown_highlighter import MarkdownHighlighter
from editor.ui.editor.pane_mirror import PaneMirror

# Latin first, then a Japanese face per platform: Qt falls back along the list per glyph.
JAPANESE_FAMILIES = [
    "Hiragino Sans",
    "Hiragino Kaku Gothic ProN",
    "Yu Gothic UI",
    "Meiryo",
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "IPAexGothic",
    "TakaoPGothic",
]
DEFAULT_POINT_SIZE = 13.0
MIN_POINT_SIZE = 6.0
MAX_POINT_SIZE = 48.0
_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_COMMAND_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
_IME_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab}


def default_font(family: str = "", point_size: float = DEFAULT_POINT_SIZE) -> QFont:
    """A comfortable writing font: ``family`` (or the system's) with Japanese fallbacks."""
    base = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font = QFont(base)
    first = family or base.family()
    font.setFamilies([first, *[name for name in JAPANESE_FAMILIES if name != first]])
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


class LineNumberGutter(QWidget):
    """The optional line-number column painted beside the text pane's viewport."""

    def __init__(self, pane: TextPane) -> None:
        super().__init__(pane)
        self.setObjectName("lineNumberGutter")
        self._pane = pane

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(self._pane.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        self._pane.paint_gutter(self, event)


# How long a quiet scroll_to_line keeps the view on its line while the layout settles.
QUIET_SETTLE_MS = 1000


class TextPane(ExactTextEdit):
    """Where the writer types the post's body.

    Emits ``topLineChanged(line)`` with the fractional body line at the top of the view
    whenever the writer scrolls, so the preview can follow; :meth:`scroll_to_line` is the
    inverse and does not echo back. ``zoomChanged(steps)`` follows :meth:`zoom_in` and co.

    While an input method is composing (pre-edit text shown), Enter, Tab and shortcuts are
    left to the input method: the pane's helpers and the window's shortcuts stay silent.

    ``focusLeft()`` fires when the keyboard focus leaves the pane (a click into the
    preview or the form, another window): the moment to journal what was just typed.
    """

    topLineChanged = Signal(float)
    zoomChanged = Signal(int)
    focusLeft = Signal()
    context_menu_factory: Callable[[TextPane], QMenu] | None = None
    """Builds the right-click menu (set by the window; ``None``: Qt's stock menu)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._composing = False  # before super(): Qt sends events during construction
        super().__init__(parent)
        # A layout that re-lays out only the edited blocks, told by the highlighter
        # which blocks it coloured: a keystroke repaints its line, not the view.
        layout = use_edit_layout(self)
        self.setObjectName("textPane")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self._base_font = default_font()
        self._zoom = 0
        self.setFont(self._base_font)
        self.document().setDocumentMargin(12)
        self.highlighter = MarkdownHighlighter(self.document(), listener=layout)
        self.highlighter.passFinished.connect(self._check_settled)
        self.highlighter.passStepped.connect(self._on_pass_step)
        self._when_settled: list[Callable[[], None]] = []
        self._until_settled: list[Callable[[], None]] = []
        self._painted = False  # since the last call_when_settled
        self._mirror = PaneMirror(self.document())
        self._following = False
        self._quiet_line: float | None = None  # where scroll_to_line put the view
        self._quiet_since = QElapsedTimer()
        self._line_width_chars = 0
        self._typewriter = False
        self._selection_layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        # Each returns the context menu's extra entries for a point (spelling suggestions…).
        self.context_action_providers: list[Callable[[QPoint], list[QAction]]] = []
        self._gutter = LineNumberGutter(self)
        self._gutter.hide()
        self.blockCountChanged.connect(self._update_margins)
        self.updateRequest.connect(self._update_gutter)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.verticalScrollBar().rangeChanged.connect(self._keep_quiet_line)
        self._update_margins()

    # -- text ----------------------------------------------------------------------------

    def set_pane_text_quietly(self, pane_text: str) -> None:
        """As :meth:`ExactTextEdit.set_pane_text_quietly`; a long text is highlighted in
        steps, and the mirror starts from the text given (no conversion of the document)."""
        self.highlighter.load_in_steps(
            lambda: super(TextPane, self).set_pane_text_quietly(pane_text), len(pane_text)
        )
        self._mirror.seed(pane_text)

    def pane_text(self) -> str:
        """The text the pane shows (see :class:`ExactTextEdit`), from the edit-by-edit mirror."""
        return self._mirror.pane_text()

    def body_text(self) -> str:
        """The body exactly as the writer has it, from the mirror (see :class:`PaneMirror`)."""
        return self._mirror.body_text()

    def reset_mirror(self) -> None:
        """Throw the mirror's copy away: the next read converts the whole document."""
        self._mirror.reset()

    def converted_body_text(self) -> str:
        """The body converted from the whole document, not from the mirror: what a save
        writes, so a mirror that went wrong can never reach the file."""
        return from_pane_text(super().pane_text())

    def cursor_line(self) -> int:
        """The 0-based line (block) the caret is on."""
        return self.textCursor().blockNumber()

    # -- scrolling -----------------------------------------------------------------------
    def top_line(self) -> float:
        """The fractional line number at the top of the view (0 = first line)."""
        block = self.firstVisibleBlock()
        if not block.isValid():
            return 0.0
        geometry = self.blockBoundingGeometry(block).translated(self.contentOffset())
        height = geometry.height() or 1.0
        return block.blockNumber() + max(0.0, -geometry.top()) / height

    def scroll_to_line(self, line: float) -> None:
        """Scroll so ``line`` (fractional) is at the top; does not emit ``topLineChanged``.

        The pane lays out long posts lazily, so the scroll bar's range (and with it the
        position) can still change after this returns. The echo is suppressed by the
        target line, not by a flag around the call: until the writer scrolls elsewhere,
        a position at ``line`` is ours, and a grown range puts the view back on it.
        """
        if not self.document().findBlockByNumber(int(line)).isValid():
            return
        self._quiet_line = line
        self._quiet_since.start()
        self._apply_quiet_line()

    def _apply_quiet_line(self) -> None:
        line = self._quiet_line
        if line is None:
            return
        block = self.document().findBlockByNumber(int(line))
        if not block.isValid():
            return
        # The vertical scroll bar counts layout lines; sum them up to the target block.
        value = 0
        current = self.document().firstBlock()
        while current.isValid() and current.blockNumber() < block.blockNumber():
            value += max(1, current.lineCount())
            current = current.next()
        value += int((line - int(line)) * max(1, block.lineCount()))
        self._following = True
        try:
            self.verticalScrollBar().setValue(value)
        finally:
            self._following = False

    def _keep_quiet_line(self, _minimum: int, _maximum: int) -> None:
        # Only while the layout settles: later range changes are the writer's typing.
        if self._quiet_line is not None and self._quiet_since.elapsed() < QUIET_SETTLE_MS:
            self._apply_quiet_line()
        else:
            self._quiet_line = None

    def _on_scrolled(self, _value: int) -> None:
        if self._following:
            return
        top = self.top_line()
        if self._quiet_line is not None and abs(top - self._quiet_line) < 0.5:
            return  # the lazily laid-out view settling where we put it
        self._quiet_line = None
        self.topLineChanged.emit(top)

    # -- input methods -------------------------------------------------------------------
    def is_composing(self) -> bool:
        """True while an input method shows pre-edit (uncommitted) text in the pane."""
        layout = self.textCursor().block().layout()
        if layout is not None:
            # The shown pre-edit is the truth: a flag could go stale if an input method
            # never sends its closing event (focus lost mid-word on some platforms).
            return bool(layout.preeditAreaText())
        return self._composing

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # Qt override
        self._composing = bool(event.preeditString())
        super().inputMethodEvent(event)

    def event(self, event: QEvent) -> bool:  # Qt override
        if self.is_composing():
            kind = event.type()
            if kind == QEvent.Type.ShortcutOverride:
                # Claim every key while composing so no menu shortcut fires mid-word.
                event.accept()
                return True
            if (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and (event.key() in _IME_KEYS or event.modifiers() & _COMMAND_MODIFIERS)
            ):
                event.accept()  # the input method's key: never a newline, tab or command
                return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        super().paintEvent(event)
        paint_invisible_marks(self, event.rect())
        if self._when_settled and not self._painted:
            self._painted = True
            self._check_settled()

    def call_when_settled(
        self, callback: Callable[[], None], meanwhile: Callable[[], None] | None = None
    ) -> None:
        """Call ``callback`` once the pane has painted its text and the stepped colouring
        of a long text is done, in the event loop's turn after; a hidden pane, which
        paints nothing, calls it in that turn at once, and so does a pane hidden before
        it settled (a tab left for another). ``meanwhile`` is called after each step of
        that colouring until then (it is still going)."""
        self._when_settled.append(callback)
        if meanwhile is not None:
            self._until_settled.append(meanwhile)
        self._painted = not self.isVisible()
        self._check_settled()

    def _on_pass_step(self) -> None:
        for meanwhile in tuple(self._until_settled):
            meanwhile()

    def hideEvent(self, event: QHideEvent) -> None:  # Qt override
        super().hideEvent(event)
        if self._when_settled:  # hidden, it paints nothing more: what waits goes on
            self._settle()

    def _check_settled(self) -> None:
        if self._when_settled and self._painted and not self.highlighter.is_highlighting():
            self._settle()

    def _settle(self) -> None:
        callbacks, self._when_settled = self._when_settled, []
        self._until_settled = []
        QTimer.singleShot(0, lambda: [callback() for callback in callbacks])

    def context_menu_at(self, point: QPoint) -> QMenu:
        """The right-click menu for ``point``: the entries for what is there, then the pane's."""
        factory = self.context_menu_factory
        menu = factory(self) if factory is not None else self.createStandardContextMenu()
        # Entries for the point clicked (proofreading fixes, spelling suggestions) first.
        extra = [action for provide in self.context_action_providers for action in provide(point)]
        existing = menu.actions()
        if extra and existing:
            menu.insertActions(existing[0], extra)
            menu.insertSeparator(existing[0])
        elif extra:
            menu.addActions(extra)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # Qt override
        menu = self.context_menu_at(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # Qt override
        super().focusOutEvent(event)
        self.focusLeft.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if not self.is_composing() and self._handle_markdown_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _handle_markdown_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        cursor = self.textCursor()
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            if editing_commands.apply_enter(cursor):
                self.setTextCursor(cursor)
                self.ensureCursorVisible()
                return True
            return False
        if key == Qt.Key.Key_Tab and plain:
            return self._indent(cursor, deeper=True)
        if key == Qt.Key.Key_Backtab or (
            key == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.ShiftModifier
        ):
            return self._indent(cursor, deeper=False)
        return False

    def _indent(self, cursor: QTextCursor, deeper: bool) -> bool:
        if editing_commands.apply_indent(cursor, deeper):
            self.setTextCursor(cursor)
            return True
        return not deeper  # Shift+Tab outside lists does nothing (and keeps focus here)

    # -- commands (menus call these) -----------------------------------------------------
    def run_edit(self, command: str) -> None:
        """Run a Markdown editing command by name on the caret or selection.

        ``bold``, ``italic``, ``code``, ``link``, ``heading_up``, ``heading_down``,
        ``list``, ``quote``, ``indent``, ``outdent``. Does nothing while composing.
        """
        if self.is_composing() or self.isReadOnly():
            return
        cursor = self.textCursor()
        match command:
            case "bold":
                editing_commands.apply_wrap(cursor, "**")
            case "italic":
                editing_commands.apply_wrap(cursor, "*")
            case "code":
                editing_commands.apply_wrap(cursor, "`")
            case "link":
                editing_commands.apply_link(cursor)
            case "heading_up" | "heading_down":
                editing_commands.apply_heading(cursor, bigger=command == "heading_up")
            case "list":
                editing_commands.apply_toggle_list(cursor)
            case "quote":
                editing_commands.apply_toggle_quote(cursor)
            case "indent" | "outdent":
                editing_commands.apply_indent(cursor, deeper=command == "indent")
            case _:
                raise ValueError(f"Unknown editing command: {command}")
        self.setTextCursor(cursor)

    # -- looks: font, zoom, width, gutter ------------------------------------------------
    def set_base_font(self, font: QFont) -> None:
        """Set the writing font (zoom steps are applied on top of its size)."""
        self._base_font = QFont(font)
        self._apply_font()

    def zoom_steps(self) -> int:
        """How many points the font is zoomed from its base size."""
        return self._zoom

    def zoom_in(self) -> None:
        """Make the text one point bigger."""
        self.set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        """Make the text one point smaller."""
        self.set_zoom(self._zoom - 1)

    def reset_zoom(self) -> None:
        """Back to the base font size."""
        self.set_zoom(0)

    def set_zoom(self, steps: int) -> None:
        """Zoom to ``steps`` points from the base size (clamped to readable sizes)."""
        base = self._base_font.pointSizeF()
        size = min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, base + steps))
        steps = round(size - base)
        if steps != self._zoom:
            self._zoom = steps
            self._apply_font()
            self.zoomChanged.emit(steps)

    def _apply_font(self) -> None:
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() + self._zoom)
        self.setFont(font)
        self.setTabStopDistance(4 * self.fontMetrics().horizontalAdvance(" "))
        self._update_margins()

    def set_line_width(self, characters: int) -> None:
        """Wrap at a readable column of about ``characters`` Latin letters (0 = window)."""
        self._line_width_chars = max(0, characters)
        self._update_margins()

    def line_width(self) -> int:
        """The readable column width in characters, 0 when wrapping at the window."""
        return self._line_width_chars

    def latin_char_width(self) -> float:
        """Average width of a Latin letter (a Japanese character is about twice as wide).

        ``QFontMetrics.averageCharWidth`` is skewed by the CJK fallback faces, so the
        alphabet is measured instead.
        """
        return self.fontMetrics().horizontalAdvance(_ALPHABET) / len(_ALPHABET)

    def set_line_numbers_visible(self, visible: bool) -> None:
        """Show or hide the line-number gutter."""
        self._gutter.setVisible(visible)
        self._update_margins()

    def line_numbers_visible(self) -> bool:
        """True when the line-number gutter is shown."""
        return not self._gutter.isHidden()

    def gutter_width(self) -> int:
        """Width in pixels the line-number gutter needs (0 when hidden)."""
        if self._gutter.isHidden():
            return 0
        digits = len(str(max(1, self.blockCount())))
        return 12 + self.fontMetrics().horizontalAdvance("9") * max(3, digits)

    def text_column_width(self) -> int:
        """Pixel width of the text column (the viewport's width)."""
        return self.viewport().width()

    def _update_margins(self, *_args: object) -> None:
        gutter = self.gutter_width()
        side = 0
        if self._line_width_chars:
            wanted = round(self.latin_char_width() * self._line_width_chars) + 24
            scroll_bar = self.verticalScrollBar().sizeHint().width()
            free = self.contentsRect().width() - gutter - scroll_bar
            side = max(0, (free - wanted) // 2)
        self.setViewportMargins(gutter + side, 0, side, 0)
        rect = self.contentsRect()
        self._gutter.setGeometry(QRect(rect.left(), rect.top(), gutter, rect.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._update_margins()

    def _update_gutter(self, rect: QRect, dy: int) -> None:
        if self._gutter.isHidden():
            return
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def paint_gutter(self, gutter: QWidget, event: QPaintEvent) -> None:
        """Paint the line numbers of the visible blocks (called by the gutter)."""
        painter = QPainter(gutter)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.base())
        dim = QColor(palette.text().color())
        dim.setAlphaF(0.35)
        current_color = QColor(palette.text().color())
        current_color.setAlphaF(0.75)
        current = self.textCursor().blockNumber()
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        width = gutter.width() - 6
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + round(self.blockBoundingRect(block).height())
            if block.isVisible() and bottom >= event.rect().top():
                number = block.blockNumber()
                painter.setPen(current_color if number == current else dim)
                painter.drawText(
                    0, top, width, height, Qt.AlignmentFlag.AlignRight, str(number + 1)
                )
            block = block.next()
            top = bottom

    # -- extra selections: several helpers share the pane --------------------------------
    def set_selection_layer(self, name: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Set one named layer of extra selections (find matches, focus dimming, …).

        Clearing a layer that is already empty changes nothing (focus mode, when off,
        clears its layer at every keystroke; Qt would re-lay every other layer's ranges).
        """
        if not selections and name not in self._selection_layers:
            return
        if selections:
            self._selection_layers[name] = selections
        else:
            self._selection_layers.pop(name, None)
        merged: list[QTextEdit.ExtraSelection] = []
        for layer in ("focus", *sorted(set(self._selection_layers) - {"focus"})):
            merged.extend(self._selection_layers.get(layer, ()))
        self.setExtraSelections(merged)

    # -- typewriter scrolling ------------------------------------------------------------
    def set_typewriter(self, enabled: bool) -> None:
        """Keep the caret's line in the middle of the view while typing."""
        self._typewriter = enabled
        self.setCenterOnScroll(enabled)
        if enabled:
            self.centerCursor()

    def typewriter(self) -> bool:
        """True when typewriter scrolling is on."""
        return self._typewriter

    def _on_cursor_moved(self) -> None:
        if self._typewriter:
            self.centerCursor()
        if not self._gutter.isHidden():
            self._gutter.update()
