"""One tab: a post's front matter and its Markdown body, bound to a document session."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from editor.services.document import DocumentSession
from editor.ui.text_pane import TextPane


class FrontMatterView(QWidget):
    """The raw front matter, read-only, with the parse error (if any) above it."""

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frontMatterView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("frontMatterError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; padding: 2px 6px;")
        self.source = QPlainTextEdit(self)
        self.source.setObjectName("frontMatterSource")
        self.source.setReadOnly(True)
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.error_label)
        layout.addWidget(self.source)
        self.show_post(session)

    def show_post(self, session: DocumentSession) -> None:
        """Display the post's front matter exactly as written, and its error if it is broken."""
        post = session.post
        self.source.setPlainText(post.front_matter_text)
        error = post.error
        self.error_label.setVisible(error is not None)
        if error is not None:
            self.error_label.setText(
                self.tr("Front matter line {line}: {message}").format(
                    line=error.line, message=error.message
                )
            )
        self.setVisible(post.format is not None)


class PostEditor(QWidget):
    """The editing surface for one post (front matter above, body below)."""

    dirtyChanged = Signal(bool)
    bodyEdited = Signal()

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.front_matter_view = FrontMatterView(session, self)
        self.text_pane = TextPane(self)
        self.text_pane.set_text_quietly(session.body)
        splitter = QSplitter(self)
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(self.front_matter_view)
        splitter.addWidget(self.text_pane)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([150, 600])
        splitter.setChildrenCollapsible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._banners = QVBoxLayout()
        self._banners.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._banners)
        layout.addWidget(splitter)
        self.text_pane.textChanged.connect(self._on_text_changed)
        session.dirtyChanged.connect(self.dirtyChanged)

    def add_banner(self, banner: QWidget) -> None:
        """Show ``banner`` (e.g. "changed on disk") above the post until it is closed."""
        self._banners.addWidget(banner)

    def _on_text_changed(self) -> None:
        self.session.set_body(self.text_pane.toPlainText())
        self.bodyEdited.emit()

    def focus_body_start(self) -> None:
        """Put the keyboard focus in the text pane with the cursor at the start of the body."""
        self.text_pane.moveCursor(QTextCursor.MoveOperation.Start)
        self.text_pane.setFocus()
