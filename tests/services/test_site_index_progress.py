"""The first index build reports its progress and streams the entries it has read."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject

from editor.core.site.vocabulary import SiteVocabulary
from editor.services.site_index import SiteIndex
from editor.services.site_index_jobs import Progress, Relay, build_job
from tests.core.site_fixtures import make_jekyll_site, write


def _site_with_posts(root: Path, count: int) -> Path:
    make_jekyll_site(root)
    for number in range(count):
        write(root / "_posts" / f"2024-01-{number % 28 + 1:02d}-p{number}.md",
              f"---\ntitle: Post {number}\n---\nbody\n")  # fmt: skip
    return root


def test_build_job_sends_every_entry_once_in_order_of_reading(qtbot, tmp_path: Path) -> None:
    root = _site_with_posts(tmp_path / "blog", 30)
    relay = Relay()
    reports: list[Progress] = []
    built: list[object] = []
    relay.progress.connect(reports.append)
    relay.built.connect(built.append)
    build_job(root, None, relay, batch_seconds=0.0)
    qtbot.waitUntil(lambda: bool(built))
    site = built[0][0]
    total = len(site.index_files())
    assert reports[0] == Progress(0, total)  # the total is known before reading starts
    assert [p.read for p in reports[1:]] == list(range(1, total + 1))
    streamed = [entry.path for p in reports for entry in p.entries]
    assert sorted(streamed) == sorted(site.entries) and len(streamed) == len(set(streamed))


def test_batches_are_grouped_by_time_not_sent_per_file(qtbot, tmp_path: Path) -> None:
    root = _site_with_posts(tmp_path / "blog", 30)
    relay = Relay()
    reports: list[Progress] = []
    relay.progress.connect(reports.append)
    build_job(root, None, relay, batch_seconds=3600.0)  # nothing is slow enough to split
    assert len(reports) == 2 and reports[-1].read == reports[-1].total
    assert len(reports[-1].entries) == reports[-1].total


def test_the_service_relays_progress_only_for_the_first_build(qtbot, tmp_path: Path) -> None:
    root = _site_with_posts(tmp_path / "blog", 12)
    service = SiteIndex(root)
    progress: list[tuple[int, int]] = []
    arrived: list[int] = []
    service.progress.connect(lambda read, total: progress.append((read, total)))
    service.entriesArrived.connect(lambda entries: arrived.append(len(entries)))
    with qtbot.waitSignal(service.ready, timeout=10_000):
        service.start()
    assert progress and progress[-1][0] == progress[-1][1]
    assert sum(arrived) == progress[-1][1]
    progress.clear()
    with qtbot.waitSignal(service.ready, timeout=10_000):
        service.start()  # a rebuild (the configuration changed): the list is already full
    assert progress == []
    service.close()


def test_the_build_job_waits_for_the_ui_to_take_the_index_in(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    """Its Python-heavy rest (the vocabulary, the saved index) must not compete with the
    list's thousands of calls into Python while the UI thread fills it."""
    root = _site_with_posts(tmp_path / "blog", 5)
    order: list[str] = []
    learn = SiteVocabulary.from_site

    def learning(*args: object) -> SiteVocabulary:
        order.append("learning")
        return learn(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(SiteVocabulary, "from_site", staticmethod(learning))
    relay = Relay()
    relay.built.connect(lambda _payload: order.append("built taken in"))
    worker = threading.Thread(target=build_job, args=(root, None, relay))
    worker.start()
    time.sleep(0.5)  # the UI thread busy: nothing it was sent is handled yet
    assert order == []
    qtbot.waitUntil(lambda: "learning" in order)
    assert order == ["built taken in", "learning"]
    worker.join(10)
    assert not worker.is_alive()


def _waiting_worker(relay: Relay) -> tuple[threading.Thread, list[float]]:
    """A worker in ``wait_for_ui``; the UI thread never answers (its events not run)."""
    waited: list[float] = []

    def wait() -> None:
        started = time.perf_counter()
        relay.wait_for_ui(timeout_s=30)
        waited.append(time.perf_counter() - started)

    worker = threading.Thread(target=wait)
    worker.start()
    deadline = time.monotonic() + 5
    while not relay._gate.waiting and time.monotonic() < deadline:
        time.sleep(0.01)  # not qtbot.wait: running events would answer the worker
    assert relay._gate.waiting
    return worker, waited


def test_closing_lets_a_waiting_build_job_finish_at_once(qtbot) -> None:
    """A worker left waiting would hold up the process's exit (it joins worker threads)."""
    relay = Relay()
    worker, waited = _waiting_worker(relay)
    relay.release_waiters()
    worker.join(5)
    assert waited and waited[0] < 5


def test_a_relay_deleted_lets_its_waiting_worker_go_on(qtbot) -> None:
    parent = QObject()
    relay = Relay(parent)
    worker, waited = _waiting_worker(relay)
    shiboken6.delete(parent)  # the service goes now, its queued turn with it
    worker.join(5)  # no event runs meanwhile: only the relay's going can free it
    assert waited and waited[0] < 5


def test_the_index_lets_its_build_job_go_on_once_ready_was_handled(qtbot, tmp_path: Path) -> None:
    index = SiteIndex(_site_with_posts(tmp_path / "blog", 5))
    with qtbot.waitSignal(index.vocabularyChanged, timeout=10_000):
        index.start()
    assert index.is_ready()
    index.close()
