"""The site index's worker side: the jobs run off the UI thread and the relay that
brings their results back (see :class:`editor.services.site_index.SiteIndex`).

Jobs hold only the relay and plain data, never the service.
"""

from __future__ import annotations

import contextlib
import gc
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal

from editor.core.post.storage import sweep_stale_temp_files_in
from editor.core.site.discovery import post_files, walk
from editor.core.site.index_cache import current_status, load_index, save_index
from editor.core.site.post_entries import (
    BODY_FACTS,
    PostEntry,
    build_index,
    file_stamp,
    read_entry,
)
from editor.core.site.site import Clock, Site
from editor.core.site.site_checks import check_site
from editor.core.site.site_errors import SiteError
from editor.core.site.site_layout import SiteLayout, detect_layout
from editor.core.site.vocabulary import SiteVocabulary
from editor.core.text.slug import make_slug
from editor.services.background import gently, give_way
from editor.services.error_text import describe_error
from editor.services.worker_relay import WorkerRelay

__all__ = [
    "Progress",
    "Relay",
    "Update",
    "build_job",
    "check_job",
    "refresh_job",
    "save_job",
    "sweep_recent_sites",
    "vocabulary_job",
]


@dataclass
class Update:
    """What a worker job found: entries re-read, files gone, folders to watch."""

    updated: dict[Path, PostEntry] = field(default_factory=dict)
    removed: list[Path] = field(default_factory=list)
    folders: list[Path] = field(default_factory=list)


@dataclass
class Progress:
    """Part of a first build: ``read`` of ``total`` files so far, and the entries just read."""

    read: int
    total: int
    entries: list[PostEntry] = field(default_factory=list)


PROGRESS_BATCH_SECONDS = 0.25
"""How often a build reports what it read: often enough to watch, rarely enough to be free."""


class Relay(WorkerRelay):
    """Carries worker results to the main thread (a child of the service).

    Worker jobs hold only this relay and plain data, never the service itself: if a
    worker thread dropped the last reference to the service, Python would delete the
    QObject in the wrong thread and crash Qt.
    """

    built = Signal(object)
    progress = Signal(object)
    refreshed = Signal(object)
    vocabulary = Signal(object)
    checked = Signal(list)
    failed = Signal(str)


