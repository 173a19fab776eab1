"""One open post: its lossless document, where it lives and whether it has unsaved changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from editor.core.post import Post, read_post, write_post


class DocumentSession(QObject):
    """Holds a :class:`Post` while it is edited and saves it safely.

    The UI pushes body text in with :meth:`set_body`; the session keeps the front matter
    bytes untouched, tracks the unsaved state against what is on disk, and saves through
    :func:`write_post` (atomic). Errors are raised as ``PostError`` for the UI to show.
    """

    dirtyChanged = Signal(bool)
    pathChanged = Signal(object)  # Path | None
    saved = Signal(object)  # Path
    frontMatterChanged = Signal()
    aboutToSave = Signal()  # editors commit typing they still hold (a field being edited)

    def __init__(self, post: Post, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._post = post
        self._path = path
        self._saved_text = post.text()
        self._dirty = False

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> DocumentSession:
        """Read the post at ``path``; raises ``PostError`` with a plain message on failure."""
        return cls(read_post(path), path, parent)

    @property
    def post(self) -> Post:
        """The document being edited."""
        return self._post

    @property
    def path(self) -> Path | None:
        """Where the post is saved, or ``None`` for an untitled post."""
        return self._path

    @property
    def is_dirty(self) -> bool:
        """True when the document differs from what was last read or saved."""
        return self._dirty

    @property
    def body(self) -> str:
        """The Markdown body."""
        return self._post.body

    def set_body(self, body: str) -> None:
        """Replace the body (front matter untouched) and update the unsaved state."""
        if body == self._post.body:
            return
        self._post.body = body
        self._update_dirty()

    @property
    def front_matter_text(self) -> str:
        """The raw front-matter block between the fences."""
        return self._post.front_matter_text

    def set_field(self, key: str, value: Any) -> None:
        """Set one front-matter field as a minimal splice; raises ``PostError`` if refused.

        A refused edit leaves the text exactly as it was.
        """
        before = self._post.front_matter_text
        self._post.front_matter[key] = value
        self._front_matter_edited(before)

    def delete_field(self, key: str) -> None:
        """Remove one front-matter field (its lines only); raises ``PostError`` if refused."""
        before = self._post.front_matter_text
        del self._post.front_matter[key]
        self._front_matter_edited(before)

    def set_front_matter_text(self, raw: str) -> None:
        """Replace the raw front-matter block, broken or not (``post.error`` tells which)."""
        before = self._post.front_matter_text
        self._post.set_front_matter_text(raw)
        self._front_matter_edited(before)

    def _front_matter_edited(self, before: str) -> None:
        if self._post.front_matter_text != before:
            self.frontMatterChanged.emit()
            self._update_dirty()

    def page(self) -> dict[str, Any]:
        """The front matter as a plain mapping for rendering (empty when it is broken)."""
        if self._post.error is not None:
            return {}
        return dict(self._post.front_matter)

    def save(self, path: Path | None = None) -> Path:
        """Write the document to ``path`` (default: where it came from) and return the path."""
        target = path or self._path
        if target is None:
            raise ValueError("An untitled post needs a file name; use save with a path.")
        self.aboutToSave.emit()
        write_post(target, self._post)
        self._saved_text = self._post.text()
        if target != self._path:
            self._path = target
            self.pathChanged.emit(target)
        self._update_dirty()
        self.saved.emit(target)
        return target

    def _update_dirty(self) -> None:
        dirty = self._post.text() != self._saved_text
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)
