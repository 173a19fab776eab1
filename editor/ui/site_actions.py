"""Publish, unpublish, rename (offered), duplicate and delete posts, with plain-words dialogs.

The operations themselves are :class:`~editor.core.site.Site`'s; this module asks before
anything that moves or removes a file, explains name collisions (nothing is ever
overwritten) and shows every error as the core wrote it. The window listens to
``moved``/``created``/``deleted`` to keep open tabs in line with the files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from editor.core.site import Site
from editor.core.site_errors import NameCollisionError, SiteError
from editor.core.site_index import PostEntry
from editor.core.slug import make_slug
from editor.services.error_text import describe_error
from editor.ui.slug_dialog import ChangeSlugDialog

Settle = Callable[[Path], bool]
"""Called before a file is changed: save (or refuse) unsaved edits of that post."""
SlugFor = Callable[[str], str]
"""Suggests a slug for a title (the writer's length preferences applied)."""


@dataclass(frozen=True)
class PostAction:
    """One operation on a post, for the posts panel's menu and the window's Post menu.

    ``name`` is stable (tests, object names: ``postAction<Name>``); ``text`` is shown;
    ``run`` does it for a path; a ``None`` in a list of actions is a separator.
    """

    name: str
    text: str
    run: Callable[[Path], object]


def _relative(site: Site, path: Path) -> str:
    try:
        return path.relative_to(site.root).as_posix()
    except ValueError:
        return str(path)


class SiteActions(QObject):
    """The post operations offered by the site panel and the menus.

    ``moved(old, new)`` when a post's file moved (publish, unpublish, rename);
    ``created(path)`` for a duplicate; ``deleted(path)`` once a post went to the trash.
    """

    moved = Signal(object, object)
    created = Signal(object)
    deleted = Signal(object)

    def __init__(
        self,
        site: Callable[[], Site | None],
        parent: QWidget,
        *,
        settle: Settle | None = None,
        slug_for: SlugFor | None = None,
    ) -> None:
        """``site`` returns the open site; dialogs are parented to ``parent``."""
        super().__init__(parent)
        self._site = site
        self._parent = parent
        self._settle = settle or (lambda _path: True)
        self._slug_for = slug_for or make_slug

    def post_actions(self, entry: PostEntry) -> list[PostAction | None]:
        """The operations that apply to ``entry``, in menu order (``None``: a separator)."""
        if entry.kind == "draft" or entry.draft:
            publishing = PostAction("Publish", self.tr("Publish"), self.publish)
        else:
            publishing = PostAction("Unpublish", self.tr("Unpublish"), self.unpublish)
        return [
            publishing,
            PostAction("ChangeSlug", self.tr("Change Slug…"), self.change_slug),
            PostAction("Rename", self.tr("Rename to Match Slug and Date…"), self.offer_rename),
            PostAction("Duplicate", self.tr("Duplicate"), self.duplicate),
            None,
            PostAction("Delete", self.tr("Move to Trash…"), self.delete),
        ]

    # -- operations ---------------------------------------------------------------------

    def publish(self, path: Path) -> Path | None:
        """Publish the draft at ``path`` (dated now); return its new path."""
        site = self._site()
        if site is None or not self._settle(path):
            return None
        return self._run(lambda: site.publish(path), path, self.tr("Could not publish"))

    def unpublish(self, path: Path) -> Path | None:
        """Turn the post at ``path`` back into a draft, after asking; return its new path."""
        site = self._site()
        if site is None:
            return None
        answer = QMessageBox.question(
            self._parent,
            self.tr("Unpublish"),
            self.tr("Turn “{0}” back into a draft? It will leave the published site.").format(
                _relative(site, path)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes or not self._settle(path):
            return None
        return self._run(lambda: site.unpublish(path), path, self.tr("Could not unpublish"))

    def offer_rename(self, path: Path, slug: str | None = None) -> Path | None:
        """Offer to rename ``path`` to match its slug and date; rename only if the writer agrees.

        Returns the new path, or ``None`` when the name is already right, the writer
        declined, or the rename was refused (the reason is shown).
        """
        site = self._site()
        if site is None:
            return None
        try:
            target = site.suggested_path(path, slug=slug)
        except SiteError as error:
            self._show_error(self.tr("Cannot rename"), error)
            return None
        if target is None:
            return None
        if target.exists():
            self._show_error(self.tr("Cannot rename"), NameCollisionError(target))
            return None
        answer = QMessageBox.question(
            self._parent,
            self.tr("Rename the file?"),
            self.tr(
                "The post's slug or date no longer matches its file name.\n\nRename\n{0}\nto\n{1}?"
            ).format(_relative(site, path), _relative(site, target)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes or not self._settle(path):
            return None
        return self._run(lambda: site.rename(path, target), path, self.tr("Could not rename"))

    def change_slug(self, path: Path, slug: str | None = None) -> Path | None:
        """Ask for a new slug (or use ``slug``), then rename the post; return its path."""
        site = self._site()
        if site is None:
            return None
        if slug is None:
            try:
                current = site.current_slug(path)
            except SiteError as error:
                self._show_error(self.tr("Cannot change the slug"), error)
                return None
            entry = site.entry(path)
            title = entry.title if entry is not None else ""
            dialog = ChangeSlugDialog(
                current, self._slug_for(title) if title else "", _relative(site, path),
                self._parent,
            )  # fmt: skip
            try:
                if dialog.exec() != QDialog.DialogCode.Accepted or dialog.slug() == current:
                    return None
                slug = dialog.slug()
            finally:
                dialog.deleteLater()
        if not self._settle(path):
            return None
        wanted = slug
        return self._run(
            lambda: site.change_slug(path, wanted), path, self.tr("Could not change the slug")
        )

    def duplicate(self, path: Path) -> Path | None:
        """Copy the post next to itself; return the copy's path."""
        site = self._site()
        if site is None:
            return None
        try:
            copy = site.duplicate(path)
        except SiteError as error:
            self._show_error(self.tr("Could not duplicate"), error)
            return None
        self.created.emit(copy)
        return copy

    def delete(self, path: Path) -> bool:
        """Move the post to the system trash after asking; True when it is gone."""
        site = self._site()
        if site is None:
            return False
        answer = QMessageBox.question(
            self._parent,
            self.tr("Move to Trash"),
            self.tr(
                "Move “{0}” to the trash?\n\nYou can restore it from the system trash; "
                "unsaved changes to it are lost."
            ).format(_relative(site, path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            site.delete(path)
        except SiteError as error:
            self._show_error(self.tr("Could not move to the trash"), error)
            return False
        self.deleted.emit(path)
        return True

    # -- helpers ------------------------------------------------------------------------

    def _run(self, operation: Callable[[], Path], path: Path, title: str) -> Path | None:
        try:
            result = operation()
        except SiteError as error:
            self._show_error(title, error)
            return None
        if result != path:
            self.moved.emit(path, result)
        else:
            self.moved.emit(path, path)  # changed in place: open tabs reload
        return result

    def _show_error(self, title: str, error: Exception) -> None:
        message = describe_error(error)
        if isinstance(error, NameCollisionError):
            message = self.tr(
                "{0}\n\nKiji never overwrites a file. Rename or move the other file first, "
                "or pick another slug or date."
            ).format(message)
        QMessageBox.warning(self._parent, title, message)
