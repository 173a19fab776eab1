"""The Post menu of the menu bar: the operations of the posts panel's context menu, for the
post in the current tab.

Both menus are built from :meth:`~editor.ui.site.site_actions.SiteActions.commands`, so an
operation added there appears in both. The menu is filled each time it opens, for the
post open at that moment (a draft offers Publish, a published post Unpublish).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from editor.core.site.site import Site
from editor.ui.site.site_actions import SiteActions, add_post_commands


class PostMenu(QMenu):
    """``&Post``: Publish/Unpublish, Rename…, Duplicate, Move to Trash… and New Post…."""

    def __init__(
        self,
        actions: SiteActions,
        site: Callable[[], Site | None],
        current_path: Callable[[], Path | None],
        new_post: QAction,
        parent: QWidget | None = None,
    ) -> None:
        """``current_path`` gives the post in the current tab; ``new_post`` ends the menu."""
        super().__init__(parent)
        self.setTitle(self.tr("&Post"))
        self.setObjectName("menuPost")
        self.menuAction().setObjectName("actionPostMenu")
        self._actions = actions
        self._site = site
        self._current_path = current_path
        self._new_post = new_post
        self.aboutToShow.connect(self.refill)
        self.refill()

    def refill(self) -> None:
        """Rebuild the entries for the post open now."""
        self.clear()
        site = self._site()
        path = self._current_path()
        entry = site.entry(path) if site is not None and path is not None else None
        if entry is None:
            hint = self.addAction(self.tr("Open a post of the site to publish, rename or copy it"))
            hint.setEnabled(False)
        else:
            is_draft = entry.kind == "draft" or entry.draft
            add_post_commands(self, self._actions.commands(), entry.path, is_draft)
        self.addSeparator()
        self.addAction(self._new_post)
