"""One tab: a post's front matter and its Markdown body, bound to a document session."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from editor.core.site.vocabulary import SiteVocabulary
from editor.services.document import DocumentSession
from editor.ui.editor.text_pane import TextPane
from editor.ui.form.front_matter_form import FrontMatterForm

_LOG = logging.getLogger(__name__)


class PostEditor(QWidget):
    """The editing surface for one post (front matter above, body below).

    ``vocabulary`` is what the site's posts use (from the site index); the window hands
    it over, and :meth:`set_vocabulary` brings the index's later findings. The editor
    reads no other post itself.
    """

    dirtyChanged = Signal(bool)
    bodyEdited = Signal()

    def __init__(
        self,
        session: DocumentSession,
        parent: QWidget | None = None,
        vocabulary: SiteVocabulary | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.front_matter_form = FrontMatterForm(session, vocabulary, self)
        self.text_pane = TextPane(self)
        self.text_pane.set_text_quietly(session.body)
        splitter = QSplitter(self)
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(self.front_matter_form)
        splitter.addWidget(self.text_pane)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 480])
        splitter.setChildrenCollapsible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._banners = QVBoxLayout()
        self._banners.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._banners)
        layout.addWidget(splitter)
        self.text_pane.textChanged.connect(self._on_text_changed)
        session.aboutToSave.connect(self._save_exact_body)
        session.dirtyChanged.connect(self.dirtyChanged)

    def set_vocabulary(self, vocabulary: SiteVocabulary) -> None:
        """Offer ``vocabulary`` in the form from now on (the completers update live)."""
        self.front_matter_form.set_vocabulary(vocabulary)

    def add_banner(self, banner: QWidget) -> None:
        """Show ``banner`` (e.g. "changed on disk") above the post until it is closed."""
        self._banners.addWidget(banner)

    def _on_text_changed(self) -> None:
        # Qt also reports re-highlighting (a theme change) as a change: only real edits count,
        # or reading_time would be rewritten in posts the writer never touched. The body is
        # compared exactly (toPlainText() would differ at every no-break space and so
        # make a re-highlight look like an edit).
        if self.session.set_body(self.text_pane.body_text()):
            self.front_matter_form.body_changed()
            self.bodyEdited.emit()

    def _save_exact_body(self) -> None:
        # Typing reads the pane's text from its edit-by-edit mirror (fast); a save takes
        # the whole document's own conversion, so the file is what the pane shows even if
        # the mirror ever went wrong.
        exact = self.text_pane.converted_body_text()
        if exact != self.session.body:
            if self.session.body == self.text_pane.body_text():
                _LOG.log(logging.WARNING, "The text pane mirror differed from the document; fixed.")
                self.text_pane.reset_mirror()
            self.session.set_body(exact)

    def focus_body_start(self) -> None:
        """Put the keyboard focus in the text pane with the cursor at the start of the body."""
        self.text_pane.moveCursor(QTextCursor.MoveOperation.Start)
        self.text_pane.setFocus()
