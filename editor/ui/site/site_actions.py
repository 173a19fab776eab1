"""Publish, unpublish, rename (offered), duplicate and delete posts, with plain-words dialogs.

The operations themselves are :class:`~editor.services.site_operations.SiteOperations`'s
(the one place the site's files change); this module asks before anything that moves or
removes a file, explains name collisions (nothing is ever overwritten) and shows every
error as the core wrote it. The window listens to the operations' ``moved``/``created``/
``deleted`` (also reachable here) to keep open tabs in line with the files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from editor.core.site.site import Site
from editor.core.site.site_errors import NameCollisionError, SiteError
from editor.core.text.slug import make_slug
from editor.services.error_text import describe_error
from editor.services.site_operations import SiteOperations
from editor.ui.dialogs.slug_dialog import ChangeSlugDialog

Settle = Callable[[Path], bool]
"""Called before a file is changed: save (or refuse) unsaved edits of that post."""
SlugFor = Callable[[str], str]
"""Suggests a slug for a title (the writer's length preferences applied)."""


@dataclass(frozen=True)
class PostCommand:
    """One operation on a post, as menus show it.

    ``for_drafts`` / ``for_posts`` say which kind of post it applies to; ``group``
    starts a new section of the menu when it changes.
    """

    name: str
    text: str
    run: Callable[[Path], object]
    for_drafts: bool = True
    for_posts: bool = True
    group: int = 0

    def applies_to(self, is_draft: bool) -> bool:
        """Whether the command is offered for a draft (``is_draft``) or a published post."""
        return self.for_drafts if is_draft else self.for_posts


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

    def __init__(
        self,
        site: Callable[[], Site | None],
        parent: QWidget,
        *,
        settle: Settle | None = None,
        slug_for: SlugFor | None = None,
        operations: SiteOperations | None = None,
    ) -> None:
        """``site`` returns the open site; dialogs are parented to ``parent``.

        ``operations`` change the files (the composition root's, or one over ``site``).
        """
        super().__init__(parent)
        self._site = site
        self.operations = operations if operations is not None else SiteOperations(site, self)
        self.moved = self.operations.moved
        self.created = self.operations.created
        self.deleted = self.operations.deleted
        self._parent = parent
        self._settle = settle or (lambda _path: True)
        self._slug_for = slug_for or make_slug

    # -- what menus offer ---------------------------------------------------------------

    def commands(self) -> list[PostCommand]:
        """Every post operation, in menu order: the one list the posts panel's context
        menu and the Post menu are both built from (add a command here, it shows in both)."""
        return [
            PostCommand("publish", self.tr("Publish"), self.publish, for_posts=False),
            PostCommand("unpublish", self.tr("Unpublish"), self.unpublish, for_drafts=False),
            PostCommand("change_slug", self.tr("Change Slug…"), self.change_slug),
            PostCommand(
                "rename",
                self.tr("Rename to Match Slug and Date…"),
                lambda path: self.offer_rename(path, explain=True),
            ),
            PostCommand("duplicate", self.tr("Duplicate"), self.duplicate),
            PostCommand("trash", self.tr("Move to Trash…"), self.delete, group=1),
        ]

    # -- operations ---------------------------------------------------------------------

    def publish(self, path: Path) -> Path | None:
        """Publish the draft at ``path``; return its new path.

        A draft whose front matter sets a date is published with it or with now, as the
        writer chooses (never silently replaced); one without is dated now.
        """
        site = self._site()
        if site is None:
            return None
        try:
            chosen = site.chosen_date(path)
        except SiteError as error:
            self._show_error(self.tr("Could not publish"), error)
            return None
        when: datetime | None = None
        if chosen is not None:
            answer = self._ask_publish_date(site, path, chosen)
            if answer is False:
                return None
            when = chosen if answer else None
        if not self._settle(path):
            return None
        return self._run(
            lambda: self.operations.publish(path, date=when), path, self.tr("Could not publish")
        )

    def _ask_publish_date(self, site: Site, path: Path, chosen: datetime) -> bool | None:
        """Keep the chosen date (``True``), use now (``None``) or cancel (``False``)."""
        try:
            keep_path, now_path = site.published_target(path, chosen), site.published_target(path)
        except SiteError as error:
            self._show_error(self.tr("Could not publish"), error)
            return False
        box = QMessageBox(self._parent)
        box.setObjectName("publishDateBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Publish"))
        box.setText(
            self.tr(
                "“{0}” is dated {1}. Publish it with that date, or with the date and time now?"
            ).format(_relative(site, path), chosen.strftime("%Y-%m-%d %H:%M"))
        )
        box.setInformativeText(
            self.tr("With its date it is saved as {0}.\nWith now: {1}.").format(
                _relative(site, keep_path), _relative(site, now_path)
            )
        )
        keep = box.addButton(self.tr("Keep Its Date"), QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName("publishKeepDate")
        now = box.addButton(self.tr("Use Now"), QMessageBox.ButtonRole.AcceptRole)
        now.setObjectName("publishUseNow")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is keep:
            return True
        if clicked is now:
            return None
        return False

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
        return self._run(
            lambda: self.operations.unpublish(path), path, self.tr("Could not unpublish")
        )

    def offer_rename(
        self, path: Path, slug: str | None = None, *, explain: bool = False
    ) -> Path | None:
        """Offer to rename ``path`` to match its slug and date; rename only if the writer agrees.

        Returns the new path, or ``None`` when the name is already right, the writer
        declined, or the rename was refused (the reason is shown). With ``explain`` (the
        writer asked from a menu) a name that is already right is said so too.
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
            if explain:
                QMessageBox.information(
                    self._parent,
                    self.tr("Nothing to rename"),
                    self.tr(
                        "“{0}” already matches the post's slug and date, so its file "
                        "name stays as it is."
                    ).format(_relative(site, path)),
                )
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
        return self._run(
            lambda: self.operations.rename(path, target), path, self.tr("Could not rename")
        )

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
            lambda: self.operations.change_slug(path, wanted),
            path,
            self.tr("Could not change the slug"),
        )

    def duplicate(self, path: Path) -> Path | None:
        """Copy the post next to itself; return the copy's path."""
        site = self._site()
        if site is None:
            return None
        try:
            copy = self.operations.duplicate(path)
        except SiteError as error:
            self._show_error(self.tr("Could not duplicate"), error)
            return None
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
            self.operations.delete(path)
        except SiteError as error:
            self._show_error(self.tr("Could not move to the trash"), error)
            return False
        return True

    # -- helpers ------------------------------------------------------------------------

    def _run(self, operation: Callable[[], Path], path: Path, title: str) -> Path | None:
        """Run one of the operations (which announces the move); show its error, if any."""
        try:
            return operation()
        except SiteError as error:
            self._show_error(title, error)
            return None

    def _show_error(self, title: str, error: Exception) -> None:
        message = describe_error(error)
        if isinstance(error, NameCollisionError):
            message = self.tr(
                "{0}\n\nKiji never overwrites a file. Rename or move the other file first, "
                "or pick another slug or date."
            ).format(message)
        QMessageBox.warning(self._parent, title, message)


def add_post_commands(
    menu: QMenu, commands: list[PostCommand], path: Path, is_draft: bool
) -> list[QAction]:
    """Add the ``commands`` that apply to the post at ``path`` to ``menu``; return them."""
    added: list[QAction] = []
    group: int | None = None
    menu.addSeparator()
    for command in commands:
        if not command.applies_to(is_draft):
            continue
        if group is not None and command.group != group:
            menu.addSeparator()
        group = command.group
        action = menu.addAction(command.text)
        action.setObjectName(f"postAction_{command.name}")
        action.triggered.connect(lambda _checked=False, c=command: c.run(path))
        added.append(action)
    return added
