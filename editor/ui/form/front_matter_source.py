"""The raw front matter in a text editor, highlighted, with its parse error shown inline."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QColor, QFontDatabase, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from editor.services.document import DocumentSession
from editor.services.error_text import translate_text
from editor.ui.editor.edit_layout import use_edit_layout
from editor.ui.editor.exact_text import ExactTextEdit
from editor.ui.form.yaml_highlighter import FrontMatterHighlighter

EDIT_DELAY_MS = 300


class FrontMatterSource(QWidget):
    """Edit the front matter as text; the session gets it after a short pause in typing.

    Broken text is kept as typed (never lost); the error's line is marked and its message
    shown below the editor until the text parses again.
    """

    sourceApplied = Signal(str, str)  # the front-matter text before and after

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.editor = ExactTextEdit(self)  # toPlainText() would turn no-break spaces into spaces
        self.editor.setObjectName("frontMatterSource")
        layout_of_text = use_edit_layout(self.editor)  # a keystroke repaints its line
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setTabChangesFocus(False)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("frontMatterSourceError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; padding: 2px 6px;")
        self.error_label.hide()
        layout.addWidget(self.editor)
        layout.addWidget(self.error_label)
        dark = self.editor.palette().base().color().lightness() < 128
        self.highlighter = FrontMatterHighlighter(
            self.editor.document(), session.post.format or "yaml", dark, listener=layout_of_text
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(EDIT_DELAY_MS)
        self._timer.timeout.connect(self.apply)
        self.editor.textChanged.connect(self._timer.start)
        self._loading = False
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        # Follow the system's light/dark switch.
        if event.type() == QEvent.Type.PaletteChange:
            self.highlighter.set_dark(self.editor.palette().base().color().lightness() < 128)
        super().changeEvent(event)

    def reload(self) -> None:
        """Show the session's front matter (keeping the cursor line when possible)."""
        text = self.session.front_matter_text
        # The block always ends with a newline; what is typed need not.
        if text.rstrip("\n") != self.editor.body_text().rstrip("\n"):
            position = self.editor.textCursor().position()
            self._loading = True
            self.editor.set_text_quietly(text)
            self._loading = False
            self._timer.stop()
            cursor = self.editor.textCursor()
            cursor.setPosition(min(position, self.editor.document().characterCount() - 1))
            self.editor.setTextCursor(cursor)
        self.highlighter.set_format(self.session.post.format or "yaml")
        self.show_error()

    def has_pending_edit(self) -> bool:
        """True while typed text waits for the pause before it is applied."""
        return self._timer.isActive()

    def apply(self) -> None:
        """Hand the typed text to the session now."""
        self._timer.stop()
        if self._loading:
            return
        text = self.editor.body_text()
        if text and not text.endswith("\n"):
            text += "\n"
        before = self.session.front_matter_text
        if text != before:
            self.session.set_front_matter_text(text)
            self.sourceApplied.emit(before, self.session.front_matter_text)
        self.show_error()

    def show_error(self) -> None:
        """Mark the error line and show the message, or clear both."""
        post = self.session.post
        error = post.error
        selections: list[QTextEdit.ExtraSelection] = []
        if error is None:
            self.error_label.hide()
        else:
            file_line = error.line or 2
            # File lines count the opening fence (line 1); the editor shows the block only.
            block_line = max(0, file_line - 2)
            self.error_label.setText(
                self.tr("Line {line}: {message}").format(
                    line=file_line, message=translate_text(error.message)
                )
            )
            self.error_label.show()
            block = self.editor.document().findBlockByNumber(block_line)
            if block.isValid():
                selection = QTextEdit.ExtraSelection()
                selection.format.setBackground(QColor(179, 38, 30, 50))
                selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                selection.cursor = QTextCursor(block)
                selections.append(selection)
        self.editor.setExtraSelections(selections)
