"""One open post: its lossless document, where it lives and whether it has unsaved changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from editor.core.post.post import Post, PostError, read_post, write_post
from editor.core.post.storage import Expected, WriteConflictError, file_hash, sweep_stale_temp_files


class SaveConflict(PostError):  # noqa: N818 - the name the brief and callers use
    """The file changed on disk since Kiji last read it; saving would overwrite that change.

    ``kept`` is set in the rare case where the other program's version was moved aside
    (beside the post) rather than left in place; nothing of either text is lost.
    """

    def __init__(self, path: Path, disk_hash: str | None, kept: Path | None = None) -> None:
        message = f"{path.name} was changed on disk by another program since you opened it."
        if kept is not None:
            message += f" That program's version was kept as {kept.name}."
        super().__init__(message, path=path)
        self.disk_hash = disk_hash
        self.kept = kept


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
    contentChanged = Signal()  # any edit of the text, body or front matter (the journal listens)
    replaced = Signal()  # the whole text came from outside (reload, restore): views re-read it
    missingChanged = Signal(bool)  # the file was deleted or moved away on disk (or is back)

    def __init__(self, post: Post, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._post = post
        self._path = path
        self._saved_text = post.text()
        self._dirty = False
        self._missing = False
        self._front_length = len(self._saved_text) - len(post.body)
        self._front_is_saved = True

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> DocumentSession:
        """Read the post at ``path``; raises ``PostError`` with a plain message on failure."""
        post = read_post(path)
        sweep_stale_temp_files(path)  # leftovers of a save that was killed mid-way
        return cls(post, path, parent)

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

    def set_body(self, body: str) -> bool:
        """Replace the body (front matter untouched); returns False when nothing changed."""
        old = self._post.body
        if body == old:
            return False
        self._post.body = body
        # An empty body may gain the newline after the closing fence: then the front
        # part changed too. Otherwise only the body did, which is cheap to compare.
        self._update_dirty(body_only=bool(old))
        self.contentChanged.emit()
        return True

    @property
    def disk_hash(self) -> str | None:
        """Content hash of the file as last read or saved (``None``: never read from disk)."""
        return self._post.source_hash

    @property
    def is_missing(self) -> bool:
        """True when the file was deleted or moved away on disk while open."""
        return self._missing

    def set_missing(self, missing: bool) -> None:
        """Record whether the file is gone from disk (the file watcher calls this)."""
        if missing != self._missing:
            self._missing = missing
            self.missingChanged.emit(missing)

    def set_text(self, text: str) -> None:
        """Replace the whole document (front matter and body), e.g. with recovered text.

        Nothing is written; the document becomes unsaved if ``text`` differs from disk.
        """
        if text == self._post.text():
            return
        old = self._post
        post = Post.parse(text)
        post.newline, post.bom = old.newline, old.bom
        post.source_hash, post.path = old.source_hash, old.path
        post.source_identity = old.source_identity
        self._adopt(post)
        self._update_dirty()
        self._announce_replaced()

    def reload_from_disk(self) -> None:
        """Throw the unsaved text away and read the file again; raises ``PostError``."""
        if self._path is None:
            raise ValueError("An untitled post has no file to reload.")
        post = read_post(self._path)
        self._adopt(post)
        self._saved_text = post.text()
        self.set_missing(False)
        self._update_dirty()
        self._announce_replaced()

    def relocate(self, new_path: Path) -> None:
        """Follow the file to ``new_path`` (a rename or move Kiji made); the tab stays.

        When the file's text is still the session's, only the path changes; when the move
        changed it too (publishing sets the date), the session takes the new text, as a
        reload would. Unsaved edits are never thrown away: the site operations settle them
        before they move a file. Raises ``PostError`` when the new file cannot be read.
        """
        new_path = Path(new_path).absolute()
        moved = read_post(new_path)
        self._path = new_path
        if moved.text() != self._post.text() or self._dirty:
            self._adopt(moved)
            self._saved_text = moved.text()
            self._update_dirty()
            self._announce_replaced()
        else:
            # Same text: take the new file's identity, keep everything the views hold.
            self._post.source_hash = moved.source_hash
            self._post.source_identity = moved.source_identity
        self.set_missing(False)
        self.pathChanged.emit(new_path)

    def _adopt(self, post: Post) -> None:
        # Keep the Post object itself: views hold bound methods of it (the form's field
        # context), so its state is taken over rather than the object swapped.
        vars(self._post).clear()
        vars(self._post).update(vars(post))

    def _announce_replaced(self) -> None:
        self.replaced.emit()
        self.frontMatterChanged.emit()
        self.contentChanged.emit()

    def keep_mine(self) -> None:
        """Keep the text in the editor over a change on disk: the next save overwrites it.

        The disk version becomes the one this document is based on, so the document stays
        unsaved and :meth:`save` no longer reports the conflict.
        """
        if self._path is None:
            return
        try:
            disk = read_post(self._path)
        except PostError:
            # Gone or unreadable: nothing to base on; saving writes a fresh file.
            self._post.source_hash = file_hash(self._path)
            self._post.source_identity = None
            self._saved_text = ""
        else:
            self._post.source_hash = disk.source_hash
            self._post.source_identity = disk.source_identity
            self._saved_text = disk.text()
        self._update_dirty()

    def conflicts_on_disk(self) -> bool:
        """True when the file on disk is no longer what this document was read from."""
        if self._path is None or self._post.source_hash is None:
            return False
        current = file_hash(self._path)
        return current is not None and current != self._post.source_hash

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
            self.contentChanged.emit()

    def page(self) -> dict[str, Any]:
        """The front matter as a plain mapping for rendering (empty when it is broken)."""
        if self._post.error is not None:
            return {}
        return dict(self._post.front_matter)

    def save(self, path: Path | None = None, *, overwrite: bool = False) -> Path:
        """Write the document to ``path`` (default: where it came from) and return the path.

        Saving to its own file first checks that the file on disk is still the one last
        read; if another program changed it, :class:`SaveConflict` is raised and nothing
        is written (``overwrite=True`` skips the check).
        """
        target = path or self._path
        if target is None:
            raise ValueError("An untitled post needs a file name; use save with a path.")
        self.aboutToSave.emit()
        guarded = not overwrite and target == self._path and self._post.source_hash is not None
        if guarded and self.conflicts_on_disk():
            raise SaveConflict(target, file_hash(target))
        expected = None
        if guarded:
            assert self._post.source_hash is not None
            expected = Expected(self._post.source_hash, self._post.source_identity)
        try:
            write_post(target, self._post, expected=expected)
        except WriteConflictError as conflict:
            # Another program wrote while we saved: its version is on disk (or kept).
            raise SaveConflict(target, file_hash(target), conflict.kept) from conflict
        self.set_missing(False)
        self._saved_text = self._post.text()
        if target != self._path:
            self._path = target
            self.pathChanged.emit(target)
        self._update_dirty()
        self.saved.emit(target)
        return target

    def _update_dirty(self, *, body_only: bool = False) -> None:
        """Compare the document with the saved text (``body_only``: only the body changed).

        A keystroke must not cost the whole text: the front part's length and whether it
        is the saved one are kept from the last full comparison, so a body-only change
        compares lengths first and the body itself only when they are equal (typing
        back to the saved text, or undoing to it, makes the post clean again).
        """
        saved = self._saved_text
        if body_only:
            body = self._post.body
            if self._front_length + len(body) != len(saved):
                dirty = True
            else:
                dirty = not (self._front_is_saved and saved.endswith(body))
        else:
            text = self._post.text()
            self._front_length = len(text) - len(self._post.body)
            self._front_is_saved = saved[: self._front_length] == text[: self._front_length]
            dirty = text != saved
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)
