"""The site's disk changes, done in one place and announced by signals.

Publishing, unpublishing, renaming, changing a slug, duplicating and moving a post to the
trash change files on disk. :class:`SiteOperations` does them (through
:class:`~editor.core.site.site.Site`, which never overwrites a file) and says what changed:
``moved(old, new)``, ``created(path)``, ``deleted(path)``. The UI asks the writer first
(``ui/site/site_actions.py``) and follows the signals: open tabs follow a moved post, the
tab of a trashed post closes, a duplicate opens.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor.core.site.site import Site
from editor.core.site.site_errors import SiteError


class NoSiteError(SiteError):
    """An operation was asked for while no site is open."""


class SiteOperations(QObject):
    """Post operations on the open site; each raises ``SiteError`` in plain words.

    ``moved(old, new)`` after publish, unpublish, rename or a slug change (``old == new``
    when the file changed in place); ``created(path)`` after a duplicate;
    ``deleted(path)`` once a post is in the trash.
    """

    moved = Signal(object, object)
    created = Signal(object)
    deleted = Signal(object)

    def __init__(self, site: Callable[[], Site | None], parent: QObject | None = None) -> None:
        """``site`` returns the open site (or ``None``)."""
        super().__init__(parent)
        self._site = site

    def publish(self, path: Path, date: datetime | None = None) -> Path:
        """Publish the draft at ``path`` (dated ``date``, else now); its new path."""
        return self._moved(path, self._require().publish(path, date=date))

    def unpublish(self, path: Path) -> Path:
        """Turn the post at ``path`` back into a draft; its new path."""
        return self._moved(path, self._require().unpublish(path))

    def rename(self, path: Path, target: Path) -> Path:
        """Move the post at ``path`` to ``target`` (never over another file)."""
        return self._moved(path, self._require().rename(path, target))

    def change_slug(self, path: Path, slug: str) -> Path:
        """Give the post at ``path`` the slug ``slug`` (file name and ``slug:`` line)."""
        return self._moved(path, self._require().change_slug(path, slug))

    def duplicate(self, path: Path) -> Path:
        """Copy the post at ``path`` next to itself; the copy's path."""
        copy = self._require().duplicate(path)
        self.created.emit(copy)
        return copy

    def delete(self, path: Path) -> None:
        """Move the post at ``path`` to the system trash."""
        self._require().delete(path)
        self.deleted.emit(path)

    def _require(self) -> Site:
        site = self._site()
        if site is None:
            raise NoSiteError("No site is open.")
        return site

    def _moved(self, old: Path, new: Path) -> Path:
        self.moved.emit(old, new)  # old == new: changed in place, open tabs reload
        return new
