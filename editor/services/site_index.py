"""Keep the index of a site's posts current, off the UI thread.

``SiteIndex`` opens the site in a worker thread (``ready`` when done), then watches the
post folders. Changes on disk (git pull, another editor) are coalesced for a moment,
re-read in the worker (only the files whose size or modification time changed) and
announced with ``changed(paths)``. Sources of change:

- a :class:`~editor.services.folder_watch.FolderWatch` on the post folders, never on
  each post (a watch per file costs the UI thread seconds at 50,000 posts): on Linux it
  names the file that changed, edits in place included; elsewhere it names the folder,
  whose files' times and sizes are then compared again;
- where the folder watch misses edits in place (macOS, watch_files=False), a slow poll
  of modification times, in the worker.

With a ``cache_dir``, the index is kept there between runs (see
:mod:`editor.core.site.index_cache`): the next start reads only the posts that changed.
"""

from __future__ import annotations

import weakref
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from editor.core.site.post_entries import PostEntry
from editor.core.site.site import Clock, Site
from editor.core.site.site_paths import real_path
from editor.core.site.vocabulary import SiteVocabulary
from editor.services.folder_watch import FolderWatch
from editor.services.site_index_jobs import (
    Progress,
    Relay,
    Update,
    build_job,
    check_job,
    refresh_job,
    save_job,
    sweep_recent_sites,
    vocabulary_job,
)

__all__ = ["SiteIndex", "sweep_recent_sites"]

DEFAULT_POLL_INTERVAL_MS = 30_000
"""The safety-net poll, where the folder watch cannot see edits in place (it stats every
post in the worker: at 50,000 posts ~0.3 s of CPU, so rarely)."""
_IDLE, _RUNNING, _AGAIN = "idle", "running", "again"  # the vocabulary job's state
COALESCE_MS = 30
SAVE_DELAY_MS = 5000
"""How long after a change the index is kept in the cache again (one write per burst)."""


