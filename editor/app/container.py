"""The composition root: the one place that builds Kiji's services and hands them out.

``main()`` (and the self-test, the benchmarks, the tests) call :func:`build_services` once
and give the result to :class:`~editor.ui.window.main_window.MainWindow`; widgets never build a
service of their own. So every preference reaches every consumer (they all hold the same
:class:`~editor.services.settings.Settings`, whose ``changed`` signal they follow), and all
user data lives in one folder, :func:`editor.core.paths.user_data_dir`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editor.core.paths import journal_dir, migrate_user_data, user_data_dir
from editor.core.post.journal import Journal
from editor.services.recent_sites import RECENT_FILE, RecentSites
from editor.services.settings import SETTINGS_FILE, Settings, legacy_settings_folder

# The per-window services are imported when a window asks for one: the settings, the
# journal and the recent sites are all a start needs before its window is on screen.
if TYPE_CHECKING:
    from editor.core.export.export_api import ExporterRegistry
    from editor.core.site.site import Site
    from editor.services.git_repo import GitRepo
    from editor.services.proofreading import ProofreadingService
    from editor.services.render_worker import RenderWorker
    from editor.services.site_index import SiteIndex
    from editor.services.site_operations import SiteOperations
    from editor.services.textlint import TextlintService


@dataclass
class AppServices:
    """Kiji's services, shared by every window of the process.

    ``settings``, ``journal`` and ``recent_sites`` are the process's own; a render worker,
    the export formats and a site index belong to one window (and one site), so they come
    from :meth:`new_render_worker`, :meth:`new_exporters` and :meth:`new_site_index`.
    """

    settings: Settings
    journal: Journal
    recent_sites: RecentSites

    def new_render_worker(self, parent: QObject) -> RenderWorker:
        """A render worker for one window's preview (its thread ends with ``parent``)."""
        from editor.services.render_worker import RenderWorker

        return RenderWorker(parent)

    def new_exporters(self, parent: QObject) -> ExporterRegistry:
        """The export formats Kiji offers, in menu order (the PDF printer is ``parent``'s)."""
        from editor.core.export.export_api import ExporterRegistry
        from editor.core.export.export_formats import HtmlExporter, RichTextExporter
        from editor.services.pdf_export import PdfFileExporter

        return ExporterRegistry.of([HtmlExporter(), PdfFileExporter(parent), RichTextExporter()])

    def new_proofreader(self, parent: QObject) -> ProofreadingService:
        """The proofreading worker of one window (style checks, spelling, site spellings)."""
        from editor.services.proofreading import ProofreadingService

        return ProofreadingService(parent)

    def new_textlint(self, parent: QObject) -> TextlintService:
        """The runner of a site's own textlint for one window."""
        from editor.services.textlint import TextlintService

        return TextlintService(parent)

    def new_site_index(self, root: Path, parent: QObject) -> SiteIndex:
        """The live index of the site at ``root``, owned by ``parent`` (not started yet);
        kept in the user cache between runs."""
        from editor.services.site_index import SiteIndex

        return SiteIndex(root, cache_dir=user_data_dir() / "cache", parent=parent)

    def new_site_operations(
        self, site: Callable[[], Site | None], parent: QObject
    ) -> SiteOperations:
        """The one place a window's site operations change files (``site``: the open site)."""
        from editor.services.site_operations import SiteOperations

        return SiteOperations(site, parent)

    def new_git_repo(self, root: Path, parent: QObject) -> GitRepo:
        """The Git repository of the site at ``root``, through the ``git`` on PATH."""
        from editor.services.git_repo import GitRepo

        return GitRepo(root, parent=parent)


def build_services(folder: Path | None = None, parent: QObject | None = None) -> AppServices:
    """Build every app-wide service over the user folder ``folder`` (default: Kiji's own).

    Settings and recent sites that the first build kept in Qt's app-data folder are copied
    over on first start, so nobody loses their preferences to the move.
    """
    home = folder if folder is not None else user_data_dir()
    if folder is None:
        legacy = legacy_settings_folder()
        if legacy is not None:
            migrate_user_data(legacy, home, (SETTINGS_FILE, RECENT_FILE))
    journal_folder = journal_dir() if folder is None else home / "journal"
    return AppServices(
        settings=Settings(home, parent=parent),
        journal=Journal(journal_folder),
        recent_sites=RecentSites(home / RECENT_FILE),
    )
