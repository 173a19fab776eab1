"""Pasting or dropping images into the text pane: copy them into the site, insert a link.

:class:`ImageDropFilter` is an event filter installed on a post editor's text pane (and
its viewport, which receives the drops). Image files dropped or pasted are copied by
:meth:`~editor.core.site.site.Site.add_image` into the site's asset folder under a safe name;
raw image data on the clipboard (a screenshot) is saved as PNG first, named after the
post. The Markdown link, written the way the site links its assets with alt text (the
selected text, else the file name), goes in at the cursor (or the drop point). Undoing
the paste removes the file it created (if no other post links it); Redo brings it back.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from editor.core.site.assets import ImageLink
from editor.core.site.site import Site
from editor.core.site.site_errors import SiteError
from editor.services.error_text import describe_error

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".bmp"})


def image_files(mime: QMimeData) -> list[Path]:
    """The local image files among ``mime``'s URLs."""
    if not mime.hasUrls():
        return []
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in files if path.suffix.lower() in IMAGE_SUFFIXES and path.is_file()]


def has_image(mime: QMimeData | None) -> bool:
    """Whether ``mime`` carries image files or raw image data."""
    return mime is not None and (bool(image_files(mime)) or mime.hasImage())


def is_folder(mime: QMimeData) -> bool:
    """Whether ``mime`` is one local folder being dragged."""
    urls = mime.urls() if mime.hasUrls() else []
    return len(urls) == 1 and urls[0].isLocalFile() and Path(urls[0].toLocalFile()).is_dir()


class _Pasted:
    """An image file one paste created, and its bytes while an Undo has taken it away."""

    def __init__(self, link: ImageLink) -> None:
        self.link = link
        self.removed: bytes | None = None

    def remove(self) -> None:
        try:
            data = self.link.path.read_bytes()
            self.link.path.unlink()
        except OSError:
            return  # already gone or unreadable: nothing to take back
        self.removed = data

    def restore(self) -> None:
        if self.removed is None:
            return
        try:
            with open(self.link.path, "xb") as handle:  # never over another file
                handle.write(self.removed)
        except OSError:
            return
        self.removed = None


class ImageDropFilter(QObject):
    """Handles image drops and pastes for one text pane.

    ``site()`` returns the open site (or ``None``) and ``post_path()`` the post's file;
    both are asked at the moment of the drop, so renames and late site loads are followed.
    """

    def __init__(
        self,
        pane: QPlainTextEdit,
        site: Callable[[], Site | None],
        post_path: Callable[[], Path | None],
        image_folder: Callable[[], str | None] = lambda: None,
        still_reading: Callable[[Path], bool] = lambda _post: False,
    ) -> None:
        """Install on ``pane`` and its viewport.

        ``image_folder`` gives the writer's "Image folder" preference at the moment of the
        drop (``None``: the site's own setting or its generator's default);
        ``still_reading(post)`` tells whether the post's site is still being indexed
        (``site`` gives ``None`` until then).
        """
        super().__init__(pane)
        self._pane = pane
        self._site = site
        self._post_path = post_path
        self._image_folder = image_folder
        self._still_reading = still_reading
        self._pasted: list[_Pasted] = []
        pane.installEventFilter(self)
        pane.viewport().installEventFilter(self)
        pane.document().contentsChanged.connect(self._on_text_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, (QDragEnterEvent, QDragMoveEvent))
            if is_folder(event.mimeData()):
                # Not text to insert: let the window open the folder as a site.
                event.ignore()
                return True
            if has_image(event.mimeData()):
                event.acceptProposedAction()
                self._move_cursor_to(event)
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            if has_image(event.mimeData()):
                self._move_cursor_to(event)
                event.acceptProposedAction()
                self.insert_images(event.mimeData())
                return True
        elif kind == QEvent.Type.KeyPress and watched is self._pane:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Paste):
                mime = QGuiApplication.clipboard().mimeData()
                if has_image(mime) and not (mime.hasText() and not image_files(mime)):
                    self.insert_images(mime)
                    return True
        return False

    def _move_cursor_to(self, event: QDropEvent | QDragMoveEvent | QDragEnterEvent) -> None:
        self._pane.setTextCursor(self._pane.cursorForPosition(event.position().toPoint()))

    def insert_images(self, mime: QMimeData) -> list[Path]:
        """Copy the images in ``mime`` into the site and insert their links at the cursor.

        Selected text becomes the alt text (and is replaced by the link); else the alt
        text comes from the file name. A screenshot is named after the post.
        """
        site, post = self._site(), self._post_path()
        if site is None and post is not None and self._still_reading(post):
            self._warn(
                self.tr(
                    "Kiji is still reading the site's posts. Add the image again in a "
                    "moment, once the posts list is complete."
                )
            )
            return []
        if site is None or post is None:
            self._warn(
                self.tr(
                    "Images can be added once the post is saved inside an open site folder: "
                    "Kiji needs to know where the site keeps its images."
                )
            )
            return []
        sources = image_files(mime)
        selected = self._pane.textCursor().selectedText().replace("\u2029", " ").strip()
        links: list[ImageLink] = []
        with tempfile.TemporaryDirectory(prefix="kiji-paste-") as scratch:
            if not sources and mime.hasImage():
                image = QImage(mime.imageData())
                entry = site.entry(post)
                slug = entry.slug if entry is not None else Path(post).stem
                target = Path(scratch) / f"{slug or 'image'}.png"
                if image.isNull() or not image.save(str(target)):
                    self._warn(self.tr("The pasted image could not be read."))
                    return []
                sources = [target]
            for source in sources:
                try:
                    link = site.add_image(
                        source,
                        post,
                        alt=selected or None,
                        default_folder=self._image_folder(),
                    )
                except SiteError as error:
                    self._warn(describe_error(error))
                    continue
                links.append(link)
        if links:
            cursor = self._pane.textCursor()
            cursor.insertText("\n".join(link.markdown for link in links))
            self._pane.setTextCursor(cursor)
            self._pasted.extend(_Pasted(link) for link in links if link.created)
        return [link.path for link in links]

    def _on_text_changed(self) -> None:
        """An undone paste takes its new image file away; redoing it brings the file back.

        Only a file this pane created and no other post links is removed, and only when
        the link left through Undo (Redo is then available): a link cut to be pasted
        elsewhere keeps its file.
        """
        if not self._pasted:
            return
        document = self._pane.document()
        waiting = any(pasted.removed is not None for pasted in self._pasted)
        if not waiting and not document.isRedoAvailable():
            return  # plain typing: no paste can have been undone (keeps keystrokes cheap)
        text = self._pane.toPlainText()
        site, post = self._site(), self._post_path()
        for pasted in self._pasted:
            present = pasted.link.markdown in text
            if pasted.removed is None and not present and document.isRedoAvailable():
                if site is None or post is None:
                    continue
                if not site.references_elsewhere(pasted.link.url, post):
                    pasted.remove()
            elif pasted.removed is not None and present:
                pasted.restore()

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self._pane, self.tr("Could not add the image"), message)