@contextlib.contextmanager
def _no_full_collections() -> Iterator[None]:
    """Keep Python's cycle collector out of an index build, and out of the index after it.

    Building 5,000 entries triggers full collections that walk every object while
    holding the interpreter lock (60-130 ms each, measured by bench_open_post.py): the UI
    thread stalls meanwhile. The index lives as long as the open site and holds no
    cycles, so what exists after the build is frozen out of later collections too.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _read_reporting(
    layout: SiteLayout,
    clock: Clock | None,
    relay: Relay,
    batch_seconds: float,
    cache_dir: Path | None,
) -> Site:
    """Index the site's posts, sending a :class:`Progress` every ``batch_seconds``.

    An entry kept in ``cache_dir`` is reused when its file still has the same time and size.
    """
    now = Site(layout, {}, clock=clock).now()
    # Newest file names first (dated names sort by date): the rows the posts panel shows
    # while the rest is read are then the ones a writer looks for.
    paths = sorted(post_files(layout), key=lambda path: path.name, reverse=True)
    cached = load_index(cache_dir, layout.root, paths) if cache_dir is not None else {}
    total = len(paths)
    entries: dict[Path, PostEntry] = {}
    relay.send("progress", Progress(0, total))
    batch: list[PostEntry] = []
    last = time.monotonic()
    for number, path in enumerate(paths, start=1):
        give_way()  # a post the writer opens meanwhile opens at full speed
        entry = cached.get(path)
        if entry is not None and entry.is_current():
            read = {path: current_status(entry, now)}
        else:
            read = build_index(layout, [path], now=now)  # skips a file that vanished
        entries.update(read)
        batch.extend(read.values())
        if number == total or time.monotonic() - last >= batch_seconds:
            relay.send("progress", Progress(number, total, batch))
            batch, last = [], time.monotonic()
    return Site(layout, entries, clock=clock)


def build_job(
    root: Path,
    clock: Clock | None,
    relay: Relay,
    batch_seconds: float | None = None,
    cache_dir: Path | None = None,
) -> None:
    """Worker: open and index the site, report it with the folders to watch (``built``),
    then the form's vocabulary learnt from it (``vocabulary``).

    After ``built`` the rest waits until the UI thread has taken the index in
    (:meth:`~editor.services.worker_relay.WorkerRelay.wait_for_ui`): that makes tens of
    thousands of calls from Qt into Python (the post list's rows), and each waits for the
    interpreter lock while this thread holds it; at 50,000 posts that froze the UI 4-7 s.

    While the posts are read, ``progress`` reports how many (and the new entries) every
    ``batch_seconds`` (default :data:`PROGRESS_BATCH_SECONDS`), so the posts panel can
    fill as they arrive. With a ``cache_dir``, the index kept there from the last time
    spares re-reading unchanged posts, and the new index is kept there afterwards.
    """
    every = PROGRESS_BATCH_SECONDS if batch_seconds is None else batch_seconds
    try:
        with _no_full_collections():
            layout = detect_layout(Path(root))
            site = _read_reporting(layout, clock, relay, every, cache_dir)
    except (OSError, ValueError, SiteError) as error:
        reason = describe_error(error)
        relay.send(
            "failed",
            QCoreApplication.translate("SiteIndex", "The site could not be opened: {0}").format(
                reason
            ),
        )
        return
    # The folders holding posts, from the index itself (a second walk would cost ~5 %);
    # new or empty subfolders are found by the next poll.
    folders = {folder for folder in site.layout.watched_dirs() if folder.is_dir()}
    folders.update(path.parent for path in site.entries)
    # The snapshot is one C call; once "built" is sent the UI thread may apply changes.
    entries = list(site.entries.values())
    site.posts  # noqa: B018 - sorted here, not on the UI thread that lists them
    site.post_name_counts()  # the panel's tag and category filters, counted here too
    relay.send("built", (site, sorted(folders)))
    relay.wait_for_ui()
    # The form's vocabulary comes right after "ready": learning it walks every front
    # matter (nearly half of a start from the user cache), and the post list needs none.
    relay.send("vocabulary", SiteVocabulary.from_site(entries, site.layout))
    if cache_dir is not None:
        save_job(cache_dir, site.root, entries)
    sweep_stale_temp_files_in(folders)  # what killed saves left beside any post
    # Load pykakasi's dictionaries here (~0.4 s) rather than on the UI thread at the
    # first "New post" with a Japanese title.
    make_slug("記事")


def refresh_job(site: Site, files: set[Path], folders: set[Path], relay: Relay) -> None:
    """Worker: re-read the files (and folders' files) whose size or time changed."""
    # A copy is one C call under the interpreter lock: the UI thread may apply changes.
    known = {path: (entry.mtime_ns, entry.size) for path, entry in site.entries.copy().items()}
    update = Update()
    candidates = set(files)
    if folders:
        found = walk(sorted(folders))
        update.folders = found.folders
        candidates.update(found.files)
        # Files that were under a re-scanned folder and are not there any more.
        prefixes = tuple(str(folder) + os.sep for folder in folders)
        candidates |= {path for path in known if str(path).startswith(prefixes)}
    now = site.now()
    documents = set(site.layout.generator.documents(sorted(candidates), site.layout))
    for path in candidates:
        if path not in documents:  # a bundle's resource: not a post of its own
            if path in known:
                update.removed.append(path)
            continue
        stamp = file_stamp(path)
        if stamp is None:
            if path in known:
                update.removed.append(path)
            continue
        if known.get(path) == stamp:
            continue
        try:
            update.updated[path] = read_entry(path, site.layout, now)
        except OSError:
            if path in known:
                update.removed.append(path)
    relay.send("refreshed", update)


def save_job(cache_dir: Path, root: Path, entries: list[PostEntry]) -> None:
    """Worker: keep a snapshot of the index in the user cache for the next start."""
    # A full disk or a read-only cache only costs the next start its head start; the
    # records are short-lived garbage, no reason for a full collection to stall the UI.
    enabled = gc.isenabled()
    gc.disable()
    try:
        with contextlib.suppress(OSError):
            save_index(cache_dir, root, entries)
    finally:
        if enabled:
            gc.enable()


def vocabulary_job(entries: list[PostEntry], layout: SiteLayout, relay: Relay) -> None:
    """Worker: learn the form's vocabulary again from a snapshot of the index."""
    relay.send("vocabulary", SiteVocabulary.from_site(entries, layout))


def check_job(
    entries: list[PostEntry], layout: SiteLayout, relay: Relay, cache_dir: Path | None = None
) -> None:
    """Worker: run the site checks over a snapshot of the index.

    The checks read the body facts (links, images) of posts not read yet; with a
    ``cache_dir`` the index is then kept again with them, so the next start's checks
    need not read every post once more.
    """
    known_before = sum(BODY_FACTS.known(entry) is not None for entry in entries)
    # Each post's links read first, paced (the slow part), until the index goes.
    for entry in gently(entries, stop=lambda: not relay.is_open()):
        entry.body_facts()
    relay.send("checked", check_site(entries, layout))
    relay.wait_for_ui()  # the Problems list fills (and shows, the first time) first
    known_after = sum(BODY_FACTS.known(entry) is not None for entry in entries)
    if cache_dir is not None and known_after > known_before:
        save_job(cache_dir, layout.root, entries)


def sweep_recent_sites(roots: list[Path]) -> threading.Thread:
    """Remove, in a background thread, what killed saves left in the post folders of ``roots``.

    Kiji calls this at start for its recent sites, so the leftovers of a crash go even
    before (or without) the site being opened again. Returns the started thread.
    """

    def sweep() -> None:
        for root in roots:
            try:
                folders = walk(detect_layout(root).watched_dirs()).folders
            except Exception:  # a gone or broken recent site must not stop the others
                continue
            sweep_stale_temp_files_in(folders)

    thread = threading.Thread(target=sweep, name="kiji-temp-sweep", daemon=True)
    thread.start()
    return thread