class SiteIndex(QObject):
    """The index of one site, built and kept current in a worker thread.

    Signals: ``ready()`` once the site is open and indexed (``site`` is then set);
    ``changed(list)`` with the paths whose entries were added, changed or removed;
    ``checked(list)`` with the :class:`~editor.core.site.site_checks.Problem` list after
    :meth:`request_checks`; ``failed(str)`` with a plain message if the site cannot be
    opened; ``progress(read, total)`` and ``entriesArrived(list)`` while the first build
    reads the posts (a few times a second, with the entries read since the last time);
    ``vocabularyChanged(SiteVocabulary)`` when the words the form offers (tags,
    categories, authors, layouts, keys...) were learnt: first just after ``ready``, then
    after each change (they are learnt in the worker, from the entries the index holds:
    no post is read for it).
    """

    ready = Signal()
    progress = Signal(int, int)
    entriesArrived = Signal(list)
    changed = Signal(list)
    vocabularyChanged = Signal(object)
    checked = Signal(list)
    failed = Signal(str)

    def __init__(
        self,
        root: Path | str,
        *,
        poll_interval_ms: int = DEFAULT_POLL_INTERVAL_MS,
        watch_files: bool | None = None,
        clock: Clock | None = None,
        cache_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        """Prepare to index the site at ``root``; call :meth:`start` to begin.

        ``watch_files`` (default) has edits made in place to post files reported by the
        system where it can (Linux: by name, from the folder watches); the poll every
        ``poll_interval_ms`` runs only where it cannot. ``False`` uses plain folder
        watches and relies on the poll for edits in place. ``cache_dir`` keeps the index
        between runs (``None``: read every post at each start).
        """
        super().__init__(parent)
        self._root = Path(root)
        self._clock = clock
        self._site: Site | None = None
        self._closed = False
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiji-site-index")
        self._pending: Future[None] | None = None
        self._dirty_files: set[Path] = set()
        self._dirty_folders: set[Path] = set()
        self._rebuild_requested = False
        self._vocabulary = SiteVocabulary()
        self._vocabulary_state = _IDLE
        self._cache_dir = cache_dir
        self._native_watch = watch_files is not False
        self._folder_watch = self._new_folder_watch()
        # Only the configuration file is watched on its own: new settings rebuild.
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_config_changed)
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self._submit_refresh)
        self._poll = QTimer(self)
        self._poll.setInterval(max(100, poll_interval_ms))
        self._poll.timeout.connect(self._on_poll)
        self._save = QTimer(self)
        self._save.setSingleShot(True)
        self._save.setInterval(SAVE_DELAY_MS)
        self._save.timeout.connect(self._save_cache)
        self._relay = Relay(self)
        self._relay.built.connect(self._on_built)
        self._relay.progress.connect(self._on_progress)
        self._relay.refreshed.connect(self._on_refreshed)
        self._relay.vocabulary.connect(self._on_vocabulary)
        self._relay.checked.connect(self.checked)
        self._relay.failed.connect(self.failed)

    # -- public -------------------------------------------------------------------------

    @property
    def site(self) -> Site | None:
        """The opened site once ``ready`` was emitted, else ``None``."""
        return self._site

    @property
    def posts(self) -> list[PostEntry]:
        """Posts and drafts, newest first (empty until ready)."""
        return self._site.posts if self._site is not None else []

    @property
    def vocabulary(self) -> SiteVocabulary:
        """What the site's posts use, for the form (empty until ready)."""
        return self._vocabulary

    def is_ready(self) -> bool:
        """Whether the first index build has finished."""
        return self._site is not None

    def start(self) -> None:
        """Open and index the site in the worker thread; emits ``ready`` or ``failed``.

        Also used to rebuild from scratch (e.g. after the configuration changed, or to
        start again after :meth:`close`).
        """
        if self._closed:
            self._closed = False
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiji-site-index")
        self._executor.submit(
            build_job, self._root, self._clock, self._relay, None, self._cache_dir
        )

    def refresh(self, paths: list[Path] | None = None) -> None:
        """Re-read ``paths`` (or re-scan every post folder) soon, in the worker thread."""
        if paths is None:
            if self._site is not None:
                self._dirty_folders.update(self._site.layout.watched_dirs())
        else:
            self._dirty_files.update(real_path(Path(p)) for p in paths)
        self._coalesce.start()

    def request_checks(self) -> None:
        """Run the site checks in the worker; ``checked(problems)`` brings the result."""
        site = self._site
        if site is None or self._closed:
            return
        entries = list(site.entries.values())
        self._executor.submit(check_job, entries, site.layout, self._relay, self._cache_dir)

    def close(self) -> None:
        """Stop watching and drop pending work; the index stays readable."""
        self._closed = True
        self._relay.release_waiters()
        self._coalesce.stop()
        self._poll.stop()
        self._folder_watch.close()
        watched = self._watcher.files()
        if watched:
            self._watcher.removePaths(watched)
        if self._save.isActive() and self._site is not None and self._cache_dir is not None:
            self._save.stop()  # the last changes, kept for the next start (in the worker)
            entries = list(self._site.entries.values())
            self._executor.submit(save_job, self._cache_dir, self._site.root, entries)
            self._executor.shutdown(wait=False, cancel_futures=False)
            return
        self._executor.shutdown(wait=False, cancel_futures=True)

    # -- main thread --------------------------------------------------------------------

    def _on_progress(self, progress: Progress) -> None:
        if self._site is not None or self._closed:  # a rebuild: the list is already full
            return
        if progress.entries:
            self.entriesArrived.emit(progress.entries)
        self.progress.emit(progress.read, progress.total)

    def _on_built(self, payload: tuple[Site, list[Path]]) -> None:
        site, folders = payload
        self._site = site
        # Operations run on the site (new post, publish...) announce their changes too.
        # Through a weak reference: worker jobs hold the site, and must never hold the
        # last reference to this QObject (it would then be deleted in the wrong thread).
        service = weakref.ref(self)

        def announce(paths: list[Path]) -> None:
            alive = service()
            if alive is not None:
                alive._on_site_operation(paths)

        site.on_change = announce
        self._folder_watch = self._fresh_folder_watch()
        self._folder_watch.watch(folders)
        if site.layout.config_path is not None and not self._watcher.files():
            self._watcher.addPath(str(site.layout.config_path))
        if not self._folder_watch.sees_edits:
            self._poll.start()
        self._vocabulary_state = _RUNNING  # the build job learns it next
        self.ready.emit()
        if self._rebuild_requested:
            self._rebuild_requested = False
            self.changed.emit(list(site.entries))

    def _new_folder_watch(self) -> FolderWatch:
        watch = FolderWatch(self, native=self._native_watch)
        watch.folderChanged.connect(self._on_folder_changed)
        watch.fileChanged.connect(self._on_file_changed)
        watch.overflowed.connect(self._on_overflow)
        return watch

    def _fresh_folder_watch(self) -> FolderWatch:
        """A new folder watch for a (re)built site: its folders may differ."""
        self._folder_watch.close()
        self._folder_watch.deleteLater()
        return self._new_folder_watch()

    def _on_overflow(self) -> None:
        self.refresh()  # events were lost: compare every folder again

    def _on_site_operation(self, paths: list[Path]) -> None:
        if self._site is not None:
            self._folder_watch.watch(sorted({p.parent for p in paths if p.parent.is_dir()}))
        self.changed.emit(sorted(paths))
        self._learn_vocabulary()
        self._save.start()

    def _on_folder_changed(self, folder: str) -> None:
        self._dirty_folders.add(Path(folder))
        self._coalesce.start()

    def _on_file_changed(self, file: str) -> None:
        self._dirty_files.add(Path(file))
        self._coalesce.start()

    def _on_config_changed(self, file: str) -> None:
        site = self._site
        if site is not None and site.layout.config_path == Path(file):
            # New settings can change the layout itself: rebuild everything.
            self._rebuild_requested = True
            self.start()

    def _on_poll(self) -> None:
        if self._site is not None and (self._pending is None or self._pending.done()):
            self._dirty_folders.update(self._site.layout.watched_dirs())
            self._submit_refresh()

    def _submit_refresh(self) -> None:
        site = self._site
        if site is None or self._closed or not (self._dirty_files or self._dirty_folders):
            return
        files, folders = self._dirty_files, self._dirty_folders
        self._dirty_files, self._dirty_folders = set(), set()
        try:
            self._pending = self._executor.submit(refresh_job, site, files, folders, self._relay)
        except RuntimeError:  # executor shut down by close()
            return

    def _on_refreshed(self, update: Update) -> None:
        site = self._site
        if site is None:
            return
        current = site.entries
        updated = {p: e for p, e in update.updated.items() if current.get(p) != e}
        removed = [p for p in update.removed if p in current]
        if updated or removed:
            site.apply(updated, removed)
        self._folder_watch.watch(update.folders)
        if updated or removed:
            self.changed.emit(sorted(set(updated) | set(removed)))
            self._learn_vocabulary()
            self._save.start()

    def _save_cache(self) -> None:
        """Keep the index in the cache again (in the worker) after changes settled."""
        site = self._site
        if site is None or self._closed or self._cache_dir is None:
            return
        entries = list(site.entries.values())
        try:
            self._executor.submit(save_job, self._cache_dir, site.root, entries)
        except RuntimeError:  # executor shut down by close()
            return

    def _learn_vocabulary(self) -> None:
        """Learn the vocabulary again in the worker (one job at a time, the last one wins)."""
        site = self._site
        if site is None or self._closed:
            return
        if self._vocabulary_state != _IDLE:
            self._vocabulary_state = _AGAIN
            return
        try:
            self._executor.submit(
                vocabulary_job, list(site.entries.values()), site.layout, self._relay
            )
        except RuntimeError:  # executor shut down by close()
            return
        self._vocabulary_state = _RUNNING

    def _on_vocabulary(self, vocabulary: SiteVocabulary) -> None:
        again = self._vocabulary_state == _AGAIN
        self._vocabulary_state = _IDLE
        if again:
            self._learn_vocabulary()
            return
        self._vocabulary = vocabulary
        self.vocabularyChanged.emit(vocabulary)
